"""The fact-checker's review report as data: what the HTML and Markdown reviews show.

Built from finished results only: per source, the article text cut into segments at the
quotes' spans (each quoted figure a mark linked to its claim), the claims (linked back to
their marks and to the checks that use them), and the checks, most urgent first. Anchor
ids are stable: ``f<file>-c-<claim>``, ``f<file>-k-<check>``, ``f<file>-m<segment>``.
"""

from __future__ import annotations

import datetime as dt
import re

import msgspec

from checks.reporters import RenderOptions
from checks.reporters.charts import Drawing, drawing
from checks.results import (
    VERDICT_ORDER,
    CheckResult,
    ClaimSummary,
    FileResult,
    Operand,
    RunResult,
    Verdict,
)

RANK = {verdict: index for index, verdict in enumerate(VERDICT_ORDER)}
"""Urgency of a verdict: lower is more urgent."""

WORDS = {
    Verdict.MISMATCH: "the figures cannot all be right",
    Verdict.ERROR: "could not be checked",
    Verdict.ROUNDING: "holds only if round figures were rounded further",
    Verdict.FIXED: "acknowledged as wrong, but now holds: remove the stale `known:`",
    Verdict.KNOWN: "a reviewed, acknowledged discrepancy",
    Verdict.CONSISTENT: "holds",
}
"""What each verdict means, in a few words."""

QUOTE_WORDS = {
    Verdict.MISMATCH: "the text does not state the record's figure",
    Verdict.ROUNDING: "the text states the same amount, written to another precision",
}
"""What a verdict of the ``quote`` check means, where it differs from :data:`WORDS`."""


def meaning(check: CheckResult) -> str:
    """What a check's verdict means, in a few words (a quote's verdicts say it of the text)."""
    if check.kind == "quote" and check.verdict in QUOTE_WORDS:
        return QUOTE_WORDS[check.verdict]
    return WORDS[check.verdict]

SYMBOLS = {
    Verdict.MISMATCH: "✗",
    Verdict.ERROR: "!",
    Verdict.ROUNDING: "≈",
    Verdict.FIXED: "↺",
    Verdict.KNOWN: "ℹ",
    Verdict.CONSISTENT: "✓",
}
"""A text mark for each verdict (Markdown; the HTML draws icons)."""


def anchor(text: str) -> str:
    """``text`` made safe for an HTML id and a URL fragment."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


class Mark(msgspec.Struct, frozen=True):
    """A highlighted piece of the article: part of one or more claims' quotes."""

    id: str | None
    target: str
    claim_ids: tuple[str, ...]
    verdict: Verdict
    overlap: bool


class Ref(msgspec.Struct, frozen=True):
    """A numbered link after a quote's last character to the claim it states."""

    number: int
    target: str
    claim_id: str
    verdict: Verdict


class Segment(msgspec.Struct, frozen=True):
    """A run of article text: plain, or marked; ``refs`` follow it."""

    text: str
    mark: Mark | None = None
    refs: tuple[Ref, ...] = ()


class CheckLink(msgspec.Struct, frozen=True):
    """A link from a claim to a check that uses it."""

    target: str
    check_id: str
    kind: str
    verdict: Verdict


class ClaimView(msgspec.Struct, frozen=True):
    """A claim row: its number, anchors, quote, and the checks that use it."""

    claim: ClaimSummary
    number: int
    anchor: str
    mark_id: str | None
    checks: tuple[CheckLink, ...]
    verdict: Verdict | None


class OperandView(msgspec.Struct, frozen=True):
    """An operand of a check with links to its claim and to its quote in the article."""

    operand: Operand
    claim_anchor: str | None
    mark_id: str | None
    quote: str | None


class CheckView(msgspec.Struct, frozen=True):
    """A check as the review shows it."""

    check: CheckResult
    path: str
    anchor: str
    operands: tuple[OperandView, ...]
    drawing: Drawing | None
    meaning: str


class SourceView(msgspec.Struct, frozen=True):
    """One claim file: the source's metadata, article, claims and checks."""

    file: FileResult
    index: int
    anchor: str
    title: str
    segments: tuple[Segment, ...]
    claims: tuple[ClaimView, ...]
    checks: tuple[CheckView, ...]
    counts: dict[str, int]


class Review(msgspec.Struct, frozen=True):
    """The whole review: what needs attention, then each source."""

    sources: tuple[SourceView, ...]
    attention: tuple[CheckView, ...]
    counts: dict[str, int]
    total: int
    input_errors: int
    failed: bool
    strict: bool
    date: str
    failing: int = 0
    """Checks that fail the run (mismatch, error; rounding and fixed when strict)."""


def _claim_checks(file: FileResult, claim_id: str) -> list[CheckResult]:
    return [c for c in file.checks if any(o.claim_id == claim_id for o in c.operands)]


def _worst(checks: list[CheckResult]) -> Verdict | None:
    return min((c.verdict for c in checks), key=RANK.__getitem__, default=None)


def _segments(
    file: FileResult, prefix: str, verdicts: dict[str, Verdict], numbers: dict[str, int]
) -> tuple[tuple[Segment, ...], dict[str, str]]:
    """The article cut at every quote boundary; and each claim's first mark id."""
    text = file.text or ""
    spans = [
        (start, end, claim.claim_id)
        for claim in file.claims
        for start, end in claim.spans
        if 0 <= start < end <= len(text)
    ]
    # A quote that ends inside a word ("last year" of "last year's") gets its reference
    # after the word, not in the middle of it.
    ref_at = [(_word_end(text, e), c) for _, e, c in spans]
    cuts = sorted(
        {0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans),
         *(at for at, _ in ref_at)}
    )  # fmt: skip
    segments: list[Segment] = []
    first_mark: dict[str, str] = {}
    for index, (low, high) in enumerate(zip(cuts, cuts[1:], strict=False)):
        covering = [(s, e, c) for s, e, c in spans if s <= low and high <= e]
        ending = [c for at, c in ref_at if at == high]
        refs = tuple(
            Ref(numbers[c], f"{prefix}-c-{anchor(c)}", c, verdicts.get(c, Verdict.CONSISTENT))
            for c in dict.fromkeys(ending)
        )
        if not covering:
            segments.append(Segment(text[low:high], None, refs))
            continue
        starting = [c for s, _, c in covering if s == low]
        mark_id = f"{prefix}-m{index}" if starting else None
        for claim_id in starting:
            first_mark.setdefault(claim_id, mark_id or "")
        innermost = min(covering, key=lambda span: (span[1] - span[0], span[0]))[2]
        primary = starting[0] if starting else innermost
        claim_ids = tuple(dict.fromkeys(c for _, _, c in covering))
        worst = min((verdicts.get(c, Verdict.CONSISTENT) for c in claim_ids), key=RANK.__getitem__)
        mark = Mark(mark_id, f"{prefix}-c-{anchor(primary)}", claim_ids, worst, len(covering) > 1)
        segments.append(Segment(text[low:high], mark, refs))
    return tuple(segments), first_mark


def _word_end(text: str, position: int) -> int:
    """``position``, moved past the rest of a word it falls inside (letters, ``'s``)."""
    while 0 < position < len(text) and _in_word(text[position - 1]) and _in_word(text[position]):
        position += 1
    return position


def _in_word(character: str) -> bool:
    """A letter, digit or apostrophe of a spaced script (not CJK, written without spaces)."""
    return (character.isalnum() and ord(character) < 0x2E80) or character in "'’"


def _source(file: FileResult, index: int) -> SourceView:
    prefix = f"f{index}"
    numbers = {claim.claim_id: n for n, claim in enumerate(file.claims, 1)}
    verdicts = {
        claim.claim_id: worst
        for claim in file.claims
        if (worst := _worst(_claim_checks(file, claim.claim_id))) is not None
    }
    segments, first_mark = _segments(file, prefix, verdicts, numbers)
    quotes = {claim.claim_id: claim.quote for claim in file.claims}
    claim_anchors = {c.claim_id: f"{prefix}-c-{anchor(c.claim_id)}" for c in file.claims}
    checks = sorted(file.checks, key=lambda c: RANK[c.verdict])
    check_views = tuple(
        CheckView(
            check,
            file.path,
            f"{prefix}-k-{anchor(check.check_id)}",
            tuple(
                OperandView(
                    operand,
                    claim_anchors.get(operand.claim_id),
                    first_mark.get(operand.claim_id),
                    operand.quote or quotes.get(operand.claim_id),
                )
                for operand in check.operands
            ),
            drawing(check.chart),
            meaning(check),
        )
        for check in checks
    )
    claims = tuple(
        ClaimView(
            claim,
            numbers[claim.claim_id],
            claim_anchors[claim.claim_id],
            first_mark.get(claim.claim_id),
            tuple(
                CheckLink(f"{prefix}-k-{anchor(c.check_id)}", c.check_id, c.kind, c.verdict)
                for c in sorted(_claim_checks(file, claim.claim_id), key=lambda c: RANK[c.verdict])
            ),
            verdicts.get(claim.claim_id),
        )
        for claim in file.claims
    )
    counts = {v.value: n for v in VERDICT_ORDER if (n := sum(c.verdict is v for c in file.checks))}
    return SourceView(
        file,
        index,
        prefix,
        file.source.title or file.path,
        segments,
        claims,
        check_views,
        counts,
    )


def build(run: RunResult, options: RenderOptions) -> Review:
    """The review of a run."""
    sources = tuple(_source(file, index) for index, file in enumerate(run.files))
    attention = tuple(
        sorted(
            (view for source in sources for view in source.checks
             if view.check.verdict is not Verdict.CONSISTENT or view.check.caution),
            key=lambda view: RANK[view.check.verdict],
        )
    )  # fmt: skip
    counts = run.summary()
    date = (options.today or dt.date.today()).isoformat()
    return Review(
        sources,
        attention,
        counts,
        sum(counts.values()),
        run.error_count,
        bool(run.exit_code()),
        run.strict,
        date,
        sum(1 for _, check in run.all_checks() if check.verdict.fails(run.strict)),
    )
