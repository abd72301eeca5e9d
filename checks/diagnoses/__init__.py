"""Diagnoses: the slip that explains a mismatch, proved by re-judging the check.

A *slip* is one documented way a figure goes wrong in print (million for billion, an area
converted with the length factor, a change computed against the new value…). Each slip is
a module here that registers itself with :func:`register` and proposes *candidates*: the
same check with one or two figures replaced by what they would be without the slip. A
candidate *fits* when the check's own judgement holds on the lenient reading with those
figures and does not hold without them, so a diagnosis always means "the relation would
hold if …", never a guess. ``docs/diagnoses.md`` describes every slip with an example.

A fit is reported only if it is *plausible* (:mod:`checks.diagnoses.plausibility`): a digit
slip needs a figure copied digit by digit and a check that resolves its last digit; a slip
that brings in another claim needs a claim of the same kind (unit, counted noun, a related
id). A fit that fails these tests is a coincidence, however exact.

Only equalities are diagnosed (``sum`` with ``equals``, ``same``, ``change``, ``share`` and
``expect`` whose comparisons are all ``==``): a failed inequality is mended by almost any
change, so no single change is evidence. When several slips fit, the simplest (lowest
``rank``) of those that fit as written (on the strict reading too) is reported, else the
simplest of those that fit only leniently; the others are named at the end of the message.

Adding a slip means one new module in this package: it is found by :func:`load_slips`.
"""

from __future__ import annotations

import functools
import importlib
import math
import pkgutil
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import msgspec
from msgspec.structs import replace

from checks import units
from checks.diagnoses.plausibility import APPROXIMATE, same_quantity, unit_key
from checks.diagnoses.screen import Screen, screen_for
from checks.figures import QUALIFIERS, Context, Figure, FigureError, parse_figure
from checks.intervals import Interval
from checks.kinds import CheckError, Kind, Scope, Tolerance
from checks.results import Diagnosis

MAX_OTHER_CLAIMS = 50
"""Slips that bring in another claim (operand_swap, missing_part) try at most this many
(of those that pass :meth:`Attempt.alike`)."""
MAX_CANDIDATES = 2_000
"""Re-judgements per check, across all slips: diagnosis stays cheap on a long file."""
MAX_ALTERNATIVES = 2
"""How many fitting candidates of the reported slip the message names."""

EQUALITY_KINDS = frozenset({"same", "change", "share"})


class Candidate(msgspec.Struct, frozen=True):
    """One way a slip could have happened: figures to put in place of the written ones.

    ``replacements`` maps operand keys (claim ids, or a literal such as ``20%`` written in
    the check) to the figure without the slip. ``change`` says what is replaced, with
    figures as written (``$2.4 million is read as $2.4 billion``); ``reason`` says what
    the slip was (``million was written for billion``).
    """

    replacements: tuple[tuple[str, Figure], ...]
    change: str
    reason: str
    strict: bool = False
    """Also require the strict reading to hold (slips on single digits, see digit_transposition)."""
    rivals: tuple[tuple[tuple[str, Figure], ...], ...] = ()
    """Other replacements that must *not* fit (a digit slip's neighbours, see plausibility):
    if one does, the check cannot tell the candidate from them, and the fit is no evidence."""
    signed: bool = False
    """The candidate turns only signs and keeps every figure's size: it is never
    degenerate (:func:`_degenerate`), though zero may fit leniently where it does."""
    rivals_lenient: bool = False
    """Judge the rivals on the lenient reading alone, even for a ``strict`` candidate: for a
    swapped percentage the window the check leaves is set by the other figures' rounding,
    which only the lenient reading shows (``54%`` of a turnout of 1,034 of 2,300 voters)."""
    written: tuple[tuple[str, Figure], ...] | None = None
    """The replacements with every approximate figure (``about``, ``some``, ``nearly``) at
    its written value (:func:`at_written_value`); when set, they too must fit, strictly,
    with the check's own approximate operands at theirs. A claim brought in from elsewhere
    (operand_swap, missing_part) is evidence only if it fits by its figures: inside an
    ``about``'s ±10% almost any claim of the same noun fits, and the fit says nothing."""


class Attempt(msgspec.Struct, frozen=True):
    """What a slip may look at: the check, its operands and the file's other claims."""

    kind: Kind[Any]
    parameters: Any
    scope: Scope
    tolerance: Tolerance
    operands: tuple[tuple[str, Figure], ...]
    screen: Screen | None = None
    """Rules out candidates that cannot fit before they are re-judged (:mod:`.screen`)."""
    claims: tuple[tuple[str, Figure], ...] | None = None
    """The file's pinned claims that are not operands (:func:`pinned_claims`), found once
    per diagnosis rather than once per :meth:`alike`; ``None``: found when asked."""
    groups: dict[tuple[Any, ...], tuple[int, ...]] | None = None
    """Positions in :attr:`claims` by :func:`~checks.diagnoses.plausibility.unit_key`
    (:func:`group_by_unit`): :meth:`alike` compares an operand with its group only."""

    @property
    def kind_name(self) -> str:
        """The check kind's registered name (``sum``, ``same``…)."""
        return self.kind.name

    def rules_out(
        self, key: str, lenient: Interval, nominal: float, dimension: units.Dimension
    ) -> bool:
        """Whether no figure with this lenient reading, in place of ``key``, can fit.

        The screen's answer (:mod:`checks.diagnoses.screen`; ``False`` without one). A
        slip asks before it builds a candidate, and yields :data:`RULED_OUT` instead.
        """
        screen = self.screen
        return screen is not None and screen.rules_out_reading(key, lenient, nominal, dimension)

    def rules_out_mapped(
        self, key: str, figure: Figure, function: Callable[[float], float]
    ) -> bool:
        """:meth:`rules_out` for ``mapped(figure, function)`` in place of ``key``, unbuilt."""
        if self.screen is None:
            return False
        reading = mapped_interval(figure.lenient, function)
        return self.rules_out(key, reading, function(figure.nominal), figure.dimension)

    def alike(self, *references: tuple[str, Figure]) -> list[tuple[str, Figure]]:
        """Other claims that measure the same kind of thing as one of ``references`` (≤ 50).

        :func:`checks.diagnoses.plausibility.same_quantity`: same unit as written, same
        counted noun, and a shared noun or a claim id that shares a word. The slips that
        bring in another claim take them from here, so a count of children never stands in
        for a count of residents, however exactly it fits.
        """
        claims = self.claims
        if claims is None:
            claims = pinned_claims(self.scope, self.operands)
        groups = self.groups if self.groups is not None else group_by_unit(claims)
        keys = {unit_key(like) for _, like in references}
        found: list[tuple[str, Figure]] = []
        for position in sorted({p for key in keys for p in groups.get(key, ())}):
            name, figure = claims[position]
            if not any(same_quantity(key, like, name, figure) for key, like in references):
                continue
            found.append((name, figure))
            if len(found) >= MAX_OTHER_CLAIMS:
                break
        return found


def pinned_claims(
    scope: Scope, operands: tuple[tuple[str, Figure], ...]
) -> tuple[tuple[str, Figure], ...]:
    """The claims a slip may bring in, in file order: pinned, not an operand, not a source date."""
    taken = {key for key, _ in operands}
    return tuple(
        (name, figure)
        for name, figure in scope.figures.items()
        if name not in taken and not name.startswith("source.") and bounded(figure)
    )


def group_by_unit(
    claims: tuple[tuple[str, Figure], ...],
) -> dict[tuple[Any, ...], tuple[int, ...]]:
    """The positions of ``claims`` by unit key, each group in file order."""
    groups: dict[tuple[Any, ...], list[int]] = {}
    for position, (_, figure) in enumerate(claims):
        groups.setdefault(unit_key(figure), []).append(position)
    return {key: tuple(positions) for key, positions in groups.items()}


Propose = Callable[[Attempt], Iterable[Candidate]]

RULED_OUT = Candidate((), "", "")
"""What a slip yields in place of a candidate the screen rules out (:meth:`Attempt.rules_out`).

It is never judged, and it counts against :data:`MAX_CANDIDATES` exactly as the candidate
would have: the search stops where it always stopped, so the screen changes no result.
"""


class Slip(msgspec.Struct, frozen=True):
    """A registered slip: its name, its place in the order of simplicity, its proposals."""

    name: str
    rank: int
    propose: Propose
    summary: str


REGISTRY: dict[str, Slip] = {}


def register(name: str, rank: int, summary: str) -> Callable[[Propose], Propose]:
    """Register a proposal function as the slip ``name`` (lower ``rank`` is simpler)."""

    def decorate(propose: Propose) -> Propose:
        REGISTRY[name] = Slip(name, rank, propose, summary)
        return propose

    return decorate


def load_slips() -> list[Slip]:
    """Import every slip module of this package; the slips in the order of simplicity."""
    _import_slip_modules()
    return sorted(REGISTRY.values(), key=lambda slip: (slip.rank, slip.name))


@functools.cache
def _import_slip_modules() -> None:
    """Once per process: listing the package's folder cost more than most diagnoses."""
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")


def is_equality(kind: Kind[Any], parameters: Any) -> bool:
    """Whether the check pins a value (an equality), the only checks that are diagnosed."""
    if kind.name in EQUALITY_KINDS:
        return True
    if kind.name == "sum":
        return getattr(parameters, "equals", None) is not None
    if kind.name == "expect":
        from checks.expressions import parse_expression
        from checks.grammar import Leaf

        try:
            tree = parse_expression(parameters.expect)
        except CheckError:
            return False
        operators = [token.value for token in tree.children[1::2] if isinstance(token, Leaf)]
        return bool(operators) and all(op == "==" for op in operators)
    return False


OPEN_ENDED = frozenset({"above", "at_least", "below", "at_most"})
_RANGE = re.compile(r"^\s*between\b|\d\s*(?:–|—|-|to|and)\s*\D{0,4}\d", re.IGNORECASE)


def bounded(figure: Figure) -> bool:
    """Whether a figure pins a value: not open-ended (``more than``), not a range (``20–30%``).

    A check with an open-ended or range operand accepts a whole span of values, like an
    inequality: moving a figure into that span is no evidence, so it is not diagnosed, and
    such a figure is never brought in from elsewhere in the file either.
    """
    reading = figure.lenient
    if not (math.isfinite(reading.lo) and math.isfinite(reading.hi)):
        return False
    if figure.qualifier is not None and QUALIFIERS.get(figure.qualifier) in OPEN_ENDED:
        return False
    return figure.is_date or _RANGE.search(figure.text) is None


def _operands(kind: Kind[Any], parameters: Any, scope: Scope) -> tuple[tuple[str, Figure], ...]:
    """The operands, the stated figure first (the total, the ``by``, the conversion).

    Kinds list the stated figure last (``sum`` parts then total, ``change`` from, to, by,
    ``same`` the original then its conversion, ``expect`` left to right), so the order is
    reversed: when a slip fits in several operands, the message names the stated one first.
    """
    found: list[tuple[str, Figure]] = []
    for key in reversed(kind.operands(parameters)):
        if key in (k for k, _ in found):
            continue
        try:
            figure = scope.figure_or_literal(key)
        except CheckError:
            continue
        found.append((key, figure))
    return tuple(found)


def _fits(
    attempt: Attempt, replacements: Iterable[tuple[str, Figure]], strict: bool = False
) -> bool:
    """Whether the check holds with ``replacements`` on the lenient reading (and strict one).

    A candidate the attempt's screen rules out cannot hold on the lenient reading
    (:mod:`checks.diagnoses.screen`), so it is not re-judged.
    """
    pairs = tuple(replacements)
    if attempt.screen is not None and attempt.screen.rules_out(pairs):
        return False
    scope = attempt.scope
    # the scope's other fields (the exchange rates of a currency conversion) are kept
    modified = replace(scope, figures={**scope.figures, **dict(pairs)})
    judge, parameters, tolerance = attempt.kind.judge, attempt.parameters, attempt.tolerance
    try:
        if strict and not judge(parameters, modified, False, tolerance).holds:
            return False
        return judge(parameters, modified, True, tolerance).holds
    except Exception:  # noqa: BLE001 - a candidate the kind cannot judge does not fit
        return False


def diagnose(
    kind: Kind[Any], parameters: Any, scope: Scope, tolerance: Tolerance, *, screened: bool = True
) -> Diagnosis | None:
    """The simplest slip that makes a failing equality hold (lenient reading), or ``None``.

    Never raises: a slip that breaks is a slip that does not fit. ``screened=False``
    re-judges every candidate (no :mod:`~checks.diagnoses.screen`): slower, the same
    result; it is what the screen is tested against.
    """
    if not is_equality(kind, parameters):
        return None
    operands = _operands(kind, parameters, scope)
    attempt = Attempt(kind, parameters, scope, tolerance, operands)
    if not attempt.operands or _fits(attempt, ()):
        return None
    if not all(bounded(figure) for _, figure in attempt.operands):
        return None
    screen = screen_for(kind, parameters, scope, tolerance) if screened else None
    claims = pinned_claims(scope, operands)
    attempt = replace(attempt, screen=screen, claims=claims, groups=group_by_unit(claims))
    budget = MAX_CANDIDATES
    fitting: list[tuple[Slip, list[tuple[bool, Candidate]]]] = []
    for slip in load_slips():
        found: list[tuple[bool, Candidate]] = []
        try:
            for candidate in slip.propose(attempt):
                if budget <= 0:
                    break
                budget -= 1
                if candidate is RULED_OUT:
                    continue
                if (
                    _fits(attempt, candidate.replacements, candidate.strict)
                    and _fits_as_written(attempt, candidate)
                    and not (_degenerate(attempt, candidate) or _rivalled(attempt, candidate))
                ):
                    as_written = candidate.strict or _fits(attempt, candidate.replacements, True)
                    found.append((as_written, candidate))
        except Exception:  # noqa: BLE001 - a broken proposal is a slip that does not fit
            found = []
        if found:
            found.sort(key=lambda item: not item[0])
            fitting.append((slip, _distinct(found)))
    if not fitting:
        return None
    # a slip that fits as written comes before one that needs round figures read as
    # rounded, whatever their ranks: "a fall was written as a rise" before "tonne was
    # written for long ton" that fits only inside 9,990 tonnes' rounding
    fitting.sort(key=lambda item: not item[1][0][0])
    slip, ranked = fitting[0]
    as_written, first = ranked[0]
    candidates = [candidate for _, candidate in ranked]
    message = f"holds if {first.change}"
    if not as_written:
        message += " (reading round figures as rounded)"
    message += f": {first.reason}"
    for other in candidates[1:MAX_ALTERNATIVES]:
        message += f"; or if {other.change}"
    if len(candidates) > MAX_ALTERNATIVES:
        message += f" (and {len(candidates) - MAX_ALTERNATIVES} more ways)"
    if len(fitting) > 1:
        others = "; ".join(s.summary[0].lower() + s.summary[1:].rstrip(".") for s, _ in fitting[1:])
        message += f" (other slips that fit: {others})"
    return Diagnosis(slip.name, message)


def _distinct(candidates: list[tuple[bool, Candidate]]) -> list[tuple[bool, Candidate]]:
    seen: set[str] = set()
    kept: list[tuple[bool, Candidate]] = []
    for as_written, candidate in candidates:
        if candidate.change not in seen:
            seen.add(candidate.change)
            kept.append((as_written, candidate))
    return kept


def _degenerate(attempt: Attempt, candidate: Candidate) -> bool:
    """Whether the candidate fits only by making its figures negligible.

    "$2.2 billion read as $2.2 million" mends a sum exactly as leaving the part out does:
    it does not use the figure's digits, so it is no evidence of a scale slip. A candidate
    fits for its own reason only if the relation fails with its figures set to zero. A
    candidate that keeps every figure's size and turns only its sign (a fall written as a
    rise) makes nothing negligible: it is never degenerate, even where zero would fit
    leniently ("to 4.75% from 5%" held at zero with 5% read as 4.75%).
    """
    if any(figure.nominal == 0.0 for _, figure in candidate.replacements):
        return False
    if candidate.signed:
        return False
    zeros = tuple((key, mapped(figure, _zero)) for key, figure in candidate.replacements)
    return _fits(attempt, zeros)


def _fits_as_written(attempt: Attempt, candidate: Candidate) -> bool:
    """Whether a candidate with :attr:`Candidate.written` fits with no figure read as about.

    Its written replacements, and every other approximate operand at its written value,
    must make the check hold on the strict reading ("about 23,600 votes per seat" as
    23,600: 7.9 million votes over 365 seats is 21,644, which only the ±10% let in).
    """
    if candidate.written is None:
        return True
    replaced = {key for key, _ in candidate.written}
    narrowed = tuple(
        (key, at_written_value(figure, attempt.scope.context))
        for key, figure in attempt.operands
        if key not in replaced and approximate(figure)
    )
    return _fits(attempt, candidate.written + narrowed, True)


def _rivalled(attempt: Attempt, candidate: Candidate) -> bool:
    """Whether one of the candidate's rivals fits too.

    On the same reading as the candidate, unless :attr:`Candidate.rivals_lenient`.
    """
    strict = candidate.strict and not candidate.rivals_lenient
    return any(_fits(attempt, rival, strict) for rival in candidate.rivals)


def _zero(_: float) -> float:
    return 0.0


# --- helpers for slip modules -------------------------------------------------------------


RESOLUTION = 1.25
"""A claim brought in, made this much larger or smaller, must not fit as well (its rivals):
a check whose window takes all three cannot tell that claim from any other near it."""


def resolution_rivals(
    key: str, figure: Figure, tried: int, join: Callable[[Figure], Figure] | None = None
) -> tuple[tuple[tuple[str, Figure], ...], ...]:
    """The rivals of a claim brought in (``figure``, in place of or joined to ``key``).

    The claim a quarter larger and smaller (:data:`RESOLUTION`), the quarter divided by
    the number of claims ``tried`` for the check: each claim tried is one more chance that
    some claim lands in the check's window, so with many claims of one kind (every count
    of a war story is of ``people``) the window must be that much narrower to be evidence.
    """
    spread = (RESOLUTION - 1.0) / max(1, tried)
    rivals: list[tuple[tuple[str, Figure], ...]] = []
    for factor in (1.0 / (1.0 + spread), 1.0 + spread):
        moved = rescaled(figure, factor)
        rivals.append(((key, join(moved) if join is not None else moved),))
    return tuple(rivals)

VAGUENESS_ALLOWED = 2.0
"""How much wider than the check's widest operand a claim brought in may be (see below)."""


def widest(attempt: Attempt) -> dict[units.Dimension, float]:
    """The widest strict reading among the check's operands, by dimension."""
    found: dict[units.Dimension, float] = {}
    for _, figure in attempt.operands:
        width = figure.strict.width
        if math.isfinite(width) and width > found.get(figure.dimension, -1.0):
            found[figure.dimension] = width
    return found


def as_evidence(widths: dict[units.Dimension, float], other: Figure) -> Figure:
    """A claim to bring into the check, read no vaguer than the check's own figures.

    "$4 billion" (3.5 to 4.5 billion, read strictly) in place of "$4.5 billion" fits
    almost any change: its fit is no evidence. A claim more than twice as wide as the
    widest operand of its kind (``widths``, from :func:`widest`) is taken at its written
    value alone, "$4 billion" as exactly 4 billion: it then fits only when that value
    does (last year's "$4 billion" and this year's $4.5 billion for a rise stated as 12%).
    """
    limit = VAGUENESS_ALLOWED * widths.get(other.dimension, math.inf)
    if other.strict.width <= limit + 1e-9 * abs(other.nominal):
        return other
    point = Interval.point(other.nominal)
    return replace(other, strict=point, lenient=point)


def approximate(figure: Figure) -> bool:
    """Whether ``figure`` is marked as approximate (``about 23,600``, ``nearly 50%``)."""
    return figure.qualifier is not None and QUALIFIERS.get(figure.qualifier) in APPROXIMATE


def at_written_value(figure: Figure, context: Context) -> Figure:
    """An approximate figure read as its written number, else itself.

    The written number is read as it would be without its qualifier, on the lenient
    reading (FORMAT.md): ``about 26,600`` is 26,550 to 26,650 (trailing zeros of a whole
    number may be rounding), ``roughly half`` 47.5% to 52.5%, ``about 1.3 million`` 1.25
    to 1.35 million. ``nearly`` falls short of its number, by one unit of that grid:
    ``nearly 50%`` is 49% to 50%, as ``nearly`` is read in the figure itself, below the
    written number. A figure already read more narrowly (a vague claim taken at its
    value, :func:`as_evidence`; ``some 1,017,437``, read strictly) is kept.
    """
    if not approximate(figure) or figure.qualifier is None:
        return figure
    plain = _without_qualifier(figure, context)
    if plain is None:
        reading = Interval.point(figure.nominal)
    elif QUALIFIERS.get(figure.qualifier) == "nearly":
        unit, x = plain.lenient.width, figure.nominal
        below_zero = x < figure.display.offset
        reading = Interval(x, x + unit) if below_zero else Interval(x - unit, x)
    else:
        reading = replace(plain.lenient, whole=False)
    if figure.strict.width <= reading.width:
        return figure
    return replace(figure, strict=reading, lenient=reading)


def _without_qualifier(figure: Figure, context: Context) -> Figure | None:
    """``figure`` as written without its leading qualifier, or ``None`` if it cannot be read."""
    words = figure.text.split()
    qualifier = (figure.qualifier or "").split()
    if [word.lower() for word in words[: len(qualifier)]] != qualifier:
        return None
    try:
        plain = parse_figure(" ".join(words[len(qualifier) :]), context)
    except FigureError:
        return None
    if plain.qualifier is not None or not math.isclose(
        plain.nominal, figure.nominal, rel_tol=1e-9, abs_tol=1e-12
    ):
        return None
    return plain


def mapped(figure: Figure, function: Callable[[float], float], **changes: Any) -> Figure:
    """``figure`` with every value passed through an increasing ``function``."""
    return replace(
        figure,
        strict=mapped_interval(figure.strict, function),
        lenient=mapped_interval(figure.lenient, function),
        nominal=function(figure.nominal),
        **changes,
    )


def mapped_interval(reading: Interval, function: Callable[[float], float]) -> Interval:
    """``reading`` passed through an increasing ``function`` (what :func:`mapped` does to it)."""
    a = reading.snapped() if reading.whole else reading
    lo = function(a.lo) if math.isfinite(a.lo) else a.lo
    hi = function(a.hi) if math.isfinite(a.hi) else a.hi
    return Interval(lo, hi, a.lo_open, a.hi_open)


def rescaled(figure: Figure, factor: float) -> Figure:
    """``figure`` with its written number multiplied by ``factor`` (the unit's zero kept)."""
    return mapped(figure, rescaling(figure, factor))


def rescaling(figure: Figure, factor: float) -> Callable[[float], float]:
    """The function :func:`rescaled` passes ``figure``'s values through."""
    offset = figure.display.offset
    return lambda value: (value - offset) * factor + offset


def negated(figure: Figure) -> Figure:
    """``figure`` with the other sign, written with it (no word of direction left to read)."""
    return replace(
        figure,
        strict=-figure.strict,
        lenient=-figure.lenient,
        nominal=-figure.nominal,
        text=figure.display.format_single(-figure.nominal),
    )


def shifted(figure: Figure, amount: float, **changes: Any) -> Figure:
    """``figure`` moved by ``amount`` base units."""
    return mapped(figure, shifting(amount), **changes)


def shifting(amount: float) -> Callable[[float], float]:
    """The function :func:`shifted` passes values through."""
    return lambda value: value + amount


def written_number(figure: Figure) -> float:
    """The number as written, in the figure's own unit and scale (``2.4`` of ``$2.4bn``)."""
    style = figure.display
    return (figure.nominal - style.offset) / style.factor / style.scale


_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?")


def number_token(figure: Figure) -> str | None:
    """The digits of the one written number of ``figure`` (``2,775`` of ``2,775-kilometre``).

    ``None`` when the figure is not one plain number written in digits (a range, a number
    word, a fraction word): digit slips only apply to digits.
    """
    if figure.is_date:
        return None
    match = _NUMBER.search(figure.text)
    if match is None:
        return None
    token = match.group(0)
    value = float(token.replace(",", ""))
    written = abs(written_number(figure))
    if not math.isclose(value, written, rel_tol=1e-9, abs_tol=1e-12):
        return None
    return token


def plain_quantity(figure: Figure) -> bool:
    """A figure whose number may be slipped: no date, no temperature reading."""
    return not figure.is_date and not figure.absolute_temperature


def label(key: str, figure: Figure) -> str:
    """How a message names an operand: the figure as written (a claim id is added elsewhere)."""
    return figure.text if figure.text else key


def candidates_for(
    attempt: Attempt, make: Callable[[str, Figure], Iterator[Candidate]]
) -> Iterator[Candidate]:
    """Run ``make`` over every operand of the check."""
    for key, figure in attempt.operands:
        yield from make(key, figure)


def same_dimension_pairs(
    attempt: Attempt,
) -> Iterator[tuple[tuple[str, Figure], tuple[str, Figure]]]:
    """Pairs ``(a, b)`` of operands of one dimension in different units, ``b`` to be mended.

    ``b`` runs over the operands first, so the stated figure (the conversion) comes first.
    """
    for key_b, b in attempt.operands:
        for key_a, a in attempt.operands:
            if key_a == key_b or a.dimension != b.dimension:
                continue
            if math.isclose(a.display.factor, b.display.factor, rel_tol=1e-9):
                continue
            yield (key_a, a), (key_b, b)


def length_power(dimension: units.Dimension) -> int:
    """``2`` for an area, ``3`` for a volume, else ``0``."""
    if len(dimension) == 1 and dimension[0][0] == "[length]" and dimension[0][1] in (2, 3):
        return dimension[0][1]
    return 0
