"""Determinism: the same input gives byte-identical JSON, whatever the run or the hash seed.

Covers ``tests/examples``, ``claims`` and the hostile corpus (broken files must be reported
the same way every time too). Files are processed and reported in sorted order.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checks.discovery import discover

ROOT = Path(__file__).resolve().parent.parent
TREES = ("tests/examples", "claims", "tests/hostile")
SEEDS = ("0", "1", "123")


def _json_report(tree: str, seed: str, cache: Path) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "CLAIM_CHECKS_CACHE": str(cache)}
    result = subprocess.run(
        [sys.executable, "-m", "checks", "run", tree, "--format", "json", "--today",
         "2026-11-29", "--no-cache"],
        cwd=ROOT, env=env, capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    assert result.returncode in (0, 1, 2)
    return result.stdout


@pytest.mark.parametrize("tree", TREES)
def test_json_is_byte_identical_across_hash_seeds(tree: str, tmp_path: Path) -> None:
    reports = {seed: _json_report(tree, seed, tmp_path / "cache") for seed in SEEDS}
    first = reports[SEEDS[0]]
    json.loads(first)
    for seed, report in reports.items():
        assert report == first, f"PYTHONHASHSEED={seed} gives another report for {tree}"


def test_json_is_byte_identical_across_runs_and_the_cache(tmp_path: Path) -> None:
    """Two runs in a row with the result cache on give the bytes of a run without it."""
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONHASHSEED": "7"}
    arguments = [sys.executable, "-m", "checks", "run", "tests/examples", "claims",
                 "--format", "json", "--today", "2026-11-29", "--cache-dir", str(cache)]
    runs = [
        subprocess.run(arguments, cwd=ROOT, env=env, capture_output=True, timeout=300,
                       check=False).stdout
        for _ in range(2)
    ]  # fmt: skip
    uncached = _json_report("tests/examples", "7", cache)
    assert runs[0] == runs[1]
    combined = json.loads(runs[0])
    examples_only = json.loads(uncached)
    listed = [f for f in combined["files"] if f["path"].startswith("tests/examples")]
    assert listed == examples_only["files"]


def test_files_are_processed_in_sorted_order(tmp_path: Path) -> None:
    names = ["b.yaml", "a.yml", "C.yaml", "z/a.yaml", "a/z.yaml", "ä.yaml", "a.rates.yaml"]
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("source: {published: 2018-09-05}\nclaims: {}\n", encoding="utf-8")
    # the same files found from two argument orders, and a file named twice
    first, _ = discover([str(tmp_path / "z"), str(tmp_path)])
    second, _ = discover([str(tmp_path), str(tmp_path / "z" / "a.yaml")])
    order = [p.relative_to(tmp_path).as_posix() for p, _ in first]
    assert order == sorted(order)
    assert "a.rates.yaml" not in order
    assert [p for p, _ in first] == [p for p, _ in second]


def test_a_rates_file_named_on_its_own_is_not_a_claim_file(tmp_path: Path) -> None:
    rates = tmp_path / "pkr.rates.yaml"
    rates.write_text("rates: []\n", encoding="utf-8")
    claim = tmp_path / "story.yaml"
    claim.write_text("source: {published: 2018-09-05}\nclaims: {}\n", encoding="utf-8")
    found, problems = discover([str(rates), str(claim)])
    assert [p for p, _ in found] == [claim] and problems == []


def test_report_order_does_not_depend_on_the_order_of_paths(tmp_path: Path) -> None:
    for name in ("one", "two"):
        shutil.copytree(ROOT / "claims", tmp_path / name)
    outputs = []
    for paths in (["one", "two"], ["two", "one"]):
        result = subprocess.run(
            [sys.executable, "-m", "checks", "run", *paths, "--format", "json", "--no-cache"],
            cwd=tmp_path, capture_output=True, timeout=300, check=False,
        )  # fmt: skip
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
