"""``--format markdown``: a compact GitHub-flavoured Markdown report for a pull-request comment.

A heading with the overall result (a mark and words), a table of verdict counts, then a
table of what needs attention: input errors, mismatches and errors first, then rounding,
fixed and known (with its reason).
"""

from __future__ import annotations

from checks.reporters import RenderOptions, counted, printable, register, tallied
from checks.reporters.sarif import attention, explanation
from checks.results import VERDICT_ORDER, RunResult

MAX_ROWS = 100
"""Rows in the attention table before the rest is summarised (comments have a size limit)."""


def cell(text: str) -> str:
    """``text`` made safe for one table cell: one line, ``|`` escaped, no raw HTML."""
    text = printable(text).replace("\\", "\\\\").replace("|", "\\|")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.replace("\r", "\n").split("\n")).strip()


def code(text: str) -> str:
    """``text`` as an inline code span in a table cell."""
    return "`" + printable(text).replace("`", "'").replace("|", "\\|").replace("\n", " ") + "`"


def heading(run: RunResult) -> str:
    """The result line: a mark and words, never the mark alone."""
    counts = run.summary()
    total = sum(counts.values())
    files = counted(len(run.files), "file")
    if run.exit_code():
        parts = [tallied({v: n}) for v, n in counts.items() if v != "consistent"]
        if run.error_count:
            parts.insert(0, counted(run.error_count, "input error"))
        return (
            f"## ❌ claim-checks failed: {', '.join(parts)} ({counted(total, 'check')} in {files})"
        )
    cautions = sum(1 for _, check in run.all_checks() if check.caution)
    if total == counts.get("consistent", 0) and not cautions:
        return f"## ✅ claim-checks passed: All {total:,} checks hold ({files})"
    need = total - counts.get("consistent", 0) + cautions
    return (
        f"## ✅ claim-checks passed: {counted(total, 'check')} in {files},"
        f" {need:,} need{'s' if need == 1 else ''} attention"
    )


def render_markdown_text(run: RunResult) -> str:
    """The Markdown report as a string (also used for GitHub step summaries)."""
    lines = [heading(run), "", "| Verdict | Count |", "| --- | ---: |"]
    counts = run.summary()
    for verdict in VERDICT_ORDER:
        if counts.get(verdict.value):
            lines.append(f"| {verdict.value} | {counts[verdict.value]:,} |")
    if run.error_count:
        lines.append(f"| input error | {run.error_count:,} |")
    if run.strict:
        lines += ["", "_Strict mode: `rounding` and `fixed` fail the run._"]
    rows: list[str] = []
    for file in run.files:
        for problem in file.errors:
            where = f"{problem.location.path}:{problem.location.line}"
            rows.append(
                f"| {code(where)} | — | input | **input error** | {cell(problem.message)} |"
            )
    for path, check in attention(run):
        label = check.verdict.value
        if check.verdict.fails(run.strict):
            label = f"**{label}**"
        rows.append(
            f"| {code(f'{path}:{check.location.line}')} | {code(check.check_id)} |"
            f" {cell(check.kind)} | {label} | {cell(explanation(check))} |"
        )
    if rows:
        lines += [
            "",
            "| Where | Check | Kind | Verdict | Explanation |",
            "| --- | --- | --- | --- | --- |",
        ]
        lines += rows[:MAX_ROWS]
        if len(rows) > MAX_ROWS:
            lines += ["", f"… and {len(rows) - MAX_ROWS} more; see the full CI output."]
    return "\n".join(lines) + "\n"


@register("markdown", "GitHub-flavoured Markdown, for a pull-request comment or step summary.")
def render_markdown(run: RunResult, options: RenderOptions) -> str:
    """The run as a compact Markdown report."""
    return render_markdown_text(run)
