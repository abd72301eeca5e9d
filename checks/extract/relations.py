"""Checks the text itself implies, suggested for the reviewer to confirm.

Only what the words say: a figure converted in parentheses (``same``), a total and the
figures before it (``sum``), a part named with "including", "of which" or "out of"
(part within whole), "rose 5% from A to B" (``change``), "45% of the 1,200 staff, some
450 people" (``share``), segments of a whole (``sum``), and the reported past events,
which come before publication (``order``). Each suggestion says why it was made.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re

import msgspec

from checks.display import singular
from checks.extract.finding import Found
from checks.extract.segments import Sentence
from checks.extract.temperatures import is_difference
from checks.figures import Context, Figure, is_percentage, rate_of
from checks.intervals import Interval
from checks.quotes import figures_in
from checks.rates import ecb_rate

MAX_PARTS = 6
_TOTAL = re.compile(
    r"\b(?:total(?:s|led|ed|ling|ing)?|in all|combined|altogether|all told|in sum|sum of|"
    r"aggregate|overall)\b",
    re.IGNORECASE,
)
_INCLUDING = re.compile(
    r"\b(?:including|includ(?:es|ed)|of which|of whom|among them"
    r"|(?<!after )(?<!even )(?<!once )(?<!when )(?<!before )(?<!without )(?<!not )"
    r"account(?:s|ed|ing)? for(?=\s+(?:(?:about|around|some|nearly|almost)\s+)?[$£€\d]))\b",
    re.I,
)
"""Words before the parts of a whole; "accounting for" only as a share of it ("with
Manchester accounting for 230"), not as taking into account ("1.4% after accounting for
4.2% inflation", "even accounting for 30,000 people who moved abroad")."""
_OUT_OF = re.compile(
    r"^\s*(?:out of\s+(?:a total of\s+|the\s+)?|of\s+(?:its|the|their|his|her|our|all)\s+)$",
    re.IGNORECASE,
)
"""Between a part and its whole: "3 out of 10 people", "close 24 of its 310 stores"."""
_CHANGE = re.compile(
    r"\b(?:r[io]se|risen|rising|increas(?:e|ed|es|ing)|gr[eo]w(?:n|s|ing)?|f[ae]ll(?:en|s|ing)?|"
    r"dropp?(?:ed|s|ing)?|declin(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|"
    r"surg(?:e|ed|es|ing)|slump(?:ed|s|ing)?|plung(?:e|ed|es|ing)|soar(?:ed|s|ing)?|up|down|"
    r"decreas(?:e|ed|es|ing)|cuts?|reduc(?:e|ed|es|ing)|shr[aiu]nk|slid|fell|gain(?:ed|s)?|"
    r"lost|los(?:e|es|ing)|improv(?:e|ed|es|ing)|worsen(?:ed|s|ing)?|rais(?:e|ed|es|ing)|"
    r"lift(?:ed|s|ing)?|hik(?:e|ed|es|ing)|boost(?:ed|s|ing)?|lower(?:ed|s|ing)|"
    r"trimm?(?:ed|s|ing)?|slash(?:ed|es|ing)?)\b",
    re.IGNORECASE,
)
_SEGMENT = re.compile(r"\b(?:segments?|sections?|stretch(?:es)?|legs?|portions?|phases?)\b", re.I)
_FUTURE = re.compile(
    r"\b(?:will|would|next|plans? to|planned|scheduled|expected to|due to|upcoming|set to|"
    r"from now|by the end of|could|may|might|aims? to|target|forecast|projected)\b"
)
_SHARE_OF = re.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+|all\s+)?(?:[\w'’-]+\s+){0,2}$"
)


class Suggestion(msgspec.Struct, frozen=True):
    """One suggested check over figures (indices into the found list) and why."""

    kind: str
    """``same``, ``sum``, ``within``, ``change``, ``direction``, ``share``, ``margin`` or
    ``order``."""
    operands: tuple[int, ...]
    """``sum``/``within``: parts then the total or whole; ``change``: from, to, by;
    ``direction``: from, to; ``share``: part, whole, is; ``margin``: the winner's votes,
    the runner-up's, the majority; ``same`` and ``order``: the figures in order."""
    reason: str
    falling: bool = False
    """``change`` and ``direction``: the text says the figure fell (``by`` is negative)."""


_FALLING = re.compile(
    r"f[ae]ll|drop|declin|down|decreas|cut|reduc|slump|plung|shr[aiu]nk|slid|los[te]|worsen|"
    r"lower|trim|slash",
    re.IGNORECASE,
)


def _currency(figure: Figure) -> str | None:
    for name, _ in figure.dimension:
        if name.startswith("[currency_"):
            return name[len("[currency_") : -1]
    return None


def _addable(a: Figure, b: Figure) -> bool:
    return (
        not a.is_date
        and not b.is_date
        and a.dimension == b.dimension
        and a.flavour == b.flavour
        and not a.absolute_temperature
        and not b.absolute_temperature
    )


def _one_rate(a: Figure, b: Figure) -> bool:
    """"Rose to $1,650 a month from $1,550": the rate written once is both amounts' rate.

    The draft writes it on the other figure too (see ``draft._nouns_of_changes``). "Fell
    to 1.26 deaths per 100 million vehicle miles, down from 1.13": a bare number is the
    amount of a rate per a measure (vehicle miles are things times a length).
    """
    return bool(a.dimension or b.dimension) and bool(rate_of(a, b) or rate_of(b, a))


def _readings_apart(start: Figure, end: Figure, by: Figure) -> bool:
    """"Rose 2C from 44C to 46C": two temperature readings and the difference between them.

    Readings are not added (``_addable``), but a change from one to the other by a
    difference of degrees is checked like any other change.
    """
    return (
        start.absolute_temperature
        and end.absolute_temperature
        and start.dimension == end.dimension
        and is_difference(by)
    )


def _counts_alike(part: Figure, whole: Figure) -> bool:
    """A part counts what its whole counts (18,000 homes are no part of 1.2 lakh residents)."""
    if part.counted is None or whole.counted is None:
        return True
    return singular(part.counted.lower()) == singular(whole.counted.lower())


def _convertible(a: Figure, b: Figure, published: dt.date) -> bool:
    if a.is_date or b.is_date or a.flavour or b.flavour or not a.dimension:
        return False
    first, second = _currency(a), _currency(b)
    if first and second and _per(a) != _per(b):
        return False  # "$212 million, or $1.06 a share": a total and an amount per share
    if first and second and first == second:  # "4,850p (£48.50)": pence and pounds
        return _unit_written(a.text) != _unit_written(b.text)
    if first and second:
        return ecb_rate(first, second, published) is not None
    return a.dimension == b.dimension and a.absolute_temperature == b.absolute_temperature


def _per(figure: Figure) -> tuple[tuple[str, int], ...]:
    """The dimension past the currency: what an amount of money is per (time, area, share)."""
    return tuple(sorted(d for d in figure.dimension if not d[0].startswith("[currency_")))


def _unit_written(text: str) -> str:
    """The unit as written, without the number or its scale: ``p`` of 4,850p, ``£`` of £48.50."""
    return re.sub(
        r"[\d.,\s]+|\b(?:thousand|million|billion|trillion|m|bn|tn|trn|k)\b", "", text.lower()
    )


def _same_kind(figures: list[Figure]) -> bool:
    """Whether the figures count one kind of thing: no two name different nouns.

    A bare number beside counted ones is taken for a count of the same (``24`` in the
    league of ``31 goals``); ``2-2 draw`` beside goals is not.
    """
    nouns = {singular(f.counted.lower()) for f in figures if f.counted is not None}
    return len(nouns) <= 1


def _overlap(a: Interval, b: Interval) -> bool:
    return max(a.lo, b.lo) <= min(a.hi, b.hi)


def _total(parts: list[Figure], lenient: bool = True) -> Interval:
    """What ``parts`` add up to, read leniently (rounded further) or as written."""
    readings = [part.reading(lenient) for part in parts]
    return Interval(sum(r.lo for r in readings), sum(r.hi for r in readings))


def _between(text: str, a: Found, b: Found) -> str:
    return text[a.end : b.start]


def suggest(text: str, found: list[Found], published: dt.date, body_start: int) -> list[Suggestion]:
    """Every check the text implies, in the order of the figures they end at."""
    converted = _conversions(text, found, published)
    suggestions = [Suggestion("same", pair, _same_reason(text, found, pair)) for pair in converted]
    partners = {pair[1] for pair in converted}
    suggestions += _totals(text, found, partners)
    suggestions += _remainders(text, found, partners)
    suggestions += _majorities(text, found, partners)
    suggestions += _segments(text, found, partners)
    suggestions += _within(text, found, partners)
    suggestions += _changes(text, found, partners)
    suggestions += _shares(text, found, partners)
    suggestions += _order(text, found, published, body_start)
    return suggestions


def _same_reason(text: str, found: list[Found], pair: tuple[int, ...]) -> str:
    a, b = found[pair[0]], found[pair[1]]
    return (
        f"{text[a.start : b.end]}"
        + (")" if text[b.end : b.end + 1] == ")" else "")
        + (" states one quantity in two units")
    )


def _conversions(text: str, found: list[Found], published: dt.date) -> list[tuple[int, int]]:
    """Pairs of figures that state one quantity in two units.

    "900 kilometers (559 miles)"; or joined by "or" ("£31 a month, or £372 a year", "£680
    per square foot, or about £7,300 per square metre"), where the units must be written
    differently: "5km or 10km races" are two races, not one distance twice.
    """
    pairs: list[tuple[int, int]] = []
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.sentence != b.sentence:
            continue
        between = _between(text, a, b)
        if re.fullmatch(r"\s*\(\s*", between):
            if _convertible(a.stated, b.stated, published):
                pairs.append((i, i + 1))
        elif re.fullmatch(r"\s*,?\s+or\s+", between) and _convertible(
            a.stated, b.stated, published
        ):
            if _unit_written(a.figure.text) != _unit_written(b.figure.text) and _restated(
                text, a, b
            ):
                pairs.append((i, i + 1))
    return pairs


_QUALIFIED = re.compile(r"\s+(?!(?:a|an|per|each|every|long|wide|high|tall|deep|away)\b)[a-z]")
"""A word after the second figure that is no part of its unit or measure: "1 litre bottles"
(a noun after both), "40 miles on the longer loop" (a qualifier of its own)."""


def _restated(text: str, a: Found, b: Found) -> bool:
    """Whether "A or B" restates one quantity, not two alternatives.

    An "or" with a comma restates only when nothing but punctuation follows the second
    figure ("£31 a month, or £372 a year."; "5 miles, or 8km, long"); without a comma, no
    noun may follow it ("330ml or 1 litre bottles"), though a phrase for both may ("30
    minutes or half an hour at peak times"). The two must agree within a quarter once
    converted: the alternatives "90 minutes, or two hours" are a third apart, a slip such
    as £327 for £372 a year is an eighth off. Two currencies need a rate, which an "or"
    does not give: "€10 or $12" are two prices. After a comma, a conversion done upside
    down is one quantity too (:func:`_upside_down`), drafted so that the check flags it.
    """
    first, second = a.stated, b.stated
    if _currency(first) != _currency(second):
        return False
    after = text[b.end : b.sentence.end]
    comma = "," in text[a.end : b.start]
    if comma:
        if not re.match(r"\s*(?:[,;:.)!?—–-]|$)", after):
            return False
    elif _QUALIFIED.match(after) and not re.match(r"\s+(?:at|by|in|on|for|to|from)\b", after):
        return False
    low, high = sorted(abs(f.strict.lo + f.strict.hi) / 2 for f in (first, second))
    if low <= 0:
        return False
    return high / low <= 1.25 or (comma and _upside_down(first, second, high / low))


def _upside_down(first: Figure, second: Figure, ratio: float) -> bool:
    """Whether two figures a ``ratio`` apart (in one unit) are one conversion done upside down.

    "5 miles, or 3km" multiplies by 0.621 instead of 1.609: the two then differ by the
    factor squared (2.68 against 2.59), which the 1.25× window for a restatement drops;
    drafted, the check flags the slip and names it. Only two units of one dimension, and
    within a quarter of the factor squared, so that "90 minutes, or two hours" (a factor of
    60) and "500g, or 1kg" (of 1,000) stay alternatives. Degrees with an offset have no
    such square.
    """
    if (
        first.dimension != second.dimension
        or first.flavour or second.flavour
        or first.display.offset or second.display.offset
    ):  # fmt: skip
        return False
    factors = sorted((first.display.factor, second.display.factor))
    if factors[0] <= 0 or math.isclose(factors[0], factors[1], rel_tol=1e-9):
        return False
    squared = (factors[1] / factors[0]) ** 2
    return squared / 1.25 <= ratio <= squared * 1.25


def _window(text: str, item: Found) -> str:
    """The words around a figure within its sentence: where a cue for it is written."""
    start = max(item.sentence.start, text.rfind(",", item.sentence.start, item.start) + 1)
    stop = text.find(",", item.end, item.sentence.end)
    return text[start : stop if stop != -1 else item.sentence.end]


def _a_part_bounded_as_the_whole(part: Figure, whole: Figure) -> bool:
    """Whether a part's bounds let it add up to the whole: exact, or open as the whole is.

    "Below 181" is no part of a total; "at least 30 … and at least 20 …, bringing the
    total to at least 80" is the commonest tally of disaster copy, and the check's caution
    shows its written numbers (30 + 20 = 50).
    """
    return math.isfinite(part.strict.hi) or not math.isfinite(whole.strict.hi)


def _totals(text: str, found: list[Found], partners: set[int]) -> list[Suggestion]:
    suggestions: list[Suggestion] = []
    totals: set[int] = set()
    for index, item in enumerate(found):
        if index in partners or item.stated.is_date or not _own_cue(text, found, index, _TOTAL):
            continue
        if _OF_THE_TOTAL.match(text, item.end):
            continue  # "more than a third of total supply": a share of the total, not it
        window = [
            back for back in range(index - 1, -1, -1)
            if found[back].paragraph >= item.paragraph - 2 and back not in partners
            and back not in totals and _addable(found[back].stated, item.stated)
            and is_percentage(found[back].stated) == is_percentage(item.stated)
            and math.isfinite(found[back].stated.strict.lo)
            and _a_part_bounded_as_the_whole(found[back].stated, item.stated)
            and _same_kind([found[back].stated, item.stated])
        ]  # fmt: skip
        values: list[tuple[float, float]] = []
        for back in window:  # nearest first: the paragraph's own, then earlier ones if needed
            key = (found[back].stated.strict.lo, found[back].stated.strict.hi)
            if found[back].paragraph < item.paragraph and len(values) >= 2:
                break
            if key not in values:
                values.append(key)
        first_mention: dict[tuple[float, float], int] = {}
        for back in reversed(window):  # a figure repeated stands for its first mention
            first_mention.setdefault(
                (found[back].stated.strict.lo, found[back].stated.strict.hi), back
            )
        pool = [first_mention[key] for key in values][:MAX_PARTS]
        after = [
            j for j in range(index + 1, len(found))
            if found[j].sentence == item.sentence and j not in partners
            and _addable(found[j].stated, item.stated)
        ]  # fmt: skip
        if len(after) >= 2 and re.search(
            r":|—|\bof which\b|\bmade up of\b|\bcompris", text[item.end : found[after[0]].start]
        ):
            totals.add(index)  # "186,000 tonnes in all: 114,000 tonnes of … and 72,000 tonnes"
            suggestions.append(
                Suggestion("sum", (*after, index), "the text gives it as a total, then its parts")
            )
            continue
        parts = _fitting(found, pool, item)
        own = [b for b in window if found[b].paragraph == item.paragraph]
        if parts is None and len(own) < 2:
            # "Labour held the seat with 14,210 votes, ahead of Reform UK on 12,874 and …"
            # two paragraphs before "In all, 37,621 votes were cast": the parts are the
            # figures of an earlier paragraph, past those of the one between. Only for a
            # total alone in its paragraph (with parts of its own, a guess from them flags
            # a wrong total, where a far sum that happens to fit would hide it), and only
            # a sum that fits as written (no rounding): counts from far off fit by chance.
            wider = [first_mention[key] for key in dict.fromkeys(
                (found[b].stated.strict.lo, found[b].stated.strict.hi) for b in window
            )]  # fmt: skip
            if len(wider) > len(pool):
                parts = _fitting(found, wider[: 2 * MAX_PARTS], item, MAX_PARTS, strict=True)
        reason = "the text gives it as a total of these parts, which add up to it"
        if parts is None:
            parts = sorted(
                b for b in window
                if found[b].paragraph == item.paragraph
                and found[b].stated.strict.lo <= item.stated.strict.hi
            )  # a part is no larger than its total: 24.4p is no part of a 12.1p dividend
            if not _same_kind([found[b].stated for b in parts]):
                continue
            reason = (
                "the text gives it as a total, but no figures before it add up to it: the parts "
                "are a guess (the figures before it in the paragraph); correct them"
            )
            if len(parts) < 2 or any(_leaving(text, found[b]) for b in parts):
                continue
            if any(_compared_end(text, found[b]) for b in parts):
                continue  # "2.14 million, down from 2.48 million in FY2023": one count, twice
            if sum(found[b].stated.nominal for b in parts) < item.stated.nominal / GUESS_REACH:
                continue  # "£7,460 per pupil… the total budget is about £360m": no parts
        totals.add(index)
        suggestions.append(Suggestion("sum", (*parts, index), reason))
    return suggestions


_REMAINING = re.compile(
    r"(?i)\b(?:the|a|its|their)\s+(?:remaining|remainder\s+of|rest\s+of|balance\s+of|other)"
    r"\s+(?:(?:about|around|nearly|almost|roughly|some)\s+)?$"
)
"""The words before a figure that is the rest of a whole: "with the remaining £3m", "the
balance of £2.1m", "the other 1,400"."""


def _remainders(text: str, found: list[Found], partners: set[int]) -> list[Suggestion]:
    """"£30m from a grant and £15m of borrowing, with the remaining £3m from land sales".

    The rest of a whole, after the parts its sentence lists before it, makes a sum whose
    total is the whole the text states: the sentence's first figure when the others add
    up to it ("Of the 1,200 jobs, 800 are in London, 300 in Leeds and the remaining 100
    in Hull"), else the nearest figure of the same kind before the sentence, up to three
    paragraphs back, that the parts add up to (the £48 million the plan costs). Without
    such a figure nothing is suggested: the whole may be unstated, and a guessed one
    would be a false alarm. Percentages are left alone: their whole is 100%, which no
    claim states.
    """
    suggestions: list[Suggestion] = []
    for index, item in enumerate(found):
        figure = item.stated
        if index in partners or figure.is_date or is_percentage(figure):
            continue
        if not _REMAINING.search(text, max(item.sentence.start, item.start - 40), item.start):
            continue
        alike = [
            j for j in range(index - 1, -1, -1)
            if j not in partners and found[j].paragraph >= item.paragraph - 3
            and not found[j].stated.is_date and _addable(found[j].stated, figure)
            and _same_kind([found[j].stated, figure])
        ]  # fmt: skip
        listed = sorted(j for j in alike if found[j].sentence == item.sentence)
        earlier = [j for j in alike if found[j].end <= item.sentence.start]  # nearest first
        # "Of the 1,200 jobs, 800 are in London, 300 in Leeds and the remaining 100…": the
        # sentence's first figure may be the whole; else one stated before the sentence
        choices = [(listed[1:], listed[0])] if len(listed) >= 2 else []
        choices += [(listed, whole) for whole in earlier]
        between = [
            j for j in range(listed[0] + 1, index) if j not in partners
            and not found[j].stated.is_date
        ] if listed else []  # fmt: skip
        opened = (
            len(listed) >= 2
            and _OF_THE_WHOLE.match(text, item.sentence.start, found[listed[0]].start) is not None
            and all(j in listed for j in between)  # "London lost 800 jobs, …, 20% to …": no
        )
        for number, (parts, whole) in enumerate(choices):
            if not parts or len(parts) >= MAX_PARTS:
                continue
            added = _total([found[j].stated for j in (*parts, index)])
            if _overlap(added, found[whole].stated.lenient) or (opened and number == 0):
                # "Of the 1,100 jobs, 800 … 200 … and the remaining 300": the sentence
                # names its whole, so the sum is drafted whether or not it holds
                reason = (
                    "the text gives the last figure as the rest of a whole: with the parts"
                    " before it, it adds up to the whole the text states"
                )
                suggestions.append(Suggestion("sum", (*parts, index, whole), reason))
                break
    return suggestions


_OF_THE_WHOLE = re.compile(r"(?i)\s*(?:of|out of)\s+(?:the|its|their|all)\s+$")
"""A sentence that opens with its whole: "Of the 1,200 jobs, 800 will be in London…"."""


_MAJORITY_BEFORE = re.compile(
    r"(?i)\bmajority\s+(?:of\s+|(?:[a-z]+\s+){0,2}?(?:to|at|was|is|of)\s+)(?:just\s+)?$"
)
_MAJORITY_AFTER = re.compile(r"(?i)\s*[-\s]?(?:vote\s+)?majority\b")
_MAJORITY_WORD = re.compile(r"(?i)\bmajority\b")


_CAST_AFTER = re.compile(
    r"(?i)\s+(?:(?:valid\s+)?(?:votes?|ballots?)\s+)?(?:were\s+|was\s+)?cast\b"
)
_ALL_OF_THEM_BEFORE = re.compile(
    r"(?i)\b(?:electorate|turnout|registered|eligible|total|in all|altogether)\b[^.;]{0,25}$"
)


def _all_the_votes(text: str, found: list[Found], index: int) -> bool:
    """Whether a count is every vote or voter, no candidate's.

    "37,621 votes were cast", "an electorate of 91,000", "a total of 37,621 votes".
    """
    item = found[index]
    lead = text[max(item.sentence.start, item.start - 30) : item.start]
    return (
        _CAST_AFTER.match(text, item.end) is not None
        or _ALL_OF_THEM_BEFORE.search(lead) is not None
        or _own_cue(text, found, index, _TOTAL)
    )


def _majorities(text: str, found: list[Found], partners: set[int]) -> list[Suggestion]:
    """An election's majority: the winner's votes minus the runner-up's.

    "Labour held the seat with 14,210 votes, ahead of Reform UK on 12,874 …" then
    "Labour's majority fell to 1,336 from 9,412": the two largest counts of the tally
    before it (the same paragraph or the two before, one of them counted in votes) give
    the majority of 1,336, so a slip in any of the three is flagged. Not a majority in per
    cent or in seats, not the one it fell from (a figure after "majority" in its sentence
    is no candidate's), and only with two counts larger than it.
    """
    suggestions: list[Suggestion] = []
    for index, item in enumerate(found):
        figure = item.stated
        if index in partners or figure.is_date or figure.dimension or is_percentage(figure):
            continue
        if figure.counted is not None and not figure.counted.lower().startswith("vote"):
            continue  # "a majority of 80 seats": no tally of votes
        lead = text[max(item.sentence.start, item.start - 40) : item.start]
        if not (
            _MAJORITY_BEFORE.search(lead) or _MAJORITY_AFTER.match(text, item.end)
        ) or re.search(r"(?i)\bfrom\s+$", lead):
            continue
        cue = _MAJORITY_WORD.search(text, item.sentence.start, item.sentence.end)
        if cue is None:  # "majority" past the sentence's end as the segmenter cut it
            continue
        tally = [
            j for j in range(index)
            if j not in partners and found[j].paragraph >= item.paragraph - 2
            and not found[j].stated.is_date and not found[j].stated.dimension
            and not is_percentage(found[j].stated)
            and (found[j].stated.counted or "vote").lower().startswith("vote")
            and not (found[j].sentence == item.sentence and found[j].start > cue.start())
            and found[j].stated.nominal > figure.nominal
            and not _all_the_votes(text, found, j)
        ]  # fmt: skip
        if len(tally) < 2 or not any(found[j].stated.counted for j in tally):
            continue
        winner, runner_up = sorted(tally, key=lambda j: found[j].stated.nominal)[-1:-3:-1]
        reason = (
            "the text gives it as a majority: the winner's votes minus the runner-up's (the"
            " two largest counts of the tally before it)"
        )
        suggestions.append(Suggestion("margin", (winner, runner_up, index), reason))
    return suggestions


_COMPARED_END = re.compile(
    r"(?i)\b(?:from|compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:(?:a|an|the|its|their|"
    r"record|peak|high|low|revised|about|around|nearly|almost|roughly|some)\s+){0,3}$"
)


def _compared_end(text: str, part: Found) -> bool:
    """Whether a figure is an earlier value of another ("down from a record 2.48 million").

    A count and the same count a year earlier are never parts of one total: a guessed
    sum of both failed a correct story.
    """
    lead = text[max(part.sentence.start, part.start - 60) : part.start]
    return _COMPARED_END.search(lead) is not None


_OF_THE_TOTAL = re.compile(r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?total\b")
"""A figure of the total ("a third of total supply", "40% of the total") is its share."""

GUESS_REACH = 10
"""A guessed sum's parts must add up to at least a tenth of its total: figures before a
total that add up to far less of it ("Funding per pupil will rise to £7,460, up from
£7,215; the total schools budget is about £360m") are no parts of it, and the draft would
be a false alarm."""

_LEAVING = re.compile(
    r"\s+(?:(?:have|had|has|were|was)\s+)?(?:left|leave|leaving|departed|quit|resigned|died|"
    r"lost|retired|withdr[ae]w|emigrated|dropped out|removed|sacked|dismissed|"
    r"laid off|made redundant|closed|exited|moved out|moved away)\b",
    re.IGNORECASE,
)


def _leaving(text: str, part: Found) -> bool:
    """Whether a count is of those who left, which a total takes away, not adds.

    "300 joined and 150 left, bringing the total to 1,350": a guessed sum of the figures
    before the total would be wrong.
    """
    return _LEAVING.match(text, part.end) is not None


_OPENING_TOTAL = re.compile(
    r"\s*(?:in all|in total|altogether|all told|combined|taken together),?\s*"
    r"(?:(?:a\s+total\s+of|some|about|around|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)
"""Words that open a sentence and make its first figure a total: "In all, 37,621 votes
were cast" ("Overall, 37% backed it" is not one: "overall" opens any summary)."""


def _own_cue(text: str, found: list[Found], index: int, cue: re.Pattern[str]) -> bool:
    """Whether a cue in the figure's clause is its own: no other figure stands between them.

    "his tally to 31 goals in all competitions this season: 24 in the league": "in all" is
    the 31's, not the 24's.
    """
    item = found[index]
    if cue is _TOTAL and _OPENING_TOTAL.match(text, item.sentence.start, item.start):
        return True  # "In all, 37,621 votes were cast": the sentence's opening words
    start = max(item.sentence.start, text.rfind(",", item.sentence.start, item.start) + 1)
    stop = text.find(",", item.end, item.sentence.end)
    stop = stop if stop != -1 else item.sentence.end
    for match in cue.finditer(text, start, stop):
        lo, hi = sorted((match.start(), item.start))
        if not any(
            j != index and lo < other.start and other.end <= max(hi, match.start())
            and not other.stated.is_date
            for j, other in enumerate(found)
        ):  # fmt: skip
            return True
    return False


def _fitting(
    found: list[Found], pool: list[int], total: Found, most: int | None = None,
    strict: bool = False,
) -> list[int] | None:
    """The parts from ``pool`` that add up to ``total``: the nearest first, then the fewest.

    ``most``: the most parts a sum may have (all of ``pool`` by default); ``strict``: the
    parts and the total as written, not rounded further.
    """
    best: list[int] | None = None
    for size in range(2, min(len(pool), most or len(pool)) + 1):
        for combination in itertools.combinations(pool, size):
            if not _same_kind([found[i].stated for i in combination]):
                continue
            added = _total([found[i].stated for i in combination], lenient=not strict)
            if _overlap(added, total.stated.reading(not strict)):
                chosen = sorted(combination)
                if best is None or (pool[0] in chosen and pool[0] not in best):
                    best = chosen
        if best is not None:
            return best
    return None


def _segments(text: str, found: list[Found], partners: set[int]) -> list[Suggestion]:
    suggestions: list[Suggestion] = []
    for paragraph in sorted({f.paragraph for f in found}):
        members = [
            i for i, f in enumerate(found)
            if f.paragraph == paragraph and i not in partners and not f.stated.is_date
        ]  # fmt: skip
        for i in members:
            sentence = found[i].sentence
            if not _measured(found[i].stated):
                continue  # "the two-to-four-unit segment fell to 14,000": a market's, no length
            parts = [
                j for j in members
                if _addable(found[j].stated, found[i].stated)
                and _SEGMENT.search(text[found[j].sentence.start : found[j].sentence.end])
            ]  # fmt: skip
            wholes = [
                j for j in members
                if _addable(found[j].stated, found[i].stated) and j not in parts
            ]  # fmt: skip
            if i != (parts[0] if parts else -1) or len(parts) < 2 or len(wholes) != 1:
                continue
            whole = wholes[0]
            if found[whole].sentence == sentence or any(
                found[whole].stated.nominal <= found[p].stated.nominal for p in parts
            ):
                continue
            suggestions.append(
                Suggestion(
                    "sum",
                    (*parts, whole),
                    "the text describes these as segments of the larger figure; if they are its "
                    "only segments they add up to it",
                )
            )
    return suggestions


def _measured(figure: Figure) -> bool:
    """Whether a figure is a measure (a length, a time, money), which segments add up to.

    A pipeline's segments, a journey's legs add up to its length; the "segments" of a
    market ("starts in the two-to-four-unit segment fell to 14,000") are counts of a
    whole that other figures of the paragraph need not be.
    """
    return bool(figure.dimension) and figure.flavour is None and not figure.is_date


def _within(text: str, found: list[Found], partners: set[int]) -> list[Suggestion]:
    suggestions: list[Suggestion] = []
    for index, item in enumerate(found):
        if index in partners or item.stated.is_date:
            continue
        # "3 out of 10 people"
        following = index + 1 + (1 if index + 1 in partners else 0)
        if following < len(found) and found[following].sentence == item.sentence:
            whole = found[following]
            gap = _OUT_OF.match(_between(text, item, whole))
            if (
                gap is not None and _addable(item.stated, whole.stated)
                and not is_percentage(item.stated)  # "a quarter of the 42,000 staff": a share
            ):
                words = " ".join(gap.group().split())
                suggestions.append(Suggestion("within", (index, following), f"“{words}”"))
                continue
        lead = text[item.sentence.start : item.start]
        if re.fullmatch(r"\s*out of\s+(?:the\s+)?", lead, re.IGNORECASE) and following < len(found):
            part = found[following]  # "Out of 6,022 panchayats, 4,100 have piped water"
            if part.sentence == item.sentence and _addable(part.stated, item.stated):
                suggestions.append(Suggestion("within", (following, index), "“out of”"))
                continue
        sentence_end = item.sentence.end
        cue = _INCLUDING.search(text, item.end, sentence_end)
        if cue is None:
            continue
        if _compared(text, item):
            continue  # "up 16.3% on 101,000 a year earlier, and including …": last year's
        if any(
            item.end <= f.start < cue.start() and f.sentence == item.sentence
            and _addable(f.stated, item.stated) and not _compared(text, f) for f in found
        ):  # fmt: skip
            continue  # a nearer figure before the cue is the whole
        parts = [
            j for j in range(index + 1, len(found))
            if found[j].sentence == item.sentence and found[j].start >= cue.end()
            and j not in partners and _addable(found[j].stated, item.stated)
            and not _groups_and_members(found[j].stated, item.stated)
            and not (cue.group().lower().startswith("account") and is_percentage(found[j].stated))
        ]  # fmt: skip
        parts = _listed(text, cue.end(), [found[j] for j in parts], parts, cue.group())
        if parts:
            suggestions.append(
                Suggestion("within", (*parts, index), f"“{cue.group()}”: a part of the whole")
            )
    return suggestions


_LIST_JOIN = re.compile(r"^\s*,\s*$|\b(?:and|or|plus|as well as)\b", re.IGNORECASE)
_LIST_BREAK = re.compile(r"[;:()—–]|\s-\s")
_ANOTHER = re.compile(
    r"(,\s*)?\b(?:and\s+)?(?:another|a\s+further|further|an\s+additional|additional)\s*$",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:were|was|are|is|had|have|has|got|suffered|lost)\b", re.IGNORECASE
)
_GOVERNED = re.compile(
    r"\b(?:for|against|than|from|to|at|by|with|over|versus|vs|per|into|of)\s+"
    r"(?:(?:the|a|an|its|their|some|about|around)\s+)?$",
    re.IGNORECASE,
)


def _listed(
    text: str, start: int, items: list[Found], indices: list[int], cue: str = ""
) -> list[int]:
    """The parts an "including" lists: up to the first figure not joined to the list.

    "105 hostages were freed, including 81 Israelis and 24 foreign nationals, in exchange
    for 240 Palestinian prisoners": the 240 is what they were exchanged for, no part. A
    part follows the one before it after a comma or with "and", "or" or "plus" between
    them (words between are its own: "1.8 million who fled abroad and 3 million in camps",
    "the US accounts for $968 billion, and European members $506 billion"); no dash,
    colon, semicolon or bracket ends the list before it, no "another" or "a further"
    adds it to the whole ("412 structures, including 287 homes, and another 596 were
    damaged": the 596 are other structures), and no word such as "for" or "than" puts
    the figure in another role, but for the cue's own last word, which a list repeats in
    place of the verb ("with Manchester accounting for 230 and Liverpool for 95").
    """
    own = cue.split()[-1].lower() if cue else ""
    kept: list[int] = []
    previous = start
    for item, index in zip(items, indices, strict=True):
        gap = text[previous : item.start]
        if _LIST_BREAK.search(gap) or _added_to_the_whole(text, gap, item):
            break
        governed = _GOVERNED.search(gap)
        if governed is not None and own and governed.group().split()[0].lower() == own:
            governed = None  # "accounting for 230 and Liverpool for 95": the cue again
        if kept and (not _LIST_JOIN.search(gap) or governed):
            break
        kept.append(index)
        previous = item.end
    return kept


def _added_to_the_whole(text: str, gap: str, item: Found) -> bool:
    """Whether "another" or "a further" adds a figure to the whole, not to the list.

    "412 structures, including 287 homes, and another 596 were damaged": a comma before
    it or a verb of its own after the figure starts a new clause. "Including 800 in Ohio
    and another 500 in Texas" goes on listing parts of the whole.
    """
    another = _ANOTHER.search(gap)
    if another is None:
        return False
    return bool(another.group(1)) or _VERB_AFTER.match(text, item.end) is not None


_COMPARED_WITH = re.compile(
    r"\b(?:on|from|than|against|with|versus|vs)\s+(?:(?:the|a|its|their|last|this|previous|"
    r"year's|month's|week's)\s+){0,3}$",
    re.IGNORECASE,
)
_GROUPS = frozenset({
    "household", "family", "home", "dwelling", "property", "flat", "house", "school",
    "firm", "company", "business", "hospital", "farm", "village", "council", "employer",
})  # fmt: skip
"""Nouns that count groups of people or things, not their members."""
_BUILDINGS = frozenset({
    "structure", "building", "home", "house", "dwelling", "property", "flat", "residence",
    "business", "school", "hospital", "farm",
})  # fmt: skip
"""Nouns that count buildings: a home is one of the structures, not a group of them."""


def _compared(text: str, item: Found) -> bool:
    """Whether the figure is what another is compared with ("up 16.3% on 101,000")."""
    start = max(item.sentence.start, text.rfind(",", item.sentence.start, item.start) + 1)
    lead = text[start : item.start]
    match = _COMPARED_WITH.search(lead)
    return match is not None and (
        _CHANGE.search(lead, 0, match.start()) is not None or "compar" in lead.lower()
    )


def _groups_and_members(part: Figure, whole: Figure) -> bool:
    """Whether one counts groups and the other their members.

    151,630 children are no part of 117,450 households: a household holds several.
    """
    if part.counted is None or whole.counted is None:
        return False
    nouns = [singular(counted.split()[-1].lower()) for counted in (part.counted, whole.counted)]
    if all(noun in _BUILDINGS for noun in nouns):
        return False  # "412 structures, including 287 homes": homes are structures
    return nouns[0] != nouns[1] and (nouns[0] in _GROUPS) != (nouns[1] in _GROUPS)


def _role(text: str, item: Found, start: int) -> str:
    """The word that says what a figure is to a change cue: ``from``, ``to``, ``by`` or other.

    Looked for among the last few words, past those that only say whose or when the figure
    is ("from last year's $389 million", "to the previous 12"); "compared with" is "from"
    ("rose 35% to 1,420, compared with 1,050 the week before").
    """
    words: list[str] = [w.lower() for w in re.findall(r"[A-Za-z]+", text[start : item.start])]
    for at in range(len(words) - 1, max(len(words) - 6, -1), -1):
        word = words[at]
        if word in ("with", "to") and at > 0 and words[at - 1] == "compared":
            return "from"  # "rose 35% to 1,420 last week, compared with 1,050 the week before"
        if word in _ROLES:
            return word
        if word not in _ROLE_FILLERS:
            break
    return words[-1] if words else ""


_ROLES = frozenset({"from", "to", "by"})
_ROLE_FILLERS = frozenset({
    "last", "this", "next", "previous", "prior", "year", "years", "month", "months", "week",
    "weeks", "s", "the", "a", "its", "their", "his", "her", "an", "earlier", "before",
    "range", "of", "record", "level", "high", "low", "new", "peak",
})  # fmt: skip
"""Words between a role word and its figure that leave the role as it is."""


def _changes(text: str, found: list[Found], partners: set[int]) -> list[Suggestion]:
    suggestions: list[Suggestion] = []
    sentences = sorted({f.sentence for f in found}, key=lambda s: s.start)
    for sentence in sentences:
        members = [i for i, f in enumerate(found) if f.sentence == sentence and i not in partners]
        for cue in _CHANGE.finditer(text, sentence.start, sentence.end):
            # "the ECB lifted its rate by … to … from …, while the RBA raised its by …"
            after = [i for i in members if found[i].start >= cue.end()]
            before = [
                i for i in members
                if found[i].end <= cue.start()
                and not _NEW_CLAUSE.search(text, found[i].end, cue.start())
            ]  # fmt: skip
            by = from_ = to = None
            # four: "rose 18% to $212 million, or $1.06 a share, from $180 million"
            for position, i in enumerate(after[:4]):
                previous = cue.end() if position == 0 else found[after[position - 1]].end
                if _PARTICIPLE_CLAUSE.search(text, previous, found[i].start):
                    break  # "rose 5.9% from $4.55bn, bringing sales … to $9.37bn": bringing's
                if _NEW_CLAUSE.search(text, previous, found[i].start):
                    break  # "…from 4.59%, and Barclays lifted its savings rate 0.5% …"
                role = _role(text, found[i], previous)
                if role == "from" and from_ is None:
                    from_ = i
                elif role == "to" and to is None:
                    to = i
                elif found[i].stated.is_range:
                    continue  # "raised its rate 0.25% to 5.5%", misread as a range: no size
                elif role in {"by", ""} and by is None and position == 0:
                    by = i
                elif position == 0 and by is None and _by_after_its_object(text, cue, found[i]):
                    by = i  # "raised its quarterly dividend 10% to 22 cents a share from 20 cents"
            named_before = False
            if from_ is None and to is not None and not before:
                from_ = _antecedent(text, found, sentence, cue, to, partners)
                named_before = from_ is not None
            if to is None and before and from_ is not None:
                # "reached 67,573 at the end of December, up from 38,016": not December
                start_figure = found[from_].stated
                ends = [i for i in before if not _whole_of_a_share(text, found, i)]
                to = next(
                    (
                        i for i in reversed(ends)
                        if _addable(found[i].stated, start_figure)
                        or _one_rate(found[i].stated, start_figure)
                    ),
                    ends[-1] if ends else before[-1],
                )  # fmt: skip
            if by is None and from_ is not None and to is not None:
                by = _by_after(text, found, after, from_, to)
            if by is not None and from_ is not None and to is not None:
                by = None if _percent_between_percentages(found, from_, to, by) else by
            if named_before and by is None:
                continue  # "the number had fallen to 900": without a size, too loose a link
            if by is None and from_ is not None and to is not None:
                direction = _direction(text, found, cue, from_, to)
                if direction is not None:
                    suggestions.append(direction)
                    members = [i for i in members if i > max(from_, to)]
                continue
            if by is None or from_ is None or to is None:
                continue
            a, b, c = found[from_].stated, found[to].stated, found[by].stated
            if not _readings_apart(a, b, c) and (
                not (_addable(a, b) or _one_rate(a, b))
                or (c.flavour is None and not _addable(a, c))
            ):
                continue
            falling = _FALLING.match(cue.group()) is not None
            reason = f"“{cue.group()}” … from … to …"
            if named_before:
                reason = (
                    f"“{cue.group()}” … to …, from the figure of the sentence before, which"
                    " “the number” names"
                )
            if falling:
                reason += (
                    "; the text gives the fall as a positive figure, so `by` is written as a fall"
                )
            suggestions.append(Suggestion("change", (from_, to, by), reason, falling))
            members = [i for i in members if i not in {from_, to, by} and i > max(from_, to, by)]
    return suggestions


_THE_NUMBER = re.compile(
    r"(?i)\b(?:the|that|this)\s+(?:number|figure|total|count|tally)\s+"
    r"(?:(?:has|had|have|was|is|then|later|since|now)\s+)*$"
)
"""The subject of a change that names the figure of the sentence before: "By Monday
morning the number had fallen to 12,500"."""


def _antecedent(
    text: str, found: list[Found], sentence: Sentence, cue: re.Match[str], to: int,
    partners: set[int],
) -> int | None:
    """The figure "the number" of a change refers to: the one like it in the sentence before.

    "More than 45,000 homes were without power on Sunday night … By Monday morning the
    number had fallen to 12,500, a drop of more than 70%": the change is from the 45,000
    homes. Only when the sentence before, in the same paragraph, holds exactly one figure
    of the kind the change ends at (the winds' 90mph is no number of homes), not an
    addition ("Another 12 cases were confirmed overnight. The tally has risen to 230"),
    and only for a change the text sizes (the caller's rule); otherwise the change has
    no start and nothing is suggested.
    """
    if _THE_NUMBER.search(text, sentence.start, cue.start()) is None:
        return None
    earlier = [f.sentence for f in found if f.sentence.end <= sentence.start]
    if not earlier:
        return None
    previous = max(earlier, key=lambda s: s.start)
    if previous.paragraph != sentence.paragraph:
        return None
    end = found[to].stated
    alike = [
        i for i, f in enumerate(found)
        if f.sentence == previous and i not in partners and not f.stated.is_date
        and (_addable(f.stated, end) or _one_rate(f.stated, end))
    ]  # fmt: skip
    if len(alike) != 1:
        return None
    start = found[alike[0]]
    if _MORE_OF_THEM_BEFORE.search(text, max(previous.start, start.start - 20), start.start) or (
        _MORE_OF_THEM_AFTER.match(text, start.end)
    ):
        return None  # "Another 12 cases were confirmed… The tally has risen to 230": an addition
    return alike[0]


_MORE_OF_THEM_BEFORE = re.compile(
    r"(?i)\b(?:another|a further|further|an additional|additional)\s+$"
)
_MORE_OF_THEM_AFTER = re.compile(r"(?i)\s+(?:more|new|extra|additional|further)\b")
"""Words that make a count an addition to a tally, not its level: "another 12 cases",
"12 more", "12 new cases"."""


def _whole_of_a_share(text: str, found: list[Found], index: int) -> bool:
    """Whether the figure is the whole a percentage before it is of: no end of a change.

    "10.0 million residents, or 16.8% of the population of 59.6 million, were born
    outside the UK, up from 7.5 million": the change is from 7.5 million to 10.0 million;
    drafted to the population, it failed a correct story.
    """
    if index == 0 or found[index - 1].sentence != found[index].sentence:
        return False
    share = found[index - 1]
    return share.stated.flavour == "percent" and bool(
        _SHARE_OF.match(_between(text, share, found[index]))
    )


def _percent_between_percentages(found: list[Found], from_: int, to: int, by: int) -> bool:
    """Whether ``by`` is a per-cent size between two percentages, or a range: no size to draft.

    "HSBC raised its mortgage rate 0.2% to 4.79% from 4.59%": rates copy writes points
    as per cent, and a relative change of 0.2% would be a false mismatch; "rose 12% to
    5.6% from 5%" may be either. Which the writer meant is the reviewer's call, so only
    the direction is drafted. Points ("0.2 percentage points") stay a size.
    """
    a, b, c = (found[i].stated for i in (from_, to, by))
    return c.is_range or (is_percentage(a) and is_percentage(b) and c.flavour == "percent")


_NEW_CLAUSE = re.compile(
    r";|—|,\s*(?:and|but|while|whereas|although|though)\b|\b(?:while|whereas|although)\b"
    r"|\band\s+(?!the\b)[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s+[a-z]+(?:ed|s)\b"
)
"""Where another clause starts, with its own change: "HSBC raised its rate 0.2% to 4.79%
from 4.59%, and Barclays lifted its savings rate 0.5% to 3.5% from 3%". A change's
``from``, ``to`` and ``by`` are all of its own clause."""


def _by_after_its_object(text: str, cue: re.Match[str], item: Found) -> bool:
    """Whether a percentage after the cue's object is the size of the change.

    "Raised its quarterly dividend 10% to 22 cents": the words between the verb and the
    percentage name what changed, and no preposition gives the figure another role ("rose
    in the year to 5%", "cut the rate at 10%"). Only a percentage or points, within five
    words, in the cue's clause.
    """
    if item.stated.flavour not in {"percent", "points"} or item.stated.is_date:
        return False
    between = text[cue.end() : item.start]
    words = re.findall(r"[A-Za-z’']+", between)
    return (
        len(words) <= 5
        and not re.search(r"[,;:()—–]|\d", between)
        and not any(w.lower() in _NOT_ITS_OBJECT for w in words)
    )


_NOT_ITS_OBJECT = frozenset({
    "at", "of", "in", "on", "for", "with", "than", "over", "under", "above", "below",
    "against", "after", "before", "since", "during", "until", "per", "and", "or", "but",
    "while", "from", "to", "by", "as", "was", "were", "is", "are", "be", "been", "has",
    "have", "had", "that", "which", "who", "when", "where", "if", "because", "year",
    "years", "month", "months", "quarter", "week", "weeks", "day", "days",
})  # fmt: skip
"""Words that put a figure after a cue in another role than its size: a preposition, a
verb, a clause, a time ("up this year 5%")."""

_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:[a-z]+ing|which|who)\b")
"""A clause of its own after a comma ("…, bringing sales for the half to $9.37 billion"):
its "to" and "from" are its verb's, not those of the change before it."""

_EITHER_WAY = re.compile(r"improv|worsen|gain|los", re.IGNORECASE)
"""Cues that say better or worse, not up or down: unemployment "improved" from 12% to 8%."""


def _direction(
    text: str, found: list[Found], cue: re.Match[str], from_: int, to: int
) -> Suggestion | None:
    """"Rose to 16.2, up from 15.9": a change with no ``by``, checked for its direction."""
    start, end = found[from_].stated, found[to].stated
    if _EITHER_WAY.match(cue.group()) or not (_addable(start, end) or _one_rate(start, end)):
        return None
    clause = _clause(text, found[from_].sentence, cue.start(), max(found[from_].end, found[to].end))
    if _UPSIDE_DOWN.search(clause) or start.strict.lo < 0 or end.strict.lo < 0:
        return None
    if _LEAGUE.search(clause) and all(_bare_whole(f) for f in (start, end)):
        return None
    if from_ < to and _range_of(text, found[from_]):
        return None
    falling = _FALLING.match(cue.group()) is not None
    return Suggestion(
        "direction",
        (from_, to),
        f"“{cue.group()}” … from … to … with no size of the change: it "
        + ("fell" if falling else "rose"),
        falling,
    )


_UPSIDE_DOWN = re.compile(
    r"\b(?:deficits?|loss(?:es)?|shortfalls?|overdrafts?|rank(?:s|ed|ings?)?|position|"
    r"(?<!\btook )(?<!\btake )(?<!\btakes )(?<!\btaking )(?<!\bin )place|placed)\b",
    re.IGNORECASE,
)
"""Words of a figure whose words and number can point opposite ways: a deficit that "rose"
to -£4.5bn from -£3.2bn grew, a university "up" to 45th from 62nd has a smaller number.
A place or position only as a ranking ("in 12th place"): "nursery places" are a count, and
a debt that rose is a larger number."""
_LEAGUE = re.compile(r"\b(?:index|table|league|charts?|standings)\b", re.IGNORECASE)
"""A list of places: "slipped down the index, falling to 20 from 12" went from 12th to 20th."""


_OTHER_CLAUSE = re.compile(
    r";|—|\b(?:while|whereas|but|although|though|meanwhile)\b", re.IGNORECASE
)


def _clause(text: str, sentence: Sentence, start: int, end: int) -> str:
    """The clause of a change, from its cue to its last figure.

    "The council's rank in the league table improved to 12th from 15th, while the waiting
    list rose to 1,250 from 1,190": the rank is no part of the waiting list's clause.
    """
    breaks = list(_OTHER_CLAUSE.finditer(text, sentence.start, sentence.end))
    lo = max((m.end() for m in breaks if m.end() <= start), default=sentence.start)
    hi = min((m.start() for m in breaks if m.start() >= end), default=sentence.end)
    return text[lo:hi]


def _bare_whole(figure: Figure) -> bool:
    """A whole number with no unit, flavour or noun, as a place in a table is written."""
    return (
        not figure.dimension and figure.flavour is None and figure.counted is None
        and figure.nominal == int(figure.nominal) and "." not in figure.text
    )  # fmt: skip


def _range_of(text: str, start: Found) -> bool:
    """Whether "from A to B" qualifies a noun instead of giving a change's ends.

    "fell among children aged from 5 to 11", "sites employing from 200 to 500 people",
    "jumped anywhere from 10% to 20%": the word before "from" is an age, "between",
    "anywhere" or a participle that is no change cue.
    """
    lead = re.search(r"(\w+)\s+from\s+$", text[start.sentence.start : start.start])
    if lead is None:
        return False
    word = lead.group(1).lower()
    if word in {"aged", "age", "ages", "between", "ranging", "range", "ranges", "anywhere"}:
        return True
    return word.endswith(("ed", "ing")) and _CHANGE.fullmatch(word) is None


_CLAUSE_BREAK = re.compile(
    r";|—|\b(?:while|whereas|but|although|though|meanwhile|and|as)\b", re.IGNORECASE
)
"""Words that open another clause: "up half a pupil in a year, while 1 in 8 primary pupils
(12.5%) are …" — the 12.5% is no part of the change before it."""


def _by_after(text: str, found: list[Found], after: list[int], from_: int, to: int) -> int | None:
    """How much a change was, written past its first end: "to 14 from 9, a rise of 55%".

    The first percentage (or other flavoured figure) after the earlier end, within the
    clause that follows: reading stops at a word that opens another clause.
    """
    previous = found[min(from_, to)].end
    for i in after:
        if i <= min(from_, to):
            continue
        if _CLAUSE_BREAK.search(text, previous, found[i].start):
            return None
        if i not in {from_, to} and found[i].stated.flavour is not None:
            if _restated_or_another(text, found, to, previous, found[i]):
                return None  # "up from 7.5 million, or 13.4%", "burning about 20% more fuel"
            return None if _a_share(text, previous, found[i]) else i
        previous = found[i].end
    return None


def _restated_or_another(
    text: str, found: list[Found], to: int, previous: int, item: Found
) -> bool:
    """Whether a percentage past a change's end restates that end or sizes something else.

    "Up from 7.5 million, or 13.4%, in 2011" gives the 7.5 million as a share; "up from
    14 knots before the crisis, burning about 20% more fuel" sizes the fuel, not the speed;
    drafted as the change's size, each failed a correct story. "A rise of 55%" and ",
    representing an increase of 20%" stay sizes.
    """
    if _SIZE_OF_CHANGE_BEFORE.search(text, previous, item.start):
        return False
    after = text[item.end : item.end + 30]
    if _SIZE_AFTER.match(after):
        return False  # "marking a 3% gain", "or 22% fewer", "30% more than a year earlier"
    between = text[previous : item.start]
    if re.match(r"\s*,\s*or\s+(?:\w+\s+)?$", between):
        return _share_at_the_other_end(text, found, to)  # "10.0 million, or 16.8% of …"
    return bool(
        _PARTICIPLE_CLAUSE.search(between)
        or re.match(r"\s+(?:more|less|fewer|extra)\s+(?!than\b)[a-z]", after)
    )


def _share_at_the_other_end(text: str, found: list[Found], to: int) -> bool:
    """Whether the change's later end is given as a share too: then ", or 13.4%" is one.

    "10.0 million, or 16.8% of the population, … up from 7.5 million, or 13.4%" restates
    each end as a share; "up from $5 billion, or 15%" with no share at the other end sizes
    the change (read as a restatement, a correct story's change went unchecked).
    """
    nxt = to + 1
    if nxt >= len(found) or found[nxt].sentence != found[to].sentence:
        return False
    if found[nxt].stated.flavour != "percent":
        return False
    between = _between(text, found[to], found[nxt])
    return re.match(r"[^,.;]{0,40},\s*or\s+(?:\w+\s+)?$", between) is not None


_SHARE_BEFORE = re.compile(
    r"(?i)\b(?:shares?|account(?:s|ed|ing)?\s+for|making\s+up|made\s+up|representing|"
    r"represents?|portion|proportion|percentage)\b"
)
"""Words that give a percentage after a change another role: "up from 53.5 million a year
earlier, for a market share of 19.5%", "accounting for 12% of sales"."""


_CHANGE_NOUN = (
    r"(?:increase|rise|fall|drop|decline|decrease|gain|jump|growth|reduction|cut|change|"
    r"climb|slump|surge|contraction|expansion)"
)
_SIZE_AFTER = re.compile(
    rf"(?i)\s*(?:{_CHANGE_NOUN}\b|(?:more|less|fewer|higher|lower)\b\s*(?:than\b|[,.;)]|$))"
)
"""A percentage a change noun or a bare comparative follows sizes the change: "a 3% gain",
"or 22% fewer", "30% more than a year earlier" (not "20% more fuel", the fuel's)."""


_SIZE_OF_CHANGE_BEFORE = re.compile(
    rf"(?i)\b(?:(?:an?|the)\s+)?{_CHANGE_NOUN}\s+of\s+(?:about\s+|around\s+|nearly\s+)?$|"
    rf"\b{_CHANGE_NOUN}\s+(?:that|which)\s+represents?\s+$"
)
"""A noun of change right before the percentage: "representing an increase of 20%", "a rise
that represents 0.4 percentage points" give the size of the change, not a share."""


def _a_share(text: str, previous: int, item: Found) -> bool:
    """Whether a percentage after a change's ends is a share, not the size of the change.

    "Shipped 58.9 million phones, up from 53.5 million a year earlier, for a market share
    of 19.5%": the 19.5% is of the market; drafted as ``by`` it failed a correct story.
    So is one followed by "of" ("19.5% of the market"); "a rise of 10%" stays a size.
    """
    if _SIZE_OF_CHANGE_BEFORE.search(text, previous, item.start):
        return False
    return bool(
        _SHARE_BEFORE.search(text, previous, item.start)
        or re.match(r"\s+of\b", text[item.end : item.end + 4])
    )


def _shares(text: str, found: list[Found], partners: set[int]) -> list[Suggestion]:
    suggestions: list[Suggestion] = []
    for index, item in enumerate(found):
        figure = item.stated
        if figure.flavour != "percent" and not re.match(
            r"(?i)(a|one|two|three)[ -]", item_text(text, item)
        ):
            continue
        if not is_percentage(figure):
            continue  # "two ahead of Arsenal on 89": a count, no share of the 89
        if figure.dimension or figure.is_date:
            continue
        whole_index = index + 1
        if whole_index >= len(found) or found[whole_index].sentence != item.sentence:
            continue
        whole = found[whole_index]
        if whole.stated.flavour or not _SHARE_OF.match(_between(text, item, whole)):
            continue
        parts = [
            j for j, f in enumerate(found)
            if f.sentence == item.sentence and j not in {index, whole_index} and j not in partners
            and _addable(f.stated, whole.stated) and _counts_alike(f.stated, whole.stated)
        ]  # fmt: skip
        if not parts:
            continue
        part = min(parts, key=lambda j: abs(found[j].start - item.start))
        suggestions.append(
            Suggestion("share", (part, whole_index, index), f"“{item_text(text, item)} of”")
        )
    return suggestions


def item_text(text: str, item: Found) -> str:
    """The figure as the article writes it."""
    return text[item.start : item.end]


_AHEAD = re.compile(
    r"\b(?:will|would|could|should|shall|may|might|plans?|planned|planning|pledged?|"
    r"pledges|pledging|promis(?:e|ed|es|ing)|vow(?:ed|s)?|commit(?:s|ted|ment|ments)?|"
    r"targets?|targeted|targeting|goals?|aims?|aimed|aiming|ambitions?|intends?|intended|"
    r"expects?|expected|expecting|expectations?|forecasts?|forecasting|projects?|projected|"
    r"projections?|guidance|outlook|estimates?|predicts?|predicted|scheduled|due|until|"
    r"through|deadline|fiscal|financial year)\b",
    re.IGNORECASE,
)
"""Words of a sentence that looks ahead: a date after publication in it is a target, a
forecast or a fiscal year, no past event ("pledged to cut those emissions 50% by 2030")."""


def _looks_ahead(text: str, item: Found) -> bool:
    """Whether a date after publication is one the text looks ahead to, not a past event.

    "By 2030" is a deadline; a year a few words after a word that pledges, targets,
    forecasts or plans ("expects sales to rise in 2027", "a target for 2030", "fiscal
    2026"), or just before such a noun ("its 2050 net-zero target", "the 2025 fiscal
    year"), is what is to come. The word must govern the year, in its clause: "Acme, which
    was founded in 2031, expects sales to rise" tells a past event (a typo for 1931), and a
    year after a past verb ("founded in", "was built in", "opened in") stays in the order
    check, as does one reported as past with no such word ("the plant closed in 2052").
    """
    lead = text[max(item.sentence.start, item.start - 12) : item.start]
    if re.search(r"\b(?:by|until|till|through|before)\s+(?:(?:the\s+)?end\s+of\s+)?$", lead, re.I):
        return True
    if _AHEAD_NOUN_AFTER.match(text, item.end, item.sentence.end):
        return True
    lead = text[max(item.sentence.start, item.start - 80) : item.start]
    clause = re.split(r"[,;:()—–]", lead)[-1]
    words = re.findall(r"[A-Za-z’'-]+", clause)[-6:]
    if _PAST_VERB_BEFORE.search(" ".join(words[-3:]) + " "):
        return False
    return _AHEAD.search(" ".join(words)) is not None


def _told_as_past(text: str, item: Found) -> bool:
    """Whether a past verb governs a date after publication: "the plant closed in 2052".

    A later date is a past event only as a slip (2052 for 2025), and only the words
    that tell it as past say so; "support ends on October 14, 2025", "15% from April
    2025", "the 2026 World Cup" and "Microsoft said … ends on" (the "said" is the
    telling's, not the date's) are what is to come, and an order check on them fails
    a correct story.
    """
    lead = text[max(item.sentence.start, item.start - 80) : item.start]
    clause = re.split(r"[,;:()—–]", lead)[-1]
    words = re.findall(r"[A-Za-z’'-]+", clause)
    last = " ".join(words[-5:]) + " "
    if re.search(
        r"(?i)\b(?:be|being|is|are)\s+[a-z]+\s+(?:in|on|during|since)\s+(?:[a-z]+\s+)?$", last
    ):
        return False  # "to be held in 2026", "is being decommissioned in", "is capped in"
    if _PAST_VERB_BEFORE.search(" ".join(words[-5:]) + " ") is not None:
        return True
    return re.search(r"(?i)\bin\s+$", lead) is not None and (
        _PAST_VERB_AFTER.match(text, item.end, item.sentence.end) is not None
    )


_AHEAD_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:targets?|goals?|deadline|ambitions?|pledges?|forecasts?|"
    r"guidance|outlook|projections?|plans?|budget|fiscal\s+year|financial\s+year)\b",
    re.IGNORECASE,
)
"""A noun of what is to come just after a year: "its 2050 net-zero target"."""

_PAST_VERB_BEFORE = re.compile(
    r"\b(?!(?:expected|projected|predicted|planned|scheduled|targeted|intended|pledged|"
    r"committed|forecasted|aimed|estimated)\b)(?:[a-z]+ed|built|founded|begun|began|won|held|"
    r"born|made|took|taken|came|went|fell|rose|grew|sold|bought|set|opened|closed|died|"
    r"hit|struck|left|lost|became|said|was|were|shut|broke|ran|began)\s+"
    r"(?:(?:down|up|out|off|over|back|away|ahead|place|effect|into\s+(?:force|effect|being))\s+)?"
    r"(?:in|on|during|since)\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
"""A past verb that governs the year after it: "which was founded in 2031", "shut down in
March 2025", "took effect on" are past events, whatever else the sentence expects."""
_PAST_VERB_AFTER = re.compile(
    r"\s+(?!(?:expected|projected|predicted|planned|scheduled|targeted|intended|pledged|"
    r"forecasted|estimated|budgeted)\b)(?:totall?ed|[a-z]+ed|rose|fell|grew|stood|hit|came|"
    r"were|was)\b",
    re.IGNORECASE,
)
"""A past verb right after a date that is its subject's: "Sales in 2025 totalled $4
million"."""


def _order(text: str, found: list[Found], published: dt.date, body_start: int) -> list[Suggestion]:
    limit = published.toordinal()
    dates: list[int] = []
    for index, item in enumerate(found):
        if not item.stated.is_date or item.start < body_start:
            continue
        if _FUTURE.search(text, max(item.sentence.start, item.start - 60), item.start):
            continue
        if item.stated.strict.lo > limit and (
            _looks_ahead(text, item) or not _told_as_past(text, item)
        ):
            continue  # "by 2030", "support ends on October 14", "from April": ahead
        year_written = re.search(r"\d{4}", item_text(text, item)) is not None
        if item.stated.strict.lo > limit and not year_written:
            continue  # "in December" of an article from January: last year's, most likely
        dates.append(index)
    if not dates:
        return []
    dates.sort(key=lambda i: (found[i].stated.strict.lo, found[i].stated.strict.hi, i))
    return [
        Suggestion(
            "order",
            tuple(dates),
            "the text reports these dates as past events, so each comes before publication; "
            "they are listed by date, so their order among themselves always holds: the check "
            "guards against an edit that moves one past the publication date",
        )
    ]




_LAST_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?last\s+year\b(?!['’])", re.IGNORECASE)
""""October last year"; "in October, last year the figure fell 2%": the next clause's."""
_YEAR_WRITTEN = re.compile(r"\d{4}|'\d\d|(?i:FY) ?\d\d")
_PAST_IN_CLAUSE = re.compile(
    r"(?i)\b(?!(?:expected|projected|predicted|planned|scheduled|targeted|intended|pledged|"
    r"committed|forecasted|aimed|estimated|budgeted|proposed|needed|required)\b)"
    r"(?:was|were|had|stood|rose|fell|grew|hit|peaked|ended|reached|totall?ed|came|went|"
    r"began|left|died|opened|closed|[a-z]{3,}ed)\b"
)
"""A past verb in a date's clause: "stood at 1,042 detainees on Dec. 31"."""
_NOT_PAST_IN_CLAUSE = re.compile(
    r"(?i)\b(?:is|are|will|would|shall|should|can|may|might|must|due|set\s+to|plans?|"
    r"going\s+to|expects?|expected|deadline|until|by|from|starting|beginning|says|said|told|"
    r"for|through|thru|till|effective|effect|takes?|starts?|begins?|opens?|runs?|expires?|"
    r"ends|resumes?|postponed|delayed|moved|rescheduled|deferred|pushed|agreed|slated|set|"
    r"upcoming)\b|(?<!according\s)\bto\b(?!\s*[\d$£€¥]|\s+(?:a|an|the|its|their|his|her|"
    r"this|these|those|some)\b)"
)
"""Words that make a date's clause look ahead, or tell what someone said will be: a date
a verb leads up to ("postponed the trial to Feb. 12", "takes effect on July 1", "agreed to
sell the unit in June") is no past event's; "rose to 1,042 on Dec. 31" stays one."""


def in_its_year(text: str, item: Found, published: dt.date, context: Context) -> Found:
    """A date written without its year, with the year the words give it.

    The value grammar gives a date with no year the year of publication: "in October last
    year" in a story of 18 September 2024 was drafted `October` (October 2024, after
    publication), and "stood at 1,042 detainees on Dec. 31" in one of 3 January 2025
    `Dec. 31` (31 December 2025). "Last year" right after the date, or a date after
    publication that a past verb in its clause tells as done (and no word that looks
    ahead: "will open on Dec. 31", "the deadline is Dec. 31"), is last year's, drafted
    with it (`October 2023`, `Dec. 31, 2024`), so that the order check places it right.
    """
    figure = item.figure
    written = item_text(text, item)
    if (
        not figure.is_date
        or item.meaning is not None
        or figure.is_range
        or _YEAR_WRITTEN.search(written)
        or not re.fullmatch(r"[A-Za-z\d][A-Za-z. \d]*", written)
    ):
        return item
    year = dt.date.fromordinal(int(figure.strict.lo)).year
    if _LAST_YEAR_AFTER.match(text, item.end) is not None:
        if year != published.year:
            return item
    else:
        lead = text[max(item.sentence.start, item.start - 80) : item.start]
        clause = re.split(r"[;:()—–]|,(?!\d)|\b(?:that|which|who)\b", lead)[-1]
        if (
            figure.strict.lo <= published.toordinal()
            or _PAST_IN_CLAUSE.search(clause) is None
            or _NOT_PAST_IN_CLAUSE.search(clause) is not None
            or _FUTURE.search(clause) is not None
            or _AHEAD.search(clause) is not None
        ):
            return item
    joined = " ".join(written.split())
    dated_text = f"{joined}, {year - 1}" if joined[-1:].isdigit() else f"{joined} {year - 1}"
    read = figures_in(dated_text, context, published)
    if len(read) != 1:
        return item
    dated = read[0]
    first = dt.date.fromordinal(int(figure.strict.lo))
    if first.month == 2 and first.day == 29:
        return item
    if not dated.is_date or dt.date.fromordinal(int(dated.strict.lo)) != first.replace(
        year=first.year - 1
    ):
        return item
    return msgspec.structs.replace(item, figure=dated)


__all__ = ["Suggestion", "in_its_year", "item_text", "suggest"]
