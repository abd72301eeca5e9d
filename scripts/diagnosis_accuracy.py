"""How often the diagnoses name the right slip on the collection of published-style errors.

Every file under ``tests/diagnoses/published_errors/`` states the cause of its mismatch in
its leading comments (``# diagnose <check-id>: <cause>``, or ``none`` when no slip made
it). Run ``python scripts/diagnosis_accuracy.py [FOLDER]``; it prints one line a check and
the totals: right cause, wrong cause (a diagnosis that names another slip, or any
diagnosis where the label is ``none``), missed (no diagnosis where a slip made it) and
correctly left alone. Exits 1 when a diagnosis is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from checks.engine import Options, run

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "diagnoses" / "published_errors"
DIRECTIVE = re.compile(r"^# diagnose (?P<check>\S+): (?P<cause>[a-z_]+)\s*$", re.M)


@dataclass
class Score:
    """Counts of each outcome, with one line a check."""

    right: int = 0
    wrong: int = 0
    missed: int = 0
    left_alone: int = 0
    lines: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Number of labelled checks."""
        return self.right + self.wrong + self.missed + self.left_alone


def labels(path: Path) -> dict[str, str]:
    """The ``# diagnose`` directives of one claim file."""
    return {m["check"]: m["cause"] for m in DIRECTIVE.finditer(path.read_text(encoding="utf-8"))}


def score(folder: Path = FOLDER) -> Score:
    """Judge every file of ``folder`` and compare each diagnosis with its label."""
    result = Score()
    options = Options(today=dt.date(2026, 11, 29))
    for path in sorted(folder.glob("*.yaml")):
        expected = labels(path)
        for file in run([str(path)], options).files:
            for check in file.checks:
                if check.check_id not in expected:
                    continue
                want = expected[check.check_id]
                got = check.diagnosis.cause if check.diagnosis is not None else "none"
                if want == got == "none":
                    result.left_alone += 1
                    outcome = "left alone"
                elif want == got:
                    result.right += 1
                    outcome = "right"
                elif got == "none":
                    result.missed += 1
                    outcome = "missed"
                else:
                    result.wrong += 1
                    outcome = "WRONG"
                result.lines.append(f"{outcome:10} {path.name}: expected {want}, got {got}")
    return result


def main(argv: list[str]) -> int:
    """Print the per-check outcomes and the totals."""
    folder = Path(argv[0]) if argv else FOLDER
    result = score(folder)
    for line in result.lines:
        print(line)
    slipped = [line for line in result.lines if "expected none" not in line]
    print(
        f"{result.total} labelled mismatches ({len(slipped)} caused by a slip): "
        f"{result.right} right cause, {result.wrong} wrong cause, {result.missed} missed, "
        f"{result.left_alone} correctly left without a diagnosis"
    )
    return 1 if result.wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
