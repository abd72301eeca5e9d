"""The benchmark scripts still run and still check what they promise (speed is not tested).

``tests/benchmarks/`` is outside the default run because it times things; these tests run
both scripts on a tiny corpus so that a change to the engine cannot leave them broken,
and read only what does not depend on the machine: every planted mismatch found, nothing
else flagged, and cached, parallel and sharded runs byte-identical to a plain one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent / "benchmarks"


def _run(script: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *arguments],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=300,
    )


def test_the_corpus_benchmark_finds_every_planted_mismatch_and_runs_agree() -> None:
    done = _run("run_benchmark.py", "--files", "8", "--repeat", "1", "--pairs", "1")
    assert done.returncode in (0, 1), done.stderr  # 1: speed goals are not met on 8 files
    assert "planted mismatches found: 2 of 2; other findings: 0" in done.stdout, done.stdout
    assert (
        "byte-identical JSON: --jobs 2 yes, cached yes, incremental yes, shards merged yes"
        in done.stdout
    ), done.stdout


def test_the_stage_breakdown_times_every_stage() -> None:
    done = _run("stages.py", "--files", "3", "--repeat", "1")
    assert done.returncode == 0, done.stderr
    timed = [line for line in done.stdout.splitlines()[1:] if line.strip()]
    assert len(timed) == 7, done.stdout
    assert all(float(line.split()[-1]) > 0 for line in timed), done.stdout


def test_the_instruction_count_script_loads() -> None:
    """It runs under valgrind (minutes), so here only its imports and options are checked."""
    done = _run("instructions.py", "--help")
    assert done.returncode == 0, done.stderr
    assert "--small" in done.stdout and "--large" in done.stdout
