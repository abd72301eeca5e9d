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

from msgspec.structs import replace

from checks.dates import parse_date
from checks.figures import (
    FRACTION_WORDS,
    NM_BEFORE,
    NUMBER_WORDS,
    QUALIFIERS,
    SPACED_GROUPS,
    SPACED_MIXED,
    Context,
    Figure,
    FigureError,
    is_bare_number,
    parse_figure,
)
from checks.patterns import lazy_pattern
from checks.units import CURRENCY_NAMES, NATIONAL_CURRENCIES, UnitError, currency_of, resolve

_TOKEN = lazy_pattern(
    r"US\$|[A-Z]{1,2}\$|[$€£¥₹]|\d{1,3}(?::\d\d:\d\d(?:\.\d+)?|:\d\d\.\d+)(?![\d:])"
    r"|(?:\d[\d,.]*)?\d-[1-9]\d?/[1-9]\d?(?![\d/])"
    r"|\d[\d,.\u2009\u202f]*\d%?|\d%?|[^\W\d_][\w°'’.]*|°\w|\S"
)
"""Words of a sentence; a number is one, and so is a mixed number ("17-1/4 cents",
"$4.70-1/2", "3-1/2 inches"), which is never the range 17 to 1/4 nor 17 and a quarter."""
_STOP_END = frozenset({
    "in", "of", "to", "for", "and", "or", "the", "a", "an", "on", "at", "by", "from", "with",
    "as", "than", "was", "is", "were", "are", "that", "which", "its", "his", "her", "their",
    "per", "over", "under", "into", "since", "after", "before", "between", "each", "every",
})  # fmt: skip
NOT_COUNTED = _STOP_END | frozenset({
    "last", "next", "this", "these", "those", "each", "every", "ago", "earlier", "later",
    "more", "less", "still", "now", "also", "will", "would", "had", "has", "have", "be",
})  # fmt: skip
"""Words that start a clause, not the name of what is counted ("210 last year")."""
VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "has", "have", "had",
    "said", "says", "rose", "rises", "risen", "fell", "falls", "fallen", "cost", "costs",
    "climbed", "jumped", "dropped", "soared", "plunged", "grew", "increased", "decreased",
    "declined", "recorded", "reported", "registered", "estimated", "expected", "forecast",
    "projected", "predicted", "needed", "required", "planned",
    "left", "arrived", "departed", "died", "fled", "applied", "emigrated", "immigrated",
    "migrated", "moved", "came", "went", "returned", "joined", "quit", "resigned", "stayed",
    "remained", "survived", "perished", "drowned", "escaped", "attended", "enrolled",
    "graduated", "voted", "signed", "settled",
})  # fmt: skip
"""Words no figure contains: "half a million people were displaced" ends before "were",
"a single ticket rose 5p" before "rose", "the 1.74 billion recorded before the pandemic"
before "recorded" (what is recorded, not what is counted); "while 532,000 left", "1,200
died", "40,000 fled" are bare numbers of people who did so, no count of "left"s."""
_ANCHOR_WORDS = frozenset(
    w for w in NUMBER_WORDS if " " not in w and w not in {"a", "an", "single"}
)
"""Number words a figure may start from; not "single" ("a single ticket" is no claim of 1)."""
_SCALE_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})
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
    "third", "quarter", "half", "dozen", "hundred", "fifth", "sixth", "eighth", "tenth",
    "hundredth", "thousandth", "single", "couple", "pair",
})  # fmt: skip
_ORDINAL_FRACTIONS = frozenset({"third", "fifth", "sixth", "eighth", "tenth"})
_ORDINAL_AFTER = frozenset({
    "consecutive", "straight", "successive", "term", "time", "title", "year", "season",
    "place", "win", "victory", "defeat", "month", "week", "day", "night", "round", "game",
    "match", "party", "world", "attempt", "child", "grandchild", "generation", "album",
    "film", "book", "wave", "lockdown", "referendum", "election", "budget",
})  # fmt: skip
"""Nouns after "a fifth" that make it an ordinal ("a fifth consecutive month", "a sixth
title", "a third term"), not the fraction it is in "a fifth of" or "cut by a fifth"."""


_FRACTION_ANCHORS = frozenset(
    {key.split()[-1].split("-")[-1] for key in FRACTION_WORDS} | {"dozen"}
)
"""The words a fraction ends in ("a hundredth", "two-thirds"), from the value grammar's."""


def _is_anchor(token: str) -> bool:
    lowered = token.lower()
    return (
        token.rstrip(".") in _MONTHS
        or token[0].isdigit()
        or (lowered[:2] == "fy" and lowered[2:3].isdigit())  # "FY2025", "FY24"
        or token in {"$", "€", "£", "¥", "₹", "US$"}
        or lowered in _ANCHOR_WORDS
        or lowered in _FRACTION_ANCHORS
        or lowered == "twice"
        or (lowered.endswith("fold") and lowered[:-4] in NUMBER_WORDS)
        or token.endswith("$")
    )


_GOVERNING_ABOUT = frozenset({
    "complained", "complain", "complains", "complaining", "worried", "worry", "worries",
    "concerned", "concerns", "argued", "argue", "argues", "arguing", "talked", "talk",
    "talks", "spoke", "speak", "speaks", "furious", "angry", "upset", "anxious", "nervous",
    "optimistic", "pessimistic", "confident", "unhappy", "wary", "cautious", "protested",
    "protest", "protests", "joked", "fears", "doubts", "questions", "row", "rows",
    "dispute", "disputes", "debate", "debated", "complaints", "warnings",
})  # fmt: skip
"""Words after which "about" is the preposition, never "approximately": "complained about
£5 parking fines", "furious about 2% pay offers", "a row about 20% tariffs". Verbs that
take an object are left out: "reported about 300 cases" is an estimate."""
_GOVERNING_AROUND = frozenset({
    "centred", "centered", "centres", "centers", "revolve", "revolves", "revolved",
    "revolving", "built", "structured", "based", "organised", "organized", "designed",
    "focused", "focussed", "wrapped",
})  # fmt: skip
"""Words after which "around" is the preposition: "centred around 2% inflation targets",
"built around £2bn of new borrowing" ("hovered around 2%" is an estimate)."""
_BEFORE_AN_ESTIMATED = frozenset({
    "an", "a", "the", "some", "its", "their", "his", "her", "our", "your", "this", "that",
    "these", "those", "of", "for", "to", "at", "by", "with", "from", "in", "on", "and", "or",
    "but", "than", "about", ",", "(", "—", "–", ":", ";",
})  # fmt: skip


def _no_qualifier_here(tokens: list[tuple[int, int, str]], start: int) -> bool:
    """Whether a qualifier word at ``start`` is no qualifier of the number after it.

    "About" after a word that governs it ("complained about £5 parking fines", see
    :data:`_GOVERNING_ABOUT`), "around" likewise ("centred around 2% inflation targets"),
    and "estimated" as a verb with its subject before it ("the ONS estimated 2% growth",
    "analysts had estimated 3% growth"), not after an article ("an estimated 40,990") or
    at the start of a clause: read as qualifiers, they made a plain `2%` a dropped
    estimate.
    """
    word = tokens[start][2].lower()
    before = tokens[start - 1][2].lower() if start > 0 else ""
    if word == "about":
        return before in _GOVERNING_ABOUT
    if word == "around":
        return before in _GOVERNING_AROUND
    if word == "estimated":
        return bool(before) and before not in _BEFORE_AN_ESTIMATED and before[:1].isalpha()
    return False


def _a_bound_cut_off(tokens: list[tuple[int, int, str]], index: int, end: int) -> bool:
    """Whether a span ending at ``end`` cuts a qualifier off the figure after it.

    "Half of firms raised prices by at least 5%", "Some 40,000 patients waited more than
    18 weeks": a span from "Half" or "40,000" that ends in "at least" or "more" would
    take the next figure's bound for its own words, and the 5% would lose it.
    """
    for first in (end - 2, end - 1):
        if first <= index:
            continue
        for size in (1, 2, 3):
            stop = first + size
            if stop < end or stop >= len(tokens):
                continue
            phrase = " ".join(token[2].lower() for token in tokens[first:stop])
            if phrase in QUALIFIERS and _is_anchor(tokens[stop][2]):
                return True
    return False


def _tokens(text: str) -> list[tuple[int, int, str]]:
    cleaned = text.replace("[", " ").replace("]", " ")
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(cleaned)]


def figures_in(
    text: str,
    context: Context,
    published: dt.date | None,
    lead: str = "",
    *,
    durations: bool = False,
    millions: bool = False,
) -> list[Figure]:
    """Every figure and date in ``text``, left to right, non-overlapping.

    ``lead`` is the text just before ``text`` in its sentence (when a caller reads a
    sentence piece by piece): it tells "rose … from 150 to 210" from a range of values.

    Two readings only a caller that knows what it looks for asks for (the quote check,
    from the record): ``durations`` reads "a week", "a fortnight", "a full year" as
    lengths of time ("a" stays no figure elsewhere: "a man", "a single ticket", "$250
    million a year"); ``millions`` reads ``m`` and ``b`` after a number as millions and
    billions ("7.6m people", which the value grammar refuses: metres or millions?; "7.6m
    are waiting", which it reads as metres).
    """
    lead_words = {word.lower() for word in lead.split()[-7:]}
    source = text.replace("[", " ").replace("]", " ")
    tokens = _tokens(text)
    glued = _glued_hyphens(tokens)
    found: list[Figure] = []
    covered_until = -1
    phrases = _ambiguous_phrases(source, tokens, context)
    for index, (_, _, token) in enumerate(tokens):
        if index <= covered_until or index - 1 in glued:
            continue
        if index in phrases:  # "demand at 2 mb/d": a million or a thousand barrels a day
            readings, covered_until = phrases[index]
            found.extend(readings)
            continue
        if not _is_anchor(token) and not (
            durations and _a_length_of_time(tokens, index, covered_until)
        ) and not _a_single_measure(tokens, index, covered_until):
            continue
        if token.lower() == "twice" and index + 1 < len(tokens) and tokens[index + 1][2] == "-":
            continue  # "twice-weekly meetings": an adjective, no figure
        longest = min(len(tokens), index + _MAX_SPAN)
        time_phrase = longest  # a figure ends before one: "38 km/h last year"
        if token.rstrip(".") not in _MONTHS:  # (a date has its own words: "May last year")
            time_phrase = next(
                (at for at in range(index + 1, longest) if _a_time_phrase(tokens, at, index)),
                longest,
            )
        best: tuple[int, int, Figure] | None = None
        for start in range(max(covered_until + 1, index - _LEAD), index + 1):
            if start in glued or start - 1 in glued:
                continue
            attached = start > 0 and tokens[start - 1][1] == tokens[start][0]
            if (
                attached
                and tokens[start][2] in ("-", "–")
                and tokens[start - 1][2] not in _BEFORE_A_SIGN
            ):
                continue  # "mid-2022": a hyphen inside a word is no minus sign
            if start != index and _a_margin_after(tokens, start):
                continue  # "plus or minus 2C", "+/- 2C": a margin of 2, not -2
            if start != index and _no_qualifier_here(tokens, start):
                continue  # "complained about £5 fines", "the ONS estimated 2% growth"
            lead = tokens[start][2].lower()
            if lead in _RELATIVE_YEARS and start > 0 and _a_determiner(tokens[start - 1][2]):
                continue  # "the last March before the war": no March of one year
            signed = lead in _SIGN_WORDS and start + 1 == index and _a_sign_word(tokens, start)
            if lead in _SIGN_WORDS and start != index and not signed:
                continue  # "tested negative 3 times", "100 minus 15": no figure below zero
            if lead in {"a", "an"} and start != index and (
                start + 1 >= len(tokens) or tokens[start + 1][2].lower() not in _ARTICLE_LEADS
            ):
                continue  # (an anchor "a" is one of ``durations``: "a week")
            for end in range(longest, index, -1):
                last = tokens[end - 1][2].lower()
                if last in _STOP_END or (last in {",", ".", ";", ":", "(", ")", "-", "/"}):
                    continue
                if _a_bound_cut_off(tokens, index, end):
                    continue  # "Half of firms raised prices by at least 5%": the 5%'s bound
                if last in ('"', "”") and not tokens[end - 2][2][-1:].isdigit():
                    continue  # '"-35C" was possible': a closing quote mark (12" is inches)
                if any(
                    tokens[at][2].lower().rstrip(".") in VERBS
                    and not _an_adjective_after_per(tokens, at, end)
                    for at in range(index + 1, end)
                ):
                    continue
                if end - 2 > start and end < len(tokens) and (
                    _a_time_ago(tokens, end) or _a_cut_short(tokens, end)
                ):  # the span ends in "a <noun>" after its number
                    continue
                if end > time_phrase:
                    continue
                if (
                    start + 2 < len(tokens)
                    and tokens[start][2].lower() in ("a", "an")
                    and tokens[start + 1][2].lower() in _ORDINAL_FRACTIONS
                    and tokens[start + 2][2].lower() in _ORDINAL_AFTER
                    and not _year_on_year(tokens, start + 2)
                ):  # "a fifth consecutive month", "a third term": an ordinal
                    break
                if last in ("year", "month", "week", "day", "quarter") and _year_on_year(
                    tokens, end - 1
                ):  # "fell by a fifth year on year": no fifth of a year
                    continue
                if (
                    end - 3 > start
                    and end + 1 < len(tokens)
                    and tokens[end][2].lower() == "of"
                    and last in ("half", "quarter", "third")
                    and tokens[end - 3][2].lower() == "and"
                    and tokens[end + 1][2].lower() in _DETERMINERS
                ):  # "18 months and a quarter of the budget": a quarter of something else
                    continue
                span = " ".join(source[tokens[start][0] : tokens[end - 1][1]].split()).strip(" ,.")
                raw = source[tokens[start][0] : tokens[end - 1][1]]
                if not context.decimal_comma and SPACED_GROUPS.search(raw):
                    continue  # "in week 3 250 cases": two numbers, not 3,250
                if (
                    tokens[end - 1][2] == "NM"
                    and end < len(tokens)
                    and tokens[end][2].lower() not in NM_BEFORE
                ):
                    continue  # "1,200 NM and AZ voters": New Mexico's, no nautical miles
                if (
                    "/" in raw
                    and end < len(tokens)
                    and tokens[end][2].lower() == "of"
                    and SPACED_MIXED.search(raw)
                ):
                    continue  # "in week 3 1/4 of patients": a number and a fraction of them
                figure = _read(span, context, published, durations, millions)
                if figure is None and signed:  # "minus 15 degrees": -15 in either scale
                    figure = _read(span, context, published, durations, millions, signed=True)
                if figure is not None and _cut_from_a_measure(span, tokens, end, context):
                    continue
                if figure is not None and _tuberculosis(tokens, end):
                    continue  # "1,200 TB cases": a disease, no terabytes
                if figure is not None and _a_range_cut_short(figure, tokens, end):
                    continue
                if figure is not None and _a_purpose_after_per(tokens, start, end):
                    continue
                if _a_fiscal_year_after(tokens, end):
                    continue  # "the first half of fiscal 2026": no half of "fiscal"
                if _plus_one_of_something(tokens, end):
                    continue  # "5% plus one extra day of leave": no "5% plus one" vote
                if figure is not None:
                    if best is None or end - start > best[1] - best[0]:
                        best = (start, end, figure)
                    break
        if best is not None:
            unit_end = _ambiguous_unit_after(tokens, best[1], best[2])
            if unit_end is not None:  # "40 kt", "800 tons", "a 10-ton truck"
                start = best[0]
                written = source[tokens[start][0] : tokens[unit_end - 1][1]].rstrip(".")
                unit = tokens[unit_end - 1][2].rstrip(".")  # "2 million tons."
                found.extend(_ambiguous_readings(written, unit, context))
                covered_until = unit_end - 1
                continue
            rated = _rates_after_brackets(source, tokens, best, context, published)
            if rated is not None:  # "945 terawatt-hours (TWh) a year"
                found.extend(rated[0])
                covered_until = rated[1] - 1
                continue
            start, _, figure = best
            relative = _in_a_relative_year(source, tokens, best, published, context)
            if relative is not None:  # "in October last year", "last March", "next January"
                found.append(relative[0])
                covered_until = relative[1] - 1
                continue
            before = tokens[start - 1][2].lower() if start > 0 else ""
            roughly = ""
            if before in _ROUGHLY and start > 1:  # "gained about 8 cents to $5.37"
                roughly, before = before, tokens[start - 2][2].lower()
            nearby = {t[2].lower() for t in tokens[max(0, start - 7) : start]} | lead_words
            changes = before == "from" and bool(nearby & CHANGE_WORDS)
            ends = _from_to_ends(figure, context, published) if changes else None
            if ends is None and figure.ends is not None and (
                before in CHANGE_WORDS or (before == "by" and bool(nearby & CHANGE_WORDS))
            ):
                # "rose 5p to £1.25": a change by 5p to a level of £1.25, each written its
                # own way; "rose 20 to 30 degrees" and "added 8 million to 9 million
                # subscribers" (a bare first end) stay ranges
                split = _from_to_ends(figure, context, published)
                if (
                    split is not None
                    and split[0].display != split[1].display
                    and not is_bare_number(split[0])
                ):
                    qualified = _read(f"{roughly} {split[0].text}", context, published)
                    ends = [qualified, split[1]] if roughly and qualified else split
            found.extend(ends or [figure])
            measure = _a_measure_past_its_adjectives(figure, context)
            if measure is not None:  # "86.1 million harvested acres"
                found.append(measure)
            covered_until = best[1] - 1
    return found


_RELATIVE_YEARS = frozenset({"last", "this", "next"})
_DETERMINERS_OF_LAST = frozenset({
    "the", "its", "their", "his", "her", "our", "my", "your", "whose",
})  # fmt: skip


def _a_determiner(word: str) -> bool:
    """Whether ``word`` before "last March" makes "last" an adjective, naming no year.

    "The union's last March strike", "their last March meeting": the latest of an event.
    """
    lowered = word.lower()
    return lowered in _DETERMINERS_OF_LAST or lowered.endswith(("'s", "’s", "s'", "s’"))
_NO_YEAR_WRITTEN = lazy_pattern(r"\d{3}|'\d\d")


def _in_a_relative_year(
    source: str,
    tokens: list[tuple[int, int, str]],
    best: tuple[int, int, Figure],
    published: dt.date | None,
    context: Context,
) -> tuple[Figure, int] | None:
    """A date without a year and the words naming its year from publication, and its end.

    "A peak in October last year", "in August of last year", "last March", "next January",
    "May this year": the year is not the publication's (see :func:`checks.dates.parse_date`).
    "The last March before the war" is no such date.
    """
    start, end, figure = best
    if published is None or not figure.is_date or _NO_YEAR_WRITTEN.search(figure.text):
        return None
    if not any(token.rstrip(".") in _MONTHS for _, _, token in tokens[start:end]):
        return None
    words = [token.lower() for _, _, token in tokens]
    at = end + 1 if end < len(words) and words[end] == "of" else end
    if at + 1 < len(words) and words[at] in _RELATIVE_YEARS and words[at + 1] == "year":
        end = at + 2
    elif (
        start > 0
        and words[start - 1] in _RELATIVE_YEARS
        and tokens[start][2].rstrip(".") in _MONTHS
        and (start < 2 or not _a_determiner(words[start - 2]))
    ):
        start -= 1
    else:
        return None
    written = " ".join(source[tokens[start][0] : tokens[end - 1][1]].split())
    try:
        return parse_date(written, published, context.fiscal_year_start), end
    except FigureError:
        return None


# Digits grouped in threes by a plain space (figures.SPACED_GROUPS): the value grammar
# reads "2 848 million tonnes" as one number; in running English text the space as often
# ends one number before another ("On May 5 100 people marched", "in week 3 250 cases"),
# so a sentence is read so only where the locale groups digits so (settings.locale); the
# quote check also reads a quote with its groups joined (spaced_groups_joined).


_NUMBERED = frozenset({
    "week", "day", "page", "no", "no.", "number", "phase", "round", "category", "stage",
    "game", "grade", "level", "article", "section", "chapter", "part", "room", "flight",
    "route", "gate", "platform", "year", "item", "line", "table", "figure", "step", "act",
})  # fmt: skip
"""Words that number what follows ("week 3", "Category 4"): their number ends at a space."""


def spaced_groups_joined(text: str) -> str:
    """``text`` with digits grouped by plain spaces joined as one number (``2 848``).

    Not after a month, a word that numbers a thing or a name: "On May 5 100 people", "in
    week 3 250 cases", "Windows 11 500 million users" are two numbers however the file
    groups its digits.
    """

    def joined(match: re.Match[str]) -> str:
        before = text[: match.start()].split()
        written = before[-1] if before else ""
        word = written.lower().strip(",")
        if word in _NUMBERED or word.rstrip(".").title() in _MONTHS or written[:1].isupper():
            return match[0]
        return match[0].replace(" ", "\u202f")

    return SPACED_GROUPS.sub(joined, text)


_DETERMINERS_OF_AN_EVENT = frozenset({
    "the", "its", "his", "her", "their", "our", "this", "that", "a", "an", "it", "he", "she",
    "they", "we",
})  # fmt: skip


def _a_point_in_time_after(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the word at ``at``, after "a <period>", makes it a point in time.

    "A year earlier", "a year into the war", "a month after its launch", "a day before the
    listing", "a week on from the storm", "three years running": an amount at a time, no
    rate; "a month on average", "a month before tax" stay rates.
    """
    if at >= len(tokens):
        return False
    word = tokens[at][2].lower().rstrip(".,;:")
    following = tokens[at + 1][2] if at + 1 < len(tokens) else ""
    if word in BACK_IN_TIME or word in ("running", "into", "since"):
        return True
    if word == "on":
        return following.lower() != "average"
    if word in ("after", "before"):
        return following.lower() in _DETERMINERS_OF_AN_EVENT or following[:1].isupper() or (
            following[:1].isdigit()
        )
    return False


def _rates_after_brackets(
    source: str,
    tokens: list[tuple[int, int, str]],
    best: tuple[int, int, Figure],
    context: Context,
    published: dt.date | None,
) -> tuple[list[Figure], int] | None:
    """The rates of a figure whose rate follows a bracket after it, and where they end.

    "945 terawatt-hours (TWh) a year", "1.2 million barrels (bbl) a day": an abbreviation
    defined in brackets stands between the figure and its rate, which the figure still
    has. "$1,650 (£1,300) a month": the conversion in brackets is a rate as well, and the
    qualifier of the figure before it governs it ("about $1,650 (£1,300) a month"). Only
    an abbreviation (one word, no digits) or a figure in other units of the same kind
    alone in the brackets: "$1,650 (up 5%) a month" is left as it is. Each text is as the
    source writes it, brackets and all.
    """
    start, end, figure = best
    if figure.is_date or figure.is_range or _a_rate(figure) or end >= len(tokens):
        return None
    close = next(
        (at for at in range(end + 1, min(len(tokens), end + 9)) if tokens[at][2] in ("(", ")")),
        None,
    )
    if tokens[end][2] != "(" or close is None or tokens[close][2] != ")":
        return None
    rate_end = close + 3
    if rate_end > len(tokens) or tokens[close + 1][2].lower() not in ("a", "an", "per"):
        return None
    if not tokens[close + 2][2][:1].isalpha() or _a_point_in_time_after(tokens, rate_end):
        return None  # "$1,650 (£1,300) a year earlier": an amount then
    rate = " ".join(token[2] for token in tokens[close + 1 : rate_end]).rstrip(".")
    inside = tokens[end + 1 : close]
    abbreviation = len(inside) <= 3 and all(
        not token[2][:1].isdigit() and (at == 0 or token[0] == inside[at - 1][1])
        for at, token in enumerate(inside)
    )
    span = source[tokens[start][0] : tokens[end - 1][1]]
    first = _read(f"{span} {rate}", context, published)
    if first is None or not _a_rate(first):
        return None
    text = source[tokens[start][0] : tokens[rate_end - 1][1]].rstrip(".")
    if abbreviation:
        return [replace(first, text=text)], rate_end
    content = source[tokens[end + 1][0] : tokens[close - 1][1]]
    converted = _read(content, context, published)
    if converted is None or not _same_kind(figure, converted) or converted.qualifier:
        return None
    qualifier = f"{figure.qualifier} " if figure.qualifier else ""
    second = _read(f"{qualifier}{content} {rate}", context, published)
    if second is None or not _a_rate(second):
        return None
    bracketed = source[tokens[end][0] : tokens[rate_end - 1][1]].rstrip(".")
    return [replace(first, text=text), replace(second, text=bracketed)], rate_end


_ADJECTIVES_OF_A_MEASURE = frozenset({"sown", "grown", "burnt", "proven", "additional", "extra"})


def _a_measure_past_its_adjectives(figure: Figure, context: Context) -> Figure | None:
    """``figure``, a count of "harvested acres", read as the measure in acres (or ``None``).

    "On 86.1 million harvested acres", "2 million planted hectares", "300,000 additional
    barrels": the value grammar counts the noun phrase, as it counts "48.2m registered
    voters". When the last word is a unit, the figure also states that measure. Only
    adjectives that leave the unit as it is (a participle, "additional"): "troy ounces",
    "fluid ounces" and "nautical miles" are other units, and "86 million harvested plants"
    stays a count.
    """
    if figure.counted is None or figure.is_range or not figure.text.endswith(figure.counted):
        return None
    *adjectives, unit = figure.counted.split()
    if not 1 <= len(adjectives) <= 2 or not all(
        word.islower()
        and (word.endswith(("ed", "ly")) or word in _ADJECTIVES_OF_A_MEASURE)
        and word not in NUMBER_WORDS
        and word not in VERBS
        for word in adjectives
    ):
        return None
    head = figure.text[: len(figure.text) - len(figure.counted)]
    try:
        measure = parse_figure(f"{head}{unit}", context)
    except FigureError:
        return None
    if measure.counted is not None or not measure.dimension or _a_rate(measure):
        return None
    return replace(measure, text=figure.text)


def _a_rate(figure: Figure) -> bool:
    """Whether ``figure`` is an amount per something ("$1,650 a month", "5 tonnes per ha")."""
    return "per " in f" {figure.display.suffix} "


def _same_kind(figure: Figure, other: Figure) -> bool:
    """Whether ``other`` may be ``figure`` in other units: a measure of its kind, or money."""
    if not other.dimension or other.is_date or other.counted is not None or other.is_range:
        return False
    money = currency_of(figure.dimension) and currency_of(other.dimension)
    return figure.dimension == other.dimension or bool(money)


AMBIGUOUS_UNITS: dict[str, tuple[str, ...]] = {
    "kt": ("knots", "kilotonnes"),
    **dict.fromkeys(("ton", "tons"), ("short tons", "long tons", "tonnes")),
    **dict.fromkeys(("kiloton", "kilotons", "megaton", "megatons"), ()),
}
"""The readings of a unit word the value grammar refuses as ambiguous (``units.AMBIGUOUS``).

"Winds of 40 kt" states 40 knots or 40 kilotonnes, never the bare number 40 (which would
state a record in any unit); "800 tons" short, long or metric tons. A kiloton is a yield (an
energy) as often as a mass: it states none."""


_AMBIGUOUS_PHRASE_MEANINGS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        ("mb/d", "mb/day", "mbd", "mbpd"), ("million barrels per day", "thousand barrels per day")
    ),
    "mbtu": ("million Btu", "thousand Btu"),
    "mcm": ("million cubic metres", "thousand cubic metres"),
    "tcm": ("trillion cubic metres", "thousand cubic metres"),
}
"""The readings of an abbreviation the value grammar refuses as ambiguous (``units.AMBIGUOUS``)
in the gas and oil trade: M is a thousand there and a million in wire copy."""

_AMBIGUOUS_PHRASE = lazy_pattern(
    r"(?i)(?<![\w.$€£¥])(?P<lead>(?:(?:"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s+)?(?:US\$|[$€£¥])?\d[\d,]*(?:\.\d+)?(?:\s*(?:million|thousand|billion|mn|m|bn|k)\b)?"
    r"(?:\s*(?:dollars|euros|pounds|cents))?)(?:\s*(?P<per>/|(?:per|a|an)\s+)|\s*)"
    r"(?P<unit>mb/d(?:ay)?|mbpd|mbd|mbtu|mcm|tcm)"
    r"(?P<time>(?:\s+(?:a|per)\s+|/)(?:day|year|month|week)\b|/(?:d|y|yr)\b)?(?![\w/])"
)


_TIME_ABBREVIATIONS = {"d": "day", "y": "year", "yr": "year"}
"""The trade's "5 mcm/d", "40 bcm/y": per day, per year."""


def _meanings_of(unit: str, per: bool) -> tuple[str, ...]:
    """The readings of an ambiguous trade abbreviation as written.

    A `tcm` a price is per (`$400 per tcm`) is a thousand cubic metres, a `tcm` of gas
    reserves a trillion. "mb/d", "Mb/d", "mbpd", "MBtu" and "mcm" keep both readings, as
    "tons" does: the IEA's "mb/d" is a million barrels a day, US trade copy's a thousand
    ("the refinery processes 400 mb/d").
    """
    meanings = _AMBIGUOUS_PHRASE_MEANINGS[unit.lower()]
    if unit.lower() == "tcm":
        return meanings[1:] if per else meanings[:1]
    return meanings


def _ambiguous_phrases(
    source: str, tokens: list[tuple[int, int, str]], context: Context
) -> dict[int, tuple[list[Figure], int]]:
    """The readings of "2 mb/d", "$2.19 per MBtu", "5 mcm a day" by the token they start at.

    The value grammar refuses each (a million or a thousand?), so the longest span it
    read was "2 mb/" (millibars) or a bare "$2.19", which matched a record in any unit.
    Each is read both ways, as written, with the last token it covers.
    """
    phrases: dict[int, tuple[list[Figure], int]] = {}
    for match in _AMBIGUOUS_PHRASE.finditer(source):
        inside = [
            at for at, (begin, end, _) in enumerate(tokens)
            if begin >= match.start() and end <= match.end()
        ]  # fmt: skip
        anchors = [at for at in inside if _is_anchor(tokens[at][2])]
        if not anchors:
            continue
        lead = " ".join(match["lead"].split())
        per = " per " if match["per"] else " "
        time = ""
        if match["time"]:
            word = match["time"].strip(" /").split()[-1]
            time = " per " + _TIME_ABBREVIATIONS.get(word.lower(), word)
        readings: list[Figure] = []
        for meaning in _meanings_of(match["unit"], bool(match["per"])):
            try:
                figure = parse_figure(f"{lead}{per}{meaning}{time}", context)
            except FigureError:
                continue
            readings.append(replace(figure, text=match.group(0)))
        phrases[anchors[0]] = (readings, inside[-1])
    return phrases


def _ambiguous_unit_after(
    tokens: list[tuple[int, int, str]], end: int, figure: Figure
) -> int | None:
    """The end of an ambiguous unit word right after a bare number (``AMBIGUOUS_UNITS``).

    "40 kt", "2 million tons", "a 10-ton truck", "$50 a ton", "$50 per ton": the index
    after the unit's token, or ``None``.
    """
    if figure.counted is not None or figure.flavour is not None or figure.is_date:
        return None
    if "per " in figure.display.suffix:
        return None
    at = end
    if at < len(tokens) and tokens[at][2] == "-" and tokens[at][0] == tokens[at - 1][1]:
        at += 1  # "a 10-ton truck"
    elif figure.dimension and at < len(tokens) and tokens[at][2].lower() in ("a", "per"):
        at += 1  # "$50 a ton": a price per ton
        if at >= len(tokens) or tokens[at][2].lower().rstrip(".") != "ton":
            return None
    elif figure.dimension:
        return None  # "$5 tons" is no amount of money in tons
    if at >= len(tokens):
        return None
    word = tokens[at][2].rstrip(".").lower()
    if word == "kt" and at + 1 < len(tokens) and tokens[at + 1][2].lower() in _GOLD:
        return at + 2  # "a 24kt gold chain": a purity in karats, no measure: states none
    if word in AMBIGUOUS_UNITS:
        return at + 1
    return None


_GOLD = frozenset({"gold", "white", "yellow", "rose", "solid", "gold-plated"})
"""Words after "kt" that make it karats ("18kt gold", "18kt white gold")."""


def _ambiguous_readings(written: str, unit: str, context: Context) -> list[Figure]:
    """Each reading of ``written`` ("40 kt") its ambiguous ``unit`` allows, as written."""
    head = written[: len(written) - len(unit)].rstrip(" -")
    readings: list[Figure] = []
    for meaning in AMBIGUOUS_UNITS.get(unit.lower(), ()):  # "gold" after kt: karats, none
        if head.lower().endswith((" a", " per")):  # "$50 a ton": per one of them
            meaning = meaning.removesuffix("s")
            text = f"{head.rsplit(' ', 1)[0]} per {meaning}"
        else:
            text = f"{head} {meaning}"
        try:
            figure = parse_figure(text, context)
        except FigureError:
            continue
        readings.append(replace(figure, text=written))
    return readings


def _a_margin_after(tokens: list[tuple[int, int, str]], start: int) -> bool:
    """Whether the "minus" (or "-") at ``start`` ends "plus or minus", "±" or "+/-".

    "Accurate to plus or minus 2C" states a margin of 2 degrees: the span "minus 2C",
    read alone, is -2 °C.
    """
    word = tokens[start][2].lower()
    before = [token[2].lower() for token in tokens[max(0, start - 2) : start]]
    if word == "minus":
        return before[-2:] == ["plus", "or"] or before[-1:] == ["±"]
    if word in ("-", "–"):
        return before[-2:] == ["+", "/"] or before[-1:] == ["±"]
    return False


_LENGTHS_OF_TIME = frozenset({
    "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
    "century",
})  # fmt: skip
"""Units of time the value grammar reads after "a" ("a week" is 7 days; "a night" counts)."""
_WHOLE = frozenset({"full", "whole", "entire"})
"""Words that say a length of time is all of it: "a full year" is a year."""
_NOT_BEFORE_A_LENGTH = frozenset({"once", "twice", "times", "per", "each", "every"})
"""Words that make "a week" a rate ("once a week"), not a length of time."""


def _a_length_of_time(tokens: list[tuple[int, int, str]], index: int, covered_until: int) -> bool:
    """Whether the "a" at ``index`` starts a length of time: "a week", "a full year".

    Not a rate: after a figure ("$250 million a year", "20 deaths a day") or "once"; not
    a compound adjective ("a year-on-year rise", "a day-to-day job").
    """
    if tokens[index][2].lower() not in ("a", "an"):
        return False
    unit = index + 1
    if unit < len(tokens) and tokens[unit][2].lower() in _WHOLE:
        unit += 1
    if unit >= len(tokens) or tokens[unit][2].lower() not in _LENGTHS_OF_TIME:
        return False
    after = unit + 1
    if (
        after < len(tokens)
        and tokens[after][2] in ("-", "–")
        and tokens[after][0] == tokens[unit][1]
    ):
        return False
    if index == 0:
        return True
    return covered_until != index - 1 and tokens[index - 1][2].lower() not in _NOT_BEFORE_A_LENGTH


_BEFORE_A_SIGN = frozenset({"(", "/", '"', "“"})
"""Tokens after which a glued minus is a sign: "Lows of -22°F (-30°C)", "-22°F/-30°C"."""
_SIGN_WORDS = frozenset({"minus", "negative"})
_NOT_BEFORE_A_SIGN_WORD = frozenset({
    "tested", "test", "tests", "testing", "back", "proved", "proven", "returned", "came",
    "turned", "turn", "turns", "turning", "went", "go", "goes", "going", "gone", "became",
    "become", "becomes", "becoming", "remained", "remain", "remains", "remaining", "stayed",
    "stay", "stays", "staying", "swung", "swing", "swings", "flipped",
})  # fmt: skip
"""Words after which "negative" is a result or a state, not a sign: "tested negative 3
times", "sentiment turned negative 3 months ago", "yields went negative 5 years ago"."""
_BEFORE_A_MINUS = frozenset({
    "was", "is", "are", "were", "be", "been", "being", "of", "at", "to", "hit", "hits",
    "reached", "reach", "reaches", "reaching", "from", "as", "near", "around", "about",
    "approximately", "roughly", "nearly", "almost", "some", "below", "between", "and", "or",
    "plunged", "dropped", "fell", "sank", "dipped", "hovered", "stood", "stands", "read",
    "showed", "recorded", "registered", "touched", "plummeted", "tumbled", "than", "low",
    "lows", "high", "highs", "temperature", "temperatures", "just", "only", "still",
})  # fmt: skip
"""Words that bring a value, after which "minus" is its sign: "the low was minus 15",
"fell to minus 30", "a low of minus 15"; after a noun it subtracts ("salary minus 20% tax")."""


def _a_sign_word(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the "minus" or "negative" at ``at`` is the sign of the number after it.

    "The low was minus 15 degrees", "growth of negative 0.5%": the figure is below zero
    (the value grammar reads "minus" only before a temperature scale: "minus 12C"). Not
    "100 minus 15" nor "salary minus 20% tax" (a difference), nor "tested negative 3
    times" or "turned negative 3 months ago" (a state; no length of time is below zero).
    """
    after = tokens[at + 2][2].lower().rstrip(".,;:") if at + 2 < len(tokens) else ""
    if after in _PERIODS:
        return False
    if at == 0:
        return True
    before = tokens[at - 1][2]
    lowered = before.lower()
    if before[:1].isdigit() or lowered in NUMBER_WORDS or lowered in _NOT_BEFORE_A_SIGN_WORD:
        return False
    if tokens[at][2].lower() == "minus" and before[:1].islower():  # ("Kvikkjokk minus 43.6C")
        return lowered in _BEFORE_A_MINUS
    return True


_SINGLE_MEASURES = frozenset({
    "inch", "foot", "mile", "yard", "metre", "meter", "kilometre", "kilometer", "centimetre",
    "centimeter", "millimetre", "millimeter", "acre", "hectare", "gallon", "litre", "liter",
    "tonne", "kilogram", "kilo", "ounce",
})  # fmt: skip
"""Units that "a" or "an" before them make one of: "an inch of rain", "a foot of snow"."""
_AFTER_A_SINGLE_MEASURE = frozenset({
    "of", "from", "away", "long", "high", "deep", "wide", "tall", "thick", "short", "across",
    "above", "below", "under", "over", "beneath", "inland", "offshore", "off", "apart",
    "behind", "ahead", "into", "in", "on", "at", "to", "by", "per", "a", "an", "than",
    "more", "less", "further", "farther", "overnight", "since", "during", "within",
})  # fmt: skip
"""Words after "a foot" that end the measure ("a foot of snow", "a mile from the coast");
a noun makes it an adjective ("a foot injury", "a mile marker"), and "a foot and a half"
is more than a foot."""


def _a_single_measure(
    tokens: list[tuple[int, int, str]], index: int, covered_until: int
) -> bool:
    """Whether the "a" at ``index`` starts one of a unit: "an inch of rain", "a mile".

    Not a rate ("$5 a gallon", "£1,300) a litre"), not a compound adjective ("a mile-long
    queue"), not an idiom of the foot ("a foot in the door"), not "a foot soldier".
    """
    if tokens[index][2].lower() not in ("a", "an") or index + 1 >= len(tokens):
        return False
    unit = tokens[index + 1][2].lower().rstrip(".")
    if unit not in _SINGLE_MEASURES or tokens[index + 1][2][:1].isupper():
        return False
    if index > 0 and (
        covered_until == index - 1
        or tokens[index - 1][2].lower() in _NOT_BEFORE_A_LENGTH
        or tokens[index - 1][2] == ")"
        or tokens[index - 1][2][:1].isdigit()
    ):
        return False
    after = index + 2
    if after >= len(tokens) or tokens[index + 1][2].endswith("."):
        return True
    following = tokens[after][2]
    if following in ("-", "–") and tokens[after][0] == tokens[index + 1][1]:
        return False
    if unit == "foot" and following.lower() == "in" and after + 1 < len(tokens) and (
        tokens[after + 1][2].lower() in ("the", "both", "each")
    ):
        return False
    return not following[:1].isalnum() or following.lower() in _AFTER_A_SINGLE_MEASURE


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


_ENDS_IN_RATIO = lazy_pattern(r"(?i)\s(?:in|out of)\s+[\w,.]+$")


BACK_IN_TIME = frozenset({"earlier", "ago", "later", "previously", "prior"})
_RATE_TIMES = frozenset({"day", "week", "month", "quarter", "year", "decade"})

_PERIODS = frozenset({
    "day", "days", "week", "weeks", "fortnight", "month", "months", "quarter", "quarters",
    "year", "years", "decade", "decades", "century", "season", "seasons", "summer", "winter",
    "spring", "autumn", "weekend", "night", "morning", "evening", "afternoon", "term",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
_WHICH_PERIOD = frozenset({
    "last", "this", "next", "previous", "past", "coming", "preceding", "prior", "same",
    "following", "first", "second", "third", "fourth", "final", "latest", "current", "recent",
})  # fmt: skip
_BEFORE_A_PERIOD = frozenset({"in", "during", "over", "since", "by", "until", "till", "through"})
_AFTER_A_PERIOD = BACK_IN_TIME | {"before", "running"}
_TODAY = frozenset({"yesterday", "today", "tonight", "tomorrow"})


def _a_time_phrase(tokens: list[tuple[int, int, str]], at: int, anchor: int) -> bool:
    """Whether a time phrase starts at ``at``, after the figure anchored at ``anchor``.

    "38 µg/m³ last year", "15.9 pupils per teacher five years ago", "£680 per square foot
    in 2019", "$14,347 per pupil the previous year": the value grammar reads the words
    after "per" (or "/") as what the rate is per, time phrase and all, so a figure stops
    before one. "Last year", "this May", "a year earlier", "five years ago", "three years
    running", "the previous year", "the year before", "in 2019", "over the past decade".
    """
    def word(index: int) -> str:
        return tokens[index][2].lower().rstrip(".") if index < len(tokens) else ""

    def a_period(index: int) -> bool:
        if index >= len(tokens):
            return False
        return word(index) in _PERIODS or tokens[index][2].rstrip(".") in _MONTHS

    def ends(index: int) -> bool:  # "last year." ends; "first year student" goes on
        return a_period(index) and not _a_noun_after(tokens, index + 1)

    first = word(at)
    if first in _TODAY or _possessive(first) in _TODAY:
        return True
    if first in _WHICH_PERIOD_IN_TIME and _possessive(word(at + 1)) in _PERIODS:
        return True  # "£450 per pupil this year's budget shows": a new noun phrase
    if first in _WHICH_PERIOD:  # "last year", "this May", "last financial year"
        return ends(at + 1) or (first != "first" and ends(at + 2) and word(at + 1)
                                in ("financial", "fiscal", "academic", "school", "tax"))
    if first == "the":  # "the previous year", "the year before"
        return (word(at + 1) in _WHICH_PERIOD and ends(at + 2)) or (
            a_period(at + 1) and word(at + 2) in _AFTER_A_PERIOD
        )
    if first in _BEFORE_A_PERIOD and at > anchor + 1:  # not the ratio "one in 2000"
        following = tokens[at + 1][2] if at + 1 < len(tokens) else ""
        if re.fullmatch(r"(?:1[89]|20)\d\d", following) or following.rstrip(".") in _MONTHS:
            return True  # "in 2019", "since March"
        return first != "by" and word(at + 1) == "the" and _a_time_phrase(tokens, at + 1, anchor)
    if first in ("a", "an"):  # "a year earlier"; "$400 a week before the strike" is a rate
        return word(at + 1) in _PERIODS and word(at + 2) in BACK_IN_TIME | {"running"}
    counts = first[:1].isdigit() or first in NUMBER_WORDS
    return counts and word(at + 1) in _PERIODS and word(at + 2) in _AFTER_A_PERIOD


def _possessive(word: str) -> str:
    """The noun of a possessive ("year" of "year's"), or ``""`` if ``word`` is none."""
    for ending in ("'s", "’s", "s'", "s’"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)] + ("s" if ending[0] == "s" else "")
    return ""


_NO_NOUN = frozenset({
    "against", "compared", "according", "despite", "alone", "versus", "vs", "but", "while",
    "when", "whereas", "although", "because", "so", "then", "too", "again", "through",
    "within", "across", "until", "till", "onwards", "instead", "due", "amid", "among",
    "around", "about", "above", "below", "up", "down", "off", "out", "if", "unless",
})  # fmt: skip
"""Words after a period that end a time phrase ("last year compared with"), not nouns."""


_PER = frozenset({"per", "each", "every"})


def _an_adjective_after_per(tokens: list[tuple[int, int, str]], at: int, end: int) -> bool:
    """Whether the verb word at ``at`` is a participle before the noun a rate is per.

    "£1,200 per settled claim", "£4,500 per newly enrolled student", "a 20p deposit per
    returned bottle": right after "per" (or after "per" and an adverb), with a word after
    it in the figure; "£5 per person said" and "£5 per head was" still end before the verb.
    """
    word = tokens[at][2].lower()
    if at + 1 >= end or not (word.endswith("ed") or word == "left"):
        return False
    before = at - 1
    while before >= 0 and tokens[before][2].lower().endswith("ly") and before > at - 3:
        before -= 1
    return before >= 0 and tokens[before][2].lower() in _PER


_NO_NOUN_ADVERBS = frozenset({
    "overall", "nationwide", "statewide", "countrywide", "worldwide", "nationally", "alone",
    "even", "only", "just", "already", "yet", "alike", "combined", "together", "apiece",
    "thanks", "there", "here", "ahead", "back", "away", "abroad", "inclusive", "net", "gross",
})  # fmt: skip
"""Words after a period that qualify the clause, not nouns: "38 µg/m³ last year nationwide"."""


_OBJECTS_OF_AN_ING_VERB = frozenset({
    "to", "from", "at", "in", "on", "by", "for", "of", "with", "and", "or", "the", "a", "an",
    "as", "than", "its", "their", "his", "her", "capital", "costs", "spending",
})  # fmt: skip
"""Words after an -ing word that make it a verb ("last year rising to", "excluding
capital"), not an adjective of a noun ("first year nursing student")."""
_WHICH_PERIOD_IN_TIME = frozenset({
    "last", "this", "next", "previous", "past", "coming", "current", "recent", "preceding",
})  # fmt: skip
"""Before a period, words of a time ("last year making it one of the highest"), where an
-ing word after it is a verb; "first year nursing student" is a kind of student."""
_ING_PREPOSITIONS = frozenset({
    "following", "including", "excluding", "according", "during", "assuming", "regarding",
    "concerning", "considering", "pending", "barring", "notwithstanding",
})  # fmt: skip


def _a_noun_after(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the word at ``index`` may be a noun a period word is an adjective of.

    "Per first year student", "per next day delivery", "per same day appointment": the
    period is a modifier, and "first year" no time phrase; "last year", "last year." or
    "last year in England" end with the period word. Only a lower-case ordinary noun right
    after the period makes it an adjective: "last year rising to £15,100", "last year
    excluding capital", "last year overall" and "last year London agents said" end there.
    """
    if index >= len(tokens) or tokens[index - 1][2].endswith("."):
        return False
    raw = tokens[index][2]
    word = raw.lower().rstrip(".")
    ing = word.endswith("ing") and raw[:1].islower() and word not in _ING_PREPOSITIONS
    after_per = index >= 3 and tokens[index - 3][2].lower() in ("per", "/", "each", "every")
    adjectival = after_per or (
        index >= 2 and tokens[index - 2][2].lower() not in _WHICH_PERIOD_IN_TIME
    )
    if ing and adjectival and index + 1 < len(tokens):
        # "per first year nursing student": an -ing word before a noun is its adjective
        following = tokens[index + 1][2]
        if following.isalpha() and following.islower() and following not in _OBJECTS_OF_AN_ING_VERB:
            return True
    return (
        raw[:1].isalpha()
        and raw[:1].islower()
        and word not in NOT_COUNTED
        and word not in VERBS
        and word not in BACK_IN_TIME
        and word not in _NO_NOUN
        and word not in _NO_NOUN_ADVERBS
        and word not in _AFTER_A_PERIOD
        and not word.endswith(("ly", "ed", "ing"))
    )


def _a_time_ago(tokens: list[tuple[int, int, str]], end: int) -> bool:
    """Whether the span ending before ``end`` ends in "a year" of "a year earlier".

    "from $180 million a year earlier", "a year ago" are amounts then, not rates; "$400 a
    week before the strike" and "up from $75 a week before" are rates (a week's pay, then).
    """
    if end < 2 or tokens[end - 2][2].lower() not in ("a", "an"):
        return False
    return (
        tokens[end - 1][2].lower() in _RATE_TIMES
        and tokens[end][2].lower().rstrip(".,;:") in BACK_IN_TIME
    )


A_SOURCE = frozenset({"familiar", "close", "briefed", "aware"})
_DETERMINERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "all",
})  # fmt: skip
""""$3bn, a person familiar with the matter said": a source, not a price per person."""


def _year_on_year(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the word at ``at`` begins "year-on-year", "month on month" (no ordinal's noun).

    The same noun must follow "on": "a fifth year on the trot" and "a third day on Monday"
    are ordinals.
    """
    word = tokens[at][2].lower()
    if "-on-" in word:
        return True
    following = [t[2].lower() for t in tokens[at + 1 : at + 6] if t[2] not in ("-", "–")]
    return following[:2] == ["on", word]


def _a_cut_short(tokens: list[tuple[int, int, str]], end: int) -> bool:
    """Whether a span ends in "a person" of "a person familiar with the matter"."""
    if end < 2 or tokens[end - 2][2].lower() not in ("a", "an"):
        return False
    following, noun = tokens[end][2].lower().rstrip(".,;:"), tokens[end - 1][2].lower()
    return noun in ("person", "source", "spokesman", "spokeswoman") and following in A_SOURCE


def _a_fiscal_year_after(tokens: list[tuple[int, int, str]], end: int) -> bool:
    """Whether a span ends in the "fiscal" (or "financial year") of a year after it."""
    words = [token[2].lower() for token in tokens[max(0, end - 2) : end]]
    if words[-1:] == ["year"]:
        words = words[:-1]
    elif end < len(tokens) and tokens[end][2].lower() == "year":
        end += 1  # "half of financial | year 2025"
    return (
        words[-1:] in (["fiscal"], ["financial"])
        and end < len(tokens)
        and tokens[end][2][:1].isdigit()
    )


_PLUS_ONE_AFTER = frozenset({
    "threshold", "rule", "majority", "mark", "bar", "requirement", "hurdle", "formula",
})  # fmt: skip
"""Nouns "50% plus one" may stand before: "the 50%-plus-one threshold"."""


def _plus_one_of_something(tokens: list[tuple[int, int, str]], end: int) -> bool:
    """Whether a span ending in "plus one" (a vote) cuts off a noun of the one after it.

    "Needs 50% plus one vote to win" is more than 50%; "5% plus one extra day of leave"
    and "3% plus one percentage point" are not, the one being of what follows.
    """
    words = [token[2].lower() for token in tokens[max(0, end - 3) : end]]
    if words and words[-1] in ("vote", "votes", "seat", "seats", "ballot", "ballots"):
        words = words[:-1]
    if words[-2:] not in (["plus", "one"], ["plus", "1"]) or end >= len(tokens):
        return False
    following = tokens[end][2].lower()
    return following[:1].isalnum() and following not in (
        NOT_COUNTED | VERBS | _PLUS_ONE_AFTER
    )


def _a_purpose_after_per(tokens: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether a span reads on from "per <unit>" into "for …": "$15 per MWh for fuel".

    What the money is for is no part of the unit it is per.
    """
    words = [token[2].lower() for token in tokens[start:end]]
    return "per" in words and "for" in words[words.index("per") :]


def _a_range_cut_short(figure: Figure, tokens: list[tuple[int, int, str]], end: int) -> bool:
    """Whether a range ends in a bare number whose own unit follows the span.

    "Raised its dividend 10% to 22 cents a share": "10% to 22 cents" is no range (a
    percentage to an amount of money), and "10% to 22" none either: the 22 is "22 cents a
    share", which a rate written once carries to "from 20 cents". Ranges whose ends are
    written alike ("5% to 7%", "5 to 7 million") are read whole.
    """
    if figure.ends is None or len(figure.ends) != 2 or end >= len(tokens):
        return False
    low, high = figure.ends
    following = tokens[end][2]
    return (
        is_bare_number(high)
        and not is_bare_number(low)
        and following[0].isalpha()
        and following.lower() not in NOT_COUNTED
    )


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
    if not following[0].isalpha() or following.lower() in NOT_COUNTED:
        return False
    try:
        parse_figure(f"{span} {following}", context)
    except FigureError:
        return True
    return False


_OF_A_DISEASE = frozenset({
    "case", "cases", "patient", "patients", "death", "deaths", "infection", "infections",
    "test", "tests", "screening", "screenings", "treatment", "treatments", "drug", "drugs",
    "vaccine", "vaccines", "vaccination", "vaccinations", "diagnosis", "diagnoses",
    "clinic", "clinics", "programme", "programmes", "program", "programs", "sufferers",
})  # fmt: skip


def _tuberculosis(tokens: list[tuple[int, int, str]], end: int) -> bool:
    """Whether a span ending in "TB" names the disease: "1,200 TB cases", "300 TB deaths".

    Read as terabytes, "recorded 1,200 TB cases" stated 1,200 TB and no count of cases.
    """
    return (
        tokens[end - 1][2] == "TB"
        and end < len(tokens)
        and tokens[end][2].lower().strip(".,;:") in _OF_A_DISEASE
    )


CHANGE_WORDS = frozenset({
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
    "grew", "grow", "grows", "growing", "grown", "increased", "increase", "increases",
    "decreased", "decrease", "decreases", "dropped", "drop", "drops", "climbed", "jumped",
    "declined", "slumped", "surged", "soared", "plunged", "plummeted", "went", "up", "down",
    "cut", "raised", "lowered", "reduced", "expanded", "shrank", "doubled", "halved",
    "gained", "gains", "gain", "added", "adds", "lost", "loses", "shed", "sheds", "slipped",
    "slips", "slid", "slides", "rallied", "rallies", "eased", "eases", "advanced", "advances",
    "edged", "dipped", "dips", "sank", "tumbled", "firmed", "strengthened", "weakened",
    "rebounded", "recovered", "retreated", "widened", "narrowed", "swelled", "spiked",
})  # fmt: skip
"""Verbs of change: "rose 40% from 150 to 210" gives two figures, as "wheat gained 8 cents to
$5.37" does (a change by 8 cents to a level); "from 20 to 30 degrees" without one is a range
of values."""

_ROUGHLY = frozenset({"about", "around", "roughly", "nearly", "almost", "approximately", "some"})
"""Qualifiers a range the value grammar read left before it: "rose about 8 cents to $5.37"."""
_RANGE_SPLIT = lazy_pattern(r"\s+to\s+|\s*[–—]\s*|(?<=\d)-(?=\d)(?![1-9]\d?/[1-9])")
_NUMBER_PREFIX = lazy_pattern(r"^(\D*\d[\d,.]*)(.*)$")


def _from_to_ends(
    figure: Figure, context: Context, published: dt.date | None
) -> list[Figure] | None:
    """"rose 40% from 150 to 210": a change's two figures, not a range of values.

    The low end takes what only the high end wrote ("from $20 to $30 million").
    """
    if figure.is_date:
        return None  # "FY2024-25", "2023-12-28": one date, whatever its hyphen
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


def _read(
    span: str,
    context: Context,
    published: dt.date | None,
    durations: bool = False,
    millions: bool = False,
    *,
    signed: bool = False,
) -> Figure | None:
    """``span`` as the value grammar reads it, or as a sentence means it (or ``None``).

    ``signed`` reads the "minus" or "negative" ``span`` starts with as a minus sign (see
    :func:`_a_sign_word`); a minus written as an en dash ("–30°C") is read as one.
    """
    if re.fullmatch(r"(1[5-9]|20)\d\d", span):
        return parse_date(span, published, context.fiscal_year_start)
    if context.fiscal_year_start is not None:
        fiscal = _fiscal_year(span, context, published)
        if fiscal is not None:
            return fiscal
    try:
        return parse_date(span, published, context.fiscal_year_start)
    except FigureError:
        pass
    written = span
    if signed:
        number, _, rest = span.split(None, 1)[1].partition(" ")
        if number.lower() in _ANCHOR_WORDS and number.lower() not in _SCALE_WORDS:
            number = str(NUMBER_WORDS[number.lower()])  # "minus five degrees Celsius"
        span = f"-{number} {rest}".rstrip()
    elif span[:1] == "–" and span[1:2].isdigit():
        span = "-" + span[1:]
    if durations and (" full " in span or " whole " in span or " entire " in span):
        span = _A_WHOLE.sub(r"\1 ", span)  # "a full year" is a year
    if millions and span[-1:] in ("m", "M", "b", "B") and span[-2:-1].isdigit():
        span = f"{span[:-1]} {'million' if span[-1] in 'mM' else 'billion'}"  # "7.6m are"
    try:
        figure = parse_figure(span, context)
    except FigureError:
        otherwise = _read_otherwise(span, context, millions)
        if otherwise is None:
            return None
        figure, span = otherwise, ""  # keep the text as written
    if figure.counted is not None and figure.counted.split()[0].lower() in NOT_COUNTED:
        return None
    if figure.counted is not None and _a_day_of_a_month(figure):
        return None  # "on 4 July voters went": the date 4 July, not 4 "July voters"
    levels = _YEAR_OF_LEVELS.search(written) if figure.counted is not None else None
    if levels is not None:  # "52.7% below 1990 levels": the year 1990, no count of levels
        try:
            year = parse_date(levels.group(1), published, context.fiscal_year_start)
        except FigureError:
            return None
        return replace(year, text=levels.group(1))
    return figure if span == written else replace(figure, text=written)


_YEAR_OF_LEVELS = lazy_pattern(r"(?:^|\s)((?:1[5-9]|20)\d\d) levels?$")
""""Below 1990 levels", "pre-2020 levels": a year, which the value grammar reads as a
count of "levels" (fewer than 1,990 of them), a figure no text states."""


def _a_day_of_a_month(figure: Figure) -> bool:
    """Whether a count is a day of a month read on into the words after it.

    "On 4 July voters went to the polls", "held on 4 July after a short campaign": the
    value grammar reads 4 of "July voters went", and the longest reading wins over the
    date "4 July". A whole number from 1 to 31 before a month's name is a day.
    """
    assert figure.counted is not None
    month = figure.counted.split()[0].rstrip(".")
    return month in _MONTHS and figure.nominal in range(1, 32)


def _read_otherwise(span: str, context: Context, millions: bool) -> Figure | None:
    """A span the value grammar refuses, read as a sentence means it (or ``None``).

    Hundreds in words ("Two hundred patients", "one hundred and twelve people"), and with
    ``millions`` a short scale before a word ("7.6m people").
    """
    rewritten = span
    if "undred" in span:
        rewritten = _HUNDREDS.sub(_hundreds_in_digits, span)
    if millions:
        match = _SHORT_SCALE_BEFORE_A_WORD.fullmatch(rewritten)
        if match is not None:
            scale = "million" if match.group(2) in "mM" else "billion"
            rewritten = f"{match.group(1)} {scale}{match.group(3)}"
    if rewritten == span:
        return None
    try:
        return parse_figure(rewritten, context)
    except FigureError:
        return None


_SHORT_SCALE_BEFORE_A_WORD = lazy_pattern(r"(.*\d)([mMbB])(\s+[^\W\d_].*)")
""""7.6m people": millions before a word, when the caller knows a count is meant."""

_A_WHOLE = lazy_pattern(
    r"(?i)\b(an?) (?:full|whole|entire) (?=(?:second|minute|hour|day|week|fortnight|month"
    r"|year|decade|century)\b)"
)

_FISCAL_YEAR = lazy_pattern(
    r"(?i)(?P<fy>FY ?|fiscal (?:year )?|financial year )?"
    r"(?P<first>\d{4}|(?<=FY)\d\d|(?<=FY )\d\d)(?:[-–/](?P<second>\d{4}|\d\d))?"
    r"(?P<after> (?:fiscal|financial) year| fiscal)?"
)
"""A fiscal year as news writes it: "FY2025", "FY24", "FY2024/25", "fiscal 2025", "fiscal
year 2025", "financial year 2023-24", "the 2025 fiscal year", and "2024-25" or "2024/25"
alone (a two-year span, with `settings.fiscal_year_start`)."""


def _fiscal_year(span: str, context: Context, published: dt.date | None) -> Figure | None:
    """``span`` read as a fiscal year, when it names one (see :data:`_FISCAL_YEAR`)."""
    if not ("-" in span or "–" in span or "/" in span or span[:2] in ("FY", "fy", "Fy")
            or "iscal" in span or "inancial" in span):
        return None
    match = _FISCAL_YEAR.fullmatch(span)
    if match is None or not (match["fy"] or match["after"] or match["second"]):
        return None
    if match["second"] and len(match["second"]) == 4 and not (match["fy"] or match["after"]):
        return None  # "2019-2021" is two calendar years, unless called fiscal
    second = f"-{match['second']}" if match["second"] else ""
    try:
        figure = parse_date(f"FY{match['first']}{second}", published, context.fiscal_year_start)
    except FigureError:
        return None  # a fiscal year from 1 January names one year: "2024-25" is none
    return replace(figure, text=span)


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_BELOW_100 = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:" + _UNITS + r"))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    + _UNITS + ")"
)
_HUNDREDS = lazy_pattern(  # (for as long as the value grammar does not read them)
    rf"(?i)\b(?:(an?)|({_BELOW_100}))[ -]hundred"
    rf"(?:(?: and)? ({_BELOW_100})(?![\w-]| hundred))?\b(?!-)"
)
"""Hundreds in words, which the value grammar does not read: "two hundred", "fifteen
hundred", "one hundred and twelve", "a hundred and five" ("a hundred" alone it reads)."""


def _words_below_100(words: str) -> int:
    tens, _, units = words.lower().partition("-")
    return NUMBER_WORDS[tens] + (NUMBER_WORDS[units] if units else 0)


def _hundreds_in_digits(match: re.Match[str]) -> str:
    """"Two hundred" as ``200``, "one hundred and twelve" as ``112``.

    The digits are read as exactly as the words: a sentence spells out the number it starts
    with ("Two hundred patients died"), which is no rounder than the digits.
    """
    article, hundreds, rest = match.groups()
    if article and not rest:
        return match.group(0)
    value = (1 if article else _words_below_100(hundreds)) * 100
    return str(value + (_words_below_100(rest) if rest else 0))


_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?"
_DAYS_JOIN = r"\s*[-–—]\s*|\s+(?:to|and|through|thru|until|till)\s+(?:the\s+)?"
_NOT_A_DAY_AFTER = r"(?![\w%]|[.,]\d|\s*(?:per\s?cent|percent)\b)"
_YEAR_AFTER = r"(?:,?\s+(\d{4})(?![\d,])(?!\s+[a-z]\w*[^\Ws]s\b))?"
"""A year after a range of days, not a count of a plural: "June 12-13, 1500 delegates"."""
_YEARS_AWAY = 200
"""How far from the publication year a year after a range of days may be (1500 is none)."""
_DAY_FIRST_RANGE = lazy_pattern(
    rf"(?<![\w.,]){_DAY}(?:\s+(?:of\s+)?({_MONTH_NAME}))?(?:{_DAYS_JOIN}){_DAY}\s+(?:of\s+)?"
    rf"({_MONTH_NAME}){_YEAR_AFTER}(?!\w)"
)
"""Two days, the month written after the second: "12-13 June", "from 20 to 26 October",
"between the 12th and 13th of June", "30 June-2 July 2024"."""
_MONTH_FIRST_RANGE = lazy_pattern(
    rf"(?<!\w)({_MONTH_NAME})\s+{_DAY}(?:{_DAYS_JOIN})(?:({_MONTH_NAME})\s+)?{_DAY}"
    rf"{_YEAR_AFTER}{_NOT_A_DAY_AFTER}"
)
"""Two days, the month written before the first: "Oct. 20-26", "June 12-13, 2024", "between
June 12 and 13", "Oct. 28-Nov. 3"."""


def days_of_date_ranges(
    text: str, published: dt.date | None, fiscal_year_start: tuple[int, int] | None = None
) -> tuple[list[Figure], str]:
    """The two days each range of dates in ``text`` states, and ``text`` without them.

    "The survey was conducted on 12-13 June" states 12 June as much as 13 June, and "ran
    Oct. 20-26" states Oct. 20 and Oct. 26: each end is a whole day, and the month (and the
    year) written once belongs to both ("30 December-2 January 2025" starts in 2024).
    The days between the ends are not stated. The value grammar reads "12-13 June" as a
    range of counts and "Oct. 20-26" as Oct. 20 and a bare 26; the text returned has each
    range replaced by a stop, so that a caller reads the rest without them.
    """
    ends: list[Figure] = []

    def the_days(match: re.Match[str], day_first: bool) -> str:
        if day_first:
            first_day, first_month, last_day, last_month, year = match.groups()
        else:
            first_month, first_day, last_month, last_day, year = match.groups()
        first_month = first_month or last_month
        last_month = last_month or first_month
        left = ""
        if year is not None and published and abs(int(year) - published.year) > _YEARS_AWAY:
            left = match.string[match.start(5) : match.end()]  # a count, read on its own
            year = None
        try:
            first, last = (
                _a_day(day, month, year, published, fiscal_year_start, day_first)
                for day, month in ((first_day, first_month), (last_day, last_month))
            )
            if first.strict.lo >= last.strict.lo and year is not None:
                # "30 December-2 January 2025": the first day is in the year before
                earlier = str(int(year) - 1)
                first = _a_day(
                    first_day, first_month, earlier, published, fiscal_year_start, day_first
                )
        except FigureError:
            return match.group(0)
        if first.strict.lo >= last.strict.lo:
            return match.group(0)  # "June 13-12" is no range of days
        ends.extend((first, last))
        return f" ; {left}"

    rest = _DAY_FIRST_RANGE.sub(lambda match: the_days(match, True), text)
    rest = _MONTH_FIRST_RANGE.sub(lambda match: the_days(match, False), rest)
    return ends, rest


def _a_day(
    day: str,
    month: str,
    year: str | None,
    published: dt.date | None,
    fiscal_year_start: tuple[int, int] | None,
    day_first: bool,
) -> Figure:
    """One end of a range of days, written as a date is ("12 June 2024", "Oct. 26, 2024")."""
    if day_first:
        text = f"{day} {month}{f' {year}' if year else ''}"
    else:
        text = f"{month} {day}{f', {year}' if year else ''}"
    return parse_date(text, published, fiscal_year_start)


_MODALS_BEFORE_TOP = frozenset({"will", "can", "may", "might", "must", "shall", "would", "could"})

_A_FIGURE_STARTS = (
    r"(?!(?:1[89]|20)\d\d(?![\d,.])(?!\s+(?:index\s+)?points?\b))"  # a year: "topped 2019 levels"
    r"(?=(?:[A-Z]{0,3}[$£€¥₹]\s*\d|Rs\.?\s*\d|\d|(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundreds?|thousands?|millions?|an?\s+(?:dozen|hundred|thousand|million|billion"
    r"|trillion))\b))"
)
"""Where a figure starts: a digit (not of a year), a currency before one, a number word."""

_SURPASSING = lazy_pattern(
    r"(?i)(?:(?<!\S)(?P<before>\S+)\s+)?(?P<verb>\b(?:tops|topped|topping|top|exceeds?|exceeded"
    r"|surpass(?:es|ed|ing)?|eclips(?:e|es|ed|ing)"
    r"|(?:climb\w*|ris\w*|rose|jump\w*|soar\w*|surg\w*|push\w*|mov\w*|edg\w*|creep\w*"
    r"|crept|shoot\w*|shot|go(?:es|ne|ing)?|went)\s+past"
    r"|(?P<either>pass(?:es|ed|ing)?|cross(?:es|ed|ing)?))\s+)" + _A_FIGURE_STARTS
)
"""A verb of surpassing right before a figure: "Net interest topped $880 billion", "the
toll climbs past 1,100", "could exceed 5 billion zlotys" state more than the figure."""

_NOT_A_VERB_BEFORE_TOP = frozenset({
    "the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "these",
    "those", "in", "into", "of", "at", "among", "within", "was", "is", "has", "as", "plus",
})  # fmt: skip
"""Words that make "top" before a number no verb: "the top 10", "in the top 1%", "its top
three"; a plural subject, a modal or "to" before it make a verb ("Evacuations top
600,000", "could top $1 trillion", "expected to top")."""

_NEGATED = lazy_pattern(
    r"(?i)(?:\bnot|n[’']t|\bcannot|\bnever|\bno\s+longer|\bunlikely|\brarely|\bseldom"
    r"|\bhardly|\bfail(?:s|ed|ing)?\s+to)"
    r"(?:\s+(?!(?:and|but|as|because|while|when|whereas|after|although|though|if|that|which"
    r"|who|where|until|once)\b)[\w’'-]+){0,4}\s+$"
)
"""A negation up to four words before a verb of surpassing ("did not exceed", "cannot
exceed", "is not expected to exceed", "has not so far exceeded", "won't be allowed to
exceed", "is unlikely to exceed", "rarely exceed", "never topped", "failed to top"): a
ceiling, no more than the figure, which this reader leaves as the plain figure. Not across
a conjunction ("not worried as sales topped $5bn" states more than $5bn)."""

_A_SENTENCE_STARTS = lazy_pattern(r"(?:^|[.!?:;]\s*)[\"'(]*$")
"""Nothing, or a sentence's end, before a word: a capitalised plural there may be a subject
("Evacuations top 600,000"); elsewhere it is a name ("the Times top 100 firms")."""

_TOP_AS_A_PLACE = frozenset({
    "finishes", "ranks", "comes", "places", "sits", "remains", "stays", "ends", "is", "was",
})  # fmt: skip
"""Verbs that take "top N" as a place, not as what is surpassed: "Arsenal finishes top 4"."""

_A_COUNT_AFTER = lazy_pattern(
    r"(?i)(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen)"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion|dozen))?"
    r"(?:\s+of\s+(?:\d|its\b|their\b|the\b|his\b|her\b)|\s+(?P<noun>[^\W\d_][\w-]*))"
)
"""A number and the word after it, or "N of M" ("topped 3 of 4 benchmarks")."""

_NO_NOUN_AFTER_A_NUMBER = NOT_COUNTED | frozenset({
    "per", "percent", "cent", "pc", "percentage", "points", "point", "basis", "mark", "level",
    "levels", "threshold", "barrier", "figure", "times", "degrees",
})  # fmt: skip


def _a_count_of_things(after: str) -> bool:
    """Whether the figure ``after`` a verb of surpassing is a count of things it takes.

    "Ledecky eclipsed two world records", "Labour topped 12 polls", "shot past 3
    defenders", "topped 3 of 4 benchmarks": like "passed 12 bills", the verb takes what is
    counted, so the figure is read both ways. Money ("topped $880 billion"), a measure
    ("topped 1.5 million barrels", "exceeded 5 billion zlotys"), a percentage and a bare
    number ("Evacuations top 600,000") stay bounds.
    """
    match = _A_COUNT_AFTER.match(after)
    if match is None:
        return False
    noun = match.group("noun")
    if noun is None:
        return True
    lowered = noun.lower()
    if lowered in _NO_NOUN_AFTER_A_NUMBER or lowered in _SCALE_WORDS or not noun[0].islower():
        return False
    if lowered in CURRENCY_NAMES or lowered in NATIONAL_CURRENCIES:
        return False
    try:
        resolve(lowered)
    except UnitError:
        return True
    return False


def _surpassed(text: str, loosely: bool = False) -> str:
    """``text`` with "more than" before a figure a verb of surpassing governs.

    "Tops", "topped", "exceeded", "surpassed", "eclipsed", "climbs past" (and their other
    forms) before a figure state more than it, as "exceeding" does in the value grammar.
    "Top" is a verb only after a plural subject, a modal or "to" ("the top 10" is none).
    "Passed" and "crossed" also take what passes ("the House passed 12 bills", "crossed 3
    rivers"), and every verb of surpassing a count of things ("eclipsed two world
    records"): with ``loosely`` they are read so too, and otherwise left plain. Not after a
    negation ("cannot exceed 3%"), which this leaves plain.
    """

    def insert(match: re.Match[str]) -> str:
        kept = match.group(0)
        either = match.group("either") is not None or _a_count_of_things(text[match.end() :])
        if either and not loosely:
            return kept
        written = (match.group("before") or "").strip("\"'(")
        before = written.lower()
        if match.group("verb").split()[0].lower() == "top" and not (
            before in _MODALS_BEFORE_TOP or before in ("to", "did", "does", "do")
            or (before.endswith("s") and len(before) > 3 and not before.endswith(("'s", "’s"))
                and (written[:1].islower() or _A_SENTENCE_STARTS.search(text, 0, match.start()))
                and before not in _NOT_A_VERB_BEFORE_TOP
                and before not in _TOP_AS_A_PLACE)
        ):  # fmt: skip
            return kept
        if _NEGATED.search(text, 0, match.start("verb")):
            return kept
        verb = match.group("verb").rstrip()
        if verb.lower().endswith(" past"):  # "climbs past 1,100": "climbs more than 1,100"
            start = match.start("verb") - match.start()
            return f"{kept[:start]}{verb[: -len('past')]}more than "
        return f"{kept}more than "

    return _SURPASSING.sub(insert, text)


_OR_MORE = lazy_pattern(
    r"(?i)(?<![\w.,$£€¥₹-])(?P<figure>(?:[A-Z]{0,3}[$£€¥₹]\s*)?\d[\d,]*(?:\.\d+)?"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen|a\s+hundred)\b)"
    r"(?P<unit>(?:\s*%|[\s-]*per[\s-]?cent|[\s-]*percent)?"
    r"(?P<words>(?:[ \t-]+(?!or\b)[^\W\d_][\w/'’-]*){1,4}?)??)"
    r"(?<!\bmore)(?<!\bless)\s+or\s+(?P<way>more|greater|higher|above|over|longer|larger"
    r"|fewer|less|lower|below|under|shorter|smaller)\b(?!\s+than\b)"
    r"(?(words)(?=\s*(?:$|[.,;:!?)\]\"'’-]|\s+(?:in|on|at|for|of|to|from|by|with|per|a|an"
    r"|each|and|but|or|during|over|under|since|until|after|before|than|will|would|can|could"
    r"|may|might|must|should|is|are|was|were|has|have|had)\b)))"
)
"""A figure and "or more" (or "or fewer"): "30 days or more", "30 or more days", "five or
more", "74 mph or higher", "$5 or less". After a word of its own the comparative ends the
phrase: "a $500 rebate or lower taxes", "a 5% raise or shorter hours" are no bounds, nor
is "90% complete more or less"."""

_AT_MOST_WAYS = frozenset({"fewer", "less", "lower", "below", "under", "shorter", "smaller"})


def _or_more(text: str) -> str:
    """``text`` with "30 days or more" and "30 or more days" written `at least 30 days`.

    The figure is a bound: "could stretch to 30 days or more" states at least 30 days,
    not 30 days; "10 or fewer" at most 10.
    """

    def bound(match: re.Match[str]) -> str:
        way = "at most" if match.group("way").lower() in _AT_MOST_WAYS else "at least"
        return f"{way} {match.group('figure')}{match.group('unit')}"

    return _OR_MORE.sub(bound, text)


_COMPARATIVE_THAN = lazy_pattern(
    r"(?i)\b(?P<way>longer|faster|taller|heavier|bigger|larger|older|wider|deeper|higher"
    r"|greater|shorter|slower|smaller|lighter|younger|lower|cheaper)\s+than\s+"
    r"(?=(?:[A-Z]{0,3}[$£€¥₹]\s*)?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
    r"(?!(?:1[5-9]|20)\d\d(?![\d,.%]|\s*(?:km|kilomet|met|mile|feet|foot|kg|ton|people)))"
    r"(?!\S+(?:\s+\S+){0,2}?\s+(?:ago|earlier|before|previously|prior)\b)"
)
_LESS_WAYS = frozenset({
    "shorter", "slower", "smaller", "lighter", "younger", "lower", "cheaper",
})  # fmt: skip


def _comparative_than(text: str, lead: str = "") -> str:
    """``text`` with "longer than 3,500 km" written `more than 3,500 km`.

    A comparative and "than" before a figure bound it: "flights longer than 3,500 km",
    "trains faster than 300 km/h", "people older than 65" state more than it, "sentences
    shorter than 5 years" less: a plural noun before (:func:`_a_noun_before`), or for a
    length of time a verb of lasting ("delayed longer than three hours"); "no
    longer than 90 days", "not wider than 2.5 metres" state at most, "no shorter than" at
    least, and so does a verb of lasting after a negation in its clause ("should not wait
    longer than 18 weeks"). The figure before the comparative is no bound ("3% faster
    than last year"), nor a year or a time back after "than" ("higher than 2019", "lower
    than 5 years ago").
    """

    def bound(match: re.Match[str]) -> str:
        before = f"{lead} {text[: match.start()]}"
        less = match.group("way").lower() in _LESS_WAYS
        if before.split()[-1:] in (["no"], ["not"], ["No"], ["Not"]):
            return "at least " if less else "at most "  # "stay no longer than 90 days"
        lasting = match.group("way").lower() in ("longer", "shorter") and (
            before.split()[-1:] and before.split()[-1].lower() in _VERBS_OF_LASTING
        )
        if lasting and _negated_verb(re.split(r"[,;:()—–]", before)[-1]):
            # "Patients should not wait longer than 18 weeks": a ceiling, at most 18 weeks
            return "at least " if less else "at most "
        if not lasting and not _a_noun_before(before):
            return match.group()  # "rose to 3.9%, higher than 3.8% in February": compared
        return "less than " if less else "more than "

    return _COMPARATIVE_THAN.sub(bound, text)


_NEGATION = lazy_pattern(r"(?i)(?:not|never|cannot|\w*n['’]t)")
_NO_SUBJECT = lazy_pattern(
    r"(?i)^\s*(?:no|nobody|none)\b(?:\s+[\w'’-]+){0,2}?\s+"
    r"(?:should|must|may|can|could|will|would|shall|need)\b"
)


def _negated_verb(clause: str) -> bool:
    """Whether a negation governs the verb of lasting that ends ``clause``.

    "Patients should not wait", "cannot be detained for", "may not be delayed", "No
    patient should wait" (longer than …) state a ceiling. A negation elsewhere in the
    clause does not: "patients who had no referral waited", "who did not have a referral
    waited", "it is not unusual for patients to wait" (longer than 18 weeks) state more
    than it.
    """
    words = clause.split()
    near = words[-4:-1]  # up to three words before the verb: "should not", "cannot be"
    if any(_NEGATION.fullmatch(word) for word in near):
        return True
    return _NO_SUBJECT.match(clause) is not None


_VERBS_OF_LASTING = frozenset({
    "delayed", "lasted", "last", "lasts", "lasting", "waited", "wait", "waits", "waiting",
    "stayed", "stay", "stays", "staying", "remained", "remain", "remains", "held", "kept",
    "detained", "took", "take", "takes", "taking", "ran", "run", "runs", "for",
})  # fmt: skip
"""Words after which "longer than three hours" is how long something went on, a bound:
"trains delayed longer than three hours", "detained for longer than 72 hours", "the
journey took longer than 3 hours". "Higher than" after a verb still compares ("was higher
than 3.8% last month"); a length of time has no other period to be compared with."""


_NOT_PLURAL_NOUNS = frozenset({
    "is", "was", "has", "does", "its", "this", "thus", "as", "us", "his", "hers", "ours",
    "theirs", "yours", "whereas", "plus", "minus", "always", "perhaps", "sometimes", "less",
    "unless", "yes", "seems", "looks", "appears", "remains", "stays", "runs", "becomes",
    "goes", "grows", "gets", "comes",
})  # fmt: skip
_PLURALS_WITHOUT_S = frozenset({
    "people", "children", "men", "women", "anything", "something", "anyone", "someone",
    "those", "aircraft", "staff", "cattle", "ones",
})  # fmt: skip


def _a_noun_before(text: str) -> bool:
    """Whether ``text`` ends in a plural noun a comparative describes: "flights longer than".

    Only then does "longer than 3,500 km" bound a figure. After a verb or a comma the
    comparative compares its subject with the figure ("was higher than 3.8% last month",
    "3.9% in March, higher than 3.8% in February", "growth was slower than 2% forecast"):
    the figure is another period's or place's value, stated exactly.
    """
    words = text.split()
    if not words or not words[-1][-1:].isalpha():
        return False
    word = words[-1].lower()
    if word in _PLURALS_WITHOUT_S:
        return True
    return word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURAL_NOUNS


def bounds_in_words(text: str, loosely: bool = False, lead: str = "") -> str:
    """``text`` with the bounds words state written as the value grammar's qualifiers.

    ``lead``: the words before ``text`` in its sentence, when ``text`` is a quote of it (a
    quote "faster than 300 km/h" of "Trains faster than 300 km/h" bounds its figure).
    """
    return _surpassed(_or_more(_comparative_than(text, lead)), loosely)


__all__ = [
    "AMBIGUOUS_UNITS", "CHANGE_WORDS", "FRACTION_WORDS", "NOT_COUNTED", "bounds_in_words",
    "days_of_date_ranges", "figures_in", "normalise", "spaced_groups_joined",
]
