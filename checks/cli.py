"""The ``claim-checks`` command: wires options to the engine and a reporter, nothing more."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from checks import __version__, grammar

EXIT_USAGE = 2
DETAILED_FORMATS = frozenset({"html", "review-md", "claimreview"})
"""Formats that show intervals, charts and quote positions (the engine computes them only
for these)."""


def _shard(text: str) -> Any:
    """``--shard I/N`` read when the arguments are (so ``run``'s usage shows the mistake)."""
    from checks.runner import Shard

    try:
        return Shard.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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
    run.add_argument(
        "--output", "-o", metavar="FILE", help="write the report to FILE (- for stdout)"
    )
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
        "--review-author",
        metavar="NAME",
        default="claim-checks",
        help="who the review reports name as reviewer (ClaimReview author; default: claim-checks)",
    )
    run.add_argument(
        "--review-url",
        metavar="URL",
        help="where the published review lives: each ClaimReview gets `url` = URL#<check id>",
    )
    run.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour in text output (default: auto)",
    )
    run.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        default=1,
        metavar="N",
        help="judge files in N worker processes (default: 1)",
    )
    run.add_argument(
        "--shard",
        metavar="I/N",
        type=_shard,
        help="check only part I of N of the files, split by path (for a CI matrix)",
    )
    run.add_argument(
        "--no-cache", action="store_true", help="judge every file again, ignoring the cache"
    )
    run.add_argument(
        "--cache-dir",
        metavar="DIR",
        default=os.environ.get("CLAIM_CHECKS_CACHE", ".claim-checks-cache"),
        help="where results are cached (default: .claim-checks-cache, or $CLAIM_CHECKS_CACHE)",
    )
    merge = commands.add_parser(
        "merge",
        help="combine JSON reports (from --shard parts) into one",
        description="Combine `run --format json` reports, e.g. of the parts of a sharded run, "
        "into one report identical to a single run's.",
    )
    merge.add_argument("reports", nargs="+", metavar="REPORT", help="JSON reports to combine")
    merge.add_argument(
        "--output", "-o", metavar="FILE", help="write the result to FILE (- for stdout)"
    )
    merge.add_argument("--force", action="store_true", help="overwrite --output FILE")
    commands.add_parser(
        "schema",
        help="print the JSON Schema (draft-07) of a claim file, for editors",
        description="Print the JSON Schema (draft-07) of a claim file; point "
        "yaml-language-server at it with `# yaml-language-server: $schema=<path or URL>`.",
    )
    from checks.extract.command import add_parser as add_extract_parser

    add_extract_parser(commands)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _ordinary_mode(path: Path) -> int:
    """The mode a plain ``open()`` would give: the old file's, else 0o666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _refuse_to_clobber(path: Path, force: bool) -> None:
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a folder; give a file name for the report")
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists; pass --force to overwrite it")
    for folder in path.parents:
        if folder.exists():
            if not folder.is_dir():
                raise NotADirectoryError(
                    f"cannot write {path}: {folder} is a file, not a folder"
                )
            break


def write_atomically(path: Path, text: str, force: bool) -> None:
    """Write ``text`` to ``path`` via a temporary file; refuse to overwrite without ``force``."""
    write_atomically_with(path, force, lambda stream: stream.write(text))


def write_atomically_with(path: Path, force: bool, write: Callable[[TextIO], object]) -> None:
    """Let ``write`` fill a temporary file, then move it onto ``path`` in one step."""
    _refuse_to_clobber(path, force)
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only writing a report file needs it

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            write(stream)
        os.chmod(temporary, _ordinary_mode(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


COLLECTOR_THRESHOLD = 20_000
"""Net new container objects between two young-generation collections during a run."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code.

    pydantic looks for plugins by reading the entry points of every installed package
    when the first model is built (a third of a second in a typical environment), for
    hooks that observe an application's own models; a run builds only the harness's. So
    plugins are off while it runs, unless ``PYDANTIC_DISABLE_PLUGINS`` is already set,
    and the environment is as it was afterwards (for programs that call this function).

    The cyclic garbage collector runs less often while it runs (and in the workers it
    forks): a file's results are freed by reference counting as soon as they are
    written, but the collector, at Python's default threshold, walked the objects of the
    file being judged after every 700 allocations, about a tenth of a large run.
    Collections still happen, so the few cycles a run makes are still freed.
    """
    unset = "PYDANTIC_DISABLE_PLUGINS" not in os.environ
    if unset:
        os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], COLLECTOR_THRESHOLD), *thresholds[1:])
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader stopped reading (`| head`): stop quietly, as other command-line tools
        # do, and keep Python from reporting the pipe again when it flushes at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        gc.set_threshold(*thresholds)
        if unset:
            os.environ.pop("PYDANTIC_DISABLE_PLUGINS", None)


def console(argv: Sequence[str] | None = None) -> int:
    """The ``claim-checks`` command (and ``python -m checks``): :func:`main` in its own process.

    Owning the process, it lets lark be imported without the ``regex`` package, which lark
    imports whenever it is installed and our grammar does not use (see
    :data:`checks.grammar.LARK_MAY_IMPORT_REGEX`); programs calling :func:`main` keep
    lark as it is.
    """
    grammar.allow_regex_for_lark(False)
    _utf8_streams()
    return main(argv)


def _utf8_streams() -> None:
    """Write reports in UTF-8 whatever the locale says.

    A pipe on Windows (a CI runner reading the output) defaults to cp1252, which cannot
    hold a claim's "−" or "₹": writing one raised UnicodeEncodeError, a traceback with
    the exit code of a failed check, and no report. CI tools read UTF-8.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding != "utf8" and reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")


def _main(argv: Sequence[str] | None) -> int:
    from checks.reporters import FORMATS, RenderOptions, load_reporter

    parser = _parser(sorted(FORMATS))
    arguments = parser.parse_args(argv)
    if getattr(arguments, "output", None) == "-":  # the usual name of standard output
        arguments.output = None
    if arguments.command is None:
        parser.print_help()
        return EXIT_USAGE
    if arguments.command == "schema":
        from checks.schema import render_schema

        sys.stdout.write(render_schema())
        return 0
    if arguments.command == "merge":
        return _merge(arguments)
    if arguments.command == "extract":
        from checks.extract.command import run as run_extract

        return run_extract(arguments)
    from checks.cache import opened
    from checks.options import Options
    from checks.progress import terminal_progress
    from checks.results import RunResult
    from checks.runner import judge_files
    from checks.usercache import remembered

    shard = arguments.shard
    details = arguments.format in DETAILED_FORMATS
    options = Options(strict=arguments.strict, today=arguments.today, details=details)
    cache_folder = None if arguments.no_cache else Path(arguments.cache_dir)
    if arguments.format == "json":
        return _stream_json(arguments, options, shard, cache_folder)
    with remembered(), opened(cache_folder, _warn) as cache, terminal_progress() as progress:
        files = judge_files(arguments.paths, options, arguments.jobs, shard, cache, progress)
        result = RunResult(tuple(files), strict=options.strict)
    to_terminal = arguments.output is None and sys.stdout.isatty()
    color = arguments.color == "always" or (
        arguments.color == "auto" and to_terminal and "NO_COLOR" not in os.environ
    )
    text = load_reporter(arguments.format).render(
        result,
        RenderOptions(
            color=color,
            verbose=arguments.verbose,
            review_author=arguments.review_author,
            review_url=arguments.review_url,
            today=arguments.today,
        ),
    )
    return _emit(arguments, text, result.exit_code())


def _write_problem(path: Path, exc: OSError) -> str:
    """Why the report could not be written to ``path``, without Python's ``[Errno N]``."""
    if exc.strerror is None:  # raised here with its own wording
        return str(exc)
    return f"cannot write the report to {path}: {exc.strerror.lower()}"


def _warn(message: str) -> None:
    """A problem that does not stop the run (its results stay right), on standard error."""
    print(f"claim-checks: warning: {message}", file=sys.stderr)


def _emit(arguments: argparse.Namespace, text: str, code: int) -> int:
    """Print ``text``, or write it to ``--output`` (atomically); the exit code to return."""
    if not arguments.output:
        sys.stdout.write(text)
        return code
    target = Path(arguments.output)
    try:
        write_atomically(target, text, arguments.force)
    except OSError as exc:
        print(f"claim-checks: {_write_problem(target, exc)}", file=sys.stderr)
        return EXIT_USAGE
    return code


def _stream_json(
    arguments: argparse.Namespace, options: Any, shard: Any, cache_folder: Path | None
) -> int:
    """``--format json`` written as results arrive: memory stays flat on large corpora."""
    from checks.cache import opened
    from checks.progress import terminal_progress
    from checks.reporters.json import dump_entry, entry, load_entry, write_entries
    from checks.runner import View, judge_views
    from checks.usercache import remembered

    entries = View("json-entry", entry, dump_entry, load_entry, text=True)

    if arguments.output:
        target = Path(arguments.output)
        try:
            _refuse_to_clobber(target, arguments.force)
        except OSError as exc:
            print(f"claim-checks: {_write_problem(target, exc)}", file=sys.stderr)
            return EXIT_USAGE
    with remembered(), opened(cache_folder, _warn) as cache, terminal_progress() as progress:
        lines = judge_views(
            arguments.paths, entries, options, arguments.jobs, shard, cache, progress
        )
        part = f"{shard.index}/{shard.count}" if shard is not None else None
        if not arguments.output:
            return write_entries(lines, options.strict, sys.stdout, part)
        codes: list[int] = []
        try:
            write_atomically_with(
                target,
                arguments.force,
                lambda out: codes.append(write_entries(lines, options.strict, out, part)),
            )
        except OSError as exc:
            print(f"claim-checks: {_write_problem(target, exc)}", file=sys.stderr)
            return EXIT_USAGE
        return codes[0]


def _merge(arguments: argparse.Namespace) -> int:
    from checks.merging import MergeError, merge_reports

    try:
        text, code = merge_reports([Path(p) for p in arguments.reports])
    except MergeError as exc:
        print(f"claim-checks: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return _emit(arguments, text, code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
