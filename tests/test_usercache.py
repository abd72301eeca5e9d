"""The per-user cache of tables built from installed code (lark's tables, pint's definitions).

A cache must never change an answer: a registry read from pint's cache converts exactly
as a fresh one, and a damaged cache file costs time, never a failed run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from checks import units
from checks.units import unit_registry
from checks.usercache import private_folder

PHRASES = (
    "km", "mile", "oil_barrel / day", "degF", "tonne", "km**2", "hour",
    "calendar_decade", "percentage_point", "USD", "EUR / tonne", "INR / day",
    "million_Btu", "thousand_cubic_foot / day", "barrel_of_oil_equivalent", "million_boe",
)  # fmt: skip
"""pint's units and the harness's own (``HARNESS_UNITS``), as ``units`` spells them for pint."""


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


def test_a_decade_is_ten_calendar_years_with_or_without_pint_s_cache(cache_home: Path) -> None:
    """pint's own ``decade`` is a logarithmic ratio; redefining it once pint had built its
    tables took effect only in a registry read from pint's cache."""
    folder = private_folder("pint")
    for registry in (unit_registry(None), unit_registry(folder), unit_registry(folder)):
        ten_years = registry.Quantity(1.0, registry.parse_units("calendar_decade"))
        assert ten_years.to("year").magnitude == pytest.approx(10.0)
    assert units.resolve("decades").calendar_months == 120
    assert units.resolve("decade").factor == pytest.approx(3652.5)  # days


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


ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import sys\n"
    "from checks.cli import console\n"
    "code = console(sys.argv[1:])\n"
    "print(code, 'pint' in sys.modules, 'lark' in sys.modules, file=sys.stderr)\n"
)


def run_command(home: Path, *arguments: str) -> tuple[str, int, bool]:
    """A run in a fresh interpreter with ``home`` as the per-user cache: its output, its exit
    code and whether it imported pint."""
    output, code, pint, _ = run_probe(home, *arguments)
    return output, code, pint


def run_probe(home: Path, *arguments: str) -> tuple[str, int, bool, bool]:
    """:func:`run_command`, and whether the run imported lark."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "run", *arguments, "--no-cache", "-f", "json",
         "--today", "2026-11-30"],
        capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "XDG_CACHE_HOME": str(home)},
    )  # fmt: skip
    code, pint, lark = done.stderr.split()[-3:]
    return done.stdout, int(code), pint == "True", lark == "True"


def memory_file(home: Path, name: str) -> dict[Any, Any]:
    """What the per-user memory ``name`` holds, by key (a shape's key as a tuple)."""
    (path,) = (home / "claim-checks").glob(f"{name}-*.json")
    entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
    return {entry[0] if len(entry) == 2 else tuple(entry[:2]): entry[-1] for entry in entries}


def units_file(home: Path) -> dict[str, Any]:
    return memory_file(home, "units")


def memory_text(entries: list[Any]) -> str:
    """A memory's file as a run writes it: the entries under their SHA-256."""
    text = json.dumps(entries)
    return f'{{"sha256": "{hashlib.sha256(text.encode()).hexdigest()}", "entries": {text}}}\n'


def test_unit_phrases_are_remembered_even_without_the_results_cache(tmp_path: Path) -> None:
    home = tmp_path / "home-cache"
    first, code, imported = run_command(home, str(ROOT / "claims"))
    assert imported and code == 1
    remembered = units_file(home)
    assert remembered["km"]["factor"] == 1000.0 and remembered["countries"] is None
    second, again, imported = run_command(home, str(ROOT / "claims"))
    assert (second, again, imported) == (first, code, False)


def test_what_parallel_workers_learn_is_remembered_too(tmp_path: Path) -> None:
    """Unit phrases and shapes a worker meets are handed back to the parent and kept."""
    corpus = tmp_path / "claims"
    corpus.mkdir()
    for index in range(20):  # enough files for two workers
        shutil.copy(ROOT / "claims" / "iran_pakistan.yaml", corpus / f"story{index}.yaml")
    home = tmp_path / "home-cache"
    parallel, _, _, _ = run_probe(home, str(corpus), "--jobs", "2")
    assert "km" in units_file(home)
    assert ("figure", "$999 million") in memory_file(home, "shapes")
    serial, _, pint, lark = run_probe(home, str(corpus))
    assert serial == parallel and not pint and not lark


def test_a_damaged_memory_of_units_is_ignored_and_written_again(tmp_path: Path) -> None:
    home = tmp_path / "home-cache"
    expected, _, _ = run_command(home, str(ROOT / "claims"))
    (path,) = (home / "claim-checks").glob("units-*.json")
    path.write_text(memory_text([["km", {"factor": "a thousand"}]]), encoding="utf-8")
    again, _, imported = run_command(home, str(ROOT / "claims"))
    assert again == expected and imported
    assert units_file(home)["km"]["factor"] == 1000.0


@pytest.mark.parametrize("setting", ["relative/cache", ""])
def test_a_relative_cache_home_is_never_used(
    setting: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relative folder would land in the project being checked, where a pull request
    could plant pickles: ``XDG_CACHE_HOME`` must be absolute, and so must the home."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", setting)
    monkeypatch.setenv("HOME", "relative-home")
    assert private_folder("pint") is None
    assert not any(tmp_path.iterdir())


def test_every_level_of_the_folder_is_owner_only(cache_home: Path) -> None:
    (cache_home / "claim-checks").mkdir(parents=True, mode=0o755)
    (cache_home / "claim-checks").chmod(0o755)
    folder = private_folder("pint")
    assert folder is not None
    for level in (folder, folder.parent):
        assert stat.S_IMODE(level.stat().st_mode) & 0o077 == 0


def test_the_memory_of_units_keeps_the_newest_phrases(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every project adds its counted nouns: past the cap, the oldest phrases make way."""
    from checks import usercache

    monkeypatch.setattr(usercache, "MAX_REMEMBERED", 3)
    monkeypatch.setattr(units, "LEARNED", {"zebras": None, "apples": None, "km": None})
    usercache.save(usercache.UNITS)
    monkeypatch.setattr(units, "LEARNED", {"bananas": None})
    usercache.save(usercache.UNITS)
    assert list(units_file(cache_home)) == ["apples", "km", "bananas"]
    monkeypatch.setattr(units, "REMEMBERED", {})
    usercache.remember(usercache.UNITS)
    assert list(units.REMEMBERED) == ["apples", "km", "bananas"]
    monkeypatch.setattr(units, "LEARNED", {f"phrase{n}": None for n in range(5)})
    usercache.save(usercache.UNITS)  # more learned at once than the cap
    assert list(units_file(cache_home)) == ["phrase2", "phrase3", "phrase4"]


def test_shapes_parsed_once_are_remembered_and_lark_is_not_imported_again(
    tmp_path: Path,
) -> None:
    """A run meeting only known shapes reads their trees from the memory, with the same
    results; the claim files' figures, dates and expressions are all in it."""
    home = tmp_path / "home-cache"
    first, code, _, lark = run_probe(home, str(ROOT / "claims"))
    assert lark and code == 1
    shapes = memory_file(home, "shapes")
    assert {start for start, _ in shapes} == {"figure", "date", "expression"}
    assert ("figure", "$999 million") in shapes
    second, again, _, lark = run_probe(home, str(ROOT / "claims"))
    assert (second, again, lark) == (first, code, False)


def test_a_damaged_memory_of_shapes_is_ignored_and_written_again(tmp_path: Path) -> None:
    home = tmp_path / "home-cache"
    expected, _, _, _ = run_probe(home, str(ROOT / "claims"))
    (path,) = (home / "claim-checks").glob("shapes-*.json")
    intact = path.read_text(encoding="utf-8")
    # One letter changed, as a disk error might: the digest no longer matches.
    damaged = intact.replace("million", "millioN", 1)
    assert damaged != intact
    path.write_text(damaged, encoding="utf-8")
    again, _, _, lark = run_probe(home, str(ROOT / "claims"))
    assert again == expected and lark
    assert path.read_text(encoding="utf-8") != damaged  # written again
    path.write_text("[" * 100_000, encoding="utf-8")  # nested past any recursion limit
    again, _, _, lark = run_probe(home, str(ROOT / "claims"))
    assert again == expected and lark


def test_a_remembered_tree_that_is_not_of_its_shape_is_parsed_again(tmp_path: Path) -> None:
    """Under a correct digest (as if written so), a tree whose tokens are not the shape's
    characters is refused when met, not used. (A tree edited on purpose to other rules but
    the same tokens is trusted, as the pickles in the same folder are.)"""
    home = tmp_path / "home-cache"
    expected, _, _, _ = run_probe(home, str(ROOT / "claims"))
    (path,) = (home / "claim-checks").glob("shapes-*.json")
    entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
    not_of_the_shape = json.dumps(["single", [["NUMBER", "\x00", 0, 1]]])
    wrong = [[start, shape, not_of_the_shape] for start, shape, _ in entries]
    path.write_text(memory_text(wrong), encoding="utf-8")
    again, _, _, lark = run_probe(home, str(ROOT / "claims"))
    assert again == expected and lark
    assert memory_file(home, "shapes")[("figure", "$999 million")] != wrong[0][2]


def test_a_memory_is_per_version_of_the_code_the_library_and_python(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tree depends on the grammar, lark and Python's Unicode tables; a unit on pint."""
    from checks import cache, usercache

    first = usercache.SHAPES.file()
    monkeypatch.setattr(usercache, "_installed", lambda library: f"{library}-0.0.dist-info")
    by_library = usercache.SHAPES.file()
    monkeypatch.setattr(sys, "version_info", (3, 99, 0, "final", 0))
    by_python = usercache.SHAPES.file()
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "other code")
    by_code = usercache.SHAPES.file()
    assert len({first, by_library, by_python, by_code}) == 4
    assert usercache.UNITS.file() != by_code


def test_what_another_run_wrote_meanwhile_is_kept(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checks import usercache

    monkeypatch.setattr(units, "LEARNED", {"apples": None})
    usercache.save(usercache.UNITS)  # this run started before the other wrote "pears"
    monkeypatch.setattr(units, "LEARNED", {"pears": None})
    usercache.save(usercache.UNITS)
    assert list(units_file(cache_home)) == ["apples", "pears"]


def test_a_phrase_with_a_lone_surrogate_is_remembered(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """libyaml refuses such escapes, but a file could hold one: it stays ASCII JSON, the
    phrase intact, and nothing is left half-written."""
    from checks import usercache

    monkeypatch.setattr(units, "LEARNED", {"\udc00 widgets": None})
    usercache.save(usercache.UNITS)
    monkeypatch.setattr(units, "REMEMBERED", {})
    usercache.remember(usercache.UNITS)
    assert units.REMEMBERED == {"\udc00 widgets": None}
    assert not list((cache_home / "claim-checks").glob("*.tmp"))


def test_memories_of_old_versions_are_deleted_when_a_run_writes_one(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each upgrade writes new files; those of versions long gone do not pile up."""
    from checks import usercache

    folder = private_folder()
    assert folder is not None
    old = [folder / f"units-old{index}.json" for index in range(5)]
    for age, path in enumerate(old):
        path.write_text('{"entries": []}', encoding="utf-8")
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    shapes = folder / "shapes-old.json"
    shapes.write_text('{"entries": []}', encoding="utf-8")
    monkeypatch.setattr(units, "LEARNED", {"bananas": None})
    usercache.save(usercache.UNITS)
    left = sorted(p.name for p in folder.glob("units-*.json"))
    assert left == sorted([usercache.UNITS.file().name, *(p.name for p in old[-3:])])  # type: ignore[union-attr]
    assert shapes.exists()  # another memory's file


def test_spawned_workers_start_with_what_the_parent_remembers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where there is no fork (Windows, macOS), workers start afresh: they are handed the
    parent's memories, so they learn nothing the parent knew (and the files stay as they
    were)."""
    import multiprocessing

    from checks.cli import main

    corpus = tmp_path / "claims"
    corpus.mkdir()
    for index in range(20):  # enough files for two workers
        shutil.copy(ROOT / "claims" / "iran_pakistan.yaml", corpus / f"story{index}.yaml")
    home = tmp_path / "home-cache"
    serial, _, _, _ = run_probe(home, str(corpus))  # fills the memories
    files = sorted((home / "claim-checks").glob("*-*.json"))
    before = [(path.read_bytes(), path.stat().st_mtime_ns) for path in files]
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    from checks import grammar

    monkeypatch.setattr(units, "LEARNED", {})  # not what earlier tests in this process met
    monkeypatch.setattr(grammar, "LEARNED", {})
    output = tmp_path / "parallel.json"
    arguments = ["run", str(corpus), "--jobs", "2", "--no-cache", "-f", "json"]
    main([*arguments, "--today", "2026-11-30", "-o", str(output)])
    assert output.read_text(encoding="utf-8") == serial
    assert [(path.read_bytes(), path.stat().st_mtime_ns) for path in files] == before
