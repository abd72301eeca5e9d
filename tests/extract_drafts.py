"""Drafts of `claim-checks extract` and the engine's verdicts on them, for the extract tests.

Each test writes a few sentences of news under a byline, drafts a claim file from them
and judges the draft with its quotes checked against the story: a correct story's draft
must hold, a planted slip must be flagged.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from checks.cli import main
from checks.engine import Options, check_file
from checks.results import FileResult, Verdict

HEADER = "Story\n\nBy A Writer\n28 November 2024\n\n"


def drafted(tmp_path: Path, body: str) -> tuple[dict[str, object], FileResult]:
    """The draft of ``body`` (loaded YAML) and the engine's result on it, quotes checked."""
    return drafted_on(tmp_path, "28 November 2024", body)


def drafted_on(tmp_path: Path, day: str, body: str) -> tuple[dict[str, object], FileResult]:
    """The draft of ``body`` published on ``day`` and the engine's result on it."""
    article = tmp_path / "story.txt"
    article.write_text(f"Story\n\nBy A Writer\n{day}\n\n{body}\n", encoding="utf-8")
    output = tmp_path / "story.yaml"
    assert main(["extract", str(article), "-o", str(output), "--force"]) == 0
    data = yaml.safe_load(output.read_text(encoding="utf-8"))
    return data, check_file(output, Options(), tmp_path)


def rerun(tmp_path: Path, data: dict[str, object]) -> FileResult:
    """The engine's result on an edited draft (a slip planted in it)."""
    output = tmp_path / "story.yaml"
    output.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return check_file(output, Options(), tmp_path)


def verdicts_of(result: FileResult, kind: str) -> list[Verdict]:
    """The verdicts of the draft's checks of one kind, in order."""
    return [c.verdict for c in result.checks if c.kind == kind]


def checks_of(data: dict[str, object], kind: str) -> list[object]:
    """The drafted checks of one kind (their bodies)."""
    checks = data.get("checks") or []
    assert isinstance(checks, list)
    return [c[kind] for c in checks if kind in c]


def claims_of(data: dict[str, object]) -> dict[str, dict[str, str]]:
    """The drafted claims by id."""
    claims = data["claims"]
    assert isinstance(claims, dict)
    return claims


def values_of(data: dict[str, object]) -> list[str]:
    """Each drafted claim's value (or date) as written."""
    return [str(c.get("value", c.get("date"))) for c in claims_of(data).values()]
