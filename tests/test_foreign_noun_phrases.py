"""What a figure counts is read in English word order only, whatever its scale word.

The value grammar reads the scale and percent words of other languages ("3 millions",
"59,2 Millionen", "12 por cento") but not their nouns: "3 millions d'euros" was a count
of "d'euros", which `same` compared as a number and found equal to "3 millions
d'habitants" (money equal to people). Such values are refused with the way to write
them; English phrases that start with the same words ("300 van drivers") stay counts.
"""

import pytest
from pytest import approx

from checks.figures import Context, FigureError, parse_figure

FRENCH = Context.of(locale="fr")


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("3 millions d'euros", FRENCH),
        ("3 millions d'habitants", FRENCH),
        ("3 millions d’hectares", FRENCH),
        ("3 millions de tonnes", FRENCH),
        ("5 milioni di persone", Context.of(locale="it")),
        ("5 millones de personas", Context.of(locale="es")),
        ("2 Millionen von Menschen", Context.of(locale="de")),
        ("3 millions d'euros", Context()),
        ("2 Mrd. d'euros", Context()),
    ],
)
def test_a_noun_after_a_foreign_preposition_is_refused_with_the_way_to_write_it(
    text: str, context: Context
) -> None:
    with pytest.raises(FigureError, match=r"`3 millions €`"):
        parse_figure(text, context)


@pytest.mark.parametrize(
    ("text", "counted"),
    [("300 van drivers", "van drivers"), ("3 Des Moines residents", "Des Moines residents")],
)
def test_english_counts_that_start_with_the_same_words_stay_counts(text: str, counted: str) -> None:
    assert parse_figure(text).counted == counted


@pytest.mark.parametrize(
    ("text", "means"), [("4 billones", "10¹²"), ("3 Trillionen", "10¹⁸"), ("1 billón", "10¹²")]
)
def test_scale_words_unlike_their_english_look_alikes_are_refused(text: str, means: str) -> None:
    with pytest.raises(FigureError, match=means):
        parse_figure(text, Context.of(locale="es"))


def test_a_billion_in_a_french_file_lists_each_language_s_word() -> None:
    with pytest.raises(FigureError, match="`milliards`"):
        parse_figure("5 billion", FRENCH)


@pytest.mark.parametrize(
    ("text", "nominal"),
    [("1 punto porcentual", 0.01), ("2 puntos porcentuales", 0.02), ("12 por cento", 0.12)],
)
def test_spanish_singular_points_and_portuguese_percent(text: str, nominal: float) -> None:
    figure = parse_figure(text, Context.of(locale="es"))
    assert figure.nominal == approx(nominal)
    assert figure.counted is None


def test_money_by_its_sign_and_counts_without_a_preposition_are_read() -> None:
    assert parse_figure("3 millions €", FRENCH).dimension == (("[currency_EUR]", 1),)
    assert parse_figure("3 millions habitants", FRENCH).counted == "habitants"
