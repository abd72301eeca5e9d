"""Wrong verdicts and misleading messages of the kinds and diagnoses, from the housing,
crime and transport reviews; each pinned by the sentence that showed it."""

from __future__ import annotations

import pytest

from tests.test_kind_fixes import document, judge, one

# --- a change between two ranges reads each end to its own digits ---------------------------

CUT = {"old_r": {"value": "5.25%-5.50%"}, "new_r": {"value": "4.75%-5.00%"}}


@pytest.mark.parametrize(("by", "verdict"), [
    ("-50 basis points", "consistent"),  # what the Fed did
    ("-0.5 percentage points", "consistent"),
    ("-1 percentage point", "rounding"),  # as for single figures: 0.5 only rounds to 1
    ("-1.0 percentage point", "mismatch"),
    ("-100 basis points", "mismatch"),
])
def test_a_range_to_range_change_reads_its_ends_to_their_digits(by: str, verdict: str) -> None:
    """"Cut by 1 percentage point, from 5.25%-5.50% to 4.75%-5.00%" was consistent: the
    rule that reads a change's percentages to the digits of the finest of them was applied
    to the ranges, which have no written width, and not to their ends."""
    text = document("2024-09-18", CUT, [f"change: {{from: old_r, to: new_r, by: {by}}}"])
    assert one(text).verdict.value == verdict


def test_the_single_figures_of_the_same_cut_are_judged_alike() -> None:
    """The ends of a range and the same figures written singly get one verdict."""
    claims = {"o": {"value": "5.25%"}, "n": {"value": "4.75%"}}
    checks = [
        "change: {from: o, to: n, by: -1 percentage point}",
        "change: {from: o, to: n, by: -50 basis points}",
    ]
    assert [c.verdict.value for c in judge(document("2024-09-18", claims, checks))] == [
        "rounding", "consistent",
    ]


def test_per_cent_for_points_between_ranges_holds_only_leniently() -> None:
    """`by: -1%` between the two ranges was diagnosed as "holds if -1% is read as −1
    percentage points", as if it held as written, when the ends moved by half a point."""
    text = document("2024-09-18", CUT, ["change: {from: old_r, to: new_r, by: -1%}"])
    check = one(text)
    assert check.verdict.value == "mismatch"
    assert check.diagnosis is None or "reading round figures as rounded" in check.diagnosis.message


# --- points between counts ------------------------------------------------------------------

ENCOUNTERS = {
    "fy23": {"value": "2.48 million encounters"},
    "fy24": {"value": "2.14 million encounters"},
}


@pytest.mark.parametrize("by", ["-14 percentage points", "-14 points"])
def test_points_between_counts_suggest_a_relative_change(by: str) -> None:
    """"Down from a record 2.48 million, a decline of about 14%" recorded in points was
    told to write "−14 million encounters", a scale word the change does not have."""
    text = document("2024-10-22", ENCOUNTERS, [f"change: {{from: fy23, to: fy24, by: {by}}}"])
    check = one(text)
    assert check.verdict.value == "error"
    assert "`−14%`" in check.message and "`−0.34 million encounters`" in check.message
    assert "−14 million" not in check.message


def test_points_beside_rates_still_suggest_their_unit() -> None:
    """Points beside a rate per 100,000 are its unit: the advice stays `2.2 per 100,000`."""
    claims = {"a": {"value": "20.1 per 100,000"}, "b": {"value": "22.3 per 100,000"}}
    check = one(document("2024-10-22", claims, ["change: {from: a, to: b, by: 2.2 points}"]))
    assert check.verdict.value == "error"
    assert "`2.2 per 100,000`" in check.message


# --- "almost" on a fall bounds its size -----------------------------------------------------

CROSSINGS = {
    "before": {"value": "3,000 people"},
    "after": {"value": "2,050 people"},  # −31.7%: "fell by almost a third"
    "half": {"value": "1,500 people"},
    "fifth": {"value": "2,400 people"},
}


@pytest.mark.parametrize(("to", "by", "verdict"), [
    ("after", "almost -33%", "consistent"),
    ("after", "almost a third fewer", "consistent"),
    ("half", "almost -33%", "mismatch"),  # a fall of a half is more than almost a third
    ("fifth", "almost -33%", "mismatch"),  # a fall of a fifth is well short of it
])
def test_almost_on_a_fall_bounds_its_size(to: str, by: str, verdict: str) -> None:
    """"Fell by almost a third": `almost -33%` is a fall of 29.7% to 33%, not of any size
    up to 33% nor one beyond it (the reviewer's doubt; the quote of it is another matter)."""
    text = document("2024-05-01", CROSSINGS, [f"change: {{from: before, to: {to}, by: {by}}}"])
    assert one(text).verdict.value == verdict


# --- diagnoses: a slip that holds as written before one that needs loose figures -----------


def test_a_round_misprint_of_a_copied_count_is_a_transposition() -> None:
    """"201 homicides, down 23.6% from 263" printed with 210: the diagnosis named a change
    computed against the new value, which fits only with 210 read as rounded; 201 fits as
    written, and only the printed figure is round."""
    claims = {
        "y23": {"value": "263 homicides"},
        "y24": {"value": "210 homicides"},
        "y24_right": {"value": "201 homicides"},
    }
    checks = [
        "change: {from: y23, to: y24, by: -23.6%}",
        "change: {from: y23, to: y24_right, by: -23.6%}",
    ]
    wrong, right = judge(document("2025-01-03", claims, checks))
    assert right.verdict.value == "consistent"
    assert wrong.verdict.value == "mismatch"
    assert wrong.diagnosis is not None and wrong.diagnosis.cause == "digit_transposition"
    assert "201 homicides" in wrong.diagnosis.message


def test_a_sum_of_round_figures_gets_no_swap_into_a_round_total() -> None:
    """Round figures sum to round totals: 4,500 + 950 = 5,000 fails, and 4,050 would fit,
    but a swap that moves a zero inwards fits such sums by chance; it is not proposed."""
    claims = {
        "a": {"value": "4,500 people"},
        "b": {"value": "950 people"},
        "t": {"value": "5,000 people"},
    }
    check = one(document("2025-01-03", claims, ["sum: [a, b]\n    equals: t"]))
    assert check.verdict.value == "mismatch"
    assert check.diagnosis is None or check.diagnosis.cause != "digit_transposition"


RAIL = {
    "nec_mi": {"value": "457 miles"},
    "nec_km": {"value": "735 km"},
    "avg_mph": {"value": "86 mph"},
    "trip_time": {"value": "about 6 hours 45 minutes"},
}


def test_a_unit_the_story_converts_is_not_blamed() -> None:
    """"Runs 457 miles (735 km)" with the speed misprinted: "457 miles read as nautical
    miles" was proposed, though the story's own conversion confirms statute miles."""
    checks = [
        "{id: nec-km, same: [nec_mi, nec_km]}",
        "{id: avg-speed, expect: nec_mi / avg_mph == trip_time}",
    ]
    conversion, speed = judge(document("2023-11-20", RAIL, checks))
    assert conversion.verdict.value == "consistent"
    assert speed.verdict.value == "mismatch"
    assert speed.diagnosis is None or speed.diagnosis.cause != "unit_confusion"


def test_a_unit_slip_against_another_figure_of_the_story_is_still_found() -> None:
    """"The 559-kilometre segment" where a map gives 900 km: 559 miles is 900 km, so the
    other figure confirms the relabelling, and the slip is named."""
    claims = {
        "segment": {"value": "559 km"},
        "segment_other": {"value": "900 km"},
        "segment_mi": {"value": "559 miles"},
    }
    check = one(document("2023-11-20", claims, ["same: [segment, segment_other]"]))
    assert check.verdict.value == "mismatch"
    assert check.diagnosis is not None and check.diagnosis.cause == "unit_confusion"


# --- messages -------------------------------------------------------------------------------


def test_a_share_is_shown_inside_its_own_range() -> None:
    """"334,000 of 1.14 million is 29%, … even if rounded further it is 29.1% to 29.5%":
    the share was shown to the precision of "almost 40%", outside the range beside it."""
    claims = {
        "germany": {"value": "334,000 applications"},
        "total": {"value": "1.14 million applications"},
    }
    check = one(document("2024-02-28", claims, [
        "share: {part: germany, whole: total, is: almost 40%}",
    ]))
    assert check.verdict.value == "mismatch"
    assert "is 29.3%, but" in check.message


def test_a_multiple_of_a_percentage_is_shown_in_percent() -> None:
    """"About 80%, up from 30%, doubling their share": both sides were shown as "0.72–0.88
    times" and "0.59–0.61 times", in the style of `double`."""
    claims = {
        "now": {"value": "about 80%"},
        "then": {"value": "30%"},
        "doubling": {"value": "double"},
        "then_ok": {"value": "40%"},
    }
    checks = [
        "{id: wrong, expect: now == doubling * then}",
        "{id: right, expect: now == doubling * then_ok}",
    ]
    wrong, right = judge(document("2024-01-15", claims, checks))
    assert right.verdict.value == "consistent"
    assert wrong.verdict.value == "mismatch"
    assert "times" not in wrong.message and "59%–61%" in wrong.message
