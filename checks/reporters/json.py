"""``--format json``: one document, as FORMAT.md fixes it (keys may be added, never removed)."""

from __future__ import annotations

import json
from typing import Any

from checks.reporters import RenderOptions, register
from checks.results import CheckResult, FileResult, RunResult

VERSION = 1


def check_data(check: CheckResult) -> dict[str, Any]:
    """One check as JSON data."""
    data: dict[str, Any] = {
        "id": check.check_id,
        "kind": check.kind,
        "verdict": check.verdict.value,
        "line": check.location.line,
        "column": check.location.column,
        "message": check.message,
    }
    if check.note:
        data["note"] = check.note
    if check.known is not None:
        data["known"] = {
            "reason": check.known.reason,
            "by": check.known.by,
            "until": check.known.until,
            "expired": check.known.expired,
        }
    if check.operands:
        data["operands"] = [{"id": o.claim_id, "value": o.text} for o in check.operands]
    if check.diagnosis is not None:
        data["diagnosis"] = {"cause": check.diagnosis.cause, "message": check.diagnosis.message}
    return data


def file_data(file: FileResult) -> dict[str, Any]:
    """One file as JSON data."""
    return {
        "path": file.path,
        "checks": [check_data(c) for c in file.checks],
        "errors": [
            {"line": p.location.line, "column": p.location.column, "message": p.message}
            for p in file.errors
        ],
    }


@register("json", "One JSON document (FORMAT.md), for scripts and dashboards.")
def render_json(run: RunResult, options: RenderOptions) -> str:
    """The whole run as one JSON document; byte-identical for identical input."""
    document = {
        "version": VERSION,
        "files": [file_data(f) for f in run.files],
        "summary": run.summary(),
        "errors": run.error_count,
        "exit_code": run.exit_code(),
        "strict": run.strict,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
