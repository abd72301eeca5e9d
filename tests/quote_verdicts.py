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
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "story.yaml").write_text(
        "source: {published: 2024-05-23, text: story.txt}\nclaims:\n" + claims,
        encoding="utf-8",
    )
    result = run([str(tmp_path)], Options())
    assert result.error_count == 0, [e for f in result.files for e in f.errors]
    return {c.check_id.removeprefix("quote-"): c.verdict for _, c in result.all_checks()}


def consistent_but_wrong(found: dict[str, Verdict]) -> dict[str, Verdict]:
    """What ``found`` must be: a mismatch for each ``_wrong`` record, else consistent."""
    return {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}
