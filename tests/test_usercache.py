"""The per-user cache of tables built from installed code (lark's tables, pint's definitions).

A cache must never change an answer: a registry read from pint's cache converts exactly
as a fresh one, and a damaged cache file costs time, never a failed run.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest

from checks.units import unit_registry
from checks.usercache import private_folder

PHRASES = ("km", "mile", "oil_barrel / day", "degF", "tonne", "km**2", "hour")


def conversions(registry: Any) -> list[tuple[float, float, str]]:
    """Each phrase's value of 0 and 1 in base units, and its dimensionality."""
    out = []
    for phrase in PHRASES:
        unit = registry.parse_units(phrase)
        zero = registry.Quantity(0.0, unit).to_base_units().magnitude
        one = registry.Quantity(1.0, unit).to_base_units().magnitude
        out.append((zero, one, str(unit.dimensionality)))
    return out


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    return tmp_path / "home-cache"


def test_the_folder_is_made_for_its_owner_only(cache_home: Path) -> None:
    folder = private_folder("pint")
    assert folder == cache_home / "claim-checks" / "pint"
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0


def test_no_folder_when_it_cannot_be_made(cache_home: Path) -> None:
    cache_home.write_text("a file where the folder should be", encoding="utf-8")
    assert private_folder() is None


def test_a_registry_read_from_pint_s_cache_converts_as_a_fresh_one(cache_home: Path) -> None:
    folder = private_folder("pint")
    assert folder is not None
    fresh = conversions(unit_registry(None))
    assert conversions(unit_registry(folder)) == fresh  # writes the cache
    assert list(folder.glob("*.pickle"))
    assert conversions(unit_registry(folder)) == fresh  # reads it


def test_a_damaged_cache_costs_a_rebuild_not_a_failure(cache_home: Path) -> None:
    folder = private_folder("pint")
    assert folder is not None
    fresh = conversions(unit_registry(folder))
    pickles = list(folder.glob("*.pickle"))
    assert pickles
    for path in pickles:
        path.write_bytes(path.read_bytes()[:40])  # as if a run had stopped while writing
    assert conversions(unit_registry(folder)) == fresh
    assert not folder.exists()  # emptied: the next run writes it again
