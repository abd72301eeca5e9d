"""Combining JSON reports: the parts of a sharded run become the report of one run."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

from checks.reporters.json import VERSION, encode_entry, write_document
from checks.results import Tally


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
            name = entry.get("path") if isinstance(entry, dict) else None
            if not isinstance(name, str):
                raise MergeError(f"{path}: a file entry is not an object with a path")
            if name in files:
                raise MergeError(f"{name} is in two reports: were the shards overlapping?")
            files[name] = entry
    ordered = [files[name] for name in sorted(files)]
    tally = Tally(bool(strict))
    for entry in ordered:
        try:
            verdicts = Counter(check["verdict"] for check in entry["checks"])
            tally.add_counts(verdicts.items(), len(entry["errors"]))
        except (KeyError, TypeError, ValueError):
            raise MergeError(f"{entry.get('path')}: not a file entry of a JSON report") from None
    code = tally.exit_code()
    tail = {
        "summary": tally.summary(),
        "errors": tally.errors,
        "exit_code": code,
        "strict": bool(strict),
    }
    out = io.StringIO()
    write_document((encode_entry(entry) for entry in ordered), lambda: tail, out)
    return out.getvalue(), code
