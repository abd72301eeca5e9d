"""``--format github``: GitHub Actions workflow commands (annotations on the pull request).

``::error`` for mismatches, errors and input errors, ``::warning`` for rounding and fixed,
``::notice`` for known. GitHub shows at most 10 of each per step, so the rest are counted
in one ``::notice`` line. When ``GITHUB_STEP_SUMMARY`` is set, the Markdown report is
appended to that file. A plain summary line ends the output.
"""

from __future__ import annotations

import os

from checks.reporters import RenderOptions, counted, printable, register, tallied
from checks.reporters.markdown import render_markdown_text
from checks.reporters.sarif import attention, explanation
from checks.results import RunResult, Verdict

CAP = 10
"""Annotations of one level GitHub displays per step."""

COMMANDS = {
    Verdict.MISMATCH: "error",
    Verdict.ERROR: "error",
    Verdict.ROUNDING: "warning",
    Verdict.FIXED: "warning",
    Verdict.KNOWN: "notice",
    Verdict.CONSISTENT: "notice",
}


def escape_data(text: str) -> str:
    """Escape a workflow command's message (``%``, CR, LF)."""
    return printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command property value (data escapes plus ``:`` and ``,``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, path: str, line: int, column: int, title: str, message: str) -> str:
    """One ``::level file=…,line=…,col=…,title=…::message`` line."""
    props = ",".join(
        (
            f"file={escape_property(path)}",
            f"line={max(1, line)}",
            f"col={max(1, column)}",
            f"title={escape_property(title)}",
        )
    )
    return f"::{level} {props}::{escape_data(message)}"


def annotation_lines(run: RunResult) -> list[str]:
    """The annotation lines, capped per level, with one overflow notice when needed."""
    candidates: list[tuple[str, str]] = []
    for file in run.files:
        for problem in file.errors:
            loc = problem.location
            title = "claim-checks input error"
            candidates.append(
                ("error", command("error", file.path, loc.line, loc.column, title, problem.message))
            )
    for path, check in attention(run):
        level = "error" if check.verdict.fails(run.strict) else COMMANDS[check.verdict]
        title = f"claim-checks {check.kind} {check.check_id}"
        text = f"{check.verdict.value}: {explanation(check)}"
        line = command(level, path, check.location.line, check.location.column, title, text)
        candidates.append((level, line))
    shown: list[str] = []
    used = {"error": 0, "warning": 0, "notice": 0}
    omitted = {"error": 0, "warning": 0, "notice": 0}
    per_level = {level: sum(1 for kind, _ in candidates if kind == level) for level in used}
    # Leave room for the overflow notice among the notices GitHub will display, whichever
    # level overflows.
    overflowing = any(count > CAP for count in per_level.values())
    caps = {"error": CAP, "warning": CAP, "notice": CAP - 1 if overflowing else CAP}
    for level, line in candidates:
        if used[level] < caps[level]:
            used[level] += 1
            shown.append(line)
        else:
            omitted[level] += 1
    if any(omitted.values()):
        words = {"error": "error", "warning": "warning", "notice": "notice"}
        parts = [f"{n} more {words[k]}{'s' if n != 1 else ''}" for k, n in omitted.items() if n]
        total = sum(omitted.values())
        shown.append(
            f"::notice::{total} more annotation{'s' if total != 1 else ''} not shown "
            f"({', '.join(parts)}); see the job log or step summary"
        )
    return shown


def summary_line(run: RunResult) -> str:
    """The final plain line: counts and the overall result."""
    counts = run.summary()
    total = sum(counts.values())
    parts = tallied(counts) or "nothing to check"
    text = f"claim-checks: {counted(total, 'check')} in {counted(len(run.files), 'file')}: {parts}"
    if run.error_count:
        text += f"; {counted(run.error_count, 'input error')}"
    return text + (" — FAILED" if run.exit_code() else " — OK")


def write_step_summary(run: RunResult) -> str | None:
    """Append the Markdown report to ``$GITHUB_STEP_SUMMARY`` if set; a warning line on failure."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(render_markdown_text(run) + "\n")
    except OSError as exc:
        return f"::warning::{escape_data(f'claim-checks could not write the step summary: {exc}')}"
    return None


@register("github", "GitHub Actions annotations, plus a step summary when available.")
def render_github(run: RunResult, options: RenderOptions) -> str:
    """The run as workflow commands; appends the step summary as a side effect."""
    lines = annotation_lines(run)
    warning = write_step_summary(run)
    if warning:
        lines.append(warning)
    lines.append(summary_line(run))
    return "\n".join(lines) + "\n"
