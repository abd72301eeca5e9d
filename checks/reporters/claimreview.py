"""``--format claimreview``: schema.org ClaimReview JSON-LD, one review per check.

Each check (quote checks included) becomes a ``ClaimReview`` whose ``reviewRating`` says
the verdict in words (``alternateName``), whose ``itemReviewed`` is the ``Claim`` as it
appeared in the source (``appearance``: the article's URL and headline), and whose
``author`` is ``--review-author`` (default ``claim-checks``). ``datePublished`` is the
run's date (``--today``), so the output is reproducible.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from checks.reporters import RenderOptions, register
from checks.results import CheckResult, FileResult, RunResult, Verdict

RATINGS = {
    Verdict.CONSISTENT: "Figures add up",
    Verdict.ROUNDING: "Accurate within rounding",
    Verdict.MISMATCH: "Figures do not add up",
    Verdict.KNOWN: "Known discrepancy",
    Verdict.FIXED: "Figures add up (earlier discrepancy fixed)",
    Verdict.ERROR: "Could not be checked",
}
"""The textual rating of each verdict."""

QUOTE_RATINGS = {
    **RATINGS,
    Verdict.CONSISTENT: "Accurate",
    Verdict.MISMATCH: "Not what the source says",
}
"""Ratings of ``quote`` checks: the record against the source's own words."""

SCORES = {
    Verdict.MISMATCH: 1,
    Verdict.KNOWN: 2,
    Verdict.ROUNDING: 4,
    Verdict.FIXED: 5,
    Verdict.CONSISTENT: 5,
}
"""``ratingValue`` on a 1 (wrong) to 5 (right) scale; none for ``error`` (not rated)."""


def rating_name(check: CheckResult) -> str:
    """The textual rating (``alternateName``) of a check's verdict."""
    table = QUOTE_RATINGS if check.kind == "quote" else RATINGS
    return table[check.verdict]


def claim_reviewed(file: FileResult, check: CheckResult) -> str:
    """What was claimed: the operands' quotes (or figures), else the check's note."""
    quotes = {c.claim_id: c.quote for c in file.claims}
    words = [o.quote or quotes.get(o.claim_id) or o.text for o in check.operands]
    words = [w for w in dict.fromkeys(words) if w]
    if words:
        return " … ".join(words)
    return check.note or check.message or check.check_id


def review(file: FileResult, check: CheckResult, options: RenderOptions) -> dict[str, Any]:
    """One ClaimReview."""
    source = file.source
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if source.url:
        appearance["url"] = source.url
    if source.title:
        appearance["headline"] = source.title
    if source.publisher:
        appearance["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.published:
        appearance["datePublished"] = source.published
    claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if source.published:
        claim["datePublished"] = source.published
    if source.author:
        claim["author"] = {"@type": "Person", "name": source.author}
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": rating_name(check),
    }
    if check.verdict in SCORES:
        rating.update(ratingValue=SCORES[check.verdict], bestRating=5, worstRating=1)
    body = check.message or f"{check.kind} check: {check.verdict.value}"
    if check.known is not None:
        body += f" (known: {check.known.reason})"
    date = (options.today or dt.date.today()).isoformat()
    located = {}
    if options.review_url:
        located["url"] = f"{options.review_url}#{check.check_id}"
    return {
        "@type": "ClaimReview",
        **located,
        "identifier": f"{file.path}#{check.check_id}",
        "name": f"{check.kind} check {check.check_id}: {check.verdict.value}",
        "claimReviewed": claim_reviewed(file, check),
        "reviewBody": body,
        "reviewRating": rating,
        "itemReviewed": claim,
        "author": {"@type": "Organization", "name": options.review_author},
        "datePublished": date,
    }


@register("claimreview", "schema.org ClaimReview JSON-LD, one review per check.")
def render_claimreview(run: RunResult, options: RenderOptions) -> str:
    """The run as one JSON-LD document with an ``@graph`` of ClaimReviews."""
    graph = [review(file, check, options) for file, check in run.all_checks()]
    document = {"@context": "https://schema.org", "@graph": graph}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
