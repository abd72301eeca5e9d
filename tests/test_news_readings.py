"""Figures as newsrooms write them, each read to the interval it states (or refused).

Found by reviews that wrote health, budget, earnings and housing stories: each of these
was misread (a unit dropped, a scale lost, a mass for a quarter of a year) or refused.
Intervals are in base units: one unit of a currency, days, metres, fractions for rates.
"""

from __future__ import annotations

import re

import pytest
from pytest import approx

from checks.figures import FigureError, parse_figure

DAY_PER_YEAR = 365.25


def ends(text: str) -> tuple[float, float]:
    figure = parse_figure(text)
    return figure.strict.lo, figure.strict.hi


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("£2.69trn", 2.685e12, 2.695e12),
        ("$1.2tril.", 1.15e12, 1.25e12),
        ("$900 bil.", 899.5e9, 900.5e9),
        ("$1.3 trln", 1.25e12, 1.35e12),
        ("two dozen people", 24, 24),
        ("5 dozen eggs", 60, 60),
    ],
)
def test_scale_words_newsrooms_abbreviate(text: str, lo: float, hi: float) -> None:
    assert ends(text) == (approx(lo), approx(hi))


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("two hundred people", "200 people"),
        ("one hundred and twelve people", "112 people"),
        ("a hundred and fifty people", "150 people"),
        ("fifteen hundred nurses", "1,500 nurses"),
        ("twenty-five hundred jobs", "2,500 jobs"),
        ("two hundred thousand people", "200 thousand people"),
        ("half a dozen people", "6 people"),
        ("half-a-dozen cases", "6 cases"),
    ],
)
def test_numbers_spelt_out_with_hundred_read_as_their_digits(text: str, digits: str) -> None:
    written, as_digits = parse_figure(text), parse_figure(digits)
    assert written.nominal == as_digits.nominal
    assert (written.strict, written.lenient) == (as_digits.strict, as_digits.lenient)


def test_between_two_hundreds_is_a_range_of_two_hundreds() -> None:
    assert ends("between two hundred and three hundred people") == (200, 300)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("23 per lakh", 1e5),
        ("140 per million", 1e6),
        ("0.14 per thousand", 1e3),
        ("14 per hundred thousand", 1e5),
        ("4 per one million", 1e6),
        ("14 per 100,000", 1e5),
        ("5 per 1m", 1e6),
    ],
)
def test_a_rate_per_a_scale_word_divides_by_it(text: str, per: float) -> None:
    figure = parse_figure(text)
    number = float(text.split()[0])
    assert figure.dimension == ()
    assert figure.nominal == approx(number / per)


def test_a_rate_per_a_scale_word_keeps_its_wording_and_noun() -> None:
    figure = parse_figure("1,136 deaths per million people")
    assert figure.nominal == approx(1136 / 1e6)
    assert figure.display.suffix == "deaths per million people"


def test_a_per_head_rate_a_year_is_per_year() -> None:
    yearly = parse_figure("5.2 per 100,000 a year")
    assert yearly.dimension == (("[time]", -1),)
    assert yearly.nominal == approx(5.2e-5 / DAY_PER_YEAR)
    assert yearly.strict == parse_figure("5.2 per 100,000 per year").strict


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("£19,800 pa", "£19,800 per year"),
        ("£19,800pa", "£19,800 per year"),
        ("£1,650 pm", "£1,650 per month"),
        ("£1,650 pcm", "£1,650 per month"),
        ("£300 pw", "£300 per week"),
        ("$40 psf", "$40 per sq ft"),
        ("$1.26 a share", "$1.26 per share"),
        ("$80 a barrel", "$80 per barrel"),
        ("£25 a dose", "£25 per dose"),
        ("£9.90 an item", "£9.90 per item"),
        ("$250 million a year", "$250 million per year"),
        ("$25bn a quarter", "$25bn per quarter"),
        ("$5bn quarterly", "$5bn per quarter"),
        ("£685,000 daily", "£685,000 per day"),
        ("30p a litre", "30p per litre"),
        ("€4 each week", "€4 per week"),
        ("$12 a square foot", "$12 per square foot"),
        ("$500 a metric ton", "$500 per metric ton"),
        ("$10-an-hour", "$10 per hour"),
        ("£1m-a-year", "£1m per year"),
        ("$10-15 per hour", "$10 to $15 per hour"),
        ("£1,550-1,650 a month", "£1,550 to £1,650 per month"),
    ],
)
def test_money_rates_as_prices_and_pay_are_written(text: str, same_as: str) -> None:
    figure, spelled = parse_figure(text), parse_figure(same_as)
    assert (figure.dimension, figure.strict) == (spelled.dimension, spelled.strict)


def test_a_quarter_after_a_number_is_three_months() -> None:
    quarters, months = parse_figure("2 quarters"), parse_figure("6 months")
    assert quarters.dimension == months.dimension == (("[time]", 1),)
    assert quarters.nominal == approx(months.nominal)
    assert parse_figure("three quarters").nominal == approx(0.75)  # a fraction, as before
    assert parse_figure("25 cents per quarter").dimension == (
        ("[currency_USD]", 1),
        ("[time]", -1),
    )


@pytest.mark.parametrize(
    ("text", "same_as"),
    [("93 sqm", "93 m²"), ("1,000 sqft", "1,000 sq ft"), ("93 sq.m", "93 m²")],
)
def test_square_metres_and_feet_abbreviated(text: str, same_as: str) -> None:
    assert parse_figure(text).strict == parse_figure(same_as).strict


@pytest.mark.parametrize("text", ["Rmb120bn", "RMB 120bn", "RMB120bn"])
def test_renminbi_as_the_financial_press_writes_it(text: str) -> None:
    figure = parse_figure(text)
    assert figure.dimension == (("[currency_CNY]", 1),)
    assert figure.nominal == 120e9
    assert figure.display.format(figure.nominal).startswith("RMB 120" if "RMB" in text else "Rmb")


@pytest.mark.parametrize(
    ("text", "nominal", "strict", "lenient"),
    [
        ("3½ days", 3.5, (3.45, 3.55), (3.45, 3.55)),
        ("3 ½ days", 3.5, (3.45, 3.55), (3.45, 3.55)),
        ("2¼%", 0.0225, (0.02245, 0.02255), (0.02245, 0.02255)),
        ("£1½bn", 1.5e9, (1.45e9, 1.55e9), (1.45e9, 1.55e9)),
        ("-3½%", -0.035, (-0.0355, -0.0345), (-0.0355, -0.0345)),
    ],
)
def test_vulgar_fractions_read_as_their_decimals(
    text: str, nominal: float, strict: tuple[float, float], lenient: tuple[float, float]
) -> None:
    figure = parse_figure(text)
    assert figure.nominal == approx(nominal)
    assert (figure.strict.lo, figure.strict.hi) == (approx(strict[0]), approx(strict[1]))
    assert (figure.lenient.lo, figure.lenient.hi) == (approx(lenient[0]), approx(lenient[1]))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("$300 kg", "`per kg`"),
        ("£5 km per hour", "`per km`"),
        ("3.5½ days", "whole number"),
        ("$5 for a day", "not a unit"),
        ("5.8% of GDP", "a `share` check"),
        ("up 20%", "negative for a fall (`20%`, `-20%`)"),
        ("+20%", "checked with `change`"),
        ("a fall of 0.6 percentage points", "checked with `change`"),
        ("an increase of 12%", "negative for a fall"),
        ("a further £2bn", "write the figure alone"),
    ],
)
def test_refused_with_the_fix(text: str, says: str) -> None:
    with pytest.raises(FigureError, match=re.escape(says)):
        parse_figure(text)


@pytest.mark.parametrize(
    "text", ["$2bn a record", "$3bn a person familiar", "$1 a million", "10 p.m.", "$10bn PM"]
)
def test_no_rate_where_the_words_after_money_are_no_price(text: str) -> None:
    """"a <noun>" is "per" only before a unit, a time or a thing priced; names stay names."""
    try:
        figure = parse_figure(text)
    except FigureError:
        return  # refused is fine: never read as a rate
    assert all(power > 0 for _, power in figure.dimension)


def test_per_and_a_scale_word_divides_only_for_full_scale_words() -> None:
    assert parse_figure("$300/tn").dimension == (("[currency_USD]", 1), ("[per:tn]", -1))
    assert parse_figure("£1.75 per single journey").dimension[-1] == ("[per:single journey]", -1)
    assert parse_figure("£1,200 per one-bedroom flat").nominal == 1200


def test_ranges_of_hundreds_and_dozens_written_once() -> None:
    assert ends("one to two hundred people") == (100, 200)
    assert ends("five to six hundred people") == (500, 600)
    assert ends("between fifty and two hundred people") == (50, 200)
    assert ends("a dozen to two dozen eggs") == (12, 24)
    assert ends("one dozen people") == ends("a dozen people") == (12, 12)


@pytest.mark.parametrize(
    ("text", "same_as"),
    [("two and a half weeks", "2½ weeks"), ("a year and a half", "1½ years"),
     ("one and a half million people", "1½ million people")],
)
def test_and_a_half_is_counted_in_halves(text: str, same_as: str) -> None:
    assert parse_figure(text).strict == parse_figure(same_as).strict


def test_money_times_a_unit_was_never_silently_a_product() -> None:
    """`£19,800 pa` was pounds times picoyears, `£1,650 pm` pounds times picometres."""
    for text in ("£19,800 pa", "£1,650 pm"):
        assert all(name != "[length]" for name, _ in parse_figure(text).dimension)
        assert parse_figure(text).dimension[-1] == ("[time]", -1)


def test_a_range_is_read_to_its_finer_end_when_that_end_has_decimals() -> None:
    """"5%–5.25%" writes 5% as 5.00%; "200 to 1,000 people" keeps each end's rounding."""
    target = parse_figure("5%-5.25%")
    assert (target.strict.lo, target.lenient.lo) == (approx(0.04995), approx(0.04995))
    assert ends("between 1.5 and 2 million") == (approx(1.45e6), approx(2.05e6))
    people = parse_figure("200 to 1,000 people")
    assert (people.lenient.lo, people.lenient.hi) == (195, 1050)


@pytest.mark.parametrize(
    ("text", "same_as"),
    [("105 s per 100 m", "1.05 s per metre"), ("105 s per 100m", "1.05 s per metre"),
     ("1.5 min per 500m", "0.18 s per metre"), ("$5 per 100 m", "$0.05 per metre"),
     ("3 m per 100 m", "0.03")],
)
def test_per_a_number_of_metres_is_a_distance_not_millions(text: str, same_as: str) -> None:
    """A swimmer's "105 s per 100m", a rower's split per 500m, a gradient of "3 m per 100 m":
    the `m` that ends a `per` clause is metres (it was per 100 million). With a noun after
    it, "per 100m people", it stays a million, as does "per 1m" (one metre is "per metre")."""
    figure, expected = parse_figure(text), parse_figure(same_as)
    assert figure.dimension == expected.dimension
    assert figure.nominal == approx(expected.nominal)


def test_per_so_many_million_people_stays_a_million() -> None:
    assert parse_figure("5 deaths per 100m people").nominal == approx(5e-8)
    assert parse_figure("5 deaths per 1.5m people").nominal == approx(5 / 1.5e6)
