"""Quote verdicts of records against a story, for the tests of quote readings.

Each test writes a few sentences of news and records quoting them; a record whose id ends
in ``_wrong`` must be a mismatch and every other one consistent.
"""

from __future__ import annotations

from pathlib import Path

from checks.engine import Options, run
from checks.results import Verdict

CONSISTENT, MISMATCH = Verdict.CONSISTENT, Verdict.MISMATCH


def verdicts(tmp_path: Path, text: str, claims: str) -> dict[str, Verdict]:
    """The quote verdicts of ``claims`` (indented records) against the source ``text``."""
    return {name: verdict for name, (verdict, _) in judged(tmp_path, text, claims).items()}


def messages(tmp_path: Path, text: str, claims: str, settings: str = "") -> dict[str, str]:
    """The quote messages of ``claims`` against ``text`` (``settings:`` lines first, if any)."""
    return {
        name: message for name, (_, message) in judged(tmp_path, text, claims, settings).items()
    }


def judged(
    tmp_path: Path, text: str, claims: str, settings: str = ""
) -> dict[str, tuple[Verdict, str]]:
    """Each record's quote verdict and message, by record id."""
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "story.yaml").write_text(
        f"source: {{published: 2024-05-23, text: story.txt}}\n{settings}claims:\n{claims}",
        encoding="utf-8",
    )
    result = run([str(tmp_path)], Options())
    assert result.error_count == 0, [e for f in result.files for e in f.errors]
    return {
        c.check_id.removeprefix("quote-"): (c.verdict, c.message or "")
        for _, c in result.all_checks()
    }


def consistent_but_wrong(found: dict[str, Verdict]) -> dict[str, Verdict]:
    """What ``found`` must be: a mismatch for each ``_wrong`` record, else consistent."""
    return {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}
