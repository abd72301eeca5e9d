"""``--format gitlab``: GitLab Code Quality JSON (a CodeClimate subset) for merge requests.

One issue per check that is not ``consistent`` and per input error, each with a unique
fingerprint so GitLab can tell new findings from old ones.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from checks.reporters import RenderOptions, register
from checks.reporters.sarif import (
    INPUT_KIND,
    artifact_uri,
    attention,
    explanation,
    fingerprint,
    input_id,
)
from checks.results import RunResult, Verdict

SEVERITIES = {
    Verdict.ERROR: "blocker",
    Verdict.MISMATCH: "critical",
    Verdict.ROUNDING: "minor",
    Verdict.FIXED: "minor",
    Verdict.KNOWN: "info",
    Verdict.CONSISTENT: "info",
}


def _severity(verdict: Verdict, strict: bool) -> str:
    """A verdict's severity; ``rounding`` and ``fixed`` fail a ``--strict`` run: major."""
    if strict and verdict in (Verdict.ROUNDING, Verdict.FIXED):
        return "major"
    return SEVERITIES[verdict]


def _issue(
    description: str, kind: str, key: str, severity: str, path: str, line: int
) -> dict[str, Any]:
    """One Code Quality issue."""
    return {
        "description": description,
        "check_name": kind,
        "fingerprint": key,
        "severity": severity,
        "location": {"path": artifact_uri(path), "lines": {"begin": max(1, line)}},
    }


def code_quality(run: RunResult) -> list[dict[str, Any]]:
    """The issues, in report order, with fingerprints made unique."""
    issues: list[dict[str, Any]] = []
    for file in run.files:
        for problem in file.errors:
            where = problem.location
            key = fingerprint(
                file.path, input_id(where.line, where.column, problem.message), INPUT_KIND
            )
            issues.append(
                _issue(problem.message, INPUT_KIND, key, "blocker", file.path,
                       problem.location.line)
            )  # fmt: skip
    for path, check in attention(run):
        key = fingerprint(path, check.check_id, check.kind)
        description = f"{check.check_id} ({check.verdict.value}): {explanation(check)}"
        issues.append(
            _issue(description, check.kind, key, _severity(check.verdict, run.strict), path,
                   check.location.line)
        )  # fmt: skip
    seen: set[str] = set()
    for issue in issues:
        key = issue["fingerprint"]
        n = 1
        while key in seen:
            key = hashlib.sha256(f"{issue['fingerprint']}\0{n}".encode()).hexdigest()
            n += 1
        issue["fingerprint"] = key
        seen.add(key)
    return issues


@register("gitlab", "GitLab Code Quality JSON, for merge-request widgets.")
def render_gitlab(run: RunResult, options: RenderOptions) -> str:
    """The run as a GitLab Code Quality report."""
    return json.dumps(code_quality(run), ensure_ascii=False, indent=2) + "\n"
