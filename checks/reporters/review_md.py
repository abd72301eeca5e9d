"""``--format review-md``: the fact-checker's review in Markdown, for tickets and e-mail.

The same content as ``--format html``: what needs attention first, then per source its
metadata, every check with its verdict (a symbol and the word), the arithmetic, the known
reason, the operands and their intervals, and excerpts of the article with each quote in
bold. (``--format markdown`` stays the compact table for pull-request comments.)
"""

from __future__ import annotations

import re

from checks.reporters import RenderOptions, printable, register
from checks.reporters.review import SYMBOLS, CheckView, Review, SourceView, build, meaning
from checks.results import VERDICT_ORDER, RunResult, Verdict

CONTEXT = 90
"""Characters of article text shown on each side of a quote."""

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def text(value: str) -> str:
    """Plain text made safe for Markdown: one line, markup characters escaped, no raw HTML."""
    value = " ".join(printable(value).split())
    value = value.replace("&", "&amp;")
    return _SPECIAL.sub(r"\\\1", value)


def code(value: str) -> str:
    """An inline code span (backticks in ``value`` become quotes)."""
    return "`" + " ".join(printable(value).replace("`", "'").split()) + "`"


def verdict(value: Verdict) -> str:
    """A verdict as a symbol and the word (never the symbol alone)."""
    return f"{SYMBOLS[value]} **{value.value}**"


def _check(view: CheckView) -> list[str]:
    check = view.check
    lines = [
        f"#### {verdict(check.verdict)} {code(check.check_id)} ({text(check.kind)},"
        f" {code(f'{view.path}:{check.location.line}')})",
        "",
        f"_{text(meaning(check))}_",
        "",
    ]
    if check.message:
        lines += [f"> {text(check.message)}", ""]
    if check.diagnosis is not None:
        lines += [f"Likely slip: {text(check.diagnosis.message)}", ""]
    if check.known is not None:
        lines += [
            f"- Known discrepancy: {text(check.known.reason)}",
            f"- Reviewer: {text(check.known.by or 'not named')}",
            f"- Expires: {text(check.known.until or 'never')}"
            + (" (expired: counts as a mismatch again)" if check.known.expired else ""),
            "",
        ]
    if check.note:
        lines += [f"Note: {text(check.note)}", ""]
    if view.operands:
        lines += [
            "| Claim | As written | Stands for | Allowing for rounding | Quote |",
            "| --- | --- | --- | --- | --- |",
        ]
        for o in view.operands:
            quote = f"“{text(o.quote)}”" if o.quote else "—"
            lines.append(
                f"| {code(o.operand.claim_id)} | {text(o.operand.text)} |"
                f" {text(o.operand.strict) or '—'} | {text(o.operand.lenient) or '—'} | {quote} |"
            )
        lines.append("")
    return lines


def _excerpts(source: SourceView) -> list[str]:
    article = source.file.text or ""
    lines: list[str] = []
    for claim in source.claims:
        if not claim.claim.spans:
            if claim.claim.quote is not None:
                lines.append(
                    f"- {code(claim.claim.claim_id)}: “{text(claim.claim.quote)}” —"
                    " **not found in the text**"
                )
            continue
        start, end = claim.claim.spans[0]
        before = article[max(0, start - CONTEXT) : start]
        after = article[end : end + CONTEXT]
        if start - CONTEXT > 0:
            before = "…" + before.split(" ", 1)[-1]
        if end + CONTEXT < len(article):
            after = after.rsplit(" ", 1)[0] + "…"
        status = ""
        if claim.verdict is not None and claim.verdict is not Verdict.CONSISTENT:
            status = f" ({verdict(claim.verdict)})"
        lines.append(
            f"- {code(claim.claim.claim_id)} = {text(claim.claim.text)}{status}: "
            f"{_spaced(before, 'after')}**{text(article[start:end])}**{_spaced(after, 'before')}"
        )
    return lines


def _spaced(excerpt: str, side: str) -> str:
    """:func:`text` keeping the space between an excerpt and the bold quote beside it."""
    edge = excerpt[-1:] if side == "after" else excerpt[:1]
    gap = " " if edge.isspace() else ""
    shown = text(excerpt)
    if not shown:
        return gap
    return shown + gap if side == "after" else gap + shown


def _source(source: SourceView) -> list[str]:
    meta = source.file.source
    lines = [f"## {text(source.title)}", ""]
    facts = [
        ("Publisher", meta.publisher),
        ("Author", meta.author),
        ("Published", meta.published),
        ("URL", meta.url),
        ("Claims file", source.file.path),
        ("Text", source.file.text_path),
    ]
    lines += [f"- {name}: {text(value)}" for name, value in facts if value]
    counts = ", ".join(f"{n} {v}" for v, n in source.counts.items()) or "none"
    lines += [f"- Checks: {counts}", ""]
    for problem in source.file.errors:
        lines.append(
            f"- {verdict(Verdict.ERROR)} {code(f'{problem.location}')}: {text(problem.message)}"
        )
    if source.file.errors:
        lines.append("")
    lines += ["### Checks", ""]
    for view in source.checks:
        lines += _check(view)
    if source.file.text is not None:
        lines += ["### The figures in the article", ""]
        lines += _excerpts(source)
        lines.append("")
    return lines


def render_review(review: Review) -> str:
    """The review as Markdown."""
    outcome = "❌ Needs correction" if review.failed else "✅ Nothing fails"
    sources = len(review.sources)
    lines = [
        "# Claim review",
        "",
        f"**{outcome}**: "
        + (f"{review.failing} of " if review.failing else "")
        + f"{review.total} check{'' if review.total == 1 else 's'} in"
        f" {sources} source{'' if sources == 1 else 's'}"
        + (f" fail{'s' if review.failing == 1 else ''}" if review.failing else "")
        + (
            f", {review.input_errors} input error{'' if review.input_errors == 1 else 's'}"
            if review.input_errors
            else ""
        )
        + f". Checked on {review.date}.",
        "",
        "| All checks | Count |",
        "| --- | ---: |",
    ]
    lines += [
        f"| {verdict(v)} | {review.counts[v.value]} |"
        for v in VERDICT_ORDER
        if review.counts.get(v.value)
    ]
    lines += ["", f"## What needs attention ({len(review.attention)})", ""]
    for number, view in enumerate(review.attention, 1):
        check = view.check
        line = (
            f"{number}. {verdict(check.verdict)} {code(check.check_id)} [{text(check.kind)}]"
            f" {code(f'{view.path}:{check.location.line}')}"
        )
        if check.message:
            line += f": {text(check.message)}"
        if check.known is not None:
            line += f" — known: {text(check.known.reason)}"
        lines.append(line)
    if not review.attention:
        lines.append("Every check holds.")
    lines.append("")
    for source in review.sources:
        lines += _source(source)
    return "\n".join(lines).rstrip("\n") + "\n"


@register("review-md", "The full review in Markdown: attention list, checks, article excerpts.")
def render_review_md(run: RunResult, options: RenderOptions) -> str:
    """The run as a Markdown review."""
    return render_review(build(run, options))
