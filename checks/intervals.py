"""Intervals: what a written figure can stand for, and arithmetic on such sets.

A check asks whether *some* choice of true values inside every operand's interval
satisfies a relation. Interval arithmetic answers that exactly for expressions in which
each operand appears once (sums, conversions, a ratio of two figures), which is every
built-in check kind; ``expect`` handles repeated operands with linear forms on top.

Floating point must never turn a holding relation into a false alarm, so closed bounds
compare with a small relative slack (:data:`EPSILON`) in favour of "holds".
"""

from __future__ import annotations

import math

import msgspec

EPSILON = 1e-14
"""Relative slack for float noise on closed bounds (converted sums carry a few ulps, ~1e-15)."""

INF = math.inf


def _slack(a: float, b: float) -> float:
    scale = max(abs(a), abs(b), 1e-300)
    return EPSILON * scale if math.isfinite(scale) else 0.0


class Interval(msgspec.Struct, frozen=True, gc=False):
    """A set of reals ``lo..hi``; each end may be open; ``whole`` keeps only integers.

    ``whole`` marks quantities that can only take whole values (counted things, whole
    days): their sums and differences stay whole, and :meth:`meets` compares integers.
    It holds only numbers, so it can never be part of a reference cycle: the cyclic
    garbage collector does not track it (``gc=False``; a file makes a few hundred).
    """

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False
    whole: bool = False

    def __post_init__(self) -> None:
        if self.lo != self.lo or self.hi != self.hi:  # NaN is the one value unequal to itself
            raise ValueError("an interval bound is not a number")

    @classmethod
    def point(cls, value: float, whole: bool = False) -> Interval:
        """The one-value interval ``[value, value]``."""
        return cls(value, value, whole=whole)

    @classmethod
    def everything(cls) -> Interval:
        """The whole real line (what an unknown value may be)."""
        return cls(-INF, INF, True, True)

    @property
    def is_empty(self) -> bool:
        """Whether no value is inside (a whole interval with no integer, or lo > hi)."""
        lo, hi = self.integer_bounds() if self.whole else (self.lo, self.hi)
        if lo > hi:
            return True
        if lo == hi and not self.whole and (self.lo_open or self.hi_open):
            return True
        return False

    @property
    def midpoint(self) -> float:
        """A representative value: the middle of a finite interval, else its finite end."""
        if math.isfinite(self.lo) and math.isfinite(self.hi):
            return (self.lo + self.hi) / 2
        if math.isfinite(self.lo):
            return self.lo
        if math.isfinite(self.hi):
            return self.hi
        return 0.0

    @property
    def width(self) -> float:
        """``hi - lo``."""
        return self.hi - self.lo

    def _closed_on_integers(self) -> bool:
        """Whether both ends are closed and already whole: the common case of counts."""
        lo, hi = self.lo, self.hi
        return (
            type(lo) is float
            and type(hi) is float
            and lo.is_integer()
            and hi.is_integer()
            and not (self.lo_open or self.hi_open)
        )

    def integer_bounds(self) -> tuple[float, float]:
        """The smallest and largest integers inside (as floats; may be infinite)."""
        lo, hi = self.lo, self.hi
        if self._closed_on_integers():
            return lo, hi
        if math.isfinite(lo):
            nearest = round(lo)
            if abs(lo - nearest) <= _slack(lo, 1.0):
                lo = nearest + 1 if self.lo_open else nearest
            else:
                lo = math.ceil(lo)
        if math.isfinite(hi):
            nearest = round(hi)
            if abs(hi - nearest) <= _slack(hi, 1.0):
                hi = nearest - 1 if self.hi_open else nearest
            else:
                hi = math.floor(hi)
        return float(lo), float(hi)

    def snapped(self) -> Interval:
        """Return the same set written with integer bounds, when ``whole``."""
        if not self.whole:
            return self
        lo, hi = self.lo, self.hi
        if (  # _closed_on_integers() written out: this runs for every whole operand
            type(lo) is float
            and type(hi) is float
            and lo.is_integer()
            and hi.is_integer()
            and not (self.lo_open or self.hi_open)
        ):
            return self
        lo, hi = self.integer_bounds()
        if lo == self.lo and hi == self.hi and not (self.lo_open or self.hi_open):
            return self
        return Interval(lo, hi, False, False, True)

    def as_whole(self) -> Interval:
        """The integers inside this interval."""
        return Interval(self.lo, self.hi, self.lo_open, self.hi_open, True).snapped()

    def as_real(self) -> Interval:
        """Return the interval without the whole-number restriction."""
        base = self.snapped()
        return Interval(base.lo, base.hi, base.lo_open, base.hi_open, False)

    def meets(self, other: Interval) -> bool:
        """Whether some value lies in both intervals (float noise forgiven on closed ends)."""
        a, b = self.snapped(), other.snapped()
        lo, lo_open = (a.lo, a.lo_open) if a.lo > b.lo else (b.lo, b.lo_open)
        if a.lo == b.lo:
            lo_open = a.lo_open or b.lo_open
        hi, hi_open = (a.hi, a.hi_open) if a.hi < b.hi else (b.hi, b.hi_open)
        if a.hi == b.hi:
            hi_open = a.hi_open or b.hi_open
        if a.whole or b.whole:
            joint = Interval(lo, hi, lo_open, hi_open, True)
            jlo, jhi = joint.integer_bounds()
            return jlo <= jhi
        if lo_open or hi_open:
            return lo < hi
        return lo <= hi + _slack(lo, hi)

    def less_than(self, other: Interval, or_equal: bool) -> bool:
        """Whether some ``x`` in self and ``y`` in other have ``x < y`` (or ``x <= y``)."""
        a, b = self.snapped(), other.snapped()
        if a.is_empty or b.is_empty:
            return False
        if or_equal and not (a.lo_open or b.hi_open):
            return a.lo <= b.hi + _slack(a.lo, b.hi)
        return a.lo < b.hi

    def can_differ(self, other: Interval) -> bool:
        """Whether some ``x`` in self and ``y`` in other have ``x != y``."""
        a, b = self.snapped(), other.snapped()
        if a.is_empty or b.is_empty:
            return False
        single_a = a.lo == a.hi
        single_b = b.lo == b.hi
        return not (single_a and single_b and a.lo == b.lo)

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        lo, lo_open = min((self.lo, self.lo_open), (other.lo, other.lo_open))
        hi, hi_open = max((self.hi, not self.hi_open), (other.hi, not other.hi_open))
        return Interval(lo, hi, lo_open, not hi_open, self.whole and other.whole)

    def widened(self, below: float, above: float) -> Interval:
        """Extend the ends outwards by non-negative amounts."""
        return Interval(self.lo - below, self.hi + above, self.lo_open, self.hi_open, self.whole)

    def __add__(self, other: Interval) -> Interval:
        a = self.snapped() if self.whole else self
        b = other.snapped() if other.whole else other
        lo, hi = a.lo + b.lo, a.hi + b.hi
        return Interval(
            lo if lo == lo else 0.0,  # bounds are never NaN: this is inf + -inf, taken as 0
            hi if hi == hi else 0.0,
            a.lo_open or b.lo_open,
            a.hi_open or b.hi_open,
            a.whole and b.whole,
        )

    def __neg__(self) -> Interval:
        a = self.snapped()
        return Interval(-a.hi, -a.lo, a.hi_open, a.lo_open, a.whole)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def scaled(self, factor: float, offset: float = 0.0) -> Interval:
        """``self * factor + offset`` for an exact number ``factor``."""
        a = self.snapped()
        if factor >= 0:
            return Interval(
                _mul(a.lo, factor) + offset, _mul(a.hi, factor) + offset, a.lo_open, a.hi_open
            )
        return Interval(
            _mul(a.hi, factor) + offset, _mul(a.lo, factor) + offset, a.hi_open, a.lo_open
        )

    def __mul__(self, other: Interval) -> Interval:
        a, b = self.snapped(), other.snapped()
        products = [_mul(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
        return Interval(min(products), max(products), whole=a.whole and b.whole)

    def __truediv__(self, other: Interval) -> Interval:
        b = other.snapped()
        if b.lo <= 0.0 <= b.hi:
            if b.lo == 0.0 and b.hi == 0.0:
                raise ZeroDivisionError("division by zero")
            return Interval.everything()
        return self * Interval(1.0 / b.hi, 1.0 / b.lo)


def _mul(a: float, b: float) -> float:
    if a == 0.0 or b == 0.0:
        return 0.0
    return a * b
