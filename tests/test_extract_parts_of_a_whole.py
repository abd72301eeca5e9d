"""`claim-checks extract`: parts of a whole named by "the remaining" and "accounting for".

"The remaining £3m" is the rest of a whole the text states.
"Funding comes from a £30m grant and £15m of borrowing, with the remaining £3m raised
through the sale of land" after a £48 million plan: the parts and the rest add up to the
plan's cost, and the draft sums them. The whole is the sentence's first figure ("Of the
1,200 jobs, …") or one stated before the sentence; when no figure fits, nothing is
suggested, since a guessed whole would fail a correct story.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_drafts import checks_of, claims_of, drafted, rerun, verdicts_of

from checks.results import Verdict

FUNDING = (
    "The council has approved a £48 million plan to build a leisure centre.\n\n"
    "Funding comes from a £30m government grant and £15m of council borrowing, with the"
    " remaining £3m raised through the sale of land."
)


def test_the_rest_and_the_parts_before_it_add_up_to_the_whole_stated_earlier(
    tmp_path: Path,
) -> None:
    data, result = drafted(tmp_path, FUNDING)
    claims = claims_of(data)
    (summed,) = checks_of(data, "sum")
    values = [claims[name]["value"] for name in summed]
    assert values == ["£30m", "£15m", "£3m"]
    assert claims[data["checks"][0]["equals"]]["value"] == "£48 million"  # type: ignore[index]
    assert verdicts_of(result, "sum") == [Verdict.CONSISTENT]


def test_a_rest_retyped_wrong_is_flagged(tmp_path: Path) -> None:
    data, _ = drafted(tmp_path, FUNDING)
    (summed,) = checks_of(data, "sum")
    claims_of(data)[summed[-1]]["value"] = "£13m"
    assert verdicts_of(rerun(tmp_path, data), "sum") == [Verdict.MISMATCH]


def test_the_whole_may_open_the_sentence(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path,
        "Of the 1,200 jobs, 800 will be in London, 300 in Leeds and the remaining 100 in Hull.",
    )
    claims = claims_of(data)
    (summed,) = checks_of(data, "sum")
    assert [claims[name]["value"] for name in summed] == ["800", "300", "100"]
    assert claims[data["checks"][0]["equals"]]["value"] == "1,200 jobs"  # type: ignore[index]
    assert verdicts_of(result, "sum") == [Verdict.CONSISTENT]


def test_no_whole_that_fits_means_no_suggestion(tmp_path: Path) -> None:
    """The council's £300m budget is no whole of a £48m centre's funding, and a rest in
    per cent has 100% for its whole, which no claim states."""
    data, result = drafted(
        tmp_path,
        "The council's annual budget is £300m.\n\nThe centre will be funded by a £30m grant"
        " and £15m of borrowing, with the remaining £3m from land sales. Of voters, 35% backed"
        " Labour, 25% the Conservatives and the remaining 40% other parties.",
    )
    assert checks_of(data, "sum") == []
    assert verdicts_of(result, "sum") == []


FLIGHTS = (
    "Around 400 flights were cancelled at Manchester, Liverpool and Leeds Bradford airports,"
    " with Manchester accounting for {first} and Liverpool for 95."
)


def test_parts_accounting_for_a_whole_are_within_it(tmp_path: Path) -> None:
    """"With Manchester accounting for 230 and Liverpool for 95": parts of the 400 flights
    (Leeds Bradford's are not given, so the parts stay within the whole); the list goes on
    past "for", which repeats the cue in place of its verb."""
    data, result = drafted(tmp_path, FLIGHTS.format(first=230))
    claims = claims_of(data)
    (summed,) = checks_of(data, "sum")
    assert [claims[name]["value"] for name in summed] == ["230", "95"]
    assert claims[data["checks"][0]["at_most"]]["value"] == "Around 400 flights"  # type: ignore[index]
    assert verdicts_of(result, "sum") == [Verdict.CONSISTENT]


def test_parts_beyond_the_whole_they_account_for_are_flagged(tmp_path: Path) -> None:
    _, result = drafted(tmp_path, FLIGHTS.format(first=390))
    assert verdicts_of(result, "sum") == [Verdict.MISMATCH]


def test_accounting_for_a_share_or_without_a_figure_is_no_part(tmp_path: Path) -> None:
    """"Accounting for 20% of revenue" is a share, not a part of $5bn; "accounting for
    inflation" names no figure."""
    data, _ = drafted(
        tmp_path,
        "Sales were $5bn, accounting for 20% of revenue. Accounting for inflation, wages rose"
        " to $900 a week, with bonuses accounting for more of it.",
    )
    assert checks_of(data, "sum") == []
    assert [c for c in data.get("checks") or [] if "expect" in c] == []  # type: ignore[attr-defined]


POWER = (
    "More than 45,000 homes were without power on Sunday night after winds of up to 90mph"
    " swept across the region. By Monday morning the number had fallen to 12,500, a drop of"
    " more than {drop}%."
)


def test_the_number_of_a_change_is_the_figure_of_the_sentence_before(tmp_path: Path) -> None:
    """"By Monday morning the number had fallen to 12,500, a drop of more than 70%": from
    the 45,000 homes of the sentence before (the 90mph winds are no number of homes)."""
    data, result = drafted(tmp_path, POWER.format(drop=70))
    claims = claims_of(data)
    (change,) = checks_of(data, "change")
    assert claims[change["from"]]["value"] == "More than 45,000 homes"  # type: ignore[index]
    assert claims[change["to"]]["value"] == "12,500 homes"  # type: ignore[index]
    assert "the number" in data["checks"][0]["note"]  # type: ignore[index]
    assert verdicts_of(result, "change") == [Verdict.CONSISTENT]


@pytest.mark.parametrize(("drop", "verdict"), [(72, Verdict.CONSISTENT), (80, Verdict.MISMATCH)])
def test_a_fall_the_numbers_do_not_make_is_flagged(
    tmp_path: Path, drop: int, verdict: Verdict
) -> None:
    """From exactly 45,000 homes to 12,500 is a drop of more than 72% but not of more than
    80%. (From "more than 45,000", a drop of more than 80% may hold: that start has no
    upper bound.)"""
    story = POWER.replace("More than 45,000", "In all, 45,000").format(drop=drop)
    _, result = drafted(tmp_path, story)
    assert verdicts_of(result, "change") == [verdict]


def test_the_number_with_two_candidates_before_starts_no_change(tmp_path: Path) -> None:
    """Two counts in the sentence before: which one "the number" is cannot be told."""
    data, _ = drafted(
        tmp_path,
        "More than 45,000 homes and 3,000 businesses were without power on Sunday. By Monday"
        " the number had fallen to 12,500, a drop of more than 70%.",
    )
    assert checks_of(data, "change") == []


@pytest.mark.parametrize(("closed", "verdict"), [(24, Verdict.CONSISTENT), (324, Verdict.MISMATCH)])
def test_a_count_of_its_whole_is_within_it(tmp_path: Path, closed: int, verdict: Verdict) -> None:
    """"The group will close 24 of its 310 stores": 24 stores are within the 310, as "3
    out of 10" are; 324 of them are not."""
    data, result = drafted(tmp_path, f"The group will close {closed} of its 310 stores.")
    ids = {fields["value"]: name for name, fields in claims_of(data).items() if "value" in fields}
    (within,) = [c["expect"] for c in data["checks"] if "expect" in c]  # type: ignore[attr-defined]
    assert within == f"{ids[str(closed)]} <= {ids['310 stores']}"
    assert verdicts_of(result, "expect") == [verdict]


def test_a_share_of_its_whole_is_no_count_within_it(tmp_path: Path) -> None:
    """"About a quarter of the 42,000 staff" is a share of them, not a count within them."""
    data, _ = drafted(tmp_path, "About a quarter of the 42,000 staff will retire within ten years.")
    assert [c for c in data.get("checks") or [] if "expect" in c] == []  # type: ignore[attr-defined]


VOTES = (
    "Labour held the seat with 14,210 votes, ahead of Reform UK on 12,874 and the"
    " Conservatives on 6,102. The Liberal Democrats took 2,955 and the Greens 1,480.\n\n"
    "Labour's majority fell to 1,336 from 9,412 at last year's general election.\n\n"
    "In all, {total} votes were cast."
)


def test_a_total_alone_in_its_paragraph_sums_the_parts_of_an_earlier_one(
    tmp_path: Path,
) -> None:
    """"In all, 37,621 votes were cast" (a total that opens its sentence) two paragraphs
    after the five candidates' votes, past the majorities of the paragraph between: the
    five add up to it as written, and the draft sums them."""
    data, result = drafted(tmp_path, VOTES.format(total="37,621"))
    claims = claims_of(data)
    (summed,) = checks_of(data, "sum")
    assert [claims[name]["value"] for name in summed] == [
        "14,210 votes", "12,874", "6,102", "2,955", "1,480"
    ]
    assert verdicts_of(result, "sum") == [Verdict.CONSISTENT]


def test_a_far_total_that_nothing_fits_gets_no_guess(tmp_path: Path) -> None:
    """A wrong total alone in its paragraph is not guessed from figures paragraphs away
    (which of them would be its parts cannot be told); its own parts are guessed from, as
    "Some 620 graduated and 90 moved on, 800 in total" is (tests/test_extract_review.py)."""
    data, _ = drafted(tmp_path, VOTES.format(total="37,721"))
    assert checks_of(data, "sum") == []


# --- after an adversarial review -----------------------------------------------------------


def test_accounting_for_as_taking_into_account_lists_no_parts(tmp_path: Path) -> None:
    """"1.4% after accounting for 4.2% inflation", "even accounting for 30,000 people who
    moved abroad": what is taken into account, no part of the figure before it (drafted
    so, both failed a correct story)."""
    data, result = drafted(
        tmp_path,
        "Regular pay rose 5.6% in the year, or 1.4% after accounting for 4.2% inflation. The"
        " population grew by 12,000 last year, even accounting for 30,000 people who moved"
        " abroad.",
    )
    assert checks_of(data, "expect") == [] and checks_of(data, "sum") == []
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


def test_an_addition_in_the_sentence_before_is_no_start_of_the_tally(tmp_path: Path) -> None:
    """"Another 12 cases were confirmed overnight. The tally has risen to 230, a rise of 40%
    in a week": the 12 are added to the tally, not its level a week ago; and "the number
    had fallen to 900" with no size links too loosely to the 14 shelters before it."""
    data, result = drafted(
        tmp_path,
        "Another 12 cases were confirmed overnight. The tally has risen to 230, a rise of 40%"
        " in a week.\n\nAid agencies said 14 shelters were open across the region. By Friday"
        " the number had fallen to 900 as people returned home.",
    )
    assert checks_of(data, "change") == [] and checks_of(data, "expect") == []
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


def test_whole_named_first_is_summed_even_when_the_rest_does_not_fit(tmp_path: Path) -> None:
    """"Of the 1,100 jobs, 800 … 200 … and the remaining 300": the sentence names its whole,
    so the slip (800 + 200 + 300 is 1,300) is drafted and flagged, not dropped."""
    data, result = drafted(
        tmp_path,
        "Of the 1,100 jobs, 800 will be in London, 200 in Leeds and the remaining 300 at head"
        " office.",
    )
    assert len(checks_of(data, "sum")) == 1
    assert verdicts_of(result, "sum") == [Verdict.MISMATCH]


def test_a_whole_that_opens_the_sentence_is_not_summed_past_other_figures(
    tmp_path: Path,
) -> None:
    """"Of the 12 regions, London lost 800 jobs, Leeds lost 200 and the remaining 10 regions
    lost 300": the jobs between the whole and the rest are not its parts, and "20% to
    hospitals" is no amount of the £1.1bn: a sum drafted over them would fail a correct
    story, so none is drafted."""
    data, _ = drafted(
        tmp_path,
        "Of the 12 regions, London lost 800 jobs, Leeds lost 200 and the remaining 10 regions"
        " lost 300 between them. Of the £1.1bn budget, £800m goes to schools, 20% to hospitals"
        " and the remaining £100m to roads.",
    )
    assert checks_of(data, "sum") == []


def test_a_count_before_of_is_no_share(tmp_path: Path) -> None:
    """"Two ahead of Arsenal on 89": "two" opens the figure as "two-thirds" would, but it
    is a count, no share of the 89 (the draft's `share` check was an error)."""
    data, result = drafted(
        tmp_path,
        "City beat West Ham 3-1 to finish on 91 points, two ahead of Arsenal on 89.",
    )
    assert checks_of(data, "share") == []
    assert result.errors == () and all(c.verdict is not Verdict.ERROR for c in result.checks)


@pytest.mark.parametrize(("rise", "verdict"), [(35, Verdict.CONSISTENT), (45, Verdict.MISMATCH)])
def test_compared_with_is_where_a_change_starts(
    tmp_path: Path, rise: int, verdict: Verdict
) -> None:
    """"Admissions rose 35% to 1,420 last week, compared with 1,050 the week before": a
    change from the 1,050 (1,420 is 35% more; 45% is a slip), as "up from 1,050" would
    be. "Compared with a forecast of …" is no start."""
    data, result = drafted(
        tmp_path,
        f"Hospital admissions rose {rise}% to 1,420 last week, compared with 1,050 the week"
        " before. Sales rose 5% to $200m, compared with a forecast of $210m.",
    )
    claims = claims_of(data)
    (change,) = checks_of(data, "change")
    assert claims[change["from"]]["value"] == "1,050"  # type: ignore[index]
    assert verdicts_of(result, "change") == [verdict]


# --- an election's majority ------------------------------------------------------------------


@pytest.mark.parametrize(("majority", "verdict"), [("1,336", Verdict.CONSISTENT),
                                                   ("1,436", Verdict.MISMATCH)])
def test_a_majority_is_the_winners_votes_less_the_runner_ups(
    tmp_path: Path, majority: str, verdict: Verdict
) -> None:
    """"Labour held the seat with 14,210 votes, ahead of Reform UK on 12,874 …" and "Labour's
    majority fell to 1,336 from 9,412": 14,210 − 12,874 is 1,336 (1,436 is a slip). The
    9,412 it fell from, the turnout and the votes cast are no candidate's."""
    data, result = drafted(
        tmp_path,
        "Turnout was 41.2%, with 37,621 votes cast. Labour held the seat with 14,210 votes,"
        " ahead of Reform UK on 12,874 and the Conservatives on 6,102.\n\n"
        f"Labour's majority fell to {majority} from 9,412 at last year's general election.",
    )
    claims = claims_of(data)
    expects = checks_of(data, "expect")
    margins = [e for e in expects if " - " in e]  # type: ignore[operator]
    assert len(margins) == 1
    winner, _, runner_up, _, majority_id = margins[0].split()  # type: ignore[attr-defined]
    assert claims[winner]["value"] == "14,210 votes"
    assert claims[runner_up]["value"] == "12,874"
    assert claims[majority_id]["value"] == majority
    (judged,) = [
        c for c in result.checks
        if c.kind == "expect" and winner in c.check_id and runner_up in c.check_id
    ]  # fmt: skip
    assert judged.verdict == verdict


def test_a_majority_in_seats_or_per_cent_is_no_margin_of_votes(tmp_path: Path) -> None:
    data, _ = drafted(
        tmp_path,
        "Labour won 411 seats to the Conservatives' 121, a majority of 174 seats. Its share"
        " was 33.7%, a majority of 12%.",
    )
    assert [e for e in checks_of(data, "expect") if " - " in e] == []  # type: ignore[operator]
