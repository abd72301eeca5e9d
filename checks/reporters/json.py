"""``--format json``: one document, as FORMAT.md fixes it (keys may be added, never removed)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from checks.reporters import RenderOptions, register
from checks.results import CheckResult, FileResult, RunResult, Tally

VERSION = 1

_ONE_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
"""Writes one file's object on one line, with the C encoder."""


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

    It is written file by file as the results arrive, so a run over ten thousand files
    holds one file's data at a time; see :func:`write_document` for the layout.
    """
    tally = Tally(strict)

    def entries() -> Iterator[dict[str, Any]]:
        for file in files:
            tally.add(file)
            yield file_data(file)

    def tail() -> dict[str, Any]:
        return {
            "summary": tally.summary(),
            "errors": tally.errors,
            "exit_code": tally.exit_code(),
            "strict": strict,
        }

    write_document(entries(), tail, out)
    return tally.exit_code()


def write_document(
    entries: Iterable[dict[str, Any]], tail: Callable[[], dict[str, Any]], out: TextIO
) -> None:
    """Write ``{"version", "files": entries, **tail()}``, one line per file entry.

    Each file's object is one line (``grep`` and line-based diffs find a file, and the C
    encoder writes it: the indenting encoder is pure Python and cost more than judging a
    file); the rest is indented by two spaces. ``tail`` is called after the last entry.
    """
    out.write(f'{{\n  "version": {VERSION},\n  "files": [')
    first = True
    for entry in entries:
        out.write("\n    " if first else ",\n    ")
        out.write(_ONE_LINE.encode(entry))
        first = False
    out.write("]," if first else "\n  ],")
    items = [
        f"\n  {json.dumps(key)}: "
        + _indented(json.dumps(value, ensure_ascii=False, indent=2), 2).lstrip()
        for key, value in tail().items()
    ]
    out.write(",".join(items) + "\n}\n")


@register("json", "One JSON document (FORMAT.md), for scripts and dashboards.")
def render_json(run: RunResult, options: RenderOptions) -> str:
    """The whole run as one JSON document; byte-identical for identical input."""
    buffer = io.StringIO()
    write_json(run.files, run.strict, buffer)
    return buffer.getvalue()


def _indented(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in text.split("\n"))
