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
    """The combined report's text and its exit code (as one run would give).

    Reports of a sharded run name their part (``"shard": "2/4"``): they merge only when
    every part is there, once, so a lost CI artifact cannot turn a failing run green.
    """
    files: dict[str, Any] = {}
    strict: bool | None = None
    documents: list[tuple[Path, dict[str, Any]]] = []
    for path in paths:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise MergeError(f"{path}: not a readable JSON report ({exc})") from None
        if not isinstance(document, dict) or document.get("version") != VERSION:
            raise MergeError(f"{path}: not a claim-checks JSON report (version {VERSION})")
        documents.append((path, document))
    _check_parts([(path, _part(document)) for path, document in documents])
    for path, document in documents:
        stated = bool(document.get("strict", False))
        if strict is not None and stated != strict:
            raise MergeError(
                f"{path}: {'a --strict' if stated else 'not a --strict'} report beside"
                f" {'' if strict else 'no '}--strict ones: run every part with the same options"
            )
        strict = stated
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


def _part(document: dict[str, Any]) -> str | None:
    part = document.get("shard")
    return part if isinstance(part, str) else None


def _check_parts(parts: list[tuple[Path, str | None]]) -> None:
    """Refuse shard reports that are not every part of one run, each once."""
    from checks.runner import Shard

    named = [(path, part) for path, part in parts if part is not None]
    if not named:
        return  # reports of whole runs (or written before reports named their shard)
    if len(named) != len(parts):
        whole = ", ".join(str(p) for p, part in parts if part is None)
        raise MergeError(f"{whole}: not the report of a shard, beside reports of shards")
    seen: dict[tuple[int, int], Path] = {}
    for path, part in named:
        try:
            shard = Shard.parse(part)
        except ValueError as exc:
            raise MergeError(f"{path}: its shard {part!r} is not a part of a run ({exc})") from None
        key = (shard.index, shard.count)
        if key in seen:
            raise MergeError(f"{seen[key]} and {path} are both shard {part}")
        seen[key] = path
    counts = {count for _, count in seen}
    if len(counts) != 1:
        listed = ", ".join(sorted(f"{i}/{n}" for i, n in seen))
        raise MergeError(f"the reports are shards of runs split differently ({listed})")
    (count,) = counts
    missing = [f"{i}/{count}" for i in range(1, count + 1) if (i, count) not in seen]
    if missing:
        raise MergeError(
            f"shard {', '.join(missing)} is missing: merge the reports of every part of the run"
        )
