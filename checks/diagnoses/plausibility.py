"""Plausibility: a fitting slip is reported only if the writer could have made it.

A fit says "the relation would hold if …"; it is evidence of a slip only when the slip is
one the figures as written allow, and when the check can tell the slip's figure from
others nearby. Three tests, used by the slips that depend on them (``docs/diagnoses.md``,
"The plausibility rule", gives the reasoning and the examples):

- :func:`copied_figure`: a digit slip needs a figure copied digit by digit: three or more
  significant digits and no "about". ``some 450`` or ``1,200`` is a round figure: it is
  said, rounded or recalled, not keyed in from a table.
- :func:`neighbour_offsets`: a digit slip needs a check that resolves the figure's last digit:
  if values a few units away fit too, landing among them is no evidence.
- :func:`same_quantity`: a slip that brings in another claim needs a claim that measures
  the same kind of thing: the same unit as written, the same counted noun, and something
  that relates the two (the counted noun itself, or claim ids that share a word naming
  the measure, not merely ``rise`` or ``pct``: :func:`related_ids`).

This module only reads figures; :mod:`checks.diagnoses` applies the tests.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from checks.figures import QUALIFIERS, Figure

MIN_COPIED_DIGITS = 3
"""Significant digits a figure needs before a digit slip in it is believed."""
MIN_COPIED_PERCENT_DIGITS = 2
"""The same for a percentage or percentage points (``74%``): written to the whole per cent."""

APPROXIMATE = frozenset({"about", "nearly"})
"""Qualifier meanings that mark a figure as approximate (``about``, ``some``, ``nearly``)."""

FUNCTION_WORDS = frozenset({"the", "and", "for", "from", "with", "per", "than", "into"})
"""Words of a claim id that relate nothing (``share_of_the_vote``)."""

GENERIC_WORDS = frozenset({
    # how a figure changes
    "rise", "rises", "fall", "falls", "change", "changes", "growth", "increase", "decrease",
    "drop", "jump", "decline", "cut", "diff", "difference", "delta",
    # what form a figure takes
    "share", "rate", "ratio", "total", "pct", "percent", "cent", "points", "pts", "bps",
    "level", "value", "number", "count", "amount", "figure", "avg", "average", "mean",
    # when, or in which role
    "old", "new", "prev", "previous", "before", "after", "now", "then", "current", "latest",
    "start", "end", "last", "first", "next", "initial", "final", "open", "opening", "close",
    "closing", "year", "years", "annual", "yearly", "month", "monthly", "week", "weekly",
    "day", "daily", "today", "yesterday",
    # in which currency (a conversion's two sides: toyota_jpy and toyota_usd)
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "cad", "aud", "hkd", "sgd", "krw",
    "rub", "brl", "mxn", "zar", "sek", "nok", "dkk", "pln", "aed", "sar", "qar", "egp",
    "pkr", "ngn", "kes", "idr", "irr", "ils", "uah", "dollar", "dollars", "euro", "euros",
    "pound", "pounds", "sterling", "yen", "yuan", "renminbi", "rupee", "rupees", "fx",
})  # fmt: skip
"""Words of a claim id that say how, in what form or when, not what is measured.

A currency code or name says in what a sum of money is written: ``invest_usd`` and
``toyota_usd`` are two deals, not one measure.

Two ids that share only such words (``tube_rise`` and ``ontime_rise``, ``dow_fall_pct``
and ``ftse_fall_pct``) name different measures: a fare rise and a punctuality rise. They
relate two ids only when neither names a measure at all (``rate_2001`` and ``rate_2006``,
``share_before`` and ``share_after``): the same series at two times.
"""

_WORD = re.compile(r"[a-z]+")


def significant_digits(token: str) -> int:
    """How many significant digits a written number has (``1,681`` 4, ``450`` 2, ``2.50`` 3).

    Leading zeros never count; trailing zeros of a whole number do not either, as in the
    lenient reading (``1,200`` may be rounded to the hundred).
    """
    digits = token.replace(",", "").replace(".", "").lstrip("0")
    if "." not in token:
        digits = digits.rstrip("0")
    return len(digits)


def copied_figure(figure: Figure, token: str) -> bool:
    """Whether a digit slip is believable in ``figure``, written with the digits ``token``.

    Transposed digits are a copying slip: a writer keys in a figure read off a table or a
    release. Round figures (two significant digits or fewer: ``450``, ``1,200``) and
    figures marked as approximate (``some 9,400``) are not copied digit by digit, and
    they fit each other by chance far more often (see docs/diagnoses.md). A percentage is
    the exception: a whole per cent (``74%``) is how shares and changes are printed, not a
    rounding of the writer's, so two digits suffice; the check must still resolve its last
    digit (:func:`neighbour_offsets`).
    """
    if figure.qualifier is not None and QUALIFIERS.get(figure.qualifier) in APPROXIMATE:
        return False
    needed = MIN_COPIED_DIGITS if figure.flavour is None else MIN_COPIED_PERCENT_DIGITS
    return significant_digits(token) >= needed


def neighbour_offsets(figure: Figure, token: str, count: int) -> tuple[float, float]:
    """How far to move a digit slip's figure to reach its neighbours, in base units.

    ``count`` units of the last written digit of ``token`` (``14.1 km``: 100 m a unit),
    down and up. A digit slip is believed only if neither neighbour fits: when the check's
    ``count`` figures are all written to the same place, their rounding adds up to at most
    ``count / 2`` units either way, so a check that accepts the neighbours is pinned by a
    coarser figure (a whole per cent, a qualified figure) and cannot tell which digits are
    right. A percentage is what the check computes from the other figures, not one of
    figures whose rounding adds up, so its neighbours are one unit away: "54%" for a
    turnout of 44% to 46% is not read as a swap of 45%, since 44% and 46% fit too.
    """
    if figure.flavour is not None:
        count = 1
    decimals = len(token.split(".")[1]) if "." in token else 0
    style = figure.display
    amount = 10.0**-decimals * style.factor * style.scale * count
    return -amount, amount


def noun(figure: Figure) -> str | None:
    """The counted noun of a figure, in one spelling (``Delegates`` and ``delegate`` agree)."""
    if figure.counted is None:
        return None
    return _spelling(figure.counted)


@functools.lru_cache(maxsize=4096)
def _spelling(counted: str) -> str:
    """Remembered: a diagnosis compares every claim of the file with every operand."""
    words = counted.lower().split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def id_words(key: str) -> frozenset[str]:
    """The words of a claim id that can relate it to another (``rate_2001``: ``rate``).

    Words of three letters or more, without digits, and not a function word: years,
    ``q1`` and unit abbreviations such as ``km`` relate nothing. Remembered, like
    :func:`noun`'s spelling: the same ids are compared again and again.
    """
    words = {part for part in key.lower().split("_") if _WORD.fullmatch(part)}
    return frozenset(w for w in words if len(w) >= 3 and w not in FUNCTION_WORDS)


def unit_key(figure: Figure) -> tuple[Any, ...]:
    """What :func:`same_unit` compares exactly (all but the unit's factor and offset).

    Two figures with different keys are never the same unit, so claims grouped by key
    need only be compared within their group.
    """
    return (figure.dimension, figure.flavour, figure.absolute_temperature, noun(figure))


def same_unit(a: Figure, b: Figure) -> bool:
    """Whether two figures are written in the same unit and count the same noun.

    Same dimension, same unit as written (km is not mi, °C is not °F), the same percent
    flavour and the same counted noun (or none for both).
    """
    return (
        a.dimension == b.dimension
        and a.flavour == b.flavour
        and a.absolute_temperature == b.absolute_temperature
        and math.isclose(a.display.factor, b.display.factor, rel_tol=1e-9)
        and math.isclose(a.display.offset, b.display.offset, rel_tol=1e-9, abs_tol=1e-12)
        and noun(a) == noun(b)
    )


def related_ids(key: str, other_key: str) -> bool:
    """Whether two claim ids name the same measure (:data:`GENERIC_WORDS`).

    They must share a word that names what is measured (``mortality_2001`` and
    ``mortality_2006``, ``revenue_rise`` and ``revenue_2023``). Words that say how, in what
    form or when (``rise``, ``pct``, ``before``) relate them only when neither id has any
    other word: ``rate_2001`` and ``rate_2006`` are one series, ``birth_rate`` and
    ``rate_2006`` are not, nor are ``tube_rise`` and ``ontime_rise``.
    """
    words, other_words = id_words(key), id_words(other_key)
    measures, other_measures = words - GENERIC_WORDS, other_words - GENERIC_WORDS
    if measures or other_measures:
        return bool(measures & other_measures)
    return bool(words & other_words)


def same_quantity(key: str, figure: Figure, other_key: str, other: Figure) -> bool:
    """Whether the claim ``other_key`` could stand where ``key`` stands.

    It must be written in the same unit with the same counted noun (:func:`same_unit`),
    and something must relate them: a counted noun they share (``30 delegates`` beside
    ``700 delegates``), or claim ids that share a word (``rate_2001`` and ``rate_2006``).
    ``key`` may be a figure written in the check itself (``by: 20%``); it has no id, so
    only a counted noun can relate it. Ids that share only words such as ``rise`` or
    ``pct`` do not relate (:func:`related_ids`).
    """
    if not same_unit(figure, other):
        return False
    if noun(figure) is not None:
        return True
    return related_ids(key, other_key)
