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
    r"US\$|[A-Z]{1,2}\$|[$€£¥₹]|\d[\d,.\u2009\u202f]*\d%?|\d%?|[^\W\d_][\w°'’.]*|°\w|\S"
)
_STOP_END = frozenset({
    "in", "of", "to", "for", "and", "or", "the", "a", "an", "on", "at", "by", "from", "with",
    "as", "than", "was", "is", "were", "are", "that", "which", "its", "his", "her", "their",
    "per", "over", "under", "into", "since", "after", "before", "between",
})  # fmt: skip
_ANCHOR_WORDS = frozenset(w for w in NUMBER_WORDS if " " not in w and w not in {"a", "an"})
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
_ARTICLE_LEADS = frozenset(
    {"third", "quarter", "half", "dozen", "hundred", "fifth", "tenth", "single", "couple", "pair"}
)


def _is_anchor(token: str) -> bool:
    lowered = token.lower()
    return (
        token.rstrip(".") in _MONTHS
        or token[0].isdigit()
        or token in {"$", "€", "£", "¥", "₹", "US$"}
        or lowered in _ANCHOR_WORDS
        or lowered in {"half", "third", "quarter", "dozen"}
        or token.endswith("$")
    )


def _tokens(text: str) -> list[tuple[int, int, str]]:
    cleaned = text.replace("[", " ").replace("]", " ")
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(cleaned)]


def figures_in(text: str, context: Context, published: dt.date | None) -> list[Figure]:
    """Every figure and date in ``text``, left to right, non-overlapping."""
    source = text.replace("[", " ").replace("]", " ")
    tokens = _tokens(text)
    found: list[Figure] = []
    covered_until = -1
    for index, (_, _, token) in enumerate(tokens):
        if index <= covered_until or not _is_anchor(token):
            continue
        best: tuple[int, int, Figure] | None = None
        for start in range(max(covered_until + 1, index - _LEAD), index + 1):
            lead = tokens[start][2].lower()
            if lead in {"a", "an"} and (
                start + 1 >= len(tokens) or tokens[start + 1][2].lower() not in _ARTICLE_LEADS
            ):
                continue
            for end in range(min(len(tokens), index + _MAX_SPAN), index, -1):
                last = tokens[end - 1][2].lower()
                if last in _STOP_END or (last in {",", ".", ";", ":", "(", ")"}):
                    continue
                span = " ".join(source[tokens[start][0] : tokens[end - 1][1]].split()).strip(" ,.")
                figure = _read(span, context, published)
                if figure is not None:
                    if best is None or end - start > best[1] - best[0]:
                        best = (start, end, figure)
                    break
        if best is not None:
            found.append(best[2])
            covered_until = best[1] - 1
    return found


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
    if figure.counted is not None and figure.counted.split()[0].lower() in _STOP_END:
        return None
    return figure


__all__ = ["FRACTION_WORDS", "figures_in", "normalise"]
