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
        ("5bn West African CFA francs", "XOF"),
        ("5bn Central African CFA francs", "XAF"),
        ("100 North Korean won", "KPW"),
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
        ("3bn francs", "CHF, XOF, XAF"),
        ("3bn francs", "Swiss francs"),
        ("2.1bn CFA francs", "West African CFA francs"),
    ],
)
def test_a_currency_name_it_cannot_place_is_refused_with_advice(text: str, says: str) -> None:
    with pytest.raises(FigureError, match=says):
        parse_figure(text)


def test_a_setting_names_a_currency_it_does_not_know() -> None:
    context = Context.of({"Zimbabwean dollars": "ZWL", "pesos": "COP", "francs": "XOF"})
    assert currency("5bn Zimbabwean dollars", context) == "ZWL"
    assert currency("50 pesos", context) == "COP"
    assert currency("50 francs", context) == "XOF"



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


DAY = 1.0
HOUR, MINUTE, SECOND = DAY / 24, DAY / 1440, DAY / 86_400
MONTH = 365.25 / 12


@pytest.mark.parametrize(
    ("text", "total", "half", "shown"),
    [
        ("2 hours 20 minutes", 140 * MINUTE, MINUTE / 2, "140 minutes"),
        ("2 hours and 20 minutes", 140 * MINUTE, MINUTE / 2, "140 minutes"),
        ("1 hour 52 minutes", 112 * MINUTE, MINUTE / 2, "112 minutes"),
        ("1 minute 42 seconds", 102 * SECOND, SECOND / 2, "1:42"),
        ("1 minute 42.5 seconds", 102.5 * SECOND, SECOND / 20, "1:42.5"),
        ("4h 12m 36s", 15_156 * SECOND, SECOND / 2, "4:12:36"),
        ("twenty-five minutes and ten seconds", 1_510 * SECOND, SECOND / 2, "25:10"),
        ("2 days 5 hours", 53 * HOUR, HOUR / 2, "53 hours"),
        ("six years and eight months", 80 * MONTH, MONTH / 2, "80 months"),
        ("6 years, 8 months", 80 * MONTH, MONTH / 2, "80 months"),
        ("a year and eight months", 20 * MONTH, MONTH / 2, "20 months"),
    ],
)
def test_a_length_of_time_in_parts_is_their_sum_to_the_last_part(
    text: str, total: float, half: float, shown: str
) -> None:
    figure = parse_figure(text)
    assert figure.dimension == (("[time]", 1),)
    loose = (figure.lenient.lo, figure.lenient.hi)
    assert loose == (approx(total - half), approx(total + half))
    if half == MONTH / 2:  # whole months, as "two years" is two years: rounded only leniently
        assert (figure.strict.lo, figure.strict.hi) == (approx(total), approx(total))
    else:
        assert figure.lenient == figure.strict
    assert figure.display.format(figure.nominal) == shown
    assert figure.shown() == text


def test_a_race_time_in_words_is_the_race_time() -> None:
    words, clock = parse_figure("2 hours 20 minutes 0 seconds"), parse_figure("2:20:00")
    assert (words.strict.lo, words.strict.hi) == (approx(clock.strict.lo), approx(clock.strict.hi))
    minutes = parse_figure("2 hours 20 minutes").strict
    assert minutes.lo < clock.strict.lo < clock.strict.hi < minutes.hi


def test_years_and_months_are_calendar_months_beside_a_date() -> None:
    figure = parse_figure("six years and eight months")
    assert figure.calendar_months is not None
    assert (figure.calendar_months.lo, figure.calendar_months.hi) == (80, 80)
    assert figure.month_time == parse_figure("80 months").month_time


def test_weeks_and_days_are_their_days() -> None:
    figure = parse_figure("2 weeks and 3 days")
    assert (figure.strict.lo, figure.strict.hi, figure.strict.whole) == (17, 17, True)


@pytest.mark.parametrize(
    "text", ["18 years and 228 days", "3 months and 10 days", "1 year and 1 day"]
)
def test_calendar_parts_beside_days_are_an_error_that_says_to_write_two_claims(
    text: str,
) -> None:
    """Years or months beside days have no fixed number of days: one figure of them let a
    debut a day early pass (18 years are 6,574 or 6,575 days, as the leap years fall)."""
    with pytest.raises(FigureError, match="two claims"):
        parse_figure(text)


def test_a_qualifier_bounds_a_length_of_time_in_parts() -> None:
    figure = parse_figure("more than 2 hours 20 minutes")
    assert figure.strict.lo == approx(140 * MINUTE) and figure.strict.lo_open
    assert figure.strict.hi == float("inf")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("1 hour 75 minutes", "make at least one hour"),
        ("20 minutes 2 hours", "must get smaller"),
        ("2 years 3 m", "minutes, months or metres"),
        ("2.5 hours 20 minutes", "only the last part"),
    ],
)
def test_a_length_of_time_in_parts_that_cannot_be_is_refused(text: str, says: str) -> None:
    with pytest.raises(FigureError, match=says):
        parse_figure(text)
