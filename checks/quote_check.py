"""The ``quote`` check: what a quote of the article states, and whether it is the record's.

A claim's ``quote`` must occur in the source text (:mod:`checks.sources` finds it, whitespace,
quote marks and dashes folded) and a figure it states must be the claim's value: the same
figure, the same amount written to another precision (``rounding``), or a mismatch that
says what the quote states instead. News writes figures in ways the value grammar has no
rule for (a rate written once for two amounts, "52 to 48 per cent", "a two-thirds
majority", "warmed by 3°C"); the readings here say what such a quote states.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from msgspec.structs import replace

from checks import units
from checks.dates import parse_date
from checks.display import singular
from checks.figures import (
    FALLS,
    NUMBER_WORDS,
    POINT_NOUNS,
    QUALIFIERS,
    Context,
    Figure,
    FigureError,
    counts_things,
    is_bare_number,
    is_multiplier,
    is_percentage,
    parse_figure,
    per_clause,
    rate_of,
    size_of_a_comparative_fall,
    time_of_a_rate,
)
from checks.intervals import Interval
from checks.kinds import Scope, describe_interval
from checks.kinds.change import direction_of
from checks.loading import Document
from checks.patterns import lazy_pattern
from checks.presentation import operand as operand_shown
from checks.quotes import (
    A_SOURCE,
    BACK_IN_TIME,
    CHANGE_WORDS,
    NOT_COUNTED,
    VERBS,
    bounds_in_words,
    days_of_date_ranges,
    figures_in,
    normalise,
    spaced_groups_joined,
)
from checks.records import ClaimFile
from checks.results import CheckResult, Operand, Verdict
from checks.shared_currency_names import in_its_currency, setting_for_a_currency, shared_names_as

if TYPE_CHECKING:
    from checks.extract.finding import Found
from checks.sources import SourceTextError, quote_spans, read_source_text

_NOT_A_YEAR_SPAN = r"(?!(?<=(?<!\d)[12]\d{3}.)\d\d(?!\d))"
_RANGE_JOINS = lazy_pattern(
    r"(?<!\bup)(?<!\bclose)(?<!\bhundred)\s(?:to|and(?!\s+an?\s+(?:half|quarter)\b))\s|[–—]"
    + _NOT_A_YEAR_SPAN
    + r"|(?<=\d)-(?=\d)(?![1-9]\d?/[1-9]\d?(?![\d/]))" + _NOT_A_YEAR_SPAN
)
"""Words and dashes that join a range: "from 150 to 210" also states 150 and 210 ("up to
155 mph" and "close to 300" are qualifiers: they do not state 155 mph or 300). The hyphen
of two years ("2024-25", a fiscal year or a season) joins no range: it states neither 2024
nor 25."""


def _same_amount(
    figure: Figure,
    found: list[Figure],
    quote: str,
    listed: str,
    kind: str,
    context: Context | None = None,
    with_precision: Figure | None = None,
) -> tuple[Verdict, str]:
    """The verdict and message for a quote whose figures are not the record's.

    "$1.2bn" in the text and `$1,200 million` in the record are one amount: the quote does
    state it, so the record is not wrong, but it claims a precision the text does not
    (1,199.5–1,200.5 against 1,150–1,250 million), and every other check judges that
    precision. That is `rounding` (the two agree once the rounding is allowed for), with
    what each stands for; so is the same amount in other units ("a year and a half" for
    `18 months`, "68F" for `20°C`). Only the same amount of the same kind qualifies: both
    or neither a range, a percentage or points alike, the same thing counted. A qualifier
    the record drops or adds changes what is claimed ("more than 40 people" is not 40): a
    `mismatch`, as is any other amount. A record with `precision:` (``with_precision``,
    the record's figure read with it) says itself what its figure stands for: the same
    amount is `consistent`, and so is the amount of an estimate the record drops when its
    precision is as loose as the estimate's.
    """
    stated = f"the quote {quote!r} states {listed or 'no figure'}"
    alike = [c for c in found if _same_kind_and_number(figure, c, context)]
    alike.sort(key=lambda candidate: not _same_unit(figure, candidate))  # its own unit first
    exact = [
        c for c in alike
        if _qualifier_kind(c) == _qualifier_kind(figure)
        and _overlap_beyond_a_point(c.strict, figure.strict)
    ]  # fmt: skip
    if with_precision is not None and not figure.qualifier and any(
        _qualifier_kind(c) == "about"
        and with_precision.strict.width >= c.lenient.width * (1 - 1e-9)
        for c in alike
    ):
        return Verdict.CONSISTENT, ""  # "about 3%" as `3%`, `precision: ±0.5 percentage points`
    if exact:
        if with_precision is not None:
            return Verdict.CONSISTENT, ""
        candidate = exact[0]
        finer = figure.strict.width < candidate.strict.width
        fall = candidate.nominal < 0 and not candidate.text.lstrip().startswith(("-", "−"))
        other_units = (candidate.display.factor, candidate.display.offset) != (
            figure.display.factor,
            figure.display.offset,
        )
        how = (
            f"in other units than {figure.text}" if other_units
            else f"written otherwise than {figure.text}"
            if _a_fraction(figure) != _a_fraction(candidate)
            else f"written {'less' if finer else 'more'} precisely than {figure.text}"
        )  # fmt: skip
        return Verdict.ROUNDING, (
            f"the quote {quote!r} states {candidate.text}{' as a fall' if fall else ''}: the"
            f" value's amount, but {how} ({candidate.text} stands for {_stands_for(candidate)},"
            f" {figure.text} for {_stands_for(figure)});"
            " other checks judge the value's precision: copy the text's figure into `value`,"
            " or set `precision:`"
        )
    if alike:
        candidate = alike[0]
        change = (
            "bounded the other way"
            if candidate.qualifier and _qualifier_kind(candidate) == _qualifier_kind(figure)
            else "with another qualifier" if figure.qualifier and candidate.qualifier
            else "without the text's qualifier" if candidate.qualifier
            else "with a qualifier the text does not have" if figure.qualifier
            else "written otherwise"
        )  # fmt: skip
        meaning = f"stands for {_stands_for(candidate)}"
        if _qualifier_kind(candidate) == "about":  # its number alone stands for the record's
            allowed = describe_interval(candidate.lenient, candidate.display)
            meaning = f"allows {allowed} as an estimate"
        return Verdict.MISMATCH, (
            f"{stated}, but the {kind} is {figure.text} (the same number {change}:"
            f" {candidate.text} {meaning})"
        )
    for candidate in found:  # "up 1.6%" for `1.6 percentage points`: say which is which
        if _share_kind(figure) and _share_kind(candidate) not in (None, _share_kind(figure)):
            if math.isclose(candidate.nominal, figure.nominal, rel_tol=1e-9):
                written, meant = (
                    ("per cent", figure.display.suffix) if _share_kind(candidate) == "percent"
                    else (candidate.display.suffix, "per cent")
                )  # fmt: skip
                return Verdict.MISMATCH, (
                    f"{stated}, but the {kind} is {figure.text} (the same number in {written},"
                    f" not {meant})"
                )
    for candidate in found:  # "$5 billion" in a Canadian story, for `C$5 billion`
        advice = setting_for_a_currency(figure, candidate, found)
        if advice is not None:
            return Verdict.MISMATCH, f"{stated}, but the {kind} is {figure.text} ({advice})"
    return Verdict.MISMATCH, f"{stated}, but the {kind} is {figure.text}"


def _overlap_beyond_a_point(x: Interval, y: Interval) -> bool:
    """Whether two intervals share more than the one number where they touch.

    "Fell by more than a half" (below −50%) and `more than -50%` (above it) share none,
    "fall by up to 40%" (−40% to 0) and `up to -40%` (−40% or below) only −40% itself:
    one number under one qualifier, bounded the other way. An exact number meets an
    interval that holds it (`34,000 nurses` and "thirty-four thousand", 33,500–34,500).
    """
    lo, hi = max(x.lo, y.lo), min(x.hi, y.hi)
    if lo < hi:
        return True
    return lo == hi and (x.lo == x.hi or y.lo == y.hi)


def _same_kind_and_number(
    record: Figure, stated: Figure, context: Context | None = None
) -> bool:
    """Whether ``stated`` is ``record``'s number, of its kind, written to another precision.

    Their qualifiers are for the caller to compare: "almost a third" is the number of
    `almost 33%` and of `33%` alike.
    """
    if record.is_date or stated.is_date or record.dimension != stated.dimension:
        return False
    if record.is_range != stated.is_range or _share_kind(record) != _share_kind(stated):
        return False  # ("a third" is a percentage as much as 33% is)
    if record.absolute_temperature != stated.absolute_temperature:
        return False
    if is_multiplier(record.counted) != is_multiplier(stated.counted):
        return False
    if record.counted and stated.counted and _noun(record.counted) != _noun(stated.counted):
        return False  # "1,200 homes" is not `1,200 people`
    if _per_other_things(record, stated):
        return False  # "per 1,000 households" is not `per 1,000 people`
    if _a_fraction(record) != _a_fraction(stated):
        # "rose by a third" and `33%`: each the other's amount at the other's precision
        if record.qualifier or stated.qualifier:
            # "almost a third" and `almost -33%`: a bound's interval leaves its own number
            # out, so the numbers are compared as written without their qualifiers
            bare_record, bare_stated = _unqualified(record, context), _unqualified(stated, context)
            if bare_record is None or bare_stated is None:
                return False
            record, stated = bare_record, bare_stated
        return _holds(stated.strict, record.nominal) and _holds(record.strict, stated.nominal)
    # relative to the figures' own size: a price per megawatt hour is ~1e-18 £ per joule
    return math.isclose(stated.nominal, record.nominal, rel_tol=1e-9)


_OR_MORE_AFTER = lazy_pattern(
    r"(?i)\s+or\s+(?:more|greater|higher|longer|fewer|less|lower|shorter)\b"
)


def _unqualified(figure: Figure, context: Context | None) -> Figure | None:
    """``figure``'s number without its qualifier ("almost a third" → "a third"), in its sign.

    The qualifier is written first, or as "or more" after the number ("a third or more of
    pupils"); ``None`` otherwise, or when what is left is not a figure.
    """
    text, qualifier = figure.text.strip(), (figure.qualifier or "").lower()
    if not qualifier:
        return figure
    if text.lower().startswith(qualifier):
        text = text[len(qualifier) :].strip()
    elif (after := _OR_MORE_AFTER.search(text)) is not None:
        text = text[: after.start()] + text[after.end() :]  # "a third or more of pupils"
    else:
        return None
    try:
        bare = parse_figure(text, context)
    except FigureError:
        return None
    return bare if (bare.nominal < 0) == (figure.nominal < 0) else _negated(bare)


def _a_fraction(figure: Figure) -> bool:
    """A share written as a fraction or a ratio ("a third", "one in three"), not in per cent.

    "A third" is 33.33%, read to the whole percent (32.83–33.83%): `33%` is that amount
    written otherwise, and `34%` or `33.9%` another.
    """
    return figure.flavour is None and figure.display.suffix == "%"


def _holds(interval: Interval, value: float) -> bool:
    """Whether ``value`` lies in ``interval``, minding its open ends."""
    above = value > interval.lo or (value == interval.lo and not interval.lo_open)
    below = value < interval.hi or (value == interval.hi and not interval.hi_open)
    return above and below


def _noun(counted: str) -> str:
    """The first word of what is counted, singular: "homes destroyed" → "home"."""
    return singular(counted.split(" ", 1)[0].lower())


def _qualifier_kind(figure: Figure) -> str | None:
    """What a qualifier means: "over", "above" and "more than" are one ("above")."""
    if figure.qualifier is None:
        return None
    return QUALIFIERS.get(figure.qualifier.lower(), figure.qualifier.lower())


def _stands_for(figure: Figure) -> str:
    """What a figure's strict reading covers, for a message: "$1.15–1.25 bn"."""
    interval = figure.strict
    described = describe_interval(interval, figure.display)
    if math.isinf(interval.lo) or math.isinf(interval.hi):
        return described
    if described == figure.text or figure.display.format(
        interval.lo, 7
    ) == figure.display.format(interval.hi, 7):
        return "exactly that many" if interval.whole else "itself, to its last digit"
    return described


def _states_the_count(bare: Interval, count: Interval) -> bool:
    """Whether a bare number's interval covers the whole numbers a count's does.

    "About 15 were killed" (13.5–16.5) states `about 15 people` (14–16); "fewer than 5
    were hurt" states `fewer than 5 people` (0–4: a count is never negative); "half a
    million of them" (495,000–505,000) is not `500,000 handsets`.
    """
    lo, hi = bare.lo, bare.hi
    if not math.isinf(lo):
        lo = math.floor(lo) + 1 if bare.lo_open and lo == math.floor(lo) else math.ceil(lo)
    if not math.isinf(hi):
        hi = math.ceil(hi) - 1 if bare.hi_open and hi == math.ceil(hi) else math.floor(hi)
    if count.lo >= 0:
        lo = max(lo, 0)
    return (lo, hi) == (count.lo, count.hi)


_PARTS_OF_A_CONTEST = frozenset({
    "lap", "hole", "round", "stage", "leg", "frame", "set", "inning", "innings", "game",
    "match", "heat",
})  # fmt: skip
_EXTENT_BEFORE_OVER = lazy_pattern(
    r"(?i)(?:\b(?:is|are|was|were|be|been|being|to\s+be)\s+|,\s*)"
    r"(?:run|played|contested|staged|held|decided|raced|spread)\s+$"
    r"|\b(?:runs|lasts?|lasted|spread)\s+$"
)
"""The contest's own verb of extent before "over" and a part of a contest after it: "the
race runs over 57 laps", "the Open is played over 72 holes", "the Tour, raced over 21
stages" ("across"). A player's "has played over 300 games" or "raced over 21 stages" is
more than, as is "led for over 30 laps"."""


def _during(found: list[Figure], context: Context, quote: str = "") -> list[Figure]:
    """"Over five years" in a sentence is mostly "during five years": read it both ways.

    So is "over 57 laps" after a verb of extent ("the race runs over 57 laps", "played
    over 72 holes"); "over 57,000 fans" and "led for over 30 laps" stay more than.
    """
    def across(figure: Figure) -> bool:
        if figure.counted is None or _noun(figure.counted) not in _PARTS_OF_A_CONTEST:
            return False
        at = quote.find(figure.text)
        return at > 0 and _EXTENT_BEFORE_OVER.search(quote, 0, at) is not None

    return _readable(
        (
            figure.text.split(None, 1)[1]
            for figure in found
            if figure.qualifier
            and figure.qualifier.lower() == "over"
            and (figure.dimension == (("[time]", 1),) or across(figure))
        ),
        context,
    )


_A_VERB_OF_SPREADING = lazy_pattern(
    r"(?i)\b(?:cut|cuts|cutting|sav(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|grow(?:s|n|ing)?"
    r"|grew|fall(?:s|en|ing)?|fell|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)"
    r"|reduc(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?"
    r"|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|trebl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)"
    r"|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|shrink(?:s|ing)?|shrank|shrunk"
    r"|expand(?:s|ed|ing)?|spread(?:s|ing)?|repaid|phased\s+(?:in|out))\s*$"
)
"""A verb of change or of spreading right before "over" a period: "will rise over 10
years", "almost halving over five years", "repaid over 25 years"."""

_AN_AGE_AFTER = lazy_pattern(r"(?i)[\s-]+(?:years?[\s-]+)?(?:old|of\s+age|and\s+(?:older|over))\b")
"""An age after "over 65 years": "people over 65 years old" are older than 65."""
_AN_AGE_IN = lazy_pattern(r"(?i)\b(?:old|of\s+age|and\s+(?:older|over))\b")
"""An age the figure's own text ends in: "over 65 years old", "over 65 years of age"."""
_IN_THE_PAST_AFTER = lazy_pattern(r"(?i)\s*(?:ago|earlier|before|previously|prior|back)\b")
"""A time back after "over 10 years": "started to rise over 10 years ago" is a bound."""
_PEOPLE = frozenset({
    "people", "persons", "pensioners", "clients", "residents", "children", "adults", "women",
    "men", "patients", "workers", "voters", "citizens", "customers", "members", "employees",
    "retirees", "individuals", "drivers", "users", "students", "survivors", "veterans",
})  # fmt: skip
"""Nouns of people, whose "over 80 years" is an age ("300 pensioners over 80 years")."""


def _spread_over(found: list[Figure], quote: str, sentence: str, context: Context) -> list[Figure]:
    """``found`` with "over 10 years" after an amount or a verb of change as the period.

    "$1.5 trillion over 10 years", "cut spending by $1.5 trillion over 10 years", "1,000
    jobs over five years", "rise 20% over three years", "almost halving over five years":
    the amount is spread across the period, which the quote states as `10 years`, not as
    more than 10 years (a record of `over 10 years` let a cut per year too small pass).
    "For over 10 years", "waited over 10 years", "1.2 million people over 65 years old",
    "300 pensioners over 80 years" (an age) and "started to rise over 10 years ago" (a
    time back) stay read both ways (see :func:`_during`).
    """
    written = normalise(quote)
    where = sentence.find(written) if sentence else -1
    text, offset = (sentence, where) if where >= 0 else (written, 0)
    amounts: list[str] | None = None
    periods: dict[str, Figure] = {}
    for figure in found:
        if (
            figure.qualifier is None
            or figure.qualifier.lower() != "over"
            or figure.dimension != (("[time]", 1),)
            or figure.text in periods
        ):
            continue
        at = written.find(figure.text)
        if (
            at < 0
            or _AN_AGE_AFTER.match(written, at + len(figure.text))
            or _AN_AGE_IN.search(figure.text)
            or _IN_THE_PAST_AFTER.match(text, offset + at + len(figure.text))
        ):
            continue
        before = text[: offset + at].rstrip()
        if before.split()[-1:] and before.split()[-1].lower() in _PEOPLE:
            continue
        if _A_VERB_OF_SPREADING.search(before) is None:
            if amounts is None:  # the figures of the text: "$1.5 trillion", "1,000 jobs"
                amounts = [
                    amount.text
                    for amount in figures_in(text, context, None)
                    if not amount.is_date and not _YEAR_IN_A_PAIR.fullmatch(amount.text)
                ]
            if not any(before.endswith(amount) for amount in amounts):
                continue
        period = figure.text.split(None, 1)[1]
        for read in _readable([period], context):
            periods[figure.text] = replace(read, text=period)
    return [periods.get(figure.text, figure) for figure in found]


def _readable(texts: Iterable[str], context: Context) -> list[Figure]:
    """The figures of ``texts`` the value grammar reads (a text it refuses states none)."""
    figures: list[Figure] = []
    for text in texts:
        try:
            figures.append(parse_figure(text, context))
        except FigureError:
            continue
    return figures


_VERB_UP_TO = lazy_pattern(
    r"(?i)\b(went|gone|rose|risen|rises?|rising|climb(?:ed|s|ing)?"
    r"|jump(?:ed|s|ing)?|shot|soar(?:ed|s|ing)?|crept|edged?|edges|tick(?:ed|s)?|moved"
    r"|grew|grown|increased|surged|spiked|revised|raised|brought|ramped|bumped|pushed"
    r"|added)\s+up\s+to\b"
)
""""Unemployment went up to 5.2%": "up to" after a verb of movement is no qualifier, so
the quote is read a second time without "up" (the first reading, "up to 5.2%", stays)."""


_FALL_WORDS = lazy_pattern(
    r"(?i)\b(?:fell|fall(?:s|en|ing)?|down|drop(?:s|ped|ping)?|declin(?:e|ed|es|ing)"
    r"|decreas(?:e|ed|es|ing)|lower(?:ed)?|cut(?:s|ting)?|shr[ai]nk|shrunk|slump(?:ed|s)?"
    r"|lost|los(?:e|es|ing)|slid(?:e|es)?|plung(?:e|ed|es)|tumbl(?:e|ed|es)|reduc(?:e|ed|es)"
    r"|contract(?:ed|s|ion)?|sank|sunk|dipp(?:ed)?|dips?|minus|negative|less|shed(?:s|ding)?"
    r"|loss(?:es)?|slip(?:s|ped|ping)?|eas(?:ed|es|ing)|reductions?|slash(?:ed|es|ing)?"
    r"|trim(?:s|med|ming)?|narrow(?:ed|s|ing)|fewer|plummet(?:ed|s|ing)?|retreat(?:ed|s)?"
    r"|sagg(?:ed|ing)|sags|weaken(?:ed|s|ing)?|div(?:ed|es|ing)|dove|crash(?:ed|es|ing)?"
    r"|tank(?:ed|s)?|skid(?:ded|s)?)\b"
)
"""Words that state a fall: "consumption had fallen 14%" states the record's `-14%`, as do
"sterling weakened 0.4%", "shares dived (crashed, tanked) 3%". Each
states a fall only of the figure it governs (see :func:`_stated_as_a_fall`): "inflation
eased to 3.1%" is a level, and "eased as wages grew by 3.1%" no fall of 3.1%."""

_BELOW_A_LEVEL = lazy_pattern(
    r"(?i)\s+(?:below|under|beneath)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:19|20)\d\d\b|levels?|averages?|peaks?|highs?|targets?|forecasts?|estimates?"
    r"|budgets?|records?|norm|normal|baselines?|benchmarks?|prices?|values?|costs?|rates?"
    r"|figures?|totals?|expectations?|projections?|year\s+(?:earlier|ago|before)|last\s+year"
    r"|that\s+of|those\s+of)\b"
    r"|\s+(?:below|under|beneath)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:US|[A-Z]{1,2})?[$€£¥₹]\s?\d|\d{1,3}(?:,\d{3})+(?!\d)|\d+\.\d)"
)
"""A percentage below a level it is compared with: "52.7% below 1990 levels", "20% under
the asking price", "30% below its 2019 peak" state a fall (as "12% lower than" does). Not
"below 5%" (a qualifier: "inflation stayed below 5%"), nor "5% under the last
government" (under whom, not under what). The level may be a figure in money or one
written with a thousands separator or decimals: "14% below the club-record £89m", "3%
below 7,000"; not a small whole number, which is an age as often ("14% under 25")."""

_FALL_NOUNS = frozenset({
    "cut", "cuts", "loss", "losses", "drop", "drops", "fall", "falls", "decline", "declines",
    "reduction", "reductions",
})  # fmt: skip
"""What a count of cuts counts as a fall: "1,200 job cuts", "400 job losses"."""

_PREPOSITIONS = frozenset({
    "to", "from", "at", "of", "for", "in", "on", "by", "than", "into", "over", "under",
    "below", "above", "around", "about", "near",
})  # fmt: skip
"""Words no verb of falling governs a figure across ("fell to 4.5%", "eased from 3.4%")."""
_CAUSING_VERBS = frozenset({
    "left", "sent", "drove", "made", "put", "kept", "took", "set", "saw", "pushed", "pulled",
    "leaves", "sends", "drives", "makes", "puts", "keeps", "takes", "sets", "sees",
    "leave", "send", "make", "keep", "take", "push", "pull", "helped", "would", "could",
    "might", "should",
})  # fmt: skip
"""Verbs between a cut and a figure that make the figure another's ("the cut left rates
0.25 points above inflation")."""
_MODALS = frozenset({"will", "can", "may", "might", "must", "shall", "would", "could"})
"""Words right after a noun of cutting, in lower case, that make it the subject of another
verb ("the spending cut can help growth", "pay cuts will see nurses 2% below inflation");
"cut May output 5%" (a month) does not."""
_CUTTING_VERBS = frozenset({
    "cut", "cuts", "trimmed", "trims", "trim", "lowered", "lowers", "reduced", "reduces",
    "slashed", "slashes", "shaved", "pared", "lopped", "downgraded", "downgrades",
})  # fmt: skip
"""Verbs that take what they cut as an object before its size, with no "by": "The Bank
trimmed rates 0.25 percentage points", "the IMF cut its forecast 0.2 points"; not a noun
of falling before another verb ("job losses drove unemployment 0.3 points higher")."""

_BEFORE_A_FALLS_FIGURE = frozenset({
    "a", "an", "another", "further", "additional", "just", "only", "sharply", "slightly",
    "steeply", "marginally", "back",
})  # fmt: skip
"""Words between a verb of falling and its figure: "fell a further 3.1%", "fell sharply by"."""

_MODIFIERS_OF_A_FALL = frozenset({
    "annual", "yearly", "monthly", "quarterly", "weekly", "daily", "sharp", "steep",
    "further", "real", "nominal", "overall", "average", "slight", "modest",
})  # fmt: skip
"""Adjectives between a figure and the fall it is: "a 3% annual decline" (also any
hyphenated one: "a 1.5% real-terms cut", "a 2% year-on-year drop")."""

_NOT_ACROSS = lazy_pattern(
    r"(?i)(?:and|but|as|while|when|whereas|after|before|which|that|who|because|although"
    r"|though|since|with|rose|ris(?:e|es|en|ing)|grew|grow(?:s|n|ing)?|increas(?:e|ed|es|ing)"
    r"|jump(?:ed|s)?|climb(?:ed|s)?|soar(?:ed|s)?|surg(?:e|ed|es)|rais(?:e|ed|es)|widen(?:ed|s)?"
    r"|gain(?:ed|s)?|hik(?:e|ed|es)|lift(?:ed|s)?|expand(?:ed|s)?|boost(?:ed|s)?"
    r"|doubl(?:e|ed|es)|tripl(?:e|ed|es)|trebl(?:e|ed|es)|ramp(?:ed|s)?|push(?:ed|es)?"
    r"|restor(?:e|ed|es)|add(?:ed|s)?|up|higher|more|to|from)"
)
"""Words a verb of falling does not govern a figure across: "the gap narrowed as wages grew
by 3.1%", "cut rates and raised taxes by 2%"."""
_BY_OBJECT_WORDS = 8
"""How far "by" may be from its verb: "lowered the main interest rate by a quarter-point"."""


def _before_of(figure: Figure, context: Context) -> Figure | None:
    """"5 mg per litre of lead", "300 tonnes of rice": the measure without what it is of.

    Only after a unit, a currency or a counted noun: "a quarter of a million" is no
    quarter.
    """
    head, of, _ = figure.text.rpartition(" of ")
    if not of or figure.is_date:
        return None
    try:
        cut = parse_figure(head, context)
    except FigureError:
        return None
    return cut if (cut.dimension or cut.counted) and not cut.flavour and not cut.is_date else None


_OFF_AFTER = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "closed", "ended", "finished",
})  # fmt: skip
""""Off" states a fall only after these: "gold was off 0.4%", "shares ended off 2%"; not
"wrote off 40% of the loan", "20% off the list price"."""

_OR_AFTER = lazy_pattern(r",\s+or\s+$")
""""Fell 87.4 points, or 1.1%": the same change written a second way after ", or"."""


def _stated_as_a_fall(figure: Figure, quote: str, others: Iterable[Figure] = ()) -> bool:
    """Whether the quote says the figure fell by itself, a word of falling governing it.

    Before it, "fallen 14%", "down 6 points", "fell a further 3.1%", "narrowed by £2.1bn",
    "cut interest rates by a quarter-point", "a fall of 7.1%"; after it, "a 7.1% fall", "a
    1.5% real-terms cut", "3.1% fewer visits"; in its own words, "2.1 points lower", "a
    1.3-point drop", "2,000 fewer nurses", "1,200 job cuts". Not "fell to $2 billion" or
    "eased from 3.4%" (levels), nor a figure another verb governs: "prices eased as wages
    grew by 3.1%", "the deficit narrowed and spending rose 2%". A figure after ", or" is
    the figure before it written another way (``others`` are the quote's figures): "fell
    87.4 points, or 1.1%" and "dropped 0.9%, or 46.5 points" state two falls, "rose 87.4
    points, or 1.1%" none.
    """
    if figure.nominal <= 0 or figure.is_date:
        return False
    if figure.counted is not None and _falls_in_its_words(figure.counted):
        return True
    at = quote.find(figure.text)
    if at < 0:
        return False
    after = [word.lower() for word in quote[at + len(figure.text) :].split()[:2]]
    if after and _is_a_fall(after[0]):
        return True  # "a 7.1% fall", "3.1% fewer visits"
    in_points = figure.flavour == "points" or figure.counted in POINT_NOUNS
    if (is_percentage(figure) or in_points) and _BELOW_A_LEVEL.match(
        quote, at + len(figure.text)
    ):
        return True  # "52.7% below 1990 levels", "2.1 points below its 2019 level"
    if len(after) == 2 and after[0][-1:].isalpha() and _is_a_fall(after[1]):
        if after[0] in _MODIFIERS_OF_A_FALL or "-" in after[0]:
            return True  # "a 1.5% real-terms cut", "a 3% annual decline"
    joined = _OR_AFTER.search(quote, 0, at)
    if joined is not None:  # "fell 87.4 points, or 1.1%": as the figure before ", or"
        head = quote[: joined.start()]
        return any(
            other is not figure and head.endswith(other.text) and _stated_as_a_fall(other, head)
            for other in others
        )
    before = [word.lower() for word in quote[:at].split()[-(_BY_OBJECT_WORDS + 4) :]]
    if len(before) >= 2 and before[-1] == "off" and before[-2] in _OFF_AFTER:
        return True  # "gold was off 0.4%"
    while before and before[-1] in _BEFORE_A_FALLS_FIGURE:
        before.pop()
    if len(before) >= 2 and before[-1] == "of":
        return _is_a_fall(before[-2])  # "a fall of 7.1%", "a reduction of 3.1%"
    if not before or before[-1] != "by":
        if before and _is_a_fall(before[-1], governs=True):
            return True
        if not (is_percentage(figure) or in_points):
            return False
        # "trimmed rates 0.25 percentage points", "cut interest rates half a point": the
        # verb's object between it and its size, no "by"; never "fell to", "eased from"
        for reach in (2, 3, 4):
            if len(before) >= reach and before[-reach] in _CUTTING_VERBS:
                if before[-reach - 1 : -reach] in (["the"], ["a"], ["an"], ["its"], ["their"]):
                    return False  # "the cut left rates 0.25 points above": a noun
                between = before[-reach + 1 :]
                written = quote[:at].split()[-reach + 1 :]
                if written[:1] and written[0] in _MODALS:  # "cut can help growth 0.5 points"
                    return False
                return all(
                    word.isalpha() and not _NOT_ACROSS.fullmatch(word)
                    and word not in _PREPOSITIONS and word not in _CAUSING_VERBS
                    and not (word in VERBS and word.endswith("ed"))
                    for word in between
                )
        return False
    before.pop()  # "fell by 300"; "cut interest rates by a quarter-point"
    for word in reversed(before[-_BY_OBJECT_WORDS:]):
        if _is_a_fall(word, governs=True):
            return True
        if word[-1:] in ",;:" or _NOT_ACROSS.fullmatch(word.strip(".\"'")):
            return False
    return False


_RISE_WORDS = lazy_pattern(
    r"(?i)^(?:rose|ris(?:e|es|en|ing)|up|higher|more|grew|gain(?:ed|s)?|increas(?:e|ed|es)"
    r"|climb(?:ed|s)?|jump(?:ed|s)?|added|adds|advanced|firmed|widened)$"
)


def _stated_as_a_rise(figure: Figure, quote: str) -> bool:
    """Whether a word of rising governs the figure ("rose 2.1 points as the Tory vote fell").

    "Ended 3 points higher after banks fell": the fall is another figure's.
    """
    at = quote.find(figure.text)
    if at < 0:
        return False
    if any(_RISE_WORDS.match(word.strip(".,;:")) for word in figure.text.split()[1:]):
        return True
    after = [word.strip(".,;:").lower() for word in quote[at + len(figure.text) :].split()[:2]]
    if after[:1] == ["higher"] and after[1:2] != ["than"]:
        return True  # "sent shares 2% higher" ("fell 0.5% higher than forecast" falls)
    before = [w.strip(".,;:").lower() for w in quote[:at].split()[-3:]]
    while before and before[-1] in _BEFORE_A_FALLS_FIGURE | {"by"}:
        before.pop()
    return bool(before) and _RISE_WORDS.match(before[-1]) is not None


def _is_a_fall(word: str, governs: bool = False) -> bool:
    """Whether ``word`` (lower case) states a fall: after its figure, or governing one.

    "Less" only governs ("3.1% less than" compares); a word ending a clause governs
    nothing after it ("prices fell, and 3.1%").
    """
    if governs and word[-1:] in ",;:.":  # "Sales fell. 3% of stores closed."
        return False
    word = word.strip(".,;:)\"'")
    return _FALL_WORDS.fullmatch(word) is not None and (governs or word != "less")


def _falls_in_its_words(counted: str) -> bool:
    """Whether a figure's own words make it a fall.

    "Points lower", "point drop" (of "a 1.3-point drop"), "points below" (its 2019 level),
    "fewer nurses", "job cuts".
    """
    words = counted.lower().split()
    if words[0] == "fewer":
        return True
    if len(words) < 2:
        return False
    if words[0] in POINT_NOUNS:
        return _is_a_fall(words[1]) or words[1] in ("below", "under", "behind")
    return len(words) == 2 and words[1] in _FALL_NOUNS


def _negated(figure: Figure) -> Figure:
    """The figure as a fall: what "fell 14%" states when the record writes `-14%`."""
    return replace(
        figure, strict=-figure.strict, lenient=-figure.lenient, nominal=-figure.nominal
    )


_RATIO_JOINS = lazy_pattern(r"(?i)(?<=\w)\s+(?:in|out of)\s+(?=\w)")
"""A quote read a second time with ratios split ("scored 3 in 5 games": 3, and 5 games), so
that a record of either number is found as well as a record of the share."""


_YEAR = lazy_pattern(r"\d{4}|'\d\d|(?i:FY) ?\d\d|(?i:\b(?:last|this|next)\b)")
"""A year written in a quote's date ("FY24" too, and "October last year", "next January",
which name it from publication); without one, a date is a day of any year."""


def _same_day_of_year(a: Figure, b: Figure) -> bool:
    """A quote's date without a year ("on Dec. 28") states the record's day of any year.

    The quote takes its year from the publication date, but the record may carry the
    right one (28 December 2023 in a story of 3 January 2024).
    """
    def days(figure: Figure) -> tuple[tuple[int, int], tuple[int, int]]:
        first = dt.date.fromordinal(int(figure.strict.lo))
        last = dt.date.fromordinal(int(figure.strict.hi))
        return (first.month, first.day), (last.month, last.day)

    return days(a) == days(b)


def _same_figure(a: Figure, b: Figure) -> bool:
    """Whether the quote's figure ``b`` states the record's figure ``a``.

    "Of those, 18,200 are in Dadu" states `18,200 people` without the noun: a bare number
    in the quote matches a count of the same number written as precisely. "She is 53"
    states `53 years` without the unit: a bare number matches a figure written as that
    number of its unit (without a scale word: "300" does not state "$300 million").
    "Four points" states `4 percentage points`, and "1.6C" a difference of `1.6 Δ°C`.
    """
    if a.is_date and b.is_date and not _YEAR.search(b.text):
        return _same_day_of_year(a, b)
    bare = is_bare_number(b)
    if a.counted is not None and bare:
        if not a.strict.whole:  # "to 7,858.6" of an index `7,858.6 points`: as written
            return a.strict == b.strict or (
                math.isclose(a.strict.lo, b.strict.lo, rel_tol=1e-12)
                and math.isclose(a.strict.hi, b.strict.hi, rel_tol=1e-12)
            )
        # the whole numbers "about 15" covers are those of `about 15 people`; "half a
        # million of them" covers more than `500,000 handsets`
        return _states_the_count(b.strict, a.strict)
    if bare and a.dimension and not a.is_date and not a.display.scale_word:
        written = (a.nominal - a.display.offset) / a.display.factor / a.display.scale
        return abs(written - b.nominal) <= 1e-9 * max(abs(written), 1.0)
    if a.flavour == "points" and b.counted is not None and _in_points(b.counted):
        # "a margin of four points", "a quarter-point cut" (percentage points, also of a
        # record in basis points), "2.1 points lower"; "nearly four points" is not 4
        if _qualifier_kind(a) != _qualifier_kind(b):
            return False
        return any(
            abs(a.nominal / unit - b.nominal) <= 1e-9 * max(abs(b.nominal), 1.0)
            for unit in (0.01, a.display.factor)
        )
    if a.dimension != b.dimension or _share_kind(a) != _share_kind(b):
        return False
    if _per_other_things(a, b):
        return False
    if (_qualifier_kind(a) == "about") != (_qualifier_kind(b) == "about"):
        return False  # "about 3%" is no `3%`: an estimate's reading is wider, as a count's is
    x, y = a.strict, b.strict
    if b.absolute_temperature and not a.absolute_temperature:
        # "beaten by 1.6C (2.9F)": a text writes a difference of degrees as a reading
        y = y.scaled(1.0, -b.display.offset)
    elif a.absolute_temperature != b.absolute_temperature:
        return False
    # relative to the figures' own size, with no floor: £72 per megawatt hour is 2.7e-18 £
    # per joule, and a floor of 1 made it equal to any other price per megawatt hour
    scale = max(abs(x.lo), abs(x.hi), abs(y.lo), abs(y.hi))
    if scale == float("inf"):
        return x == y
    return abs(x.lo - y.lo) <= 1e-9 * scale and abs(x.hi - y.hi) <= 1e-9 * scale


_EVERYONE = frozenset({
    "person", "people", "persons", "population", "resident", "inhabitant", "individual",
})  # fmt: skip
"""Names a rate per so many people goes by: "per 100,000 population" is per 100,000 people."""


def _per_other_things(a: Figure, b: Figure) -> bool:
    """Whether two rates per a number are per different things: per 1,000 households, people.

    The value grammar gives a rate per a number no dimension of what it is per, so "4.9 per
    1,000 households" and `4.9 per 1,000 people` were one figure. A rate that names no
    thing ("4.9 per 1,000") is per what its sentence says, and differs from none.
    """
    def thing(figure: Figure) -> str:
        words = per_clause(figure)[len("per ") :].split()
        if figure.dimension or not words or not words[0][:1].isdigit() or len(words) < 2:
            return ""
        named = _head_of(words[1:])
        if not named:
            return ""
        noun = singular(named.lower())
        return "person" if noun in _EVERYONE else noun

    ours, theirs = thing(a), thing(b)
    return bool(ours and theirs and ours != theirs)


_AFTER_A_HEAD_NOUN = frozenset({
    "of", "in", "at", "on", "for", "from", "across", "among", "aged", "ages", "age", "who",
    "that", "which", "with", "without", "under", "over", "between", "living", "born",
    "nationally", "overall", "worldwide", "globally", "locally", "nationwide", "alone", "each",
    "a", "per", "and", "or", "than", "by", "to", "since", "during", "this", "last", "there",
    "statewide", "countrywide", "then", "now", "compared", "against", "versus", "vs",
})  # fmt: skip
"""Words after the noun a rate is per, which only qualify it: "per 1,000 residents of
Glasgow", "per 1,000 people aged over 65", "per 100,000 people nationally", "per 1,000
people then", "per 1,000 people compared with 7 in Wales"."""

_HEAD_OF_POPULATION = lazy_pattern(r"(?i)head\s+of\s+(?:the\s+)?population\b")
""""Per 100,000 head of population" is per 100,000 population (not per "head", nor "per
1,000 head of cattle", which stays a rate of cattle)."""


def _head_of(words: list[str]) -> str:
    """The noun a rate is per, of the words after its number: the last before a qualifier.

    "Live births" → "births", "residents of Glasgow" → "residents", "people aged over 65"
    → "people", "population overall" → "population" (not the last word of the clause).
    """
    if _HEAD_OF_POPULATION.match(" ".join(words)):
        return "population"
    head = ""
    for word in words:
        cleaned = word.strip(",;:.()\"'")
        lowered = cleaned.lower()
        if (
            not cleaned
            or lowered in _AFTER_A_HEAD_NOUN
            or lowered in VERBS
            or (head and lowered.endswith("ly"))
            or not cleaned[:1].isalpha()
        ):
            break
        head = cleaned
        if word[-1:] in ",;:.)":
            break
    return head


def _share_kind(figure: Figure) -> str | None:
    """"percent" for a percentage, "points" for percentage (or basis) points, else ``None``.

    Both are hundredths of the same dimensionless number, so their intervals agree, but
    "Labour's share was up 1.6%" does not state a rise of `1.6 percentage points`: per cent
    for points is the slip a quote check must catch (and "33.7 percentage points of the
    vote" is no share of `33.7%`).
    """
    if figure.flavour == "points":
        return "points"
    return "percent" if is_percentage(figure) else None


_SIZE_ADJECTIVES = (
    "smaller", "larger", "bigger", "surprise", "further", "full", "additional", "extra",
    "jumbo", "outsized", "modest", "widely expected", "expected", "unexpected",
)  # fmt: skip
"""Words between "a" and "quarter-point" that leave its size a quarter point."""

_SHORT_SCALE = lazy_pattern(r"\d[mMbB]\b")
"""A short scale after a number ("7.6m people"): only then is a quote read for it."""

_THE_FRACTION_POINT = lazy_pattern(
    r"(?i)\b(?:(?:the|this|that|its|their|an?)\s+(?:" + "|".join(_SIZE_ADJECTIVES) + r")\s+"
    r"|(?:the|this|that|its|their|another)\s+)(?=(?:quarter|half)-point)"
)
""""The quarter-point rise" is a quarter-point as "a quarter-point rise" is, and so is "a
smaller quarter-point cut" (an adjective between) and "another quarter-point cut"."""

_ONE_FRACTION = lazy_pattern(
    r"(?i)\b(?:an?\s+)?one-(half|third|quarter|fifth|sixth|eighth|tenth)(?=\s+[^\W\d_])"
)
""""A one-third discount" (one before a noun): a third, not one "third discount"."""

_AFTER_POINTS = lazy_pattern(r"(?i)(?:\b|(?<=\d))(points?|bps?)\s+(?=[^\W\d_])")
"""The word after "point" (or "bp": "a 25bp cut"): a quote of a record in points is read
again without it."""
_IN_BP = lazy_pattern(r"(?i)\dbps?\b|\d\s+bps?\b")


_A_POINT = lazy_pattern(
    r"(?i)(?<![\w-])((?:[\w'-]+\s+){1,2})(?:an?|another)\s+"
    r"((?:(?:single|full|whole|further|additional|extra)\s+)?(?:percentage\s+)?points?)\b"
    r"(?!\s+(?:and\s+a\s+half|or)\b|-and-a-half)"
)
_BEFORE_A_POINT = frozenset({
    "by", "than", "within", "of", "about", "nearly", "almost", "just", "only", "roughly",
    "around", "barely", "under", "over",
})  # fmt: skip
"""Words before "a point" that make it a size: "won by a point", "less than a point", "a
margin of a point", "within a point"; not "at a point", "reached a point", "raised a point"."""


_PART_OF_A_POINT = lazy_pattern(
    r"(?i)\b(?:half|thirds?|quarters?|fifths?|eighths?|tenths?|hundredths?|fraction|part"
    r"|portion|sliver|bit)\s+of\s+$"
)
""""A quarter of a point", "a fraction of a point": a part of a point is never one point
(the value grammar reads "a quarter of a point" itself, as 0.25 points)."""


def _one_point(quote: str, context: Context) -> list[tuple[Figure, str]]:
    """"Won by a point", "less than a percentage point", "within a point": one point.

    The value grammar reads "one point" and "less than one point"; "a point" it reads only
    whole. "Within a point" is at most one point; "a quarter of a point" is none.
    """
    readings: list[tuple[Figure, str]] = []
    for match in _A_POINT.finditer(quote):
        words = match.group(1).lower().split()
        if _PART_OF_A_POINT.search(quote[: match.end(1)]):
            continue
        if words[-1] not in _BEFORE_A_POINT and not (
            _a_word_of_change(words[-1]) and words[-1] not in ("raised", "lowered")
        ):  # ("raised a point of order")
            continue
        tails = [" ".join(words[at:]) for at in range(len(words))]
        qualifier = next(
            (tail for tail in tails if tail in QUALIFIERS),
            "at most" if words[-1] == "within" else "",
        )
        article = match.group(0)[len(match.group(1)) :]
        said = 1 if words[-1] == "within" else len(qualifier.split())
        written = f"{' '.join(match.group(1).split()[-said:])} {article}"
        noun = match.group(2).lower().split()[-1]  # "a full point": one point
        if "percentage" in match.group(2).lower():
            noun = f"percentage {noun}"
        readings += [
            (figure, written if qualifier else article)
            for figure in _readable([f"{qualifier} one {noun}".strip()], context)
        ]
    return readings


def _in_points(counted: str) -> bool:
    """"Points", or points and one word: "point cut", "points lower", "point lead"."""
    words = counted.split()
    return words[0] in POINT_NOUNS and len(words) <= 2


_PENCE_IN_THE_POUND = lazy_pattern(
    r"(?i)(?<![\w.,])(\d+(?:\.\d+)?)\s*(?:p|pence)\s+(?:in|out\s+of|of)\s+(?:the|every|each)"
    r"\s+(?:pound|£)(?![\w-])"
    r"|(?<![\w.,])(\d+(?:\.\d+)?)\s*(?:cents?|¢)\s+(?:on|in|out\s+of|of)\s+(?:the|every|each)"
    r"\s+(?:dollar|euro|buck)(?![\w-])"
)
"""A share written in money: "20p in the pound" (a tax rate), "8p in every pound of public
spending", "30 cents on the dollar" (a settlement), "30 cents of every dollar": 20%, 8%,
30% (each is also an amount of money, which the quote states as well)."""


def _pence_in_the_pound(quote: str) -> str:
    """``quote`` with "20p in the pound" and "30 cents on the dollar" written in per cent."""
    return _PENCE_IN_THE_POUND.sub(lambda match: f"{match.group(1) or match.group(2)}%", quote)


def _what_the_quote_states(
    quote: str, record: Figure, context: Context, published: dt.date | None, sentence: str = ""
) -> tuple[list[Figure], list[Figure]]:
    """The figures a quote states, read every way a sentence states them.

    First the figures as read (and the quote's mismatch message lists them): the quote as
    written, with range joins split ("from 150 to 210" states 150 and 210), with ratios
    split ("3 in 5 games" states 3 and 5 games), and with "up" dropped after a verb of
    movement ("went up to 5.2%"). What the record is tells how to read some words: "a
    week" is a length of time for a record of one, "7.6m people" millions for a count.
    Then what they imply: "over five years" as a period, a measure without what it is of
    ("5 mg per litre" of lead), for a record in points the points without the word after
    them ("a quarter-point cut"), for a negative record a figure the quote says fell
    ("fallen 14%"), for a percentage a multiplying verb ("more than doubled"), for a year
    the year before a noun ("the 2025 budget"), and for a rate in money the rate another
    figure of the ``sentence`` (of the source text, around the quote) is written at
    ("from 96 pounds in 2023" after "72 pounds per megawatt hour").
    """
    at = sentence.find(quote) if sentence else -1
    lead = sentence[:at] if at >= 0 else ""
    loosely = bounds_in_words(quote, loosely=True, lead=lead)  # "passed 12 bills": both ways
    quote, sentence = bounds_in_words(quote, lead=lead), bounds_in_words(sentence)
    # what the record is tells how to read "a week" (a length of time) and "7.6m people"
    durations = record.dimension == (("[time]", 1),)
    millions = (
        counts_things(record) or (is_bare_number(record) and record.display.scale >= 1e6)
    ) and _SHORT_SCALE.search(quote) is not None

    def read(text: str) -> list[Figure]:
        found = figures_in(text, context, published, durations=durations, millions=millions)
        return [f for f in found if _millions_of_it(f, record, text)] if millions else found

    written = quote
    days: list[Figure] = []
    if record.is_date:  # "conducted on 12-13 June" states 12 June and 13 June
        days, written = days_of_date_ranges(quote, published, context.fiscal_year_start)
    found = days + read(written)
    found += _readable(
        (f.text.rsplit(" ", 1)[0] for f in found if f.counted and _a_participle(f.counted)),
        context,
    )  # "the 15.341 billion harvested in 2023": a number, and what befell it
    found += read(_RANGE_JOINS.sub(" ; ", written))
    ratios = [f.text for f in found if _RATIO_JOINS.search(f.text)]
    parts: list[Figure] = []
    for figure in read(_RATIO_JOINS.sub(" ; ", written)):
        # "one in eight households" is listed once, not again as "one" and "eight households"
        (parts if any(figure.text in ratio for ratio in ratios) else found).append(figure)
    if " up to " in quote:
        found += read(_VERB_UP_TO.sub(r"\1 to", quote))
    if "(" in quote:  # "about 610 square miles (1,580 square kilometers)": about both
        found = _qualifier_carried(found, quote, context)
    rates_past_a_bracket = _rates_past_a_qualified_bracket(quote, read) if "(" in quote else []
    points: list[Figure] = []
    if record.flavour == "points" and ("point" in quote.lower() or _IN_BP.search(quote)):
        # "a quarter-point cut": the value grammar reads "a quarter" of "point cut" (25%)
        points = read(_AFTER_POINTS.sub(r"\1 ; ", _THE_FRACTION_POINT.sub("a ", quote)))
    if "point" in quote.lower():  # "won by a point", "within a percentage point"
        points += [
            replace(figure, text=written) for figure, written in _one_point(quote, context)
        ]
    if " over " in quote:  # "$1.5 trillion over 10 years": the period, no bound
        found = _spread_over(found, quote, sentence, context)
    implied = parts + points + _during(found, context, quote) + rates_past_a_bracket
    if loosely != quote:
        implied += read(loosely)
    implied += [cut for cut in (_before_of(f, context) for f in found) if cut]
    if record.nominal < 0 and (
        _FALL_WORDS.search(quote) or _BELOW_A_LEVEL.search(quote) or " off " in quote
    ):
        every = (*found, *points)
        implied += [
            _negated(f) for f in every
            if _stated_as_a_fall(f, quote, every) and not _stated_as_a_rise(f, quote)
        ]  # fmt: skip
    elif record.nominal > 0 and (word := direction_of(record.text)) and word not in FALLS:
        # `0.6 percentage points higher` is no "0.6 points lower than a year earlier"
        every = (*found, *points)
        fell = {
            id(f) for f in every
            if _stated_as_a_fall(f, quote, every) and not _stated_as_a_rise(f, quote)
        }  # fmt: skip
        found = [_negated(f) if id(f) in fell else f for f in found]
        points = [_negated(f) if id(f) in fell else f for f in points]
        implied = [f for f in implied if f.nominal <= 0 or not _stated_as_a_fall(f, quote, every)]
    if record.display.clock:  # "ran 3:45 for the mile": minutes and seconds, or hours
        implied += _readable(
            (
                reading
                for qualifier, minutes, seconds in _TWO_PART_TIME.findall(quote)
                for reading in (
                    f"{qualifier}0:{int(minutes):02d}:{seconds}",
                    f"{qualifier}{minutes}:{seconds}:00",
                )
            ),
            context,
        )
    if "per " in record.display.suffix and record.dimension == _PACE:
        implied += _readable((_pace(*pace) for pace in _A_PACE.findall(quote)), context)
    if record.dimension == _FUEL_ECONOMY and _MPG.search(quote):  # "52 mpg" in UK copy
        imperial = (_MPG.sub("miles per imperial gallon", figure.text) for figure in found)
        implied += _readable(imperial, context)
    if "per " in record.display.suffix and _is_money_rate(record):
        implied += _money_rates(found, quote, context)
        if "gallon" in quote.lower():
            implied += _sterling_gallons(found, context)
        if "pound" in quote.lower():
            implied += read(_A_POUND.sub("per lb", quote))
            implied += read(_A_POUND.sub("per pound", quote))  # "got $1.27 a pound"
    if "per " in record.display.suffix:
        implied += _rate_after_a_bracket(quote, sentence, found, read)
        implied += read(_PER_AN_ABBREVIATION.sub(_per_its_abbreviation, quote))
        implied += _rates_in_words(quote, context)
        if _A_TIME_PER.search(quote):
            implied += read(_A_TIME_PER.sub(r"per \1 ", quote))
        implied += _rate_written_once(found, record, quote, sentence or quote, context)
        implied += _rates_named(found, record, quote, context)
        implied += _rate_of_the_subject(found, record, quote, sentence or quote, context)
        implied += _prices_per_a_currency(found, record, quote, context, sentence)
    implied += _amounts_of_rates(found, context)
    if _a_fraction(record) and _ONE_FRACTION.search(quote):
        implied += read(_ONE_FRACTION.sub(r"a \1 ;", quote))
    if _a_fraction(record) and "every" in quote:
        implied += _ratios_for_every(found, quote, context)
        implied += read(_IN_EVERY.sub(r"\1", quote))  # "one in every 37,000 stars"
    if _a_rate_per_a_number(record) and "every" in quote:
        implied += _rates_in_every(quote, record, context)
    if record.counted is not None and "half a" in quote.lower():
        implied += _halves_of_one(quote, record, context)
    if record.flavour == "percent" and "plus" in quote.lower():
        found = _plus_one(found, quote, context)
    if is_multiplier(record.counted):  # listed, for a message to name them
        found += _multiples(quote, context)
    if " " in quote and (joined := spaced_groups_joined(quote)) != quote:
        implied += read(joined)  # "2 848 million tonnes" in FAO copy
    if record.flavour == "percent" and _PENCE_IN_THE_POUND.search(quote):
        implied += read(_pence_in_the_pound(quote))
    if record.flavour == "percent":
        implied += _readable(
            (size for figure in found if (size := size_of_a_comparative_fall(figure.text))),
            context,
        )  # "3.1% smaller than last year's" states a fall of 3.1%, as "fell 3.1%" does
        implied += _multiplied(quote, context)
        implied += _percent_written_once(quote, context)
    if record.is_date and record.strict.width >= 364:  # a year: "the 2025 budget"
        implied += [
            parse_date(year, published, context.fiscal_year_start)
            for year in _YEAR_BEFORE_A_NOUN.findall(quote)
        ]
    if _share_kind(record) == "percent" and "majorit" in quote.lower():
        found = _as_thresholds(found, quote, context) + _plain_majorities(quote, context)
        implied = _as_thresholds(implied, quote, context)
    if "per " in record.display.suffix:  # "for every hostage released": per hostage
        implied += _rates_per_the_head(found, context)
    if not durations and _AGES.search(sentence or quote):  # "aged 18 to 24" counts no one
        level = is_bare_number(record) and not _a_fraction(record)  # "median age rose from 37.4"
        found, implied = (
            _without_ages(figures, quote, sentence, level) for figures in (found, implied)
        )
    if record.is_date and _A_MONTH.search(quote):  # "in October and November last year"
        found, implied = (_years_shared(figures, quote, read) for figures in (found, implied))
    return found, implied


_PER_MARK = lazy_pattern(r"(?i)(?:\bper|\bfor\s+(?:every|each))\s+")
_PARTICIPLE = lazy_pattern(
    r"(?i)^(?:[^\W\d_]{3,}ed|cast|held|won|lost|shot|taken|given|made|sold|built|spent|paid"
    r"|born|slain|seen|brought|caught|kept|sent|struck|fought|bought|driven|sworn|hit|put"
    r"|run|done|grown|drawn|flown|stolen|written|dug|laid|led)$"
)
_NOUNS_IN_ED = frozenset({
    "hundred", "speed", "breed", "creed", "greed", "tweed", "steed", "seabed", "sickbed",
    "hotbed", "flowerbed", "riverbed", "seed", "need", "shed",
})  # fmt: skip
_A_MONTH = lazy_pattern(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*(?:\d{1,2}\b)?"
    r"(?:st|nd|rd|th)?"
)
_MONTH_OF_A_LIST = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?)"
)
_MONTHS_AND_A_YEAR = lazy_pattern(
    rf"\b(?P<months>{_MONTH_OF_A_LIST}(?:\s*,\s*{_MONTH_OF_A_LIST})*)"
    rf"(?:\s*,)?\s+(?:and|or|&)\s+(?P<last>{_MONTH_OF_A_LIST}),?\s+"
    r"(?P<year>(?:19|20)\d\d\b|(?:last|this|next)\s+year\b)"
)
"""Months listed before one year: "in October and November last year", "September,
October and November 2023", "on March 3 and April 5, 2023". The year is each month's."""


_A_QUALIFIED_BRACKET_AND_A_RATE = lazy_pattern(
    r"(?P<before>[^\s()]+(?:\s+[^\s()]+){0,2})\s*\((?P<qualifier>about|around|roughly"
    r"|approximately|approx\.?|some|nearly|almost|just over|just under|more than|less than)"
    r"\s+(?P<inner>[^()]+)\)\s*(?P<rate>(?:per|a|an|each)\s+[A-Za-z][\w-]*)",
    re.IGNORECASE,
)
"""A figure, its conversion in brackets under a qualifier, then the rate both are at:
"£12.50 (about $15.80) per passenger"."""


def _rates_past_a_qualified_bracket(
    quote: str, read: Callable[[str], list[Figure]]
) -> list[Figure]:
    """Both figures of "£12.50 (about $15.80) per passenger" at the rate after the bracket.

    Without a qualifier the grammar reads "£12.50 ($15.80) per passenger" whole; the
    "about" inside the bracket split it into "£12.50" and "about $15.80", and the rate
    was nobody's: `£12.50 per passenger` and `about $15.80 per passenger` were mismatches.
    """
    rates: list[Figure] = []
    for match in _A_QUALIFIED_BRACKET_AND_A_RATE.finditer(quote):
        rate = match.group("rate")
        for text in (
            f"{match.group('before')} {rate}",
            f"{match.group('qualifier')} {match.group('inner')} {rate}",
        ):
            rates += [figure for figure in read(text) if "per " in figure.display.suffix]
    return rates


def _years_shared(
    found: list[Figure], quote: str, read: Callable[[str], list[Figure]]
) -> list[Figure]:
    """``found`` with each month of a list read in the year written after the list.

    "In October and November last year" states October of last year, not an October of
    any year (a date without a year matches the record's day in any year): `October 2024`
    in a story of May 2024 is a mismatch, `October 2023` consistent. Not a month the quote
    names twice ("… and again in October"); one after the year's own month in the
    calendar is of the year before ("in December and January 2025": December 2024).
    """
    dated: dict[str, Figure] = {}
    for match in _MONTHS_AND_A_YEAR.finditer(quote):
        year = match.group("year")
        last = [f for f in read(quote[match.start("last") : match.end()]) if f.is_date]
        for month in re.split(r"\s*,\s*", match.group("months")):
            if len(re.findall(rf"(?<!\w){re.escape(month)}(?!\w)", quote)) != 1:
                continue  # "in October and November last year and again in October"
            joined = f"{month}, {year}" if month[-1:].isdigit() and year[0].isdigit() else (
                f"{month} {year}"
            )
            readings = [f for f in read(joined) if f.is_date]
            if len(readings) != 1 or len(last) != 1:
                continue
            if readings[0].strict.lo > last[0].strict.lo:
                # "in December and January 2025": a winter across the new year, December
                # of the year before when the year is written out
                if not year.isdigit():
                    continue
                before = str(int(year) - 1)
                readings = [f for f in read(joined.replace(year, before)) if f.is_date]
                if len(readings) != 1 or readings[0].strict.lo > last[0].strict.lo:
                    continue
                shown = f"{before}, before {year}"
            else:
                shown = year
            dated[month.rstrip(".")] = replace(readings[0], text=f"{month} ({shown})")
    if not dated:
        return found
    return [
        dated[f.text.rstrip(".")]
        if f.is_date and f.text.rstrip(".") in dated and not _YEAR.search(f.text) else f
        for f in found
    ]  # fmt: skip


def _a_participle(word: str) -> bool:
    """Whether ``word`` is a past participle ("released", "harvested", "held"), no noun in -ed.

    After a count the value grammar takes it for the counted noun ("15.341 billion
    harvested", "1.2 million displaced"); after "per" for part of the noun ("per hostage
    released"): the quote states the number, and the noun, without it too.
    """
    return _PARTICIPLE.match(word) is not None and word.lower() not in _NOUNS_IN_ED


_AFTER_THE_HEAD = frozenset({
    "in", "on", "at", "from", "across", "during", "within", "inside", "throughout", "under",
    "over", "near", "around", "among", "between", "since", "after", "before", "nationwide",
    "locally", "worldwide", "abroad", "overseas", "with", "without", "who", "whose", "that",
    "aged", "age", "ages",
})  # fmt: skip
"""Words a noun after "per" or "for every" ends before: a place, a time, who the noun is
("per person aged 65", "per household with children", "for every driver who commutes") or
a participle of what was done to it ("for every hostage released", "for every patient on
the ward")."""


def _rates_per_the_head(found: list[Figure], context: Context) -> list[Figure]:
    """"Three prisoners for every hostage released" is 3 prisoners per hostage, too.

    The value grammar reads the noun a rate is per to the end of the phrase (per "hostage
    released", "patient on the ward", "household in Texas"); a record writes the noun
    alone. The rate is read again per the words before a participle or a preposition of
    place or time. A record of another noun ("per soldier") matches neither reading.
    """
    heads: list[str] = []
    for figure in found:
        if not any(name.startswith("[per:") for name, _ in figure.dimension):
            continue
        marks = list(_PER_MARK.finditer(figure.text))
        if not marks:
            continue
        words = figure.text[marks[-1].end() :].split()
        cut = next(
            (
                at for at, word in enumerate(words[1:], 1)
                if word.lower() in _AFTER_THE_HEAD or _a_participle(word)
            ),
            None,
        )  # fmt: skip
        if cut is not None:
            heads.append(figure.text[: marks[-1].end()] + " ".join(words[:cut]))
    return _readable(heads, context)


_AGES = lazy_pattern(r"(?i)\bage[sd]?\b|\d\s*-?\s*(?:years?[\s-]+olds?|yr-olds?|somethings)\b")
_AGE_BEFORE = frozenset({"aged", "age", "ages"})
_AGE_AFTER = lazy_pattern(
    r"(?i)(?:\s*-?\s*(?:to|and|or|-|–)\s*\d+)?\s*-?\s*(?:years?[\s-]+olds?|yr-olds?"
    r"|years?\s+of\s+age|-?somethings)\b"
)
""""Aged 18 to 24", "between the ages of 18 and 24", "18-24-year-olds", "18- to
24-year-olds", "65 years of age": the words that make a bare number an age."""


def _without_ages(
    figures: list[Figure], quote: str, sentence: str, level: bool = False
) -> list[Figure]:
    """``figures`` without the bare numbers that are ages.

    "Of those aged 18 to 24, 40 per cent said ...": the 24 is an age, not the percentage
    that the "to" before it and the per cent after it made it (a record of `24%` passed),
    nor a count of people, nor a bare `24`. A record that is a length of time ("She was
    aged 53" for `53 years`) keeps them, and a bare record (``level``) the level an age
    moved from: "the median age rose from 37.4 to 38.8" states a bare `37.4`.
    """
    written = normalise(quote)
    where = sentence.find(written) if sentence else -1
    text, offset = (sentence, where) if where >= 0 else (written, 0)
    kept: list[Figure] = []
    for figure in figures:
        at = _where_written(figure.text, written)
        if not (
            is_bare_number(figure)
            and at >= 0
            and _an_age(text, offset + at, figure.text)
            and not (level and _the_level_of_an_age(text, offset + at))
        ):
            kept.append(figure)
    return kept


def _where_written(figure_text: str, text: str) -> int:
    """Where ``figure_text`` is written in ``text`` as a whole number (not the 24 of 2024)."""
    match = re.search(r"(?<![\w.,])" + re.escape(figure_text) + r"(?![\w%]|[.,]\d)", text)
    return match.start() if match else -1


_LEVEL_OF_AN_AGE = lazy_pattern(
    r"(?i)\b(?:median|average|mean|typical)\s+age\b(?:\s+[^\W\d_][\w'-]*){0,3}\s+from\s+$"
)
""""The median age rose from", "the average age of mothers went from": the noun age, not
"aged 18 to 24" nor "ages 18 to 24"."""


def _the_level_of_an_age(text: str, at: int) -> bool:
    """Whether the number at ``at`` is the level "the median age rose from" it moved from."""
    return _LEVEL_OF_AN_AGE.search(text[max(0, at - 80) : at]) is not None


def _an_age(text: str, at: int, written: str) -> bool:
    """Whether the bare number ``written`` at ``at`` in ``text`` is an age.

    After "aged", "age" or "ages" in its clause ("aged 18 to 24", "between the ages of 18
    and 24"), or before "-year-olds", "years old", "years of age" ("18-24-year-olds").
    """
    for word in reversed(text[:at].split()[-4:]):
        if word[-1:] in ",;:.":
            break  # "aged 18 to 24, 40 per cent said": the 40 is no age
        if word.lower().strip("(\"'") in _AGE_BEFORE:
            return True
    return _AGE_AFTER.match(text, at + len(written)) is not None


def _qualifier_carried(found: list[Figure], quote: str, context: Context) -> list[Figure]:
    """``found`` with the qualifier of a figure carried to its conversion in brackets.

    "About 610 square miles (1,580 square kilometers)", "up to 45C (113F)", "more than
    $5bn (£4bn)": the brackets restate the figure before them in other units, and its
    qualifier governs both. The bracketed figure states `about 1,580 square kilometers`,
    and a record of plain `1,580 square kilometers` drops the text's qualifier, as one of
    `610 square miles` does. Only a conversion: a measure or an amount of money in other
    units, alone in its brackets. "More than 40% (42.3%)" gives the exact figure, and
    "about 300 (120 of them children)" another.

    A temperature reading in brackets after "about" states itself as written as well:
    "about 370C (698F)" states `698°F` and `about 698°F`. "About" widens a figure by a share
    of it, which for a scale with an arbitrary zero is no band of the temperature (about
    698F would be ±70 °F, about 370C ±37 °C, and about 0C exactly 0C): carried, it made
    the conversion the text writes a mismatch. A bound ("up to 45C (113F)", "more than
    40C (104F)") is still carried: `113°F` drops what the text says of it.
    """
    qualified: dict[str, Figure] = {}
    as_written: set[str] = set()
    for first in found:
        if first.qualifier is None or not first.dimension or first.is_date:
            continue
        for second in found:
            if (
                second.qualifier is None
                and second.text not in qualified
                and _a_conversion(first, second)
                and re.search(
                    re.escape(first.text) + r"\s*\(\s*" + re.escape(second.text) + r"\s*\)", quote
                )
            ):
                written = f"{first.qualifier} {second.text}"
                for carried in _readable([written], context):
                    qualified[second.text] = replace(carried, text=written)
                if second.absolute_temperature and _qualifier_kind(first) == "about":
                    as_written.add(second.text)
    return [
        kept
        for figure in found
        for kept in (
            (qualified[figure.text], figure) if figure.text in as_written
            else (qualified.get(figure.text, figure),)
        )
    ]  # fmt: skip


def _a_conversion(figure: Figure, other: Figure) -> bool:
    """Whether ``other`` is ``figure`` in other units: 559 miles of 900 km, £4bn of $5bn."""
    if not other.dimension or other.is_date or other.counted is not None or other.is_range:
        return False
    if _is_money_rate(figure) and _is_money_rate(other):
        return figure.dimension != other.dimension or not _same_unit(figure, other)
    return figure.dimension == other.dimension and not _same_unit(figure, other)


_PAIR_OF_PERCENTAGES = lazy_pattern(
    r"(?<![\w.,])(\d+(?:\.\d+)?)\s*(?:[-–—]|\s(?:to|and|or)\s)\s*(\d+(?:\.\d+)?)"
    r"\s*(?:%|per\s?cent\b|percent\b|pc\b)"
)
"""Two numbers and one per cent after them: "won by 52 to 48 per cent", "52-48%", "between
40 and 50 per cent", "rates of 5 and 6 per cent"."""

_MOVES = frozenset({
    "edged", "inched", "ticked", "crept", "nudged", "gained", "added", "widened", "moved",
    "shifted", "advanced", "rebounded", "recovered", "slowed", "accelerated", "boosted",
    "lifted", "hiked", "gain", "jump",
})  # fmt: skip
"""Words of change beyond the quote reader's verbs and the words of falling: "inflation
edged 0.1 to 4.1%", "a rise of 0.3 to 5.2%"."""
_BY_WHAT = 4
_YEAR_IN_A_PAIR = lazy_pattern(r"(?:1[5-9]|20)\d\d")
"""How far back from "by" its verb is looked for: "cut interest rates by 0.25 to 5%"."""


def _percent_written_once(quote: str, context: Context) -> list[Figure]:
    """The first of two numbers that one per cent follows: "won by 52 to 48 per cent".

    A sentence writes the per cent once for a pair of percentages, as for a range's ends
    ("between 40 and 50 per cent", "from 3 to 48 per cent"), and the first is as much a
    percentage as the second. Not after a word of change before a level well above it:
    "unemployment rose 0.3 to 5.2%" is a change of 0.3 points to a level of 5.2% (so are
    "slipped 0.3 to", "rose by 0.3 to", "cut rates by 0.25 to", "a rise of 0.3 to"), and
    the 0.3 is no percentage; "prices rose 10 to 15 per cent" is a range of rises, as
    :func:`_points_left_off` reads it (the bare number is points or per cent, never both),
    and "inflation fell 2.5 to 4 per cent" a range of falls (-2.5%, never a rise of 2.5%).
    A year is never one of the pair ("fell from 11.1 in 2022 to 4 per cent").
    """
    firsts: list[str] = []
    for match in _PAIR_OF_PERCENTAGES.finditer(quote):
        before = [word.lower() for word in quote[: match.start()].split()[-(_BY_WHAT + 1) :]]
        if _YEAR_IN_A_PAIR.fullmatch(match.group(1)):
            continue  # "fell from 11.1 in 2022 to 4 per cent": a year, no percentage
        first, second = float(match.group(1)), float(match.group(2))
        change = _a_change_before(before)
        if change and second >= 2 * first:
            continue
        clause = re.split(r"[,;:]\s", quote[: match.start()])[-1].split()[-(_BY_WHAT + 1) :]
        falls = change and any(_FALL_WORDS.fullmatch(word) for word in clause)
        # "inflation fell 2.5 to 4 per cent": a range of falls, if not a fall of 2.5 points
        # to 4%; either way no rise of 2.5%
        firsts.append(f"{'-' if falls else ''}{match.group(1)}%")
    return _readable(firsts, context)


def _a_change_before(before: list[str]) -> bool:
    """Whether the words before a figure (lower case) make it a change: "rose", "fell by"."""
    if not before or before[-1][-1:] in ",;:.":
        return False
    if before[-1] == "of":  # "a rise of 0.3", "a fall of 0.3"
        return len(before) >= 2 and _a_word_of_change(before[-2])
    if before[-1] != "by":
        return _a_word_of_change(before[-1])
    if before[-2:-1] == ["lost"]:
        return False  # "Remain lost by 48 to 52 per cent": a defeat, not a fall
    for word in reversed(before[:-1]):  # "rose by 2", "cut interest rates by 0.25"
        if word[-1:] in ",;:.":
            return False
        if _a_word_of_change(word):
            return True
    return False


def _a_word_of_change(word: str) -> bool:
    """"Rose", "fell", "up", "slipped", "edged", "rise": a word that makes a figure a change.

    Not "went" alone ("the vote went 52-48%"): "went up" and "went down" end in a change.
    """
    word = word.strip("\"'()")
    return (
        (word in CHANGE_WORDS and word != "went")
        or word in _MOVES
        or _FALL_WORDS.fullmatch(word) is not None
    )


SUPERMAJORITY = lazy_pattern(
    r"(?i)\b(?:an?\s+)?((?:one|two|three|four|five|six|seven|eight|nine)[\s-]"
    r"(?:thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths))[\s-](?:super-?)?"
    r"majorit(?:y|ies)\b"
)
"""A majority of a fraction: "a two-thirds majority", "three-fifths supermajorities"."""

_A_MAJORITY = lazy_pattern(
    r"(?i)\b(?:an?|the|its|their|his|her)\s+(?:(?:clear|overall|absolute|simple|narrow|slim"
    r"|outright|working|comfortable|large|big|huge|solid|bare|strong|thin|small|slender"
    r"|wafer-thin|razor-thin)\s+)?majority\b"
    r"(?!\s+(?:leaders?|part(?:y|ies)|whips?|governments?|opinions?|views?|groups?|owners?"
    r"|shareholders?|report)\b)"
)
"""A plain majority: "a majority of voters", "an overall majority"; not "the majority
leader" (a title) nor "a majority party"."""


def _as_thresholds(figures: list[Figure], quote: str, context: Context) -> list[Figure]:
    """``figures`` with a majority of a fraction read as the threshold it is.

    "A two-thirds majority" is at least two-thirds (a share of 80% is one), not a share of
    about two-thirds (361 of 543 seats, 66.5%, is none): it states `at least two-thirds`,
    and no longer `two-thirds`, which would let a share one seat short pass as rounding.
    """
    thresholds = {
        match.group(1).lower(): match.group(0)
        for match in SUPERMAJORITY.finditer(quote)
        if not majority_not_reached(quote, match.start())
    }
    read: list[Figure] = []
    for figure in figures:
        fraction = next((f for f in thresholds if f in figure.text.lower()), None)
        if fraction is None or not SUPERMAJORITY.search(figure.text):
            read.append(figure)
            continue
        try:
            at_least = parse_figure(f"at least {fraction}", context)
        except FigureError:  # "a five-fifths majority": no fraction the grammar reads
            read.append(figure)
            continue
        read.append(replace(at_least, text=thresholds[fraction]))
    return read


def _plain_majorities(quote: str, context: Context) -> list[Figure]:
    """"A majority" (of voters, of the 650 seats; a clear, an overall majority): more than half.

    "A majority of 174" or "of just 12" is a count of seats, the margin: no threshold.
    """
    more_than_half = parse_figure("more than half", context)
    return [
        replace(more_than_half, text=match.group(0))
        for match in _A_MAJORITY.finditer(quote)
        if not _a_count_after(quote[match.end() :])
        and not majority_not_reached(quote, match.start())
    ]


_NOT_REACHED = lazy_pattern(
    r"(?i)(?:\b(?:short\s+of|never|failed\s+to|fails?\s+to|denied|deny|denies|needs?|needed"
    r"|needing|requires?|required|requiring|would\s+need|(?<!first )(?<!party )(?<!managed )"
    r"(?<!able )(?<!went on )to\s+(?:secure|gain|reach))\b|n't\b"
    r"|\b(?:no|not|without)(?:\s+(?:even|quite|yet|always|an?))?\s*$"
    r"|\blost(?:\s+(?:its|their|his|her|the|an?))?\s*$"
    r"|\b(?:no|neither|nobody|none)(?:\s+[\w-]+){0,2}\s+(?:won|wins|had|has|have|secured"
    r"|gained|commanded|commands|held|holds|got|gets|obtained)\s*$)"
)
"""Words that make a majority after them one not won: "short of a majority", "no party won
a majority", "didn't win a majority", "failed to win a two-thirds majority", "lost its
majority", "needed a two-thirds majority but got 64%". "No", "not", "without" and "lost"
only right before it ("not a majority", "without a two-thirds majority"), or "no party
won" before it: "not only won a majority", "lost seats but kept a majority" and "without
doubt won a majority" won one."""
_NOT_REACHED_WORDS = 4


def majority_not_reached(quote: str, at: int) -> bool:
    """Whether the majority written at ``at`` is one the text says was not reached.

    "Only 45% backed the plan, short of a majority" states no share above half, nor does
    "the bill needs a two-thirds majority" state one of two-thirds or more: a threshold
    needed, missed or lost (:data:`_NOT_REACHED`, within a few words before it, in its
    clause).
    """
    before = re.split(r"[,;:.]\s", quote[:at])[-1]
    words = before.split()[-_NOT_REACHED_WORDS:]
    return _NOT_REACHED.search(" ".join(words)) is not None


_BEFORE_A_COUNT = frozenset({
    "just", "only", "about", "some", "around", "nearly", "almost", "over", "barely",
})  # fmt: skip
"""Words between "a majority of" and its number: "a majority of just 12"."""


def _a_count_after(rest: str) -> bool:
    """Whether "of" and a number follow a majority: "a majority of 174", "of just 12"."""
    words = [word.strip(".,;:()").lower() for word in rest.split()[:3]]
    if words[:1] != ["of"]:
        return False
    words = [word for word in words[1:] if word not in _BEFORE_A_COUNT]
    return bool(words) and (words[0][:1].isdigit() or words[0] in NUMBER_WORDS)


def _multiplied(quote: str, context: Context) -> list[Figure]:
    """The changes in per cent that multiplying verbs state, with their qualifiers.

    "Prices doubled" states a rise of 100%; "more than doubled" more than 100%, "nearly
    tripled" nearly 200%, "more than halved" a fall of more than 50% (below -50%). So do
    their other forms: "pledged to triple" 200%, "more than double the previous record"
    more than 100%, "plans to halve" -50% (see :data:`_MULTIPLYING_FORMS`).
    """
    changes: list[Figure] = []
    for qualifier, verb, text in _multiplying_words(quote):
        written = _MULTIPLYING_VERBS.get(verb) or _MULTIPLYING_WORDS[verb]
        if qualifier:
            qualifier = " ".join(qualifier.lower().split())
            if written == "-50%":  # a fall of more than half is below -50%
                qualifier = _OPPOSITE.get(QUALIFIERS[qualifier], qualifier)
            written = f"{qualifier} {written}"
        changes.append(replace(parse_figure(written, context), text=text))
    return changes


def _a_word_of_its_own_after(written: str, quote: str) -> bool:
    """Whether a word the reader left out follows a bare number: "from 3.8 billion rupees".

    Its unit is that word, not the one the sentence wrote before ("against 3.8 billion a
    year earlier", "from 2.34 million." leave theirs off).
    """
    at = quote.find(written)
    after = quote[at + len(written) :].split()[:1] if at >= 0 else []
    word = after[0].strip(".,;:()").lower() if after else ""
    if _a_participle(word):  # "the 15.341 billion harvested in 2023"
        return False
    return word[:1].isalpha() and word not in NOT_COUNTED and word not in BACK_IN_TIME


def _multiplying_words(quote: str) -> list[tuple[str | None, str, str]]:
    """The multiplying verbs and words of a quote: qualifier, word (lower case), text."""
    verbs = [(m.group(1), m.group(2).lower(), m.group(0)) for m in _MULTIPLYING.finditer(quote)]
    for match in _MULTIPLYING_FORMS.finditer(quote):
        groups = match.groups()
        at = next(index for index in (1, 3, 5) if groups[index] is not None)
        verbs.append((groups[at - 1], groups[at].lower(), match.group(0)))
    return verbs


_MULTIPLES = {"100%": "double", "200%": "triple", "300%": "4 times"}
"""The multiple a multiplying word states: "doubled" is double, "quadrupled" 4 times."""


def _multiples(quote: str, context: Context) -> list[Figure]:
    """"Spending more than doubled", "more than double the Rs 60,000 crore": more than double.

    A record of the multiple (`more than double`, `nearly double`, as a ratio check needs
    it) is stated as the change in per cent is (see :func:`_multiplied`); halving is no
    multiple the value grammar writes.
    """
    multiples: list[Figure] = []
    for qualifier, verb, text in _multiplying_words(quote):
        multiple = _MULTIPLES.get(_MULTIPLYING_VERBS.get(verb) or _MULTIPLYING_WORDS[verb])
        if multiple is None:
            continue
        written = f"{' '.join(qualifier.lower().split())} {multiple}" if qualifier else multiple
        multiples += [replace(figure, text=text) for figure in _readable([written], context)]
    return multiples


_PLUS_ONE = lazy_pattern(
    r"(?i)(?<![\d.])(\d+(?:\.\d+)?)(\s*%|[\s-]*per[\s-]?cent|[\s-]*percent)[\s-]+plus[\s-]+"
    r"(one|1)(?:[\s-]+(?:votes?|seats?|ballots?))?"
    r"(?=\s*(?:$|[,.;:)!?\"'\u2019\u201d]|(?:to|in|of|for|and|or|is|was|were|are|needed"
    r"|required|threshold|rule|majority|mark|bar|requirement|hurdle)\b))"
)
""""50% plus one vote", "the 50-percent-plus-one threshold": one vote, seat or ballot, or
one alone, with no noun of its own after it ("6.7% plus 1%" is inflation and a percent
more, "5% plus one extra day of leave" a pay offer)."""


def _plus_one(found: list[Figure], quote: str, context: Context) -> list[Figure]:
    """"50% plus one vote", "the 50-percent-plus-one threshold": more than 50%.

    Not 50% (which stands for 49.5–50.5%: a candidate on 49.6% would reach it) and "one
    vote" or "one threshold" beside it, as the words read apart.
    """
    matches = list(_PLUS_ONE.finditer(quote))
    for match in matches:
        percent = quote[match.start() : match.end(2)]
        alone = any(  # "won 50% in 2019 and now needs 50% plus one vote": 50% stays
            not any(other.start() == at.start() for other in matches)
            for at in re.finditer(rf"(?<![\d.]){re.escape(percent)}", quote)
        )
        found = [
            figure for figure in found
            if (alone or figure.text != percent)
            and quote.find(figure.text, match.start()) != match.start(3)
        ]  # fmt: skip
        found += [
            replace(figure, text=match.group(0))
            for figure in _readable([f"more than {match.group(1)}%"], context)
        ]
    return found


def _unit_left_off(
    record: Figure, found: list[Figure], quote: str, text: str, context: Context
) -> bool:
    """Whether a bare number of the quote is the record's, its unit written once in the sentence.

    "Spending reached £4.1bn, against 3.8 a year earlier" states `£3.8bn`; "unemployment
    was 5.2%, compared with 4.9" states `4.9%`; "26.4 per 100,000 for black women, against
    11.8 for white women" states `11.8 per 100,000`. Only for a percentage, an amount of
    money with a scale word ("bn") and a rate per a number of things, and only when the
    sentence the quote is in writes another figure of exactly that kind: a bare "300"
    alone is not `$300 million`, nor "4.9" `4.9%` (both are as likely a count, points, or
    another amount, and a record retyped from the wrong one would pass unseen). The bare
    number must stand for what the record's does: "about 4.9" is not `4.9%`. A number
    with the record's scale word may leave off a unit of any kind: "2.41 million barrels
    a day, up 3% from 2.34 million" states `2.34 million barrels per day`, "$4.1 billion,
    up from 3.8 billion" `$3.8 billion` (its scale is written, not applied twice), when
    the figure it is compared with (the nearest of its scale before it) is of the record's
    unit, scale and noun, and the sentence writes no figure of that scale in another unit.
    """
    if record.is_range or record.is_date:
        return False
    scaled = record.display.scale_word != "" and record.display.scale > 1
    sentence = _sentence_around(text, quote)
    bare = [
        f for f in found
        if is_bare_number(f)
        and (
            (f.display.scale == 1 and _may_leave_its_unit_off(record))
            or (scaled and f.display.scale == record.display.scale)  # "from 2.34 million"
        )
        and _same_interval(
            f.strict.scaled(record.display.factor * record.display.scale / f.display.scale),
            record.strict,
        )
        and (
            _compared(f.text, quote)
            or (f.display.scale > 1 and _compared_through(f.text, quote, sentence))
        )
        and not _a_word_of_its_own_after(f.text, quote)
    ]  # fmt: skip
    if not bare:
        return False
    others = [other for other in figures_in(sentence, context, None) if not other.is_date]
    if any(f.display.scale == 1 for f in bare) and any(
        not is_bare_number(other) and _in_the_records_unit(other, record) for other in others
    ):
        return True
    return any(_unit_of_the_figure_compared(f, record, quote, sentence, others) for f in bare)


def _unit_named_before(record: Figure, found: list[Figure], quote: str) -> bool:
    """Whether the quote names the record's unit in words and then states its number bare.

    "Vehicle miles traveled rose 2.1% last year to 3.26 trillion" states `3.26 trillion
    vehicle miles`: the unit is the sentence's subject, and the number keeps the record's
    scale word. Only a unit written in words after the record's scale word (`vehicle
    miles`, found whole in the quote before the number), with the number written as the
    record writes it, scale word and all, in the unit's clause, and no figure of that
    scale in another unit in the quote: "3.26 trillion" alone is no `3.26 trillion vehicle
    miles`, nor is it after "vehicle miles" when the quote also writes "3.26 trillion
    litres"; in "tonnes of waste fell to 7.1 million, while households fell to 2.3
    million" the 2.3 million is the households'.
    """
    scale_word = record.display.scale_word
    if record.is_range or record.is_date or not record.dimension or not scale_word:
        return False
    _, written, unit = record.text.partition(scale_word)
    unit = unit.strip().lower()
    if not written or len(unit) < 3 or not unit[0].isalpha():
        return False
    named = re.search(rf"(?<!\w){re.escape(unit)}(?!\w)", quote.lower())
    if named is None:
        return False
    for figure in found:
        if figure.display.scale != record.display.scale:
            continue
        if not is_bare_number(figure) and not _in_the_records_unit(figure, record):
            return False  # "… to 3.26 trillion litres": the scale is another unit's
    return any(
        is_bare_number(figure)
        and figure.display.scale == record.display.scale
        and figure.display.scale_word == scale_word
        and (at := quote.find(figure.text, named.end())) >= 0
        and _A_CLAUSE_AFTER_THE_UNIT.search(quote, named.end(), at) is None
        and _same_interval(
            figure.strict.scaled(record.display.factor * record.display.scale
                                 / figure.display.scale),
            record.strict,
        )
        for figure in found
    )


_A_CLAUSE_AFTER_THE_UNIT = lazy_pattern(
    r"(?i);|\b(?:while|whereas|although|but)\b"
    r"|\bas\s+(?!(?:much|many|high|low|far|well|little|few|large|big|long|great)\b)[a-z]"
    r"|\b(?:and|when)\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\b"
)
"""Between a unit named in words and a number, a new clause with a subject of its own,
whose number it may be: "tonnes of waste fell to 7.1 million, while households fell to
2.3 million", "as the budget hit 3.5 billion", "as vehicle miles rose to 3.26 trillion".
A comma, a bracket, "and" and a verb ("rose 1.2%, to", "(VMT) reached", "rose and hit")
or "as high as" start none."""


def _in_the_records_unit(figure: Figure, record: Figure) -> bool:
    """Whether ``figure`` is written in the record's unit, scale and noun."""
    return (
        figure.dimension == record.dimension
        and figure.flavour == record.flavour
        and figure.display.factor == record.display.factor
        and figure.display.scale == record.display.scale
        and per_clause(figure) == per_clause(record)
        and (record.counted is None or _noun(figure.counted or "") == _noun(record.counted))
    )


def _unit_of_the_figure_compared(
    bare: Figure, record: Figure, quote: str, sentence: str, others: list[Figure]
) -> bool:
    """Whether a bare "3.8 billion" takes the record's unit from the figure it is compared with.

    That is the nearest figure of its scale before it ("€4.1 billion, up from 3.8
    billion"), when every figure of that scale the sentence writes with a unit has the
    record's.

    "€4.1 billion, up from 3.8 billion, while US sales were $2 billion" is no `$3.8
    billion`, nor "users rose to 1.5 billion, up from 1.2 billion" after "$2.1 billion
    revenue" `$1.2 billion`: a sentence with two units of that scale states nothing. A
    count elsewhere in it is no other unit ("$4.1 billion from 3.8 billion as the app
    passed 2 billion users"); the figure compared with is never a count.
    """
    if bare.display.scale == 1 or bare.display.scale != record.display.scale:
        return False
    at = sentence.find(quote)
    if at < 0 or (written := quote.find(bare.text)) < 0:
        return False
    at += written
    scaled = [other for other in others if other.display.scale == bare.display.scale]
    if any(
        not is_bare_number(other)
        and not counts_things(other)
        and not _in_the_records_unit(other, record)
        for other in scaled
    ):
        return False
    before = [
        (sentence.rfind(other.text, 0, at), other)
        for other in scaled
        if sentence.rfind(other.text, 0, at) >= 0
    ]
    if not before:
        return False
    _, compared = max(before, key=lambda placed: placed[0])
    return not is_bare_number(compared) and _in_the_records_unit(compared, record)


_POINTS_CUES = frozenset({
    "rose", "risen", "rise", "fell", "fallen", "fall", "up", "down", "by", "lead", "gap",
    "margin", "climbed", "dropped", "slipped", "edged", "jumped", "gained", "lost", "is", "of",
    "eased", "declined", "dipped", "increased", "grew", "widened", "narrowed",
})  # fmt: skip


def _points_left_off(record: Figure, found: list[Figure], quote: str) -> bool:
    """"Unemployment rose 0.3 to 5.2%", "Labour's lead is 6, at 44% to 38%": points.

    A bare number right after a word of change or of a lead, in a quote that writes a
    percentage, states the record's percentage points.
    """
    if record.flavour != "points" or not any(f.flavour == "percent" for f in found):
        return False
    points = abs(record.nominal) / 0.01
    for figure in found:
        if not is_bare_number(figure) or abs(figure.nominal - points) > 1e-9 * max(points, 1):
            continue
        at = quote.find(figure.text)
        if at < 0:
            continue
        near = [word.lower().strip(",;:").removesuffix("'s") for word in quote[:at].split()[-3:]]
        level = _TO_A_PERCENTAGE.match(quote, at + len(figure.text))
        lead = any(word in ("lead", "gap", "margin") for word in near)
        if not lead and (level is None or float(level.group(1)) < 2 * figure.nominal):
            continue  # "dipped 3 to 5%" is a range; "declined 0.3 to $4.9bn" no points
        cue = near[-1] if near else ""
        if cue in _POINTS_CUES and (cue in _POINTS_FALLS or record.nominal >= 0):
            return True  # "fell 0.3" states `-0.3` or `0.3` points; "rose 0.3" not `-0.3`
    return False


_TO_A_PERCENTAGE = lazy_pattern(r"\s+to\s+(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)")
"""The level after a change in points: "rose 0.3 to 5.2%"."""

_POINTS_FALLS = frozenset({
    "fell", "fallen", "fall", "down", "dropped", "slipped", "lost", "eased", "declined",
    "dipped", "narrowed",
})  # fmt: skip


_COMPARING = frozenset({
    "against", "compared", "from", "versus", "vs", "vs.", "than", "to", "on",
})  # fmt: skip
"""Words that bring in a figure compared with another, whose unit a sentence writes once:
"5.2%, compared with 4.9", "£4.1bn, against 3.8", "down from 26.4"."""


def _compared(written: str, quote: str, at: int | None = None) -> bool:
    """Whether the figure ``written`` in ``quote`` follows a word of comparison.

    ``at`` is where it is written (by default, its first place in ``quote``).
    "Unemployment rose 0.3 to 5.2%": the 0.3 is a change in points, not a percentage;
    "Labour's lead is 6, at 44%": a lead in points; "12 of the 15 districts": a count.
    """
    at = quote.find(written) if at is None else at
    if at < 0 or quote[at + len(written) :].lstrip().lower().startswith("of "):
        return False  # "12 of the 15 districts": a count
    before = [word.lower().strip(",;:()") for word in quote[:at].split()[-2:]]
    if before[-1:] == ["with"]:
        return before[:1] in (["compared"], ["comparison"])
    return any(word in _COMPARING for word in before)


_COMPARED_THROUGH = lazy_pattern(
    r"(?i)\b(?:from|against|versus|vs\.?|than|compared\s+(?:with|to))\s+"
    r"(?:[^\W\d_][\w-]*\s+){0,3}?(?:of|the|[^\W\d_][\w-]*['’]s)\s+$"
)
"""A word of comparison a few words before a figure, through what it was: "from the
previous forecast of 83.1 million", "down from last month's 1.738 billion", "compared with
last year's 4.2 million", "3.1% smaller than the 15.341 billion harvested in 2023"."""


def _compared_through(written: str, quote: str, sentence: str) -> bool:
    """Whether the figure ``written`` in ``quote`` is compared through a noun before it.

    The word of comparison may be outside the quote ("previous forecast of 83.1 million"
    in "… down 0.2 million acres from the previous forecast of 83.1 million"): it is
    looked for in its ``sentence``.
    """
    at, where = quote.find(written), sentence.find(quote)
    if at < 0:
        return False
    text, at = (sentence, where + at) if where >= 0 else (quote, at)
    return _COMPARED_THROUGH.search(text[max(0, at - 80) : at]) is not None


def _may_leave_its_unit_off(record: Figure) -> bool:
    """A percentage, money with a scale word, or a rate per a number of things."""
    if record.flavour == "percent":
        return True
    if _is_money_rate(record) and record.display.scale_word:
        return "per " not in record.display.suffix
    return not record.dimension and record.counted is None and "per " in record.display.suffix


def _same_interval(x: Interval, y: Interval) -> bool:
    """Whether two intervals are one, but for float noise (their ends open alike)."""
    if (x.lo_open, x.hi_open) != (y.lo_open, y.hi_open):
        return False
    return all(
        a == b
        or (math.isfinite(a) and math.isfinite(b) and abs(a - b) <= 1e-9 * max(abs(a), abs(b)))
        for a, b in ((x.lo, y.lo), (x.hi, y.hi))
    )


_SENTENCE_END = lazy_pattern(r"[.!?][\"')\]]*\s+(?=[\"'(\[]*[A-Z])")
"""The end of a sentence: a full stop, then a capital ("£3.8bn." and "Dec. 28" are none)."""
_SENTENCE_REACH = 400


def _sentence_around(text: str, quote: str) -> str:
    """The sentence (at most a few hundred characters each side) the quote is in."""
    at = text.find(quote)
    if at < 0:
        return quote
    before = text[max(0, at - _SENTENCE_REACH) : at]
    after = text[at + len(quote) : at + len(quote) + _SENTENCE_REACH]
    # (with the quote's first letters: "francs. Profit rose" ends a sentence before it)
    ahead = before + quote[:4]
    ends = [end for end in _SENTENCE_END.finditer(ahead) if end.end() <= len(before)]
    start = ends[-1].end() if ends else 0
    # (with the quote's last letters: a quote that ends its sentence, "a year earlier.",
    # takes nothing of the next one)
    last = quote[-3:]
    end = _SENTENCE_END.search(last + after)
    rest = after if end is None else after[: max(0, end.start() - len(last) + 1)]
    return before[start:] + quote + rest


def _amounts_of_rates(found: list[Figure], context: Context) -> list[Figure]:
    """"Sells 20,000 copies daily" states a rate and, as a record may write it, the count."""
    amounts: list[str] = []
    for figure in found:
        words = figure.text.split()
        rate = time_of_a_rate(words[1:])
        if rate is not None:
            amounts.append(" ".join(words[: -rate[0]]))
    return _readable(amounts, context)


def _is_money_rate(figure: Figure) -> bool:
    return any(name.startswith("[currency_") for name, _ in figure.dimension)


def _money_rates(found: list[Figure], quote: str, context: Context) -> list[Figure]:
    """"$250 million a year", "$685,000 daily": the rates a quote states in money.

    A value may write them `per year`; a sentence writes them as it likes.
    """
    rates: list[str] = []
    for figure in found:
        if not _is_money_rate(figure) or "per " in figure.display.suffix:
            continue
        rest = quote[quote.find(figure.text) + len(figure.text) :]
        if rest[:1] in (",", ";", ":", ")"):
            continue  # "$3bn, a person familiar with the matter": no rate across a comma
        said = [word.strip(".,;:)").lower() for word in rest.split()[:3]]
        if len(said) == 3 and said[2] in (*BACK_IN_TIME, *A_SOURCE):
            continue  # "from $180 million a year earlier": an amount then, not a rate
        rate = time_of_a_rate(said[:1]) or time_of_a_rate(["amount", *said[:2]])
        if rate is not None:
            rates.append(f"{figure.text} per {rate[1]}")
    return _readable(rates, context)



_MILLIONS_BEFORE = lazy_pattern(r"\d[mMbB]\s+([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2})")
"""The words after "7.6m": the word counted, or up to two adjectives and it."""

_OF_A_LENGTH = frozenset({
    "high", "wide", "tall", "long", "deep", "thick", "away", "across", "square", "cubic",
    "below", "above", "under", "over", "off",
})  # fmt: skip
"""Words after metres, never adjectives of a count: "a 3m high wall", "7.6m deep"."""

_ADJECTIVE_ENDINGS = (
    "ed", "ible", "able", "ive", "al", "ian", "ish", "ese", "ic", "ous", "less", "ful", "ly",
    "ary",
)  # fmt: skip
_ADJECTIVES = frozenset({
    "new", "young", "old", "older", "younger", "extra", "other", "poor", "rich", "low-paid",
})  # fmt: skip
"""Words that look like adjectives ("registered", "eligible", "young", "first-time",
"British"): between "7.6m" and a plural, a noun ("wall") would be metres."""


def _millions_of_it(figure: Figure, record: Figure, text: str) -> bool:
    """Whether "7.6m" before a word counts the record's things (or is millions at all).

    "7.6m people are waiting" for `7.6 million people`, "2.9m are over 65", "48.2m
    registered voters" and "46.6m eligible voters" for `48.2 million voters` (adjectives
    before the noun counted); not "a 7.6m wall now protects 2,000 homes" for `7.6 million
    homes`, nor "a 3m high wall" (metres), nor after "a" in ``text`` (the text read) or
    before a singular ("A 30m coastal barrier" for `30 million barriers`).
    """
    written = _MILLIONS_BEFORE.search(figure.text)
    if written is None:
        return True
    words = written.group(1).split()
    if words[0].lower() in VERBS:
        return True
    written_here = r"\s+".join(re.escape(part) for part in figure.text.split())
    if re.search(r"(?i)(?<!\w)an?\s+" + written_here, text):  # this figure's own "a"
        return False  # "A 30m coastal barrier": one thing, 30 metres long
    for at, word in enumerate(words):
        lowered = word.lower()
        plural = singular(lowered) != lowered
        if record.counted is None:  # a plain `7.6 million`: "7.6m households", not "7.6m high"
            if plural and not units.is_unit(lowered):
                return True
        elif singular(lowered) == singular(noun := record.counted.split(" ", 1)[0].lower()) and (
            plural or lowered == noun  # "1.5m staff"; not "a 30m barrier" for barriers
        ):
            return True
        # a capitalised word is an adjective only before the record's own noun: "The 50m
        # Olympic pools" are pools of 50 metres, "48.2m British voters" voters
        if at == len(words) - 1 or not _an_adjective(word, record.counted is not None):
            return False
    return False


def _an_adjective(word: str, capitalised: bool = True) -> bool:
    """Whether ``word`` may be an adjective between "7.6m" and what it counts.

    It must look like one ("registered", "eligible", "first-time", "British"), for a noun
    there reads on into a verb ("a 7.6m wall protects homes" is metres), and be no verb,
    stop word, unit or word of length ("a 3m high wall").
    """
    lowered = word.lower()
    if (
        lowered in VERBS
        or lowered in NOT_COUNTED
        or lowered in _OF_A_LENGTH
        or units.is_unit(lowered)
    ):
        return False
    if word[:1].isupper():
        return capitalised  # "Olympic", "British": a name's adjective, or a name
    return (
        "-" in word
        or lowered in _ADJECTIVES
        or lowered.endswith(_ADJECTIVE_ENDINGS)
    )


_SUBJECT_ENDS = lazy_pattern(
    r"(?i)[;]|\bper\s(?!cent\b)|\b(?:a|the) total\b|\bin all\b(?=\s*(?:[,.;]|$))"
    r"|\b(?:while|whilst|whereas|but|although|though)\b|\beven (?:as|though|while)\b"
    r"|\d[^;]*?,(?=\s)(?!\s*(?:(?:up\s+|down\s+)?from|compared\s+(?:with|to))\b)"
    r"|\band\b"
)
"""Where a rate named before its figures stops reaching them: another "per", a total, or
another clause ("Spending per pupil rose 3%, to a total of £360m", "per pupil was £7,460
and per teacher £50,000", "… even as the schools budget rose to £61.6bn", "…, bringing
the schools budget to £61.6bn"), an "and" ("£7,460 and £2bn will go to special needs"),
and a comma after a figure unless "(up/down) from" or "compared with" follows ("rose to
£7,460, the department said, with £2bn going to special needs"); not an aside before the
figures ("Spending per pupil, with inflation taken into account, rose to £7,460")."""


def _rate_of_the_subject(
    found: list[Figure], record: Figure, quote: str, sentence: str, context: Context
) -> list[Figure]:
    """"Funding per pupil will rise to £7,460, up from £7,215": both are per pupil.

    What is measured per a thing is often named once, before the figures ("spending per
    head", "income per person", "funding per pupil"): a plain figure after it, in the same
    clause, states the record's rate per that noun. Not a "per" that another figure writes
    ("£5 per pupil, and £360m in all"), nor one across a clause break.
    """
    noun = _per_noun(record)
    if not noun or " " in noun:
        return []
    written = normalise(quote)
    where = sentence.find(written)
    if where < 0:
        sentence, where = written, 0
    named = [
        match.end()
        for match in re.finditer(r"(?i)\bper\s+([^\W\d_][\w-]*)", sentence)
        if _one_of(match.group(1), noun)
        and not re.search(r"\d\S*\s*$", sentence[max(0, match.start() - 12) : match.start()])
    ]
    carried: list[str] = []
    for figure in found:  # ("earnings per share of 11.20 euros to 11.80 euros": a range)
        if figure.is_date or "per " in figure.display.suffix:
            continue
        at = written.find(figure.text)
        if at < 0:
            continue
        at += where
        if any(end <= at and _SUBJECT_ENDS.search(sentence, end, at + 1) is None for end in named):
            carried.append(f"{figure.text} per {noun}")
    return [rate for rate in _readable(carried, context) if rate.dimension == record.dimension]


def _rate_written_once(
    found: list[Figure], record: Figure, quote: str, sentence: str, context: Context
) -> list[Figure]:
    """"Rent rose to $1,650 a month from $1,550": the $1,550 is a month's rent too.

    A plain amount of the quote in the record's currency, brought in by a word of
    comparison ("from", "against", "compared with") or of change ("jumped $5.04, or 6.3%,
    to $84.93 a barrel"), states the rate another figure of its sentence is written at,
    in the same clause: that figure's rate, not the record's ("$1,550 per week" is not
    stated). The other figure is often outside the quote: "Power prices averaged 72
    pounds per megawatt hour in 2024, down 25% from 96 pounds in 2023" quoted as "from 96
    pounds in 2023" states `£96 per MWh`. "A deposit of $3,300 and rent of $1,650 a month"
    states no rate of $3,300, nor does "rent rose to $1,650 a month, while the deposit fell
    from $3,300" (another clause). A rate in units is carried only to a figure compared
    with it, as the same flow (:func:`_the_same_flow`).
    """
    written = normalise(quote)
    where = sentence.find(written)
    if where < 0:
        sentence, where = written, 0
    money = _is_money_rate(record)
    rates = [
        (rate, sentence.find(rate.text))
        for rate in figures_in(sentence, context, None)
        if rate.dimension == record.dimension and per_clause(rate) and rate.text in sentence
    ]
    carried: list[str] = []
    for figure in found:
        if figure.is_range:
            continue
        at = written.find(figure.text)
        if at < 0:
            continue
        at += where
        before = [word.lower() for word in sentence[:at].split()[-(_BY_WHAT + 1) :]]
        set_beside = before[-1:] == ["at"] and before[-2:-1] != [] and before[-2].endswith(",")
        beside = _compared(figure.text, sentence, at) or _a_change_before(before) or set_beside
        if not (
            beside or _an_estimate_before(before) or _a_beat_by(sentence, at)
        ):  # ("as much as Idaho, at $9,670": another's figure, set beside the rate's)
            continue
        margin = not beside and _a_beat_by(sentence, at)
        if not money and not beside:
            continue
        for rate, rate_at in rates:
            if not beside and not _a_rate_of_its_size(rate, figure, margin):
                continue  # "above the company's total estimate of $40 million": no rate a day
            if not money and not _the_same_flow(rate, figure, sentence, at):
                continue  # "1.5 million barrels a day from 400 million barrels last year"
            low, high = sorted((at, rate_at))
            per = rate_of(rate, figure) or (per_clause(rate) if _money_alone(figure) else "")
            if per and _CLAUSE_BREAK.search(sentence, low, high) is None:
                carried.append(f"{figure.text} {per}")
    # of the rate's own kind: "96 pounds per megawatt hour" as "72 pounds per megawatt hour"
    return [rate for rate in _readable(carried, context) if rate.dimension == record.dimension]


_OF_A_NOUN = lazy_pattern(r"(?i)\s+of\s+([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)")
"""A noun phrase of a figure's own: "3 GW of installed capacity" is a stock."""


def _the_same_flow(rate: Figure, figure: Figure, sentence: str, at: int) -> bool:
    """Whether a measure ``figure`` compared with a ``rate`` in units is the same flow.

    Only at the rate's order (within ten times its amount) and with no noun of its own
    the rate has not: "rose to 1.5 million barrels a day from 400 million barrels last
    year" compares a flow with a year's total, and "5 GW a year, up from 3 GW of installed
    capacity" with a stock: no 400 million barrels a day, no 3 GW a year.
    """
    actual = abs(rate.nominal / rate.display.factor)
    stated = abs(figure.nominal / figure.display.factor)
    if not (actual > 0 and stated > 0 and actual / 10 <= stated <= actual * 10):
        return False
    own = _OF_A_NOUN.search(figure.text) or _OF_A_NOUN.match(sentence, at + len(figure.text))
    return own is None or f"of {own.group(1).lower()}" in rate.text.lower()


def _a_rate_of_its_size(rate: Figure, figure: Figure, margin: bool) -> bool:
    """Whether an estimate or a beat ``figure`` takes the ``rate`` of its clause.

    Only a rate of a plain amount is carried (cents or dollars, no scale word), and only to
    an amount of its order: an estimate within a tenth to ten times the rate, the margin
    of a beat at most ten times it (a loss of 5 cents a share beats an estimate "by 20
    cents"; "$0.40 a share, far below the estimate of $1.05" is a big miss, and news).
    Earnings per share ("beating the consensus estimate of $1.33 by 8 cents"), a price a
    barrel ("$80 a barrel, above the forecast of $75"), a wage an hour. "Earnings of $2
    per share, topping the consensus by $300 million" beat on revenue, "$5 million a day,
    above the company's total estimate of $40 million" is a total, and "$1,650 a month,
    above the city's estimate of $20,000 for a year" no rate a month.
    """
    if rate.display.scale > 1 or figure.display.scale > 1:
        return False
    if rate.display.scale_word or figure.display.scale_word:
        return False
    actual = abs(rate.nominal / rate.display.factor)  # the amount of money, per one thing
    stated = abs(figure.nominal / figure.display.factor)
    if actual == 0:  # "broke even at $0 a share, missing the estimate of 4 cents"
        return True
    if margin:
        return stated <= actual * 10
    return actual / 10 <= stated <= actual * 10


_ESTIMATES = frozenset({
    "estimate", "estimates", "forecast", "forecasts", "expectation", "expectations",
    "consensus", "projection", "projections", "prediction", "predictions", "guidance",
})  # fmt: skip
"""Nouns of what a figure was expected to be: "beating the consensus estimate of $1.33"."""

_BEATING = frozenset({
    "beat", "beats", "beating", "top", "tops", "topped", "topping", "miss", "missed",
    "misses", "missing", "exceed", "exceeded", "exceeds", "exceeding", "surpass",
    "surpassed", "surpassing", "trail", "trailed", "trailing",
})  # fmt: skip
"""Verbs of a figure against its estimate, whose margin follows "by": "beating … by 8 cents"."""
_BEAT_REACH = 8


def _an_estimate_before(before: list[str]) -> bool:
    """"The consensus estimate of $1.33": a figure compared with an actual one.

    It is in the unit the sentence writes once ("earned $1.41 per share, beating …").
    """
    return before[-1:] == ["of"] and len(before) >= 2 and before[-2].strip("'") in _ESTIMATES


def _a_beat_by(sentence: str, at: int) -> bool:
    """"Beating the consensus estimate of $1.33 by 8 cents": the margin of a beat or a miss.

    It is in the unit of what beat ("$1.41 per share"); "helped by 8 cents" is no margin.
    """
    words = [word.lower() for word in sentence[:at].split()[-_BEAT_REACH:]]
    if words[-1:] != ["by"]:
        return False
    for word in reversed(words[:-1]):
        if word[-1:] in ";:.":
            return False
        if word.strip(",") in _BEATING:
            return True
    return False


_EACH = (
    r"(?:for\s+(?:each|every)(?:\s+(?:single\s+)?one(?=\s+of\b))?|each|every|a|an|per)\s+"
    r"(?:of\s+(?:the|his|her|its|their|our|your|these|those)\s+((?:[\w-]+(?:[.,]\d+)*\s+){0,2}))?"
)
_RATE_AFTER = lazy_pattern(r"(?i)\s*" + _EACH + r"([^\W\d_][\w-]*)")
_RATE_INSIDE = lazy_pattern(r"(?i)\s" + _EACH + r"([^\W\d_][\w-]*)")
"""A rate written with "for each", "for every", "each", "a": "£2,500 for each of his three
children", "£500 for every one of the 20 games", "$2,900 for each day", "£12,900 for every
discharge", "£50 a match",
"18,700 passengers an hour each way"."""

_OTHER_NAMES = {"[currency_GBP]": ("sterling",), "[currency_USD]": ("greenback",)}
"""Names of a currency besides the one a rate is written per ("per pound": "sterling")."""

_BEFORE_A_RATE_OF_EXCHANGE = frozenset({
    "to", "at", "of", "around", "near", "above", "below", "from", "was", "is", "buy", "buys",
    "bought", "fetch", "fetched", "fetches", "against", "than", "under", "over",
})  # fmt: skip
"""The word before the price of a currency: "the pound fell ... to $1.2745", "the euro was
flat at $1.0885"."""
_EXCHANGE_REACH = 12


def _per_noun(record: Figure) -> str:
    """What a record's rate is per: "child" of `£2,500 per child`, "hour" of `18,700 per hour`."""
    return record.display.suffix.rpartition("per ")[2].strip().lower()


def _one_of(word: str, noun: str) -> bool:
    """Whether ``word`` is ``noun`` or its plural ("children" of "child")."""
    word = word.lower()
    return word == noun or singular(word) == singular(noun) or singular(word) == noun


def _rates_named(found: list[Figure], record: Figure, quote: str, context: Context) -> list[Figure]:
    """The rates per the record's unit that a quote writes in words.

    "£2,500 for each of his three children" states `£2,500 per child`, "about $2,900 for
    each day he was held" `about $2,900 per day`, "£12,900 for every discharge" `£12,900
    per discharge`, "£50 a match" `£50 per match`, "18,700 passengers an hour each way"
    `18,700 passengers per hour`. The unit must be the one named there: "£2,500 for his
    three children" is no rate, nor "£50 a match" one per game.

    And the price of one currency in another, after the name of the first in its clause:
    "the pound fell 0.4% against the dollar to $1.2745" states `$1.2745 per pound`, "the
    euro was flat at $1.0885" `$1.0885 per euro`; not `$1.2745 per euro`, nor a price the
    currency is not the subject of ("the pound fell, and Brent rose to $84.93").
    """
    noun = _per_noun(record)
    if not noun:
        return []
    if " " in noun:  # (a rate per a number: see _rates_in_every, which keeps its noun)
        return [] if _a_rate_per_a_number(record) else _rates_of_a_phrase(
            found, record, noun, quote, context
        )
    carried: list[str] = []
    for figure in found:
        if "per " in figure.display.suffix or figure.is_date:
            continue
        at = quote.find(figure.text)
        if at < 0:
            continue
        if _each_before(quote, at, noun):  # "Each truck carries roughly 20 tonnes"
            carried.append(f"{figure.text} per {noun}")
            continue
        if _money_alone(figure):  # "90 roubles to the dollar"
            to_the = _TO_THE.match(quote, at + len(figure.text))
            if to_the is not None and _a_currency(to_the.group(1), context):
                carried.append(f"{figure.text} per {to_the.group(1)}")
                continue
        inside = _RATE_INSIDE.search(figure.text)
        if inside is not None and _names(inside, noun):
            carried.append(f"{figure.text[: inside.start()]} per {noun}")
            continue
        after = _RATE_AFTER.match(quote, at + len(figure.text))
        then = quote[after.end() :].split()[:1] if after is not None else []
        if then and then[0].strip(".,;:").lower() in (*BACK_IN_TIME, *A_SOURCE):
            continue  # "from $180 million a year earlier": an amount then, not a rate
        if after is not None and _names(after, noun):
            carried.append(f"{figure.text} per {noun}")
            continue
        if _each_alone(quote, at + len(figure.text), figure, record, noun):
            carried.append(f"{figure.text} per {noun}")  # "$50,000 apiece"
            continue
        if _money_alone(figure) and _exchange_rate_of(quote, at, noun, record):
            carried.append(f"{figure.text} per {noun}")
    return [rate for rate in _readable(carried, context) if rate.dimension == record.dimension]


_A_FIGURE_OF_A_RATE = (
    r"(?P<figure>(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than)\s+)?"
    r"(?:[A-Z]{0,2}\$|[$€£¥₹])?\d[\d,]*(?:\.\d+)?"
    r"(?:\s*(?:million|billion|thousand|trillion|mn|bn|m|k)\b)?"
    r"(?:\s*(?:%|percent|per\s?cent|euros?|pounds?|dollars?|yuan|yen))?"
    r"(?:\s+(?!(?:per|an?|the|in|on|at|of|for|from|to|and|or|but|with|by|last|this|next"
    r"|year|month|week|day|annuali[sz]ed|annual|saar|up|down)\b)[^\W\d_][\w-]*)?)"
)
"""A figure a word of rate binds ("4.19 million units", "$2,629", "about 12,000 euros"),
and at most one noun after it: no clause of its own."""
_AN_ANNUAL_RATE = r"(?:seasonally[\s-]adjusted\s+)?annual(?:i[sz]ed)?\s+(?:rate|pace)"
_ANNUAL_BEFORE = lazy_pattern(
    r"(?i)\b(?:" + _AN_ANNUAL_RATE + r"\s+of|(?:seasonally[\s-]adjusted\s+)?annuali[sz]ed)\s+"
    + _A_FIGURE_OF_A_RATE + r"(?![\w.,-]*\d)"
)
_ANNUAL_AFTER = lazy_pattern(
    r"(?i)" + _A_FIGURE_OF_A_RATE + r"\s+(?:at\s+(?:an?|the)\s+" + _AN_ANNUAL_RATE
    + r"|saar|annuali[sz]ed)\b"
)
_ANNUAL_PACE = lazy_pattern(
    r"(?i)(?<![\w.,])(?P<number>\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|thousand))?)"
    r"-(?P<noun>[^\W\d_]+)\s+" + _AN_ANNUAL_RATE + r"\b"
)
_PERIODIC = {
    "monthly": "month", "weekly": "week", "daily": "day", "yearly": "year", "annual": "year",
    "quarterly": "quarter", "hourly": "hour", "nightly": "night",
}  # fmt: skip
_LINKS = (
    r"(?:of|was|were|is|are|(?:rose|fell|climbed|increased|jumped|dropped|declined|surged|grew"
    r"|edged\s+up|edged\s+down|came\s+down|went\s+up)\s+to|reached|hit|averaged|stood\s+at"
    r"|came\s+to|totall?ed|amounted\s+to)"
)
_PERIODIC_PAYMENT = lazy_pattern(
    r"(?i)\b(?P<rate>" + "|".join(_PERIODIC) + r")\s+(?:[^\W\d_][\w-]*\s+){0,2}?"
    r"(?:payments?|repayments?|rents?|bills?|fees?|salar(?:y|ies)|wages?|premiums?|income"
    r"|pay|pensions?|allowances?|subscriptions?|costs?|charges?|spending|budgets?)"
    r"(?:\s+(?:on|for|of)\s+(?:an?|the)\s+(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)?"
    r"\s+" + _LINKS + r"\s+" + _A_FIGURE_OF_A_RATE + r"(?![\w.,-]*\d)"
)
_PRICE_PER = lazy_pattern(
    r"(?i)\b(?:prices?|costs?|rents?|values?|fees?|charges?)\s+"
    r"(?P<per>per\s+[^\W\d_][\w²]*(?:\s+[^\W\d_][\w²]*)?)\s+" + _LINKS + r"\s+"
    + _A_FIGURE_OF_A_RATE + r"(?![\w.,-]*\d)"
)


def _rates_in_words(quote: str, context: Context) -> list[Figure]:
    """The rates words around a figure make it: "annual", "monthly", "price per".

    US housing copy writes a rate per year in words: "a seasonally adjusted annual rate of
    4.19 million units", "an annualized 1.43 million units", "1.32 million units at an
    annual rate", "a 1.36 million-unit annual pace", "1.356 million units SAAR" state
    `4.19 million units per year` (and the count as written); "carries a monthly payment of
    $2,629", "The monthly mortgage payment was $2,629" `$2,629 per month`; "The price per
    square metre was 12,000 euros" `12,000 euros per square metre`. Only when the words
    bind the figure in one clause, nothing between them but a verb of being or reaching:
    "the monthly payment rose by $300 to $2,629" is read so of neither.
    """
    rates = [f"{m.group('figure')} per year" for m in _ANNUAL_BEFORE.finditer(quote)]
    rates += [f"{m.group('figure')} per year" for m in _ANNUAL_AFTER.finditer(quote)]
    rates += [
        f"{m.group('number')} {m.group('noun')}s per year" for m in _ANNUAL_PACE.finditer(quote)
    ]
    rates += [
        f"{m.group('figure')} per {_PERIODIC[m.group('rate').lower()]}"
        for m in _PERIODIC_PAYMENT.finditer(quote)
    ]
    rates += [f"{m.group('figure')} {m.group('per')}" for m in _PRICE_PER.finditer(quote)]
    return _readable(rates, context)


_A_RATE_AFTER_ITS_BRACKET = lazy_pattern(
    r"\s+(?:per|an?(?![^\S\n]+[^\W\d_][\w-]*\s+(?:before|after|earlier|later|ago|into"
    r"|since)\b)|an?(?=\s+(?:year|month|week|day)\s*[.,;]))\s+[^\W\d_][\w-]*"
    r"(?:\s+[^\W\d_][\w-]*)?"
)  # "($655) per passenger", "a year"; not "a year before the games"
_A_RATE_AFTER_A_BRACKET = lazy_pattern(
    r"\s*\([^()]{1,60}\)" + _A_RATE_AFTER_ITS_BRACKET.pattern
)


def _rate_after_a_bracket(
    quote: str, sentence: str, found: list[Figure], read: Callable[[str], list[Figure]]
) -> list[Figure]:
    """The rate a quote's last figure is written at after a bracket that ends the quote.

    "Compensation of 600 euros" of "compensation of 600 euros ($655) per passenger" states
    `600 euros per passenger`, and "($655)" `$655 per passenger`: the rate follows the
    conversion, which a quote of either figure leaves out. The rate of the other figure
    (`$655 per passenger` of "compensation of 600 euros") is not the quote's.
    """
    written = normalise(quote)
    at = sentence.find(written)
    if at < 0:
        return []
    start, end = at, at + len(written)
    if written.endswith(")") and "(" in written:  # the quote is the bracket: "($655)"
        after = _A_RATE_AFTER_ITS_BRACKET.match(sentence, end)
        start = sentence.rfind(" ", 0, max(0, at - 60)) + 1
    elif written[-1:].isalnum():
        after = _A_RATE_AFTER_A_BRACKET.match(sentence, end)
    else:
        return []
    if after is None:
        return []
    return [
        rate for rate in read(sentence[start : after.end()])
        if "per " in rate.display.suffix
        and any(_starts_with(rate.text.lstrip("("), f.text.lstrip("(")) for f in found)
    ]  # fmt: skip


def _starts_with(text: str, start: str) -> bool:
    """Whether ``text`` starts with the words ``start`` ("600 euros …", not "6")."""
    return text.startswith(start) and not text[len(start) : len(start) + 1].isalnum()


_PER_AN_ABBREVIATION = lazy_pattern(
    r"\bper\s+(?P<noun>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?)\s+\((?P<short>[A-Z]{2,6})\)"
)


def _per_its_abbreviation(match: re.Match[str]) -> str:
    """"Per forty-foot container (FEU)" written per its abbreviation ("per FEU"), if one.

    The abbreviation must start as the noun does: "$80 per barrel (WTI)" names a grade.
    """
    noun, short = match.group("noun"), match.group("short")
    if noun[:1].lower() != short[:1].lower():
        return match.group()
    return f"per {short}"


_EACH_ALONE = lazy_pattern(
    r"(?i)\s+(?:each|apiece)\b(?:\s+for\s+(?:the|his|her|its|their|all)\s+"
    r"(?:[\w-]+\s+)?(?P<noun>[^\W\d_][\w-]*)|(?=\s*(?:$|[.,;:!?)\"\'-]|\s+(?:in|to|from|and|or"
    r"|but|on|at|by|with|as|after|before|while|when|if|over|under|last|this|next)\b)))"
)
""""Each" or "apiece" after an amount, naming no noun of its own ("averaging nearly $20,000
each", "$50,000 apiece for the three defendants"): the amount of each thing counted."""


def _each_alone(quote: str, at: int, figure: Figure, record: Figure, noun: str) -> bool:
    """Whether "each" or "apiece" after a figure makes it the record's rate per ``noun``.

    "Averaging nearly $20,000 each" states `nearly $20,000 per check` (each of the things
    counted, whatever the story calls them), "$50,000 apiece for the three defendants"
    `$50,000 per defendant` (and per no other noun); never a rate per a unit or a length of
    time (`$20,000 per year`), which "each" does not say.
    """
    match = _EACH_ALONE.match(quote, at)
    if match is None:
        return False
    if match.group("noun") is not None and not _one_of(match.group("noun"), noun):
        return False
    counted = _first_counted_nouns(quote[:at])
    if match.group("noun") is None and counted and not any(_one_of(w, noun) for w in counted):
        return False  # "The three men, who stole 40 cars, were fined $5,000 each": per man
    extra = [part for part in record.dimension if part not in figure.dimension]
    return extra == [(f"[per:{noun}]", -1)] and all(
        part in record.dimension for part in figure.dimension
    )


_COUNTED_BEFORE = lazy_pattern(
    r"(?i)(?<![\w.,])(\d[\d,]*|"
    + "|".join(sorted((w for w in NUMBER_WORDS if w.isalpha()), key=len, reverse=True))
    + r")\s+([a-z]+)\b(?:\s+([a-z]+)\b)?"
)


def _first_counted_nouns(text: str) -> tuple[str, ...]:
    """The one or two words after the first count in ``text``: what "each" is each of.

    "The three men, who stole 40 cars": men; "Four firms paid": firms or paid; "three
    masked men": masked or men. "Each" after an amount is each of the clause's subject,
    which a story names first.
    """
    match = _COUNTED_BEFORE.search(text)
    if match is None:
        return ()
    return tuple(word for word in match.group(2, 3) if word)


_A_TIME_PER = lazy_pattern(
    r"(?i)\b(?:a|an)\s+(day|week|month|year|hour|night)\s+"
    r"(?=per\s+(?!(?:the|a|an|cent)\b)[^\W\d_])"
)
""""$95 a day per inmate": a rate per day and per inmate, as "$95 per day per inmate"."""


_EACH_BEFORE = lazy_pattern(
    r"(?i)\beach\s+(?:of\s+(?:the|its|their|his|her)\s+(?:\d[\d,]*\s+)?)?([^\W\d_][\w-]*)\b"
)
_TO_THE = lazy_pattern(r"(?i)\s+to\s+(?:the|one|a|an)\s+([^\W\d_]+)\b")
""""90 roubles to the dollar": the price of a currency in another."""


def _each_before(quote: str, at: int, noun: str) -> bool:
    """"Each truck carries roughly 20 tonnes": the subject names one of what a rate is per.

    In the clause of the figure only: "each truck was checked, and the convoy carried 500
    tonnes" is no rate per truck.
    """
    for match in _EACH_BEFORE.finditer(quote, 0, at):
        if _one_of(match.group(1), noun) and _SUBJECT_ENDS.search(quote, match.end(), at) is None:
            return True
    return False


def _a_currency(word: str, context: Context) -> bool:
    """Whether ``word`` names a currency ("dollar", "euro")."""
    named = _readable([f"1 {word}"], context) if word.isalpha() else []
    return bool(named) and _money_alone(named[0])


def _rates_of_a_phrase(
    found: list[Figure], record: Figure, noun: str, quote: str, context: Context
) -> list[Figure]:
    """"Roughly 610 voters for every polling station" states `… per polling station`.

    What a rate is per may be a phrase; its words must all follow "for every", "for
    each", "each", "per" or "a" (its last one singular or plural): "for every polling
    booth" is no rate per polling station.
    """
    *first, last = noun.split()
    phrase = re.compile(
        r"(?i)(\s+|^)(?:for\s+(?:each|every)|each|every|a|an|per)\s+"
        + "".join(re.escape(word) + r"\s+" for word in first)
        + r"([^\W\d_][\w-]*)\b"
    )
    carried: list[str] = []
    for figure in found:
        if "per " in figure.display.suffix or figure.is_date:
            continue
        inside = phrase.search(figure.text)
        if inside is not None and inside.start() > 0 and _one_of(inside.group(2), last):
            carried.append(f"{figure.text[: inside.start()]} per {noun}")
            continue
        at = quote.find(figure.text)
        after = phrase.match(quote, at + len(figure.text)) if at >= 0 else None
        if after is not None and after.group(1) and _one_of(after.group(2), last):
            carried.append(f"{figure.text} per {noun}")
    return [rate for rate in _readable(carried, context) if rate.dimension == record.dimension]


_IN_EVERY = lazy_pattern(r"(?i)\b(in|out\s+of)\s+every\b")
"""A ratio written with "every": "one in every 37,000 stars" is one in 37,000."""

_RATE_IN_EVERY = lazy_pattern(
    r"(?i)(?<![\w.,])(\d[\d,]*(?:\.\d+)?|[a-z]+)\s+(?:([^\W\d_][\w-]*)\s+)?"
    r"(?:in|for|out\s+of)\s+every\s+(\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million))?)"
    r"(?:\s+([^\W\d_][\w-]*))?"
)
_NOT_A_NOUN_AFTER = frozenset({
    "across", "among", "nationwide", "overall", "around", "within", "throughout", "nationally",
    "locally", "worldwide", "globally", "there", "here", "now", "then", "today",
})  # fmt: skip
"""Words after "in every 1,000" that are no noun it counts: "in every 1,000 across England"."""


def _a_rate_per_a_number(record: Figure) -> bool:
    """A rate per a number of things: `4.9 per 1,000 households`, `3 deaths per 1,000 births`."""
    per = per_clause(record)
    return not record.dimension and per[len("per ") :][:1].isdigit()


def _rates_in_every(quote: str, record: Figure, context: Context) -> list[Figure]:
    """"4.9 households in every 1,000" states `4.9 per 1,000 households`.

    News writes a rate per 1,000 as so many "in every" (or "for every", "out of every")
    1,000: the noun after the 1,000 is what the rate is per ("3 deaths in every 1,000
    births" is `3 deaths per 1,000 births`, never per 1,000 deaths); without one, the noun
    before it ("4.9 households in every 1,000" is per 1,000 households). A noun before "in
    every" is what the rate counts, and the rate keeps it: "25 doctors for every 10,000
    people" states no `25 nurses per 10,000 people`, nor "4.9 households in every 1,000"
    `4.9 evictions per 1,000 households` (a rate per a number compares no counted nouns).
    """
    rates: list[str] = []
    for number, before, every, after in _RATE_IN_EVERY.findall(quote):
        if not number[0].isdigit() and number.lower() not in NUMBER_WORDS:
            continue
        if after and (after.lower() in NOT_COUNTED or after.lower() in _NOT_A_NOUN_AFTER):
            after = ""
        if before and before.lower() in NOT_COUNTED:
            before = ""
        if before and record.counted and not _one_of(before, _noun(record.counted)):
            continue
        if after or before:
            rates.append(f"{number} {before} per {every} {after or before}".replace("  ", " "))
    return _readable(rates, context)


_HALF_A = lazy_pattern(r"(?i)(?<![\w-])half\s+an?\s+([^\W\d_][\w-]*)")


def _halves_of_one(quote: str, record: Figure, context: Context) -> list[Figure]:
    """"Up half a pupil in a year" states `0.5 pupils`: half of one of the record's things.

    Only of the record's own noun: "half a pupil" is no `0.5 teachers`. (The value grammar
    reads "half a million", "half an hour" itself.)
    """
    assert record.counted is not None
    noun = record.counted.split(" ", 1)[0]
    return [
        replace(half, text=match.group(0))
        for match in _HALF_A.finditer(quote)
        if _one_of(match.group(1), noun)
        for half in _readable([f"0.5 {noun}"], context)
    ]


_FOR_EVERY = lazy_pattern(r"(?i)\s+for\s+every\s+([\d,.]+|[^\W\d_]+)\b")
"""A ratio written with "for every": "one officer for every 260 people" is one in 260."""


def _ratios_for_every(found: list[Figure], quote: str, context: Context) -> list[Figure]:
    """"Roughly one officer for every 260 people" states `roughly one in 260`."""
    ratios: list[str] = []
    for figure in found:
        head, inside, rest = figure.text.partition(" for every ")
        if inside:  # "one nurse for every five patients", read as one count
            every: re.Match[str] | None = _FOR_EVERY.match(f" for every {rest}")
            head_figure = _readable([head], context)
            if not head_figure:
                continue
            figure = head_figure[0]
        else:
            at = quote.find(figure.text)
            every = _FOR_EVERY.match(quote, at + len(figure.text)) if at >= 0 else None
        if every is None or figure.counted is None or " " in figure.counted.strip():
            continue
        head = figure.text[: len(figure.text) - len(figure.counted)].strip()
        ratios.append(f"{head} in {every.group(1)}")
    return [ratio for ratio in _readable(ratios, context) if _share_kind(ratio) == "percent"]


def _names(match: re.Match[str], noun: str) -> bool:
    """Whether the words a rate is per ("day", "of his three children") name ``noun``."""
    words = [*(match.group(1) or "").split(), match.group(2)]
    return any(_one_of(word, noun) for word in words)


_MOVES_OF_A_CURRENCY = lazy_pattern(
    r"(?i)was|is|were|has|had|been|stood|stands|closed|ended|traded|trading|flat|steady"
    r"|unchanged|little|changed|against|versus|vs|the|a|its|by|or|cents?|per|percent|up"
    r"|higher|rose|ris(?:e|es|en|ing)|climb(?:ed|s|ing)?|gain(?:ed|s|ing)?|rall(?:ied|ies|y)"
    r"|jump(?:ed|s)?|advanc(?:e|ed|es)|strengthen(?:ed|s)?|firm(?:ed|s)?|edg(?:e|ed|es)"
    r"|tick(?:ed|s)?|add(?:ed|s)?|soar(?:ed|s)?|surg(?:e|ed|es)|dollars?|euros?|yen|yuan"
    r"|pounds?|sterling|greenback|francs?|rupees?|[\d.,%]+"
)
"""The words between a currency and its price: "the pound fell 0.4% against the dollar
to", "the euro was flat at"; any other ("as Brent crude rose to") and the price is
another's."""


def _prices_per_a_currency(
    found: list[Figure], record: Figure, quote: str, context: Context, sentence: str = ""
) -> list[Figure]:
    """"The yen weakened to 151.9 per dollar" states `151.9 yen per dollar`.

    A rate of exchange written as so many per the other currency leaves its own currency
    to the subject of the clause: only when the currency of the record's rate is named
    before the figure, with nothing but words of a currency's moves between (not "the yen
    fell as Brent rose to 84.9 per barrel"). A name the record's currency shares names it
    ("the rupee slid to 83.4 per dollar" for `83.4 Indian rupees per US dollar`), unless
    the quote names another country that uses it ("Pakistan's rupee slid").
    """
    ours = [name for name, power in record.dimension if name.startswith("[currency_")]
    if len(record.dimension) != 2 or len(ours) != 2:
        return []
    priced = [name[len("[currency_") : -1] for name, power in record.dimension if power > 0]
    shared = (
        shared_names_as(priced[0], context, quote, sentence) if len(priced) == 1 else context
    )
    carried: list[str] = []
    for figure in found:
        head, per, rest = figure.text.partition(" per ")
        if not per or any(power > 0 for _, power in figure.dimension):
            continue
        at = quote.find(figure.text)
        before = quote[:at].split() if at >= 0 else []
        if not before or before[-1].lower() not in _BEFORE_A_RATE_OF_EXCHANGE:
            continue
        words = before[-_EXCHANGE_REACH:]
        for index in range(len(words) - 1, -1, -1):
            word = words[index].strip(".,;:\"'’")
            if word.lower().endswith(("'s", "’s")):
                word = word[:-2]
            named = _readable([f"1 {word}"], shared) if word.isalpha() else []
            if named and named[0].dimension == tuple(
                (name, power) for name, power in record.dimension if power > 0
            ):
                if all(
                    _MOVES_OF_A_CURRENCY.fullmatch(between.strip(".\"'’")) is not None
                    or _is_a_fall(between)
                    for between in words[index + 1 : -1]
                ):
                    carried.append(f"{head} {word} per {rest}")
                break
    return [rate for rate in _readable(carried, shared) if rate.dimension == record.dimension]


def _exchange_rate_of(quote: str, at: int, noun: str, record: Figure) -> bool:
    """Whether the amount at ``at`` is the price of the currency ``noun`` named before it."""
    before = quote[:at].split()
    if not before or before[-1].lower() not in _BEFORE_A_RATE_OF_EXCHANGE:
        return False
    if not any(name.startswith("[currency_") and power == -1 for name, power in record.dimension):
        return False
    names = {noun}
    for name, power in record.dimension:
        if power == -1:
            names.update(_OTHER_NAMES.get(name, ()))
    words = before[-_EXCHANGE_REACH:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lower().strip(".,;:\"'’")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if word in names or singular(word) in names:
            return all(
                _MOVES_OF_A_CURRENCY.fullmatch(between.strip(".\"'’")) is not None
                or _is_a_fall(between)
                for between in words[index + 1 : -1]
            )
    return False


_A_GALLON = lazy_pattern(r"(?i)(?<!\bUS )(?<!\bU\.S\. )(?<!\bAmerican )\b(gallons?)\b")
"""A gallon not said to be American ("a gallon", not "a US gallon")."""


def _sterling_gallons(found: list[Figure], context: Context) -> list[Figure]:
    """"6.72 pounds a gallon": in a price in sterling, a gallon is an imperial gallon.

    The value grammar reads "gallon" as the US gallon (3.785 litres), so a record of `£6.72
    per imperial gallon` (147.9p a litre is £6.72 per imperial gallon, £5.60 per US
    gallon) was not stated by the British text that gives it. A price in dollars keeps its
    US gallon, and "a US gallon" stays one.
    """
    return _readable(
        (
            _A_GALLON.sub(r"imperial \1", figure.text)
            for figure in found
            if ("[currency_GBP]", 1) in figure.dimension
            and "imperial" not in figure.text.lower()
            and _A_GALLON.search(figure.text)
        ),
        context,
    )


_A_POUND = lazy_pattern(r"(?i)\b(?:per|a)\s+pound\b(?!\s+sterling)")
"""A price "per pound" or "a pound": "settled at $2.0555 per pound", "$5.63 a pound".

The value grammar reads "$1.27 per pound" as the currency (an exchange rate, dollars per
pound sterling) and refuses "$5.63 a pound" as either; but every US meat, dairy, cotton or
coffee price is written so, and means per lb. So the quote is read again with "per lb":
it states both `$2.0555 per lb` and `$2.0555 per pound`, as "2 mb/d" states a million and
a thousand barrels a day. "Per pound sterling" is no weight."""


def _money_alone(figure: Figure) -> bool:
    """An amount of money and nothing else: "96 pounds", "$1,550" (not "$1,550 a month").

    :func:`~checks.figures.rate_of` takes a rate's amount to be the dimensions of positive
    power, which a unit with time in its denominator breaks: per megawatt hour leaves
    currency × time², so "96 pounds" was no amount of "72 pounds per megawatt hour".
    """
    return (
        bool(figure.dimension)
        and all(name.startswith("[currency_") for name, _ in figure.dimension)
        and not per_clause(figure)
    )


_CLAUSE_BREAK = lazy_pattern(r"(?i),\s*(?:while|whereas|and|but|as|although)\b|;")


_YEAR_BEFORE_A_NOUN = lazy_pattern(
    r"(?<![\w,.$€£¥₹/-])(?<!(?i:FY) )(?<!(?i:year) )(?<!(?i:fiscal) )((?:1[5-9]|20)\d\d)"
    r"(?= (?!fiscal\b|financial\b)[a-z])"
)
"""A year before a noun, which the value grammar reads as a count ("the 2025 budget": 2025
budgets): a record of a year finds its year in it. Not "2,025 voters", "$2025 rent", nor a
fiscal year ("fiscal 2025 budget", "the 2025 fiscal year")."""

_TWO_PART_TIME = lazy_pattern(
    r"(?i)((?:(?:under|over|below|about|around|nearly|almost|inside|more\s+than|less\s+than)"
    r"\s+)?)(?<![\d:.])(\d{1,3}):(\d\d)(?![\d:]|\.\d)"
)
"""``3:45``, which the value grammar refuses (minutes or hours?): a race time record written
``0:03:45`` or ``3:45:00`` finds it in the quote, with its qualifier ("the first man under
3:48" states `under 0:03:48`)."""

_PACE = (("[length]", -1), ("[time]", 1))
_A_PACE = lazy_pattern(
    r"(?i)(?<![\d:.])(\d{1,2}):(\d\d)(\.\d+)?\s*(?:per|a|an|/)\s*"
    r"((?:km|kilomet(?:re|er)s?|miles?|mi)\b"
    r"|(?:\d{2,4}|\d,\d{3})\s?(?:km|kilomet(?:re|er)s?|miles?|mi|m|met(?:re|er)s?|yards?|yds?)\b)"
)
"""A pace: "2:57.7 per kilometre" is 177.7 seconds per kilometre; a swimmer's "1:45 per
100m" and a rower's split "1:32/500m" are per a distance of so many metres or yards."""

_FUEL_ECONOMY = (("[length]", -2),)
_MPG = lazy_pattern(r"(?i)\bmpg\b|\bmiles? (?:per|a|to the) gallon\b")
"""Miles per gallon: "52 mpg", "9.4 miles per gallon" state US and imperial gallons, as the
text does not say which (the value grammar reads the US gallon)."""


def _pace(minutes: str, seconds: str, decimals: str, per: str) -> str:
    """"2:57.7 per kilometre" as the value grammar reads it: "177.7 seconds per km"."""
    return f"{int(minutes) * 60 + int(seconds)}{decimals} seconds per {per}"

_MULTIPLYING_VERBS = {
    "doubled": "100%", "tripled": "200%", "trebled": "200%", "quadrupled": "300%",
    "halved": "-50%",
}  # fmt: skip
"""Verbs that state a change in per cent: "prices doubled" states a rise of 100%."""

_MULTIPLYING = lazy_pattern(
    r"(?i)\b(?:(more\s+than|nearly|almost|roughly|about|around|approximately|at\s+least"
    r"|close\s+to|less\s+than)\s+)?(" + "|".join(_MULTIPLYING_VERBS) + r")\b"
)
"""A multiplying verb, with the qualifier before it ("have more than doubled")."""

_MULTIPLYING_WORDS = {
    "double": "100%", "doubling": "100%", "triple": "200%", "tripling": "200%",
    "treble": "200%", "trebling": "200%", "quadruple": "300%", "quadrupling": "300%",
    "halve": "-50%", "halving": "-50%",
}  # fmt: skip
"""The other forms of the multiplying verbs: "pledged to triple", "more than double the
previous record", "a doubling of capacity"."""

_QUALIFIER_OF_A_MULTIPLE = (
    r"(?:(more\s+than|nearly|almost|roughly|about|around|approximately|at\s+least|close\s+to"
    r"|less\s+than)\s+)?"
)
_PERIOD_NOUNS = (
    r"(?:decades?|years?|months?|weeks?|weekends?|days?|nights?|quarters?|periods?|century"
    r"|centuries|terms?|parliament|summer|winter|spring|autumn|fall|\d[\d-]*)"
)
"""What a period after "over" ends with: "over the next ten years", "over 2025-30"."""
_NOT_MULTIPLIED = (
    r"(?![\w-]|\s+(?:digits?|figures?|glazing|glazed|dips?|whammy|standards?|deckers?|rooms?"
    r"|beds?|agents?|acts?|crowns?|jumps?|locks?|checks?|down|up|back|as|time|times"
    r"|period|rate)\b|\s+over\b(?!\s+(?:[\w-]+\s+){0,3}?" + _PERIOD_NOUNS + r"\b))"
)
"""Words after "double" that make it no multiplication: "double digits", "double glazing",
"a triple lock", "to double down", "doubling time", "double as", and "double over" (to
bend) unless a period follows ("set to double over the decade", "halving over five
years", "will more than double over the next ten years" multiply)."""
_MULTIPLYING_FORMS = lazy_pattern(
    r"(?i)(?:\b(?:to|will|would|could|can|may|might|should|must|shall)\s+"
    + _QUALIFIER_OF_A_MULTIPLE + r"(double|triple|treble|quadruple|halve)" + _NOT_MULTIPLIED
    + r"|(?<!\bto\s)\b" + _QUALIFIER_OF_A_MULTIPLE + r"(double|triple|treble|quadruple)"
    r"(?=\s+(?:the|its|their|his|her|our|this|that|these|those|what|last)\b)"
    r"|\b" + _QUALIFIER_OF_A_MULTIPLE + r"(doubling|tripling|trebling|quadrupling|halving)"
    + _NOT_MULTIPLIED + ")"
)
"""A multiplication in another form than the past tense: the infinitive or after a modal
("pledged to triple renewable capacity", "will more than double"), before what it
multiplies ("more than double the previous record", "nearly triple last year's"), and the
noun ("a doubling of capacity", "tripling renewable energy"). Not the adjective before a
noun ("a double murder", "double-digit", "to double glazing")."""

_OPPOSITE = {
    "above": "less than", "at_least": "at most", "below": "more than", "at_most": "at least",
}  # fmt: skip
"""The qualifier of a fall: "more than halved" is a change below -50%."""


class _Difference(msgspec.Struct, frozen=True):
    """A temperature of a quote that the words of its sentence make a difference."""

    reading: Figure
    """What the value grammar reads: ``3°C``, a point on the Celsius scale."""
    difference: Figure
    """What the words state: ``3 Δ°C`` ("has warmed by 3°C"), ``0.2 Δ°C per decade``."""
    written: str
    """The difference as a value writes it: ``3 Δ°C``."""
    reason: str
    """The words that make it one: “warmed by 3°C”: a difference of temperatures."""


@functools.lru_cache(maxsize=8)
def _figures_of_the_article(
    text: str, context: Context, published: dt.date | None
) -> tuple[Found, ...]:
    """Every figure of the article with what its words make of it (read once per article).

    The reader of ``claim-checks extract`` is imported only here: a run whose quotes state
    no temperature never loads it (a fifth of the quote reader's import).
    """
    from checks.extract.finding import find_figures

    return tuple(find_figures(text, context, published))


def _is_of_temperature(figure: Figure) -> bool:
    """A reading or a difference of temperatures, or a rate of one ("0.2 Δ°C per decade")."""
    return ("[temperature]", 1) in figure.dimension


def _differences_stated(
    text: str, quote: str, context: Context, published: dt.date | None
) -> list[_Difference]:
    """The temperatures of ``quote`` that the words around them in ``text`` make differences.

    A story writes a difference of degrees as it writes a reading: "has warmed by 3°C
    (37.4°F)", "1.60C (2.88F) above pre-industrial levels", "beating the record by 0.8C",
    "an anomaly of 1.2C", "warmed by 0.2C per decade". The value grammar reads each as a
    reading, so a record of `3°C` would pass although the text states `3 Δ°C` (and the
    record would then judge its conversion with the 32° offset). The words are read as
    ``claim-checks extract`` reads them (:mod:`checks.extract.temperatures`), in the whole
    sentence: the conversion in brackets after a difference ("(37.4°F)") is one too, even
    in a quote that starts at the bracket. A quote found more than once states a difference
    only where every place of it does.
    """
    article = _figures_of_the_article(text, context, published)
    stated = [_differences_within(article, start, end) for start, end in quote_spans(text, quote)]
    if not stated:
        return []
    return [
        difference
        for difference in stated[0]
        if all(
            any(other.written == difference.written for other in place) for place in stated[1:]
        )
    ]


def _differences_within(article: tuple[Found, ...], start: int, end: int) -> list[_Difference]:
    """The differences of temperatures written between ``start`` and ``end``."""
    return [
        _Difference(
            item.figure, item.meaning, item.meaning_text or item.meaning.text,
            item.meaning_reason or "",
        )
        for item in article
        if item.meaning is not None
        and _is_of_temperature(item.meaning)
        and not item.meaning.absolute_temperature  # not "minus 12C", a reading below zero
        and item.start < end
        and item.end > start
    ]  # fmt: skip


def _readings_that_are_differences(
    found: list[Figure], differences: list[_Difference]
) -> list[Figure]:
    """``found`` without the readings its sentence makes differences ("warmed by 3°C")."""
    return [
        figure
        for figure in found
        if not (
            figure.absolute_temperature
            and any(_the_reading_of(figure, difference) for difference in differences)
        )
    ]


def _the_reading_of(figure: Figure, difference: _Difference) -> bool:
    """Whether ``figure`` is the reading the grammar makes of ``difference``'s words.

    Whatever qualifier it took from the figure before its brackets: "(2F)" of "risen by
    about 1.1C (2F)" is "about 2F".
    """
    reading = difference.reading
    return (
        _same_unit(figure, reading)
        and figure.is_range == reading.is_range
        and math.isclose(figure.nominal, reading.nominal, rel_tol=1e-9)
    )


def _with_carried_qualifiers(
    differences: list[_Difference], found: list[Figure], context: Context
) -> list[_Difference]:
    """``differences`` with the qualifier a reading of them carries ("about 2 Δ°F").

    In "risen by about 1.1C (2F)" the "about" governs the conversion too (see
    :func:`_qualifier_carried`), and the difference it states is `about 2 Δ°F`.
    """
    qualified: list[_Difference] = []
    for difference in differences:
        qualifier = next(
            (f.qualifier for f in found if f.qualifier and _the_reading_of(f, difference)), None
        )
        if qualifier and difference.difference.qualifier is None:
            written = f"{qualifier} {difference.written}"
            for carried in _readable([written], context):
                difference = replace(difference, difference=carried, written=written)
        qualified.append(difference)
    return qualified


def _same_unit(a: Figure, b: Figure) -> bool:
    """Whether two figures are written in one unit (°F, whatever its spelling)."""
    return (a.display.factor, a.display.offset) == (b.display.factor, b.display.offset)


def _a_difference_for_a_reading(
    record: Figure, differences: list[_Difference], quote: str
) -> str | None:
    """The message for a reading recorded from a difference the quote states, or ``None``.

    "The Arctic has warmed by 3°C (37.4°F)" against `3°C`: the number is the text's, but
    a reading converts with the 32° offset and a difference without it, so every check of
    the record would judge the wrong thing (3°C is 37.4°F as a reading: the offset slip of
    the text passes). The record should be `3 Δ°C`.
    """
    if not record.absolute_temperature:
        return None
    for difference in differences:
        reading = difference.reading
        if _same_unit(record, reading) and (
            _same_figure(record, reading) or _same_kind_and_number(record, reading)
        ):  # (37.4°F is 3°C as a reading: "3°C (37.4°F)" is the record's 37.4°F)
            return (
                f"the quote {quote!r} states {difference.reading.text} as a difference of"
                f" temperatures, not a reading ({difference.reason}): write the value as"
                f" `{difference.written}`"
            )
    return None


_A_NUMBER_ADJECTIVE = lazy_pattern(
    r"(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|single)-[^\W\d_]"
)


def _listed(found: list[Figure]) -> list[str]:
    """The figures a mismatch message names, once each, and none that is no figure.

    Both readings of a quote find most figures twice; "two years" and "six months" are
    parts of "two years and six months" (and listed beside it read as it again); "a rate"
    (of "to a rate of 992,000 units") and "two-bedroom units" are read as counts of one and
    two, which no reader takes them for.
    """
    texts = list(dict.fromkeys(
        f.text for f in found
        if not (
            f.counted is not None and not f.dimension
            and (
                (f.text[:2].lower() in ("a ", "an") and f.nominal == 1)
                or _A_NUMBER_ADJECTIVE.match(f.text)
            )
        )
    ))  # fmt: skip
    return [
        text for text in texts
        if not any(
            other != text and re.search(rf"(?<![\w.,]){re.escape(text)}(?![\w.,])", other)
            for other in texts
        )
    ]  # fmt: skip


def quote_results(
    model: ClaimFile, document: Document, path: Path, scope: Scope, root: Path | None = None
) -> list[CheckResult]:
    """One ``quote`` result per claim with a quote, when the source text is available."""
    reference = model.source.text
    if reference is None:
        return []
    text_location = document.where(("source", "text"))
    assert text_location is not None
    try:
        text = read_source_text(path, reference, root or path.parent)
    except (SourceTextError, OSError) as exc:
        return [CheckResult("source-text", "quote", Verdict.ERROR, text_location, str(exc))]
    haystack = normalise(text)
    published_figure = scope.figures.get("source.published")
    published = dt.date.fromordinal(int(published_figure.strict.lo)) if published_figure else None
    results: list[CheckResult] = []
    for claim_id, claim in model.claims.items():
        if claim.quote is None:
            continue
        location = document.where(("claims", claim_id, "quote")) or text_location
        operands = (Operand(claim_id, claim.value or claim.date or "", claim.quote),)
        check_id = f"quote-{claim_id}"
        if normalise(claim.quote) not in haystack:
            results.append(
                CheckResult(
                    check_id,
                    "quote",
                    Verdict.MISMATCH,
                    location,
                    f"the quote is not in the source text ({reference}): {claim.quote!r}",
                    operands=operands,
                )
            )
            continue
        figure = scope.figures.get(claim_id)
        if figure is None:
            results.append(
                CheckResult(
                    check_id,
                    "quote",
                    Verdict.ERROR,
                    location,
                    f"claim {claim_id!r} could not be read",
                    operands=operands,
                )
            )
            continue
        if scope.details:  # review reports show what the record's figure stands for
            operands = (operand_shown(claim_id, figure, claim.quote),)
        with_precision = figure if claim.precision is not None else None
        if claim.value is not None and claim.precision is not None:
            # the text states the figure as written: `precision` says what it stands for
            try:
                figure = parse_figure(claim.value, scope.context)
            except FigureError:
                pass
        if claim.value is None and claim.date is None:
            results.append(
                CheckResult(check_id, "quote", Verdict.CONSISTENT, location, operands=operands)
            )
            continue
        sentence = _sentence_around(haystack, normalise(claim.quote))
        context = in_its_currency(figure, scope.context, claim.quote, sentence)
        found, implied = _what_the_quote_states(
            claim.quote, figure, context, published, sentence
        )
        differences = (
            _differences_stated(text, claim.quote, scope.context, published)
            if _is_of_temperature(figure)
            else []
        )
        if differences:  # "has warmed by 3°C": a difference, whatever the grammar reads
            differences = _with_carried_qualifiers(differences, found, scope.context)
            if figure.absolute_temperature:
                found = _readings_that_are_differences(found, differences)
                implied = _readings_that_are_differences(implied, differences)
            implied += [difference.difference for difference in differences]
        if any(_same_figure(figure, candidate) for candidate in (*found, *implied)) or (
            claim.value is not None
            and (
                _unit_left_off(figure, found, normalise(claim.quote), haystack, scope.context)
                or _points_left_off(figure, found, normalise(claim.quote))
                or _unit_named_before(figure, found, normalise(claim.quote))
            )
        ):
            results.append(
                CheckResult(check_id, "quote", Verdict.CONSISTENT, location, operands=operands)
            )
            continue
        stated = _listed(found)
        if not stated and "point" in claim.quote.lower():  # "about a point" is a figure
            stated = list(dict.fromkeys(w for _, w in _one_point(claim.quote, context)))
        listed = " and ".join([", ".join(stated[:-1]), stated[-1]] if len(stated) > 1 else stated)
        kind = "value" if claim.value is not None else "date"
        verdict, message = _same_amount(
            figure, [*found, *implied], claim.quote, listed, kind, context, with_precision
        )
        as_a_difference = _a_difference_for_a_reading(figure, differences, claim.quote)
        if as_a_difference is not None:
            verdict, message = Verdict.MISMATCH, as_a_difference
        results.append(
            CheckResult(check_id, "quote", verdict, location, message, operands=operands)
        )
    return results


__all__ = ["SUPERMAJORITY", "majority_not_reached", "quote_results"]
