"""Quote readings found by the adversarial review of round s24's quote readings.

Negations further from a verb of surpassing, verbs of surpassing taking a counted object,
"top" after a name, "or lower" before a noun, "a month after" after a conversion, ages and
times back after "over N years", ranges with a scale word on both ends, "negative" and
"minus" that are no signs, rates carried to a stock, and digit groups after a name. Each
table pairs readings that must hold with `_wrong` twins that must stay a `mismatch`.
"""

from pathlib import Path

from quote_verdicts import consistent_but_wrong, verdicts

from checks.quotes import bounds_in_words
from checks.results import Verdict

ROUNDING = Verdict.ROUNDING


def test_negations_leave_a_verb_of_surpassing_plain(tmp_path: Path) -> None:
    """"Cannot exceed 5%", "is not expected to exceed 3%", "won't be allowed to exceed 2%"
    state a ceiling: the plain figure holds and "more than" says the reverse."""
    found = verdicts(
        tmp_path,
        "The deficit is not expected to exceed 3% of GDP. Borrowing cannot exceed 5% of"
        " revenue. Unemployment has not so far exceeded 11%. Summer temperatures rarely exceed"
        " 30C in Oslo. The limit won't be allowed to exceed 2%. It is unlikely to exceed 5%."
        " Sales topped $5bn as investors were not worried.",
        '  notexp: {value: 3%, quote: "is not expected to exceed 3% of GDP"}\n'
        '  cannot: {value: 5%, quote: "Borrowing cannot exceed 5% of revenue"}\n'
        '  sofar: {value: 11%, quote: "has not so far exceeded 11%"}\n'
        '  rarely: {value: 30°C, quote: "rarely exceed 30C in Oslo"}\n'
        "  allowed: {value: 2%, quote: \"won't be allowed to exceed 2%\"}\n"
        '  unlikely: {value: 5%, quote: "It is unlikely to exceed 5%"}\n'
        '  sales: {value: more than $5bn, quote: "Sales topped $5bn"}\n'
        '  notexp_wrong: {value: more than 3%, quote: "is not expected to exceed 3% of GDP"}\n'
        '  cannot_wrong: {value: more than 5%, quote: "Borrowing cannot exceed 5% of revenue"}\n'
        '  sofar_wrong: {value: more than 11%, quote: "has not so far exceeded 11%"}\n'
        '  rarely_wrong: {value: more than 30°C, quote: "rarely exceed 30C in Oslo"}\n'
        "  allowed_wrong: {value: more than 2%, quote: \"won't be allowed to exceed 2%\"}\n"
        '  unlikely_wrong: {value: more than 5%, quote: "It is unlikely to exceed 5%"}\n'
        '  sales_wrong: {value: $5bn, quote: "Sales topped $5bn"}\n',
    )
    assert len(found) == 14
    assert found == consistent_but_wrong(found)


def test_surpassing_a_count_of_things_is_read_both_ways(tmp_path: Path) -> None:
    """"Eclipsed two world records", "topped 12 polls", "shot past 3 defenders": the verb
    takes what is counted, as "passed 12 bills" does; money and measures stay bounds."""
    found = verdicts(
        tmp_path,
        "Ledecky eclipsed two world records at the trials. Labour topped 12 polls in a row."
        " Messi shot past 3 defenders to score. Funds topped 3 of 4 benchmarks. Net interest"
        " topped $880 billion. Output topped 1.5 million barrels.",
        '  eclipse: {value: 2 world records, quote: "eclipsed two world records"}\n'
        '  polls: {value: 12 polls, quote: "Labour topped 12 polls in a row"}\n'
        '  defenders: {value: 3 defenders, quote: "shot past 3 defenders"}\n'
        '  bench: {value: 3 benchmarks, quote: "Funds topped 3 of 4 benchmarks"}\n'
        '  polls_more: {value: more than 12 polls, quote: "Labour topped 12 polls in a row"}\n'
        '  eclipse_wrong: {value: 3 world records, quote: "eclipsed two world records"}\n'
        '  interest_wrong: {value: $880 billion, quote: "Net interest topped $880 billion"}\n'
        '  output_wrong: {value: 1.5 million barrels, quote: "topped 1.5 million barrels"}\n',
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_top_after_a_name_or_a_place_is_no_verb(tmp_path: Path) -> None:
    """"The Times top 100 firms", "the Forbes top 10 list", "finishes top 4": a rank, not
    more than it; "Evacuations top 600,000" at a sentence's start is still a verb."""
    found = verdicts(
        tmp_path,
        "She made the Forbes top 10 list. Shares in the Times top 100 firms fell. Arsenal"
        " finishes top 4 again. Evacuations top 600,000. The Kospi topped 2000 points.",
        '  times: {value: 100 firms, quote: "Shares in the Times top 100 firms fell"}\n'
        '  evacuated: {value: "more than 600,000 people", quote: "Evacuations top 600,000"}\n'
        '  kospi: {value: more than 2000 points, quote: "The Kospi topped 2000 points"}\n'
        '  times_wrong: {value: more than 100 firms, quote: "Shares in the Times top 100'
        ' firms fell"}\n'
        '  top4_wrong: {value: more than 4, quote: "Arsenal finishes top 4 again"}\n'
        '  evacuated_wrong: {value: "600,000 people", quote: "Evacuations top 600,000"}\n'
        '  kospi_wrong: {value: 2000 points, quote: "The Kospi topped 2000 points"}\n',
    )
    assert len(found) == 7
    assert found == consistent_but_wrong(found)
    ranks = verdicts(
        tmp_path,
        "She made the Forbes top 10 list. Arsenal finishes top 4 again.",
        '  forbes: {value: 10, quote: "made the Forbes top 10 list"}\n'
        '  top4: {value: 4, quote: "Arsenal finishes top 4 again"}\n',
    )
    assert ranks == {"forbes": ROUNDING, "top4": ROUNDING}  # a bare rank, as before


def test_or_lower_before_a_noun_is_no_bound(tmp_path: Path) -> None:
    """"A $500 rebate or lower taxes", "a 5% raise or shorter hours", "90% complete more or
    less": the comparative starts another noun phrase; "30 days or more." is a bound."""
    found = verdicts(
        tmp_path,
        "Voters preferred a $500 rebate or lower taxes. The union wants a 5% raise or shorter"
        " hours. The project is 90% complete more or less. Patients waited 30 days or more."
        " Households earning $100,000 or more pay the levy.",
        '  rebate: {value: $500, quote: "a $500 rebate or lower taxes"}\n'
        '  raise: {value: 5%, quote: "a 5% raise or shorter hours"}\n'
        '  complete: {value: 90%, quote: "90% complete more or less"}\n'
        '  days: {value: at least 30 days, quote: "waited 30 days or more"}\n'
        '  earning: {value: "at least $100,000", quote: "earning $100,000 or more pay"}\n'
        '  rebate_wrong: {value: at most $500, quote: "a $500 rebate or lower taxes"}\n'
        '  raise_wrong: {value: at most 5%, quote: "a 5% raise or shorter hours"}\n'
        '  complete_wrong: {value: at most 90%, quote: "90% complete more or less"}\n'
        '  days_wrong: {value: 30 days, quote: "waited 30 days or more"}\n',
    )
    assert len(found) == 9
    assert found == consistent_but_wrong(found)


def test_a_period_after_a_conversion_then_an_event_is_a_time(tmp_path: Path) -> None:
    """"$50 million (£40 million) a month after its launch", "a year into the war", "a day
    before the listing", "a week on from the storm": amounts at a time, no rates."""
    found = verdicts(
        tmp_path,
        "The startup raised $50 million (£40 million) a month after its launch. Russia spent"
        " $90 billion (£71 billion) a year into the war. Shares hit $12 (£9.50) a day before"
        " the listing. Prices rose to £300 (€350) a week on from the storm. Rent is $1,650"
        " (£1,300) a month.",
        '  raised: {value: "$50 million", quote: "raised $50 million (£40 million) a month'
        ' after its launch"}\n'
        '  war: {value: "$90 billion", quote: "spent $90 billion (£71 billion) a year into'
        ' the war"}\n'
        '  listing: {value: "$12", quote: "hit $12 (£9.50) a day before the listing"}\n'
        '  weekon: {value: "£300", quote: "rose to £300 (€350) a week on from the storm"}\n'
        '  rent: {value: "£1,300 per month", quote: "Rent is $1,650 (£1,300) a month"}\n'
        '  raised_wrong: {value: "$50 million per month", quote: "raised $50 million (£40'
        ' million) a month after its launch"}\n'
        '  war_wrong: {value: "$90 billion per year", quote: "spent $90 billion (£71 billion)'
        ' a year into the war"}\n'
        '  rent_wrong: {value: "£1,300", quote: "Rent is $1,650 (£1,300) a month"}\n',
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_over_n_years_of_an_age_or_back_in_time_is_a_bound(tmp_path: Path) -> None:
    """"1.2 million people over 65 years old", "300 pensioners over 80 years", "started to
    rise over 10 years ago": older or longer ago than, not a period spread over."""
    found = verdicts(
        tmp_path,
        "There are 1.2 million people over 65 years old in the region. Some 12 million people"
        " over 65 years of age live alone. The charity helps 300 pensioners over 80 years."
        " Mortgage rates started to rise over 10 years ago. The plan costs $1.5 trillion over"
        " 10 years.",
        '  people: {value: more than 65 years, quote: "1.2 million people over 65 years old"}\n'
        '  age: {value: more than 65 years, quote: "12 million people over 65 years of age"}\n'
        '  pens: {value: more than 80 years, quote: "300 pensioners over 80 years"}\n'
        '  ago: {value: more than 10 years, quote: "started to rise over 10 years ago"}\n'
        '  plan: {value: 10 years, quote: "costs $1.5 trillion over 10 years"}\n'
        '  people_wrong: {value: more than 75 years, quote: "1.2 million people over 65 years'
        ' old"}\n'
        '  plan_wrong: {value: more than 10 years, quote: "costs $1.5 trillion over 10'
        ' years"}\n',
    )
    assert len(found) == 7
    assert found == consistent_but_wrong(found)


def test_a_range_with_a_scale_word_on_both_ends_stays_a_range(tmp_path: Path) -> None:
    """"Added 8 million to 9 million subscribers" is a range; "gained 8 cents to $5.37 a
    bushel" a change and a level, each written its own way."""
    found = verdicts(
        tmp_path,
        "Netflix added 8 million to 9 million subscribers. Wheat gained 8 cents to $5.37 a"
        " bushel.",
        "  netflix: {value: 8 million to 9 million subscribers, quote: Netflix added 8 million"
        " to 9 million subscribers}\n"
        "  wheat: {value: $5.37 per bushel, quote: gained 8 cents to $5.37 a bushel}\n"
        "  netflix_wrong: {value: 8 million to 10 million subscribers, quote: Netflix added 8"
        " million to 9 million subscribers}\n"
        "  wheat_wrong: {value: $5.73 per bushel, quote: gained 8 cents to $5.37 a bushel}\n",
    )
    assert len(found) == 4
    assert found == consistent_but_wrong(found)


def test_negative_after_a_verb_of_becoming_and_minus_after_a_noun_are_no_signs(
    tmp_path: Path,
) -> None:
    """"Sentiment turned negative 3 months ago", "salary minus 20% tax": no figure below
    zero; "the low was minus 15 degrees", "Kvikkjokk minus 43.6C" still are."""
    found = verdicts(
        tmp_path,
        "Sentiment turned negative 3 months ago. Yields went negative 5 years ago. Take-home"
        " pay is salary minus 20% tax. Temperatures fell to minus 30C. Kvikkjokk minus 43.6C.",
        '  turned: {value: 3 months, quote: "Sentiment turned negative 3 months ago"}\n'
        '  went: {value: 5 years, quote: "Yields went negative 5 years ago"}\n'
        '  tax: {value: 20%, quote: "salary minus 20% tax"}\n'
        '  fell: {value: -30°C, quote: "fell to minus 30C"}\n'
        '  kvik: {value: -43.6°C, quote: "Kvikkjokk minus 43.6C"}\n'
        '  fell_wrong: {value: 30°C, quote: "fell to minus 30C"}\n',
    )
    assert len(found) == 6
    assert found == consistent_but_wrong(found)


def test_a_rate_in_units_is_carried_only_to_the_same_flow(tmp_path: Path) -> None:
    """"1.5 million barrels a day from 400 million barrels last year" and "5 GW a year, up
    from 3 GW of installed capacity" compare a flow with a total or a stock."""
    found = verdicts(
        tmp_path,
        "Exports rose to 1.5 million barrels a day from 400 million barrels last year. The"
        " plant will produce 5 GW a year, up from 3 GW of installed capacity. Demand will rise"
        " to 945 TWh a year by 2030 from 415 TWh in 2024. Imports fell to 1.1 million barrels"
        " a day from 1.3 million barrels last year.",
        '  bbl: {value: 400 million barrels, quote: "from 400 million barrels last year"}\n'
        '  gw: {value: 3 GW, quote: "up from 3 GW of installed capacity"}\n'
        '  twh: {value: 415 TWh per year, quote: "from 415 TWh in 2024"}\n'
        '  imports: {value: 1.3 million barrels per day, quote: "from 1.3 million barrels'
        ' last year"}\n'
        '  bbl_wrong: {value: 400 million barrels per day, quote: "from 400 million barrels'
        ' last year"}\n'
        '  gw_wrong: {value: 3 GW per year, quote: "up from 3 GW of installed capacity"}\n',
    )
    assert len(found) == 6
    assert found == consistent_but_wrong(found)


def test_digit_groups_after_a_name_are_two_numbers(tmp_path: Path) -> None:
    """"Windows 11 500 million users" is Windows 11 and 500 million users, not 11,500."""
    found = verdicts(
        tmp_path,
        "Windows 11 500 million users upgraded.",
        '  win: {value: 500 million users, quote: "Windows 11 500 million users upgraded"}\n'
        '  win_wrong: {value: "11,500 million users", quote: "Windows 11 500 million users'
        ' upgraded"}\n',
    )
    assert found == consistent_but_wrong(found)


def test_bounds_in_words_is_the_reading_extract_shares() -> None:
    """The sentence-level reading of bounds is public, for the quote check and extract."""
    assert bounds_in_words("Borrowing cannot exceed 5%") == "Borrowing cannot exceed 5%"
    assert bounds_in_words("Net interest topped $880 billion") == (
        "Net interest topped more than $880 billion"
    )
    assert bounds_in_words("Labour topped 12 polls") == "Labour topped 12 polls"
    assert bounds_in_words("Labour topped 12 polls", loosely=True) == (
        "Labour topped more than 12 polls"
    )
    assert bounds_in_words("a $500 rebate or lower taxes") == "a $500 rebate or lower taxes"
    assert bounds_in_words("waited 30 days or more.") == "waited at least 30 days."
