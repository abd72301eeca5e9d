"""`claim-checks extract` on sentences from the business, conflict and elections reviews.

Each draft is run through the checker as written, quotes checked against the story: a
suggested check or a drafted quote must not cry wolf on a correct sentence, and the same
sentence with a slip must still be flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_drafts import checks_of, claims_of, drafted, values_of, verdicts_of

from checks.figures import Context, parse_figure
from checks.results import FileResult, Verdict


def _failed(result: FileResult) -> list[str]:
    return [
        f"{c.kind}: {c.message}"
        for c in result.checks
        if c.verdict in {Verdict.MISMATCH, Verdict.ERROR}
    ]


# --- targets, forecasts and fiscal years are no past events -------------------------------


def test_a_target_year_is_left_out_of_the_past_events(tmp_path: Path) -> None:
    """"Pledged to cut emissions 45% … by 2030" put 2030 in the order of past events, a
    false mismatch on every story that names a target."""
    data, result = drafted(
        tmp_path,
        "Utilities have pledged to cut emissions 45% from 2010 levels of 252 million tonnes "
        "by 2030. Northsea has pledged to cut those emissions 50% by 2030 from 2019.",
    )
    orders = checks_of(data, "order")
    names = {str(name) for order in orders for name in order}  # type: ignore[attr-defined]
    dates = {claims_of(data)[n]["date"] for n in names if n != "source.published"}
    assert dates == {"2010", "2019"}
    assert _failed(result) == []


def test_a_year_after_publication_told_as_past_is_still_flagged(tmp_path: Path) -> None:
    """No word looks ahead: "closed in 2052" for 2025 stays in the order check."""
    _, result = drafted(tmp_path, "The plant closed in 2052 after 40 years of output.")
    assert verdicts_of(result, "order") == [Verdict.MISMATCH]


def test_a_fiscal_year_is_not_drafted_as_the_calendar_year(tmp_path: Path) -> None:
    """"The first half of fiscal 2026" was drafted as the date 2026 and the value "half"."""
    data, result = drafted(
        tmp_path,
        "Sales for the first half of fiscal 2026 were $9.37 billion. For fiscal 2025, the "
        "year to Sept. 30, profit was 1.2 billion euros.",
    )
    values = values_of(data)
    assert {"$9.37 billion", "1.2 billion euros"} <= set(values)
    assert not {"2025", "2026", "half"} & set(values)
    assert _failed(result) == []


def test_half_of_a_count_is_still_drafted(tmp_path: Path) -> None:
    data, _ = drafted(tmp_path, "Half of the 1,200 staff were sent home.")
    assert "Half" in values_of(data)


def test_a_to_of_a_participle_clause_is_not_the_changes_end(tmp_path: Path) -> None:
    """"Rose 5.9% from $4.55 billion in the first quarter, bringing sales for the half to
    $9.37 billion": the $9.37 billion is what "bringing" reached, no end of the rise."""
    data, result = drafted(
        tmp_path,
        "Revenue rose 5.9% from $4.55 billion in the first quarter, bringing sales for the "
        "half to $9.37 billion.",
    )
    assert checks_of(data, "change") == []
    assert _failed(result) == []


def test_a_change_with_both_ends_in_its_clause_is_still_drafted(tmp_path: Path) -> None:
    _, result = drafted(
        tmp_path,
        "Revenue rose 5.9% to $4.82 billion from $4.55 billion. Costs rose 25% to $2.2 billion "
        "from $2.1 billion.",
    )
    assert verdicts_of(result, "change") == [Verdict.CONSISTENT, Verdict.MISMATCH]


# --- a conversion in brackets carries the qualifier before it -----------------------------


def test_a_conversion_in_brackets_is_drafted_with_its_qualifier(tmp_path: Path) -> None:
    """"About 40 km (25 miles)" was drafted `25 miles`, which failed its own quote check
    (the quote check carries the "about" into the brackets)."""
    data, result = drafted(
        tmp_path,
        "The artillery has a range of about 40 km (25 miles). The missiles can strike targets "
        "up to 300 km (186 miles) away. Donors pledged more than 2 billion euros ($2.1 "
        "billion) for Sudan at a conference in Paris on Monday.",
    )
    values = values_of(data)
    assert {"about 25 miles", "up to 186 miles", "more than $2.1 billion"} <= set(values)
    assert verdicts_of(result, "same") == [Verdict.CONSISTENT] * 3
    assert _failed(result) == []


def test_a_wrong_conversion_with_a_qualifier_is_still_flagged(tmp_path: Path) -> None:
    data, result = drafted(tmp_path, "The artillery has a range of about 40 km (45 miles).")
    assert "about 45 miles" in values_of(data)
    assert verdicts_of(result, "same") == [Verdict.MISMATCH]
    assert verdicts_of(result, "quote") == [Verdict.CONSISTENT] * 3


def test_a_conversion_of_a_temperature_after_about_is_left_as_written(tmp_path: Path) -> None:
    """"About" is no band of a temperature reading: the bracket stays as written."""
    data, _ = drafted(tmp_path, "The furnace reached about 370C (698F) on Monday.")
    assert "698F" in values_of(data)


# --- an "including" list ends where its parts end; a rate is no count ----------------------


HOSTAGES = (
    "During the truce, 105 hostages were freed, including 81 Israelis and {n} foreign "
    "nationals, in exchange for 240 Palestinian prisoners - a ratio of more than two "
    "prisoners for every hostage."
)


def test_an_including_list_stops_before_in_exchange_for(tmp_path: Path) -> None:
    """The 240 prisoners were added to the hostages' parts: a false mismatch."""
    data, result = drafted(tmp_path, HOSTAGES.format(n=24))
    sums = [c for c in data["checks"] if "sum" in c]  # type: ignore[attr-defined]
    assert len(sums) == 1 and len(sums[0]["sum"]) == 2
    assert verdicts_of(result, "sum") == [Verdict.CONSISTENT]
    assert _failed(result) == []


def test_an_including_list_too_large_for_its_whole_is_still_flagged(tmp_path: Path) -> None:
    _, result = drafted(tmp_path, HOSTAGES.format(n=34))
    assert verdicts_of(result, "sum") == [Verdict.MISMATCH]


def test_an_including_list_with_a_subject_for_each_part_is_kept(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path,
        "Total spending by allies is put at $1.47 trillion, of which the United States "
        "accounts for $968 billion, and European members and Canada $506 billion.",
    )
    within = [c for c in data["checks"] if "at_most" in c]  # type: ignore[attr-defined]
    assert [c["sum"] for c in within] == [["states_accounts", "canada_members"]]
    assert _failed(result) == []


def test_a_count_per_day_is_a_rate_and_no_part(tmp_path: Path) -> None:
    """"More than 23,000 people displaced every day" was a count, suggested as a part of
    the 8.6 million displaced."""
    data, result = drafted(
        tmp_path,
        "Some 8.6 million people have been forced from their homes since April 15 last year, "
        "including 1.8 million who have fled abroad - an average of more than 23,000 people "
        "displaced every day for a year.",
    )
    assert "more than 23,000 people displaced every day" in values_of(data)
    assert checks_of(data, "sum") == []
    assert checks_of(data, "expect") == ["fled_abroad <= forced_homes"]
    assert _failed(result) == []


# --- "for every" is a rate; odd counted nouns ---------------------------------------------


def test_for_every_is_drafted_as_a_rate(tmp_path: Path) -> None:
    """"Roughly 610 voters for every polling station" was the count `roughly 610 voters`."""
    data, result = drafted(
        tmp_path,
        "The commission set up 10.5 lakh polling stations, or roughly 610 voters for every "
        "polling station. Spending reached Rs 1.35 lakh crore, roughly Rs 2,100 for every vote "
        "cast.",
    )
    values = values_of(data)
    settings = data.get("settings") or {}
    assert isinstance(settings, dict)
    context = Context.of(currencies=settings.get("currencies"))
    rates = {
        value: parse_figure(value, context).dimension
        for value in values
        if "every" in value or "per" in value
    }
    assert rates == {
        "roughly 610 voters for every polling station": (("[per:polling station]", -1),),
        "roughly Rs 2,100 for every vote cast": (
            ("[currency_INR]", 1), ("[per:vote cast]", -1),
        ),
    }
    assert _failed(result) == []


def test_a_ratio_for_every_number_is_left_to_the_value_grammar(tmp_path: Path) -> None:
    data, _ = drafted(tmp_path, "There is one officer for every 260 people in the district.")
    assert not any("per" in value for value in values_of(data))


def test_odd_counted_nouns_are_cut(tmp_path: Path) -> None:
    """`32 short`, `about 64.2 crore cast`, `1.5 crore polling`: no nouns of a count."""
    data, _ = drafted(
        tmp_path,
        "The BJP won 240 seats, 32 short of the 272 needed for a majority. About 64.2 crore "
        "cast their ballots. The commission deployed 1.5 crore polling and security personnel.",
    )
    values = values_of(data)
    assert {"32", "About 64.2 crore", "1.5 crore"} <= set(values)
    assert not any(v.endswith(("short", "cast", "polling")) for v in values)


def test_counted_nouns_before_and_are_kept(tmp_path: Path) -> None:
    data, _ = drafted(tmp_path, "Traders sold 5 apples and 3 pears, and 200 armed police stood by.")
    assert {"5 apples", "3 pears", "200 armed police"} <= set(values_of(data))


# --- a percentage after the object of a change is its size --------------------------------


DIVIDEND = "Redwood also raised its quarterly dividend {p}% to 22 cents a share from 20 cents."


def test_a_raise_by_a_percentage_after_its_object_is_a_change(tmp_path: Path) -> None:
    """"Raised its quarterly dividend 10% to 22 cents a share from 20 cents" was drafted
    with the 10% alone and only the direction of the change."""
    data, result = drafted(tmp_path, DIVIDEND.format(p=10))
    assert len(checks_of(data, "change")) == 1
    assert verdicts_of(result, "change") == [Verdict.CONSISTENT]


def test_a_raise_by_the_wrong_percentage_is_flagged(tmp_path: Path) -> None:
    _, result = drafted(tmp_path, DIVIDEND.format(p=25))
    assert verdicts_of(result, "change") == [Verdict.MISMATCH]


def test_a_percentage_after_a_preposition_is_no_size(tmp_path: Path) -> None:
    data, _ = drafted(tmp_path, "Unemployment rose in the region to 5.2% from 4.8%.")
    assert checks_of(data, "change") == []
    assert len(checks_of(data, "expect")) == 1  # its direction only


# --- a change's figures come from its own clause; no per-cent size between percentages ------


RATES = (
    "HSBC raised its mortgage rates 0.2% to 4.79% from 4.59%, and Barclays lifted its savings "
    "rate 0.5% to 3.5% from 3%."
)


def test_no_change_pairs_figures_across_clauses_or_takes_a_range_as_its_size(
    tmp_path: Path,
) -> None:
    """The object-then-percentage rule drafted `change: {from: 3%, to: 4.59%, by: "0.5% to
    3.5%"}` (Barclays' start, HSBC's end, a size misread as a range): a false mismatch on a
    correct story."""
    data, result = drafted(tmp_path, RATES)
    assert checks_of(data, "change") == []
    assert _failed(result) == []


def test_a_per_cent_size_between_percentages_is_no_change(tmp_path: Path) -> None:
    """Rates copy writes points as per cent: "rose 0.3% to 5.2% from 4.9%" is 0.3 points."""
    data, result = drafted(tmp_path, "The jobless rate rose 0.3%, to 5.2% from 4.9%.")
    assert checks_of(data, "change") == []
    assert _failed(result) == []


@pytest.mark.parametrize(("size", "verdict"), [("0.3", "consistent"), ("0.5", "mismatch")])
def test_a_size_in_points_between_percentages_is_still_a_change(
    tmp_path: Path, size: str, verdict: str
) -> None:
    data, result = drafted(
        tmp_path, f"The jobless rate rose {size} percentage points to 5.2% from 4.9%."
    )
    assert len(checks_of(data, "change")) == 1
    assert [v.value for v in verdicts_of(result, "change")] == [verdict]


@pytest.mark.parametrize(
    ("size", "verdicts"), [(10, ["consistent"] * 2), (20, ["consistent", "mismatch"])]
)
def test_two_changes_joined_by_and_are_each_their_own(
    tmp_path: Path, size: int, verdicts: list[str]
) -> None:
    data, result = drafted(
        tmp_path,
        f"Shell raised its dividend 4% to 34.4 cents from 33.1 cents, and BP lifted its payout "
        f"{size}% to 8 cents from 7.27 cents.",
    )
    assert len(checks_of(data, "change")) == 2
    assert [v.value for v in verdicts_of(result, "change")] == verdicts


# --- a word that looks ahead covers only the year it governs -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme, which was founded in 2031, expects sales to rise.",
        "The bridge was built in 2031 and the city expects traffic to double.",
    ],
)
def test_a_past_year_in_a_sentence_that_looks_ahead_is_still_flagged(
    tmp_path: Path, sentence: str
) -> None:
    """"Expects" anywhere in the sentence dropped a mistyped 2031 (for 1931) from the
    order of past events."""
    _, result = drafted(tmp_path, sentence)
    assert verdicts_of(result, "order") == [Verdict.MISMATCH]


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme expects sales to rise in 2027.",
        "Completion is expected in 2027, the firm said.",
        "Acme reaffirmed its 2050 net-zero target.",
        "In the 2026 fiscal year the company expects a loss.",
        "Acme, founded in 1931, expects sales to rise by 2030.",
    ],
)
def test_a_year_governed_by_a_word_that_looks_ahead_is_no_past_event(
    tmp_path: Path, sentence: str
) -> None:
    _, result = drafted(tmp_path, sentence)
    assert _failed(result) == []


# --- near variants: a period's half before "to", a year before "fiscal year", a passive rate --


def test_the_first_half_before_to_is_no_range(tmp_path: Path) -> None:
    """"Bringing sales for the first half to $3.6 billion" drafted `half to $3.6 billion`."""
    data, _ = drafted(
        tmp_path,
        "Sales rose 5.9% from $3.4 billion in the quarter, bringing sales for the first half "
        "to $3.6 billion.",
    )
    values = values_of(data)
    assert "$3.6 billion" in values
    assert not [v for v in values if "half" in v]


def test_a_range_from_half_is_still_a_range(tmp_path: Path) -> None:
    data, _ = drafted(tmp_path, "Half to two-thirds of the 1,200 staff were sent home.")
    assert any(v.lower().startswith("half to") for v in values_of(data))


def test_a_year_before_fiscal_year_is_not_drafted_as_the_calendar_year(tmp_path: Path) -> None:
    data, _ = drafted(
        tmp_path, "In the 2025 fiscal year the company expects a loss. The plant opened in 2019."
    )
    assert values_of(data)[1:] == ["2019"]


def test_a_passive_for_every_is_a_rate(tmp_path: Path) -> None:
    data, _ = drafted(
        tmp_path, "Roughly Rs 2,100 was spent for every vote cast. Rs 500 was spent on each booth."
    )
    values = values_of(data)
    assert "Roughly Rs 2,100 per vote cast" in values
    assert "Rs 500" in values
