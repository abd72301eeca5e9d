"""How numbers are written back: the units and nouns the text used, in agreement."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from checks.display import Display, plural, singular
from checks.engine import Options, run
from checks.intervals import Interval
from checks.kinds import describe_interval


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("deaths", "death"), ("seats", "seat"), ("votes", "vote"), ("days", "day"),
        ("casualties", "casualty"), ("cities", "city"), ("boxes", "box"),
        ("churches", "church"), ("classes", "class"), ("tonnes", "tonne"),
        ("cases", "case"), ("doses", "dose"), ("nurses", "nurse"), ("houses", "house"),
        ("clinics", "clinic"), ("heroes", "hero"), ("quizzes", "quiz"),
        ("movies", "movie"), ("sorties", "sortie"), ("calories", "calorie"), ("lies", "lie"),
        ("niches", "niche"), ("tranches", "tranche"), ("headaches", "headache"),
        ("crises", "crisis"), ("analyses", "analysis"), ("buses", "bus"),
        ("people", "person"), ("children", "child"), ("lives", "life"),
        ("executives", "executive"), ("shoes", "shoe"),
    ],
)  # fmt: skip
def test_a_plural_noun_after_a_difference_of_one_is_singular(plural: str, one: str) -> None:
    assert singular(plural) == one
    assert Display(suffix=plural).format_difference(1.0) == f"1 {one}"
    assert Display(suffix=plural).format_difference(2.0) == f"2 {plural}"


@pytest.mark.parametrize(
    "word",
    ["census", "species", "series", "economics", "news", "measles", "lens", "headquarters",
     "aircraft", "ms", "lbs", "Seats", "households in district"],
)  # fmt: skip
def test_words_without_a_singular_and_symbols_are_left_as_written(word: str) -> None:
    assert singular(word) == word


def test_ranges_and_single_values_keep_the_noun_as_written() -> None:
    style = Display(suffix="deaths")
    assert style.format(1.0) == "1 deaths"  # a figure as the text wrote it
    assert style.format_single(1.0) == "1 death"  # a value standing alone: "is 1 year"
    assert style.format_single(2.0) == "2 deaths"
    assert Display(suffix="deaths", scale=1e6, scale_word="million").format_difference(1e6) == (
        "1 million deaths"
    )


def test_a_sum_off_by_one_seat_says_seat_and_a_range_stays_plural(tmp_path: Path) -> None:
    (tmp_path / "seats.yaml").write_text(
        "source: {title: Election night, published: 2024-07-05}\n"
        "claims:\n"
        "  labour: {value: 411 seats, precision: exact}\n"
        "  others: {value: 239 seats, precision: exact}\n"
        "  total:  {value: 649 seats, precision: exact}\n"
        "  dead_a: {value: 3 deaths}\n  dead_b: {value: 2 deaths}\n"
        "  dead:   {value: fewer than 2 deaths}\n"
        "checks:\n"
        "  - {id: seats, sum: [labour, others], equals: total}\n"
        "  - {id: deaths, sum: [dead_a, dead_b], equals: dead}\n",
        encoding="utf-8",
    )
    seats, deaths = run([str(tmp_path)], Options(details=False)).files[0].checks
    assert seats.verdict.value == "mismatch" and "off by 1 seat," in seats.message
    assert deaths.verdict.value == "mismatch" and "1 death)" not in deaths.message


def test_an_open_ended_span_of_days_reads_as_after_or_before() -> None:
    import datetime as dt
    import math

    from checks.dates import format_days
    from checks.intervals import Interval

    day = float(dt.date(2024, 4, 30).toordinal())
    assert format_days(Interval(day, math.inf, True, True)) == "after 30 April 2024"
    assert format_days(Interval(day, math.inf)) == "on or after 30 April 2024"
    assert format_days(Interval(-math.inf, day, True, True)) == "before 30 April 2024"


def _ends(text: str) -> tuple[float, float]:
    """The two numbers of ``1,428.6–1,429 cases`` or ``−5.25 cases to −5.1 cases``."""
    if " to " in text:
        first, second = text.split(" to ")
    else:
        first, second = text.split(" ")[0].split("–")

    def number(written: str) -> float:
        return float(written.split(" ")[0].replace(",", "").replace("−", "-"))

    return number(first), number(second)


@given(
    lo=st.floats(-1e9, 1e9, allow_nan=False),
    width=st.floats(1e-4, 1e6),
    mark=st.floats(-1e9, 1e9, allow_nan=False),
    divisor=st.sampled_from([3.0, 7.0, 11.0, 13.0, 0.3]),
)
def test_a_computed_interval_is_written_outwards_and_on_its_side_of_every_mark(
    lo: float, width: float, mark: float, divisor: float
) -> None:
    """Shown ends hold every computed value and keep their order with the stated end."""
    low, high = lo / divisor, (lo + width) / divisor
    assume(low < high)
    style = Display(suffix="cases")
    text = describe_interval(Interval(low, high), style, against=Interval(mark, mark))
    shown_low, shown_high = _ends(text)
    for end, shown, outwards in ((low, shown_low, -1), (high, shown_high, 1)):
        exact = math.isclose(shown, end, rel_tol=1e-9, abs_tol=1e-9)  # as _digits_needed
        assert exact or (shown - end) * outwards > 0, text
        if not exact:
            assert (end < mark) == (shown < mark) and (end > mark) == (shown > mark), text


@pytest.mark.parametrize(
    ("noun", "many"),
    [("share", "shares"), ("company", "companies"), ("person", "people"), ("bus", "buses"),
     ("box", "boxes"), ("day", "days"), ("shares", "shares"), ("aircraft", "aircraft")],
)  # fmt: skip
def test_plural_is_the_reverse_of_singular(noun: str, many: str) -> None:
    """"Number of shares", "number of people": the labels of rates per counted thing."""
    assert plural(noun) == many
