"""The quality gates run as tests, so the README's one test command covers them."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> list[str]:
    if shutil.which(name) is None and not (Path(sys.executable).parent / name).exists():
        pytest.skip(f"{name} is not installed (pip install '.[test]')")
    return [sys.executable, "-m", name]


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [*_tool("ruff"), "check", "checks", "tests"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_finds_nothing() -> None:
    result = subprocess.run([*_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_layers_do_not_import_outwards() -> None:
    """Inner layers never import outer ones (figures < records < kinds < engine < reporters)."""
    outer = {
        "checks/intervals.py": ("checks.figures", "checks.engine", "checks.reporters"),
        "checks/units.py": ("checks.figures", "checks.engine", "checks.reporters"),
        "checks/figures.py": ("checks.records", "checks.kinds", "checks.engine",
                              "checks.reporters", "checks.cli"),
        "checks/records.py": ("checks.kinds", "checks.engine", "checks.reporters", "checks.cli"),
        "checks/results.py": ("checks.engine", "checks.reporters", "checks.cli", "checks.kinds"),
    }
    for module in (ROOT / "checks" / "kinds").glob("*.py"):
        outer[str(module.relative_to(ROOT))] = ("checks.engine", "checks.reporters", "checks.cli")
    for module in (ROOT / "checks" / "reporters").glob("*.py"):
        outer[str(module.relative_to(ROOT))] = (
            "checks.engine", "checks.loading", "checks.figures", "checks.kinds", "checks.cli"
        )
    for path, forbidden in outer.items():
        text = (ROOT / path).read_text(encoding="utf-8")
        for name in forbidden:
            assert f"import {name}" not in text and f"from {name} " not in text, (path, name)
