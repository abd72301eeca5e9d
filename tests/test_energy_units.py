"""Units of the gas, oil and power trades, read as the trade writes them.

Found by a domain review of business and energy reporting: MMBtu, Mcf, Bcf/d, boe and
"quadrillion Btu" were counted nouns (so "$2.19/MMBtu = $7.47/MWh" was "not the same
quantity", and "94 quadrillion Btu" was 94 of a noun, equal to a bare 94), the message for
MMBtu suggested "MBtu" (a thousand Btu in the gas trade), and Mbbl was a million US liquid
barrels of 31.5 gallons. In the trade M is a thousand and MM a million.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytest import approx

from checks import cache, units, usercache
from checks.figures import FigureError, parse_figure

BTU_JOULES = 1055.056
"""pint's Btu (ISO 31-4); the international table Btu is 1,055.05585 J, 4e-7 away."""


def ratio(phrase: str, other: str) -> float:
    """How many of ``other`` one ``phrase`` is."""
    first, second = units.resolve(phrase), units.resolve(other)
    assert first.dimension == second.dimension
    return first.factor / second.factor


@pytest.mark.parametrize(
    ("phrase", "cubic_feet"),
    [
        ("Mcf", 1e3), ("MCF", 1e3), ("mcf", 1e3),
        ("MMcf", 1e6), ("MMCF", 1e6), ("mmcf", 1e6), ("MMscf", 1e6),
        ("Bcf", 1e9), ("BCF", 1e9), ("bcf", 1e9),
        ("Tcf", 1e12), ("TCF", 1e12), ("tcf", 1e12),
    ],
)  # fmt: skip
def test_gas_volumes_count_m_as_a_thousand_and_mm_as_a_million(
    phrase: str, cubic_feet: float
) -> None:
    assert ratio(phrase, "cubic feet") == approx(cubic_feet)


def test_mcf_and_mmcf_are_a_thousand_apart() -> None:
    assert ratio("MMcf", "Mcf") == approx(1e3)
    assert ratio("Bcf", "MMcf") == approx(1e3)


@pytest.mark.parametrize(
    ("phrase", "per_day"),
    [("Bcfd", 1e9), ("bcfd", 1e9), ("MMcfd", 1e6), ("MMscfd", 1e6), ("Mcfd", 1e3)],
)
def test_gas_flows_written_as_one_word(phrase: str, per_day: float) -> None:
    assert ratio(phrase, "cubic feet per day") == approx(per_day)


@pytest.mark.parametrize(
    ("phrase", "btu"),
    [
        ("Btu", 1.0), ("BTU", 1.0), ("btu", 1.0), ("British thermal units", 1.0),
        ("MMBtu", 1e6), ("mmBtu", 1e6), ("MMBTU", 1e6), ("mmbtu", 1e6),
        ("Dth", 1e6), ("dekatherms", 1e6),
        ("quadrillion Btu", 1e15), ("quadrillion British thermal units", 1e15),
        ("quads", 1e15),
    ],
)  # fmt: skip
def test_heat_in_btu(phrase: str, btu: float) -> None:
    assert ratio(phrase, "Btu") == approx(btu)


def test_a_btu_is_pint_s() -> None:
    assert ratio("Btu", "joule") == approx(BTU_JOULES)
    assert ratio("MMBtu", "MWh") == approx(1e6 * BTU_JOULES / 3.6e9)


@pytest.mark.parametrize(
    ("phrase", "barrels"),
    [("kbbl", 1e3), ("Mbbl", 1e3), ("mbbl", 1e3), ("MMbbl", 1e6), ("mmbbl", 1e6)],
)
def test_barrels_count_m_as_a_thousand_and_are_oil_barrels(phrase: str, barrels: float) -> None:
    """pint read Mbbl as a million US liquid barrels (31.5 gallons), mbbl as a thousandth."""
    assert ratio(phrase, "barrels") == approx(barrels)
    assert ratio("barrels", "gallon") == approx(42.0)


@pytest.mark.parametrize(
    "phrase", ["MBtu", "mBtu", "mcm", "Mcm", "tcm", "Tcm", "mbpd", "USD / MBtu"]
)
def test_trade_abbreviations_that_mean_two_things_are_never_units(phrase: str) -> None:
    with pytest.raises(units.UnitError, match="write"):
        units.resolve(phrase)
    assert not units.is_unit(phrase)


def test_mbtu_is_refused_with_both_readings() -> None:
    with pytest.raises(FigureError, match="a thousand Btu in the gas trade"):
        parse_figure("5 MBtu")


@pytest.mark.parametrize("word", ["MMBtx", "MBtx", "MBtuu", "XBtu"])
def test_mbtu_is_never_suggested(word: str) -> None:
    energy = units.resolve("Btu").dimension
    assert units.near_miss(word, energy) not in {"MBtu", "mBtu"}


def test_94_quadrillion_btu_is_an_energy_not_94() -> None:
    figure = parse_figure("94 quadrillion Btu")
    assert figure.counted is None
    assert figure.dimension == units.resolve("EJ").dimension
    assert figure.nominal == approx(94e15 * units.resolve("Btu").factor)


def test_a_price_per_mmbtu_times_a_heat_rate_is_a_price_per_mwh() -> None:
    price = parse_figure("$2.19 per MMBtu")
    heat_rate = parse_figure("7 MMBtu per MWh")
    per_mwh = parse_figure("$15 per MWh")
    assert units.multiply(price.dimension, heat_rate.dimension) == per_mwh.dimension
    assert price.nominal * heat_rate.nominal == approx(2.19 * 7 * per_mwh.nominal / 15)


def test_boe_is_counted_in_its_own_dimension() -> None:
    boe = units.resolve("boe")
    assert boe.dimension == ((units.OIL_EQUIVALENT, 1),)
    assert ratio("barrels of oil equivalent", "boe") == 1.0
    assert ratio("MMboe", "boe") == approx(1e6)
    assert ratio("Mboe", "boe") == approx(1e3)
    assert ratio("boepd", "boe per day") == approx(1.0)
    assert units.dimension_label(boe.dimension) == "barrels of oil equivalent"


def test_boe_beside_an_energy_or_a_volume_asks_for_the_convention() -> None:
    boe, btu = parse_figure("1.5 billion boe"), parse_figure("8.7 quadrillion Btu")
    barrels, bare = parse_figure("1.5 billion barrels"), parse_figure("1.5 billion")
    assert "convention" in units.misspelt_unit_hint(boe, btu)
    assert "convention" in units.misspelt_unit_hint(barrels, boe)
    assert units.misspelt_unit_hint(boe, bare) == ""
    assert units.misspelt_unit_hint(boe, parse_figure("1,500 MMboe")) == ""


def test_a_price_per_energy_is_named_so() -> None:
    assert units.dimension_label(parse_figure("$7.47 per MWh").dimension) == "USD per energy"
    per_barrel_a_day = parse_figure("$5 per barrel per day").dimension
    assert " per volume per time" not in units.dimension_label(per_barrel_a_day)


def test_a_change_of_the_units_module_is_a_new_memory_of_units(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unit phrases are remembered per :func:`cache.code_fingerprint`, which reads units.py.

    A memory written before MMBtu was a unit holds it as *not* a unit: a run of the new
    code must never read that memory.
    """
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    source = Path(cache.__file__).parent
    copy = tmp_path / "checks"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache.resources, "files", lambda package: copy)
    fingerprint = cache.code_fingerprint.__wrapped__  # not the process's cached one
    before = fingerprint()
    module = copy / "units.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert fingerprint() != before
    monkeypatch.setattr(cache, "code_fingerprint", lambda: before)
    old_file = usercache.UNITS.file()
    monkeypatch.setattr(cache, "code_fingerprint", fingerprint)
    assert usercache.UNITS.file() != old_file
