"""The screen: a quick test that rules out candidates that cannot fit, before re-judging.

Diagnosing a mismatch re-judges the check once for every candidate, about 150 on a sum of
household figures, and almost all of them miss by far: a part read a thousand times larger,
another claim of the file that is nowhere near the gap. A ``sum`` with ``equals`` makes
that visible without the kind's judgement: with every figure but one fixed, the one
replaced must meet a *window*. A part must meet ``total − (the other parts)``; a total,
widened by the check's tolerance as the judgement widens it, must meet the sum of the parts.
The screen compares one interval with one window and rules the candidate out when they
are apart.

It may only ever say "cannot fit", and only when that follows from the judgement's own
arithmetic (:func:`checks.kinds.sum.judge_sum`), so it can never hide a fit:

- A fit needs the lenient reading to hold (strict candidates need the strict one as
  well), so the window is built from lenient readings: a superset of what any fit uses.
- Openness and ``whole`` only narrow what the judgement accepts (a whole interval keeps
  the integers inside it), so the window ignores both and treats every end as closed.
- The judgement adds in its own order and forgives float noise on closed ends (about
  ``1e-14`` of the largest figure, per addition and per comparison); the window is widened
  by :data:`SLACK` of the sum of every bound's magnitude per figure, far more than that.
- The tolerance is applied by the same :meth:`checks.kinds.Tolerance.widen` call, on
  the same figure, as in the judgement.

Where the screen cannot tell, it lets the candidate through to the full judgement, which
alone decides a fit: other kinds, two figures replaced at once, a figure that is both a part
and the total or a part twice, a bound that is not finite, anything that raises.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import msgspec

from checks.figures import Figure
from checks.intervals import Interval
from checks.kinds import Kind, Scope, Tolerance
from checks.units import Dimension

SLACK = 1e-9
"""Allowance per figure, relative to the magnitudes involved (the judgement's is ``1e-14``)."""


class Window(msgspec.Struct, frozen=True):
    """Where the lenient reading of the replaced part must reach for the sum to hold."""

    lo: float
    hi: float
    magnitude: float
    """Sum of the magnitudes of every fixed bound that went into the window."""


class Screen(msgspec.Struct, frozen=True):
    """The windows of one failing ``sum … equals:``, built once per diagnosis."""

    parts: dict[str, Window]
    """Per part (named once among the parts, and not the total): its window."""
    total: str | None
    """The total's key (``None`` when it is also one of the parts)."""
    added: Window
    """The lenient readings of the parts, added: what the widened total must meet."""
    tolerance: Tolerance
    figures: int
    """How many figures the check has (each adds its float noise to the judgement)."""

    def rules_out(self, replacements: Iterable[tuple[str, Figure]]) -> bool:
        """Whether the check cannot hold on the lenient reading with ``replacements``.

        ``False`` means "re-judge": the screen could not rule the candidate out.
        """
        pairs = tuple(replacements)
        if len(pairs) != 1:
            return False
        key, figure = pairs[0]
        return self.rules_out_reading(key, figure.lenient, figure.nominal, figure.dimension)

    def rules_out_reading(
        self, key: str, lenient: Interval, nominal: float, dimension: Dimension
    ) -> bool:
        """:meth:`rules_out` for one figure in place of ``key``, given by what the check reads.

        The lenient reading, the nominal value and the dimension are all the judgement of
        a sum reads of the figure that matters here (the nominal value and dimension only
        for the total, through the tolerance).
        """
        try:
            if key in self.parts:
                return self.misses(lenient, self.parts[key])
            if key == self.total:
                return self.misses(self.tolerance.widen(lenient, nominal, dimension), self.added)
        except Exception:  # noqa: BLE001 - the judgement decides what the screen cannot
            return False
        return False

    def misses(self, reading: Interval, window: Window) -> bool:
        """Whether ``reading`` lies apart from ``window`` by more than the slack."""
        lo, hi = reading.lo, reading.hi
        if not (math.isfinite(lo) and math.isfinite(hi)):
            return False
        magnitude = window.magnitude + abs(lo) + abs(hi)
        slack = SLACK * self.figures * max(1.0, magnitude)
        return lo > window.hi + slack or hi < window.lo - slack


def screen_for(
    kind: Kind[Any], parameters: Any, scope: Scope, tolerance: Tolerance
) -> Screen | None:
    """The screen of a check, or ``None`` when it has none (every candidate is re-judged).

    Only a ``sum`` with ``equals`` has one: the other equalities convert, divide or
    intersect, and are re-judged in full.
    """
    if kind.name != "sum" or getattr(parameters, "equals", None) is None:
        return None
    try:
        return _sum_screen(parameters.sum, parameters.equals, scope, tolerance)
    except Exception:  # noqa: BLE001 - a check the screen cannot read is re-judged in full
        return None


def _sum_screen(
    names: list[str], total_name: str, scope: Scope, tolerance: Tolerance
) -> Screen | None:
    parts = [(name, scope.figure(name).lenient) for name in names]
    total = scope.figure(total_name)
    stated = tolerance.widen(total.lenient, total.nominal, total.dimension)
    bounds = [stated.lo, stated.hi, *(b for _, r in parts for b in (r.lo, r.hi))]
    if not all(math.isfinite(bound) for bound in bounds):
        return None
    windows: dict[str, Window] = {}
    for index, (name, _) in enumerate(parts):
        if name == total_name or names.count(name) > 1:
            continue
        others = [r for i, (_, r) in enumerate(parts) if i != index]
        low = math.fsum(r.lo for r in others)
        high = math.fsum(r.hi for r in others)
        magnitude = math.fsum(abs(b) for r in others for b in (r.lo, r.hi))
        magnitude += abs(stated.lo) + abs(stated.hi)
        windows[name] = Window(stated.lo - high, stated.hi - low, magnitude)
    added = Window(
        math.fsum(r.lo for _, r in parts),
        math.fsum(r.hi for _, r in parts),
        math.fsum(abs(b) for _, r in parts for b in (r.lo, r.hi)),
    )
    total_key = total_name if total_name not in names else None
    return Screen(windows, total_key, added, tolerance, len(parts) + 1)
