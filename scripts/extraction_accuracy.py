"""Precision and recall of `claim-checks extract` on the labelled set (tests/extract_corpus).

Each article ``NAME.txt|.md|.html`` has ``NAME.labels.yaml``: its style, the figures a
reviewer would keep (``at``: a unique piece of the text holding the figure; ``value`` or
``date``: what it states) and the checks the text implies (``kind`` and the labels of its
operands). A found figure matches a label when their positions overlap and they state
the same interval (dimension and strict bounds); a suggested check matches a label when
the kind is the same and its operands are the same set of labelled figures.

    python scripts/extraction_accuracy.py [CORPUS]
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checks.dates import parse_date
from checks.extract.article import read_article
from checks.extract.draft import Draft, build_draft
from checks.figures import Context, Figure, parse_figure

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "extract_corpus"
ARTICLE_SUFFIXES = (".txt", ".md", ".html")


@dataclass
class Score:
    """Counts for one style (or all)."""

    figures_found: int = 0
    figures_right: int = 0
    figures_labelled: int = 0
    figures_recalled: int = 0
    checks_suggested: int = 0
    checks_right: int = 0
    checks_labelled: int = 0
    checks_recalled: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add ``other``'s counts to these."""
        for name in (
            "figures_found", "figures_right", "figures_labelled", "figures_recalled",
            "checks_suggested", "checks_right", "checks_labelled", "checks_recalled",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses


def ratio(part: int, whole: int) -> float:
    """``part / whole``, 1.0 for an empty whole."""
    return part / whole if whole else 1.0


def _same(a: Figure, b: Figure) -> bool:
    if a.dimension != b.dimension or a.absolute_temperature != b.absolute_temperature:
        return False
    # bounds compared, their openness not: "at or above 110°F" read as "above 110°F" counts
    return all(_close(x, y) for x, y in ((a.strict.lo, b.strict.lo), (a.strict.hi, b.strict.hi)))


def _close(x: float, y: float) -> bool:
    if math.isinf(x) or math.isinf(y):
        return x == y
    return abs(x - y) <= 1e-6 * max(abs(x), abs(y), 1.0)


def score_article(article_path: Path) -> tuple[str, Score, Draft]:
    """Score one labelled article; returns its style, the counts and the draft."""
    labels: dict[str, Any] = yaml.safe_load(
        article_path.with_name(article_path.stem + ".labels.yaml").read_text(encoding="utf-8")
    )
    article = read_article(str(article_path), article_path.read_bytes())
    draft = build_draft(article)
    context = Context.of(draft.currencies)
    text = article.text
    expected: dict[str, tuple[tuple[int, int], Figure]] = {}
    for label in labels["figures"]:
        at = str(label["at"])
        position = text.find(at)
        if position == -1 or text.find(at, position + 1) != -1:
            raise ValueError(f"{article_path.name}: {at!r} is not a unique piece of the text")
        if "date" in label:
            figure = parse_date(str(label["date"]), draft.published)
        else:
            figure = parse_figure(str(label["value"]), context)
        expected[str(label["label"])] = ((position, position + len(at)), figure)
    score = Score(figures_found=len(draft.claims), figures_labelled=len(expected))
    label_of: dict[int, str] = {}
    for index, claim in enumerate(draft.claims):
        for name, ((start, end), figure) in expected.items():
            found = claim.found
            if found.start < end and start < found.end and _same(found.stated, figure):
                label_of.setdefault(index, name)
    score.figures_right = len(label_of)
    recalled = set(label_of.values())
    score.figures_recalled = len(recalled)
    score.misses += [f"{article_path.name}: figure {n}" for n in expected if n not in recalled]
    wanted = [
        (str(c["kind"]), frozenset(str(o) for o in c["operands"])) for c in labels.get("checks", [])
    ]
    got = [
        (s.kind, frozenset(label_of.get(i, f"?{i}") for i in s.operands)) for s in draft.suggestions
    ]
    score.checks_suggested = len(got)
    score.checks_labelled = len(wanted)
    score.checks_right = sum(1 for g in got if g in wanted)
    score.checks_recalled = sum(1 for w in wanted if w in got)
    score.misses += [
        f"{article_path.name}: check {k} {sorted(o)}" for k, o in wanted if (k, o) not in got
    ]
    score.misses += [
        f"{article_path.name}: extra check {k} {sorted(o)}" for k, o in got if (k, o) not in wanted
    ]
    return str(labels["style"]), score, draft


def score_corpus(corpus: Path = CORPUS) -> dict[str, Score]:
    """Scores per style and ``overall``."""
    styles: dict[str, Score] = defaultdict(Score)
    overall = Score()
    for path in sorted(corpus.iterdir()):
        if path.suffix not in ARTICLE_SUFFIXES:
            continue
        style, score, _ = score_article(path)
        styles[style].add(score)
        overall.add(score)
    return {**dict(sorted(styles.items())), "overall": overall}


def main(argv: list[str]) -> int:
    """Print the table (and the misses with ``-v``)."""
    verbose = "-v" in argv
    paths = [a for a in argv if a != "-v"]
    scores = score_corpus(Path(paths[0]) if paths else CORPUS)
    print(f"{'style':<14} {'figures P':>10} {'figures R':>10} {'checks P':>9} {'checks R':>9}")
    for style, s in scores.items():
        print(
            f"{style:<14} {ratio(s.figures_right, s.figures_found):>10.0%} "
            f"{ratio(s.figures_recalled, s.figures_labelled):>10.0%} "
            f"{ratio(s.checks_right, s.checks_suggested):>9.0%} "
            f"{ratio(s.checks_recalled, s.checks_labelled):>9.0%}"
            f"   ({s.figures_recalled}/{s.figures_labelled} figures, "
            f"{s.checks_recalled}/{s.checks_labelled} checks)"
        )
    if verbose:
        for miss in scores["overall"].misses:
            print("  " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
