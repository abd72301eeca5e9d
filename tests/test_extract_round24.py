"""`claim-checks extract` on the readings the quote check and the value grammar learnt.

A draft must be a file the run reads, whose quotes state what its values do: "minus 15
degrees" is `-15`, "topped $880 billion" is more than it, "$1,650 (£1,300) a month" is two
figures. Each case is drafted and run with its quotes checked; a slip planted in the
story must still be flagged.
"""

from __future__ import annotations

from pathlib import Path

from extract_drafts import checks_of, claims_of, drafted, values_of, verdicts_of

from checks.engine import Options, check_file
from checks.results import FileResult, Verdict


def _failed(result: FileResult) -> list[str]:
    return [
        f"{c.kind}: {c.message}"
        for c in result.checks
        if c.verdict in {Verdict.MISMATCH, Verdict.ERROR, Verdict.ROUNDING}
    ]


# --- drafts of the new quote readings are readable values ---------------------------------


def test_minus_before_bare_degrees_is_drafted_with_its_sign(tmp_path: Path) -> None:
    """"Minus 15 degrees" was drafted `minus 15`, which the run refuses (and before that
    `15`, the sign lost)."""
    data, result = drafted(
        tmp_path, "The low was minus 15 degrees on Tuesday. Wind chills of minus 40 degrees hit."
    )
    assert values_of(data)[1:] == ["-15", "-40"]
    assert result.errors == ()
    assert _failed(result) == []


def test_a_minus_before_a_scale_is_still_drafted_as_written(tmp_path: Path) -> None:
    data, result = drafted(tmp_path, "Wind chills of minus 30C were recorded in Fargo.")
    assert values_of(data)[1:] == ["minus 30C"]
    assert _failed(result) == []


def test_a_minus_after_a_bracket_keeps_its_quote(tmp_path: Path) -> None:
    """"(-40F)": the quote check reads the minus after a bracket, so the quote is kept."""
    data, result = drafted(tmp_path, "Lows of -22°F (-30°C) hit Fargo on Monday night.")
    claims = list(claims_of(data).values())[1:]
    assert [c["value"] for c in claims] == ["-22°F", "-30°C"]
    assert all("quote" in c for c in claims)
    assert verdicts_of(result, "same") == [Verdict.CONSISTENT]
    assert _failed(result) == []


def _edited(tmp_path: Path, old: str, new: str) -> FileResult:
    """The draft's result once a reviewer's slip replaces ``old`` with ``new`` in it."""
    draft = tmp_path / "story.yaml"
    text = draft.read_text(encoding="utf-8")
    assert old in text
    draft.write_text(text.replace(old, new), encoding="utf-8")
    return check_file(draft, Options(), tmp_path)


def test_a_lost_sign_in_a_quoted_value_is_still_flagged(tmp_path: Path) -> None:
    drafted(tmp_path, "The low was minus 15 degrees on Tuesday.")
    result = _edited(tmp_path, '"-15"', '"15"')
    assert verdicts_of(result, "quote")[-1] == Verdict.MISMATCH


def test_an_abbreviation_in_brackets_is_dropped_from_the_value(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path, "Data centres used 945 terawatt-hours (TWh) a year in 2023, the agency said."
    )
    assert values_of(data)[1] == "945 terawatt-hours a year"
    assert result.errors == ()
    assert _failed(result) == []


def test_a_conversion_with_one_rate_after_both_is_two_figures(tmp_path: Path) -> None:
    """"$1,650 (£1,300) a month" was one value with the brackets, which the run refuses."""
    data, result = drafted(tmp_path, "Average rent rose to $1,650 (£1,300) a month in Denver.")
    assert values_of(data)[1:] == ["$1,650 a month", "£1,300 a month"]
    assert len(checks_of(data, "same")) == 1
    assert result.errors == ()
    assert verdicts_of(result, "quote") == [Verdict.CONSISTENT] * 3
    assert verdicts_of(result, "same") == [Verdict.CONSISTENT]


def test_a_conversion_with_one_rate_takes_the_qualifier_and_its_quote(tmp_path: Path) -> None:
    """"About $1,650 (£1,300) a month": about both, and the quote is the clause (it was
    cut to "about $1,650 (£1,300", which states no rate)."""
    data, result = drafted(tmp_path, "Rent rose to about $1,650 (£1,300) a month in Denver.")
    claims = list(claims_of(data).values())[1:]
    assert [c["value"] for c in claims] == ["about $1,650 a month", "about £1,300 a month"]
    assert claims[1]["quote"] == "Rent rose to about $1,650 (£1,300) a month in Denver."
    assert _failed(result) == []


def test_a_wrong_conversion_with_one_rate_after_both_is_flagged(tmp_path: Path) -> None:
    _, result = drafted(tmp_path, "Average rent rose to $1,650 (£1,650) a month in Denver.")
    assert verdicts_of(result, "same") == [Verdict.MISMATCH]


# --- drafts carry the bounds the quote check reads ----------------------------------------


def test_verbs_of_surpassing_are_drafted_as_more_than(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path,
        "The death toll climbs past 1,100 after the quake. Net interest topped $880 billion "
        "last year. Losses exceeded 5 billion zlotys, officials said.",
    )
    assert values_of(data)[1:] == [
        "more than 1,100", "more than $880 billion", "more than 5 billion zlotys",
    ]  # fmt: skip
    assert all("quote" in c for c in claims_of(data).values())
    assert _failed(result) == []


def test_passed_and_top_as_a_noun_stay_plain(tmp_path: Path) -> None:
    """"Passed 12 bills" takes what passes; "the top 10" is no verb; "did not exceed" no
    bound above."""
    data, result = drafted(
        tmp_path,
        "The House passed 12 bills on Monday. Only the top 10 firms were named. Costs did "
        "not exceed $5 million in the end.",
    )
    assert values_of(data)[1:] == ["12 bills", "10 firms", "$5 million"]
    assert _failed(result) == []


def test_or_more_is_drafted_as_the_grammar_reads_it(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path, "Doctors found 3 or more cases in the village. The streak could last 30 days "
        "or more, forecasters said.",
    )
    assert values_of(data)[1:] == ["3 or more cases", "30 days or more"]
    assert result.errors == ()
    assert _failed(result) == []


def test_a_period_after_an_amount_and_a_place_is_the_period(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path,
        "The plan would cut spending by $1.5 trillion over 10 years. Rainfall totals reached "
        "18.4 inches in Milton over 36 hours.",
    )
    assert values_of(data)[1:] == ["$1.5 trillion", "10 years", "18.4 inches", "36 hours"]
    assert _failed(result) == []


def test_a_period_after_an_amount_and_whom_it_came_from_is_the_period(tmp_path: Path) -> None:
    """"Stole £2.4 million from clients over seven years" spreads the amount over the
    years, as "in Milton over 36 hours" does; "for over 10 years" stays a bound, and so
    does "€600 to passengers delayed over three hours" (a condition on the passengers)."""
    data, result = drafted(
        tmp_path,
        "He stole £2.4 million from elderly clients over seven years. The club paid £500 to"
        " staff over two years. She was jailed for over 10 years. Airlines must pay €600 to"
        " passengers delayed over three hours. The council will pay £2,000 to families"
        " waiting over two years.",
    )
    assert values_of(data)[1:] == ["£2.4 million", "seven years", "£500", "two years",
                                   "over 10 years", "€600", "over three hours", "£2,000",
                                   "over two years"]
    assert _failed(result) == []


def test_a_bound_over_a_period_after_a_place_and_no_amount_stays(tmp_path: Path) -> None:
    data, _ = drafted(tmp_path, "He had lived in London over 10 years before the move.")
    assert values_of(data)[1:] == ["over 10 years"]


# --- "including" and its list; a change from … to …; categories and magnitudes -------------


def test_an_including_list_ends_at_another(tmp_path: Path) -> None:
    """The 596 "another … were damaged" were paired as a part of the 412 destroyed."""
    data, result = drafted(
        tmp_path,
        "The fire destroyed 412 structures, including 287 homes, and another 596 were "
        "damaged, officials said.",
    )
    assert checks_of(data, "expect") == ["damaged_officials <= fire_destroyed"]
    assert _failed(result) == []


def test_an_including_part_larger_than_its_whole_is_still_flagged(tmp_path: Path) -> None:
    _, result = drafted(
        tmp_path,
        "The fire destroyed 412 structures, including 487 homes, and another 596 were "
        "damaged, officials said.",
    )
    assert verdicts_of(result, "expect") == [Verdict.MISMATCH]


def test_an_including_list_joined_by_and_is_still_kept(tmp_path: Path) -> None:
    data, _ = drafted(
        tmp_path,
        "The fire destroyed 412 structures, including 287 homes and 30 barns, officials said.",
    )
    assert len(checks_of(data, "sum")) == 1


def test_from_to_after_a_verb_of_change_is_two_figures(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path,
        "Forecasters watched Mara's winds jump from 85 knots to 120 knots in 24 hours.",
    )
    assert values_of(data)[1:] == ["85 knots", "120 knots", "24 hours"]
    assert checks_of(data, "expect") == ["winds_jump < winds_jump_mara"]
    assert _failed(result) == []


def test_a_fall_told_as_a_jump_from_to_is_flagged(tmp_path: Path) -> None:
    _, result = drafted(
        tmp_path,
        "Forecasters watched Mara's winds jump from 120 knots to 85 knots in 24 hours.",
    )
    assert verdicts_of(result, "expect") == [Verdict.MISMATCH]


def test_ranges_without_a_verb_of_change_stay_ranges(tmp_path: Path) -> None:
    data, _ = drafted(
        tmp_path,
        "Prices ranged from 20 to 30 dollars. The cuts could rise 5% to 7% next year.",
    )
    assert values_of(data)[1:3] == ["20 to 30 dollars", "5% to 7%"]


def test_a_change_from_a_bare_number_to_a_count_is_drafted(tmp_path: Path) -> None:
    """The grammar reads `12 people` and `20 people`: the sentence was lost before."""
    data, result = drafted(tmp_path, "Cases rose from 12 to 20 people in a week, it said.")
    assert values_of(data)[1:3] == ["12 people", "20 people"]
    assert _failed(result) == []


def test_a_storms_category_is_no_figure(tmp_path: Path) -> None:
    data, _ = drafted(
        tmp_path,
        "Hurricane Mara roared ashore as a Category 4 storm. A category 5 hurricane is rare. "
        "There were 4 storms this year.",
    )
    assert values_of(data)[1:] == ["4 storms"]


def test_an_earthquakes_magnitude_is_its_number(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path,
        "The toll rose after the magnitude 7.2 earthquake. A 6.1-magnitude aftershock "
        "followed. A 7.2 quake releases great energy. There were 3 aftershocks overnight.",
    )
    assert values_of(data)[1:] == [
        "magnitude 7.2", "magnitude 6.1", "magnitude 7.2", "3 aftershocks",
    ]  # fmt: skip
    assert _failed(result) == []


def test_a_wrong_magnitude_in_a_value_is_flagged_by_its_quote(tmp_path: Path) -> None:
    drafted(tmp_path, "The toll rose after the magnitude 7.2 earthquake on Monday.")
    result = _edited(tmp_path, '"magnitude 7.2"', '"magnitude 7.4"')
    assert verdicts_of(result, "quote")[-1] == Verdict.MISMATCH


def test_a_bound_dropped_from_a_surpassing_verb_is_flagged(tmp_path: Path) -> None:
    drafted(tmp_path, "The death toll climbs past 1,100 after the quake.")
    result = _edited(tmp_path, '"more than 1,100"', '"1,100"')
    assert verdicts_of(result, "quote")[-1] == Verdict.MISMATCH


def test_a_model_size_glued_to_a_letter_is_no_figure(tmp_path: Path) -> None:
    data, _ = drafted(
        tmp_path, "Meta released Llama 3.1 405B on Tuesday. It has 405 billion parameters."
    )
    assert values_of(data)[1:] == ["405 billion parameters"]
