"""Figures misread by the elections and conflict reviews, each with a near miss that must stay.

"Voters per polling station" against a count of polling stations, "two prisoners for every
hostage", German scale words and percentages, "50% plus one vote".
"""

from __future__ import annotations

import pytest
from pytest import approx

from checks.figures import FigureError, counts_things, parse_figure, per_thing


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
