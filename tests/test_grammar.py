"""The value grammar of FORMAT.md: every example parses, and means the documented interval.

Intervals are in base units: metres, kilograms, kelvin, one unit of a currency, a fraction
for percents (12.5% is 0.125), and days for durations (dates are day numbers).
"""

from __future__ import annotations

import datetime as dt
import math
import re

import pytest
from pytest import approx

from checks.dates import parse_date
from checks.figures import Context, Figure, FigureError, parse_figure

RUPEES = Context.of({"Rs": "PKR", "rupees": "PKR"})
PUBLISHED = dt.date(2018, 9, 5)

# FORMAT.md, "Value grammar (each of these must parse)", in its order.
FORMAT_VALUES = [
    # numbers
    "300", "2,775", "1.5", "12.5%", "3 percentage points", "1.5 pp", "two", "a third", "half",
    "a dozen",
    # scale words
    "$300 million", "€4.5bn", "£30m", "Rs 5 crore", "1.2 lakh tonnes",
    "5 thousand", "5k", "5 million", "5 mn", "5 billion", "5 bn", "5 trillion", "5 tn",
    "5 lakh", "5 crore",
    # currencies by symbol, code or name
    "$5", "US$5", "5 USD", "5 dollars", "€5", "5 EUR", "£5", "Rs 5", "5 PKR", "5 rupees",
    "5 IRR", "5 rials",
    # units
    "5 km", "5 kilometres", "2,775-kilometre", "559 miles", "559 mi", "5 tonnes",
    "1.5 million barrels per day", "39 °C",
    # qualifiers
    "more than $33 billion", "over 5", "above 5", "exceeding 5",
    "at least 5", "no less than 5",
    "less than 5", "under 5", "below 5", "fewer than 5 people",
    "at most 5", "up to 5", "no more than 5",
    "about 900 km", "around 900", "approximately 900", "roughly 900", "some 900",
    "an estimated 900",
    "nearly 500", "almost 500", "close to 500",
    # ranges
    "between 20 and 30%", "20–30%", "20 to 30 per cent",
    # counted things and rates
    "2,250 households", "11,000 people", "52.66 lakh houses", "£7,500 per household",
    "Rs 70 per dollar", "1.5 million barrels per day", "13.9 per 1,000",
    "5 deaths per 100,000 people",
    # temperatures
    "-22°F", "39 degrees Celsius", "36 delta_degF", "20 Δ°C",
    # the FORMAT.md example file and the kinds' docs
    "$500 million", "more than $14 billion", "900 km", "559 mi", "700 km", "2 days",
    "124 PKR per USD", "40 mph", "17 km/l", "$100m", "$0.12 billion", "-20%", "PKR 37 billion",
]  # fmt: skip

# FORMAT.md, claims table: `date`.
FORMAT_DATES = ["2018-08-31", "August 31", "31 August 2018", "May 2018", "2002"]


def figure(text: str, context: Context = RUPEES) -> Figure:
    return parse_figure(text, context)


def bounds(interval: object) -> tuple[float, float]:
    return interval.lo, interval.hi  # type: ignore[attr-defined]


def day(ordinal: float) -> dt.date:
    return dt.date.fromordinal(int(ordinal))


@pytest.mark.parametrize("text", FORMAT_VALUES)
def test_every_format_value_parses(text: str) -> None:
    parsed = figure(text)
    assert parsed.strict.lo <= parsed.strict.hi
    assert parsed.lenient.lo <= parsed.strict.lo
    assert parsed.lenient.hi >= parsed.strict.hi


@pytest.mark.parametrize("text", FORMAT_DATES)
def test_every_format_date_parses(text: str) -> None:
    parsed = parse_date(text, PUBLISHED)
    assert parsed.is_date
    assert parsed.strict.lo <= parsed.strict.hi


# --- strict and lenient readings (docs/intervals.md) -------------------------------------


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("559", 558.5, 559.5),
        ("900", 899.5, 900.5),
        ("12.5%", 0.1245, 0.1255),
        ("$33.5 billion", 33.45e9, 33.55e9),
        ("2,775", 2774.5, 2775.5),
        ("1.5", 1.45, 1.55),
        ("$300 million", 299.5e6, 300.5e6),
        ("1.2 lakh tonnes", 115_000e3, 125_000e3),
        ("$0.12 billion", 115e6, 125e6),
    ],
)
def test_strict_reading_is_the_rounding_interval_of_the_last_digit(
    text: str, lo: float, hi: float
) -> None:
    assert bounds(figure(text).strict) == (approx(lo), approx(hi))


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("278,000", 277_500, 278_500),
        ("900", 895, 905),
        ("6,000", 5_950, 6_050),
        ("$300 million", 295e6, 305e6),
        ("11,000 people", 10_500, 11_500),
    ],
)
def test_lenient_reading_treats_trailing_zeros_as_rounding(
    text: str, lo: float, hi: float
) -> None:
    assert bounds(figure(text).lenient) == (approx(lo), approx(hi))


@pytest.mark.parametrize("text", ["30", "559", "$5 billion", "2,775", "12.5%", "70 people"])
def test_two_significant_digits_are_kept_leniently(text: str) -> None:
    parsed = figure(text)
    assert bounds(parsed.lenient) == (approx(parsed.strict.lo), approx(parsed.strict.hi))


def test_fraction_words_are_written_to_the_whole_percent() -> None:
    third = figure("a third")
    assert bounds(third.strict) == (approx(1 / 3 - 0.005), approx(1 / 3 + 0.005))
    assert bounds(third.lenient) == (approx(1 / 3 - 0.025), approx(1 / 3 + 0.025))
    assert figure("half").strict.lo < 0.5 < figure("half").strict.hi


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("one in five", "a fifth"),
        ("1 in 5", "a fifth"),
        ("one in five adults", "a fifth"),
        ("one out of three", "a third"),
        ("a third of voters", "a third"),
        ("half of adults", "half"),
    ],
)
def test_ratios_and_shares_of_a_group_read_like_fraction_words(text: str, same_as: str) -> None:
    ratio, fraction = figure(text), figure(same_as)
    assert bounds(ratio.strict) == (approx(fraction.strict.lo), approx(fraction.strict.hi))
    assert bounds(ratio.lenient) == (approx(fraction.lenient.lo), approx(fraction.lenient.hi))
    assert ratio.counted is None  # a share of the adults, not 0.2 adults


@pytest.mark.parametrize(("text", "same_as"), [("one-in-five", "a fifth"),
                                             ("a one-in-five chance", "a fifth"),
                                             ("nine-out-of-10", "nine in 10")])
def test_a_hyphenated_ratio_is_a_ratio(text: str, same_as: str) -> None:
    assert bounds(figure(text).strict) == bounds(figure(same_as).strict)


@pytest.mark.parametrize(("text", "points"), [("a quarter of a percentage point", 0.25),
                                              ("half a percentage point", 0.5)])
def test_a_fraction_of_a_point_is_that_many_points(text: str, points: float) -> None:
    read = figure(text)
    assert read.flavour == "points" and read.display.suffix == "percentage points"
    assert read.strict.lo < points / 100 < read.strict.hi


def test_a_small_ratio_is_read_to_five_percent_of_its_value() -> None:
    rare = figure("one in 1,000")
    assert bounds(rare.strict) == (approx(0.00095), approx(0.00105))
    assert bounds(rare.lenient) == (approx(0.00075), approx(0.00125))


@pytest.mark.parametrize("text", ["six in five", "one in 0", "5 in"])
def test_ratios_that_are_no_share_are_errors(text: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(text)


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("2m barrels per day", "2 million barrels per day"),
        ("1.2m tonnes", "1.2 million tonnes"),
        ("2.2m sq km", "2.2 million sq km"),
        ("£3m", "£3 million"),
        ("30m", "30 metres"),
    ],
)
def test_m_before_a_unit_or_beside_a_currency_is_million(text: str, same_as: str) -> None:
    short, written_out = figure(text), figure(same_as)
    assert short.dimension == written_out.dimension
    assert bounds(short.strict) == (approx(written_out.strict.lo), approx(written_out.strict.hi))


@pytest.mark.parametrize(
    ("text", "value"),
    [("half a million", 500_000), ("half a million people", 500_000),
     ("a quarter million", 250_000), ("half a billion dollars", 500_000_000),
     ("a quarter of a million people", 250_000), ("three-quarters of a million", 750_000),
     ("half-a-million", 500_000), ("a half-million", 500_000)],
)
def test_a_fraction_of_a_scale_word_is_that_many(text: str, value: float) -> None:
    read = figure(text)
    assert read.strict.lo < value < read.strict.hi
    assert read.display.suffix != "%"  # a number, not a share


@pytest.mark.parametrize(("text", "same_as"), [("12-year-old", "12 years"),
                                             ("two-month-old", "two months"),
                                             ("33 years old", "33 years"),
                                             ("six weeks old", "six weeks")])
def test_an_age_written_as_an_adjective_is_a_length_of_time(text: str, same_as: str) -> None:
    age, written_out = figure(text), figure(same_as)
    assert age.dimension == written_out.dimension == (("[time]", 1),)
    assert age.calendar_months == written_out.calendar_months


@pytest.mark.parametrize(
    ("text", "advice"),
    [("3m people", "`3 million people`"), ("400m hurdles", "`400 m`"),
     ("5 m waves", "`5 million waves`"), ("3m tall", "`3 m`")],
)
def test_m_before_a_word_that_is_no_unit_is_an_error_not_a_guess(text: str, advice: str) -> None:
    """3m people are millions, 400m hurdles and 5m waves are metres: only the writer knows."""
    with pytest.raises(FigureError, match=re.escape(advice)):
        parse_figure(text)


@pytest.mark.parametrize(
    ("text", "advice"),
    [("1990s", "`1990 to 1999`"), ("the 2020s", "`2020 to 2029`"), ("1880's", "`1880 to 1889`"),
     ("the 1800s", "`1800 to 1899` for the century or `1800 to 1809` for the decade"),
     ("the '90s", "such as `1990 to 1999`")],
)
def test_a_decade_is_an_error_not_seconds(text: str, advice: str) -> None:
    """"The 1990s" is ten years; the unit ``s`` made it 1,990 seconds."""
    with pytest.raises(FigureError, match=re.escape(advice)):
        parse_figure(text)


def test_from_a_to_b_says_how_to_write_a_range_or_a_change() -> None:
    """"From 150 to 210 people" is a change in a story and a range in a record."""
    with pytest.raises(FigureError, match=re.escape("write `150 to 210 people`; a change")):
        parse_figure("from 150 to 210 people")


def test_seconds_stay_seconds() -> None:
    assert figure("30s").dimension == figure("1,990 s").dimension == (("[time]", 1),)


@pytest.mark.parametrize(("text", "value"), [("two", 2), ("a dozen", 12), ("012", 12)])
def test_number_words_and_leading_zeros(text: str, value: float) -> None:
    parsed = figure(text)
    assert parsed.strict.lo < value < parsed.strict.hi
    assert parsed.nominal == approx(value)


# --- qualifiers -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["more than 33", "over 33", "above 33", "exceeding 33"])
def test_more_than_is_open_above_the_written_figure(text: str) -> None:
    parsed = figure(text)
    for reading in (parsed.strict, parsed.lenient):
        assert reading.lo == approx(33) and reading.lo_open
        assert reading.hi == math.inf


@pytest.mark.parametrize("text", ["at least 33", "no less than 33"])
def test_at_least_is_closed_at_the_written_figure(text: str) -> None:
    parsed = figure(text)
    assert parsed.strict.lo == approx(33) and not parsed.strict.lo_open
    assert parsed.strict.hi == math.inf


@pytest.mark.parametrize("text", ["less than 5", "under 5", "below 5"])
def test_less_than_is_open_below_the_written_figure(text: str) -> None:
    parsed = figure(text)
    assert parsed.strict.hi == approx(5) and parsed.strict.hi_open
    assert parsed.strict.lo == -math.inf


@pytest.mark.parametrize("text", ["at most 5", "up to 5", "no more than 5"])
def test_at_most_is_closed_at_the_written_figure(text: str) -> None:
    parsed = figure(text)
    assert parsed.strict.hi == approx(5) and not parsed.strict.hi_open
    assert parsed.strict.lo == -math.inf


def test_more_than_keeps_the_unit_and_scale() -> None:
    parsed = figure("more than $33 billion")
    assert parsed.strict.lo == approx(33e9) and parsed.strict.lo_open
    assert parsed.dimension == figure("$1").dimension


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("about 900 km", 810e3, 990e3),
        ("around 900", 810, 990),
        ("approximately 900", 810, 990),
        ("roughly 900", 810, 990),
        ("some 900", 810, 990),
        ("an estimated 900", 810, 990),
        ("about 3", 2.5, 3.5),  # never narrower than its own rounding interval
    ],
)
def test_about_is_ten_percent_either_side(text: str, lo: float, hi: float) -> None:
    assert bounds(figure(text).strict) == (approx(lo), approx(hi))


def test_about_follows_settings_approx() -> None:
    parsed = parse_figure("about 900", Context.of(approx=0.05))
    assert bounds(parsed.strict) == (approx(855), approx(945))


@pytest.mark.parametrize("text", ["nearly 500", "almost 500", "close to 500"])
def test_nearly_is_up_to_the_written_figure(text: str) -> None:
    assert bounds(figure(text).strict) == (approx(450), approx(500))


# --- ranges ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["between 20 and 30%", "20–30%", "20 to 30 per cent"])
def test_ranges_run_from_the_low_end_to_the_high_end(text: str) -> None:
    assert bounds(figure(text).strict) == (approx(0.195), approx(0.305))


@pytest.mark.parametrize(
    "text", ["$20 million to $30 million", "between $20 and $30 million", "20–30 million dollars"]
)
def test_range_shares_its_scale_and_currency(text: str) -> None:
    parsed = figure(text)
    assert bounds(parsed.strict) == (approx(19.5e6), approx(30.5e6))
    assert parsed.dimension == figure("$1").dimension


@pytest.mark.parametrize(("text", "lo", "hi"),
                         [("$20–30 million", 19.5e6, 30.5e6), ("€20–30bn", 19.5e9, 30.5e9)])
def test_range_with_the_currency_symbol_in_front(text: str, lo: float, hi: float) -> None:
    parsed = figure(text)
    assert bounds(parsed.strict) == (approx(lo), approx(hi))


# --- counts and durations -------------------------------------------------------------------


def test_counted_things_are_whole() -> None:
    passengers = figure("61 passengers")
    assert passengers.counted == "passengers"
    assert bounds(passengers.strict) == (61, 61)
    assert passengers.strict.whole
    assert bounds(figure("2,250 households").strict) == (2250, 2250)


def test_counts_stay_whole_behind_a_qualifier() -> None:
    fewer = figure("fewer than 5 people")
    assert fewer.strict.hi == 4 and not fewer.strict.hi_open
    assert fewer.strict.whole
    more = figure("more than 2,000 people")
    assert more.strict.lo == 2001 and not more.strict.lo_open


def test_rates_are_not_counts() -> None:
    rate = figure("£7,500 per household")
    assert not rate.strict.whole
    assert bounds(rate.strict) == (approx(7499.5), approx(7500.5))
    assert bounds(figure("13.9 per 1,000").strict) == (approx(0.01385), approx(0.01395))


@pytest.mark.parametrize("text", ["two-day", "2 days", "two days"])
def test_whole_days_are_exact(text: str) -> None:
    parsed = figure(text)
    assert bounds(parsed.strict) == (2, 2)
    assert bounds(parsed.lenient) == (2, 2)


def test_weeks_are_whole_weeks_and_loosely_the_days_within_half_a_week() -> None:
    """"15 weeks after" a filing 108 days before is journalistic rounding (15.4 weeks): as
    written 15 weeks are 105 days, read loosely the whole days within half a week."""
    parsed = figure("15 weeks")
    assert bounds(parsed.strict) == (105, 105)
    assert bounds(parsed.lenient) == (102, 108)
    assert bounds(figure("2 weeks").strict) == (14, 14)


def test_a_duration_behind_a_qualifier_is_not_whole() -> None:
    parsed = figure("more than two months")
    assert parsed.strict.lo_open
    assert not parsed.strict.whole
    assert 59 < parsed.strict.lo < 62  # two months in days


# --- scales, currencies, units --------------------------------------------------------------


def test_m_and_M_beside_a_currency_are_million() -> None:
    usd = figure("1 USD").dimension
    five = figure("5 M USD")
    assert five.dimension == usd  # not molar
    assert five.nominal == approx(5e6)
    three = figure("3 m USD")
    assert three.dimension == usd  # not metres
    assert three.nominal == approx(3e6)
    assert figure("£30m").nominal == approx(30e6)


@pytest.mark.parametrize("text", ["30 m", "30m"])
def test_m_alone_is_metres(text: str) -> None:
    parsed = figure(text)
    assert parsed.dimension == figure("1 km").dimension
    assert bounds(parsed.strict) == (approx(29.5), approx(30.5))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("€4.5bn", "EUR"), ("$300 million", "USD"), ("US$5", "USD"), ("5 dollars", "USD"),
        ("£30m", "GBP"), ("5 IRR", "IRR"), ("5 rials", "IRR"), ("Rs 5 crore", "PKR"),
        ("5 rupees", "PKR"), ("₹5 crore", "INR"),
    ],
)  # fmt: skip
def test_currency_symbols_codes_and_names(text: str, code: str) -> None:
    assert figure(text).dimension == figure(f"1 {code}").dimension


def test_eur_scale_bn() -> None:
    assert bounds(figure("€4.5bn").strict) == (approx(4.45e9), approx(4.55e9))


def test_crore_and_lakh() -> None:
    assert figure("Rs 5 crore").nominal == approx(50e6)
    assert figure("₹5 crore").nominal == approx(50e6)
    assert figure("52.66 lakh houses").nominal == approx(5_266_000)


def test_dollar_sign_follows_settings_currencies() -> None:
    cad = Context.of({"$": "CAD"})
    assert parse_figure("$5", cad).dimension == figure("1 CAD").dimension
    assert parse_figure("US$5", cad).dimension == figure("1 USD").dimension


@pytest.mark.parametrize("text", ["Rs 5 crore", "5 rupees"])
def test_rupees_without_a_setting_are_an_error(text: str) -> None:
    with pytest.raises(FigureError, match="PKR"):
        parse_figure(text, Context())


@pytest.mark.parametrize(
    ("text", "metres"),
    [("5 km", 5000), ("5 kilometres", 5000), ("2,775-kilometre", 2_775_000),
     ("559 miles", 559 * 1609.344), ("559 mi", 559 * 1609.344)],
)  # fmt: skip
def test_lengths_are_in_metres(text: str, metres: float) -> None:
    assert figure(text).nominal == approx(metres)


def test_masses_are_in_kilograms() -> None:
    assert bounds(figure("8,712 kg").strict) == (approx(8711.5), approx(8712.5))
    assert figure("5 tonnes").nominal == approx(5000)


# --- temperatures ---------------------------------------------------------------------------


def test_absolute_temperatures_convert_with_the_offset() -> None:
    celsius = figure("39 degrees Celsius")
    assert celsius.absolute_temperature
    assert bounds(celsius.strict) == (approx(311.65), approx(312.65))
    fahrenheit = figure("-22°F")
    assert fahrenheit.absolute_temperature
    assert fahrenheit.nominal == approx(243.15)  # -30 °C


def test_temperature_differences_convert_without_the_offset() -> None:
    celsius = figure("20 Δ°C")
    fahrenheit = figure("36 delta_degF")
    assert not celsius.absolute_temperature
    assert not fahrenheit.absolute_temperature
    assert celsius.nominal == approx(20)
    assert fahrenheit.nominal == approx(20)
    assert celsius.dimension == fahrenheit.dimension


# --- YAML 1.1 look-alikes are no figures ----------------------------------------------------


@pytest.mark.parametrize("text", ["no", "on", "yes", "1e6", "", "   "])
def test_yaml_1_1_words_and_exponents_are_not_figures(text: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(text, Context())


@pytest.mark.parametrize("text", ["8,71", "1,2345"])
def test_bad_digit_grouping_is_an_error(text: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(text, Context())


def test_m_without_currency_is_not_million_for_other_short_scales() -> None:
    with pytest.raises(FigureError):
        parse_figure("5 B", Context())


# --- dates ----------------------------------------------------------------------------------


def test_iso_date_is_one_day() -> None:
    parsed = parse_date("2018-08-31", PUBLISHED)
    assert day(parsed.strict.lo) == day(parsed.strict.hi) == dt.date(2018, 8, 31)


@pytest.mark.parametrize("text", ["August 31", "31 August 2018", "Aug 31"])
def test_day_and_month_forms(text: str) -> None:
    parsed = parse_date(text, PUBLISHED)
    assert day(parsed.strict.lo) == day(parsed.strict.hi) == dt.date(2018, 8, 31)


def test_a_date_without_year_takes_the_year_of_publication() -> None:
    parsed = parse_date("December 30", dt.date(2019, 1, 3))
    assert day(parsed.strict.lo) == dt.date(2019, 12, 30)


def test_a_month_is_all_its_days() -> None:
    parsed = parse_date("May 2018", PUBLISHED)
    assert (day(parsed.strict.lo), day(parsed.strict.hi)) == (
        dt.date(2018, 5, 1), dt.date(2018, 5, 31)
    )
    february = parse_date("February 2016", PUBLISHED)
    assert day(february.strict.hi) == dt.date(2016, 2, 29)


def test_a_year_is_all_its_days() -> None:
    parsed = parse_date("2002", PUBLISHED)
    assert (day(parsed.strict.lo), day(parsed.strict.hi)) == (
        dt.date(2002, 1, 1), dt.date(2002, 12, 31)
    )


def test_dates_are_whole_days() -> None:
    assert parse_date("May 2018", PUBLISHED).strict.whole


@pytest.mark.parametrize("text", ["February 30", "2018-02-30", "next Tuesday", ""])
def test_impossible_or_unreadable_dates_are_errors(text: str) -> None:
    with pytest.raises(FigureError):
        parse_date(text, PUBLISHED)


def test_a_date_without_year_needs_a_publication_date() -> None:
    with pytest.raises(FigureError):
        parse_date("August 31", None)


@pytest.mark.parametrize("text", ["210 camps", "5 bags", "3 bars", "4 dams"])
def test_words_pint_would_misread_are_counted_nouns(text: str) -> None:
    parsed = figure(text)
    assert parsed.counted == text.split()[1]
    assert parsed.dimension == ()


def test_bare_degrees_must_say_which_scale() -> None:
    with pytest.raises(FigureError, match="ambiguous"):
        figure("3 degrees")


@pytest.mark.parametrize(
    ("text", "flavour", "suffix"),
    [("0.3 percentage-point", "points", "percentage points"),
     ("0.3-percentage-point", "points", "percentage points"),
     ("25-basis-point", "points", "basis points"), ("25 basis-points", "points", "basis points"),
     ("0.3ppts", "points", "percentage points"), ("5-per-cent", "percent", "%"),
     ("5-percent", "percent", "%")],
)  # fmt: skip
def test_points_and_percents_written_with_hyphens(text: str, flavour: str, suffix: str) -> None:
    """AP style hyphenates "a 0.3-percentage-point rise": it was a count of "percentage-point"."""
    read = figure(text)
    assert (read.flavour, read.display.suffix, read.counted) == (flavour, suffix, None)


def test_ppt_is_an_error_not_a_picopint() -> None:
    """'ppt' is percentage points in some newsrooms and parts per trillion in others."""
    with pytest.raises(FigureError, match="parts per trillion"):
        parse_figure("0.3 ppt")


def test_stone_is_a_weight_alone_and_an_adjective_before_a_noun() -> None:
    assert figure("12 stone").dimension == (("[mass]", 1),)
    assert figure("40 stone houses").counted == "stone houses"


@pytest.mark.parametrize("text", ["5 pct", "5 per cent", "5pc"])
def test_wire_copy_percents(text: str) -> None:
    assert figure(text).flavour == "percent"


def test_a_day_after_a_preposition_is_no_rate() -> None:
    assert figure("20 deaths a day").dimension == (("[time]", -1),)
    assert figure("41 deaths in a day").dimension == ()


@pytest.mark.parametrize("text", ["a £", "an $", "a €"])
def test_an_article_before_a_currency_sign_is_no_pound(text: str) -> None:
    """"a £" of "a £2bn deal", cut off by a reader trying spans, is no figure of £1."""
    with pytest.raises(FigureError, match="no number"):
        parse_figure(text)


@pytest.mark.parametrize(
    ("text", "metres"),
    [("an eighth of a mile", 201.168), ("three-eighths of an inch", 0.009525)],
)
def test_sixths_and_eighths_of_a_unit_are_that_fraction_of_it(text: str, metres: float) -> None:
    """As "a quarter of a mile" is: "an eighth of a mile (201 m)" was a pure number."""
    assert parse_figure(text).nominal == pytest.approx(metres)


@pytest.mark.parametrize("text", ["31 kg/m^2", "31 kg/m2", "5 m3"])
def test_a_power_of_a_unit_written_with_a_digit_says_to_write_it_with_a_sign(text: str) -> None:
    with pytest.raises(FigureError, match="kg/m²"):
        parse_figure(text)


def test_a_margin_of_error_keeps_its_own_advice_beside_a_square_unit() -> None:
    with pytest.raises(FigureError, match="margin of error"):
        parse_figure("plus or minus 3 m2")
