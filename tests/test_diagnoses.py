"""Diagnoses: each slip fires on a realistic sentence, stays quiet on a near miss, and never
explains what holds, what is an inequality, or what no slip made (docs/diagnoses.md)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from checks.diagnoses import MAX_OTHER_CLAIMS, Attempt, load_slips
from checks.engine import Options, run
from checks.figures import Context, parse_figure
from checks.kinds import Scope, Tolerance, load_kinds
from checks.results import CheckResult, RunResult, Verdict

ROOT = Path(__file__).resolve().parent.parent
FOLDER = Path(__file__).resolve().parent / "diagnoses"
SLIPS = FOLDER / "slips"
OPTIONS = Options(today=dt.date(2026, 11, 29))
DIRECTIVE = re.compile(r"^# diagnose (?P<check>\S+): (?P<cause>[a-z_]+)\s*$", re.M)
KNOWN_COINCIDENCES = {
    "20_staff_share.yaml": (
        "450 of 1,200 is stated as 45%, and 540 of 1,200 is exactly 45%: a digit swap fits "
        "the figures even though the story's cause is another figure; no check can tell"
    ),
}


def _checks(path: Path) -> list[CheckResult]:
    result = run([str(path)], OPTIONS)
    (file,) = result.files
    assert not file.errors, [str(p) for p in file.errors]
    return list(file.checks)


def _labelled() -> list[object]:
    return [pytest.param(p, id=p.name) for p in sorted(SLIPS.glob("*.yaml"))]


@pytest.mark.parametrize("path", _labelled())
def test_slip_example(path: Path) -> None:
    expected = {m["check"]: m["cause"] for m in DIRECTIVE.finditer(path.read_text("utf-8"))}
    assert expected, f"{path.name} states no `# diagnose` directive"
    checks = {c.check_id: c for c in _checks(path)}
    assert set(checks) == set(expected)
    for check_id, cause in expected.items():
        check = checks[check_id]
        assert check.verdict is Verdict.MISMATCH, (check_id, check.verdict, check.message)
        got = check.diagnosis.cause if check.diagnosis else "none"
        assert got == cause, (check_id, check.diagnosis)


@pytest.mark.parametrize("slip", [s.name for s in load_slips()])
def test_every_slip_has_an_example_and_a_near_miss_and_docs(slip: str) -> None:
    example = SLIPS / f"{slip}.yaml"
    near_miss = SLIPS / f"{slip}_near_miss.yaml"
    assert f": {slip}\n" in example.read_text("utf-8")
    assert ": none\n" in near_miss.read_text("utf-8")
    docs = (ROOT / "docs" / "diagnoses.md").read_text("utf-8")
    assert f"### `{slip}`" in docs


def test_at_least_the_slips_of_the_issue_are_registered() -> None:
    names = {s.name for s in load_slips()}
    assert names >= {
        "operand_swap", "scale_slip", "linear_factor", "temperature_difference",
        "percent_vs_times", "percent_vs_points", "percent_base", "decimal_separator",
        "unit_confusion", "digit_transposition", "missing_part",
    }  # fmt: skip


def test_a_diagnosis_is_one_sentence_naming_the_figure_as_written() -> None:
    (check,) = _checks(SLIPS / "operand_swap.yaml")
    assert check.diagnosis is not None
    message = check.diagnosis.message
    assert message.startswith("holds if 13.9 per 1,000 (rate_2006) is replaced by rate_2001")
    assert "(14.1 per 1,000)" in message and "\n" not in message


def test_nothing_that_holds_is_diagnosed() -> None:
    """Every consistent, rounding and fixed check of the examples and claims: no diagnosis."""
    result = run([str(ROOT / "tests" / "examples"), str(ROOT / "claims")], OPTIONS)
    holding = [
        c for _, c in result.all_checks() if c.verdict not in (Verdict.MISMATCH, Verdict.KNOWN)
    ]
    assert len(holding) > 50
    assert all(c.diagnosis is None for c in holding)


@pytest.mark.parametrize(
    "path",
    [
        "claims/iran_pakistan.yaml",
        "tests/examples/sum/pipeline_segments_mismatch.yaml",
        "tests/examples/verdicts/known.yaml",
        "tests/examples/sum/passengers_and_crew_mismatch.yaml",
        "tests/examples/same/pipeline_miles_typo_mismatch.yaml",
        "tests/examples/sum/open_part_more_than.yaml",
        "tests/examples/sum/fewer_than_five_injured.yaml",
        "tests/examples/share/share_in_a_range.yaml",
        "tests/examples/order/quantities_in_order.yaml",
        "tests/examples/expect/meeting_on_september_2_mismatch.yaml",
        "tests/examples/sum/segments_at_most_pipeline.yaml",
    ],
)
def test_mismatches_no_slip_explains_get_no_diagnosis(path: str) -> None:
    """The seed pipeline (900 + 700 ≠ 2,775), inequalities, open-ended figures, ranges."""
    failing = [c for c in _checks(ROOT / path) if c.verdict in (Verdict.MISMATCH, Verdict.KNOWN)]
    assert failing
    assert all(c.diagnosis is None for c in failing), [c.diagnosis for c in failing]


def test_the_simplest_slip_is_reported_and_the_others_named() -> None:
    checks = {c.check_id: c for c in _checks(SLIPS / "decimal_separator.yaml")}
    diagnosis = checks["pipeline"].diagnosis
    assert diagnosis is not None and diagnosis.cause == "decimal_separator"
    assert diagnosis.message.endswith("(also fits: scale_slip)")


def test_a_slip_that_only_makes_a_part_negligible_is_not_a_scale_slip() -> None:
    """$2.2 billion read as $2.2 million mends the budget only by dropping the part."""
    checks = {c.check_id: c for c in _checks(SLIPS / "missing_part.yaml")}
    diagnosis = checks["budget"].diagnosis
    assert diagnosis is not None and diagnosis.cause == "missing_part"
    assert "scale_slip" not in diagnosis.message


def test_known_mismatches_are_diagnosed_too(tmp_path: Path) -> None:
    text = (SLIPS / "scale_slip.yaml").read_text("utf-8")
    path = tmp_path / "known.yaml"
    path.write_text(
        text.replace(
            "    equals: package\n", "    equals: package\n    known: reported to the desk\n"
        )
    )
    (check,) = _checks(path)
    assert check.verdict is Verdict.KNOWN
    assert check.diagnosis is not None and check.diagnosis.cause == "scale_slip"


def test_the_search_is_bounded_on_a_long_file(tmp_path: Path) -> None:
    claims = "\n".join(f"  part_{i}: {{value: {1000 + 7 * i} km}}" for i in range(120))
    path = tmp_path / "long.yaml"
    path.write_text(
        "source: {title: Long, published: 2024-01-01}\nclaims:\n" + claims + "\n"
        "  total: {value: 333 km}\nchecks:\n  - id: long\n    sum: [part_0, part_1]\n"
        "    equals: total\n",
        encoding="utf-8",
    )
    started = time.perf_counter()
    (check,) = _checks(path)
    assert check.verdict is Verdict.MISMATCH and check.diagnosis is None
    assert time.perf_counter() - started < 10
    figures = {f"c{i}": parse_figure(f"{i + 1} km") for i in range(200)}
    attempt = Attempt(load_kinds()["sum"], None, Scope(figures, {}, Context()), Tolerance(), ())
    assert len(attempt.others(figures["c0"])) == MAX_OTHER_CLAIMS


def _accuracy_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "diagnosis_accuracy", ROOT / "scripts" / "diagnosis_accuracy.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_published_errors_accuracy() -> None:
    """Most get the right cause; the only wrong one is the documented coincidence."""
    folder = FOLDER / "published_errors"
    assert len(list(folder.glob("*.yaml"))) >= 15
    score = _accuracy_module().score(folder)
    wrong = {line.split()[1].rstrip(":") for line in score.lines if line.startswith("WRONG")}
    assert wrong == set(KNOWN_COINCIDENCES), score.lines
    assert score.right >= 15
    assert score.right > 4 * (score.missed + score.wrong)
    assert score.left_alone >= 4


def _run_result(path: Path) -> RunResult:
    return run([str(path)], OPTIONS)


def test_json_output_carries_the_diagnosis() -> None:
    from checks.reporters import RenderOptions
    from checks.reporters.json import render_json

    data = json.loads(render_json(_run_result(SLIPS / "scale_slip.yaml"), RenderOptions()))
    (check,) = data["files"][0]["checks"]
    assert check["diagnosis"]["cause"] == "scale_slip"
    assert check["diagnosis"]["message"].startswith("holds if $2.4 million is read as")


def test_text_output_prints_the_diagnosis_after_the_arithmetic() -> None:
    from checks.reporters import RenderOptions
    from checks.reporters.text import render_text

    text = render_text(_run_result(SLIPS / "scale_slip.yaml"), RenderOptions())
    lines = text.splitlines()
    arithmetic = next(i for i, line in enumerate(lines) if "$1.6 billion + $800 million" in line)
    assert lines[arithmetic + 1].strip().startswith("likely slip: holds if $2.4 million")


def test_diagnoses_do_not_import_outer_layers() -> None:
    for module in (ROOT / "checks" / "diagnoses").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        for name in ("checks.engine", "checks.reporters", "checks.cli"):
            assert f"import {name}" not in text and f"from {name} " not in text, (module, name)
