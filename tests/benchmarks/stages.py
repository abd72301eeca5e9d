"""Where the time of a run goes: each stage of judging a file, timed on its own.

    python tests/benchmarks/stages.py --files 1000

Generates the benchmark corpus (tests/benchmarks/corpus.py) and, in one process with the
engine imported and the collector set as in a run (frozen, and at the run's threshold),
times per file: PyYAML's C loader
alone (the benchmark's "bare C load", for comparison), then loading with positions,
validating the claim file, reading figures, judging checks (with any diagnosis) and
writing the file's JSON report line. Each stage is timed over every file in turn, best of
``--repeat`` passes; the figure caches are emptied before each pass of the figures stage,
so every figure is read as in a run that meets it first. docs/performance.md quotes it.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402 - the script's own folder, added just above

from checks import engine, figures  # noqa: E402
from checks.cli import COLLECTOR_THRESHOLD  # noqa: E402
from checks.engine import Scope  # noqa: E402
from checks.options import Options  # noqa: E402
from checks.records import parse_claim_file  # noqa: E402
from checks.reporters.json import entry  # noqa: E402
from checks.runner import _warm  # noqa: E402


def _each(items: Any, work: Callable[..., Any]) -> Callable[[], None]:
    """Do ``work`` on every item, keeping nothing (a run frees each file's objects)."""

    def stage() -> None:
        for item in items:
            work(*item)

    return stage


def _best(passes: int, stage: Callable[[], Any], before: Callable[[], None] | None = None) -> float:
    times = []
    for _ in range(passes):
        if before is not None:
            before()
        started = time.perf_counter()
        stage()
        times.append(time.perf_counter() - started)
    return min(times)


def _forget_figures() -> None:
    figures._parse_figure_cached.cache_clear()
    figures._PLANS.clear()


def main() -> int:
    """Print milliseconds per file for each stage."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="claim-checks-stages-"))
    try:
        generate(work, arguments.files)
        paths = sorted(work.rglob("*.yaml"))
        raws = [(path.as_posix(), path.read_bytes()) for path in paths]
        options = Options(details=False)  # as --format json judges
        engine.check_file(paths[0], options)
        _warm(before_fork=True)
        documents = [engine.load_document(name, raw) for name, raw in raws]
        models = [parse_claim_file(document)[0] for document in documents]
        settings = [
            (engine._context(model, document)[0], engine._source_dates(model, document)[0])
            for model, document in zip(models, documents, strict=True)
        ]
        scopes = []
        for model, document, (context, dates) in zip(models, documents, settings, strict=True):
            found, broken, _ = engine._figures(model, document, context, dates)
            scopes.append(Scope(found, broken, context, details=False))
        results = [engine.check_file(path, options) for path in paths]
        gc.collect()
        gc.freeze()
        gc.set_threshold(COLLECTOR_THRESHOLD)  # as during `claim-checks run`
        count = len(paths)
        judged = list(zip(models, documents, scopes, strict=True))
        with_settings = [
            (model, document, context, dates)
            for model, document, (context, dates) in zip(models, documents, settings, strict=True)
        ]
        stages: dict[str, tuple[Callable[[], Any], Callable[[], None] | None]] = {
            "PyYAML's C loader alone (the bare C load)": (
                _each(raws, lambda _, raw: yaml.load(raw, Loader=yaml.CSafeLoader)), None
            ),
            "loading, with positions": (_each(raws, engine.load_document), None),
            "the claim file validated (pydantic)": (
                _each([(d,) for d in documents], parse_claim_file), None
            ),
            "figures read into intervals": (_each(with_settings, engine._figures), _forget_figures),
            "checks judged (and mismatches diagnosed)": (
                _each(judged, lambda m, d, s: engine._judge_checks(m, d, s, options)), None
            ),
            "the file's JSON report line": (_each([(r,) for r in results], entry), None),
            "all of it (check_file and the JSON line)": (
                _each([(p,) for p in paths], lambda p: entry(engine.check_file(p, options))),
                _forget_figures,
            ),
        }
        print(f"{count:,} files, ms per file, best of {arguments.repeat}:")
        for name, (stage, before) in stages.items():
            seconds = _best(arguments.repeat, stage, before)
            print(f"  {name:45} {seconds / count * 1000:6.2f}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
