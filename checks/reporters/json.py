"""``--format json``: one document, as FORMAT.md fixes it (keys may be added, never removed)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import Any, TextIO

from checks.reporters import RenderOptions, register
from checks.results import CheckResult, FileResult, RunResult, Tally

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


def write_json(files: Iterable[FileResult], strict: bool, out: TextIO) -> int:
    """Write the JSON document of ``files`` (in order) to ``out``; return the exit code.

    The text is exactly ``json.dumps(document, indent=2)``, written file by file as the
    results arrive, so a run over ten thousand files holds one file's data at a time.
    """
    tally = Tally(strict)
    out.write(f'{{\n  "version": {VERSION},\n  "files": [')
    first = True
    for file in files:
        tally.add(file)
        out.write("\n" if first else ",\n")
        out.write(_indented(json.dumps(file_data(file), ensure_ascii=False, indent=2), 4))
        first = False
    out.write("]," if first else "\n  ],")
    tail = {
        "summary": tally.summary(),
        "errors": tally.errors,
        "exit_code": tally.exit_code(),
        "strict": strict,
    }
    items = [
        f"\n  {json.dumps(key)}: "
        + _indented(json.dumps(value, ensure_ascii=False, indent=2), 2).lstrip()
        for key, value in tail.items()
    ]
    out.write(",".join(items) + "\n}\n")
    return tally.exit_code()


@register("json", "One JSON document (FORMAT.md), for scripts and dashboards.")
def render_json(run: RunResult, options: RenderOptions) -> str:
    """The whole run as one JSON document; byte-identical for identical input."""
    buffer = io.StringIO()
    write_json(run.files, run.strict, buffer)
    return buffer.getvalue()


def _indented(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in text.split("\n"))
