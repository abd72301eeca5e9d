"""A deterministic generator of a realistic claim-file corpus, with planted mismatches.

Each file is one invented story: ~40 claims (money, lengths, counts, dates, percentages)
and ~20 checks (sums, conversions, chronologies, shares, changes, expectations) that hold,
except for the planted mismatches, whose check ids start with ``planted-``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

KM_PER_MI = 1.609344


@dataclass(frozen=True)
class Corpus:
    """Where the corpus is and how many mismatches were planted in it."""

    root: Path
    files: int
    planted: int


def _money(rng: random.Random) -> tuple[str, float]:
    whole = rng.randint(11, 989)
    return f"${whole} million", whole * 1e6


def _story(rng: random.Random, index: int, plant: bool) -> tuple[str, int]:
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3000))
    claims: list[str] = []
    checks: list[str] = []
    planted = 0
    for group in range(5):
        parts = [rng.randint(100, 9_999) for _ in range(3)]
        total = sum(parts)
        wrong = plant and group == 0
        if wrong:
            total += rng.choice([-1, 1]) * rng.randint(50, 500)
            planted += 1
        for n, part in enumerate(parts):
            claims.append(f'  g{group}_part{n}: {{value: "{part:,} households", '
                          f'quote: "some {part:,} households in district {n}"}}')
        claims.append(f'  g{group}_total: {{value: "{total:,} households"}}')
        prefix = "planted" if wrong else "ok"
        checks.append(f"  - id: {prefix}-households-{group}\n"
                      f"    sum: [g{group}_part0, g{group}_part1, g{group}_part2]\n"
                      f"    equals: g{group}_total")
    for group in range(4):
        km = rng.randint(20, 4_000)
        miles = round(km / KM_PER_MI)
        claims.append(f"  road{group}_km: {{value: {km} km}}")
        claims.append(f"  road{group}_mi: {{value: {miles} miles}}")
        checks.append(f"  - id: ok-road-{group}\n    same: [road{group}_km, road{group}_mi]")
    budget_text, budget = _money(rng)
    claims.append(f"  budget: {{value: {budget_text}}}")
    share = rng.randint(5, 60)
    claims.append(f'  spent: {{value: "${budget * share / 100 / 1e6:.1f} million"}}')
    claims.append(f"  spent_share: {{value: {share}%}}")
    checks.append("  - id: ok-share\n    share: {part: spent, whole: budget, is: spent_share}")
    before = rng.randint(100, 900)
    growth = rng.randint(2, 40)
    after = round(before * (1 + growth / 100))
    claims.append(f"  sales_before: {{value: ${before}m}}")
    claims.append(f"  sales_after: {{value: ${after}m}}")
    claims.append(f"  sales_growth: {{value: {growth}%}}")
    checks.append("  - id: ok-change\n"
                  "    change: {from: sales_before, to: sales_after, by: sales_growth}")
    days = sorted(rng.sample(range(1, 200), 6))
    for n, day in enumerate(days):
        when = published - dt.timedelta(days=300 - day)
        claims.append(f"  event{n}: {{date: {when.isoformat()}}}")
    checks.append("  - id: ok-chronology\n    order: [" +
                  ", ".join(f"event{n}" for n in range(6)) + ", source.published]")
    claims.append("  visit: {value: 3 days}")
    checks.append("  - id: ok-visit\n    expect: event0 + visit <= event5")
    for n in range(7):
        claims.append(f'  extra{n}: {{value: "{rng.randint(1, 99)}.{rng.randint(0, 9)}%", '
                      f'note: "a figure no check uses"}}')
    for n in range(5):
        a, b = rng.randint(1, 500), rng.randint(1, 500)
        claims.append(f"  pair{n}_a: {{value: {a} tonnes}}")
        claims.append(f"  pair{n}_b: {{value: {a + b} tonnes}}")
        checks.append(f"  - id: ok-pair-{n}\n    expect: pair{n}_a <= pair{n}_b")
    text = (
        f"# Generated story {index} (claim-checks benchmark corpus)\n"
        f"source:\n  title: Story {index}\n  publisher: Benchmark Gazette\n"
        f"  published: {published.isoformat()}\n"
        "claims:\n" + "\n".join(claims) + "\nchecks:\n" + "\n".join(checks) + "\n"
    )
    return text, planted


def generate(root: Path, files: int, seed: int = 20261129, every: int = 7) -> Corpus:
    """Write ``files`` claim files under ``root`` (100 per folder); plant every ``every``th."""
    rng = random.Random(seed)
    planted = 0
    for index in range(files):
        folder = root / f"batch{index // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        text, count = _story(rng, index, plant=index % every == 0)
        planted += count
        (folder / f"story{index:05d}.yaml").write_text(text, encoding="utf-8")
    manifest = {"files": files, "planted": planted, "seed": seed}
    (root / "corpus.json").write_text(json.dumps(manifest), encoding="utf-8")
    return Corpus(root, files, planted)
