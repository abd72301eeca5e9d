"""The pytest plugin, run with ``pytester``; and every front end agreeing on what failed."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import lark.exceptions  # noqa: F401 - see below
import pytest

from checks.cli import main

pytest_plugins = ["pytester"]
# pytester's in-process runs drop the modules first imported during a run. The grammar's
# parser outlives them (it is cached in checks.grammar, imported before), so a lark first
# imported inside a run would come back as a second copy whose LarkError the first
# copy's parser never raises. Importing lark here keeps one copy, whichever tests run.

TODAY = "2026-11-29"

MIXED = """\
source:
  title: Aid withheld and a pipeline
  published: 2018-09-05
  text: article.txt
claims:
  aid_cancelled:
    quote: cancel $300 million in aid to Pakistan
  csf_stripped:   {value: $500 million}
  total_withheld: {value: $800 million}
  first_edition:  {value: $810 million}
  iran_segment:     {value: 900 km}
  pakistan_segment: {value: 700 km}
  pipeline_length:  {value: "2,775 km"}
checks:
  - id: withheld-total
    sum: [aid_cancelled, csf_stripped]
    equals: total_withheld
  - id: first-edition-total
    sum: [aid_cancelled, csf_stripped]
    equals: first_edition
  - id: pipeline-total
    sum:
      - iran_segment
      - pakistan_segment
    equals: pipeline_length
  - id: pipeline-total-reviewed
    sum: [iran_segment, pakistan_segment]
    equals: pipeline_length
    known: 2,775 km is the original Iran-Pakistan-India route
  - id: withheld-total-reviewed
    sum: [aid_cancelled, csf_stripped]
    equals: total_withheld
    known: the first edition said $810 million
  - id: broken-expression
    expect: aid_cancelled <
"""

ARTICLE = "Washington moved to cancel $300 million in aid to Pakistan on Saturday.\n"

BAD = """\
source:
  title: Gas pipeline segments
  published: 2018-09-05
claims:
  iran_segment:
    valeu: 900 km
"""

VERDICTS = {
    "withheld-total": "consistent",
    "first-edition-total": "rounding",
    "pipeline-total": "mismatch",
    "pipeline-total-reviewed": "known",
    "withheld-total-reviewed": "fixed",
    "broken-expression": "error",
    "quote-aid_cancelled": "consistent",
}
FAILING = {"pipeline-total", "broken-expression"}
BAD_LINE = 6

HAS_XDIST = importlib.util.find_spec("xdist") is not None
SUMMARY = re.compile(r"^(PASSED|FAILED|ERROR|XFAIL|XPASS|SKIPPED) (\S+)")


def line_of(text: str, check_id: str) -> int:
    """The line of ``- id: <check_id>`` in ``text``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == f"- id: {check_id}":
            return number
    if check_id.startswith("quote-"):
        claim = check_id.removeprefix("quote-")
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip() == f"{claim}:":
                return number
    raise AssertionError(check_id)


@pytest.fixture
def claims(pytester: pytest.Pytester) -> Path:
    folder = pytester.mkdir("claims")
    (folder / "x.yaml").write_text(MIXED, encoding="utf-8")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture
def bad(claims: Path) -> Path:
    path = claims / "bad.yaml"
    path.write_text(BAD, encoding="utf-8")
    return path


def plugin_args() -> list[str]:
    """``-p checks.pytest_plugin`` only when entry points are not loaded automatically."""
    autoload = not os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    return [] if autoload else ["-p", "checks.pytest_plugin"]


def run(pytester: pytest.Pytester, *args: str, subprocess: bool = False) -> pytest.RunResult:
    arguments = [*plugin_args(), "-p", "no:cacheprovider", "--claim-today", TODAY, *args]
    if subprocess:
        return pytester.runpytest_subprocess(*arguments)
    return pytester.runpytest(*arguments)


def outcomes(result: pytest.RunResult) -> dict[str, str]:
    """Node id → outcome, from the ``-rA`` short summary."""
    found: dict[str, str] = {}
    for line in result.outlines:
        match = SUMMARY.match(line)
        if match:
            found[match[2]] = match[1]
    return found


# collection ------------------------------------------------------------------------------


def test_one_item_per_check_and_quote(pytester: pytest.Pytester, claims: Path) -> None:
    result = run(pytester, "--collect-only", "-q", "claims")
    ids = [line for line in result.outlines if "::" in line]
    assert ids == [f"claims/x.yaml::{check_id}" for check_id in VERDICTS]
    assert result.ret == 0


def test_k_selects_by_check_id_and_kind(pytester: pytest.Pytester, claims: Path) -> None:
    result = run(pytester, "-rA", "-k", "pipeline-total and not reviewed", "claims")
    assert outcomes(result) == {"claims/x.yaml::pipeline-total": "FAILED"}
    result = run(pytester, "-rA", "-k", "expect", "claims")
    assert outcomes(result) == {"claims/x.yaml::broken-expression": "FAILED"}


def test_files_outside_claims_are_not_collected(pytester: pytest.Pytester, claims: Path) -> None:
    pytester.mkdir("other")
    (pytester.path / "other" / "y.yaml").write_text(MIXED, encoding="utf-8")
    (pytester.path / "claims" / "notes.txt").write_text("not yaml", encoding="utf-8")
    rates = "rates:\n  - {pair: USD/PKR, rate: 124.2, date: 2018-09-04}\n"
    (pytester.path / "claims" / "pkr.rates.yaml").write_text(rates, encoding="utf-8")
    result = run(pytester, "--collect-only", "-q", ".")
    assert not [line for line in result.outlines if line.startswith("other/")]
    assert "rates.yaml" not in result.stdout.str() and result.ret == 0
    assert len([line for line in result.outlines if line.startswith("claims/x.yaml::")]) == 7


def test_claim_files_ini_option(pytester: pytest.Pytester, claims: Path) -> None:
    pytester.makeini("[pytest]\nclaim_files =\n    news/*.yaml\n")
    pytester.mkdir("news")
    (pytester.path / "news" / "story.yaml").write_text(MIXED, encoding="utf-8")
    (pytester.path / "news" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(pytester, "--collect-only", "-q", ".")
    ids = [line for line in result.outlines if "::" in line]
    assert ids and all(line.startswith("news/story.yaml::") for line in ids), result.outlines


# outcomes ---------------------------------------------------------------------------------


def test_outcomes(pytester: pytest.Pytester, claims: Path) -> None:
    result = run(pytester, "-rA", "claims")
    result.assert_outcomes(passed=3, failed=2, xfailed=1, xpassed=1)
    expected = {
        "consistent": "PASSED", "rounding": "PASSED", "mismatch": "FAILED", "error": "FAILED",
        "known": "XFAIL", "fixed": "XPASS",
    }  # fmt: skip
    assert outcomes(result) == {
        f"claims/x.yaml::{check_id}": expected[verdict] for check_id, verdict in VERDICTS.items()
    }
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_failure_shows_explanation_and_yaml_lines(pytester: pytest.Pytester, claims: Path) -> None:
    result = run(pytester, "claims")
    line = line_of(MIXED, "pipeline-total")
    result.stdout.fnmatch_lines(
        [
            f"claims/x.yaml:{line}:5: mismatch [[]sum[]] pipeline-total",
            "*900 km + 700 km = 1,600 km*2,775 km*",
            "",
            f"*{line} |   - id: pipeline-total",
            f"*{line + 1} |     sum:",
            f"*{line + 2} |       - iran_segment",
            f"*{line + 3} |       - pakistan_segment",
            f"*{line + 4} |     equals: pipeline_length",
        ]
    )
    following = f"{line + 5} |   - id: pipeline-total-reviewed"
    assert not any(following in text for text in result.outlines)
    assert "Traceback" not in result.stdout.str()


def test_failure_shows_the_likely_slip(pytester: pytest.Pytester) -> None:
    folder = pytester.mkdir("claims")
    (folder / "slip.yaml").write_text(
        "source: {published: 2024-05-01}\n"
        "claims:\n"
        "  schools: {value: $1.2 billion}\n"
        "  roads:   {value: $800 million}\n"
        "  total:   {value: $2.0 million}\n"
        "checks:\n"
        "  - id: budget-total\n"
        "    sum: [schools, roads]\n"
        "    equals: total\n",
        encoding="utf-8",
    )
    result = run(pytester, "claims")
    result.stdout.fnmatch_lines(
        [
            "claims/slip.yaml:7:5: mismatch [[]sum[]] budget-total",
            "*$1.2 billion + $800 million*",
            "    likely slip: holds if $2.0 million is read as $2 billion: million was written*",
        ]
    )


def test_claim_strict_fails_fixed_and_rounding(pytester: pytest.Pytester, claims: Path) -> None:
    result = run(pytester, "-rA", "--claim-strict", "claims")
    found = outcomes(result)
    assert found["claims/x.yaml::withheld-total-reviewed"] == "FAILED"
    assert found["claims/x.yaml::first-edition-total"] == "FAILED"
    assert found["claims/x.yaml::pipeline-total-reviewed"] == "XFAIL"
    result.stdout.fnmatch_lines(["*XPASS(strict)*withheld-total-reviewed*"])
    result.assert_outcomes(passed=2, failed=4, xfailed=1)


def test_expired_known_fails_after_until(pytester: pytest.Pytester, claims: Path) -> None:
    text = MIXED.replace(
        "known: 2,775 km is the original Iran-Pakistan-India route",
        "known: {reason: original route, until: 2025-01-01}",
    )
    (claims / "x.yaml").write_text(text, encoding="utf-8")
    found = outcomes(run(pytester, "-rA", "claims"))
    assert found["claims/x.yaml::pipeline-total-reviewed"] == "FAILED"
    earlier = pytester.runpytest(*plugin_args(), "-rA", "--claim-today", "2024-12-31", "claims")
    assert outcomes(earlier)["claims/x.yaml::pipeline-total-reviewed"] == "XFAIL"


def test_bad_claim_today_is_a_usage_error(pytester: pytest.Pytester, claims: Path) -> None:
    result = pytester.runpytest(*plugin_args(), "--claim-today", "31/12/2026", "claims")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--claim-today must be an ISO date*"])


def test_invalid_file_is_one_collection_error(pytester: pytest.Pytester, bad: Path) -> None:
    """As for any collection error, pytest stops before running (exit 2, like the CLI's)."""
    result = run(pytester, "-rA", "claims")
    result.assert_outcomes(errors=1)
    assert outcomes(result) == {"claims/bad.yaml": "ERROR"}
    result.stdout.fnmatch_lines([f"claims/bad.yaml:{BAD_LINE}:5: unknown key 'valeu'*"])
    assert "Traceback" not in result.stdout.str()
    assert result.ret == pytest.ExitCode.INTERRUPTED
    assert int(result.ret) == 2


def test_continue_on_collection_errors_checks_the_other_files(
    pytester: pytest.Pytester, bad: Path
) -> None:
    result = run(pytester, "-rA", "--continue-on-collection-errors", "claims")
    result.assert_outcomes(passed=3, failed=2, xfailed=1, xpassed=1, errors=1)
    assert outcomes(result)["claims/bad.yaml"] == "ERROR"
    assert result.ret == pytest.ExitCode.TESTS_FAILED


@pytest.mark.skipif(not HAS_XDIST, reason="pytest-xdist is not installed")
def test_xdist_gives_the_serial_outcomes(pytester: pytest.Pytester, bad: Path) -> None:
    args = ("-rA", "--continue-on-collection-errors", "claims")
    serial = run(pytester, *args, subprocess=True)
    parallel = run(pytester, "-n", "2", *args, subprocess=True)
    assert outcomes(serial) and outcomes(parallel) == outcomes(serial)
    assert parallel.ret == serial.ret == pytest.ExitCode.TESTS_FAILED


# every front end agrees -------------------------------------------------------------------


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["run", "claims", "--today", TODAY, *args])
    return code, capsys.readouterr().out


def pytest_failures(result: pytest.RunResult) -> dict[str, int]:
    """Failed check id (or ``bad.yaml``) → the line its failure report points at."""
    failed = {
        node.split("::")[-1] if "::" in node else Path(node).name
        for node, outcome in outcomes(result).items()
        if outcome in {"FAILED", "ERROR"}
    }
    lines: dict[str, int] = {}
    for text in result.outlines:
        match = re.match(r"^claims/(\w+\.yaml):(\d+):\d+: (?:\w+ \[\w+\] (\S+)|unknown key)", text)
        if match:
            lines[match[3] or match[1]] = int(match[2])
    assert set(lines) >= failed, (failed, lines)
    return {name: lines[name] for name in failed}


def test_every_front_end_agrees(
    pytester: pytest.Pytester,
    bad: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """JSON, JUnit, SARIF, GitHub and pytest (serial and ``-n 2``): same failures, same lines."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.chdir(pytester.path)
    expected = {check_id: line_of(MIXED, check_id) for check_id in FAILING}
    expected["bad.yaml"] = BAD_LINE

    code, text = cli(capsys, "--format", "json")
    assert code == 2  # an invalid file: exit 2, and the other file is still checked
    document = json.loads(text)
    by_path = {f["path"]: f for f in document["files"]}
    verdicts = {c["id"]: c["verdict"] for c in by_path["claims/x.yaml"]["checks"]}
    assert verdicts == VERDICTS
    json_failures = {
        c["id"]: c["line"]
        for c in by_path["claims/x.yaml"]["checks"]
        if c["verdict"] in {"mismatch", "error"}
    }
    (error,) = by_path["claims/bad.yaml"]["errors"]
    json_failures["bad.yaml"] = error["line"]
    assert json_failures == expected

    _, text = cli(capsys, "--format", "junit")
    junit: dict[str, int] = {}
    for case in ET.fromstring(text).iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            name = case.get("name") or ""
            key = Path(case.get("file") or "").name if name == "(load)" else name
            junit[key] = int(case.get("line") or 0)
    assert junit == expected

    _, text = cli(capsys, "--format", "sarif")
    sarif: dict[str, int] = {}
    for result in json.loads(text)["runs"][0]["results"]:
        if result["level"] != "error":
            continue
        physical = result["locations"][0]["physicalLocation"]
        check_id = result.get("properties", {}).get("checkId")
        key = check_id or Path(physical["artifactLocation"]["uri"]).name
        sarif[key] = physical["region"]["startLine"]
    assert sarif == expected

    _, text = cli(capsys, "--format", "github")
    github: dict[str, int] = {}
    for line in text.splitlines():
        match = re.match(r"^::error file=([^,]+),line=(\d+),col=\d+,title=([^:]*)::", line)
        if match:
            title = match[3].split(" ")[-1]
            key = Path(match[1]).name if match[3].endswith("input error") else title
            github[key] = int(match[2])
    assert github == expected

    args = ("-rA", "--continue-on-collection-errors", "claims")
    assert pytest_failures(run(pytester, *args)) == expected
    if HAS_XDIST:
        parallel = run(pytester, "-n", "2", *args, subprocess=True)
        assert pytest_failures(parallel) == expected
