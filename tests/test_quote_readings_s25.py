"""Quote readings found by the housing, crime and transport reviews of round s25.

Months named from the year of publication ("October last year", "next January"), mixed
numbers written with a space ("12 1/2 years"), basis points written "bp", "a full
percentage point", rates written in words ("an annual rate of", "a monthly payment of"),
comparatives before "than" as bounds, "each" and "apiece" as rates. The stories are
published on 23 May 2024 (see quote_verdicts). Each table pairs readings that must hold
with `_wrong` twins that must stay a `mismatch`.
"""

from pathlib import Path

from quote_verdicts import consistent_but_wrong, messages, verdicts


def test_a_month_of_last_year_is_not_one_of_this_year(tmp_path: Path) -> None:
    """"A peak of 7.79% in October last year" passed `October 2024` and a plain `October`
    (read in the year of publication): the quote names October 2023. "Last March" in May
    is March of either year (AP style writes "in March" for this year's): both pass."""
    found = verdicts(
        tmp_path,
        "Rates are down from a peak of 7.79% in October last year. Sales fell in August of"
        " last year. Prices peaked last March and last June. Output rose in May this year."
        " The plant opens next January. The fee rises in March next year. The last March"
        " before the war was cold. Rents rose 3% in 2023.",
        '  oct: {date: October 2023, quote: "in October last year"}\n'
        '  oct_wrong: {date: October 2024, quote: "in October last year"}\n'
        '  oct_plain_wrong: {date: October, quote: "in October last year"}\n'
        '  aug: {date: August 2023, quote: "in August of last year"}\n'
        '  aug_wrong: {date: August 2024, quote: "in August of last year"}\n'
        '  march: {date: March 2024, quote: "last March"}\n'
        '  march_before: {date: March 2023, quote: "last March"}\n'  # AP's "last March"
        '  june: {date: June 2023, quote: "last June"}\n'
        '  june_wrong: {date: June 2024, quote: "last June"}\n'
        '  may: {date: May 2024, quote: "in May this year"}\n'
        '  may_wrong: {date: May 2023, quote: "in May this year"}\n'
        '  jan: {date: January 2025, quote: "next January"}\n'
        '  jan_wrong: {date: January 2024, quote: "next January"}\n'
        '  mar_next: {date: March 2025, quote: "in March next year"}\n'
        '  mar_next_wrong: {date: March, quote: "in March next year"}\n'
        '  war: {date: March 2019, quote: "The last March before the war"}\n',
    )
    assert len(found) == 16
    assert found == consistent_but_wrong(found)


def test_a_mixed_number_written_with_a_space(tmp_path: Path) -> None:
    """US copy writes "12 1/2 years": `12-1/2 years` was a mismatch ("states 12 and 1/2
    years") and `1/2 years` passed; the quote states twelve and a half years."""
    found = verdicts(
        tmp_path,
        "He was sentenced to 12 1/2 years. The bank paid 3 1/2 percent. She got 3½ years."
        " The store is open 24 7/7.",
        '  years: {value: 12-1/2 years, quote: "sentenced to 12 1/2 years"}\n'
        '  years_half_wrong: {value: 1/2 years, quote: "sentenced to 12 1/2 years"}\n'
        '  years_two_wrong: {value: 2 years, quote: "sentenced to 12 1/2 years"}\n'
        '  years_twelve_wrong: {value: 12 years, quote: "sentenced to 12 1/2 years"}\n'
        '  pct: {value: 3-1/2%, quote: "paid 3 1/2 percent"}\n'
        '  pct_wrong: {value: 3%, quote: "paid 3 1/2 percent"}\n'
        '  glyph: {value: 3.5 years, quote: "She got 3½ years"}\n'
        '  glyph_wrong: {value: 1/2 years, quote: "She got 3½ years"}\n',
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_basis_points_written_bp(tmp_path: Path) -> None:
    """"A 25bp cut", "a 25 bp cut", "a 50bp reduction" were "states 25bp cut" even against
    `25bp`: the word after "bp" is read off, as it is after "basis points"."""
    found = verdicts(
        tmp_path,
        "The ECB made a 25bp cut. The BoE made a 25bps cut. The SNB made a 25 bp cut."
        " The Fed made a 50bp reduction.",
        '  bp: {value: 25 basis points, quote: "a 25bp cut"}\n'
        '  bp_short: {value: 25bp, quote: "a 25bp cut"}\n'
        '  bp_neg: {value: -25 basis points, quote: "a 25bp cut"}\n'
        '  bp_wrong: {value: 50 basis points, quote: "a 25bp cut"}\n'
        '  bps: {value: 25 basis points, quote: "a 25bps cut"}\n'
        '  bps_wrong: {value: 25 percentage points, quote: "a 25bps cut"}\n'
        '  spaced: {value: 25 basis points, quote: "a 25 bp cut"}\n'
        '  spaced_wrong: {value: 2.5 basis points, quote: "a 25 bp cut"}\n'
        '  red: {value: 50 basis points, quote: "a 50bp reduction"}\n'
        '  red_wrong: {value: 25 basis points, quote: "a 50bp reduction"}\n',
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_an_adjective_before_a_point(tmp_path: Path) -> None:
    """"By a full percentage point", "a further percentage point", "fell a full point", "a
    smaller quarter-point cut" were "states no figure": the adjective leaves the size."""
    found = verdicts(
        tmp_path,
        "The Fed will cut rates by a full percentage point in 2025. Rates will fall by a"
        " further percentage point next year. Mortgage rates fell a full point. The bank made"
        " a smaller quarter-point cut. Yields rose by another percentage point.",
        '  full: {value: -1 percentage point, quote: "cut rates by a full percentage point"}\n'
        '  full_wrong: {value: -2 percentage points, quote: "cut rates by a full percentage'
        ' point"}\n'
        '  further: {value: -1 percentage point, quote: "fall by a further percentage'
        ' point"}\n'
        '  further_wrong: {value: -0.5 percentage points, quote: "fall by a further'
        ' percentage point"}\n'
        '  fell: {value: -1 percentage point, quote: "Mortgage rates fell a full point"}\n'
        '  fell_wrong: {value: -3 percentage points, quote: "Mortgage rates fell a full'
        ' point"}\n'
        '  quarter: {value: 25 basis points, quote: "a smaller quarter-point cut"}\n'
        '  quarter_wrong: {value: 50 basis points, quote: "a smaller quarter-point cut"}\n'
        '  another: {value: 1 percentage point, quote: "rose by another percentage point"}\n'
        '  another_wrong: {value: 2 percentage points, quote: "rose by another percentage'
        ' point"}\n',
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_annual_rates_in_words(tmp_path: Path) -> None:
    """"A seasonally adjusted annual rate of 4.19 million units", "an annualized 1.43
    million units", "at an annual rate", "a 1.36 million-unit annual pace", "SAAR" were
    only the count: they state the count per year too (and the count as written)."""
    found = verdicts(
        tmp_path,
        "Sales ran at a seasonally adjusted annual rate of 4.19 million units. Starts rose to"
        " an annualized 1.43 million units. Permits rose 5% to 1.32 million units at an"
        " annual rate. Sales fell to a 1.36 million-unit annual pace. Starts were 1.356"
        " million units SAAR.",
        '  saar: {value: 4.19 million units per year, quote: "a seasonally adjusted annual'
        ' rate of 4.19 million units"}\n'
        '  saar_plain: {value: 4.19 million units, quote: "a seasonally adjusted annual rate'
        ' of 4.19 million units"}\n'
        '  saar_wrong: {value: 4.19 million units per month, quote: "a seasonally adjusted'
        ' annual rate of 4.19 million units"}\n'
        '  ann: {value: 1.43 million units per year, quote: "an annualized 1.43 million'
        ' units"}\n'
        '  ann_wrong: {value: 1.34 million units per year, quote: "an annualized 1.43 million'
        ' units"}\n'
        '  at: {value: 1.32 million units per year, quote: "rose 5% to 1.32 million units at'
        ' an annual rate"}\n'
        '  at_wrong: {value: 1.32 million units per month, quote: "rose 5% to 1.32 million'
        ' units at an annual rate"}\n'
        '  pace: {value: 1.36 million units per year, quote: "a 1.36 million-unit annual'
        ' pace"}\n'
        '  pace_wrong: {value: 1.36 million units per day, quote: "a 1.36 million-unit annual'
        ' pace"}\n'
        '  sa: {value: 1.356 million units per year, quote: "1.356 million units SAAR"}\n'
        '  sa_wrong: {value: 1.356 million units per week, quote: "1.356 million units'
        ' SAAR"}\n',
    )
    assert len(found) == 11
    assert found == consistent_but_wrong(found)


def test_monthly_payments_and_prices_per_in_words(tmp_path: Path) -> None:
    """"Carries a monthly payment of $2,629", "The monthly mortgage payment was $2,629",
    "The price per square metre was 12,000 euros" were only the amount: the words make it a
    rate, where nothing but a verb of being or reaching stands between them."""
    found = verdicts(
        tmp_path,
        "The typical home carries a monthly payment of $2,629. Monthly payments on a typical"
        " home rose to $2,629. The monthly mortgage payment was $2,629. The price per square"
        " metre was 12,000 euros. The monthly payment rose by $300 to $2,929.",
        '  carries: {value: "$2,629 per month", quote: "carries a monthly payment of'
        ' $2,629"}\n'
        '  carries_wrong: {value: "$2,629 per year", quote: "carries a monthly payment of'
        ' $2,629"}\n'
        '  rose: {value: "$2,629 per month", quote: "Monthly payments on a typical home rose'
        ' to $2,629"}\n'
        '  was: {value: "$2,629 per month", quote: "The monthly mortgage payment was'
        ' $2,629"}\n'
        '  was_wrong: {value: "$2,629 per week", quote: "The monthly mortgage payment was'
        ' $2,629"}\n'
        '  sqm: {value: "12,000 euros per square metre", quote: "The price per square metre'
        ' was 12,000 euros"}\n'
        '  sqm_wrong: {value: "12,000 euros per square foot", quote: "The price per square'
        ' metre was 12,000 euros"}\n'
        '  by_wrong: {value: "$300 per month", quote: "The monthly payment rose by $300 to'
        ' $2,929"}\n',
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_a_comparative_before_than_is_a_bound(tmp_path: Path) -> None:
    """"On flights longer than 3,500 km" was "a qualifier the text does not have" against
    `more than 3,500 km`: a comparative and "than" before a figure bound it, and the plain
    figure is then a mismatch; the figure before a comparative stays plain."""
    found = verdicts(
        tmp_path,
        "Passengers on flights longer than 3,500 km get 600 euros. Ships longer than 400"
        " metres are banned. Trains faster than 300 km/h need new track. Children younger"
        " than 12 travel free. Trains ran 3% faster than last year. Fares were higher than"
        " 2019.",
        '  long: {value: "more than 3,500 km", quote: "on flights longer than 3,500 km"}\n'
        '  long_wrong: {value: "3,500 km", quote: "on flights longer than 3,500 km"}\n'
        '  long_less_wrong: {value: "less than 3,500 km", quote: "on flights longer than'
        ' 3,500 km"}\n'
        '  ship: {value: more than 400 metres, quote: "Ships longer than 400 metres"}\n'
        '  ship_wrong: {value: 400 metres, quote: "Ships longer than 400 metres"}\n'
        '  fast: {value: more than 300 km/h, quote: "faster than 300 km/h"}\n'
        '  fast_wrong: {value: less than 300 km/h, quote: "faster than 300 km/h"}\n'
        '  young: {value: less than 12, quote: "younger than 12"}\n'
        '  young_wrong: {value: more than 12, quote: "younger than 12"}\n'
        '  pct: {value: 3%, quote: "ran 3% faster than last year"}\n'
        '  pct_wrong: {value: more than 3%, quote: "ran 3% faster than last year"}\n'
        '  year: {date: 2019, quote: "Fares were higher than 2019"}\n',
    )
    assert len(found) == 12
    assert found == consistent_but_wrong(found)


def test_each_and_apiece_after_an_amount(tmp_path: Path) -> None:
    """"Averaging nearly $20,000 each", "$50,000 apiece for the three defendants", "$95 a
    day per inmate" were only the amount (or per day): each thing counted has it; never a
    rate per a length of time "each" does not say, nor per another noun than the named."""
    found = verdicts(
        tmp_path,
        "The checks, averaging nearly $20,000 each, were forged. Bail was set at $50,000"
        " apiece for the three defendants. The county pays $95 a day per inmate.",
        '  check: {value: "nearly $20,000 per check", quote: "averaging nearly $20,000'
        ' each"}\n'
        '  check_bare: {value: "nearly $20,000", quote: "averaging nearly $20,000 each"}\n'
        '  check_year_wrong: {value: "nearly $20,000 per year", quote: "averaging nearly'
        ' $20,000 each"}\n'
        '  check_more_wrong: {value: "$20,000 per check", quote: "averaging nearly $20,000'
        ' each"}\n'
        '  bail: {value: "$50,000 per defendant", quote: "$50,000 apiece for the three'
        ' defendants"}\n'
        '  bail_case_wrong: {value: "$50,000 per case", quote: "$50,000 apiece for the three'
        ' defendants"}\n'
        '  inmate: {value: "$95 per inmate per day", quote: "$95 a day per inmate"}\n'
        '  inmate_year_wrong: {value: "$95 per inmate per year", quote: "$95 a day per'
        ' inmate"}\n'
        '  inmate_guard_wrong: {value: "$95 per guard per day", quote: "$95 a day per'
        ' inmate"}\n',
    )
    assert len(found) == 9
    assert found == consistent_but_wrong(found)


def test_a_rate_written_after_a_bracket(tmp_path: Path) -> None:
    """"Compensation of 600 euros" of "600 euros ($655) per passenger" was only the amount,
    and "per forty-foot container (FEU)" no rate per FEU: the rate after the bracket is
    the quoted figure's (not the bracket's), the abbreviation names the noun."""
    found = verdicts(
        tmp_path,
        "The airline said it would pay compensation of 600 euros ($655) per passenger under"
        " EU rules. Spot rates rose to $3,577 per forty-foot container (FEU) this week."
        " Brent traded at $80 per barrel (WTI) on Monday.",
        '  eur: {value: 600 euros per passenger, quote: "compensation of 600 euros"}\n'
        '  eur_usd_wrong: {value: $655 per passenger, quote: "compensation of 600 euros"}\n'
        '  eur_flight_wrong: {value: 600 euros per flight, quote: "compensation of 600'
        ' euros"}\n'
        '  usd: {value: $655 per passenger, quote: "($655)"}\n'
        '  usd_eur_wrong: {value: 600 euros per passenger, quote: "($655)"}\n'
        '  feu: {value: "$3,577 per FEU", quote: "rose to $3,577 per forty-foot container'
        ' (FEU)"}\n'
        '  feu_teu_wrong: {value: "$3,577 per TEU", quote: "rose to $3,577 per forty-foot'
        ' container (FEU)"}\n'
        '  wti_wrong: {value: "$80 per WTI", quote: "$80 per barrel (WTI)"}\n',
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_a_mismatch_lists_each_figure_once(tmp_path: Path) -> None:
    """"States two years and six months, two years and six months" (the whole and its two
    parts), "states two-bedroom units", "states ... a rate ...": a message names each
    figure once and no word read as a count of one or two."""
    found = messages(
        tmp_path,
        "He got a consecutive two years and six months. Two-bedroom units dropped 6.2% to"
        " $3,051. Starts surged 15.8% to a rate of 992,000 units.",
        '  tax_wrong: {value: three years and six months, quote: "a consecutive two years and'
        ' six months"}\n'
        '  two_wrong: {value: "$3,051 per month", quote: "Two-bedroom units dropped 6.2% to'
        ' $3,051"}\n'
        '  rate_wrong: {value: "992,000 units per year", quote: "surged 15.8% to a rate of'
        ' 992,000 units"}\n',
    )
    assert "states two years and six months, but" in found["tax_wrong"]
    assert "states 6.2% and $3,051, but" in found["two_wrong"]
    assert "states 15.8% and 992,000 units, but" in found["rate_wrong"]


def test_regressions_of_the_s25_readings(tmp_path: Path) -> None:
    """Found by an adversarial review of this round's readings: a comparative after a
    verb or a comma compares its subject with another period's or place's figure (no
    bound); "each" is each of the clause's subject, not of any noun; a possessive before
    "last March" names an event; a year or a count before a fraction is no mixed number."""
    found = verdicts(
        tmp_path,
        "The jobless rate rose to 3.9% in March, higher than 3.8% in February. It was"
        " higher than 3.8% last month. Growth was slower than 2% forecast by economists."
        " The three men, who stole 40 cars, were fined $5,000 each. Four firms paid"
        " $2 million each to settle claims over 300 loans. The union's last March strike,"
        " in 2019, closed ports. By 2030 1/2 of new cars will be electric.",
        '  feb: {value: 3.8%, quote: "higher than 3.8% in February"}\n'
        '  last_month: {value: 3.8%, quote: "higher than 3.8% last month"}\n'
        '  forecast: {value: 2%, quote: "slower than 2% forecast by economists"}\n'
        '  men: {value: "$5,000 per man", quote: "The three men, who stole 40 cars, were'
        ' fined $5,000 each"}\n'
        '  car_wrong: {value: "$5,000 per car", quote: "The three men, who stole 40 cars,'
        ' were fined $5,000 each"}\n'
        '  firm: {value: "$2 million per firm", quote: "Four firms paid $2 million each to'
        ' settle claims over 300 loans"}\n'
        '  loan_wrong: {value: "$2 million per loan", quote: "Four firms paid $2 million'
        ' each to settle claims over 300 loans"}\n'
        '  strike: {date: March 2019, quote: "The union\'s last March strike, in 2019"}\n'
        '  half: {value: 1/2, quote: "By 2030 1/2 of new cars"}\n'
        '  year: {date: 2030, quote: "By 2030 1/2 of new cars"}\n',
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_no_comparative_than_is_the_other_bound(tmp_path: Path) -> None:
    """"Tourists may stay no longer than 90 days" states at most 90 days (extract drafts
    it so), and "no shorter than 2 metres" at least 2 metres."""
    found = verdicts(
        tmp_path,
        "Tourists may stay no longer than 90 days. Beds must be no shorter than 2 metres.",
        '  stay: {value: at most 90 days, quote: "stay no longer than 90 days"}\n'
        '  stay_wrong: {value: more than 90 days, quote: "stay no longer than 90 days"}\n'
        '  stay_plain_wrong: {value: 90 days, quote: "stay no longer than 90 days"}\n'
        '  beds: {value: at least 2 metres, quote: "no shorter than 2 metres"}\n'
        '  beds_wrong: {value: less than 2 metres, quote: "no shorter than 2 metres"}\n',
    )
    assert len(found) == 5
    assert found == consistent_but_wrong(found)


def test_longer_than_after_a_verb_of_lasting_is_a_bound(tmp_path: Path) -> None:
    """"Trains delayed longer than three hours" states more than three hours, as "detained
    for longer than 72 hours" and "took longer than 3 hours" do; "was higher than 3.8%
    last month", after another verb, still compares and states 3.8%."""
    found = verdicts(
        tmp_path,
        "Trains delayed longer than three hours doubled. He was detained for longer than 72"
        " hours. The trip took shorter than 2 hours. Inflation was higher than 3.8% last"
        " month.",
        '  delayed: {value: more than 3 hours, quote: "delayed longer than three hours"}\n'
        '  delayed_wrong: {value: 3 hours, quote: "delayed longer than three hours"}\n'
        '  detained: {value: more than 72 hours, quote: "detained for longer than 72 hours"}\n'
        '  trip: {value: less than 2 hours, quote: "took shorter than 2 hours"}\n'
        '  trip_wrong: {value: more than 2 hours, quote: "took shorter than 2 hours"}\n'
        '  inflation: {value: 3.8%, quote: "was higher than 3.8% last month"}\n'
        '  inflation_wrong: {value: more than 3.8%, quote: "was higher than 3.8% last month"}\n',
    )
    assert len(found) == 7
    assert found == consistent_but_wrong(found)


def test_a_negated_verb_of_lasting_states_a_ceiling(tmp_path: Path) -> None:
    """"Patients should not wait longer than 18 weeks", "cannot be detained for longer than
    96 hours", "No patient should wait longer than four hours" state at most the time (a
    target or a legal limit), never more than it. A negation elsewhere in the clause
    ("who had no referral waited", "it is not unusual … to wait") leaves more than it."""
    found = verdicts(
        tmp_path,
        "Patients should not wait longer than 18 weeks for treatment. Suspects cannot be"
        " detained for longer than 96 hours without charge. No patient should wait longer"
        " than four hours in A&E. Contracts mustn't run for longer than 12 months. Patients"
        " who had no referral waited longer than 18 weeks. It is not unusual for patients to"
        " wait longer than 18 weeks. Those who cannot afford private care often wait longer"
        " than 18 weeks.",
        '  wait: {value: at most 18 weeks, quote: "should not wait longer than 18 weeks"}\n'
        '  wait_wrong: {value: more than 18 weeks, quote: "should not wait longer than 18'
        ' weeks"}\n'
        '  detained: {value: at most 96 hours, quote: "cannot be detained for longer than 96'
        ' hours"}\n'
        '  detained_wrong: {value: more than 96 hours, quote: "cannot be detained for longer'
        ' than 96 hours"}\n'
        '  ae: {value: at most 4 hours, quote: "No patient should wait longer than four'
        ' hours"}\n'
        '  contracts: {value: at most 12 months, quote: "mustn\'t run for longer than 12'
        ' months"}\n'
        '  referral: {value: more than 18 weeks, quote: "who had no referral waited longer'
        ' than 18 weeks"}\n'
        '  unusual: {value: more than 18 weeks, quote: "It is not unusual for patients to wait'
        ' longer than 18 weeks"}\n'
        '  afford: {value: more than 18 weeks, quote: "who cannot afford private care often'
        ' wait longer than 18 weeks"}\n',
    )
    assert len(found) == 9
    assert found == consistent_but_wrong(found)


def test_months_listed_before_a_year_are_of_that_year(tmp_path: Path) -> None:
    """"In October and November last year" (a story of 23 May 2024) states October 2023, as
    "September, October and November 2023" states September 2023: a month of the list is
    no longer a month of any year, so `October 2024` is a mismatch. A month alone keeps
    matching its month in any year, and the year after "and" is still the last month's; a
    month the quote names twice takes no year from the list, and one across the new year
    takes the year before ("December and January 2025": December 2024)."""
    found = verdicts(
        tmp_path,
        "Sales slumped in October and November last year. Strikes hit in September, October"
        " and November 2023. Talks resumed on March 3 and April 5, 2023. Prices peaked in"
        " October. Rents rose in October and November last year and again in October. Bills"
        " peaked in December and January 2025. Sales fell in Sept. and Oct. 2023.",
        '  oct: {date: October 2023, quote: "in October and November last year"}\n'
        '  nov: {date: November 2023, quote: "in October and November last year"}\n'
        '  oct_wrong: {date: October 2024, quote: "in October and November last year"}\n'
        '  sep: {date: September 2023, quote: "in September, October and November 2023"}\n'
        '  sep_wrong: {date: September 2022, quote: "in September, October and November'
        ' 2023"}\n'
        '  march: {date: 2023-03-03, quote: "on March 3 and April 5, 2023"}\n'
        '  march_wrong: {date: 2024-03-03, quote: "on March 3 and April 5, 2023"}\n'
        '  peak: {date: October 2023, quote: "Prices peaked in October"}\n'
        '  again: {date: October 2024, quote: "in October and November last year and again'
        ' in October"}\n'
        '  winter: {date: December 2024, quote: "peaked in December and January 2025"}\n'
        '  winter_wrong: {date: December 2025, quote: "peaked in December and January'
        ' 2025"}\n'
        '  sept: {date: September 2023, quote: "fell in Sept. and Oct. 2023"}\n'
        '  sept_wrong: {date: September 2022, quote: "fell in Sept. and Oct. 2023"}\n',
    )
    assert len(found) == 13
    assert found == consistent_but_wrong(found)


def test_a_unit_named_before_a_scaled_number_is_its_unit(tmp_path: Path) -> None:
    """"Vehicle miles traveled rose 2.1% last year to 3.26 trillion" states `3.26 trillion
    vehicle miles` (and `3.26 trillion miles`, the same length); another number or scale,
    a quote that writes the scale in litres too, or a number past a new clause ("…, while
    households fell to 2.3 million", "as the budget hit 3.5 billion") does not."""
    found = verdicts(
        tmp_path,
        "Vehicle miles traveled rose 2.1% last year to 3.26 trillion, the agency said. Fuel"
        " use rose to 3.26 trillion litres while vehicle miles reached 3.26 trillion. Rail"
        " passenger kilometres rose to 12.4 billion. Tonnes of waste sent to landfill fell 4%"
        " to 7.1 million, while households fell to 2.3 million. Kilometres of new track rose"
        " to 1,200 as the budget hit 3.5 billion. Vehicle miles traveled rose from 3.2"
        " trillion in 2022 to 3.26 trillion. Vehicle miles traveled (VMT) reached 3.26"
        " trillion. Gallons of petrol sold fell to 135 billion as vehicle miles rose to 3.26"
        " trillion.",
        '  vmt: {value: 3.26 trillion vehicle miles, quote: "Vehicle miles traveled rose'
        ' 2.1% last year to 3.26 trillion"}\n'
        '  miles: {value: 3.26 trillion miles, quote: "Vehicle miles traveled rose 2.1% last'
        ' year to 3.26 trillion"}\n'
        '  vmt_wrong: {value: 3.25 trillion vehicle miles, quote: "Vehicle miles traveled'
        ' rose 2.1% last year to 3.26 trillion"}\n'
        '  scale_wrong: {value: 3.26 billion vehicle miles, quote: "Vehicle miles traveled'
        ' rose 2.1% last year to 3.26 trillion"}\n'
        '  litres_wrong: {value: 3.26 trillion vehicle miles, quote: "Fuel use rose to 3.26'
        ' trillion litres while vehicle miles reached 3.26 trillion"}\n'
        '  rail: {value: 12.4 billion passenger kilometres, quote: "Rail passenger'
        ' kilometres rose to 12.4 billion"}\n'
        '  rail_unnamed_wrong: {value: 12.4 billion passenger kilometres, quote: "rose to'
        ' 12.4 billion"}\n'
        '  waste: {value: 7.1 million tonnes, quote: "Tonnes of waste sent to landfill fell 4%'
        ' to 7.1 million, while households fell to 2.3 million"}\n'
        '  households_wrong: {value: 2.3 million tonnes, quote: "Tonnes of waste sent to'
        ' landfill fell 4% to 7.1 million, while households fell to 2.3 million"}\n'
        '  track_wrong: {value: 3.5 billion kilometres, quote: "Kilometres of new track rose to'
        ' 1,200 as the budget hit 3.5 billion"}\n'
        '  from_to: {value: 3.26 trillion vehicle miles, quote: "Vehicle miles traveled rose'
        ' from 3.2 trillion in 2022 to 3.26 trillion"}\n'
        '  bracket: {value: 3.26 trillion vehicle miles, quote: "Vehicle miles traveled (VMT)'
        ' reached 3.26 trillion"}\n'
        '  gallons_wrong: {value: 3.26 trillion gallons, quote: "Gallons of petrol sold fell to'
        ' 135 billion as vehicle miles rose to 3.26 trillion"}\n',
    )
    assert len(found) == 13
    assert found == consistent_but_wrong(found)


def test_a_figure_before_keeps_no_bound_of_the_next(tmp_path: Path) -> None:
    """"Half of firms raised prices by 5% or more": the half's words ended in "at least"
    (the rewritten "or more"), and the 5% lost its bound; "Some 40,000 patients waited
    longer than 18 weeks" likewise lost "more than"."""
    found = verdicts(
        tmp_path,
        "Half of firms raised prices by 5% or more. Half of patients waited 18 weeks or"
        " longer. Some 40,000 patients waited longer than 18 weeks.",
        '  firms: {value: at least 5%, quote: "Half of firms raised prices by 5% or more"}\n'
        '  firms_wrong: {value: 5%, quote: "Half of firms raised prices by 5% or more"}\n'
        '  waited: {value: at least 18 weeks, quote: "Half of patients waited 18 weeks or'
        ' longer"}\n'
        '  longer: {value: more than 18 weeks, quote: "Some 40,000 patients waited longer than'
        ' 18 weeks"}\n'
        '  longer_wrong: {value: 18 weeks, quote: "Some 40,000 patients waited longer than 18'
        ' weeks"}\n',
    )
    assert len(found) == 5
    assert found == consistent_but_wrong(found)


def test_a_rate_after_a_qualified_bracket_is_both_figures_rate(tmp_path: Path) -> None:
    """"£12.50 (about $15.80) per passenger": the rate is the pound figure's and its
    conversion's, as in "£12.50 ($15.80) per passenger" (the "about" split the reading, and
    both records were mismatches); another number, a dropped "about" or another rate is
    still one."""
    found = verdicts(
        tmp_path,
        "The fare rises to £12.50 (about $15.80) per passenger next year.",
        '  gbp: {value: £12.50 per passenger, quote: "£12.50 (about $15.80) per passenger"}\n'
        '  usd: {value: about $15.80 per passenger, quote: "£12.50 (about $15.80) per'
        ' passenger"}\n'
        '  gbp_wrong: {value: £13.50 per passenger, quote: "£12.50 (about $15.80) per'
        ' passenger"}\n'
        '  usd_plain_wrong: {value: $15.80 per passenger, quote: "£12.50 (about $15.80) per'
        ' passenger"}\n'
        '  bag_wrong: {value: about $15.80 per bag, quote: "£12.50 (about $15.80) per'
        ' passenger"}\n',
    )
    assert len(found) == 5
    assert found == consistent_but_wrong(found)
