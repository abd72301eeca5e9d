"""Combining JSON reports: the parts of a sharded run become the report of one run."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from checks.reporters.json import VERSION, encode_entry, write_document
from checks.results import VERDICT_ORDER


class MergeError(ValueError):
    """A report that is not a claim-checks JSON report, or reports that overlap."""


def merge_reports(paths: list[Path]) -> tuple[str, int]:
    """The combined report's text and its exit code (as one run would give)."""
    files: dict[str, Any] = {}
    strict: bool | None = None
    for path in paths:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise MergeError(f"{path}: not a readable JSON report ({exc})") from None
        if not isinstance(document, dict) or document.get("version") != VERSION:
            raise MergeError(f"{path}: not a claim-checks JSON report (version {VERSION})")
        strict = bool(document.get("strict", False)) if strict is None else strict
        for entry in document.get("files", []):
            name = entry.get("path")
            if name in files:
                raise MergeError(f"{name} is in two reports: were the shards overlapping?")
            files[name] = entry
    ordered = [files[name] for name in sorted(files)]
    counts: dict[str, int] = {}
    for entry in ordered:
        for check in entry["checks"]:
            counts[check["verdict"]] = counts.get(check["verdict"], 0) + 1
    summary = {v.value: counts[v.value] for v in VERDICT_ORDER if counts.get(v.value)}
    errors = sum(len(entry["errors"]) for entry in ordered)
    failing = {"mismatch", "error"} | ({"rounding", "fixed"} if strict else set())
    code = 2 if errors else (1 if any(counts.get(v) for v in failing) else 0)
    tail = {"summary": summary, "errors": errors, "exit_code": code, "strict": bool(strict)}
    out = io.StringIO()
    write_document((encode_entry(entry) for entry in ordered), lambda: tail, out)
    return out.getvalue(), code
