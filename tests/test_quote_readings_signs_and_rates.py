"""Quote readings from the weather, farm and tech reviews of 2026-12-01.

A minus right after a bracket, a slash or a quote mark is a sign ("Lows of -22°F (-30°C)");
"minus" and "negative" before a number are its sign ("minus 15 degrees"); "an inch of
rain" is one inch; "wheat gained 8 cents to $5.37" is a change and a level, no range; a
rate after a bracketed abbreviation or conversion is the figure's rate ("945
terawatt-hours (TWh) a year"); "86.1 million harvested acres" is a measure in acres. Each
table pairs readings that must hold with `_wrong` twins that must stay a `mismatch`.
"""

from pathlib import Path

from quote_verdicts import consistent_but_wrong, messages, verdicts

from checks.figures import Context
from checks.quotes import figures_in


def _read(text: str) -> list[str]:
    """The text of each figure ``figures_in`` finds in ``text``."""
    return [figure.text for figure in figures_in(text, Context(), None)]


def _below_zero(text: str) -> list[bool]:
    """Whether each figure of ``text`` is below zero (a temperature below 0 °C or °F)."""
    return [
        figure.strict.hi < (273.15 if figure.absolute_temperature else 0)
        for figure in figures_in(text, Context(), None)
    ]


def test_a_minus_after_a_bracket_is_a_sign(tmp_path: Path) -> None:
    """Wire copy prints a conversion below zero as "-22°F (-30°C)": the minus glued to the
    bracket was taken for the hyphen of "mid-2022", so `-30°C` failed and `30°C` passed."""
    found = verdicts(
        tmp_path,
        "Lows of -22°F (-30°C) hit Fargo on Monday, and wind chills near (-40°C) were"
        " reported in Minot. Highs were -4°F/-20°C. Forecasters said \"-35C\" was possible."
        " Lows fell to -30°C in Bismarck.",
        '  fargo_c: {value: -30°C, quote: "(-30°C)"}\n'
        '  fargo_both: {value: -30°C, quote: "Lows of -22°F (-30°C)"}\n'
        '  fargo_f: {value: -22°F, quote: "Lows of -22°F (-30°C)"}\n'
        '  minot: {value: -40°C, quote: "near (-40°C)"}\n'
        '  slash: {value: -20°C, quote: "Highs were -4°F/-20°C"}\n'
        '  quoted: {value: -35°C, quote: "\\"-35C\\" was possible"}\n'
        '  to: {value: -30°C, quote: "Lows fell to -30°C"}\n'
        '  fargo_c_wrong: {value: 30°C, quote: "(-30°C)"}\n'
        '  fargo_both_wrong: {value: 30°C, quote: "Lows of -22°F (-30°C)"}\n'
        '  minot_wrong: {value: 40°C, quote: "near (-40°C)"}\n'
        '  slash_wrong: {value: 20°C, quote: "Highs were -4°F/-20°C"}\n'
        '  quoted_wrong: {value: 35°C, quote: "\\"-35C\\" was possible"}\n'
        '  to_wrong: {value: 30°C, quote: "Lows fell to -30°C"}\n',
    )
    assert len(found) == 13
    assert found == consistent_but_wrong(found)


def test_a_minus_sign_or_an_en_dash_for_one_after_a_bracket(tmp_path: Path) -> None:
    """"(−30°C)" with the minus sign U+2212 states -30°C; "(–30°C)" and "lows of –30°C",
    with the en dash some copy sets for a minus, are read below zero as well."""
    found = verdicts(
        tmp_path,
        "Lows of −22°F (−30°C) were seen.",
        '  sign: {value: -30°C, quote: "(−30°C) were seen."}\n'
        '  sign_wrong: {value: 30°C, quote: "(−30°C) were seen."}\n',
    )
    assert found == consistent_but_wrong(found)
    assert _below_zero("Lows of –22°F (–30°C) were seen") == [True, True]
    assert _below_zero("lows of –30°C") == [True]


def test_a_hyphen_inside_a_word_or_between_figures_is_still_no_sign() -> None:
    """The hyphen of "mid-2022", "Covid-19", "30C-35C" and a range "10 –30" stays one."""
    assert _read("in mid-2022") == ["2022"]
    assert _read("Covid-19 cases") == []
    assert _read("highs of 30C-35C") == ["30C", "35C"]
    assert _below_zero("highs of 30C-35C") == [False, False]
    assert _read("from 10 –30 people") == ["10 –30 people"]
    assert _read("the £5m – 30% more") == ["£5m", "30%"]


def test_minus_and_negative_before_a_number_are_its_sign(tmp_path: Path) -> None:
    """US weather copy leaves out the scale: "minus 15 degrees" is -15 (in either scale),
    as "minus 15°F" and "minus 30C" already were; "negative 0.5%" is -0.5%."""
    found = verdicts(
        tmp_path,
        "The low was minus 15 degrees in Fargo, and wind chills of minus 40 degrees are"
        " expected. Highs of minus five degrees Celsius and lows of minus 30C followed."
        " Growth was negative 0.5% in the quarter.",
        '  low: {value: -15°F, quote: "The low was minus 15 degrees"}\n'
        '  chill: {value: -40°F, quote: "wind chills of minus 40 degrees"}\n'
        '  five: {value: -5°C, quote: "Highs of minus five degrees Celsius"}\n'
        '  thirty: {value: -30°C, quote: "lows of minus 30C"}\n'
        '  growth: {value: -0.5%, quote: "Growth was negative 0.5%"}\n'
        '  low_wrong: {value: 15°F, quote: "The low was minus 15 degrees"}\n'
        '  chill_wrong: {value: 40°F, quote: "wind chills of minus 40 degrees"}\n'
        '  five_wrong: {value: 5°C, quote: "Highs of minus five degrees Celsius"}\n'
        '  thirty_wrong: {value: 30°C, quote: "lows of minus 30C"}\n'
        '  growth_wrong: {value: 0.5%, quote: "Growth was negative 0.5%"}\n',
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_minus_that_is_no_sign() -> None:
    """A margin ("plus or minus 2C"), a difference ("100 minus 15") and a test result
    ("tested negative 3 times") have no figure below zero."""
    assert _read("accurate to plus or minus 2C") == ["2C"]
    assert _below_zero("accurate to plus or minus 2C") == [False]
    assert _read("100 minus 15")[-1:] == ["15"]
    assert _below_zero("100 minus 15")[-1:] == [False]
    assert _read("he tested negative 3 times") == ["3 times"]


def test_a_unit_after_a_or_an_is_one_of_it(tmp_path: Path) -> None:
    """"An inch of rain", "a foot of snow", "a mile from the coast": the value grammar reads
    `an inch`, and the quote said it stated no figure."""
    found = verdicts(
        tmp_path,
        "The storm dropped an inch of rain (25 mm) in an hour, and a foot of snow (30 cm)"
        " fell overnight. The fire came within a mile of the town. The queue was a"
        " kilometre long.",
        '  rain: {value: an inch, quote: "dropped an inch of rain"}\n'
        '  rain_mm: {value: 25 mm, quote: "(25 mm)"}\n'
        '  snow: {value: a foot, quote: "a foot of snow"}\n'
        '  mile: {value: 1 mile, quote: "within a mile of the town"}\n'
        '  queue: {value: a kilometre, quote: "The queue was a kilometre long"}\n'
        '  rain_wrong: {value: 2 inches, quote: "dropped an inch of rain"}\n'
        '  snow_wrong: {value: 2 feet, quote: "a foot of snow"}\n'
        '  mile_wrong: {value: 1 km, quote: "within a mile of the town"}\n'
        '  queue_wrong: {value: 2 km, quote: "The queue was a kilometre long"}\n',
    )
    assert len(found) == 9
    assert found == consistent_but_wrong(found)


def test_a_unit_after_a_that_is_no_measure() -> None:
    """A compound adjective, a noun after the unit, an idiom and a rate are none."""
    assert _read("a mile-long queue") == []
    assert _read("a foot injury") == []
    assert _read("he has a foot in the door") == []
    assert _read("it costs $5 a gallon") == ["$5 a gallon"]


def test_a_change_to_a_level_after_a_verb_of_change(tmp_path: Path) -> None:
    """"Wheat gained 8 cents to $5.37" is a change by 8 cents to a level of $5.37: read as
    the range 8 cents to $5.37 it let a record of that range pass, and a change from $1.37
    then passed with it."""
    found = verdicts(
        tmp_path,
        "March soybeans rose 31 cents to $10.32 a bushel, while wheat gained 8 cents to"
        " $5.37. Corn lost 3 cents to $4.10. Sterling slipped 0.4% to $1.2650. Oats added"
        " about 5 cents to $3.50. Shares gained 5 to 10 cents.",
        '  wheat_by: {value: 8 cents, quote: "while wheat gained 8 cents to $5.37."}\n'
        '  wheat_at: {value: $5.37, quote: "while wheat gained 8 cents to $5.37."}\n'
        '  corn_by: {value: 3 cents, quote: "Corn lost 3 cents to $4.10"}\n'
        '  corn_at: {value: $4.10, quote: "Corn lost 3 cents to $4.10"}\n'
        '  sterling: {value: $1.2650, quote: "Sterling slipped 0.4% to $1.2650"}\n'
        '  oats_by: {value: about 5 cents, quote: "Oats added about 5 cents to $3.50"}\n'
        '  oats_at: {value: $3.50, quote: "Oats added about 5 cents to $3.50"}\n'
        '  shares: {value: 5 to 10 cents, quote: "Shares gained 5 to 10 cents"}\n'
        '  wheat_range_wrong: {value: 8 cents to $5.37, quote: "while wheat gained 8 cents'
        ' to $5.37."}\n'
        '  corn_range_wrong: {value: 3 cents to $4.10, quote: "Corn lost 3 cents to'
        ' $4.10"}\n'
        '  wheat_at_wrong: {value: $5.73, quote: "while wheat gained 8 cents to $5.37."}\n',
    )
    assert len(found) == 11
    assert found == consistent_but_wrong(found)


def test_a_rate_after_a_bracket(tmp_path: Path) -> None:
    """Reuters and IEA style define a unit in brackets on first use: "945 terawatt-hours
    (TWh) a year" states the rate, and "$1,650 (£1,300) a month" two rates."""
    text = (
        "Consumption is set to rise to around 945 terawatt-hours (TWh) a year by 2030."
        " Output will rise to 1.2 million barrels (bbl) a day by 2030. Rent will rise to"
        " $1,650 (£1,300) a month. Fees were about $50 (£40) a week."
    )
    found = verdicts(
        tmp_path,
        text,
        '  power: {value: around 945 TWh per year, quote: "around 945 terawatt-hours (TWh)'
        ' a year by 2030"}\n'
        '  oil: {value: 1.2 million barrels per day, quote: "1.2 million barrels (bbl) a'
        ' day"}\n'
        '  rent: {value: "$1,650 per month", quote: "$1,650 (£1,300) a month"}\n'
        '  rent_gbp: {value: "£1,300 per month", quote: "$1,650 (£1,300) a month"}\n'
        '  fees_gbp: {value: "about £40 per week", quote: "about $50 (£40) a week"}\n'
        '  power_wrong: {value: around 945 TWh, quote: "around 945 terawatt-hours (TWh) a'
        ' year by 2030"}\n'
        '  oil_wrong: {value: 1.2 million barrels, quote: "1.2 million barrels (bbl) a'
        ' day"}\n'
        '  oil_month_wrong: {value: 1.2 million barrels per month, quote: "1.2 million'
        ' barrels (bbl) a day"}\n'
        '  rent_wrong: {value: "$1,650", quote: "$1,650 (£1,300) a month"}\n'
        '  rent_gbp_wrong: {value: "£1,300 per year", quote: "$1,650 (£1,300) a month"}\n',
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_a_bracket_that_is_no_conversion_gives_no_rate() -> None:
    """"$1,650 (up 5%) a month" keeps its figures; "a year earlier" is no rate."""
    assert _read("$1,650 (up 5%) a month") == ["$1,650", "5%"]
    assert _read("$1,650 (£1,300) a year earlier") == ["$1,650", "£1,300"]


def test_an_adjective_between_a_scale_word_and_its_unit(tmp_path: Path) -> None:
    """"On 86.1 million harvested acres" states `86.1 million acres`; "86 million harvested
    plants" is still a count, and "5 troy ounces" no 5 ounces."""
    found = verdicts(
        tmp_path,
        "The soybean yield was put at 50.7 bushels per acre on 86.1 million harvested acres."
        " Farmers left 86 million harvested plants in the field. The mine added 5 troy"
        " ounces.",
        '  acres: {value: 86.1 million acres, quote: "on 86.1 million harvested acres"}\n'
        '  as_written: {value: 86.1 million harvested acres, quote: "on 86.1 million'
        ' harvested acres"}\n'
        '  plants: {value: 86 million harvested plants, quote: "86 million harvested'
        ' plants"}\n'
        '  acres_wrong: {value: 81.6 million acres, quote: "on 86.1 million harvested'
        ' acres"}\n'
        '  hectares_wrong: {value: 86.1 million hectares, quote: "on 86.1 million harvested'
        ' acres"}\n'
        '  plants_wrong: {value: 86 million plants per acre, quote: "86 million harvested'
        ' plants"}\n'
        '  troy_wrong: {value: 5 ounces, quote: "added 5 troy ounces"}\n',
    )
    assert len(found) == 7
    assert found == consistent_but_wrong(found)


def test_the_mismatch_names_the_rate_after_the_bracket(tmp_path: Path) -> None:
    """The message quotes the rate as written, brackets and all."""
    said = messages(
        tmp_path,
        "Output will rise to 1.2 million barrels (bbl) a day by 2030.",
        '  oil_wrong: {value: 1.2 million barrels, quote: "1.2 million barrels (bbl) a'
        ' day"}\n',
    )
    assert "states 1.2 million barrels (bbl) a day," in said["oil_wrong"]
