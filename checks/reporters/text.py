"""``--format text`` (the default): what a person reads in a terminal.

Failures first, each with ``path:line:col``, the verdict and the arithmetic; then a
summary line. Colour only on a terminal (``rich`` decides, and respects ``NO_COLOR``).
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from checks.reporters import RenderOptions, register
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
    return "".join(" " if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in text)


@register("text", "Readable terminal output: failures first, then a summary line.")
def render_text(run: RunResult, options: RenderOptions) -> str:
    """Render the run for a terminal (plain text when not colouring)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=options.color,
        no_color=not options.color,
        width=100,
        highlight=False,
        soft_wrap=True,
    )
    for file in run.files:
        for problem in file.errors:
            line = Text()
            line.append(f"{problem.location}: ", style="bold")
            line.append("invalid", style=STYLES[Verdict.ERROR])
            line.append(f": {_one_line(problem.message)}")
            console.print(line)
    shown = [v for v in VERDICT_ORDER if options.verbose or v is not Verdict.CONSISTENT]
    for verdict in shown:
        for _, check in run.all_checks():
            if check.verdict is not verdict:
                continue
            line = Text()
            line.append(f"{check.location}: ", style="bold")
            line.append(verdict.value, style=STYLES[verdict])
            line.append(_one_line(f" [{check.kind}] {check.check_id}"))
            console.print(line)
            if check.message:
                console.print(Text("    " + _one_line(check.message)))
            if check.diagnosis is not None:
                console.print(Text("    likely slip: " + _one_line(check.diagnosis.message)))
            if check.known is not None and verdict in (Verdict.KNOWN, Verdict.FIXED):
                by = f" (by {check.known.by})" if check.known.by else ""
                until = f", until {check.known.until}" if check.known.until else ""
                console.print(Text(_one_line(f"    known: {check.known.reason}{by}{until}")))
    counts = run.summary()
    total = sum(counts.values())
    files = len(run.files)
    parts = [f"{n} {v}" for v, n in counts.items()]
    summary = Text()
    summary.append(
        f"{total} check{'s' if total != 1 else ''} in {files} file{'s' if files != 1 else ''}: ",
        style="bold",
    )
    summary.append(", ".join(parts) or "nothing to check")
    if run.error_count:
        summary.append(
            f"; {run.error_count} input error{'s' if run.error_count != 1 else ''}",
            style=STYLES[Verdict.ERROR],
        )
    failing = run.exit_code()
    summary.append(
        " — " + ("FAILED" if failing else "OK"), style="bold red" if failing else "bold green"
    )
    console.print(summary)
    return buffer.getvalue()
