"""Finding the figures inside a sentence, and comparing quotes with a source text.

A quote is free text: the figure in "cancel $300 million in aid to Pakistan" is the
longest span around a number that the value grammar reads (``$300 million``), not
``$300 million in`` (inches of money). Spans are tried longest first from each anchor
(a digit, a number word, a currency sign), and a span may not end in a joining word.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from checks.dates import parse_date
from checks.figures import (
    FRACTION_WORDS,
    NUMBER_WORDS,
    Context,
    Figure,
    FigureError,
    parse_figure,
)

_TOKEN = re.compile(
    r"US\$|[A-Z]{1,2}\$|[$€£¥₹]|\d{1,3}(?::\d\d:\d\d(?:\.\d+)?|:\d\d\.\d+)(?![\d:])"
    r"|\d[\d,.\u2009\u202f]*\d%?|\d%?|[^\W\d_][\w°'’.]*|°\w|\S"
)
_STOP_END = frozenset({
    "in", "of", "to", "for", "and", "or", "the", "a", "an", "on", "at", "by", "from", "with",
    "as", "than", "was", "is", "were", "are", "that", "which", "its", "his", "her", "their",
    "per", "over", "under", "into", "since", "after", "before", "between",
})  # fmt: skip
_NOT_COUNTED = _STOP_END | frozenset({
    "last", "next", "this", "these", "those", "each", "every", "ago", "earlier", "later",
    "more", "less", "still", "now", "also", "will", "would", "had", "has", "have", "be",
})  # fmt: skip
"""Words that start a clause, not the name of what is counted ("210 last year")."""
_VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "has", "have", "had",
    "said", "says", "rose", "rises", "risen", "fell", "falls", "fallen", "cost", "costs",
    "climbed", "jumped", "dropped", "soared", "plunged", "grew", "increased", "decreased",
    "declined",
})  # fmt: skip
"""Words no figure contains: "half a million people were displaced" ends before "were",
"a single ticket rose 5p" before "rose"."""
_ANCHOR_WORDS = frozenset(
    w for w in NUMBER_WORDS if " " not in w and w not in {"a", "an", "single"}
)
"""Number words a figure may start from; not "single" ("a single ticket" is no claim of 1)."""
_MAX_SPAN = 9
_LEAD = 3


def normalise(text: str) -> str:
    """Fold what a copy-paste changes: quote marks, dashes, spaces, brackets' spacing."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[‘’‚‛′`]", "'", text)
    text = re.sub(r"[“”„‟″«»]", '"', text)
    text = re.sub(r"[‐‑‒–—―−]", "-", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip()


_MONTHS = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
})  # fmt: skip
_ARTICLE_LEADS = frozenset({
    "third", "quarter", "half", "dozen", "hundred", "fifth", "tenth", "hundredth",
    "thousandth", "single", "couple", "pair",
})  # fmt: skip


_FRACTION_ANCHORS = frozenset(
    {key.split()[-1].split("-")[-1] for key in FRACTION_WORDS} | {"dozen"}
)
"""The words a fraction ends in ("a hundredth", "two-thirds"), from the value grammar's."""


def _is_anchor(token: str) -> bool:
    lowered = token.lower()
    return (
        token.rstrip(".") in _MONTHS
        or token[0].isdigit()
        or token in {"$", "€", "£", "¥", "₹", "US$"}
        or lowered in _ANCHOR_WORDS
        or lowered in _FRACTION_ANCHORS
        or lowered == "twice"
        or (lowered.endswith("fold") and lowered[:-4] in NUMBER_WORDS)
        or token.endswith("$")
    )


def _tokens(text: str) -> list[tuple[int, int, str]]:
    cleaned = text.replace("[", " ").replace("]", " ")
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(cleaned)]


def figures_in(
    text: str, context: Context, published: dt.date | None, lead: str = ""
) -> list[Figure]:
    """Every figure and date in ``text``, left to right, non-overlapping.

    ``lead`` is the text just before ``text`` in its sentence (when a caller reads a
    sentence piece by piece): it tells "rose … from 150 to 210" from a range of values.
    """
    lead_words = {word.lower() for word in lead.split()[-7:]}
    source = text.replace("[", " ").replace("]", " ")
    tokens = _tokens(text)
    glued = _glued_hyphens(tokens)
    found: list[Figure] = []
    covered_until = -1
    for index, (_, _, token) in enumerate(tokens):
        if index <= covered_until or not _is_anchor(token) or index - 1 in glued:
            continue
        if token.lower() == "twice" and index + 1 < len(tokens) and tokens[index + 1][2] == "-":
            continue  # "twice-weekly meetings": an adjective, no figure
        best: tuple[int, int, Figure] | None = None
        for start in range(max(covered_until + 1, index - _LEAD), index + 1):
            if start in glued or start - 1 in glued:
                continue
            attached = start > 0 and tokens[start - 1][1] == tokens[start][0]
            if attached and tokens[start][2] in ("-", "–"):
                continue  # "mid-2022": a hyphen inside a word is no minus sign
            lead = tokens[start][2].lower()
            if lead in {"a", "an"} and (
                start + 1 >= len(tokens) or tokens[start + 1][2].lower() not in _ARTICLE_LEADS
            ):
                continue
            for end in range(min(len(tokens), index + _MAX_SPAN), index, -1):
                last = tokens[end - 1][2].lower()
                if last in _STOP_END or (last in {",", ".", ";", ":", "(", ")"}):
                    continue
                if any(token[2].lower() in _VERBS for token in tokens[index + 1 : end]):
                    continue
                span = " ".join(source[tokens[start][0] : tokens[end - 1][1]].split()).strip(" ,.")
                figure = _read(span, context, published)
                if figure is not None and _cut_from_a_measure(span, tokens, end, context):
                    continue
                if figure is not None:
                    if best is None or end - start > best[1] - best[0]:
                        best = (start, end, figure)
                    break
        if best is not None:
            start, _, figure = best
            before = tokens[start - 1][2].lower() if start > 0 else ""
            nearby = {t[2].lower() for t in tokens[max(0, start - 7) : start]} | lead_words
            changes = before == "from" and bool(nearby & _CHANGE_WORDS)
            ends = _from_to_ends(figure, context, published) if changes else None
            if ends is None and figure.ends is not None and (
                before in _CHANGE_WORDS or (before == "by" and bool(nearby & _CHANGE_WORDS))
            ):
                # "rose 5p to £1.25": a change by 5p to a level of £1.25, each written its
                # own way; "rose 20 to 30 degrees" stays a range
                split = _from_to_ends(figure, context, published)
                if split is not None and split[0].display != split[1].display:
                    ends = split
            found.extend(ends or [figure])
            covered_until = best[1] - 1
    return found


def _glued_hyphens(tokens: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of hyphens inside a name or a span of years, after which no figure starts.

    ``FY2023-24``, ``2023-24``, ``Covid-19``, ``G-20``, ``F-35``: "for FY2023-24 to Rs
    500 crore" is no range from 24 to Rs 500 crore. A hyphen after a unit ("30C-35C",
    "5km-10km"), before a word ("mid-May", "April-June") or after mid/pre/post
    ("mid-2022") joins two figures.
    """
    glued = set()
    for index in range(1, len(tokens) - 1):
        left, right = tokens[index - 1][2], tokens[index + 1][2]
        if not (
            tokens[index][2] in ("-", "–")
            and tokens[index - 1][1] == tokens[index][0]
            and tokens[index][1] == tokens[index + 1][0]
            and right[:1].isdigit()
        ):
            continue
        after_a_number = index >= 2 and tokens[index - 2][1] == tokens[index - 1][0]
        name = (
            any(c.isalpha() for c in left)
            and not after_a_number  # "30C-35C", "5km-10km": a unit, then a figure
            and left.lower() not in _DATE_PREFIXES
        )
        years = len(left) == 4 and left.isdigit() and len(right) == 2 and right.isdigit()
        if name or years:
            glued.add(index)
    return glued


_DATE_PREFIXES = frozenset({"mid", "pre", "post", "early", "late"})
"""``mid-2022``, ``pre-2020``: the year after the hyphen is a date of its own."""


_ENDS_IN_RATIO = re.compile(r"(?i)\s(?:in|out of)\s+[\w,.]+$")


def _cut_from_a_measure(
    span: str, tokens: list[tuple[int, int, str]], end: int, context: Context
) -> bool:
    """Whether ``span`` reads as a ratio only because the word after it was left out.

    "scored 2 in 10 minutes" holds the figures 2 and 10 minutes, not the share "2 in 10":
    a ratio followed by a word it cannot take (a unit) is no ratio.
    """
    if end >= len(tokens) or not _ENDS_IN_RATIO.search(span):
        return False
    following = tokens[end][2]
    if not following[0].isalpha() or following.lower() in _NOT_COUNTED:
        return False
    try:
        parse_figure(f"{span} {following}", context)
    except FigureError:
        return True
    return False


_CHANGE_WORDS = frozenset({
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
    "grew", "grow", "grows", "growing", "grown", "increased", "increase", "increases",
    "decreased", "decrease", "decreases", "dropped", "drop", "drops", "climbed", "jumped",
    "declined", "slumped", "surged", "soared", "plunged", "plummeted", "went", "up", "down",
    "cut", "raised", "lowered", "reduced", "expanded", "shrank", "doubled", "halved",
})  # fmt: skip
"""Verbs of change: "rose 40% from 150 to 210" gives two figures; "from 20 to 30 degrees"
without one is a range of values."""

_RANGE_SPLIT = re.compile(r"\s+to\s+|\s*[–—]\s*|(?<=\d)-(?=\d)")
_NUMBER_PREFIX = re.compile(r"^(\D*\d[\d,.]*)(.*)$")


def _from_to_ends(
    figure: Figure, context: Context, published: dt.date | None
) -> list[Figure] | None:
    """"rose 40% from 150 to 210": a change's two figures, not a range of values.

    The low end takes what only the high end wrote ("from $20 to $30 million").
    """
    parts = _RANGE_SPLIT.split(figure.text, maxsplit=1)
    if len(parts) != 2:
        return None
    low, high = (part.strip() for part in parts)
    match = _NUMBER_PREFIX.match(high)
    if match and low[-1:].isdigit():
        low += match.group(2)
    ends = [_read(low, context, published), _read(high, context, published)]
    if any(end is None for end in ends):
        return None
    return [end for end in ends if end is not None]


def _read(span: str, context: Context, published: dt.date | None) -> Figure | None:
    if re.fullmatch(r"(1[5-9]|20)\d\d", span):
        return parse_date(span, published, context.fiscal_year_start)
    try:
        return parse_date(span, published, context.fiscal_year_start)
    except FigureError:
        pass
    try:
        figure = parse_figure(span, context)
    except FigureError:
        return None
    if figure.counted is not None and figure.counted.split()[0].lower() in _NOT_COUNTED:
        return None
    return figure


__all__ = ["FRACTION_WORDS", "figures_in", "normalise"]
