"""Text segmentation: paragraphs, sentences and clauses, as character spans of the article.

Every span is a ``(start, end)`` pair of offsets into the article text, so a quote cut
from it is the article's exact characters.
"""

from __future__ import annotations

import re

import msgspec

Span = tuple[int, int]

_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "lt", "col", "gen", "sen", "rep", "gov", "capt", "sgt", "prof",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vs", "inc", "ltd", "co", "corp", "rs", "approx", "est", "fig", "vol", "pp", "jr",
    "sr", "mt", "ft", "bn", "mn", "mln", "mio", "mrd", "etc",
})  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9£$€₹])")
_CLAUSE_MARK = re.compile(r",\s|;\s*|:\s|\s[–—-]\s|\s*—\s*")


class Sentence(msgspec.Struct, frozen=True):
    """One sentence: its span, its paragraph and the clause boundaries inside it."""

    start: int
    end: int
    paragraph: int
    marks: tuple[Span, ...]
    """Spans of the punctuation that separates clauses (commas, semicolons, dashes)."""


def paragraphs(text: str) -> list[Span]:
    """Blocks separated by blank lines; every line when the text has no blank line."""
    separator = r"\n[ \t]*\n\s*" if re.search(r"\n[ \t]*\n", text) else r"\n\s*"
    spans: list[Span] = []
    position = 0
    for match in re.finditer(separator, text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [_trimmed(text, span) for span in spans if text[span[0] : span[1]].strip()]


def _trimmed(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_abbreviation(text: str, period: int) -> bool:
    word_start = period
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:period].lstrip("(\"'“‘")
    if not word:
        return False
    if word.lower() in _ABBREVIATIONS:
        return True
    # initials and dotted abbreviations: U.S, e.g, J
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word))


def sentences(text: str) -> list[Sentence]:
    """Every sentence of every paragraph, in order."""
    found: list[Sentence] = []
    for number, (start, end) in enumerate(paragraphs(text)):
        position = start
        block = text[start:end]
        for match in _SENTENCE_END.finditer(block):
            cut = start + match.start()
            if text[cut] == "." and _is_abbreviation(text, cut):
                continue
            stop = start + match.end()
            found.append(_sentence(text, (position, stop), number))
            position = stop
        if position < end:
            found.append(_sentence(text, (position, end), number))
    return found


def _sentence(text: str, span: Span, paragraph: int) -> Sentence:
    start, end = _trimmed(text, span)
    marks = tuple(
        (start + m.start(), start + m.end()) for m in _CLAUSE_MARK.finditer(text[start:end])
    )
    return Sentence(start, end, paragraph, marks)


def clause_around(sentence: Sentence, span: Span, protected: list[Span]) -> Span:
    """The clause of ``sentence`` holding ``span``; marks inside ``protected`` do not cut."""
    start, end = sentence.start, sentence.end
    for mark_start, mark_end in sentence.marks:
        if any(p0 <= mark_start < p1 for p0, p1 in protected):
            continue
        if mark_end <= span[0]:
            start = max(start, mark_end)
        elif mark_start >= span[1]:
            end = min(end, mark_start)
            break
    return start, end


def words_in(text: str, span: Span) -> list[Span]:
    """The whitespace-separated words inside ``span``, as spans."""
    return [
        (span[0] + m.start(), span[0] + m.end())
        for m in re.finditer(r"\S+", text[span[0] : span[1]])
    ]


__all__ = ["Sentence", "Span", "clause_around", "paragraphs", "sentences", "words_in"]
