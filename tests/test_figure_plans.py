"""Figures that differ only in their digits share one reading of their words.

``3,707 households`` and ``9,908 households`` mean the same unit, the same counted noun
and the same rounding rules; the harness reads the words once (a *plan*) and applies it
to each number. That is only a speed-up if it never changes a figure: a figure read right
after another of the same words must be exactly the figure read the long way (the whole
parse tree walked, as ranges and number words always are), and an error must be the same
error with the same message.
"""

from __future__ import annotations

from collections.abc import Callable
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checks import figures
from checks.figures import Context, Figure, FigureError, parse_figure

TEMPLATES = [
    "{}", "{} households", "{} people", "${} million", "-${} million", "−€{}bn", "€{}bn", "£{}m",
    "{} km", "{}-kilometre", "{} miles", "{} tonnes", "{} barrels per day", "{}%", "-{}%",
    "{} percentage points", "{} pp", "more than {} km", "at least {} people",
    "fewer than {} people", "about {} days", "nearly {}%", "some {} households",
    "up to ${} billion", "{} days", "{} weeks", "{} months", "{} years", "{} °C", "-{}°F",
    "{} Δ°C", "{} per 1,000", "{} deaths per 100,000 people", "Rs {} crore", "{} lakh tonnes",
    "{} PKR per USD", "{} mph", "£{} per household", "{} per 0 people", "{} USD per 0 days",
    "{}k", "{} thousand", "{} degrees", "{} per {}", "{} deaths per {} people",
    "${} million per {} km",
]  # fmt: skip
"""Words around a number, the way FORMAT.md's examples write them (some are errors)."""

CONTEXTS = [Context(), Context.of({"Rs": "PKR"}), Context.of(locale="de")]


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A number as a journalist may type it: grouped or not, whole or decimal, zeros."""
    whole = draw(st.one_of(st.integers(0, 999), st.integers(0, 10**13)))
    trailing = draw(st.integers(0, 3))
    whole *= 10**trailing
    text = f"{whole:,}" if draw(st.booleans()) else str(whole)
    if draw(st.booleans()):
        text += "." + draw(st.text("0123456789", min_size=1, max_size=4))
    return text


def _outcome(read: Callable[[], Figure]) -> Figure | str:
    try:
        return read()
    except FigureError as exc:
        return f"error: {exc}"


def _fresh(text: str, context: Context) -> Figure | str:
    figures._parse_figure_cached.cache_clear()
    figures._PLANS.clear()
    return _outcome(lambda: parse_figure(text, context))


def _the_long_way(text: str, context: Context) -> Figure | str:
    """The figure read from its whole parse tree, no plan made or used."""
    with mock.patch.object(figures, "_digits_span", lambda _: None):
        return _fresh(text, context)


def _read_after(
    template: str,
    first: tuple[str, str],
    second: tuple[str, str],
    context: Context,
    first_context: Context,
) -> tuple[Figure | str, Figure | str]:
    """The second figure read the long way, and read right after the first left its plan."""
    text = template.format(*second)
    long_way = _the_long_way(text, context)
    _fresh(template.format(*first), first_context)  # leaves its plan behind
    return _outcome(lambda: parse_figure(text, context)), long_way


@given(
    template=st.sampled_from(TEMPLATES),
    first=st.tuples(numbers(), numbers()),
    second=st.tuples(numbers(), numbers()),
    context=st.sampled_from(CONTEXTS),
    first_context=st.sampled_from(CONTEXTS),
)
def test_a_figure_read_after_one_of_the_same_words_is_the_figure_read_the_long_way(
    template: str,
    first: tuple[str, str],
    second: tuple[str, str],
    context: Context,
    first_context: Context,
) -> None:
    after, long_way = _read_after(template, first, second, context, first_context)
    assert after == long_way


@pytest.mark.parametrize(
    ("template", "first", "second", "first_context"),
    [
        ("{} households", ("3,707", ""), ("9,908", ""), Context()),  # both readings one
        ("{} households", ("3,707", ""), ("9,900", ""), Context()),  # trailing zeros: two
        ("{} per {}", ("5", "1,000"), ("7", "2,000"), Context()),  # a number in the words
        ("{} per 0 people", ("5", ""), ("7", ""), Context()),
        ("-${} million", ("300", ""), ("0", ""), Context()),  # the sign belongs to the plan
        ("-{}%", ("3", ""), ("2.5", ""), Context()),
        ("{} days", ("3", ""), ("2.5", ""), Context()),  # whole days only when written whole
        ("Rs {} crore", ("5", ""), ("5", ""), Context.of({"Rs": "PKR"})),  # context in the key
    ],
)  # fmt: skip
def test_figures_that_once_told_the_two_ways_apart(
    template: str, first: tuple[str, str], second: tuple[str, str], first_context: Context
) -> None:
    after, long_way = _read_after(template, first, second, Context(), first_context)
    assert after == long_way


@pytest.mark.parametrize(
    ("first", "second"),
    [("3,707 households", "9,908 households"), ("$300 million", "$500 million"),
     ("900 km", "700 km"), ("more than 5 km", "more than 7 km")],
)  # fmt: skip
def test_figures_of_the_same_words_share_one_plan(first: str, second: str) -> None:
    _fresh(first, Context())
    parse_figure(second, Context())
    assert len(figures._PLANS) == 1


def test_ranges_and_number_words_are_read_whole_each_time() -> None:
    _fresh("20–30%", Context())
    parse_figure("two days", Context())
    parse_figure("1 crore 62 lakh", Context())
    assert figures._PLANS == {}


@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_a_shape_writes_each_ascii_digit_as_nine_and_keeps_every_other_character(
    text: str,
) -> None:
    """Texts of one shape share a parse; the shape must keep every character in its place."""
    from checks.grammar import shape

    assert shape(text) == "".join("9" if c in "012345678" else c for c in text)


@given(
    st.one_of(
        st.text(alphabet="0123456789,.-−\u202f", max_size=48),
        st.integers(0, 10**45).map(lambda n: f"{n:,}"),
        st.decimals(0, 10**12, places=3).map(lambda d: f"{d:,}"),
    ),
    st.booleans(),
)
@example("١٢٣", False)  # Arabic-Indic digits are not ASCII digits: an error either way
@example("１２", False)
@example("9" * 40, False)
@example("1" * 41, False)
@example(f"{10**40:,}", False)
def test_a_plain_number_read_by_the_short_way_is_the_number_read_in_full(
    text: str, decimal_comma: bool
) -> None:
    def read(function: Callable[[str, bool], object]) -> object:
        try:
            return function(text, decimal_comma)
        except FigureError as exc:
            return str(exc)

    assert read(figures.parse_number_text) == read(figures._number_in_full)
