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
