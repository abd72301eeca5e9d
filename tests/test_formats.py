"""CI output formats: junit, sarif, github, gitlab, markdown."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from checks.engine import run as run_engine
from checks.loading import Location, Problem
from checks.reporters import RenderOptions, load_reporters
from checks.reporters.github import escape_data, escape_property
from checks.results import (
    Acknowledgement,
    CheckResult,
    FileResult,
    Operand,
    RunResult,
    Verdict,
)

ROOT = Path(__file__).resolve().parent.parent
NASTY = 'bad <value> & "quote"\nsecond line 50%, a:b \x01end'
OPTIONS = RenderOptions()
REPORTERS = load_reporters()


def render(name: str, run: RunResult) -> str:
    return REPORTERS[name].render(run, OPTIONS)


def check(
    check_id: str, verdict: Verdict, kind: str = "sum", line: int = 10, **extra: Any
) -> CheckResult:
    return CheckResult(
        check_id,
        kind,
        verdict,
        Location("claims/a.yaml", line, 5),
        message=f"explanation of {check_id}",
        **extra,
    )


def hand_made(strict: bool = False) -> RunResult:
    checks = (
        check("ok", Verdict.CONSISTENT, line=1),
        check("close", Verdict.ROUNDING, kind="same", line=2),
        check("wrong", Verdict.MISMATCH, line=3),
        check("old", Verdict.KNOWN, kind="change", line=4,
              known=Acknowledgement("the paper corrected it", by="ed")),
        check("mended", Verdict.FIXED, kind="order", line=5,
              known=Acknowledgement("typo fixed upstream")),
        check("broken", Verdict.ERROR, kind="expect", line=6),
        check("q", Verdict.MISMATCH, kind="quote", line=7),
    )  # fmt: skip
    bad = FileResult("claims/bad.yaml", errors=(Problem(Location("claims/bad.yaml", 3, 7), NASTY),))
    return RunResult((FileResult("claims/a.yaml", checks=checks), bad), strict=strict)


@pytest.fixture(scope="module")
def seed() -> RunResult:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return run_engine(["claims"])
    finally:
        os.chdir(cwd)


@pytest.fixture(autouse=True)
def _no_step_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def test_all_formats_registered() -> None:
    assert {"junit", "sarif", "github", "gitlab", "markdown"} <= set(REPORTERS)


# junit ---------------------------------------------------------------------------------


def test_junit_counts_and_cases() -> None:
    root = ET.fromstring(render("junit", hand_made()))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("8", "2", "2")
    assert root.get("skipped") == "0"
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"claims/a.yaml", "claims/bad.yaml"}
    cases = {c.get("name"): c for c in suites["claims/a.yaml"].iter("testcase")}
    assert cases["wrong"].get("classname") == "claims.a"
    assert cases["wrong"].get("file") == "claims/a.yaml"
    assert cases["wrong"].get("line") == "3"
    failure = cases["wrong"].find("failure")
    assert failure is not None and failure.get("type") == "mismatch"
    assert "explanation of wrong" in (failure.text or "")
    assert cases["broken"].find("error") is not None
    known = cases["old"]
    assert known.find("failure") is None and known.find("skipped") is None
    props = {p.get("name"): p.get("value") for p in known.iter("property")}
    assert props["verdict"] == "known"
    assert "the paper corrected it" in (known.findtext("system-out") or "")
    for name in ("close", "mended", "ok"):
        assert cases[name].find("failure") is None
    load = suites["claims/bad.yaml"].find("testcase")
    assert load is not None and load.get("name") == "(load)"
    error = load.find("error")
    assert error is not None
    assert (error.text or "").startswith('claims/bad.yaml:3:7: bad <value> & "quote"')
    assert "\x01" not in (error.text or "") and "end" in (error.text or "")


def test_junit_strict_fails_rounding_and_fixed() -> None:
    root = ET.fromstring(render("junit", hand_made(strict=True)))
    assert (root.get("failures"), root.get("errors")) == ("4", "2")
    failed = {c.get("name") for c in root.iter("testcase") if c.find("failure") is not None}
    assert failed == {"wrong", "q", "close", "mended"}


def test_junit_strips_control_characters_everywhere() -> None:
    result = RunResult(
        (
            FileResult(
                "claims/c\x03.yaml",
                checks=(
                    CheckResult(
                        "id\x02", "sum", Verdict.MISMATCH, Location("claims/c\x03.yaml", 1, 1),
                        message="m\x0bn\x1f",
                    ),
                ),
            ),
        )
    )  # fmt: skip
    text = render("junit", result)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
    ET.fromstring(text)


# sarif ---------------------------------------------------------------------------------


def validate_sarif(document: dict[str, Any]) -> None:
    assert document["version"] == "2.1.0"
    assert document["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    (run,) = document["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "claim-checks" and driver["version"] and driver["informationUri"]
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert rule["shortDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
    for result in run["results"]:
        assert result["ruleId"] in ids
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        assert result["message"]["text"]
        physical = result["locations"][0]["physicalLocation"]
        uri = physical["artifactLocation"]["uri"]
        assert "\\" not in uri and not uri.startswith("/")
        assert physical["region"]["startLine"] >= 1
        assert physical["region"]["startColumn"] >= 1
        assert re.fullmatch("[0-9a-f]{64}", result["partialFingerprints"]["claimChecks/v1"])


def test_sarif_structure_and_levels() -> None:
    text = render("sarif", hand_made())
    assert text == render("sarif", hand_made())
    document = json.loads(text)
    validate_sarif(document)
    rules = {r["id"]: r for r in document["runs"][0]["tool"]["driver"]["rules"]}
    for rule in ("CC-SUM", "CC-SAME", "CC-ORDER", "CC-CHANGE", "CC-SHARE", "CC-EXPECT",
                 "CC-QUOTE", "CC-INPUT"):  # fmt: skip
        assert rule in rules
    assert "What it checks" not in rules["CC-SUM"]["help"]["markdown"]
    assert len(rules["CC-SUM"]["help"]["text"]) > len(rules["CC-SUM"]["shortDescription"]["text"])
    results = document["runs"][0]["results"]
    levels = {r.get("properties", {}).get("checkId", "input"): r["level"] for r in results}
    assert levels == {
        "input": "error", "wrong": "error", "q": "error", "broken": "error",
        "close": "warning", "mended": "warning", "old": "note",
    }  # fmt: skip
    (known,) = [r for r in results if r["level"] == "note"]
    assert known["suppressions"] == [
        {"kind": "inSource", "justification": "the paper corrected it"}
    ]
    (quote,) = [r for r in results if r.get("properties", {}).get("checkId") == "q"]
    assert quote["ruleId"] == "CC-QUOTE"


# github --------------------------------------------------------------------------------

COMMAND = re.compile(
    r"^::(?P<level>error|warning|notice) file=(?P<file>[^,:]*),line=(?P<line>\d+),"
    r"col=(?P<col>\d+),title=(?P<title>[^,:]*)::(?P<message>[^\r\n]*)$"
)


def test_github_escaping() -> None:
    assert escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    assert escape_property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce"
    result = RunResult(
        (
            FileResult(
                "claims/x,y:z.yaml",
                errors=(Problem(Location("claims/x,y:z.yaml", 2, 3), "50%, a:b\nnext"),),
            ),
        )
    )
    first = render("github", result).splitlines()[0]
    match = COMMAND.match(first)
    assert match is not None, first
    assert match["file"] == "claims/x%2Cy%3Az.yaml"
    assert match["message"] == "50%25, a:b%0Anext"
    assert (match["line"], match["col"]) == ("2", "3")


def test_github_levels() -> None:
    lines = render("github", hand_made()).splitlines()
    commands = [COMMAND.match(line) for line in lines if line.startswith("::")]
    assert all(commands), lines
    by_title = {m["title"]: m["level"] for m in commands if m}
    assert by_title["claim-checks sum wrong"] == "error"
    assert by_title["claim-checks expect broken"] == "error"
    assert by_title["claim-checks same close"] == "warning"
    assert by_title["claim-checks order mended"] == "warning"
    assert by_title["claim-checks change old"] == "notice"
    assert by_title["claim-checks input error"] == "error"
    assert "the paper corrected it" in next(line for line in lines if "old" in line)
    assert lines[-1].startswith("claim-checks: ") and lines[-1].endswith("FAILED")


def test_github_cap() -> None:
    many = tuple(check(f"m{i}", Verdict.MISMATCH, line=i + 1) for i in range(25))
    warns = tuple(check(f"r{i}", Verdict.ROUNDING, line=i + 1) for i in range(12))
    result = RunResult((FileResult("claims/a.yaml", checks=many + warns),))
    lines = render("github", result).splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::warning ") for line in lines) == 10
    overflow = [line for line in lines if line.startswith("::notice::")]
    assert len(overflow) == 1
    assert overflow[0].startswith("::notice::17 more")
    assert "15 more errors" in overflow[0] and "2 more warnings" in overflow[0]


def test_github_overflow_notice_fits_when_only_errors_overflow() -> None:
    """Ten notices and eleven errors: the overflow notice must be among the ten shown."""
    errors = tuple(check(f"m{i}", Verdict.MISMATCH, line=i + 1) for i in range(11))
    known = tuple(check(f"k{i}", Verdict.KNOWN, line=i + 1) for i in range(10))
    lines = render("github", RunResult((FileResult("claims/a.yaml", checks=errors + known),)))
    notices = [line for line in lines.splitlines() if line.startswith("::notice")]
    assert len(notices) == 10
    assert notices[-1].startswith("::notice::2 more annotations")


def test_strict_runs_report_failing_rounding_and_fixed_as_errors() -> None:
    """Under --strict they fail the run; every CI format says so, as JUnit does."""
    strict = hand_made(strict=True)
    github = render("github", strict).splitlines()
    assert not [line for line in github if line.startswith("::warning ")]
    sarif = json.loads(render("sarif", strict))
    levels = {r["properties"]["checkId"]: r["level"] for r in sarif["runs"][0]["results"]
              if "properties" in r}
    assert levels["close"] == levels["mended"] == "error"
    gitlab = json.loads(render("gitlab", strict))
    assert {i["severity"] for i in gitlab if i["description"].startswith("close")} == {"major"}
    relaxed = json.loads(render("sarif", hand_made()))
    assert {r["properties"]["checkId"]: r["level"] for r in relaxed["runs"][0]["results"]
            if "properties" in r}["close"] == "warning"


def test_github_step_summary_appends(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    render("github", hand_made())
    render("github", hand_made())
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n")
    assert text.count("| Where | Check | Kind | Verdict | Explanation |") == 2


# gitlab --------------------------------------------------------------------------------


def test_gitlab_issues() -> None:
    issues = json.loads(render("gitlab", hand_made()))
    assert len(issues) == 7
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)
    severities = {i["description"].split(" ")[0]: i["severity"] for i in issues}
    assert severities["wrong"] == "critical"
    assert severities["broken"] == "blocker"
    assert severities["close"] == "minor" and severities["mended"] == "minor"
    assert severities["old"] == "info"
    (load,) = [i for i in issues if i["check_name"] == "input"]
    assert load["severity"] == "blocker" and load["description"] == NASTY
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["location"]["lines"]["begin"] >= 1


def test_gitlab_deduplicates_fingerprints() -> None:
    twice = (check("same", Verdict.MISMATCH, line=1), check("same", Verdict.MISMATCH, line=2))
    issues = json.loads(render("gitlab", RunResult((FileResult("claims/a.yaml", checks=twice),))))
    assert len({i["fingerprint"] for i in issues}) == 2


# markdown ------------------------------------------------------------------------------


def test_markdown_report() -> None:
    text = render("markdown", hand_made())
    lines = text.splitlines()
    assert lines[0].startswith("## ❌ claim-checks failed")
    assert "| Verdict | Count |" in text and "| mismatch | 2 |" in text
    assert "| input error | 1 |" in text
    rows = [line for line in lines if line.startswith("| `claims/")]
    order = [re.search(r"\| `(\w+)` \|", row) for row in rows]
    ids = [m[1] if m else "input" for m in order]
    assert ids == ["input", "wrong", "q", "broken", "close", "mended", "old"]
    assert "explanation of wrong" in text and "the paper corrected it" in text
    assert "&lt;value&gt;" in text


def test_markdown_escapes_pipes_and_passes() -> None:
    piped = CheckResult("p", "sum", Verdict.ROUNDING, Location("c.yaml", 1, 1), message="a | b")
    text = render("markdown", RunResult((FileResult("c.yaml", checks=(piped,)),)))
    assert text.startswith("## ✅ claim-checks passed")
    assert "a \\| b" in text
    ok = CheckResult("ok", "sum", Verdict.CONSISTENT, Location("c.yaml", 1, 1))
    clean = render("markdown", RunResult((FileResult("c.yaml", checks=(ok, ok)),)))
    assert "All 2 checks hold" in clean.splitlines()[0]
    assert "| Where |" not in clean


# the seed claims, through every format ---------------------------------------------------

SEED_FAILURE = {"pipeline-segments-total"}


def test_seed_formats_agree(seed: RunResult) -> None:
    failed = {c.check_id for _, c in seed.all_checks() if c.verdict.fails(seed.strict)}
    assert failed == SEED_FAILURE

    root = ET.fromstring(render("junit", seed))
    junit = {c.get("name") for c in root.iter("testcase") if c.find("failure") is not None}
    assert junit == SEED_FAILURE and root.get("errors") == "0"

    document = json.loads(render("sarif", seed))
    validate_sarif(document)
    sarif = {
        r["properties"]["checkId"] for r in document["runs"][0]["results"] if r["level"] == "error"
    }
    assert sarif == SEED_FAILURE

    github = {
        m["title"].split(" ")[-1]
        for line in render("github", seed).splitlines()
        if (m := COMMAND.match(line)) and m["level"] == "error"
    }
    assert github == SEED_FAILURE

    gitlab = {
        i["description"].split(" ")[0]
        for i in json.loads(render("gitlab", seed))
        if i["severity"] in ("critical", "blocker")
    }
    assert gitlab == SEED_FAILURE

    markdown = render("markdown", seed)
    assert "`pipeline-segments-total`" in markdown and "**mismatch**" in markdown
    assert markdown.count("**mismatch**") == 1


def test_claimreview_carries_the_review_url_when_given() -> None:
    import json as _json

    from checks.engine import run as judge

    result = judge(["claims"])
    with_url = REPORTERS["claimreview"].render(
        result, RenderOptions(review_url="https://news.example/checks/iran")
    )
    graph = _json.loads(with_url)["@graph"]
    assert graph and all(
        item["url"] == f"https://news.example/checks/iran#{item['identifier'].split('#')[1]}"
        for item in graph
    )
    without = _json.loads(REPORTERS["claimreview"].render(result, RenderOptions()))["@graph"]
    assert all("url" not in item for item in without)


@pytest.mark.parametrize("name", ["markdown", "review-md", "html", "text", "github"])
def test_reports_print_no_control_characters_or_direction_overrides(name: str) -> None:
    hostile = "m\x1b[31mred\x00\u2028next\x85line\u202egnp.exe"
    result = RunResult(
        (
            FileResult(
                "claims/c.yaml",
                checks=(
                    CheckResult(
                        "wrong", "sum", Verdict.MISMATCH, Location("claims/c.yaml", 1, 1),
                        message=hostile, note=hostile,
                        operands=(Operand("a", hostile, hostile),),
                    ),
                ),
                errors=(Problem(Location("claims/c.yaml", 2, 1), hostile),),
            ),
        )
    )  # fmt: skip
    text = render(name, result)
    forbidden = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
    assert not re.search(forbidden, text)
    assert "red" in text and "next" in text and "line" in text


@pytest.mark.parametrize(
    ("path", "expected"),
    [("claims/a.yaml", "claims.a"), ("claims/budget.2024.yml", "claims.budget_2024"),
     ("a.yaml", "a"), ("../up/b.yaml", "_.up.b"), ("/tmp/x/c.yaml", "tmp.x.c")],
)  # fmt: skip
def test_junit_class_names_keep_the_file_as_the_class(path: str, expected: str) -> None:
    """Jenkins splits a class name at its last dot: `claims.a.yaml` showed as class `yaml`."""
    from checks.reporters.junit import classname

    assert classname(path) == expected


@pytest.mark.parametrize(
    ("path", "uri"),
    [("claims/a.yaml", "claims/a.yaml"), ("./claims/a b#1.yaml", "claims/a%20b%231.yaml"),
     ("c:d.yaml", "c%3Ad.yaml"), ("claims/é.yaml", "claims/%C3%A9.yaml"),
     ("../other/a.yaml", "../other/a.yaml"), ("/nowhere/near/a.yaml", "file:///nowhere/near/a.yaml")],
)  # fmt: skip
def test_sarif_locations_are_uri_references(path: str, uri: str) -> None:
    """A raw `a b#1.yaml` read as path `a b` with a fragment; `c:d.yaml` as scheme `c`."""
    from checks.reporters.sarif import artifact_uri

    assert artifact_uri(path) == uri
