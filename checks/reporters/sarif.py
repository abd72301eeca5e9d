"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps).

One run, one rule per check kind (plus ``CC-QUOTE`` and ``CC-INPUT``), and one result per
check that is not ``consistent`` and per input error. Output is deterministic.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

import checks
from checks.reporters import RenderOptions, register
from checks.results import VERDICT_ORDER, CheckResult, RunResult, Verdict

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://example.org/claim-checks"
FINGERPRINT_KEY = "claimChecks/v1"
INPUT_KIND = "input"
QUOTE_SUMMARY = "A claim's quote occurs in the source text and states the claim's figure."
INPUT_SUMMARY = "A claim file could not be loaded, or one of its values could not be read."

LEVELS = {
    Verdict.MISMATCH: "error",
    Verdict.ERROR: "error",
    Verdict.ROUNDING: "warning",
    Verdict.FIXED: "warning",
    Verdict.KNOWN: "note",
    Verdict.CONSISTENT: "note",
}


def rule_id(kind: str) -> str:
    """The SARIF rule id of a check kind: ``sum`` → ``CC-SUM``."""
    return "CC-" + re.sub(r"[^A-Z0-9]+", "-", kind.upper()).strip("-")


def fingerprint(path: str, check_id: str, kind: str) -> str:
    """A stable identity for a finding: sha256 of path, check id and kind."""
    return hashlib.sha256("\0".join((path, check_id, kind)).encode("utf-8")).hexdigest()


def explanation(check: CheckResult) -> str:
    """What a finding says: the check's message, the likely slip and, when known, the reason."""
    text = check.message or f"{check.kind} check {check.check_id!r}: {check.verdict.value}"
    if check.diagnosis is not None:
        text += f" (likely slip: {check.diagnosis.message})"
    if check.known is not None and check.verdict is Verdict.KNOWN:  # fixed: in the message
        text += f" [known: {check.known.reason}]"
    return text


def input_id(line: int, column: int, message: str) -> str:
    """A check-id-like name for an input error (its position and message), for fingerprints."""
    return f"load:{line}:{column}:{message}"


def attention(run: RunResult) -> list[tuple[str, CheckResult]]:
    """Every check a reader must see, with its file path, most urgent verdict first.

    That is every check that is not ``consistent``, then the consistent ones whose
    message is a caution (tallies that hold as bounds but do not add up as written).
    """
    found: list[tuple[str, CheckResult]] = []
    for verdict in VERDICT_ORDER:
        if verdict is Verdict.CONSISTENT:
            continue
        found.extend((f.path, c) for f, c in run.all_checks() if c.verdict is verdict)
    found.extend(
        (f.path, c) for f, c in run.all_checks() if c.verdict is Verdict.CONSISTENT and c.caution
    )
    return found


def artifact_uri(path: str) -> str:
    """A file path as a URI reference: relative to the working folder where it can be.

    Percent-encoded (``a b#1.yaml`` → ``a%20b%231.yaml``; a ``:`` would read as a scheme),
    with forward slashes; a file outside the working folder named by an absolute path
    becomes a ``file://`` URI.
    """
    text = path.replace("\\", "/")
    if PurePosixPath(text).is_absolute() or re.match(r"^[A-Za-z]:/", text):
        try:
            relative = os.path.relpath(path)
        except ValueError:
            relative = ".."
        if relative.startswith(".."):
            return Path(path).as_uri()
        text = relative.replace("\\", "/")
    return quote(text.removeprefix("./"), safe="/")


KIND_HELP = Path(__file__).with_name("kind_help.json")
"""Each kind's "What it checks" from docs/kinds, kept in the package for installed copies
(tests/test_docs.py keeps it equal to the pages)."""


@functools.cache
def _kind_help_table() -> dict[str, str]:
    try:
        table = json.loads(KIND_HELP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def kind_help(kind: str) -> str | None:
    """The "What it checks" section of a kind's docs page, or ``None`` for an unknown kind."""
    text = _kind_help_table().get(kind)
    return text if isinstance(text, str) and text else None


def _rule(kind: str, summary: str) -> dict[str, Any]:
    """One SARIF reportingDescriptor."""
    help_text = kind_help(kind) or summary
    return {
        "id": rule_id(kind),
        "name": kind,
        "shortDescription": {"text": summary},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": "error"},
    }


def documented_kinds() -> tuple[str, ...]:
    """The kinds with a docs page, sorted."""
    return tuple(sorted(_kind_help_table()))


def kind_summary(kind: str) -> str:
    """One line for a rule: the first sentence of the kind's "What it checks", or a fallback.

    Reporters may not import :mod:`checks.kinds` (the layering rule), so the registry's
    summaries are out of reach here; the docs pages say the same thing at more length.
    """
    text = kind_help(kind)
    if text is None:
        return QUOTE_SUMMARY if kind == "quote" else f"A check of kind `{kind}` holds."
    first = re.split(r"(?<=[.:])\s", " ".join(text.split()), maxsplit=1)[0]
    return first.rstrip(":.") + "."


def rules_for(run: RunResult) -> list[dict[str, Any]]:
    """The rules: every documented kind, ``quote``, any other kind seen, then ``input``."""
    kinds = dict.fromkeys(documented_kinds())
    kinds.setdefault("quote")
    for _, check in run.all_checks():
        kinds.setdefault(check.kind)
    kinds.pop(INPUT_KIND, None)
    rules = [_rule(name, kind_summary(name)) for name in kinds]
    return [*rules, _rule(INPUT_KIND, INPUT_SUMMARY)]


def _result(
    rule: str, index: int, level: str, text: str, path: str, line: int, column: int, key: str
) -> dict[str, Any]:
    """One SARIF result."""
    return {
        "ruleId": rule,
        "ruleIndex": index,
        "level": level,
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(path)},
                    "region": {"startLine": max(1, line), "startColumn": max(1, column)},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: key},
    }


def sarif_document(run: RunResult) -> dict[str, Any]:
    """The whole run as SARIF data."""
    rules = rules_for(run)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results: list[dict[str, Any]] = []
    for file in run.files:
        for problem in file.errors:
            rid = rule_id(INPUT_KIND)
            loc = problem.location
            key = fingerprint(
                file.path, input_id(loc.line, loc.column, problem.message), INPUT_KIND
            )
            results.append(
                _result(rid, index[rid], "error", problem.message, file.path, loc.line,
                        loc.column, key)
            )  # fmt: skip
    for path, check in attention(run):
        rid = rule_id(check.kind)
        key = fingerprint(path, check.check_id, check.kind)
        result = _result(
            rid, index[rid], "error" if check.verdict.fails(run.strict) else LEVELS[check.verdict],
            explanation(check), path,
            check.location.line, check.location.column, key,
        )  # fmt: skip
        result["properties"] = {"checkId": check.check_id, "verdict": check.verdict.value}
        if check.verdict is Verdict.KNOWN:
            reason = check.known.reason if check.known is not None else "acknowledged"
            result["suppressions"] = [{"kind": "inSource", "justification": reason}]
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claim-checks",
                        "version": checks.__version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


@register("sarif", "SARIF 2.1.0 JSON, for code scanning (GitHub, Azure DevOps).")
def render_sarif(run: RunResult, options: RenderOptions) -> str:
    """The run as one SARIF 2.1.0 document; identical input gives identical output."""
    return json.dumps(sarif_document(run), ensure_ascii=False, indent=2) + "\n"
