"""The ``claim-checks`` command: wires options to the engine and a reporter, nothing more."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from checks import __version__

EXIT_USAGE = 2


def _parser(formats: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claim-checks",
        description="Check that the figures of a news story agree with each other.",
    )
    parser.add_argument("--version", action="version", version=f"claim-checks {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser("run", help="check claim files and report every mismatch")
    run.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        default=["claims"],
        help="claim files or folders (default: claims/)",
    )
    run.add_argument(
        "--format",
        "-f",
        choices=list(formats),
        default="text",
        help="output format (default: text)",
    )
    run.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    run.add_argument("--force", action="store_true", help="overwrite --output FILE if it exists")
    run.add_argument(
        "--strict", action="store_true", help="also fail on `rounding` and `fixed` verdicts"
    )
    run.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=dt.date.fromisoformat,
        help="the date `known.until` is compared with (default: today)",
    )
    run.add_argument("--verbose", "-v", action="store_true", help="also list the checks that hold")
    run.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour in text output (default: auto)",
    )
    return parser


def write_atomically(path: Path, text: str, force: bool) -> None:
    """Write ``text`` to ``path`` via a temporary file; refuse to overwrite without ``force``."""
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists; pass --force to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    from checks.reporters import RenderOptions, load_reporters

    reporters = load_reporters()
    parser = _parser(sorted(reporters))
    arguments = parser.parse_args(argv)
    if arguments.command is None:
        parser.print_help()
        return EXIT_USAGE
    from checks.engine import Options, run

    result = run(arguments.paths, Options(strict=arguments.strict, today=arguments.today))
    to_terminal = arguments.output is None and sys.stdout.isatty()
    color = arguments.color == "always" or (
        arguments.color == "auto" and to_terminal and "NO_COLOR" not in os.environ
    )
    text = reporters[arguments.format].render(
        result, RenderOptions(color=color, verbose=arguments.verbose)
    )
    if arguments.output:
        try:
            write_atomically(Path(arguments.output), text, arguments.force)
        except (FileExistsError, OSError) as exc:
            print(f"claim-checks: {exc}", file=sys.stderr)
            return EXIT_USAGE
    else:
        sys.stdout.write(text)
    return result.exit_code()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
