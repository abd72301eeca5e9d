"""Readable claim ids from the words around a figure: ``aid_cancel``, ``pipeline_runs``.

The two content words nearest the figure in its clause (then its sentence), in text
order; a figure converted in parentheses takes its partner's id with the unit
(``segment_runs_mi``). Ids are snake_case, start with a letter and are unique in the
file (a third word, then ``_2``, ``_3`` settle clashes).
"""

from __future__ import annotations

import re
import unicodedata

from checks.dates import MONTHS, WEEKDAYS
from checks.figures import NUMBER_WORDS, QUALIFIERS, SCALES

MAX_WORD = 14
_STOP = frozenset({
    "the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
    "with", "by", "as", "than", "into", "onto", "over", "under", "about", "after", "before",
    "since", "until", "during", "between", "through", "per", "via", "within", "without",
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "this",
    "these", "those", "there", "here", "it", "its", "he", "she", "his", "her", "they", "them",
    "their", "we", "our", "you", "your", "i", "my", "me", "us", "also", "not", "no", "so",
    "said", "says", "say", "according", "just", "only", "some", "more", "most", "less",
    "least", "up", "down", "out", "off", "all", "any", "each", "other", "another",
    "such", "very", "much", "many", "few", "year", "years", "month", "months", "day", "days",
    "week", "weeks", "cent", "percent", "million", "billion", "trillion", "thousand",
    "lakh", "crore", "dollars", "pounds", "euros", "rupees", "km", "kilometres", "kilometers",
    "miles", "mi", "tonnes", "tons", "degrees", "celsius", "fahrenheit", "however", "already",
    "again", "yet", "still", "now", "then", "both", "either", "neither", "last", "next",
    "first", "earlier", "later", "ago", "around", "roughly", "nearly", "almost", "including",
    "total", "bring", "brought", "brings", "mr", "mrs", "ms", "dr", "like", "among", "whether",
    "if", "because", "although", "though", "against", "across", "toward", "towards", "upon",
    "became", "become", "becomes", "made", "make", "makes", "one", "new", "rs",
    "usd", "eur", "gbp", "inr", "pkr", "percentage", "points", "pp",
})  # fmt: skip
_NOISE = (
    _STOP
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(w for w in NUMBER_WORDS if " " not in w)
    | frozenset(w for q in QUALIFIERS for w in q.split())
    | frozenset(SCALES)
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _ascii(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", folded.lower()).strip("_")


def content_words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The content words of ``text[start:end]`` with their offsets, noise left out."""
    found: list[tuple[int, str]] = []
    for match in _WORD.finditer(text, start, end):
        word = _ascii(match.group().split("'")[0].split("’")[0])
        if len(word) < 3 or word in _NOISE or word.replace("_", "") in _NOISE:
            continue
        found.append((match.start(), word[:MAX_WORD].strip("_")))
    return found


def nearby_words(
    text: str,
    figure: tuple[int, int],
    windows: list[tuple[int, int]],
    count: int = 3,
    figures: list[tuple[int, int]] | None = None,
) -> list[str]:
    """Up to ``count`` content words nearest ``figure``, first from the narrowest window."""
    chosen: list[tuple[int, str]] = []
    for start, end in windows:
        candidates = [
            (position, word)
            for position, word in content_words(text, start, end)
            if not any(a <= position < b for a, b in [figure, *(figures or [])])
            and (position, word) not in chosen
        ]
        candidates.sort(key=lambda item: _distance(item[0], figure))
        for candidate in candidates:
            if len(chosen) >= count:
                break
            if candidate[1] not in {word for _, word in chosen}:
                chosen.append(candidate)
        if len(chosen) >= count:
            break
    return [word for _, word in chosen]


def _distance(position: int, figure: tuple[int, int]) -> int:
    # words after the figure ("$300 million in aid") are as close as words before it
    return figure[0] - position if position < figure[0] else (position - figure[1]) // 2


def make_id(words: list[str], fallback: str, used: set[str], suffix: str = "") -> str:
    """A unique snake_case id from the first two words (in text order as given)."""
    base_words = [w for w in words if w][:2] or [fallback]
    candidates = ["_".join(base_words)]
    if len(words) > 2:
        candidates.append("_".join(words[:3]))
    for candidate in candidates:
        name = _valid(candidate + (f"_{suffix}" if suffix else ""))
        if name not in used:
            used.add(name)
            return name
    name = _valid(candidates[0] + (f"_{suffix}" if suffix else ""))
    number = 2
    while f"{name}_{number}" in used:
        number += 1
    used.add(f"{name}_{number}")
    return f"{name}_{number}"


def _valid(name: str) -> str:
    name = re.sub(r"_+", "_", re.sub(r"[^a-z0-9_]", "_", name.lower())).strip("_")
    if not name or not name[0].isalpha():
        name = f"figure_{name}".rstrip("_")
    return name


__all__ = ["content_words", "make_id", "nearby_words"]
