"""Quote readings after an adversarial review of the fourth round.

A part of a point is no point; a bare "N billion" takes only the unit of the figure it
is compared with; "plus one" is a vote, not "plus 1%"; an estimate takes only a rate per
share; a rate "for every hostage released" is per hostage. Each table pairs readings
that must hold with `_wrong` twins that must stay a `mismatch`.
"""

from pathlib import Path

from quote_verdicts import consistent_but_wrong, messages, verdicts

from checks.results import Verdict


def test_a_part_of_a_point_is_no_point(tmp_path: Path) -> None:
    """"Cut rates by a quarter of a point" states 0.25 points and "a fraction of a point"
    less than one: neither is `1 percentage point`, which "a margin of a point" is."""
    found = verdicts(
        tmp_path,
        "The Fed cut rates by a quarter of a point. The yield rose a tenth of a point. Her"
        " lead shrank by a fraction of a point. Rates fell half of a percentage point. Bonds"
        " gained three-quarters of a percentage point. He won with a margin of a point.",
        '  quarter: {value: 0.25 percentage points, quote: "cut rates by a quarter of a'
        ' point"}\n'
        '  tenth: {value: 0.1 percentage points, quote: "rose a tenth of a point"}\n'
        '  three: {value: 0.75 percentage points, quote: "gained three-quarters of a'
        ' percentage point"}\n'
        '  margin: {value: 1 percentage point, quote: "a margin of a point"}\n'
        '  quarter_wrong: {value: 1 percentage point, quote: "cut rates by a quarter of a'
        ' point"}\n'
        '  tenth_wrong: {value: 1 percentage point, quote: "rose a tenth of a point"}\n'
        '  fraction_wrong: {value: 1 percentage point, quote: "shrank by a fraction of a'
        ' point"}\n'
        '  half_wrong: {value: 1 percentage point, quote: "fell half of a percentage'
        ' point"}\n'
        '  three_wrong: {value: 1 percentage point, quote: "gained three-quarters of a'
        ' percentage point"}\n'
        '  margin_wrong: {value: 2 percentage points, quote: "a margin of a point"}\n',
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_a_mismatch_names_about_a_point(tmp_path: Path) -> None:
    """"About a point" against `1 percentage point` drops the qualifier: the message says
    what the quote states, not that it states no figure."""
    said = messages(
        tmp_path,
        "The margin was about a point.",
        '  about_wrong: {value: 1 percentage point, quote: "The margin was about a point"}\n',
    )
    assert "states about a point," in said["about_wrong"]
    assert "no figure" not in said["about_wrong"]


def test_a_bare_number_takes_the_unit_of_the_figure_it_is_compared_with(
    tmp_path: Path,
) -> None:
    """"$6.1 billion, up from 5.8 billion" states `$5.8 billion`; "€4.1 billion, up from 3.8
    billion" is no `$3.8 billion` for the "$2 billion" after it, nor "users rose to 1.5
    billion, up from 1.2 billion" `$1.2 billion` for the revenue before. A sentence that
    writes two units of the scale states no unit for a bare number (`eur`, `gas`)."""
    found = verdicts(
        tmp_path,
        "Sales in Europe hit €4.1 billion, up from 3.8 billion, while US sales were $2"
        " billion. Gas output rose to 2.5 million cubic metres a day, up from 2.3 million, and"
        " oil output was 1.1 million barrels a day. Revenue hit $2.1 billion and users rose to"
        " 1.5 billion, up from 1.2 billion. Exports rose to 1.2 million tonnes, worth $2"
        " million, from 1.1 million. The bank paid $5.2 billion for 2.1 billion savers,"
        " against 1.9 billion last year. Capex reached $6.1 billion, up from 5.8 billion.",
        '  capex: {value: $5.8 billion, quote: "up from 5.8 billion"}\n'
        '  capex_wrong: {value: $5.7 billion, quote: "up from 5.8 billion"}\n'
        '  usd_wrong: {value: $3.8 billion, quote: "up from 3.8 billion"}\n'
        '  gas_wrong: {value: 2.3 million barrels per day, quote: "up from 2.3 million"}\n'
        '  users_wrong: {value: $1.2 billion, quote: "up from 1.2 billion"}\n'
        '  tonnes_wrong: {value: $1.1 million, quote: "from 1.1 million"}\n'
        '  savers_wrong: {value: $1.9 billion, quote: "against 1.9 billion last year"}\n'
        '  eur: {value: €3.8 billion, quote: "up from 3.8 billion"}\n'
        '  gas: {value: 2.3 million cubic metres per day, quote: "up from 2.3 million"}\n',
    )
    assert len(found) == 9
    assert (found.pop("eur"), found.pop("gas")) == (Verdict.MISMATCH, Verdict.MISMATCH)
    assert found == consistent_but_wrong(found)


def test_plus_one_is_a_vote_not_a_percent_or_a_day_of_leave(tmp_path: Path) -> None:
    """"Inflation of 6.7% plus 1%" states 6.7% and 1%, "5% plus one extra day of leave"
    5%, "3% plus one percentage point" 3%; "needs 50% plus one vote" more than 50%, and a
    50% written apart in the quote ("won 50% in 2019") stays 50%."""
    found = verdicts(
        tmp_path,
        "Social rents will rise by inflation of 6.7% plus 1%, or 7.7%. Nurses were offered"
        " 5% plus one extra day of leave. He won 50% in 2019 and now needs 50% plus one vote."
        " A bill needs 50% plus one to pass. Rents rise by 3% plus one percentage point.",
        '  rent: {value: 6.7%, quote: "inflation of 6.7% plus 1%"}\n'
        '  rent1: {value: 1%, quote: "inflation of 6.7% plus 1%"}\n'
        '  offer: {value: 5%, quote: "offered 5% plus one extra day of leave"}\n'
        '  won: {value: 50%, quote: "He won 50% in 2019 and now needs 50% plus one vote"}\n'
        '  needs: {value: more than 50%, quote: "He won 50% in 2019 and now needs 50% plus'
        ' one vote"}\n'
        '  pass: {value: more than 50%, quote: "needs 50% plus one to pass"}\n'
        '  point: {value: 3%, quote: "Rents rise by 3% plus one percentage point"}\n'
        '  rent_wrong: {value: more than 6.7%, quote: "inflation of 6.7% plus 1%"}\n'
        '  offer_wrong: {value: more than 5%, quote: "offered 5% plus one extra day of'
        ' leave"}\n'
        '  won_wrong: {value: 51%, quote: "He won 50% in 2019 and now needs 50% plus one'
        ' vote"}\n'
        '  pass_wrong: {value: 50%, quote: "needs 50% plus one to pass"}\n'
        '  point_wrong: {value: more than 3%, quote: "Rents rise by 3% plus one percentage'
        ' point"}\n',
    )
    assert len(found) == 12
    assert found == consistent_but_wrong(found)


def test_an_estimate_or_a_beat_takes_only_earnings_per_share(tmp_path: Path) -> None:
    """"Costing $5 million a day, above the company's total estimate of $40 million" is no
    rate a day; "earnings of $2 per share, topping the consensus by $300 million" no
    margin per share (a revenue beat). Cents and dollars against earnings per share are."""
    found = verdicts(
        tmp_path,
        "The strike is costing $5 million a day, above the company's total estimate of $40"
        " million. Iota reported revenue of $9 billion and earnings of $2 per share, topping"
        " the consensus by $300 million. Beta earned $1.20 per diluted share, against the"
        " consensus estimate of $1.10. Rival earned 95 cents a share, missing forecasts of"
        " $1.02 by 7 cents.",
        '  total: {value: $40 million, quote: "above the company\'s total estimate of $40'
        ' million"}\n'
        '  margin: {value: $300 million, quote: "topping the consensus by $300 million"}\n'
        '  diluted: {value: $1.10 per diluted share, quote: "against the consensus estimate'
        ' of $1.10"}\n'
        '  miss: {value: 7 cents per share, quote: "missing forecasts of $1.02 by 7 cents"}\n'
        '  total_wrong: {value: $40 million per day, quote: "above the company\'s total'
        ' estimate of $40 million"}\n'
        '  margin_wrong: {value: $300 million per share, quote: "topping the consensus by'
        ' $300 million"}\n'
        '  diluted_wrong: {value: $1.10 per day, quote: "against the consensus estimate of'
        ' $1.10"}\n'
        '  miss_wrong: {value: 8 cents per share, quote: "missing forecasts of $1.02 by 7'
        ' cents"}\n',
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_a_rate_for_every_hostage_released_is_per_hostage(tmp_path: Path) -> None:
    """"Three prisoners for every hostage released", "two nurses for every patient on the
    ward", "$5 per household in Texas": the noun a rate is per ends before a participle or
    a preposition of place, and the whole phrase is read too; another noun stays wrong."""
    found = verdicts(
        tmp_path,
        "Israel freed three prisoners for every hostage released. There were two nurses for"
        " every patient on the ward. The state gives $1 for every dollar raised locally. They"
        " lost five fighters for every soldier killed. Rebates are $5 per household in Texas."
        " Officials counted roughly 610 voters for every polling station.",
        '  pris: {value: 3 prisoners per hostage, quote: "three prisoners for every hostage'
        ' released"}\n'
        '  whole: {value: 3 prisoners per hostage released, quote: "three prisoners for every'
        ' hostage released"}\n'
        '  nurse: {value: 2 nurses per patient, quote: "two nurses for every patient on the'
        ' ward"}\n'
        '  dollar: {value: $1 per dollar, quote: "$1 for every dollar raised locally"}\n'
        '  soldier: {value: 5 fighters per soldier, quote: "five fighters for every soldier'
        ' killed"}\n'
        '  texas: {value: $5 per household, quote: "$5 per household in Texas"}\n'
        '  station: {value: roughly 610 voters per polling station, quote: "roughly 610 voters'
        ' for every polling station"}\n'
        '  pris_wrong: {value: 3 prisoners per soldier, quote: "three prisoners for every'
        ' hostage released"}\n'
        '  four_wrong: {value: 4 prisoners per hostage, quote: "three prisoners for every'
        ' hostage released"}\n'
        '  nurse_wrong: {value: 2 nurses per bed, quote: "two nurses for every patient on the'
        ' ward"}\n'
        '  soldier_wrong: {value: 5 fighters per hostage, quote: "five fighters for every'
        ' soldier killed"}\n'
        '  texas_wrong: {value: $5 per person, quote: "$5 per household in Texas"}\n'
        '  booth_wrong: {value: roughly 610 voters per polling booth, quote: "roughly 610'
        ' voters for every polling station"}\n'
        '  bare_wrong: {value: 3, quote: "three prisoners for every hostage released"}\n',
    )
    assert len(found) == 14
    assert found == consistent_but_wrong(found)


def test_a_rate_per_a_noun_described_after_it_is_per_that_noun(tmp_path: Path) -> None:
    """"$4 per person aged 65 or older", "$5 per household with children", "12 cents for
    every driver who commutes": the noun the rate is per ends before who it is; another
    noun, or another amount, stays wrong."""
    found = verdicts(
        tmp_path,
        "The city will pay $4 per person aged 65 or older. It adds $5 per household with"
        " children. The toll is 12 cents for every driver who commutes. Grants are $90 per"
        " school that stays open.",
        '  aged: {value: $4 per person, quote: "$4 per person aged 65 or older"}\n'
        '  with: {value: $5 per household, quote: "$5 per household with children"}\n'
        '  who: {value: 12 cents per driver, quote: "12 cents for every driver who'
        ' commutes"}\n'
        '  that: {value: $90 per school, quote: "$90 per school that stays open"}\n'
        '  aged_wrong: {value: $4 per household, quote: "$4 per person aged 65 or older"}\n'
        '  with_wrong: {value: $6 per household, quote: "$5 per household with children"}\n'
        '  who_wrong: {value: 12 cents per car, quote: "12 cents for every driver who'
        ' commutes"}\n'
        '  that_wrong: {value: $90 per pupil, quote: "$90 per school that stays open"}\n',
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_oil_and_gas_abbreviations_are_read_both_ways_in_a_quote(tmp_path: Path) -> None:
    """"Demand at 2 mb/d" is a million or a thousand barrels a day (it was 2 millibars;
    the IEA's mb/d is a million, US trade copy's a thousand), as is "450 Mb/d"; "$2.19 per
    MBtu" a price per million or thousand Btu (it was a bare $2.19), "5 mcm a day" a
    million or thousand cubic metres a day; "980 mb" stays millibars."""
    found = verdicts(
        tmp_path,
        "The IEA sees demand at 2 mb/d next year. Henry Hub gas traded at $2.19 per MBtu."
        " Exports were 5 mcm a day. The barometer read 980 mb. EIA data showed 450 Mb/d of"
        " refinery runs.",
        '  mbd: {value: 2 million barrels per day, quote: "demand at 2 mb/d"}\n'
        '  kbd: {value: 2 thousand barrels per day, quote: "demand at 2 mb/d"}\n'
        '  eia: {value: 450 thousand barrels per day, quote: "450 Mb/d of refinery runs"}\n'
        '  eia_million: {value: 450 million barrels per day, quote: "450 Mb/d of refinery'
        ' runs"}\n'
        '  gas: {value: $2.19 per MMBtu, quote: "traded at $2.19 per MBtu"}\n'
        '  mcm: {value: 5 million cubic metres per day, quote: "Exports were 5 mcm a day"}\n'
        '  mb: {value: 980 millibars, quote: "The barometer read 980 mb"}\n'
        '  mbd_wrong: {value: 2 millibars, quote: "demand at 2 mb/d"}\n'
        '  three_wrong: {value: 3 million barrels per day, quote: "demand at 2 mb/d"}\n'
        '  bare_wrong: {value: 2, quote: "demand at 2 mb/d"}\n'
        '  gas_wrong: {value: $2.19, quote: "traded at $2.19 per MBtu"}\n'
        '  barrel_wrong: {value: $2.19 per barrel, quote: "traded at $2.19 per MBtu"}\n'
        '  mcm_wrong: {value: 5, quote: "Exports were 5 mcm a day"}\n',
    )
    assert len(found) == 13
    assert found == consistent_but_wrong(found)


def test_the_last_review_s_quotes_of_units_written_once(tmp_path: Path) -> None:
    """A quote that ends its sentence takes nothing of the next ("…a year earlier." beside
    "The app now has 2 billion users."); a count is no second unit ("as the app passed 2
    billion users"); an estimate takes a price a barrel as it takes earnings per share, but
    no rate of a total; lower-case "mb/d" is a million barrels a day only (the IEA's
    thousand is kb/d, US trade copy's mb/d a thousand: both readings), a price per `tcm`
    per thousand cubic metres, reserves in trillions.
    """
    found = verdicts(
        tmp_path,
        "Revenue rose to $4.1 billion, up from 3.8 billion a year earlier. The app now has 2"
        " billion users. Sales rose to $5.1 billion from 4.8 billion as the app passed 3"
        " billion users. Brent averaged $80 a barrel, above the forecast of $75. The war is"
        " costing $5 million a day, above the company's total estimate of $40 million."
        " Demand rose to 2 mb/d. Gas sold at $400 per tcm. Reserves stand at 6 tcm.",
        '  full_stop: {value: $3.8 billion, quote: "up from 3.8 billion a year earlier."}\n'
        '  full_stop_wrong: {value: €3.8 billion, quote: "up from 3.8 billion a year'
        ' earlier."}\n'
        '  count: {value: $4.8 billion, quote: "from 4.8 billion as the app passed"}\n'
        '  count_wrong: {value: $4.9 billion, quote: "from 4.8 billion as the app passed"}\n'
        '  forecast: {value: $75 per barrel, quote: "above the forecast of $75"}\n'
        '  forecast_wrong: {value: $75 per tonne, quote: "above the forecast of $75"}\n'
        '  total_wrong: {value: $40 million per day, quote: "total estimate of $40 million"}\n'
        '  mbd: {value: 2 million barrels per day, quote: "Demand rose to 2 mb/d"}\n'

        '  price: {value: $400 per thousand cubic metres, quote: "$400 per tcm"}\n'
        '  price_wrong: {value: $400 per trillion cubic metres, quote: "$400 per tcm"}\n'
        '  reserves: {value: 6 trillion cubic metres, quote: "Reserves stand at 6 tcm"}\n'
        '  reserves_wrong: {value: 6 thousand cubic metres, quote: "Reserves stand at 6'
        ' tcm"}\n',
    )
    assert len(found) == 12
    assert found == consistent_but_wrong(found)


def test_an_estimate_takes_a_rate_only_of_its_size(tmp_path: Path) -> None:
    """An estimate within half to twice the rate, a beat's margin no larger than it: "the
    city's estimate of $20,000 for a year" beside "$1,650 a month" is no rate a month, "the
    forecast of $3.20" beside "$80 a barrel and gasoline to $3.50 a gallon" is a price a
    gallon."""
    found = verdicts(
        tmp_path,
        "Rent reached $1,650 a month, above the city's estimate of $20,000 for a year's rent."
        " Wages hit $16 an hour, above the union's estimate of $31,000 in annual pay. The"
        " firm earned $1.41 per share, beating the consensus estimate of $1.33 by 8 cents."
        " Oil rose to $80 a barrel and gasoline to $3.50 a gallon, above the forecast of"
        " $3.20.",
        '  rent_wrong: {value: "$20,000 per month", quote: "estimate of $20,000 for a year"}\n'
        '  wage_wrong: {value: "$31,000 per hour", quote: "estimate of $31,000 in annual'
        ' pay"}\n'
        '  eps: {value: $1.33 per share, quote: "consensus estimate of $1.33"}\n'
        '  beat: {value: 8 cents per share, quote: "by 8 cents"}\n'
        '  gas: {value: $3.20 per gallon, quote: "above the forecast of $3.20"}\n'
        '  gas_wrong: {value: $3.20 per barrel, quote: "above the forecast of $3.20"}\n',
    )
    assert len(found) == 6
    assert found == consistent_but_wrong(found)


def test_a_big_miss_or_beat_still_takes_the_rate_of_its_clause(tmp_path: Path) -> None:
    """Results far from their estimate are news: an estimate up to ten times off, a margin
    larger than the result (a loss of 5 cents beating estimates by 20 cents), an estimate
    beside a result of zero."""
    found = verdicts(
        tmp_path,
        "The company earned $0.40 a share, far below the consensus estimate of $1.05. Rival"
        " lost 12 cents a share, worse than the analysts' estimate of 3 cents. Gas averaged"
        " $2.10 per MMBtu, well below the forecast of $4.50. Acme lost 5 cents a share,"
        " beating analysts' estimates by 20 cents. Beta earned 3 cents a share, missing the"
        " consensus estimate by 10 cents. Gamma broke even at $0 a share, missing the"
        " estimate of 4 cents.",
        '  est: {value: $1.05 per share, quote: "consensus estimate of $1.05"}\n'
        '  est2: {value: 3 cents per share, quote: "analysts\' estimate of 3 cents"}\n'
        '  gas: {value: $4.50 per MMBtu, quote: "the forecast of $4.50"}\n'
        '  gas_wrong: {value: $4.50 per barrel, quote: "the forecast of $4.50"}\n'
        '  beat: {value: 20 cents per share, quote: "beating analysts\' estimates by 20'
        ' cents"}\n'
        '  miss: {value: 10 cents per share, quote: "missing the consensus estimate by 10'
        ' cents"}\n'
        '  zero: {value: 4 cents per share, quote: "missing the estimate of 4 cents"}\n',
    )
    assert len(found) == 7
    assert found == consistent_but_wrong(found)
