"""The benchmark's ratios counted in instructions: a measure the machine's drift cannot move.

    python tests/benchmarks/instructions.py            # needs valgrind

Wall-clock ratios on a shared virtual machine swing by a third within minutes, so a change
worth a few per cent cannot be seen in them. valgrind's callgrind counts the instructions a
process executes, which is the same from one run to the next (to a few parts in ten
thousand with ``PYTHONHASHSEED`` fixed); this script counts, on the benchmark's corpus:

* per file: instructions of ``claim-checks run --no-cache -f json`` on ``--large`` files
  minus those on ``--small`` of them, over the same for PyYAML's C loader, which is the
  corpus ratio (b) without start-up and without the machine;
* start-up: instructions of the run on ``--small`` files beyond their per-file share;
* one file: ``claim-checks run FILE`` (results cache on, units known from earlier runs, the
  file never judged) against a bare Python load of that file, which is ratio (d).

Instructions are not time: the harness's Python touches more memory per instruction than
the C loader, so its time ratios run higher than these (see docs/performance.md). Use this
to tell whether a change made the harness do less work; the goals stay in
``run_benchmark.py``. Runs under valgrind are about fifty times slower: the defaults take
a few minutes on two cores.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402 - the script's own folder, added just above
from run_benchmark import BARE_LOAD, claim_checks  # noqa: E402

BARE_ONE = "import sys, yaml; yaml.load(open(sys.argv[1], 'rb').read(), Loader=yaml.CSafeLoader)"


def instructions(command: list[str], env: dict[str, str]) -> int:
    """Instructions executed by ``command`` (valgrind's callgrind; output discarded)."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None or done.returncode not in (0, 1):
        sys.stderr.write(done.stderr[-2000:])
        raise SystemExit(f"valgrind could not count {' '.join(command[:4])}…")
    return int(found.group(1))


def _subset(corpus: Path, files: list[Path], target: Path) -> Path:
    """A corpus of the first files only, in the same folders."""
    for path in files:
        copy = target / path.relative_to(corpus)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
    return target


def main() -> int:
    """Count and print the instruction ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=100, help="files in the small corpus")
    parser.add_argument("--large", type=int, default=300, help="files in the large corpus")
    arguments = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    if not 0 < arguments.small < arguments.large:
        raise SystemExit("--small must be at least 1 and less than --large")

    work = Path(tempfile.mkdtemp(prefix="claim-checks-instructions-"))
    try:
        generate(work / "large", arguments.large)
        large = sorted((work / "large").rglob("*.yaml"))
        small = large[: arguments.small]
        _subset(work / "large", small, work / "small")
        lists = {}
        for name, paths in (("small", small), ("large", large)):
            lists[name] = work / f"{name}.txt"
            lists[name].write_text("\n".join(str(p) for p in paths), encoding="utf-8")
        env = {**os.environ, "PYTHONHASHSEED": "0", "CLAIM_CHECKS_CACHE": str(work / "cache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        import checks

        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(Path(checks.__file__).parent)],
            env=env, capture_output=True, check=False,
        )  # fmt: skip
        # Units known from earlier runs, as in the one-file figure of run_benchmark.py.
        subprocess.run(claim_checks("run", str(work / "small")), env=env, capture_output=True)
        one = str(large[-1])  # never judged with the cache on
        commands = {
            "bare small": [sys.executable, "-c", BARE_LOAD, str(lists["small"])],
            "bare large": [sys.executable, "-c", BARE_LOAD, str(lists["large"])],
            "run small": claim_checks("run", str(work / "small"), "-f", "json", "--no-cache"),
            "run large": claim_checks("run", str(work / "large"), "-f", "json", "--no-cache"),
            "bare one": [sys.executable, "-c", BARE_ONE, one],
            "run one": claim_checks("run", one),
        }
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            pending = {name: pool.submit(instructions, c, env) for name, c in commands.items()}
            counted = {name: future.result() for name, future in pending.items()}
        extra = arguments.large - arguments.small
        bare_file = (counted["bare large"] - counted["bare small"]) / extra
        run_file = (counted["run large"] - counted["run small"]) / extra
        start_up = counted["run small"] - arguments.small * run_file
        bare_start = counted["bare small"] - arguments.small * bare_file
        print(f"instructions, {arguments.small} and {arguments.large} files "
              "(millions; per file from the difference):")  # fmt: skip
        print(f"  per file: claim-checks {run_file / 1e6:7.2f}  bare C load "
              f"{bare_file / 1e6:7.2f}  ratio {run_file / bare_file:.2f}")  # fmt: skip
        print(f"  start-up: claim-checks {start_up / 1e6:7.1f}  bare C load "
              f"{bare_start / 1e6:7.1f}")  # fmt: skip
        print(f"  one file: claim-checks {counted['run one'] / 1e6:7.1f}  bare Python load "
              f"{counted['bare one'] / 1e6:7.1f}  ratio "
              f"{counted['run one'] / counted['bare one']:.2f}")  # fmt: skip
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
