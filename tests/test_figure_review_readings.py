"""Figures misread by the elections and conflict reviews, each with a near miss that must stay.

"Voters per polling station" against a count of polling stations, "two prisoners for every
hostage", German scale words and percentages, "50% plus one vote".
"""

from __future__ import annotations

import pytest
from pytest import approx

from checks.figures import Context, FigureError, counts_things, parse_figure, per_thing


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("polling stations", "[per:polling station]"),
        ("ballot boxes", "[per:ballot box]"),
        ("registered voters", "[per:registered voter]"),
        ("barrels of oil", "[per:barrel of oil]"),
        ("households", "[per:household]"),
        ("head of population", "[per:person]"),
    ],
)
def test_a_noun_of_several_words_is_per_its_head(plural: str, singular: str) -> None:
    assert per_thing(plural) == singular


def test_different_heads_stay_different() -> None:
    assert per_thing("polling booths") != per_thing("polling stations")
    assert per_thing("registered voters") != per_thing("voters")


@pytest.mark.parametrize(
    ("text", "lo", "hi", "per"),
    [
        ("more than two prisoners for every hostage", 2, float("inf"), "[per:hostage]"),
        ("nearly five civilians for every combatant", 4.5, 5, "[per:combatant]"),
        ("2 prisoners for each hostage", 1.5, 2.5, "[per:hostage]"),
    ],
)
def test_for_every_is_a_rate(text: str, lo: float, hi: float, per: str) -> None:
    figure = parse_figure(text)
    assert (figure.strict.lo, figure.strict.hi) == (approx(lo), approx(hi))
    assert figure.dimension == ((per, -1),)
    assert not counts_things(figure)


def test_for_each_of_is_no_rate() -> None:
    """"Two for each of the states" names no thing a rate is per: it stays as it was."""
    figure = parse_figure("two for each of the states")
    assert figure.dimension == ()
    with pytest.raises(FigureError):
        parse_figure("$500 for every one of the games")


@pytest.mark.parametrize(
    ("text", "locale", "value", "suffix"),
    [
        ("59,2 Millionen Wahlberechtigte", "de", 59.2e6, "Wahlberechtigte"),
        ("4 Milliarden Euro", "de", 4e9, "Euro"),
        ("3 Billionen Euro", "de", 3e12, "Euro"),
        ("2,5 Bio. Euro", "de", 2.5e12, "Euro"),
        ("5 Tausend", "de", 5e3, ""),
        ("28,5 Prozent", "de", 0.285, "%"),
        ("9,3 Prozentpunkte", "de", 0.093, "percentage points"),
        ("4,4 Prozentpunkten", "de", 0.044, "percentage points"),
        ("2,3 millions", "fr", 2.3e6, ""),
        ("12,5 pour cent", "fr", 0.125, "%"),
        ("3 points de pourcentage", "fr", 0.03, "percentage points"),
        ("3 mil millones", "es", 3e9, ""),
        ("4,5 millones", "es", 4.5e6, ""),
        ("12 por ciento", "es", 0.12, "%"),
        ("5 miliardi", "it", 5e9, ""),
        ("7 milioni", "it", 7e6, ""),
        ("12,5 per cento", "it", 0.125, "%"),
        ("17 miljoen", "nl", 17e6, ""),
        ("59.2 Millionen", "en", 59.2e6, ""),
    ],
)
def test_scale_words_and_percent_of_other_languages(
    text: str, locale: str, value: float, suffix: str
) -> None:
    """Never a count of "Millionen" or "Prozent": the scale or the percent they write."""
    figure = parse_figure(text, Context.of(locale=locale))
    assert figure.nominal == approx(value)
    assert figure.counted is None or figure.counted == suffix
    assert figure.display.suffix == suffix


def test_a_german_billion_is_ambiguous() -> None:
    """"Billion" is 10¹² in German, French and Spanish, 10⁹ in English: refused there."""
    with pytest.raises(FigureError, match="Billionen"):
        parse_figure("2,5 Billion Euro", Context.of(locale="de"))
    assert parse_figure("2.5 billion euros").nominal == approx(2.5e9)


@pytest.mark.parametrize(("text", "advice"), [("28.5%", "write `28,5`"), ("9.3", "`9,3`")])
def test_a_decimal_point_in_a_decimal_comma_file_says_write_the_comma(
    text: str, advice: str
) -> None:
    with pytest.raises(FigureError, match="decimal mark is a comma") as error:
        parse_figure(text, Context.of(locale="de"))
    assert advice in str(error.value)
    assert parse_figure("28.500 Wähler", Context.of(locale="de")).nominal == 28_500


@pytest.mark.parametrize(
    "text", ["50% plus one vote", "50-percent-plus-one", "50 per cent plus one", "50% plus 1"]
)
def test_fifty_percent_plus_one_is_more_than_half(text: str) -> None:
    """A runoff threshold: above 50%, open at 50% (half the votes do not win)."""
    figure = parse_figure(text)
    assert (figure.strict.lo, figure.strict.lo_open) == (approx(0.5), True)
    assert figure.qualifier == "more than"


def test_plus_one_after_another_qualifier_stays_refused() -> None:
    with pytest.raises(FigureError):
        parse_figure("more than 50% plus one vote")
    assert not parse_figure("50%").strict.lo_open
