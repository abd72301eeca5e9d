"""``--format text`` (the default): what a person reads in a terminal.

Failures first, each with ``path:line:col``, the verdict and the arithmetic; then a
summary line. Colour (through ``rich``) only when ``--color`` asks or on a terminal without
``NO_COLOR``.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from checks.reporters import RenderOptions, counted, printable, register, tallied
from checks.results import VERDICT_ORDER, RunResult, Verdict

STYLES = {
    Verdict.MISMATCH: "bold red",
    Verdict.ERROR: "bold magenta",
    Verdict.ROUNDING: "yellow",
    Verdict.FIXED: "yellow",
    Verdict.KNOWN: "cyan",
    Verdict.CONSISTENT: "green",
}


def _one_line(text: str) -> str:
    """``text`` with line breaks and control characters as spaces.

    A claim file's words must not start a new log line (a CI command such as ``::error::``)
    or drive the terminal.
    """
    return printable(text).translate(_BREAKS)


_BREAKS = str.maketrans("\t\n\r", "   ")


Segment = tuple[str, str | None]
"""A run of text and its style (a rich style name), or no style."""


def _writer(color: bool) -> tuple[io.StringIO, Callable[[list[Segment]], None]]:
    """Where lines go, and how: through rich when colouring, as plain text otherwise.

    Plain text needs nothing from rich (and not importing it saves a tenth of the start-up
    of a one-file run).
    """
    buffer = io.StringIO()
    if not color:

        def plain(segments: list[Segment]) -> None:
            buffer.write("".join(text for text, _ in segments) + "\n")

        return buffer, plain
    from rich.console import Console
    from rich.text import Text

    console = Console(
        file=buffer,
        force_terminal=True,
        no_color=False,
        width=100,
        highlight=False,
        soft_wrap=True,
    )

    def coloured(segments: list[Segment]) -> None:
        line = Text()
        for text, style in segments:
            line.append(text, style=style)
        console.print(line)

    return buffer, coloured


@register("text", "Readable terminal output: failures first, then a summary line.")
def render_text(run: RunResult, options: RenderOptions) -> str:
    """Render the run for a terminal (plain text when not colouring)."""
    buffer, emit = _writer(options.color)
    for file in run.files:
        for problem in file.errors:
            emit(
                [
                    (f"{problem.location}: ", "bold"),
                    ("invalid", STYLES[Verdict.ERROR]),
                    (f": {_one_line(problem.message)}", None),
                ]
            )
    for verdict in VERDICT_ORDER:
        for _, check in run.all_checks():
            if check.verdict is not verdict:
                continue
            if verdict is Verdict.CONSISTENT and not (options.verbose or check.caution):
                continue
            emit(
                [
                    (f"{check.location}: ", "bold"),
                    (verdict.value, STYLES[verdict]),
                    (_one_line(f" [{check.kind}] {check.check_id}"), None),
                ]
            )
            if check.message:
                emit([("    " + _one_line(check.message), None)])
            if check.diagnosis is not None:
                emit([("    likely slip: " + _one_line(check.diagnosis.message), None)])
            if check.known is not None and verdict in (Verdict.KNOWN, Verdict.FIXED):
                by = f" (by {check.known.by})" if check.known.by else ""
                until = f", until {check.known.until}" if check.known.until else ""
                emit([(_one_line(f"    known: {check.known.reason}{by}{until}"), None)])
    counts = run.summary()
    total = sum(counts.values())
    cautions = sum(1 for _, check in run.all_checks() if check.caution)
    summary: list[Segment] = [
        (f"{counted(total, 'check')} in {counted(len(run.files), 'file')}: ", "bold"),
        (tallied(counts) or "nothing to check", None),
    ]
    if cautions:
        summary.append((f" ({cautions:,} of them with a caution, shown above)", None))
    if run.error_count:
        summary.append(
            (
                f"; {counted(run.error_count, 'input error')}",
                STYLES[Verdict.ERROR],
            )
        )
    failing = run.exit_code()
    summary.append(
        (" — " + ("FAILED" if failing else "OK"), "bold red" if failing else "bold green")
    )
    emit(summary)
    return buffer.getvalue()
