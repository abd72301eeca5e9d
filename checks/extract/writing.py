"""The draft as YAML text in the shared claim format.

Every scalar is written as a double-quoted string (JSON's escapes are YAML's), so a
comma in ``"2,775 km"`` never splits a flow mapping, ``no`` stays text and a colon in a
quote never starts a mapping. Ids are snake_case and written bare.
"""

from __future__ import annotations

import json
import re

from checks.extract.draft import Draft
from checks.extract.relations import Suggestion


def scalar(text: str) -> str:
    """``text`` as a YAML double-quoted scalar."""
    return json.dumps(text, ensure_ascii=False)


def _flow(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def render(draft: Draft, text_reference: str | None = None) -> str:
    """The claim file of ``draft``.

    ``text_reference`` is ``source.text`` when the article lies beside the output (its
    quotes are then checked against it).
    """
    article = draft.article
    lines = [
        f"# DRAFT claim file written by `claim-checks extract` from {article.name}.",
        "# Review every record before relying on it: confirm or correct each value and quote,",
        "# delete what is not a claim, and keep only the suggested checks the text really",
        "# implies (each says why it was suggested in its note).",
        "",
        "source:",
    ]
    if article.title:
        lines.append(f"  title: {scalar(article.title)}")
    if article.author:
        lines.append(f"  author: {scalar(article.author)}")
    lines.append(f"  published: {scalar(draft.published.isoformat())}")
    if text_reference is not None:
        lines.append(f"  text: {scalar(text_reference)}")
    elif article.path is not None:
        lines.append(
            "  # text: put the article beside this file and name it here to check the quotes"
        )
    if draft.currencies:
        lines += ["", "settings:", "  currencies:"]
        if draft.currency_reason:
            lines.append(f"    # {draft.currency_reason}; correct it if not")
        lines += [f"    {scalar(k)}: {scalar(v)}" for k, v in draft.currencies.items()]
    lines += ["", "claims:"]
    if not draft.claims:
        lines[-1] = "claims: {}"
    for claim in draft.claims:
        lines.append(f"  {claim.claim_id}:")
        lines.append(f"    {claim.key}: {scalar(claim.written)}")
        if claim.quote is not None:
            lines.append(f"    quote: {scalar(claim.quote)}")
        if claim.note:
            lines.append(f"    note: {scalar(claim.note)}")
    ids = [claim.claim_id for claim in draft.claims]
    if draft.suggestions:
        lines += ["", "checks:"]
        for suggestion in draft.suggestions:
            lines += _check(suggestion, ids, [claim.written for claim in draft.claims])
    return "\n".join(lines) + "\n"


def _check(suggestion: Suggestion, ids: list[str], written: list[str]) -> list[str]:
    names = [ids[i] for i in suggestion.operands]
    note = f"    note: {scalar('suggested: ' + suggestion.reason)}"
    kind = suggestion.kind
    if kind == "same":
        return [f"  - same: {_flow(names)}", note]
    if kind == "sum":
        return [f"  - sum: {_flow(names[:-1])}", f"    equals: {names[-1]}", note]
    if kind == "within":
        if len(names) == 2:
            return [f"  - expect: {scalar(f'{names[0]} <= {names[1]}')}", note]
        return [f"  - sum: {_flow(names[:-1])}", f"    at_most: {names[-1]}", note]
    if kind == "change":
        by = names[2]
        if suggestion.falling:
            by = _falling_by(written[suggestion.operands[2]]) or by
        return ["  - change:", f"      from: {names[0]}", f"      to: {names[1]}",
                f"      by: {by}", note]  # fmt: skip
    if kind == "direction":  # "rose to 16.2, up from 15.9": no size, only a direction
        pair = f"{names[1]} < {names[0]}" if suggestion.falling else f"{names[0]} < {names[1]}"
        return [f"  - expect: {scalar(pair)}", note]
    if kind == "share":
        return ["  - share:", f"      part: {names[0]}", f"      whole: {names[1]}",
                f"      is: {names[2]}", note]  # fmt: skip
    if kind == "margin":  # an election's majority: the winner's votes minus the runner-up's
        return [f"  - expect: {scalar(f'{names[0]} - {names[1]} == {names[2]}')}", note]
    if kind == "order":
        return [f"  - order: {_flow([*names, 'source.published'])}", note]
    raise ValueError(f"unknown suggestion kind {kind!r}")


_DIRECTED = re.compile(
    r"(?i)^[-−]|(?<![\w-])(?:fewer|less|lower|fall|drop|decline|decrease|reduction|cut|loss)s?$"
)


def _falling_by(stated: str) -> str | None:
    """``by`` written as the fall the text states, or ``None`` when it already says so.

    "Fell 8 per cent" is a change of ``-8 per cent``; a figure that opens with a word or a
    currency ("fell by a fifth", "fell by about 21%", "fell by £24m") takes ``lower`` after
    it, as the change check reads ``a fifth lower`` (a minus before a word is no figure).
    """
    if _DIRECTED.search(stated.strip()):
        return None
    if stated[:1].isdigit() or stated[:1] in "£$€¥₹":
        return scalar("-" + stated)  # "fell 8 per cent": a change of -8 per cent
    return scalar(f"{stated} lower")


__all__ = ["render", "scalar"]
