"""`claim-checks extract` after the housing, crime and transport reviews.

Dates drafted in the wrong year, suggested checks that failed a correct story or passed a
wrong one, labels drafted as figures and nouns cut in the wrong place. Each test drafts a
few sentences of its own; where a slip can be planted, its twin must still be flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_drafts import (
    checks_of,
    claims_of,
    drafted,
    drafted_on,
    rerun,
    values_of,
    verdicts_of,
)

from checks.results import Verdict


def _dates(data: dict[str, object]) -> dict[str, str]:
    claims = claims_of(data).items()
    return {k: v["date"] for k, v in claims if "date" in v and k != "published_date"}


# --- 1. dates without a year ---------------------------------------------------------------


def test_a_month_followed_by_last_year_is_drafted_with_last_year(tmp_path: Path) -> None:
    """"In October last year" in a story of 18 September 2024 was drafted `October`
    (October 2024, after publication) and left out of the order check. The value grammar
    reads "October last year" itself now: the draft keeps the article's words, and the
    order check (which passes) places them before publication."""
    data, result = drafted_on(
        tmp_path,
        "September 18, 2024",
        "The rate was 6.2%, down from a peak of 7.8% in October last year. Sales rose in "
        "August last year.",
    )
    assert set(_dates(data).values()) == {"October last year", "August last year"}
    assert all(c.verdict is not Verdict.MISMATCH for c in result.checks)
    (order,) = checks_of(data, "order")
    assert len(order) == 3  # both dates, then the publication date
    claims = claims_of(data)
    moved = next(k for k, v in claims.items() if v.get("date") == "October last year")
    claims[moved]["date"] = "October 2024"  # a slip: after publication
    del claims[moved]["quote"]
    assert Verdict.MISMATCH in verdicts_of(rerun(tmp_path, data), "order")


def test_a_past_month_day_after_publication_is_last_years(tmp_path: Path) -> None:
    """"Stood at 1,042 detainees on Dec. 31" in a story of 3 January 2025 was drafted
    `Dec. 31` (31 December 2025); a future one ("will open on Dec. 31") stays as written
    and out of the order check."""
    data, result = drafted_on(
        tmp_path,
        "January 3, 2025",
        "The jail population stood at 1,042 detainees on Dec. 31, officials said. A new wing "
        "will open on Dec. 30. The deadline is Dec. 29.",
    )
    dates = _dates(data)
    assert "Dec. 31, 2024" in dates.values()
    assert "Dec. 30" in dates.values() and "Dec. 29" in dates.values()
    (order,) = checks_of(data, "order")
    assert [o for o in order if o != "source.published"] == [
        k for k, v in dates.items() if v == "Dec. 31, 2024"
    ]
    assert all(c.verdict is not Verdict.MISMATCH for c in result.checks)


# --- 2. suggested checks that failed a correct story or passed a wrong one ----------------


@pytest.mark.parametrize(
    ("earlier", "verdict"), [("7.5", Verdict.CONSISTENT), ("12.5", Verdict.MISMATCH)]
)
def test_a_share_and_its_whole_are_no_ends_of_a_change(
    tmp_path: Path, earlier: str, verdict: Verdict
) -> None:
    """"10.0 million residents, or 16.8% of the population of 59.6 million, …, up from 7.5
    million, or 13.4%" was suggested as a change from 7.5 million to 59.6 million by 13.4%."""
    data, result = drafted(
        tmp_path,
        "In 2021, 10.0 million residents, or 16.8% of the population of 59.6 million, were "
        f"born abroad, up from {earlier} million, or 13.4%, in 2011.",
    )
    assert checks_of(data, "change") == []
    assert verdicts_of(result, "expect") == [verdict]


def test_a_count_and_its_earlier_value_are_no_parts_of_a_total(tmp_path: Path) -> None:
    """"2.14 million encounters …, down from a record 2.48 million in FY2023. Nationwide
    encounters … totaled 2.9 million": the two were guessed to be the total's parts."""
    data, _ = drafted(
        tmp_path,
        "Agents recorded 2.14 million encounters at the southern border, down from a record "
        "2.48 million a year earlier. Nationwide encounters totaled 2.9 million.",
    )
    assert checks_of(data, "sum") == []


def test_a_market_segment_is_no_segment_of_a_length(tmp_path: Path) -> None:
    """"The two-to-four-unit segment fell to 14,000": its count and others were suggested
    as segments adding up to a third count, which a correct story failed."""
    data, _ = drafted(
        tmp_path,
        "Single-family starts surged 15.8% to a rate of 992,000 units. Starts for projects "
        "with five units or more rose 6.9% to 350,000 units, while the volatile "
        "two-to-four-unit segment fell to 14,000.",
    )
    assert checks_of(data, "sum") == []
    assert "five units or more" not in values_of(data)
    assert not any("two-to-four" in v for v in values_of(data))


@pytest.mark.parametrize(
    ("before", "verdict"), [("14", Verdict.CONSISTENT), ("18", Verdict.MISMATCH)]
)
def test_a_percentage_of_something_else_is_no_size_of_the_change(
    tmp_path: Path, before: str, verdict: Verdict
) -> None:
    """"Up from 14 knots before the crisis, burning about 20% more fuel" was suggested as a
    change from 14 to 16 knots by about 20%: the 20% is the fuel's."""
    data, result = drafted(
        tmp_path,
        f"Ships now steam at 16 knots, up from {before} knots before the crisis, burning "
        "about 20% more fuel.",
    )
    assert checks_of(data, "change") == []
    assert verdicts_of(result, "expect") == [verdict]


@pytest.mark.parametrize(
    ("now", "then", "verdict"),
    [("1.13", "1.26", Verdict.CONSISTENT), ("1.26", "1.13", Verdict.MISMATCH)],
)
def test_a_rate_written_once_is_the_earlier_figures_too(
    tmp_path: Path, now: str, then: str, verdict: Verdict
) -> None:
    """"Fell to 1.26 deaths per 100 million vehicle miles, down from 1.13" drafted `1.13
    deaths`, a count, and the suggested check passed although 1.13 < 1.26."""
    data, result = drafted(
        tmp_path,
        f"The fatality rate fell to {now} deaths per 100 million vehicle miles traveled, "
        f"down from {then} in 2022, the agency said.",
    )
    assert f"{then} deaths per 100 million vehicle miles traveled" in values_of(data)
    assert verdicts_of(result, "expect") == [verdict]
    assert all(c.verdict is not Verdict.MISMATCH for c in result.checks if c.kind == "quote")


# --- 3. labels drafted as figures ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "absent", "kept"),
    [
        ("The fleet has 72 Boeing 737s and 46 Airbus jets.", {"737s"}, {"72"}),
        ("A Boeing 777 carrying 300 people landed.", {"777 carrying"}, {"300 people"}),
        ("The 777 can fly far, Boeing said.", {"777"}, set()),
        ("It bought 14 new Airbus A320neo jets.", {"14 new Airbus"}, {"14"}),
        ("She sails the 24,346-TEU MSC Irina.", {"24,346-TEU MSC"}, {"24,346-TEU"}),
        ("Migrants book through the CBP One app.", {"One app"}, set()),
        ("It moved 9 million twenty-foot equivalent units.", {"twenty-foot"}, {"9 million"}),
        ("It landed at 0412 GMT, 58 minutes later.", {"0412 GMT"}, {"58 minutes"}),
        ("A one-bedroom apartment rents for $1,500.", {"one-bedroom apartment"}, {"$1,500"}),
        ("Two-bedroom units rent for $2,000.", {"Two-bedroom units"}, {"$2,000"}),
        ("A flat in zone 2 fetches about £570,000.", {"2 fetches"}, {"about £570,000"}),
        ("Between 2015 and 2021, crimes fell.", {"Between 2015 and 2021"}, {"2015", "2021"}),
        ("The 777 passengers were safe, Boeing said.", set(), {"777 passengers"}),
        ("Boeing 1,000 jobs cut, union says.", set(), {"1,000 jobs"}),
        ("A 200-unit complex opened.", set(), {"200-unit"}),
        ("Each 40-foot box costs more.", set(), {"40-foot"}),
    ],
)
def test_names_and_kinds_are_not_drafted_as_figures(
    tmp_path: Path, sentence: str, absent: set[str], kept: set[str]
) -> None:
    """Aircraft models, a name's number word, clock times and kinds ("one-bedroom", "zone
    2") were drafted as counts; two years "between" as a range of numbers."""
    data, _ = drafted(tmp_path, sentence)
    values = set(values_of(data))
    assert not absent & values
    assert kept <= values


@pytest.mark.parametrize(
    ("age", "verdict"), [("29 years", Verdict.CONSISTENT), ("31 years", Verdict.MISMATCH)]
)
def test_a_median_age_is_drafted_in_years(tmp_path: Path, age: str, verdict: Verdict) -> None:
    """"The median age of victims was 29" was drafted `29`, a count, and its quote failed."""
    data, _ = drafted(
        tmp_path, "The city recorded 201 homicides. The median age of victims was 29."
    )
    claims = claims_of(data)
    (key,) = [k for k, v in claims.items() if v.get("value") == "29 years"]
    claims[key]["value"] = age
    result = rerun(tmp_path, data)
    quotes = [c.verdict for c in result.checks if c.kind == "quote" and key in c.check_id]
    assert quotes == [verdict]


# --- 4. counted nouns ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("There were 1.11 million previously owned homes on the market.",
         "1.11 million previously owned homes"),
        ("The agency counted 117.3 million forcibly displaced people.",
         "117.3 million forcibly displaced people"),
        ("Of 682,000 decisions, 293,000 granted refugee status.", "293,000"),
        ("That is about 7.8 per billion vehicle-kilometres.",
         "about 7.8 per billion vehicle-kilometres"),
        ("Revenue fell by nearly half to $337 million.", "nearly half"),
        ("He was sentenced to 12 1/2 years in prison.", "12 1/2 years"),
        ("Fares rose 6% to 1,042 Norwegian crowns ($99) per one-way ticket.",
         "$99 per one-way ticket"),
    ],
)  # fmt: skip
def test_counted_nouns_are_cut_where_the_phrase_ends(
    tmp_path: Path, sentence: str, value: str
) -> None:
    """"1.11 million previously", "293,000 granted refugee", "about 7.8 per billion",
    "half to $337 million", "12" and "1/2 years", "$99 per one": each cut in the wrong place;
    the draft holds no quote its own value fails."""
    data, result = drafted(tmp_path, sentence)
    assert value in values_of(data)
    assert "one-way ticket" not in values_of(data)
    assert Verdict.MISMATCH not in verdicts_of(result, "quote")


# --- 5. what the words around a figure say ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("They see the rate falling by another half point this year.", "0.5 percentage points"),
        ("Mortgage rates climbed back near 7%.", "near 7%"),
        ("Refunds apply on flights longer than 3,500 km.", "more than 3,500 km"),
        ("Apprehensions averaged about 1,880 a day in September.", "about 1,880 per day"),
    ],
)
def test_words_around_a_figure_are_part_of_its_value(
    tmp_path: Path, sentence: str, value: str
) -> None:
    """"Another half point" was drafted `half` (50%), "near 7%" a plain 7%, "longer than
    3,500 km" a plain 3,500 km and "about 1,880 a day" a count: the quote is left out."""
    data, result = drafted(tmp_path, sentence)
    assert value in values_of(data)
    assert all(c.verdict is not Verdict.MISMATCH for c in result.checks)


def test_a_count_a_year_earlier_is_no_rate(tmp_path: Path) -> None:
    """"53.5 million a year earlier" is a count then, not 53.5 million per year."""
    data, _ = drafted(
        tmp_path, "It shipped 58.9 million phones, up from 53.5 million a year earlier."
    )
    assert "53.5 million phones" in values_of(data) or "53.5 million" in values_of(data)
