"""The corpus benchmark: claim-checks against PyYAML's C loader on the same files.

    python tests/benchmarks/run_benchmark.py --files 10000

Generates a deterministic corpus (tests/benchmarks/corpus.py) in a temporary folder and
times, in one run on one machine:

(a) loading every file with PyYAML's C loader and nothing else (a fresh Python process);
(b) ``claim-checks run`` on the corpus (no results cache);
(c) the same with ``--jobs 2``;
(d) one file: ``claim-checks run FILE`` against a bare Python load of that file;
(e) peak memory of (b);
(f) an incremental run: the cache warm, one file edited, everything run again.

(a), (b) and (c) are timed in rounds (``--repeat``, best round kept), and the one-file
figures in pairs, so that the machine's drift over minutes falls on both sides of a ratio.
It checks that every planted mismatch was found and nothing else was flagged, and that
cached, uncached, parallel and sharded-then-merged runs give byte-identical JSON. It
prints each figure with its goal and exits 1 when a goal is missed. Not part of the test
suite: speed goals belong here, not in timed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402 - the script's own folder, added just above

GOALS = {
    "corpus / bare C load": 1.3,
    "--jobs 2 / bare C load": 0.75,
    "one file / bare Python load": 6.0,
    "incremental / full run": 0.05,
    "peak memory (MB)": 300.0,
}

BARE_LOAD = """
import sys, yaml
names = open(sys.argv[1], encoding="utf-8").read().split("\\n")
for name in names:
    if name:
        with open(name, "rb") as handle:
            yaml.load(handle.read(), Loader=yaml.CSafeLoader)
"""


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int, bytes]:
    """Wall time, exit code and standard output of one command."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr.decode(errors="replace"))
        raise SystemExit(f"{' '.join(command[:4])}… failed with exit code {done.returncode}")
    return elapsed, done.returncode, done.stdout


def best_of(runs: int, command: list[str], env: dict[str, str] | None = None) -> float:
    """The fastest of ``runs`` timings (the least disturbed by other work)."""
    return min(timed(command, env)[0] for _ in range(runs))


def _package_folder() -> Path:
    import checks

    return Path(checks.__file__).parent


def claim_checks(*arguments: str) -> list[str]:
    """The command line of claim-checks in this Python."""
    return [sys.executable, "-m", "checks", *arguments]


def main() -> int:
    """Run the benchmark; print the figures; exit 1 if a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000, help="corpus size (default 10,000)")
    parser.add_argument("--repeat", type=int, default=2, help="timings per figure (best kept)")
    parser.add_argument(
        "--pairs", type=int, default=10, help="one-file runs, each beside a bare load (default 10)"
    )
    arguments = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="claim-checks-bench-"))
    try:
        corpus = generate(work / "corpus", arguments.files)
        files = sorted(str(p) for p in (work / "corpus").rglob("*.yaml"))
        listing = work / "files.txt"
        listing.write_text("\n".join(files), encoding="utf-8")
        env = {**os.environ, "CLAIM_CHECKS_CACHE": str(work / "cache")}
        # An installed package runs from byte-compiled files; without them every run
        # would also time Python compiling the harness's sources.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(_package_folder())],
                       env=env, capture_output=True, check=False)
        corpus_path = str(work / "corpus")
        print(f"corpus: {corpus.files:,} files, {corpus.planted:,} planted mismatches, "
              f"{sum(Path(f).stat().st_size for f in files) / 1e6:.1f} MB")

        # (a), (b) and (c) are timed in rounds, one after the other, and each keeps its
        # best round: this machine's speed drifts over minutes, and timing all of (a)
        # before all of (b) would put the drift into the ratios.
        bare_times: list[float] = []
        full_times: list[float] = []
        parallel_times: list[float] = []
        output = parallel_output = b""
        code, peak_mb = 0, 0.0
        for round_number in range(max(1, arguments.repeat)):
            bare_times.append(timed([sys.executable, "-c", BARE_LOAD, str(listing)])[0])
            elapsed, run_code, run_output = timed(
                claim_checks("run", corpus_path, "-f", "json", "--no-cache"), env
            )
            full_times.append(elapsed)
            if round_number == 0:
                output, code = run_output, run_code
                peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            elapsed, _, run_output = timed(
                claim_checks("run", corpus_path, "-f", "json", "--no-cache", "--jobs", "2"), env
            )
            parallel_times.append(elapsed)
            if round_number == 0:
                parallel_output = run_output
        bare, full, parallel_time = min(bare_times), min(full_times), min(parallel_times)

        report = json.loads(output)
        flagged = [
            (f["path"], c["id"]) for f in report["files"] for c in f["checks"]
            if c["verdict"] != "consistent"
        ]
        planted_found = sum(1 for _, check_id in flagged if check_id.startswith("planted-"))
        false_alarms = [item for item in flagged if not item[1].startswith("planted-")]

        middle = len(files) // 2
        one = files[middle]
        timed(claim_checks("run", files[0]), env)
        one_file_uncached = best_of(
            arguments.repeat + 1, claim_checks("run", one, "--no-cache"), env
        )
        # The one-file figures are a few tenths of a second: sampled in pairs (--pairs),
        # best of each, so a slow moment of the machine does not land on one side only.
        one_file_times: list[float] = []
        bare_one_times: list[float] = []
        fresh = files[middle + 1 :] + files[1 : middle + 1]  # never judged with the cache on
        for path in fresh[: max(1, arguments.pairs)]:
            one_file_times.append(timed(claim_checks("run", path), env)[0])
            bare_one_times.append(timed([
                sys.executable, "-c",
                "import sys, yaml; yaml.load(open(sys.argv[1], 'rb').read(), "
                "Loader=yaml.CSafeLoader)",
                one,
            ])[0])
        one_file, bare_one = min(one_file_times), min(bare_one_times)

        _, _, cold_cached = timed(claim_checks("run", corpus_path, "-f", "json"), env)
        edited = Path(files[len(files) // 3])
        edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
        incremental, _, incremental_output = timed(
            claim_checks("run", corpus_path, "-f", "json"), env
        )
        full_after_edit, _, uncached_after_edit = timed(
            claim_checks("run", corpus_path, "-f", "json", "--no-cache"), env
        )
        shards = []
        for index in (1, 2):
            shard_file = work / f"shard{index}.json"
            timed(claim_checks("run", corpus_path, "-f", "json", "--no-cache",
                               "--shard", f"{index}/2", "-o", str(shard_file), "--force"), env)
            shards.append(str(shard_file))
        _, _, merged = timed(claim_checks("merge", *shards), env)

        figures = {
            "corpus / bare C load": full / bare,
            "--jobs 2 / bare C load": parallel_time / bare,
            "one file / bare Python load": one_file / bare_one,
            "incremental / full run": incremental / full_after_edit,
            "peak memory (MB)": peak_mb,
        }
        def spread(times: list[float]) -> str:
            return f" (rounds: {', '.join(f'{t:.2f}' for t in times)})" if len(times) > 1 else ""

        print(f"(a) bare C load of every file:        {bare:8.2f} s{spread(bare_times)}")
        print(f"(b) claim-checks run (no cache):      {full:8.2f} s{spread(full_times)}")
        print(f"(c) claim-checks run --jobs 2:        {parallel_time:8.2f} s"
              f"{spread(parallel_times)}")
        print(f"(d) one file: claim-checks run        {one_file:8.3f} s "
              f"(units and shapes remembered from earlier runs; {one_file_uncached:.3f} s with "
              f"--no-cache), bare load {bare_one:.3f} s")
        print(f"(e) peak memory of (b):               {peak_mb:8.1f} MB")
        print(f"(f) after editing one file, cached:   {incremental:8.2f} s "
              f"(full run {full_after_edit:.2f} s)")
        print(f"planted mismatches found: {planted_found} of {corpus.planted}; "
              f"other findings: {len(false_alarms)}")
        identical = {
            "--jobs 2": parallel_output == output,
            "cached": cold_cached == output,
            "incremental": incremental_output == uncached_after_edit,
            "shards merged": merged == output,
        }
        print("byte-identical JSON: " + ", ".join(f"{k} {'yes' if v else 'NO'}"
                                                 for k, v in identical.items()))
        missed = []
        for name, value in figures.items():
            goal = GOALS[name]
            status = "ok" if value <= goal else "MISSED"
            if value > goal:
                missed.append(name)
            print(f"  {name:30} {value:8.3f}  goal ≤ {goal:<6} {status}")
        problems = (
            missed
            or planted_found != corpus.planted
            or false_alarms
            or not all(identical.values())
            or code != 1
        )
        return 1 if problems else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
