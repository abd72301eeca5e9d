"""``--format json``: one document, as FORMAT.md fixes it (keys may be added, never removed)."""

from __future__ import annotations

import io
import json
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

import msgspec

from checks.reporters import RenderOptions, register
from checks.results import CheckResult, FileResult, RunResult, Tally, Verdict
from checks.serialization import SerializationError

VERSION = 1

_ONE_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
"""Writes one file's object on one line, with the C encoder."""


def check_data(check: CheckResult) -> dict[str, Any]:
    """One check as JSON data."""
    data: dict[str, Any] = {
        "id": check.check_id,
        "kind": check.kind,
        "verdict": check.verdict._value_,  # .value is a property: a call per check
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
    if check.caution:
        data["caution"] = True
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


class Entry(msgspec.Struct, frozen=True):
    """One file's line of the JSON report, with the counts the report's summary needs.

    It is all a streamed report needs of a file, so the results cache can keep it beside
    the file's result and a cache hit need not rebuild and render the result again.
    """

    line: str
    verdicts: tuple[tuple[str, int], ...]
    errors: int


def entry(file: FileResult) -> Entry:
    """The report line of ``file`` and its counts."""
    counts = Counter([check.verdict._value_ for check in file.checks])
    line = encode_entry(file_data(file))
    return Entry(line, tuple(sorted(counts.items())), len(file.errors))


def _sealed(line: str, verdicts: tuple[tuple[str, int], ...], errors: int) -> str:
    """The counts on one line, then the report line: what the CRC-32 covers."""
    counts = json.dumps([errors, [[name, count] for name, count in verdicts]])
    return f"{counts}\n{line}"


def dump_entry(item: Entry) -> str:
    """An entry as the results cache keeps it: its CRC-32, its counts, then the report line.

    One item a line; the report line is kept as written (it holds no newline: JSON
    escapes them), so a cache hit reads it back without unescaping a long JSON string.
    The CRC-32 covers the counts and the line: an entry damaged in the cache is found
    without parsing its line, whether the line or the counts were damaged (the counts
    decide the summary and the exit code).
    """
    sealed = _sealed(item.line, item.verdicts, item.errors)
    return f"{zlib.crc32(sealed.encode())}\n{sealed}"


def load_entry(text: Any) -> Entry:
    """An :class:`Entry` read back from the results cache, checked as a report line.

    A corrupt cache must be a miss, never a broken report or a wrong exit code: what
    follows the CRC-32 must match it and the counts must name verdicts; otherwise
    :class:`SerializationError`.
    """
    if not isinstance(text, str):
        raise SerializationError("a cached report line is text")
    crc_text, _, sealed = text.partition("\n")
    head, newline, line = sealed.partition("\n")
    if not newline or not crc_text.isdigit() or int(crc_text) != zlib.crc32(sealed.encode()):
        raise SerializationError("the cached report line is damaged")
    try:
        errors, verdicts = json.loads(head)
        counts = tuple((name, count) for name, count in verdicts)
        intact = _is_count(errors) and all(
            type(n) is str and n in _VERDICTS and _is_count(c) for n, c in counts
        )
    except (ValueError, TypeError) as exc:
        raise SerializationError("the cached report line's counts are damaged") from exc
    if not intact:
        raise SerializationError("the cached report line's counts are damaged")
    return Entry(line, counts, errors)


def _is_count(value: Any) -> bool:
    return type(value) is int and value >= 0


_VERDICTS = frozenset(verdict.value for verdict in Verdict)


def encode_entry(data: dict[str, Any]) -> str:
    """One file's object on one line, by the C encoder (see :func:`write_document`)."""
    return _ONE_LINE.encode(data)


def write_json(files: Iterable[FileResult], strict: bool, out: TextIO) -> int:
    """Write the JSON document of ``files`` (in order) to ``out``; return the exit code."""
    return write_entries((entry(file) for file in files), strict, out)


def write_entries(
    entries: Iterable[Entry], strict: bool, out: TextIO, shard: str | None = None
) -> int:
    """Write the JSON document of files given as :class:`Entry`; return the exit code.

    It is written file by file as the entries arrive, so a run over ten thousand files
    holds one file's data at a time; see :func:`write_document` for the layout. ``shard``
    (``2/4``) marks the report of one part of a sharded run, so that ``merge`` can tell
    when a part is missing.
    """
    tally = Tally(strict)

    def lines() -> Iterator[str]:
        for item in entries:
            tally.add_counts(item.verdicts, item.errors)
            yield item.line

    def tail() -> dict[str, Any]:
        return {
            "summary": tally.summary(),
            "errors": tally.errors,
            "exit_code": tally.exit_code(),
            "strict": strict,
            **({"shard": shard} if shard is not None else {}),
        }

    write_document(lines(), tail, out)
    return tally.exit_code()


def write_document(
    lines: Iterable[str], tail: Callable[[], dict[str, Any]], out: TextIO
) -> None:
    """Write ``{"version", "files": [...], **tail()}`` with one file entry per line.

    Each file's object is one line (``grep`` and line-based diffs find a file, and the C
    encoder writes it: the indenting encoder is pure Python and cost more than judging a
    file); the rest is indented by two spaces. ``lines`` are entries already encoded by
    :func:`encode_entry`; ``tail`` is called after the last one.
    """
    out.write(f'{{\n  "version": {VERSION},\n  "files": [')
    first = True
    for line in lines:
        out.write("\n    " if first else ",\n    ")
        out.write(line)
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
