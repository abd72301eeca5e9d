"""``change``: "rose 20% from $100m to $120m", "up 3 percentage points"."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import partial
from typing import Literal

from msgspec.structs import replace
from pydantic import Field

from checks.display import Display, format_number, format_percent, format_percent_range
from checks.figures import (
    FALLS,
    POINT_NOUNS,
    QUALIFIERS,
    Figure,
    in_percentage_points,
    is_bare_number,
    is_multiplier,
    is_percentage,
)
from checks.intervals import Interval
from checks.kinds import (
    READINGS,
    CheckError,
    Outcome,
    Parameters,
    Scope,
    Tolerance,
    beside_percentages,
    describe_interval,
    register,
    same_dimension,
)
from checks.kinds.same import bound_side, open_bounds_as_figures

Way = Literal["relative", "difference"]
"""How ``by`` is read: a relative change (a percent) or a difference of the two figures."""


class ChangeSpec(Parameters):
    """The three figures of a change."""

    from_: str = Field(alias="from", description="Claim id of the earlier figure.")
    to: str = Field(description="Claim id of the later figure.")
    by: str = Field(description="Claim id or figure: a percent, percentage points or an amount.")


class ChangeParameters(Parameters):
    """``change: {from: a, to: b, by: c}``."""

    change: ChangeSpec


def _operands(parameters: ChangeParameters) -> list[str]:
    spec = parameters.change
    return [spec.from_, spec.to, spec.by]


def _bare_change_between_percentages(by: Figure, start: Figure) -> str:
    """What to write for ``by: 0.3`` or ``by: 3 jobs`` between two percentages."""
    written = by.text.strip()
    if by.counted:
        return (
            f"by: {written} is a count of {by.counted}, but from and to are percentages:"
            " write the change in percentage points or in percent"
        )
    message = (
        f"by: {written} between two percentages is neither percentage points nor a relative"
        f" change: write `{written} percentage points` for the difference or `{written}%`"
        f" for a change relative to {start.text}"
    )
    if abs(by.nominal) < 1:
        hundredfold = format_number(by.nominal * 100)
        message += (
            f" (if {written} is a fraction, `{hundredfold} percentage points` or"
            f" `{hundredfold}%`)"
        )
    return message


_MULTIPLIED = {
    "doubled": ("double", "100%"), "tripled": ("triple", "200%"),
    "trebled": ("triple", "200%"), "quadrupled": ("four times", "300%"),
    "halved": ("", "-50%"),
}  # fmt: skip
"""Verbs of a change that ``by:`` might be given: the multiple each states, which ``by``
takes as written, and the percentage it stands for (halving has no multiple that reads
as one: ``half`` is a fraction)."""


def _verb_of_multiplying(by: str) -> str | None:
    """What to write for ``by: doubled`` or ``by: nearly doubled``, or ``None``.

    The multiple (``nearly double``), judged on the ratio of ``to`` to ``from``; a
    percentage would read the qualifier on the percentage ("nearly 100%" is 90–100%,
    which a true "nearly doubled" to 1.83 times fails).
    """
    words = by.lower().split()
    if not words or words[-1] not in _MULTIPLIED:
        return None
    *head, verb = words
    qualifier = " ".join(head)
    if qualifier and not _LEADING_QUALIFIER.fullmatch(qualifier + " "):
        return None
    multiple, percent = _MULTIPLIED[verb]
    written = f"by: {by.strip()!r} is not a figure"
    if not multiple:
        if qualifier:
            return (
                f"{written}: compare the figures in an `expect` (`to < from / 2` for"
                " \"more than halved\", `to / from == nearly half` for \"nearly halved\")"
            )
        return f"{written}: write the change in percent, `{percent}`"
    if qualifier:
        return f"{written}: write the multiple, `{qualifier} {multiple}`"
    return f"{written}: write the multiple, `{multiple}`, or the change in percent, `{percent}`"

# --- a word of direction in `by` -----------------------------------------------------------

_COMPARATIVES = {"smaller": "lower", "cheaper": "lower", "larger": "higher", "bigger": "higher"}
"""Comparatives of size and price that state a direction as ``lower`` and ``higher`` do:
"14.867 billion bushels, 3.1% smaller than the 15.341 billion harvested in 2023" is a fall
of 3.1%, "20% cheaper than the $999 Pro" one of 20%. Not "slower" or "faster": a time
25% slower is longer, a speed 25% slower is lower."""

_ADJECTIVES = frozenset({"fewer", "less", "more", "lower", "higher", *_COMPARATIVES})
"""Words of direction that never end the name of what is counted ("job cuts" may)."""

_DIRECTION = re.compile(
    r"(?i)(?<![\w-])(?:(fewer|less|more)(?![\w-])"
    r"|(lower|higher|smaller|cheaper|larger|bigger"
    r"|(?:fall|drop|decline|decrease|reduction|cut|rise|increase|gain|jump)s?"
    r"|loss|losses|lost|gained)(?:\s+(?:risk|chance|odds|likelihood|rate))?\s*$)"
)
"""``fewer``, ``less``, ``more`` after the number; ``lower``, ``higher`` (and
:data:`_COMPARATIVES`) and the nouns of a change (``fall``, ``rise``…) as its last word
(``0.3 points lower``, ``a 67% drop``, ``8% smaller``), so that "lower house seats" or
"rise in rents" keep their meaning."""
_ARTICLE = re.compile(r"(?i)^an?\s+(?=[\d.−$£€¥₹-])")
""""a" before a number, left when a noun of change is taken off: "a 67% drop" is 67%."""
_LEADING_QUALIFIER = re.compile(
    r"(?i)^\s*(?:"
    + "|".join(
        r"\s+".join(map(re.escape, q.split())) for q in sorted(QUALIFIERS, key=len, reverse=True)
    )
    + r")\s+"
)


def _direction(text: str, things: tuple[str, ...] = ()) -> tuple[str, re.Match[str]] | None:
    """The word of direction in a ``by`` text (``20 fewer cases``), and where it is.

    A qualifier in front (``more than 20``, ``no fewer than 20``, ``less than 5%``) bounds
    the figure and states no direction: it is skipped, and so is a hyphenated word
    (``20 less-developed countries``). Two such words are a :class:`CheckError`. A noun of
    change that ends what ``from`` and ``to`` count (``things``: "job cuts", "losses")
    names the things, not the direction: "15,000 more job cuts" is a rise.
    """
    qualifier = _LEADING_QUALIFIER.match(text)
    start = qualifier.end() if qualifier else 0
    found = [
        match
        for match in _DIRECTION.finditer(text, start)
        if not _names_the_things(text, match, things)
    ]
    if not found:
        return None
    if len(found) > 1:
        words = " and ".join(repr(match.group().strip()) for match in found)
        raise CheckError(f"by: {text.strip()} states two directions ({words}): keep one")
    match = found[0]
    return (match.group(1) or match.group(2)).lower(), match


def direction_of(text: str) -> str | None:
    """The word of direction a figure's own text states (``lower`` of ``0.6 points lower``).

    The reading ``by:`` gives such words, for the other places that must not take "0.6
    points higher" for a fall: a quote of the record, a diagnosis that turns a sign. A
    word in :data:`FALLS` states a fall, any other a rise; ``None`` for none, or for two.
    """
    try:
        found = _direction(text)
    except CheckError:
        return None
    return _COMPARATIVES.get(found[0], found[0]) if found else None


def _names_the_things(text: str, match: re.Match[str], things: tuple[str, ...]) -> bool:
    """Whether ``match`` is the last word of the counted noun of ``from`` and ``to``."""
    if match.group().strip().lower() in _ADJECTIVES:
        return False
    written = " ".join(text[: match.end()].lower().split())
    for thing in things:
        noun = " ".join(thing.lower().split())
        for spelling in (noun, noun + "s", noun + "es", noun.removesuffix("s")):
            if spelling and written.endswith(spelling):
                return True
    return False


def _without(words: str | None, word: str) -> str | None:
    """``fewer cases`` without ``fewer``: ``cases`` (``None`` when nothing is left)."""
    if words is None:
        return None
    kept = [w for w in words.split(" ") if w.lower() != word]
    return " ".join(kept) or None


def _directed(figure: Figure, word: str, text: str) -> Figure:
    """``figure`` as the change its word states: negative after ``fewer``, ``less``, ``lower``.

    The word leaves the counted noun and the suffix (``20 fewer cases`` is a change of
    −20 cases). A temperature reading (``2°C lower``) becomes a difference of degrees.
    """
    if figure.nominal - figure.display.offset < 0:
        bare = text.strip().lstrip("-−").strip()
        raise CheckError(
            f"by: {text.strip()} has both a minus sign and {word!r}: write `{bare}`"
            " (the word states the direction)"
        )
    display = replace(figure.display, suffix=_without(figure.display.suffix, word) or "")
    strict, lenient, nominal = figure.strict, figure.lenient, figure.nominal
    if figure.absolute_temperature:  # "2°C lower": a difference of two degrees
        offset = figure.display.offset
        strict, lenient = strict.scaled(1.0, -offset), lenient.scaled(1.0, -offset)
        nominal -= offset
        display = replace(display, offset=0.0)
    ends = figure.ends
    if _COMPARATIVES.get(word, word) in FALLS:
        strict, lenient, nominal = -strict, -lenient, -nominal
        if ends is not None:
            ends = (ends[1], ends[0])
    if ends is not None:  # each end written with its sign: "−9%" of "5% to 9% less"
        low, high = (_directed(end, word, end.text) for end in ends)
        ends = (
            replace(low, text=low.display.format_single(low.nominal)),
            replace(high, text=high.display.format_single(high.nominal)),
        )
    return replace(
        figure,
        text=text,
        strict=strict,
        lenient=lenient,
        nominal=nominal,
        counted=_without(figure.counted, word),
        display=display,
        absolute_temperature=False,
        ends=ends,
    )


def stated_by(scope: Scope, key: str, things: tuple[str, ...] = ()) -> Figure:
    """The figure of ``by``, with a word of direction read as its sign.

    "20 fewer cases" states a fall of 20 cases, "20 more cases" a rise: ``by: 20 fewer
    cases`` is −20 cases. A claim keeps its record (its ``precision:``); a figure written
    in place is read without the word (``$5m less`` is −$5m, although ``less`` after a sum
    of money is no unit).
    """
    if key in scope.figures or key in scope.broken:
        figure = scope.figure(key)
        found = _direction(figure.text, things)
        if found is not None and _signed_by_its_word(figure, found[0]):
            return figure  # "0.6 percentage points lower" was read as −0.6 points
        return figure if found is None else _directed(figure, found[0], figure.text)
    found = _direction(key, things)
    if found is None:
        return scope.figure_or_literal(key)
    word, match = found
    rest = _ARTICLE.sub("", " ".join((key[: match.start()] + " " + key[match.end() :]).split()))
    if not rest:
        raise CheckError(f"by: {key.strip()} has no figure")
    try:
        return _directed(scope.figure_or_literal(rest), word, key.strip())
    except CheckError:
        stated = _without_a_noun(scope, rest)
        if stated is None:
            raise
    return _directed(stated, word, key.strip())


def _signed_by_its_word(figure: Figure, word: str) -> bool:
    """Whether the value grammar already gave ``figure`` the sign of its ``word``.

    A size in points with its word of direction (``0.6 percentage points lower``) is read
    signed, a fall negative, and so is a percentage with its comparative (``3.1%
    smaller``); written without a minus sign of its own.
    """
    in_points = figure.flavour == "points" or figure.counted in POINT_NOUNS
    signed = in_points or figure.flavour == "percent"
    if not signed or figure.text.lstrip()[:1] in ("-", "−"):
        return False
    return (figure.nominal < 0) == (_COMPARATIVES.get(word, word) in FALLS)


def _without_a_noun(scope: Scope, text: str) -> Figure | None:
    """The figure of "12% price" in "a 12% price rise", or ``None``.

    A percentage or an amount before a noun of what changed; a count keeps its noun
    ("5,000 job" is no figure to drop).
    """
    shorter = text.rsplit(" ", 1)[0]
    if shorter == text:
        return None
    try:
        figure = scope.figure_or_literal(shorter)
    except CheckError:
        return None
    return figure if figure.counted is None and figure.display.suffix else None


def counted_things(*figures: Figure) -> tuple[str, ...]:
    """What ``from`` and ``to`` count ("job cuts"), for :func:`stated_by`."""
    return tuple(dict.fromkeys(f.counted for f in figures if f.counted))


# --- the kinds of `by` ---------------------------------------------------------------------


def _with_ends(figure: Figure, convert: Callable[[Figure], Figure]) -> Figure:
    """``convert(figure)``, a range's ends converted too."""
    converted = convert(figure)
    if figure.ends is None:
        return converted
    return replace(converted, ends=(convert(figure.ends[0]), convert(figure.ends[1])))


def _ends_in_points(figure: Figure) -> Figure:
    """A range read in percentage points beside a percentage, its ends read so too."""
    if figure.ends is None or figure.flavour != "points" or figure.ends[0].flavour == "points":
        return figure
    low, high = (in_percentage_points(end) for end in figure.ends)
    return replace(figure, ends=(low, high))


def _index_level(figure: Figure) -> bool:
    """A level of an index or a score: a bare number, or points (``7,450 points``)."""
    return is_bare_number(figure) or figure.counted in POINT_NOUNS


def _in_their_unit(by: Figure, start: Figure) -> str:
    """``by``'s number written in the unit of ``start``: ``2.2 per 100,000``."""
    style = by.display
    number = (by.nominal - style.offset) / style.factor / style.scale
    shown = start.display
    return replace(shown, offset=0.0).format_single(number * shown.factor * shown.scale)


def _points_advice(by: Figure, start: Figure, end: Figure) -> str:
    """What to write for a ``by`` in points between two figures that are not percentages.

    Beside a rate (``22.3 per 100,000``) or a bare level, points are the figures' own unit
    ("rose 2.2 points"): ``by``'s number in that unit. Between counts ("2.48 million
    encounters") points mean nothing and a relative change is meant ("a decline of about
    14%"): ``by``'s number in percent, or the figures' own difference; ``by``'s number in
    their unit would carry their scale word ("−14 million encounters").
    """
    if start.counted is None or "per " in start.display.suffix:
        return f"write the change in the unit of from and to: `{_in_their_unit(by, start)}`"
    style = by.display
    number = format_number((by.nominal - style.offset) / style.factor / style.scale)
    difference = replace(start.display, offset=0.0).format_difference(end.nominal - start.nominal)
    return (
        f"points between counts are no change of them: write the relative change, `{number}%`,"
        f" or the difference of the figures, `{difference}`"
    )


def _way(start: Figure, end: Figure, by: Figure) -> Way:
    """Whether ``by`` is a relative change or a difference; :class:`CheckError` if neither."""
    if is_percentage(by) or (
        by.flavour is None and not by.dimension and start.dimension and not start.flavour
    ):
        if start.absolute_temperature:
            raise CheckError(
                f"a percentage change of a temperature reading ({start.text}) depends on the "
                "scale it is read in; state the change in degrees (`by: 20 Δ°C`)"
            )
        return "relative"
    # two leads or gaps in percentage points differ by points too ("narrowed to 21 from 24")
    percentages = (is_percentage(start) and is_percentage(end)) or (
        start.flavour == end.flavour == "points"
    )
    if by.flavour == "points":
        if not percentages:
            advice = ""
            if not start.dimension and not start.flavour:
                advice = "; " + _points_advice(by, start, end)
            raise CheckError(
                "a change in percentage points needs two percentages as from and to" + advice
            )
        return "difference"
    if by.dimension != start.dimension:
        raise CheckError(f"by: {by.text} is neither a percent nor in the unit of {start.text}")
    if not percentages and not (_index_level(start) and _index_level(end)):
        # "rose 2.2 points to 22.3 per 100,000": points (or a bare number) beside a rate
        # per 100,000 would be read as 2.2 whole units, 100,000 times the change
        written = _in_their_unit(by, start)
        if by.counted in POINT_NOUNS:
            raise CheckError(
                f"by: {by.text} is in points, but {start.text} and {end.text} are not"
                " percentages: points need percentages on both sides; "
                + _points_advice(by, start, end)
            )
        if is_bare_number(by) and "per " in start.display.suffix:
            raise CheckError(
                f"by: {by.text} is a bare number, but {start.text} and {end.text} are rates"
                f" ({start.display.suffix}): write the change in their unit, `{written}`"
            )
    return "difference"


# --- judging -------------------------------------------------------------------------------


@register("change", ChangeParameters, _operands, "A stated change matches its two figures.")
def judge_change(
    parameters: ChangeParameters, scope: Scope, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Holds when some values of from, to and by satisfy the change.

    ``by`` in percent is relative, ``(to − from) / |from|``; in percentage points it is the
    difference of two percentages; in the figures' own unit it is ``to − from``. Ranges are
    compared end by end (:func:`_pairs`).
    """
    spec = parameters.change
    start, end = scope.figure(spec.from_), scope.figure(spec.to)
    if spec.by not in scope.figures and (advice := _verb_of_multiplying(spec.by)):
        raise CheckError(advice)
    by = stated_by(scope, spec.by, counted_things(start, end))
    multiple = is_multiplier(by.counted) and by.counted not in counted_things(start, end)
    (_, start), (_, end) = beside_percentages(
        [(spec.from_, start), (spec.to, end)],
        "compare",
        count_advice="`from` and `to` of a change are two figures of one kind",
    )
    if multiple:  # "nearly double" is a multiple of `from`, no difference of "times"
        same_dimension([(spec.from_, start), (spec.to, end)], "compare")
        return _judged_multiple(start, end, by, lenient, tolerance)
    start, end = _ends_in_points(start), _ends_in_points(end)
    if is_percentage(start) and is_percentage(end):
        if by.counted in POINT_NOUNS:
            by = _with_ends(by, in_percentage_points)
        elif by.flavour is None and not by.dimension and not is_percentage(by):
            raise CheckError(_bare_change_between_percentages(by, start))
    elif start.flavour == end.flavour == "points" and by.counted in POINT_NOUNS:
        by = _with_ends(by, in_percentage_points)  # a lead of 24 points narrowed 3 points
    same_dimension([(spec.from_, start), (spec.to, end)], "compare")
    if lenient and (moved := _against_the_figures(start, end, by)):
        strict = judge_change(parameters, scope, False, tolerance)
        if strict.holds:
            return strict
        return replace(strict, arithmetic=partial(_against, moved, strict))
    way = _way(start, end, by)
    finest = not lenient and is_percentage(start) and is_percentage(end)
    pairs = [
        (which, _at_the_finest_digits(*figures) if finest else (*figures, ""))
        for which, figures in _pairs(start, end, by, way)
    ]  # end by end: a range ("5.25%-5.50%") has no written width, its ends have
    if len(pairs) == 1:
        _, (start, end, by, note) = pairs[0]
        outcome = _judged(start, end, by, way, lenient, tolerance)
        if note and not outcome.holds:
            return replace(outcome, arithmetic=partial(_noted, note, outcome))
        if outcome.holds and not lenient:
            tallies = [(spec.from_, start), (spec.to, end)]
            note = _tallies_note(tallies, spec.by, by, way, scope, tolerance)
            return replace(outcome, caution=note)
        return outcome
    failed = [
        (which, _noted_if(noted, outcome))
        for which, (first, last, stated, noted) in pairs
        if not (outcome := _judged(first, last, stated, way, lenient, tolerance)).holds
    ]
    if failed:
        return Outcome(False, partial(_at_the_ends, tuple(failed)))
    return Outcome(True)


def _judged_multiple(
    start: Figure, end: Figure, by: Figure, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Whether ``to`` is the multiple of ``from`` that ``by`` states ("nearly double").

    "$157 billion, nearly double the $86 billion valuation it reached in February": the
    ratio 1.83 is judged against the multiple as the value grammar reads it (``nearly
    double`` is 1.5–2 times, as in ``expect: to / from == by``), not as a percentage: the
    advice to write "nearly 100%" (90–100%, 1.9–2 times) failed that true sentence. A
    multiple of a figure that may be zero or negative, or of a range, means nothing
    definite: a :class:`CheckError` with the way to write it.
    """
    if start.absolute_temperature or end.absolute_temperature:
        raise CheckError(
            f"by: {by.text} is a multiple of a temperature reading ({start.text}), which"
            " depends on the scale it is read in; state the change in degrees (`by: 20 Δ°C`)"
        )
    if by.nominal <= 0:  # "three times lower", "a tenfold fall": negated by its word
        raise CheckError(
            f"by: {by.text} is a multiple with a word of falling, which readers take as a"
            " fraction or as nothing definite: write the change in percent (`-67%` for"
            " three times lower) or compare in an `expect` (`to / from == 1/3`)"
        )
    if any(figure.ends is not None for figure in (start, end, by)):
        raise CheckError(
            f"by: {by.text} is a multiple of from, and a range has no one multiple: compare"
            " the figures in an `expect` (`to / from == 2 times`)"
        )
    a, b = start.reading(lenient), end.reading(lenient)
    if a.lo <= 0:
        raise CheckError(
            f"by: {by.text} is a multiple of from, and {start.text} may be zero or negative:"
            " write the change in the unit of from and to"
        )
    computed = b / a
    stated = tolerance.widen(by.reading(lenient), by.nominal, by.dimension)
    holds = computed.meets(stated)
    style = Display(suffix="times")

    def explain() -> str:
        ratio = end.nominal / start.nominal
        return (
            f"{end.text} is {format_number(ratio)} times {start.text}, but it is stated as"
            f" {by.text}; {READINGS[lenient]} it is"
            f" {describe_interval(Interval(computed.lo, computed.hi), style, against=stated)}"
        )

    return Outcome(holds, explain)


def _tallies_note(
    tallies: list[tuple[str, Figure]],
    by_name: str,
    by: Figure,
    way: Way,
    scope: Scope,
    tolerance: Tolerance,
) -> str:
    """A note beside a change between bounds that holds, when their written numbers do not.

    "The toll rose to at least 1,200 from at least 1,000, an increase of 500": as the
    shared format reads bounds, two lower bounds differ by anything at all, so every
    ``by`` holds. Casualty copy states the change of its confirmed tallies, and 1,200 −
    1,000 is 200: the verdict stays, and its message says so, with the way to check the
    numbers as written. The written numbers are read leniently (as rounded), and so is
    ``by``, its own written number when it is a bound too ("more than 200"), which is off
    only beyond the written change in its own direction. Only when ``from`` and ``to``
    are bounds of one direction.
    """
    written = open_bounds_as_figures(tallies, scope)
    if written is None:
        return ""
    (_, start), (_, end) = written
    stated = (open_bounds_as_figures([(by_name, by)], scope) or [(by_name, by)])[0][1]
    try:
        outcome = _judged(start, end, stated, way, True, tolerance)
    except CheckError:
        return ""
    if outcome.holds or _rounded_towards_its_bound(start, end, stated, by, way):
        return ""
    outcome = _judged(start, end, replace(stated, text=by.text), way, True, tolerance)
    moved = _nominal_change(start, end, way)
    against = (
        f"; they {'fall' if moved < 0 else 'rise'} and the change is stated as a"
        f" {'rise' if moved < 0 else 'fall'}"
        if moved * stated.nominal < 0
        else ""
    )
    return (
        "it holds as bounds, which are open-ended and differ by any amount; but the written"
        f" numbers of these tallies do not give the change: {outcome.explanation}{against}."
        " If the story states the change of confirmed tallies, set `precision: exact` on the"
        " claims that state them to check their numbers as written"
    )


def _rounded_towards_its_bound(
    start: Figure, end: Figure, stated: Figure, by: Figure, way: Way
) -> bool:
    """Whether a ``by`` that is a bound is the written change rounded the way it may be.

    "Rose to at least 1,234 from at least 1,012, by more than 200": 222 is more than 200,
    and "more than doubled" from 1,012 to 2,146 (+112%) is true; a lower bound is written
    below the tally, an upper bound ("up to", "fewer than") above it. Only a bound beyond
    the written change in its own direction, or against its sign, is a tally slip.
    """
    side = bound_side(by)
    moved = _nominal_change(start, end, way)
    if side is None or moved * stated.nominal <= 0:
        return False
    beyond = abs(stated.nominal) > abs(moved)
    return not beyond if side == "lower" else beyond


def _noted(note: str, outcome: Outcome) -> str:
    return f"{note}: {outcome.explanation}"


def _noted_if(note: str, outcome: Outcome) -> Outcome:
    """``outcome`` with ``note`` before its explanation, when there is one."""
    return replace(outcome, arithmetic=partial(_noted, note, outcome)) if note else outcome


def _against_the_figures(start: Figure, end: Figure, by: Figure) -> str:
    """``"fall"`` or ``"rise"`` when the written figures move against ``by``'s sign, else ``""``.

    "Raised by 25 basis points to 4.75% from 5%": read loosely, 5% may be 4.5%, and a
    rise of 25 basis points to 4.75% would hold; but the figures as written fall, and no
    rounding of them turns a cut into a rise. Such a change is judged on the strict
    reading alone (a `mismatch`, which the ``change_direction`` slip names). Single
    figures only: a range's direction is its ends'.
    """
    if any(figure.ends is not None for figure in (start, end, by)):
        return ""
    moved = end.nominal - start.nominal
    stated = by.nominal - (by.display.offset if by.absolute_temperature else 0.0)
    if moved * stated >= 0:
        return ""
    return "fall" if moved < 0 else "rise"


def _against(moved: str, outcome: Outcome) -> str:
    stated = "rise" if moved == "fall" else "fall"
    return (
        f"{outcome.explanation}; the figures as written {moved}"
        f" and the change is stated as a {stated}: no rounding turns a {moved} into a {stated}"
    )


def _written_width(figure: Figure) -> float | None:
    """The width its written digits give a plain figure (``5%``: one per cent), or ``None``.

    Read off the strict interval: a figure written to its last digit spans one unit of
    that digit. ``None`` for a qualified figure, a range, a fraction word ("a third", no
    digits of its own) or a width that is no power of ten of the unit (a claim's
    ``precision:``).
    """
    if figure.qualifier is not None or figure.ends is not None:
        return None
    if not any(char.isdigit() for char in figure.text):
        return None
    width = figure.strict.hi - figure.strict.lo
    unit = figure.display.factor * figure.display.scale
    if width <= 0 or unit <= 0 or not math.isfinite(width):
        return None
    places = math.log10(width / unit)
    if places > 1e-9 or not math.isclose(places, round(places), abs_tol=1e-9):
        return None
    return width


def _at_the_finest_digits(
    start: Figure, end: Figure, by: Figure
) -> tuple[Figure, Figure, Figure, str]:
    """Percentages of one change read, strictly, to the digits of the most precise of them.

    "The Bank raised rates from 5% to 5.25%": a rates or inflation desk drops trailing
    zeros, so the 5% is 5.00%, and a rise of 50 basis points is no rise of 25. Read as
    written (4.5% to 5.5%) it would hold; so it still does on the lenient reading, and
    such a change is `rounding`, never `consistent`. A ``by`` in percentage points
    counts among them (it is in the levels' unit); a relative ``by`` in percent does not.
    Also returns what was read so, for the message (``""`` when nothing was).
    """
    figures = [start, end] + ([by] if by.flavour == "points" else [])
    widths = [_written_width(figure) for figure in figures]
    known = [width for width in widths if width is not None]
    if len(known) < 2:
        return start, end, by, ""
    finest = min(known)
    finest_figure = figures[widths.index(finest)]

    def narrowed(figure: Figure, width: float | None) -> Figure:
        if width is None or width <= finest * (1 + 1e-9):  # 68.2% beside 0.6 points: alike
            return figure
        strict = Interval(
            max(figure.strict.lo, figure.nominal - finest / 2),
            min(figure.strict.hi, figure.nominal + finest / 2),
        )
        return replace(figure, strict=strict)

    narrowed_figures = [narrowed(f, w) for f, w in zip(figures, widths, strict=True)]
    read = [
        figure.text
        for figure, new in zip(figures, narrowed_figures, strict=True)
        if new is not figure
    ]
    note = (
        f"{' and '.join(read)} read to the digits of {finest_figure.text} (trailing zeros"
        " dropped, as in \"from 5% to 5.25%\")"
        if read
        else ""
    )
    return (
        narrowed_figures[0],
        narrowed_figures[1],
        narrowed_figures[2] if len(narrowed_figures) == 3 else by,
        note,
    )


def _pairs(
    start: Figure, end: Figure, by: Figure, way: Way
) -> list[tuple[str, tuple[Figure, Figure, Figure]]]:
    """The changes to judge: one, or one per end when ranges state a range of changes.

    - ``from`` and ``to`` both ranges ("the target range rose 25 basis points, from
      5%–5.25% to 5.25%–5.5%"): each end moved by ``by``, low end with low end and high
      end with high end. Overlapping is not enough: 5%–5.25% to 5.25%–5.5% is no rise
      of 100 basis points, nor of none.
    - ``by`` a range and ``from`` or ``to`` (or both) ranges ("revenue will grow 5% to 9%,
      to $89bn–$93bn"): the smaller change is the low end of ``by`` and the larger the
      high end, so $89.5bn to $89bn–$93bn is −0.6% to +3.9%, not 5% to 9%.
    - otherwise one judgement on the whole intervals: a range ``by`` between two single
      figures ("rose 5% to 9%, from $100m to $107m") or a single ``by`` beside one range
      ("rose 5% to $89bn–$93bn") needs only to meet the change.

    Each item is ``(which, (from, to, by))``; ``which`` names the ends ("" for one).
    """
    if start.ends is not None and end.ends is not None:
        pairs = [(start.ends[0], end.ends[0]), (start.ends[1], end.ends[1])]
        if by.ends is None:
            return [
                ("the ranges' low ends", (*pairs[0], by)),
                ("the ranges' high ends", (*pairs[1], by)),
            ]
    elif by.ends is not None and start.ends is not None:
        pairs = [(start.ends[0], end), (start.ends[1], end)]
    elif by.ends is not None and end.ends is not None:
        pairs = [(start, end.ends[0]), (start, end.ends[1])]
    else:
        return [("", (start, end, by))]
    assert by.ends is not None
    pairs.sort(key=lambda pair: _nominal_change(pair[0], pair[1], way))
    return [
        (f"the {side} end of {by.text}", (first, last, stated))
        for side, (first, last), stated in zip(("low", "high"), pairs, by.ends, strict=True)
    ]


def _nominal_change(start: Figure, end: Figure, way: Way) -> float:
    """The change between the written values: relative to ``|from|``, or the difference."""
    if way == "relative" and start.nominal:
        return (end.nominal - start.nominal) / abs(start.nominal)
    return end.nominal - start.nominal


def _at_the_ends(failed: tuple[tuple[str, Outcome], ...]) -> str:
    return "; ".join(f"at {which}, {outcome.explanation}" for which, outcome in failed)


def _judged(
    start: Figure, end: Figure, by: Figure, way: Way, lenient: bool, tolerance: Tolerance
) -> Outcome:
    """Whether one change holds: ``by`` against ``from`` and ``to`` (single figures or ends)."""
    a, b = start.reading(lenient), end.reading(lenient)
    by_reading, by_nominal = by.reading(lenient), by.nominal
    if by.absolute_temperature:  # "rose by 2°C": what changed by is a difference of 2 degrees
        by_reading = by_reading.scaled(1.0, -by.display.offset)
        by_nominal -= by.display.offset
    stated = tolerance.widen(by_reading, by_nominal, by.dimension)
    if way == "relative":
        if a.lo <= 0 <= a.hi:
            raise CheckError(f"a relative change from {start.text} is undefined: it may be zero")
        # (to − from) / |from|: from a negative figure (a loss), a fall is still negative,
        # so a loss that widens from $1.0bn to $1.4bn is a change of −40%
        if a.hi < 0:
            computed = Interval.point(1.0) - b / a
        else:
            computed = b / a - Interval.point(1.0)
        nominal = _nominal_change(start, end, way)
        holds = computed.meets(stated)

        def relative() -> str:
            shown = (computed.lo, computed.hi) if not holds else None
            text = (
                f"from {start.text} to {end.text} is a change of "
                f"{format_percent(nominal, by.strict, shown)}, but it is stated as {by.text}"
            )
            if not holds:
                text += (
                    f"; {READINGS[lenient]} the change is "
                    f"{format_percent_range(computed.lo, computed.hi, by.strict)}"
                )
                if start.nominal < 0 and nominal * by_nominal < 0:
                    what = (
                        "widens is a fall" if nominal < 0
                        else "narrows, or turns to a profit, is a rise"
                    )  # fmt: skip
                    text += (
                        " (a change from a negative figure is measured against its size:"
                        f" a loss that {what})"
                    )
            return text

        return Outcome(holds, relative)
    computed = b - a
    nominal = end.nominal - start.nominal
    holds = computed.meets(stated)
    style = replace(by.display, offset=0.0)  # differences: no zero point to add back
    return Outcome(
        holds,
        lambda: (
            f"{end.text} − {start.text} = {style.format_difference(nominal)}, but the change is "
            f"stated as {by.text}; {READINGS[lenient]} it is "
            f"{describe_interval(Interval(computed.lo, computed.hi), style, against=stated)}"
        ),
    )
