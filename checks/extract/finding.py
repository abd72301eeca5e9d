"""Figures and dates in an article, each with its exact position.

:func:`checks.quotes.figures_in` reads the figures of a sentence with the real value
grammar; this module places them in the article and corrects what free text gets wrong
when read as a claim: a counted noun that runs on into the verb (``11,000 people were
evacuated`` → ``11,000 people``), a percent fused with the figure after it into a range
(``5.2 per cent to £4.5bn``), times of day (``20:38``), model numbers (``COVID-19``),
decades, bare number words (``one of the``) and ``May`` the verb. What the words make of a
temperature (a difference, a sign) is :mod:`checks.extract.temperatures`'s.
"""

from __future__ import annotations

import datetime as dt
import re

import msgspec

from checks.dates import MONTHS
from checks.extract.segments import Sentence, Span, sentences
from checks.extract.temperatures import (
    TemperatureMeaning,
    changes_by_then_to,
    temperature_meaning,
)
from checks.figures import (
    NUMBER_WORDS,
    Context,
    Figure,
    FigureError,
    parse_figure,
    rate_of,
    season_at,
)
from checks.quotes import bounds_in_words, figures_in

_COUNTED_STOP = frozenset({
    "are", "is", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would",
    "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did", "also",
    "not", "who", "whom", "that", "which", "whose", "where", "when", "while", "and", "or",
    "but", "to", "of", "in", "on", "at", "for", "from", "with", "by", "as", "than", "into",
    "each", "per", "a", "an", "the", "this", "these", "those", "it", "its", "they", "their",
    "he", "she", "his", "her", "we", "our", "last", "next", "ago", "since", "after", "before",
    "during", "over", "under", "across", "between", "more", "less", "still", "now", "out",
    "off", "up", "down", "so", "too", "here", "there", "then", "if", "short", "shy",
})  # fmt: skip
_MONTH_LEADS = frozenset({
    "in", "since", "by", "until", "till", "from", "to", "last", "early", "late", "mid",
    "through", "of", "before", "after", "during", "between", "and", "or", "this", "next",
    "that", "end", "start", "on",
})  # fmt: skip
_RANGE_JOIN = re.compile(r"\s+(?:to|and)\s+|\s*[–—]\s*|\s*-(?![1-9]\d?/[1-9]\d?(?![\d/]))\s*")
"""Where a range's two ends meet: "to", "and", a dash, a hyphen ("15-20"), but not the
hyphen of a mixed number ("$5.37-3/4 a bushel" is one price, not $5.37 to 3/4)."""
_INDEX_NAME_BEFORE = re.compile(
    r"(?:\bFTSE|\bS&P(?:/ASX)?|\bNikkei|\bRussell|\bStoxx(?:\s+Europe)?|\bDAX|\bCAC|\bASX|"
    r"\bIBEX|\bIbex|\bAEX|\bSMI|\bNasdaq|\bNASDAQ|\bNifty|\bSensex|\bKOSPI|\bKospi|"
    r"\bWilshire|\bTSX|\bSTI|\bMSCI(?:\s+[A-Z][\w-]*)?|\bBSE|\bJSE\s+Top|\bHang\s+Seng"
    r"(?:\s+China\s+Enterprises)?)[\s-]*$"
)
"""The name of a stock index before its number: "FTSE 100", "S&P 500", "Nikkei 225"."""
_TENOR_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.]*\s+)?(?:yields?|gilts?|bonds?|Treasur(?:y|ies)|notes?|[Bb]unds?|JGBs?|"
    r"OATs?|BTPs?|fixed|mortgages?|swaps?|bills?|debt|paper|maturit(?:y|ies)|tenors?|"
    r"borrowing)\b"
)
"""What a tenor names: "the 10-year gilt", "10-year US Treasuries", "a two-year fixed deal"."""
_SCORE_NOUNS = frozenset({
    "draw", "draws", "win", "wins", "victory", "defeat", "loss", "vote", "votes", "lead",
    "aggregate", "scoreline", "result", "thrashing", "majority", "decision", "ruling",
    "verdict", "split", "home", "away", "win-loss", "record",
})  # fmt: skip
_SCORE_VERB_BEFORE = re.compile(
    r"\b(?:beat|beats|beaten|won|win|wins|lost|lose|loses|losing|drew|draw|trail(?:ed|s|ing)?|"
    r"led|lead|leads|voted|vote|votes|defeat(?:ed|s)?|thrash(?:ed|es)?|score(?:d|s)?|"
    r"ruled|approved|rejected)\b(?:\s+[\w'’-]+){0,4}\s*$",
    re.IGNORECASE,
)
_SCORE_PAIR = re.compile(r"(?<![\w.,])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\w.,%]|-\w)")
_FRACTION_WORD = (
    r"(?:a\s+|one[\s-])?(?:half|third|quarter|fifth|tenth)|(?:two|three|four)[\s-]"
    r"(?:thirds|quarters|fifths)"
)
_FRACTION_NAME = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:half|quarter)-"
    r"(?:li(?:fe|ves)|times?|terms?|brothers?|sisters?|siblings?|hearted|truths?|backs?|"
    r"moons?|mast|way)"
)
"""A word joined to a fraction that names a thing ("a half-life", "three half-lives",
"half-term"), which the value grammar reads as the fraction half."""
_FISCAL_BEFORE = re.compile(
    r"\b(?:fiscal|financial)(?:\s+years?)?\s+$|\bFY\s*$", re.IGNORECASE
)
"""A fiscal year named by its year ("fiscal 2026", "financial year 2025", "FY 2026"): the
grammar reads the calendar year, and the fiscal year needs ``settings.fiscal_year_start``."""
_PERIOD_HALF = re.compile(r"\b(?:first|second|third|fourth|final|last|back|front)\s+$", re.I)
""""The first half", "the third quarter": a period, which the grammar reads as a fraction."""
_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
_AGE_BEFORE = re.compile(r"(?:\b[A-Z][\w'’.-]*,|\baged)\s*$")
"""A person's age: "Daniel Hughes, 34, of Leeds", "a man aged 34"."""
_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:in|at|across|near|outside|throughout))\s+[A-Z][\w'’.-]*,\s*$"
)
""""In Leeds, 34": a capitalised word after a preposition of place is a place, not a
person ("awarded to Okafor, 41" and "the family of Hughes, 34" are ages)."""
_CHANGE_BY_BEFORE = re.compile(r"\bby\s*$", re.IGNORECASE)
""""Raised its cash rate by 0.25% to 4.35%": how much, then where it ended, not a range
(when both figures have their unit: "by 20 to 30 degrees" is a range)."""


class Found(msgspec.Struct, frozen=True):
    """One figure or date of the article, where it is written."""

    figure: Figure
    start: int
    end: int
    sentence: Sentence
    meaning: Figure | None = None
    """What the words mean when the grammar reads them otherwise ("did not fall below 97°F"
    is at least 97°F; "1°F short of" is a difference); ``None`` when it reads them right."""
    meaning_text: str | None = None
    meaning_reason: str | None = None
    """Why the words mean it ("“warmed by 3°C”: a difference of temperatures"), if known."""
    meaning_quoted: bool = False
    """Whether a quote of the words states the meaning when read back (the quote check
    takes the bare 34 of "Daniel Hughes, 34," for the age ``34 years old``)."""

    @property
    def stated(self) -> Figure:
        """The figure the text states: its meaning if one was found, else the reading."""
        return self.meaning or self.figure

    @property
    def span(self) -> Span:
        """``(start, end)`` in the article."""
        return self.start, self.end

    @property
    def paragraph(self) -> int:
        """The number of its paragraph (0 first)."""
        return self.sentence.paragraph


def find_figures(text: str, context: Context, published: dt.date | None) -> list[Found]:
    """Every figure and date of ``text``, left to right, each placed exactly."""
    found: list[Found] = []
    for sentence in sentences(text):
        found.extend(_in_sentence(text, sentence, context, published))
    return found


def _locate(text: str, figure_text: str, start: int, end: int) -> Span | None:
    pattern = r"[\s\[\]]+".join(re.escape(part) for part in figure_text.split())
    match = re.compile(pattern).search(text, start, end)
    if match is None:
        return None
    stop = match.end()
    written = text[match.start() : stop]
    if written.count("[") > written.count("]") and text[stop : stop + 1] == "]":
        stop += 1  # the remaining $300 [million]
    return match.start(), stop


def _located(text: str, figure_text: str, start: int, end: int) -> Span | None:
    """Where the figure is written, or its first words when the grammar carried a noun.

    "Cases rose from 12 to 20 people" is read as `12 people` and `20 people`: the noun of
    the second is the first's too, and `12 people` is not written as such. Not found, the
    rest of the sentence was lost.
    """
    words = figure_text.split()
    for size in range(len(words), 0, -1):
        span = _locate(text, " ".join(words[:size]), start, end)
        if span is not None:
            return span
    return None


def _in_sentence(
    text: str, sentence: Sentence, context: Context, published: dt.date | None
) -> list[Found]:
    found: list[Found] = []
    cursor = sentence.start
    while cursor < sentence.end:
        figures = figures_in(
            text[cursor : sentence.end], context, published, lead=text[sentence.start : cursor]
        )
        if not figures:
            break
        figure = figures[0]
        span = _located(text, figure.text, cursor, sentence.end)
        if span is None:
            break
        pieces = [
            readable
            for piece, at in _corrected(text, figure, span, context, published)
            for readable in _readable(text, piece, at, context)
        ]
        pieces = [_over_a_period(text, piece, at, found, context) for piece, at in pieces]
        pieces = [(_surpassed(text, sentence, piece, at, context), at) for piece, at in pieces]
        reach = max(at[1] for _, at in pieces) if pieces else span[1]
        for piece, piece_span in pieces:
            if _wanted(text, piece, piece_span, sentence):
                age = _age(text, piece, piece_span, context)
                meaning = _meaning(text, piece, piece_span, sentence, context, found)
                if age is not None:  # "Daniel Hughes, 34,": the bare 34 is an age
                    found.append(
                        Found(
                            piece, piece_span[0], piece_span[1], sentence, age, age.text,
                            _age_reason(text, piece_span), True,
                        )
                    )  # fmt: skip
                elif meaning is None:
                    found.append(Found(piece, piece_span[0], piece_span[1], sentence))
                else:  # "minus 12C", "12C below zero": its words reach past the figure
                    found.append(
                        Found(
                            piece, meaning.start, meaning.end, sentence, meaning.figure,
                            meaning.written, meaning.reason or None,
                        )
                    )  # fmt: skip
                    if piece_span == pieces[0][1]:
                        reach = max(reach, meaning.end)
        cursor = reach
        if cursor <= span[0]:
            cursor = span[1]
    return found


_CHANGED_OVER = re.compile(
    r"(?i)\b(?:r[io]se|rising|increas(?:e|ed|es|ing)|gr[eo]w(?:n|s|ing)?|growth|"
    r"f[ae]ll(?:en|s|ing)?|dropp?(?:ed|s|ing)?|declin(?:e|ed|es|ing)|climb(?:ed|s|ing)?|"
    r"cuts?|cutting|reduc(?:e|ed|es|ing)|sav(?:e|ed|es|ing)|halv(?:e|ed|es|ing)|"
    r"doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|slash(?:ed|es|ing)?|trimm?(?:ed|s|ing)?|"
    r"rais(?:e|ed|es|ing))"
    r"(?:\s+(?!(?:for|of|after|than|in|within|aged)\b)[\w'’-]+){0,2}\s+$"
)
"""A verb of change, and at most its object, before "over" and a length of time: "almost
halving the deficit over five years" spreads the change across the period."""
_NOT_A_PERIOD_AFTER = re.compile(
    r"(?i)\s*(?:old\b|of\b|ago\b|-old\b|or\s+(?:more|older|longer)\b|"
    r"and\s+(?:over|older|up)\b)"
)
"""Words that make "over N years" a bound or an age: "over 65 years old", "over 10 years
of experience", "over a decade ago"."""


_PLACE_BETWEEN = re.compile(
    r"\s*(?:(?:in|at|across|near)\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"|(?:from|to|by)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[a-z][\w'’-]*\s+)?"
    r"(?![a-z]+(?:ed|ing)\s)[a-z][\w'’-]*\s+)?"
)
"""A place, or whom it came from or went to, between an amount and its period: "18.4
inches in Milton over 36 hours", "stole £2.4 million from clients over seven years", "paid
£500 to former staff over two years". Not when whom ends in a participle: "pay €600 to
passengers delayed over three hours" is a condition, more than three hours."""


def _over_a_period(
    text: str, figure: Figure, span: Span, earlier: list[Found], context: Context
) -> tuple[Figure, Span]:
    """"Over 10 years" as the period ``10 years`` when it spreads an amount or a change.

    "Cut spending by $1.5 trillion over 10 years", "rise 40% over five years", "almost
    halving the deficit over five years", "18.4 inches in Milton over 36 hours": the years
    are the span the amount is spread across, and the value grammar's "over" (more than)
    would let a wrong yearly figure pass (`$1.5 trillion / over 10 years` holds for $100
    billion a year). "Waited over 10
    years", "for over 10 years", "2.9 million people over 65 years old" and a count
    before a span of 18 years or more (an age: "people over 65 years") keep the bound.
    """
    written = text[span[0] : span[1]]
    bare = re.match(r"(?i)over\s+", written)
    if (
        bare is None
        or figure.qualifier is None
        or figure.qualifier.lower() != "over"
        or figure.dimension != (("[time]", 1),)
        or figure.is_range
        or _NOT_A_PERIOD_AFTER.match(text, span[1]) is not None
    ):
        return figure, span
    start = span[0] + bare.end()
    try:
        period = parse_figure(" ".join(text[start : span[1]].split()), context)
    except FigureError:
        return figure, span
    amount = next((f for f in reversed(earlier) if f.end <= span[0]), None)
    after_amount = (
        amount is not None
        and _PLACE_BETWEEN.fullmatch(text, amount.end, span[0]) is not None
        and not amount.stated.is_date
        and amount.stated.dimension != (("[time]", 1),)
        and not (amount.stated.counted is not None and period.strict.lo >= 18 * 365)
    )
    lead = text[max(0, span[0] - 60) : span[0]]
    lead = re.split(r"[,;:()—–]", lead)[-1]
    if after_amount or _CHANGED_OVER.search(lead) is not None:
        return period, (start, span[1])
    return figure, span


_BRACKETED = re.compile(r"\s*\(([^()]*)\)\s*")
_MINUS_WORD = re.compile(r"(?i)\b(?:minus|negative)\s+(?=\d)")


def _readable(text: str, figure: Figure, span: Span, context: Context) -> list[tuple[Figure, Span]]:
    """The figure written as the value grammar reads a value, split where it holds two.

    The quote check reads a sentence more freely than a value is read: "minus 15 degrees"
    is -15, "945 terawatt-hours (TWh) a year" names its unit twice, "$1,650 (£1,300) a
    month" holds a conversion whose rate is written once, after both. Drafted as read, each
    was a value the run refuses. The minus is written as a sign (`-15`), an abbreviation in
    brackets is dropped (`945 terawatt-hours a year`), and a conversion is split into its
    two figures, each with the rate (`$1,650 a month`, then `£1,300 a month` when reading
    resumes at the bracket), so that it is suggested as a ``same``. Each rewriting must
    state the same interval, or the figure is kept as read. A rate the grammar cut at a
    hyphen ("per one" of "per one-way ticket") takes the rest of its noun.
    """
    try:
        parse_figure(figure.text, context)
        return [(figure, span)]
    except FigureError:
        pass
    written = _MINUS_WORD.sub("-", figure.text)
    hyphened = re.match(r"-[A-Za-z]+(?:\s+[a-z]+\b)?", text[span[1] : span[1] + 30])
    if hyphened is not None and re.search(r"\bper\s+\w+$", written):
        written += hyphened.group()
    else:
        hyphened = None  # "($99) per one-way ticket", cut by the grammar at "one"
    at = span
    bracket = _BRACKETED.search(written)
    if bracket is not None:
        head, inner = written[: bracket.start()], bracket.group(1).strip()
        tail = written[bracket.end() :]
        if not head:  # "(£1,300) a month", read on from a conversion's first figure
            written, at = f"{inner} {tail}".strip(), _locate(text, inner, *span) or span
        elif re.search(r"\d", inner):  # "$1,650 (£1,300) a month": two figures
            checked = None if hyphened is not None else figure
            first = _readable_as(f"{head} {tail}", checked, _locate(text, head, *span), context)
            second = _readable_as(f"{inner} {tail}", None, _locate(text, inner, *span), context)
            return [first, second] if first is not None and second is not None else [(figure, span)]
        else:  # "945 terawatt-hours (TWh) a year": the unit named twice
            written = f"{head} {tail}".strip()
    rewritten = _readable_as(written, figure, at, context)
    return [rewritten if rewritten is not None else (figure, span)]


def _readable_as(
    written: str, figure: Figure | None, at: Span | None, context: Context
) -> tuple[Figure, Span] | None:
    """``written`` read as a value, if it states what ``figure`` does (when one is given)."""
    if at is None:
        return None
    try:
        rewritten = parse_figure(" ".join(written.split()), context)
    except FigureError:
        return None
    if figure is not None and (
        rewritten.strict != figure.strict or rewritten.dimension != figure.dimension
    ):
        return None
    return rewritten, at


def _surpassed(
    text: str, sentence: Sentence, figure: Figure, span: Span, context: Context
) -> Figure:
    """``more than`` the figure when a verb of surpassing governs it, as the quote check reads.

    "The toll climbs past 1,100", "exports topped $880 billion", "losses exceeded 5 billion
    zlotys" state more than the figure; drafted plain, the value failed its own quote (and
    `1,100` against a true toll of 1,134 is a rounding, not the headline's claim).
    "Passed" and "crossed", which also take what passes ("passed 12 bills"), stay plain,
    as the quote check reads both ways.
    """
    if figure.qualifier is not None or figure.is_date or figure.is_range:
        return figure
    lead, written = text[sentence.start : span[0]], text[span[0] : span[1]]
    denied = _NO_MORE_THAN.search(lead)
    if denied is not None:  # "no longer than 90 days" is at most 90 days
        bound = "at least" if denied.group(1).lower() in {"shorter", "narrower"} else "at most"
        try:
            return parse_figure(f"{bound} {figure.text}", context)
        except FigureError:
            return figure
    bounded = bounds_in_words(lead + written)
    if bounded == lead + written or not bounded.endswith(f"more than {written}"):
        return figure
    try:
        return parse_figure(f"more than {figure.text}", context)
    except FigureError:
        return figure


_NO_MORE_THAN = re.compile(
    r"(?i)\b(?:no|not)\s+(longer|farther|further|wider|taller|deeper|shorter|narrower)\s+"
    r"than\s+$"
)
"""A comparative denied ("no longer than", "not wider than"): a bound the other way."""


_PAST_VERBS = frozenset({
    "left", "fled", "won", "lost", "went", "came", "got", "sat", "took", "paid", "spent",
    "fell", "rose", "grew", "ran", "made", "met", "sought", "held", "chose", "saw",
    "cast", "put", "set", "hit", "cut", "bought", "sold", "brought", "gave", "kept",
    "found", "became", "began", "told", "sent", "wrote", "drove", "flew", "stood",
    "thought", "taught", "caught", "fought", "built", "lent", "bore", "swore",
})  # fmt: skip


def _is_verb_after_count(word: str, following: list[str]) -> bool:
    """Whether the one word after a count is its verb, not its noun: "1.24 million achieved".

    A past tense that ends the phrase (the next word is an article, a preposition or
    nothing) is what the counted did; "200 armed police" goes on to its noun.
    """
    bare = word.lower().strip(".,;:")
    if not (bare.endswith("ed") or bare in _PAST_VERBS):
        return False
    return not following or following[0].lower().strip(".,;:") in _COUNTED_STOP


def _modifies_a_pair(word: str, following: list[str]) -> bool:
    """Whether the one word after a count modifies two nouns joined by "and" or "or".

    "1.5 crore polling and security personnel" counts personnel, not "polling"; a word
    ending in -ing before "and" is such a modifier ("medical and nursing staff" is not
    drafted at all). "5 apples and 3 pears" keeps its noun: a number follows the "and".
    """
    if len(following) < 2 or following[0].lower() not in {"and", "or"}:
        return False
    bare = word.lower().strip(".,;:")
    return bare.endswith("ing") and not following[1][:1].isdigit()


_GIVEN = frozenset({
    "granted", "given", "awarded", "denied", "offered", "refused", "received", "won",
    "lost", "gained", "got", "obtained", "secured", "sought", "applied", "filed",
})  # fmt: skip
"""Verbs a count is the subject of: "293,000 granted refugee status" counts people."""


def _counted_words(
    written: str, words: list[str], kept: list[str], next_word: list[str]
) -> list[str]:
    """The counted noun's words, mended where the two-word cut misreads the phrase.

    "1.11 million previously owned homes" and "117.3 million forcibly displaced people"
    count homes and people: an adverb and a participle lead the noun (drafted, the count
    was of "previously"). "293,000 granted refugee status" is what 293,000 people were
    given: a bare count. "The 24,346-TEU MSC Irina" is a ship of 24,346 TEU: the noun
    joined by a hyphen is the unit, the name after it no part of it. "14 new Airbus
    A320neo jets" runs into a model's name: a bare count, for the reviewer to name.
    """
    if words and re.search(r"\d-" + re.escape(words[0]) + r"$", written.split(" ")[0]):
        return words[:1]  # "24,346-TEU MSC"
    if kept and kept[0].lower() in _GIVEN:
        return []
    if (
        len(kept) in (1, 2)
        and len(words) >= 3
        and kept[0].lower().endswith("ly")
        and _is_participle(words[1].lower())
        and words[2].lower().strip(".,;:") not in _COUNTED_STOP
        and not words[2][:1].isdigit()
    ):
        return words[:3]  # "1.11 million previously owned homes"
    following = words[len(kept) : len(kept) + 1] or (next_word if kept == words else [])
    if kept and following and re.search(r"[A-Za-z]\d{2}|\d{2}[A-Za-z]", following[0]):
        return []  # "14 new Airbus A320neo jets", "72 Boeing 737s"
    return kept


def _is_participle(word: str) -> bool:
    """Whether a word after a counted noun says what befell it: "people displaced every day"."""
    return word.endswith(("ed", "ing")) or word in _PAST_VERBS


def _read(span_text: str, context: Context, published: dt.date | None) -> Figure | None:
    found = figures_in(span_text, context, published)
    if len(found) == 1 and found[0].text == " ".join(span_text.split()).strip(" ,."):
        return found[0]
    return None


_PER_A_NUMBER_END = re.compile(
    r"(?i)\bper(?:\s+[\d,.]+)?(?:\s+(?:hundred|thousand|million|billion|trillion))*$"
)
"""A rate cut before its noun: "7.8 per billion" of "7.8 per billion vehicle-kilometres"."""
_BY_ABOUT = re.compile(r"(?i)\bby\s+((?:nearly|almost|about|around|roughly|more\s+than)\s+)?$")
""""Fell by nearly half to $337 million": the fraction is the size of the change."""
_YEARS_BETWEEN = re.compile(r"(?i)between\s+((?:1[89]|20)\d\d)\s+and\s+((?:1[89]|20)\d\d)")
""""Between 2015 and 2021": two years, which the value grammar reads as numbers 2015–2021."""


def _corrected(
    text: str, figure: Figure, span: Span, context: Context, published: dt.date | None
) -> list[tuple[Figure, Span]]:
    """The figure as a claim should hold it: a run-on noun cut, a fused pair split.

    Returns the pieces to keep; reading resumes after the first piece's end.
    """
    written = text[span[0] : span[1]]
    magnitude = _a_magnitude(text, figure, span, context)
    if magnitude is not None:
        return [magnitude]
    period = re.match(r"(?:half|quarter)\s+to\s+", written, re.IGNORECASE)
    if figure.is_range and period and _PERIOD_HALF.search(text, max(0, span[0] - 12), span[0]):
        end = _read(text[span[0] + period.end() : span[1]], context, published)
        if end is not None:  # "bringing sales for the first half to $3.6 billion"
            return [(end, (span[0] + period.end(), span[1]))]
    mixed = re.match(r" ([1-9]/[1-9]\d?)((?:\s+[A-Za-z]+)?)", text[span[1] : span[1] + 30])
    if re.fullmatch(r"\d{1,3}", written) and mixed is not None:
        for tail in (mixed.group(2), ""):
            whole = _read(f"{written}-{mixed.group(1)}{tail}", context, published)
            if whole is not None:  # "12 1/2 years", read as 12 and 1/2 years
                return [(whole, (span[0], span[1] + mixed.end(1) + len(tail)))]
    years = _YEARS_BETWEEN.fullmatch(written)
    if years is not None and not figure.is_date and figure.counted is None and not (
        figure.dimension or figure.flavour
    ):
        pieces = []
        for group in (1, 2):
            as_date = _read(years.group(group), context, published)
            if as_date is None or not as_date.is_date:
                break
            pieces.append((as_date, (span[0] + years.start(group), span[0] + years.end(group))))
        else:
            return pieces  # "between 2015 and 2021": two years, no range of numbers
    year = re.match(r"(1[89]|20)\d\d\b", written)
    if figure.counted is not None and year is not None and not figure.qualifier:
        as_date = _read(year.group(), context, published)
        if as_date is not None and as_date.is_date:
            return [(as_date, (span[0], span[0] + year.end()))]  # "a 2022 survey"
    currency = re.search(
        r"(?:Rs\.?|₹|US\$|\$|£|€|[A-Z]{3})\s*$", text[max(0, span[0] - 6) : span[0]]
    )
    if figure.counted is not None and currency is not None:
        number = re.match(
            r"\S+(?:\s+(?:thousand|million|billion|trillion|lakh|crore|bn|mn|m|k))?", written
        )
        if number is not None:
            start = span[0] - (len(text[max(0, span[0] - 6) : span[0]]) - currency.start())
            money = _read(text[start : span[0] + number.end()], context, published)
            if money is not None and money.dimension:
                return [(money, (start, span[0] + number.end()))]  # "Rs 2,74,114 crore budget"
    if figure.counted is not None:
        words = figure.counted.split()
        kept: list[str] = []
        for word in words:
            bare = word.lower().strip(".,;:")
            if (
                bare in _COUNTED_STOP
                or bare[:1].isdigit()
                or bare in NUMBER_WORDS
                or len(kept) == 2
            ):
                break
            if kept and (kept[0].endswith("s") or bare.endswith("ed")):
                break  # "riders use", "passengers conducted": a plural noun ends the phrase
            kept.append(word)
        if len(kept) == 1 and _is_verb_after_count(kept[0], words[1:2]):
            kept = []  # "Around 1.24 million achieved a 7", "while 532,000 left"
        kept = _counted_words(written, words, kept, text[span[1] : span[1] + 40].split()[:1])
        following = words[1:3] if len(words) > 1 else text[span[1] : span[1] + 40].split()[:2]
        if len(kept) == 1 and _modifies_a_pair(kept[0], following):
            kept = []  # "1.5 crore polling and security personnel": no count of "polling"
        rest = [w.lower().strip(".,;:") for w in words[len(kept) : len(kept) + 3]]
        done = 1 if len(rest) == 3 and _is_participle(rest[0]) and rest[1] in _RATE_WORDS else 0
        if kept and len(rest) >= 2 + done and rest[done] in _RATE_WORDS:
            # "17 trains an hour", "23,000 people displaced every day": a rate, not a count
            rate_text = written[: written.find(words[0])] + " ".join(
                words[: len(kept) + 2 + done]
            )
            rate_span = _locate(text, rate_text.strip(), span[0], span[1])
            try:
                rate = parse_figure(" ".join(rate_text.split()), context)
            except FigureError:
                rate = None
            if rate is not None and rate_span is not None and any(
                power < 0 for _, power in rate.dimension
            ):
                return [(rate, rate_span)]  # "17 trains an hour in each direction"
        if len(kept) < len(words):
            carried = words[0] not in written  # "from 12 to 20 people": the noun is the 20's
            source = figure.text if carried else written
            head = source[: source.find(words[0])] if words else source
            shorter_text = (head + " ".join(kept)).strip()
            shorter_span = span if carried else _locate(text, shorter_text, span[0], span[1])
            if shorter_span is not None:
                try:
                    shorter = parse_figure(" ".join(shorter_text.split()), context)
                except FigureError:
                    shorter = None
                if shorter is not None:
                    return [(shorter, shorter_span)]
    if figure.counted is None and not figure.is_date:
        words = written.split()
        for size in range(1, len(words)):
            prefix = written[: written.find(words[size - 1]) + len(words[size - 1])]
            if _PER_A_NUMBER_END.search(prefix):
                continue  # "about 7.8 per billion vehicle-kilometres": the rate's noun follows
            shorter = _read(prefix, context, published)
            if (
                shorter is not None
                and shorter.dimension == figure.dimension
                and shorter.strict == figure.strict
                and shorter.qualifier == figure.qualifier
                and shorter.counted is None
            ):
                if len(prefix) < len(written):  # "2,500 tonnes of road salt it no longer needs"
                    return [(shorter, (span[0], span[0] + len(prefix)))]
                break
    join = _RANGE_JOIN.search(written)
    if join is not None and not figure.is_date:
        left_text, right_text = written[: join.start()], written[join.end() :]
        left = _read(left_text, context, published)
        right = _read(right_text, context, published)
        if (
            left is not None
            and right is not None
            and (left.dimension or left.flavour)
            and (left.dimension, left.flavour) != (right.dimension, right.flavour)
            and not rate_of(right, left)  # "from $2,100 to $2,800 a month": both a month
        ) or (
            left is not None
            and right is not None
            and changes_by_then_to(text[max(0, span[0] - 40) : span[0]], left, right)
        ):  # "rose 2C to 46C": a difference, then a reading
            return [(left, (span[0], span[0] + len(left_text.rstrip())))]
        if (
            left is not None
            and right is not None
            and right.flavour == "percent"
            and left.flavour is None
            and re.fullmatch(_FRACTION_WORD, left_text.strip(), re.IGNORECASE)
        ):  # "from half to 40% of the sentence": a fraction, then a percentage
            return [(left, (span[0], span[0] + len(left_text.rstrip())))]
        by_fraction = _BY_ABOUT.search(text, max(0, span[0] - 30), span[0])
        if (
            left is not None
            and right is not None
            and join.group().strip() == "to"
            and right.dimension
            and left.flavour is None
            and not left.dimension
            and re.fullmatch(_FRACTION_WORD, left_text.strip(), re.IGNORECASE)
            and by_fraction is not None
        ):  # "fell by nearly half to $337 million": how much, then where it ended
            qualified = _read(
                f"{by_fraction.group(1) or ''}{left_text.strip()}", context, published
            )
            start = span[0] - len(by_fraction.group(1) or "")
            if qualified is not None:
                return [(qualified, (start, span[0] + len(left_text.rstrip())))]
        if (
            left is not None
            and right is not None
            and join.group().strip() == "to"
            and (left.dimension or left.flavour)
            and _CHANGE_BY_BEFORE.search(text[max(0, span[0] - 40) : span[0]])
            and not left.absolute_temperature
        ):  # "raised its cash rate by 0.25% to 4.35%": how much, then where it ended
            return [(left, (span[0], span[0] + len(left_text.rstrip())))]
        if (
            left is not None
            and right is not None
            and join.group().strip() == "to"
            and (left.dimension, left.flavour) == (right.dimension, right.flavour)
            and _CHANGED_FROM.search(text, max(0, span[0] - 60), span[0]) is not None
        ):  # "winds jump from 85 knots to 120 knots": where it started, then where it ended
            return [(left, (span[0], span[0] + len(left_text.rstrip())))]
        if (
            left is not None
            and right is not None
            and join.group().strip() == "to"
            and _MOVED.search(text, max(0, span[0] - 40), span[0]) is not None
            and _far_apart_or_unlike(left, right, left_text, right_text)
        ):  # "wheat gained 8 cents to $5.37": how much, then where it ended
            return [(left, (span[0], span[0] + len(left_text.rstrip())))]
    return [(figure, span)]


_MAGNITUDE = re.compile(
    r"(?i)(?P<before>magnitude[\s-]+)?(?P<number>\d+(?:\.\d+)?)(?P<after>[\s-]+magnitude\b)?"
)
_QUAKES = frozenset({"quake", "earthquake", "temblor", "tremor", "aftershock", "shock"})


def _a_magnitude(
    text: str, figure: Figure, span: Span, context: Context
) -> tuple[Figure, Span] | None:
    """``magnitude 7.2`` for an earthquake's magnitude the grammar reads as a count.

    "The magnitude 7.2 earthquake", "a 7.2-magnitude quake", "a 7.2 quake": drafted as read,
    the value was `7.2 earthquake`, a count of earthquakes. The value grammar reads
    `magnitude 7.2` as the number, and the quote check finds it in each of those quotes.
    A whole number before a quake with no "magnitude" ("3 aftershocks") is a count. So is one
    before "magnitude" and the magnitude's own number ("12 magnitude-4 aftershocks").
    """
    if figure.counted is None or figure.dimension or figure.flavour or figure.is_range:
        return None
    start, end = span
    match = _MAGNITUDE.match(text, start, end)
    if match is None:
        return None
    if match.group("after") and re.match(r"[\s-]*\d", text[match.end() :]):
        return None  # "12 magnitude-4 aftershocks": a count of quakes of that magnitude
    noun = figure.counted.split()[0].lower().rstrip("s")
    named = match.group("before") or match.group("after")
    named = named or re.search(r"(?i)\bmagnitude[\s-]+$", text[max(0, start - 12) : start])
    if not named and not (noun in _QUAKES and "." in match.group("number")):
        return None
    try:
        value = parse_figure(f"magnitude {match.group('number')}", context)
    except FigureError:
        return None
    return value, (start, match.end())


_MOVED = re.compile(
    r"(?i)\b(?:rose|gained|added|fell|lost|dropped|climbed|jumped|slipped|eased|declined|"
    r"increased|decreased|advanced|retreated|sank|slid|surged|soared|tumbled|plunged|"
    r"(?:edged|ticked|inched|moved)\s+(?:up|down|higher|lower)|up|down)\s+(?:by\s+)?$"
)
"""A change told as done, right before "X to Y": "gained 8 cents to $5.37". Not "rise" or
"grow", which forecasts write before a range ("expected to rise 5% to 7%")."""


_CHANGED_FROM = re.compile(
    r"(?i)\b(?:r[io]se|risen|rises|rising|increas(?:e|ed|es|ing)|gr[eo]w(?:n|s|ing)?|"
    r"f[ae]ll(?:en|s|ing)?|dropp?(?:ed|s|ing)?|declin(?:e|ed|es|ing)|climb(?:ed|s|ing)?|"
    r"jump(?:ed|s|ing)?|surg(?:e|ed|es|ing)|slump(?:ed|s|ing)?|plung(?:e|ed|es|ing)|"
    r"soar(?:ed|s|ing)?|decreas(?:e|ed|es|ing)|cut(?:s|ting)?|reduc(?:e|ed|es|ing)|"
    r"shr[aiu]nk(?:s|ing)?|slid(?:e|es|ing)?|sank|sink(?:s|ing)?|tumbl(?:e|ed|es|ing)|"
    r"dipp?(?:ed|s|ing)?|rais(?:e|ed|es|ing)|lift(?:ed|s|ing)?|hik(?:e|ed|es|ing)|"
    r"boost(?:ed|s|ing)?|lower(?:ed|s|ing)|slash(?:ed|es|ing)?|widen(?:ed|s|ing)?|"
    r"narrow(?:ed|s|ing)?|strengthen(?:ed|s|ing)?|weaken(?:ed|s|ing)?|intensif(?:y|ied|ies|ying))"
    r"(?:\s+(?!(?:for|of|after|than|in|within|aged|between|rang\w*|anywhere|somewhere)\b)"
    r"[\w'’-]+){0,2}"
    r"\s+from\s+$"
)
"""A verb of change, at most two words and "from" before "X to Y": "winds jump from 85
knots to 120 knots", "cut rates sharply from 5% to 4%" tell a change, two figures, not a
range ("ranged from 20 to 30" and "jumped anywhere from 10% to 20%" are one)."""


_NUMBER_AND_SCALE = re.compile(r"[\d.,\s]+|\b(?:thousand|million|billion|trillion|m|bn|tn|k)\b")


def _far_apart_or_unlike(left: Figure, right: Figure, left_text: str, right_text: str) -> bool:
    """Whether "X to Y" after a change is no range: units written apart, and Y ten times X.

    "Gained 8 cents to $5.37", "fell 120 points to 7,450": a range is written in one unit
    with ends of a size; "rose 5% to 7%", "rents rose £50 to £500 a month" or "rose 50
    cents to $1 a gallon" may be either, and stays a range, as does one whose unit is
    written once ("rose 20 to 30 degrees").
    """
    if left.strict.lo <= 0 or right.strict.lo <= 0:
        return False
    units = [_NUMBER_AND_SCALE.sub("", t.lower()) for t in (left_text, right_text)]
    if not units[0]:
        return False  # "rose 20 to 30 degrees": the unit written once is both ends'
    return units[0] != units[1] and right.strict.lo >= 10 * left.strict.hi


_BOUND_WORDS = {"above": "at least", "over": "at least", "more than": "at least",
                "below": "at most", "under": "at most", "less than": "at most"}  # fmt: skip


def _meaning(
    text: str,
    figure: Figure,
    span: Span,
    sentence: Sentence,
    context: Context,
    earlier: list[Found],
) -> TemperatureMeaning | None:
    """What the words mean when the grammar reads them otherwise, and how to write it.

    A bound negated or joined ("did not fall below 97°F", "at or above 110°F"), or a
    temperature that the words make a difference or give a sign (:mod:`temperatures`).
    """
    written = " ".join(text[span[0] : span[1]].split())
    before = text[sentence.start : span[0]].lower()
    qualifier = next((q for q in _BOUND_WORDS if written.lower().startswith(q + " ")), None)
    if qualifier is not None:
        rest = written[len(qualifier) + 1 :]
        meant: str | None = None
        if re.search(r"\b(?:at|or)\s+$", before):  # "at or above 110°F"
            meant = f"{_BOUND_WORDS[qualifier]} {rest}"
        elif re.search(r"\bnot\s+(?:\w+\s+){0,2}$", before):  # "did not fall below 97°F"
            flipped = "at most" if _BOUND_WORDS[qualifier] == "at least" else "at least"
            meant = f"{flipped} {rest}"
        if meant is not None:
            try:
                bound = parse_figure(meant, context)
            except FigureError:
                return None
            return TemperatureMeaning(meant, bound, span[0], span[1], "")
    rate = _for_every(text, figure, span, context)
    if rate is not None:
        return rate
    worded = _worded(text, figure, span, sentence, context)
    if worded is not None:
        return worded
    return temperature_meaning(
        text,
        figure,
        span,
        (sentence.start, sentence.end),
        [(item.span, item.stated) for item in earlier],
        context,
    )


_NEAR_BEFORE = re.compile(r"(?i)\bnear\s+$")
_LONGER_THAN_BEFORE = re.compile(
    r"(?i)(\b(?:no|not)\s+)?\b(?:(longer|farther|further|wider|taller|deeper)|"
    r"(shorter|narrower))\s+than\s+$"
)
"""A bound: "flights longer than 3,500 km"; "no longer than 90 days" is the other way (at
most), drafted plain as written, with its quote."""
_A_DAY_AFTER = re.compile(
    r"\s+(?:a|an|per|each)\s+(day|week|month|year|hour)\b(?!['’-]|\s+(?:earlier|ago|before|"
    r"later|after|on|prior|previously|back|from|since|into|in\s+a\s+row)\b)"
)
_HALF_POINT = re.compile(r"(?i)half[\s-]+points?\b")
_RATES_TALK = re.compile(r"(?i)\b(?:rates?|yields?|percent|per\s+cent|basis)\b|%")


def _worded(
    text: str, figure: Figure, span: Span, sentence: Sentence, context: Context
) -> TemperatureMeaning | None:
    """What words around a figure say of it that the value grammar leaves out.

    "Near 7%" is about 7% (drafted plain, a slip to 7.4% passed); "flights longer than
    3,500 km" are more than 3,500 km; "averaged about 1,880 a day" is a rate per day, not
    a count; "another half point" of a rate is 0.5 percentage points (drafted `half`, a
    fraction of 50%). The quote is left out: the quote check reads the words literally.
    """
    start, end = span
    written = " ".join(text[start:end].split())
    meant: str | None = None
    if _HALF_POINT.fullmatch(written) or (
        figure.counted and _HALF_POINT.match(written) and figure.counted.split()[0] == "point"
    ):
        match = _HALF_POINT.match(text, start)
        if match is None or not _RATES_TALK.search(text, sentence.start, sentence.end):
            return None
        meant, end = "0.5 percentage points", match.end()
    elif figure.is_date or figure.is_range:
        return None
    near = _NEAR_BEFORE.search(text, max(0, start - 6), start)
    longer = _LONGER_THAN_BEFORE.search(text, max(0, start - 20), start)
    per = _A_DAY_AFTER.match(text, end)
    if meant is not None:
        pass
    elif figure.qualifier is None and near is not None and not figure.counted:
        meant, start = f"about {written}", near.start()
    elif figure.qualifier is None and figure.dimension and longer is not None:
        if longer.group(1):
            return None  # "no longer than 90 days", "not wider than 2.5 meters": at most
        meant = f"{'more' if longer.group(2) else 'less'} than {written}"
        start = longer.start()
    elif not figure.dimension and not figure.flavour and not figure.counted and per is not None:
        meant, end = f"{written} per {per.group(1)}", per.end()
    if meant is None:
        return None
    try:
        value = parse_figure(meant, context)
    except FigureError:
        return None
    return TemperatureMeaning(meant, value, start, end, f"“{text[start:end]}”: {meant}")


_FOR_EVERY = re.compile(
    r"(?:\s+(?:was|were|is|are)\s+(?:spent|paid|given|allocated|raised|invested|awarded))?"
    r"\s+for\s+every\s+([^\W\d_][\w-]*)(?:\s+([^\W\d_][\w-]*))?"
)
"""\"X for every Y\", also passive: "Rs 2,100 was spent for every vote cast"."""


def _for_every(
    text: str, figure: Figure, span: Span, context: Context
) -> TemperatureMeaning | None:
    """"Roughly 610 voters for every polling station" as the rate it states, or ``None``.

    Drafted bare, `roughly 610 voters` was a count that a check could add to the voters
    themselves; the rate is written with ``per`` (`roughly 610 voters per polling
    station`), which the value grammar reads. "One officer for every 260 people" (a number
    after "every") is a ratio the quote check reads itself, and is left as it is.
    """
    if figure.is_date or figure.is_range or any(power < 0 for _, power in figure.dimension):
        return None
    if figure.counted is not None and " " in figure.counted.strip():
        return None
    match = _FOR_EVERY.match(text, span[1])
    if match is None:
        return None
    first, second = match.group(1), match.group(2)
    if first.lower() in NUMBER_WORDS or first.lower() in _COUNTED_STOP:
        return None
    words = [first]
    if second is not None and second.lower() not in _COUNTED_STOP and not re.match(
        r"[,;:.)]", text[match.end(1) : match.end(1) + 1]
    ):
        words.append(second)
    end = match.start(1) + len(" ".join(words)) if len(words) == 2 else match.end(1)
    if text[match.start(1) : end] != " ".join(words):
        return None  # the two words are not written with one space between them
    written = f"{' '.join(figure.text.split())} per {' '.join(words)}"
    try:
        rate = parse_figure(written, context)
    except FigureError:
        return None
    if not any(power < 0 for _, power in rate.dimension):
        return None
    return TemperatureMeaning(
        written, rate, span[0], end, f"“{text[span[0] : end]}”: a rate, written with per"
    )


def _is_score(text: str, figure: Figure, span: Span, sentence: Sentence) -> bool:
    """Whether the figure is a side of a score or a vote ("3-1", "a 2-2 draw", "6-3").

    The grammar reads "2-2 draw" as a range of draws and "6-3" as two numbers; neither is a
    figure a check can use. A pair of whole numbers is a score when the first is not
    smaller (a range is written low to high) or a verb of winning, losing or voting leads
    it ("lost 1-3"), and nothing but a score's noun follows it.
    """
    if figure.is_date or figure.dimension or figure.flavour or figure.qualifier:
        return False
    start, end = span
    lo = max(sentence.start, start - 8)
    hi = min(sentence.end, end + 8)
    for match in _SCORE_PAIR.finditer(text[lo:hi]):
        pair_start, pair_end = lo + match.start(), lo + match.end()
        if not (pair_start <= start < pair_end or start <= pair_start < end):
            continue
        rest = text[pair_end:end].strip().lower()
        if rest and rest not in _SCORE_NOUNS:
            return False
        first, second = int(match.group(1)), int(match.group(2))
        return first >= second or bool(
            _SCORE_VERB_BEFORE.search(text[sentence.start : pair_start])
        )
    return False


_AN_AGE_WAS = re.compile(
    r"(?i)\b(?:average|median|mean|typical)\s+age(?:\s+of\s+(?:[\w'’-]+\s+){1,3}?)?\s*"
    r"(?:was|is|were|are|of|stood\s+at|rose\s+to|fell\s+to|reached)\s+$"
)
"""An age stated as a statistic: "the median age of victims was 29" is `29 years`."""


def _age(text: str, figure: Figure, span: Span, context: Context) -> Figure | None:
    """``34 years old`` for a bare whole number that gives a person's age, else ``None``.

    "Daniel Hughes, 34, of Leeds", "a man aged 34": drafted bare, the 34 would be added to
    counts ("23" goals) and checked against nothing; as an age it is a length of time. The
    quote check reads the bare 34 of the quote as the age, so the quote is kept.
    """
    start, end = span
    written = text[start:end]
    if not re.fullmatch(r"\d{1,3}", written) or not 0 < int(written) < 120 or figure.dimension:
        return None
    lead = text[max(0, start - 60) : start]
    if _AN_AGE_WAS.search(lead) and not re.match(r"\s*(?:[-–]|to\b|and\b|%)", text[end:]):
        try:  # "the median age of victims was 29": drafted bare, a count of 29
            return parse_figure(f"{written} years", context)
        except FigureError:
            return None
    if not _AGE_BEFORE.search(lead):
        return None
    if not lead.rstrip().endswith("aged") and not re.match(r"\s*,", text[end : end + 3]):
        return None  # "Hughes, 34, of Leeds": the age stands between commas
    if _PLACE_BEFORE.search(lead):
        return None  # "In Leeds, 34, in Bradford, 21": a count after a place, no age
    try:
        return parse_figure(f"{written} years old", context)
    except FigureError:
        return None


def _age_reason(text: str, span: Span) -> str:
    """Why a number is drafted as an age: a person's, or an age stated as a statistic."""
    if _AN_AGE_WAS.search(text, max(0, span[0] - 60), span[0]):
        return f"“{text[span[0] : span[1]]}” after “age”: an age in years"
    return f"“{_age_words(text, span)}”: a person's age"


def _age_words(text: str, span: Span) -> str:
    lead = re.search(r"(?:\b[A-Z][\w'’.-]*,|\baged)\s*$", text[max(0, span[0] - 60) : span[0]])
    head = lead.group() if lead is not None else ""
    tail = "," if text[span[1] : span[1] + 1] == "," else ""
    return f"{head}{text[span[0] : span[1]]}{tail}"


_AGES_FROM = re.compile(r"(?i)\b(?:aged|ages(?:\s+of)?)\s+(?:(?:from|between)\s+)?$")
_AGES_TO = re.compile(
    r"(?i)\b(?:aged|ages(?:\s+of)?)\s+(?:(?:from|between)\s+)?\d{1,3}\s*(?:to|and|-|–)\s*$"
)
_AGE_RANGE = re.compile(r"(?i)(?:(?:from|between)\s+)?\d{1,3}\s*(?:to|and|-|–)\s*\d{1,3}")
_TO_AN_AGE = re.compile(r"\s*(?:to|and|-|–)\s*\d{1,3}\b")
_YEAR_OLDS = re.compile(r"(?i)years?[\s-]*olds$")
"""A group named by its age, "24-year-olds", "18–24 year olds": a label, no claim."""
_TO_YEAR_OLDS = re.compile(r"(?i)-?\s*(?:to|and|-|–)\s*\d{1,3}[\s-]*years?[\s-]*olds\b")
"""The rest of "18- to 24-year-olds" after its first age."""


def _of_year_olds(text: str, written: str, end: int) -> bool:
    """Whether the figure names a group by its age: no claim, a label.

    "24-year-olds", "18–24 year olds", the 18 of "18- to 24-year-olds". "A 24-year-old man"
    is one person's age, still drafted.
    """
    if _YEAR_OLDS.search(written):
        return True
    if re.search(r"(?i)years?$", written) and re.match(r"[\s-]*olds\b", text[end:], re.I):
        return True
    return re.fullmatch(r"\d{1,3}", written) is not None and bool(_TO_YEAR_OLDS.match(text, end))


def _in_an_age_bracket(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` ends a group's ages ("children aged from 5 to 11").

    "Those aged 18 to 24", "ages 5-11": no figure of the story to check; a single "a man
    aged 34" is drafted as an age.
    """
    lead = text[max(0, start - 40) : start]
    if _AGES_TO.search(lead):
        return True
    return bool(_AGES_FROM.search(lead)) and _TO_AN_AGE.match(text, end) is not None

_GRADE_BEFORE = re.compile(r"\bgrades?\s+(?:of\s+)?$", re.IGNORECASE)
_GRADE_AFTER = re.compile(r"\s+or\s+(?:above|higher|better|more)\b", re.IGNORECASE)


def _is_grade(text: str, figure: Figure, span: Span) -> bool:
    """Whether a bare small number names an exam grade: "grade 4", "a 7 or above".

    Grades are the commonest numbers in education copy, and no check counts with them.
    """
    start, end = span
    if figure.is_date or figure.dimension or figure.flavour:
        return False
    number = re.fullmatch(r"(\d{1,2})(?:\s*(?:to|-|–)\s*\d{1,2})?", text[start:end])
    if number is None:
        return False
    lead = text[max(0, start - 12) : start]
    return _GRADE_BEFORE.search(lead) is not None or (
        re.search(r"\b(?:an?)\s+$", lead, re.IGNORECASE) is not None
        and int(number.group(1)) <= 9
        and _GRADE_AFTER.match(text, end) is not None
    )


_PRODUCT_BEFORE = re.compile(
    r"\b(?:iPhone|iPad|iOS|iPadOS|macOS|watchOS|Wi-Fi|Windows|Android|Galaxy|Pixel|Llama|"
    r"Gemini|Thunderbolt|USB|Bluetooth|Xbox|PlayStation|Snapdragon|Ryzen|PCIe|HDMI)\s+$"
)
"""A known product line before its number: "iPhone 16", "Wi-Fi 7", "Windows 10". Only named
lines: a word with a capital inside or two joined also names places and people ("North
Rhine-Westphalia 4,512", "JetBlue 120", "DeRozan 28"), whose counts a total adds up."""
_MODEL_BETWEEN = re.compile(r"\d\s+(?:Pro|Max|Ultra|Plus|Mini|Lite)\s+$")
"""A model word between two numbers: the second names the model ("65 Max 9 jets")."""
_SCALE_WORD = re.compile(r"(?i)\b(?:thousand|million|billion|trillion|m|bn|k)\b")


def _a_product_name(text: str, figure: Figure, span: Span) -> bool:
    """Whether a number names a product's model or version: no figure of the story.

    "The iPhone 16e", "Windows 10 support ends", "Wi-Fi 7 routers", "Llama 3.1", "its 65
    Max 9 jets": drafted, they were values such as `10 support ends` or `9 jets`. A
    possessive ("YouTube's 2 billion users"), a scale word, a unit, money, a percentage or a
    qualifier keeps the figure: a model number has none.
    """
    start, end = span
    if figure.qualifier or figure.flavour or figure.dimension:
        return False
    if _SCALE_WORD.search(text, start, end):
        return False
    lead = text[max(0, start - 30) : start]
    return _PRODUCT_BEFORE.search(lead) is not None or _MODEL_BETWEEN.search(lead) is not None


_CATEGORY_BEFORE = re.compile(
    r"(?:\b(?:[Cc]ategory|Cat\.?|Level|Stage|[Pp]hase|[Tt]ier|[Zz]ones?)|\b(?:at|to|into|in|on|from|of|"
    r"reached|reaches|hit|hits|entered|enters|raised|lowered|above|below)\s+(?:level|stage))"
    r"\s+$"
)
"""A named step of a scale before its number: "Category 4", "Level 3", "Stage 2", "Phase 3";
a lower-case "level" or "stage" only as a label ("at level 2", "reached stage 4"): "at this
stage 3 people" and "its flood level 3 times" go on to a count."""


def _a_category(text: str, figure: Figure, span: Span) -> bool:
    """Whether a small whole number names a step of a scale: "a Category 4 storm".

    The grammar reads `4 storm`, a count of storms, which the quote check reads as exactly
    four (a bare `4` is then a rounding of it): no figure a check counts with, as a grade.
    """
    if figure.is_date or figure.dimension or figure.flavour or figure.qualifier:
        return False
    start, end = span
    number = re.match(r"\d{1,2}(?![\d.,])", text[start:end])
    return (
        number is not None
        and int(number.group()) <= 10
        and _CATEGORY_BEFORE.search(text, max(0, start - 20), start) is not None
    )


_MAKER_BEFORE = re.compile(
    r"\b(?:Boeing|Airbus|Embraer|Bombardier|Cessna|Tupolev|Ilyushin|Sukhoi|Comac|COMAC|"
    r"Dassault|Gulfstream|Lockheed|ATR|Antonov)\s+$"
)
"""An aircraft maker before its model's number: "Boeing 737s", "a Boeing 777 carrying"."""
_BOEING_MODEL = re.compile(r"7[0-8]7s?")
_A_MAKERS_COUNT = re.compile(r"\s*(?:[,;)]|[.!?](?:\s|$)|$|\s+(?:and|or|in|a|last|this)\b)")
"""A maker's number at a clause's end is a count: "Airbus delivered 735 jets and Boeing 528"."""
_SINGULAR_VERBS = frozenset({"is", "was", "has", "does", "flies"})
_NOT_ADJECTIVES = frozenset({
    "is", "was", "has", "had", "does", "did", "can", "could", "will", "would", "may", "might",
    "must", "should", "flies", "and", "or", "to", "in", "on", "at", "of", "for", "with",
})  # fmt: skip


def _plural_after(after: list[str]) -> bool:
    """Whether an adjective and a plural noun follow: "the 737 remaining workers" counts."""
    if len(after) < 2:
        return False
    first, second = after[0], after[1].strip(".,;:")
    return (
        first.islower()
        and first not in _NOT_ADJECTIVES
        and not first.endswith("ed")
        and second.islower()
        and second.endswith("s")
        and not second.endswith("ss")
        and second not in _SINGULAR_VERBS
    )
_MODEL_AFTER_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|its|their|this|that|each)\s+$")
_NAME_NUMBER = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Zero)\b")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PT|Z|"
                    r"hrs|hours|local\s+time)\b)")
_CLOCK_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PT|Z|hrs|hours)\b")
_LABEL_JOINED = re.compile(
    r"(?i)(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:-(?:to|or)-(?:one|two|three|four|five|six|seven|eight|nine|ten))?"
    r"-(?:bed(?:room)?s?|units?|rooms?|family|seaters?|doors?|stars?|way)"
    r"|\d-(?:bed(?:room)?s?|stars?|way))\b"
)
"""A kind named by a number joined to its noun: "one-bedroom apartment", "the two-to-four-unit
segment", "one-bedrooms", "one-way ticket"; a category, not a count of bedrooms or units
("a 200-unit complex", written in digits, is a size and stays)."""
_OR_MORE = re.compile(r"(?i).*\bor\s+(?:more|fewer|less|older|younger|above|over)$")
_WITH_BEFORE = re.compile(r"(?i)\b(?:with|having)\s+$")


def _a_label(text: str, figure: Figure, span: Span, sentence: Sentence) -> bool:
    """Whether a number names a thing or a kind, not a quantity the story states.

    Drafted as figures, each was a claim no check can use, or one a check misused:
    aircraft models ("Boeing 737s", "a Boeing 777 carrying", "the 777 can fly" in a story
    that names Boeing), a name's number word ("the CBP One app"), "twenty-foot
    equivalent units" (the name of the TEU), clock times ("0412 GMT"), and categories
    ("housing with five units or more", "one-bedroom apartments", "the two-to-four-unit
    segment", "a one-way ticket"), which a segment sum took for parts of a total. A
    qualifier, scale word, unit, money or percentage keeps the figure.
    """
    start, end = span
    written = text[start:end]
    if figure.is_date or figure.flavour or _SCALE_WORD.search(text, start, end):
        return False
    if _OR_MORE.match(written) and _WITH_BEFORE.search(text, max(0, start - 10), start):
        return True  # "projects with five units or more": a kind of project
    if figure.qualifier:
        return False
    if _LABEL_JOINED.match(written) and not re.search(r"\d[\d,]*\s", written):
        return True
    if re.match(r"(?i)twenty-foot\b", written) and re.match(r"\s+equivalent\b", text[end:]):
        return True
    if _NAME_NUMBER.match(written) and start > sentence.start:
        name = re.search(r"\b[A-Z][\w&.-]*\s+$", text[max(0, start - 20) : start])
        if name is not None and not name.group().rstrip().endswith("."):
            return True  # "the CBP One app"; "in the U.S. Three people died" is a new sentence
    number = re.match(r"[\d,.]+", written)
    lead = text[max(0, start - 20) : start]
    model = number is not None and re.fullmatch(r"\d{2,3}", number.group()) is not None
    if model and number is not None and _MAKER_BEFORE.search(lead) and (
        _BOEING_MODEL.fullmatch(number.group()) or not _A_MAKERS_COUNT.match(text, end)
    ):
        return True  # "Boeing 737s", "a Boeing 777 carrying 300 people"
    if figure.dimension:
        return False
    if number is not None and _CLOCK.match(text, start) and number.group() == written[:4]:
        if _CLOCK_ZONE_AFTER.match(text, start + 4):
            return True  # "at 0412 GMT": a time of day
    bare = re.match(r"7[0-8]7s?(?![\d,.])", written)
    if bare is not None and _MODEL_AFTER_DETERMINER.search(lead) and "Boeing" in text:
        after = text[start + bare.end() : start + bare.end() + 30].split()
        noun = after[0].lower().strip(".,;:") if after else ""
        if (not noun.endswith("s") or noun in _SINGULAR_VERBS) and not _plural_after(after):
            return True  # "the 777 can fly", in a story of Boeing's planes
    return False


_INCHES = re.compile(r"in\b")
"""The glued "in" of inches ("3in of rain", "a 6.1in screen"), which the grammar leaves
bare: drafted bare, as a figure whose unit the reviewer writes, not lost."""


def _wanted(text: str, figure: Figure, span: Span, sentence: Sentence) -> bool:
    start, end = span
    written = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if written[:1].isdigit() or written[:1] in "-−":
        if before.isalnum() or (before in "-/" and start > 1 and text[start - 2].isalnum()):
            return False  # COVID-19, A-380, 24/7
        if before == ":" or (after == ":" and text[end + 1 : end + 2].isdigit()):
            return False  # a time of day, 20:38
        if written.startswith(("-", "−")) and before.isalpha():
            return False
    if written[:1].isdigit() and _INDEX_NAME_BEFORE.search(text, max(0, start - 40), start):
        return False  # "FTSE 100", "S&P 500": the name of an index
    if re.fullmatch(r"[\d.,]+", written) and after.isalpha() and not _INCHES.match(text, end):
        return False  # "Llama 3.1 405B", "3D", "5G": a name the number is glued into
    if _a_category(text, figure, span):
        return False  # "a Category 4 storm", "Level 3 alert": a step of a scale, no count
    if _a_label(text, figure, span, sentence):
        return False  # "Boeing 737s", "the CBP One app", "0412 GMT", "one-bedroom units"
    if written[:1].isdigit() and _a_product_name(text, figure, span):
        return False  # "iPhone 16 Pro", "Windows 10 support ends", "Wi-Fi 7": a model's name
    if re.fullmatch(r"(?:\d+|[a-z]+)-(?:year|month|week|day)", written, re.IGNORECASE) and (
        _TENOR_AFTER.match(text, end)
    ):
        return False  # "the 10-year gilt": a bond's tenor, not a length of time it states
    if written[:1].isdigit() and re.match(r"(?:st|nd|rd|th)\b", text[end : end + 3]):
        return False  # "the 14th consecutive increase": an ordinal the grammar read bare
    if _is_score(text, figure, span, sentence):
        return False  # "beat City 3-1", "a 2-2 draw", "voted 6-3": a score or a vote
    if re.fullmatch(r"\d{4}s|\d0s|'\d0s", written) or re.match(r"\d+(?:st|nd|rd|th)\b", written):
        return False  # decades, ordinals
    if re.fullmatch(r"'?\d*0", written) and re.match(r"s\b", text[end : end + 2]):
        return False  # "since the 1970s", read as the year 1970: a decade is no date
    if figure.is_date and re.match(r"[-–/]\d\d\b", text[end : end + 3]):
        return False  # a fiscal year, 2020-21: needs settings.fiscal_year_start
    if season_at(written, whole=False) is not None:  # "the 2024/25 marketing year"
        return False  # "the 2024/25 marketing year": a season's name, read as 2024 ÷ 25
    if figure.is_date and _FISCAL_BEFORE.search(text, max(0, start - 30), start):
        return False  # "fiscal 2026" is no calendar year: needs settings.fiscal_year_start
    if figure.is_date and re.match(r"\s+(?:fiscal|financial)\s+year\b", text[end : end + 20], re.I):
        return False  # "the 2025 fiscal year", as "fiscal 2025"
    if figure.is_date and written.rstrip(".").lower() in MONTHS:
        lead = re.findall(r"[A-Za-z]+", text[sentence.start : start])
        if not lead or lead[-1].lower() not in _MONTH_LEADS:
            return False  # "May" the verb, "March" the walk
    lowered = written.lower()
    if _is_grade(text, figure, span):
        return False  # "a grade 4 or above", "achieved a 7 or above": a grade's name
    if _FRACTION_NAME.fullmatch(lowered):
        return False  # "a half-life", "half-term", "his half-brother": a name, no fraction
    if lowered in {"half", "quarter"} and _PERIOD_HALF.search(text, max(0, start - 12), start):
        return False  # "the first half of fiscal 2026": a period of the year, no fraction
    if re.fullmatch(r"\d{1,3}", written) and _in_an_age_bracket(text, start, end):
        return False  # "children aged from 5 to 11": a group's ages, no claim
    if _AGE_RANGE.fullmatch(written) and _AGES_FROM.search(text[max(0, start - 40) : start]):
        return False  # "those aged 18 to 24", read as one range
    if _of_year_olds(text, written, end):
        return False  # "among 18- to 24-year-olds", "24-year-olds": a group's ages
    if not figure.is_date and figure.counted is None and not figure.dimension:
        if lowered in NUMBER_WORDS and figure.flavour is None:
            return False  # "one of the", "two of them"
    return True


__all__ = ["Found", "find_figures"]
