"""Currencies named with their country, fraction words with a hyphen, lengths of time in
parts, and nouns pint took for units: each read as news means it (or refused with advice).

Found by domain reviews: "2bn pounds sterling" raised a KeyError, "3bn Swiss francs" was a
count of "Swiss francs", "one-quarter" three months, "2 hours 20 minutes" refused, and "15
shots" a volume.
"""

from __future__ import annotations

import pytest
from pytest import approx

from checks import units
from checks.figures import Context, FigureError, parse_figure


def currency(text: str, context: Context | None = None) -> str | None:
    return units.currency_of(parse_figure(text, context).dimension)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2bn pounds sterling", "GBP"),
        ("2bn pound sterling", "GBP"),
        ("2bn sterling", "GBP"),
        ("5 British pounds", "GBP"),
        ("5 Egyptian pounds", "EGP"),
        ("3bn Swiss francs", "CHF"),
        ("3bn Japanese yen", "JPY"),
        ("5 Chinese yuan", "CNY"),
        ("5 Chinese renminbi", "CNY"),
        ("5 Mexican pesos", "MXN"),
        ("5 Argentine pesos", "ARS"),
        ("5 Philippine pesos", "PHP"),
        ("5 Swedish kronor", "SEK"),
        ("5 Swedish crowns", "SEK"),
        ("5 Norwegian crowns", "NOK"),
        ("5 Norwegian kroner", "NOK"),
        ("5 Danish kroner", "DKK"),
        ("5 Czech crowns", "CZK"),
        ("5 South African rand", "ZAR"),
        ("5 South Korean won", "KRW"),
        ("5 Brazilian reais", "BRL"),
        ("5 Turkish lira", "TRY"),
        ("5 Russian roubles", "RUB"),
        ("5 Saudi riyals", "SAR"),
        ("5 Qatari riyals", "QAR"),
        ("5 Romanian lei", "RON"),
        ("5 Polish zlotys", "PLN"),
        ("5 zloty", "PLN"),
        ("5 Hungarian forints", "HUF"),
        ("5 Indian rupees", "INR"),
        ("5 Canadian dollars", "CAD"),
        ("5 U.S. dollars", "USD"),
        ("5 New Taiwan dollars", "TWD"),
        ("about 3bn Swiss francs", "CHF"),
        ("3-4bn Swiss francs", "CHF"),
        ("5 Swiss francs a day", "CHF"),  # per day: money per time, of francs
    ],
)
def test_a_currency_named_with_its_country_is_that_currency(text: str, code: str) -> None:
    figure = parse_figure(text)
    assert code in {name.removeprefix("[currency_").rstrip("]") for name, _ in figure.dimension}
    assert figure.counted is None


def test_swiss_francs_are_millions_of_francs_not_a_count() -> None:
    figure = parse_figure("3bn Swiss francs")
    assert (figure.strict.lo, figure.strict.hi) == (approx(2.5e9), approx(3.5e9))
    assert not figure.strict.whole
    assert figure.shown() == "3bn Swiss francs"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("5bn Zimbabwean dollars", "settings"),
        ("5 gold francs", "names no currency"),
        ("5 pesos", "MXN"),
        ("5 pesos", "Mexican pesos"),
        ("5 kroner", "NOK"),
        ("5 dinars", "KWD"),
        ("5 shillings", "KES"),
    ],
)
def test_a_currency_name_it_cannot_place_is_refused_with_advice(text: str, says: str) -> None:
    with pytest.raises(FigureError, match=says):
        parse_figure(text)


def test_a_setting_names_a_currency_it_does_not_know() -> None:
    context = Context.of({"Zimbabwean dollars": "ZWL", "pesos": "COP"})
    assert currency("5bn Zimbabwean dollars", context) == "ZWL"
    assert currency("50 pesos", context) == "COP"


@pytest.mark.parametrize("text", ["3 crowns", "5 games won", "5 lei", "12 real people"])
def test_words_that_are_also_currencies_stay_counts(text: str) -> None:
    assert parse_figure(text).counted == text.split(" ", 1)[1]


@pytest.mark.parametrize(
    ("hyphenated", "spaced"),
    [
        ("one-half", "one half"),
        ("one-third", "a third"),
        ("one-quarter", "a quarter"),
        ("two-thirds", "two thirds"),
        ("three-quarters", "three quarters"),
        ("one-fifth", "a fifth"),
        ("one-tenth", "a tenth"),
        ("two-fifths", "two fifths"),
        ("one-quarter of a mile", "a quarter of a mile"),
        ("one-third of voters", "a third of voters"),
    ],
)
def test_a_hyphenated_fraction_word_is_the_fraction(hyphenated: str, spaced: str) -> None:
    written, as_words = parse_figure(hyphenated), parse_figure(spaced)
    assert (written.strict, written.lenient) == (as_words.strict, as_words.lenient)
    assert written.dimension == as_words.dimension
    assert written.counted is None


@pytest.mark.parametrize(
    "text",
    ["15 shots", "4 cups", "3 links", "5 hotel chains", "5 chains", "19 turns", "6 cycles",
     "40 candles", "3 slugs", "2 shakes", "1 shot"],
)  # fmt: skip
def test_nouns_pint_takes_for_units_are_counted(text: str) -> None:
    figure = parse_figure(text)
    assert figure.counted == text.split(" ", 1)[1]
    assert figure.dimension == ()
    assert figure.strict.whole


@pytest.mark.parametrize("text", ["12 stone", "5 barrels", "3,000 revolutions per minute"])
def test_units_news_means_stay_units(text: str) -> None:
    assert parse_figure(text).counted is None
    assert parse_figure(text).dimension != ()
