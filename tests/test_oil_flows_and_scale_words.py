"""Oil flows written with a slash, "quadrillion" as a scale word, ambiguous units after `per`.

Found by reviews of energy and science copy, each a figure read silently as another
quantity: "300 kb/d" was kilobarns (an area of nuclear physics) a day, "2 mb/d" millibars
a day, "2 MMb/d" a count of "MMb" a day (the unit before a slash was read on its own, so
the trade's whole-phrase spellings never applied), and "300,000 b/d" an error (b read as
billion); "94 quadrillion" was 94 counted "quadrillion"; "$2.19 per MBtu" a price per
counted "MBtu", though MBtu is refused on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import approx
from quote_verdicts import consistent_but_wrong, verdicts

from checks import units
from checks.figures import FigureError, parse_figure

BARREL_PER_DAY = units.resolve("barrels per day").factor


@pytest.mark.parametrize(
    ("text", "barrels_a_day"),
    [
        ("300,000 b/d", 3e5), ("300,000 b/day", 3e5), ("1.2mn b/d", 1.2e6),
        ("1.5 million b/d", 1.5e6), ("1.5m b/d", 1.5e6), ("300 kb/d", 3e5),
        ("300 kb/day", 3e5), ("2 MMb/d", 2e6), ("2 mmb/d", 2e6), ("2 MMb/day", 2e6),
        ("300,000 bbl/d", 3e5), ("300 kbbl/d", 3e5), ("300,000 b/d of crude", 3e5),
        ("300 Kb/d", 3e5), ("300 Kb/day", 3e5), ("300 Kbpd", 3e5), ("300 KBPD", 3e5),
        ("300 Kbbl/d", 3e5),
    ],
)  # fmt: skip
def test_oil_flows_with_a_slash_are_barrels_a_day(text: str, barrels_a_day: float) -> None:
    figure = parse_figure(text)
    assert figure.counted is None
    assert figure.dimension == units.resolve("barrels per day").dimension
    assert figure.nominal == approx(barrels_a_day * BARREL_PER_DAY)


def test_a_capital_k_is_a_thousand_barrels_too() -> None:
    """"300 Kb/d" was 300 counted "Kb" a day (a rate of things, never a volume)."""
    assert parse_figure("5 Kbbl").nominal == approx(5e3 * units.resolve("barrels").factor)
    assert parse_figure("300 Kb/d").counted is None


def test_an_oil_flow_is_shown_as_written() -> None:
    assert parse_figure("300 kb/d").display.suffix == "kb/d"
    assert parse_figure("1.2mn b/d").display.scale_word == "mn"


@pytest.mark.parametrize("text", ["2 mb/d", "2 Mb/d", "2 Mb/day", "2 mb/day", "$5 per mb/d"])
def test_mb_a_day_is_refused_with_both_readings(text: str) -> None:
    """IEA and OPEC write mb/d for a million barrels a day, the EIA Mb/d for a thousand."""
    with pytest.raises(FigureError) as raised:
        parse_figure(text)
    message = str(raised.value)
    assert "thousand barrels a day in US trade tables" in message
    assert "million in IEA and OPEC reports" in message
    assert "(`kb/d`)" in message and "(`MMb/d`)" in message


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("5 km/d", "5 km per day"), ("3 t/d", "3 tonnes per day"), ("5 m/d", "5 m per day"),
        ("3 m³/d", "3 cubic metres per day"), ("2 bcm/d", "2 billion cubic metres per day"),
        ("1.5 Mt/d", "1.5 million tonnes per day"), ("5 boe/d", "5 boe per day"),
        ("$20,000 per b/d", "$20,000 per bpd"),
    ],
)  # fmt: skip
def test_other_rates_a_day_keep_their_meaning(text: str, same_as: str) -> None:
    figure, other = parse_figure(text), parse_figure(same_as)
    assert figure.dimension == other.dimension
    assert figure.nominal == approx(other.nominal)


def test_a_millibar_stays_a_pressure() -> None:
    """Only the slash phrase is the oil trade's: "980 mb" in a weather report is millibars."""
    assert parse_figure("980 mb").dimension == parse_figure("980 hPa").dimension


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("94 quadrillion", 94e15), ("2 quintillion", 2e18), ("1.2 x 10^15", 1.2e15),
        ("half a quadrillion", 5e14), ("$5-quadrillion", 5e15), ("5 Quadrillion", 5e15),
    ],
)  # fmt: skip
def test_quadrillion_and_quintillion_are_scale_words(text: str, value: float) -> None:
    figure = parse_figure(text)
    assert figure.counted is None
    assert figure.nominal == approx(value)


def test_quadrillion_scales_a_count_of_things() -> None:
    figure = parse_figure("3 quadrillion people")
    assert figure.counted == "people"
    assert figure.nominal == approx(3e15)
    assert parse_figure("3 quadrillion people").strict != parse_figure("3 people").strict


def test_a_quadrillion_btu_stays_a_quad_of_energy() -> None:
    """"quadrillion Btu" is a scale word and a unit now: the same energy as a quad."""
    energy, quads = parse_figure("94 quadrillion Btu"), parse_figure("94 quads")
    assert energy.counted is None
    assert energy.dimension == quads.dimension == units.resolve("EJ").dimension
    assert energy.nominal == approx(quads.nominal)
    assert energy.strict.lo == approx(quads.strict.lo)
    assert energy.strict.hi == approx(quads.strict.hi)
    assert parse_figure("94 quadrillion").dimension != energy.dimension


@pytest.mark.parametrize("text", ["94 quadrilion", "94 quadrilllion", "5 quintilion"])
def test_a_misspelt_quadrillion_is_refused(text: str) -> None:
    with pytest.raises(FigureError, match="did you mean 'qu"):
        parse_figure(text)


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("$2.19 per MBtu", "a thousand Btu in the gas trade"),
        ("$2.19/MBtu", "a thousand Btu in the gas trade"),
        ("$300 per mcm", "thousand cubic metres in gas-trade tables"),
        ("$80 per ton", "a US short ton (907 kg)"),
        ("$80/ton", "a US short ton (907 kg)"),
        ("5 per ppt", "percentage points in some newsrooms"),
    ],
)
def test_an_ambiguous_unit_after_per_is_refused_not_counted(text: str, meaning: str) -> None:
    with pytest.raises(FigureError, match="write"):
        parse_figure(text)
    with pytest.raises(FigureError) as raised:
        parse_figure(text)
    assert meaning in str(raised.value)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("$2.19 per MMBtu", "MMBtu"), ("$2.19 per mmbtu", "MMBtu"),
        ("$80 per tonne", "tonne"), ("$80 per short ton", "short ton"),
    ],
)  # fmt: skip
def test_the_spellings_the_refusals_ask_for_are_read(text: str, per: str) -> None:
    figure = parse_figure(text)
    number = float(text.split()[0].lstrip("$"))
    assert figure.nominal == approx(number / units.resolve(per).factor)


@pytest.mark.parametrize(
    ("text", "amount", "code"),
    [("$1.5b/day", 1.5e9, "USD"), ("$2b/d", 2e9, "USD"), ("€2b/day", 2e9, "EUR")],
)
def test_money_a_day_with_a_glued_b_is_billions_a_day(text: str, amount: float, code: str) -> None:
    """"$1b/day" (the cost of a war a day) is a billion dollars a day: the `b` of a barrel
    flow is read only apart from the number ("300,000 b/d"), or after a thousand or million
    (`kb/d`, `MMb/d`)."""
    figure = parse_figure(text)
    assert figure.nominal == approx(amount)  # time is counted in days
    assert figure.dimension == ((f"[currency_{code}]", 1), ("[time]", -1))
    assert parse_figure("2kb/d").dimension == units.resolve("barrels per day").dimension


def test_a_glued_b_without_money_stays_refused() -> None:
    with pytest.raises(FigureError, match="billion only beside a currency"):
        parse_figure("1.5b/day")


@pytest.mark.parametrize("text", ["55 passengers per bus", "100 Mb/s", "300 kb", "4 Gb"])
def test_a_bus_and_bits_are_no_bushels_barns_or_gilberts(text: str) -> None:
    """pint reads `bus` as a bushel, `Mb` as megabarns and `Gb` as gilberts: never meant
    (bits are information, see tests/test_information_units.py)."""
    figure = parse_figure(text)
    assert all(
        name.startswith(("[per:", "[time]", "[information]")) for name, _ in figure.dimension
    )
    assert not any(name in ("[length]", "[mass]", "[current]") for name, _ in figure.dimension)


@pytest.mark.parametrize(
    "word", ["e", "de", "da", "du", "das", "na", "al", "he", "ma", "me"]
)
def test_short_words_of_other_languages_are_no_units(word: str) -> None:
    """"848 millions de" was 848 million deci-elementary charges, "5 da" five deciyears."""
    figure = parse_figure(f"5 {word}")
    assert figure.dimension == () and figure.counted == word


@pytest.mark.parametrize(
    ("text", "spelled"),
    [("5 bcm/y", "5 billion cubic metres a year"), ("5 Mt/y", "5 million tonnes a year"),
     ("$80/b", "$80 a barrel"), ("$80/bl", "$80 a barrel"), ("€80/B", "€80 a barrel")],
)  # fmt: skip
def test_the_trade_s_one_letter_denominators(text: str, spelled: str) -> None:
    """"40 bcm/y" was a rate per counted "y", "$80/b" a price per counted "b": each
    compared with nothing, so a record in the trade's own spelling was an error beside
    its article and a mismatch of its quote."""
    figure, words = parse_figure(text), parse_figure(spelled)
    assert figure.dimension == words.dimension
    assert figure.nominal == approx(words.nominal)


def test_a_barrel_b_needs_money_before_it() -> None:
    """"5 kg/b" is no oil price: without money in front "b" names nothing known."""
    assert parse_figure("5 kg/b").dimension != parse_figure("5 kg/bbl").dimension


def test_a_slash_takes_one_letter_only() -> None:
    """"$80/b on Monday" is no price per "b on Monday": refused, so a quote reads "$80/b"."""
    with pytest.raises(FigureError, match="after a slash is no unit"):
        parse_figure("$80/b on Monday")


def test_quotes_in_the_trade_s_spelling(tmp_path: Path) -> None:
    """"5 mcm/d" stated a bare 5 and "$80/b on Monday" a price per "b on Monday": records
    of the same figures in words were mismatches."""
    found = verdicts(
        tmp_path,
        "Brent traded at $80/b on Monday. Flows held at 5 mcm/d. Exports reached 40 bcm/y.",
        '  brent: {value: "$80 a barrel", quote: "Brent traded at $80/b on Monday."}\n'
        '  brent_wrong: {value: "$80 a tonne", quote: "Brent traded at $80/b on Monday."}\n'
        '  flows: {value: "5 million cubic metres a day", quote: "Flows held at 5 mcm/d."}\n'
        '  flows_wrong: {value: "5 million cubic metres a year", quote: "Flows held at 5 mcm/d."}\n'
        '  exports: {value: "40 billion cubic metres a year", quote: "Exports reached 40 bcm/y."}\n'
        '  exports_wrong: {value: "40 billion cubic metres a day",'
        ' quote: "Exports reached 40 bcm/y."}\n',
    )
    assert found == consistent_but_wrong(found)
