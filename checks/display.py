"""How numbers are written back for people: in the units, currency and scale the text used."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import msgspec

if TYPE_CHECKING:
    from checks.intervals import Interval


def format_number(value: float, significant: int = 4) -> str:
    """Write ``value`` with thousands separators and about ``significant`` digits.

    Whole parts are never rounded away (``1,175``, not ``1,200``); decimals are kept only
    as far as they carry one of the first ``significant`` digits (``559.2``, ``0.01389``).
    """
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(0, significant - 1 - magnitude)
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in {"-0", "−0"}:
        text = "0"
    return text.replace("-", "−") if text.startswith("-") else text


def format_percent_range(low: float, high: float, beside: Interval | None = None) -> str:
    """``19.5% to 20.5%``: two percentages with enough digits to tell them apart.

    ``beside`` as for :func:`format_percent`, for a range that is one value.
    """
    if low == high:
        return format_percent(low, beside)
    for digits in range(2, 8):
        a = f"{format_number(low * 100, digits)}%"
        b = f"{format_number(high * 100, digits)}%"
        if a != b:
            return f"{a} to {b}"
    return f"{a} to {b}"


def format_percent(
    fraction: float, beside: Interval | None = None, within: tuple[float, float] | None = None
) -> str:
    """Write a fraction as a percentage to two significant digits (``42%``, ``0.13%``).

    ``beside``: the strict reading of the figure it is compared with; the percentage then
    gets a decimal finer than that figure's own precision (37.5% beside 45%, 52.07%
    beside 52.3%), so that a rounded result never hides or invents a difference.
    ``within``: the range the message gives for the same figure (fractions, low and
    high), which the figure must not be shown outside of ("is 29.3%, … 29.1% to 29.5%",
    not "is 29%").
    """
    percent = fraction * 100
    if beside is not None and math.isfinite(percent) and percent:
        half = (beside.hi - beside.lo) * 50
        decimals = 0
        if 0 < half < math.inf:
            decimals = min(6, max(0, math.ceil(-math.log10(half))))
        # two significant digits at least (3.7% beside "about 37%", not 4%), and enough
        # for its distance from each end stated to show (66.5% beside "at least two-thirds")
        decimals = max(decimals, 1 - math.floor(math.log10(abs(percent))))
        marks = [end * 100 for end in (beside.lo, beside.hi) if math.isfinite(end)]
        while decimals < 6 and any(0 < abs(percent - mark) < 10**-decimals for mark in marks):
            decimals += 1
        while decimals < 6 and within is not None and _shown_outside(percent, decimals, within):
            decimals += 1
        text = f"{percent:,.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return f"{text}%".replace("-", "−")
    if abs(percent) >= 10:
        return f"{percent:,.0f}%".replace("-", "−")
    return f"{format_number(percent, 2)}%"


def _shown_outside(percent: float, decimals: int, within: tuple[float, float]) -> bool:
    """Whether ``percent`` to ``decimals`` falls outside ``within`` as that range is shown."""
    low, high = (end * 100 for end in within)
    if not (math.isfinite(low) and math.isfinite(high)) or not low <= percent <= high:
        return False
    shown = round(percent, decimals)
    ends = format_percent_range(within[0], within[1]).replace("−", "-").split(" to ")
    try:
        shown_low, shown_high = (float(end.rstrip("%").replace(",", "")) for end in ends)
    except ValueError:
        return False
    return not shown_low <= shown <= shown_high


_INVARIANT = frozenset(
    "series species means news measles lens headquarters aircraft sheep deer fish staff"
    " police cattle data media offspring personnel premises barracks crossroads thanks"
    " clothes goods earnings savings proceeds remains outskirts odds arms whereabouts"
    " mumps diabetes rabies herpes scabies shingles economics politics physics mathematics"
    " ethics athletics electronics genetics logistics linguistics statistics aerobics"
    " gymnastics acoustics".split()
)
"""Nouns that are the same in the singular or have none: ``1 aircraft``, never ``1 aircraf``."""
_IRREGULAR = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf",
    "halves": "half", "shelves": "shelf", "wolves": "wolf", "thieves": "thief",
    "calves": "calf", "analyses": "analysis", "crises": "crisis", "diagnoses": "diagnosis",
    "theses": "thesis", "hypotheses": "hypothesis", "oases": "oasis",
    "prognoses": "prognosis", "syntheses": "synthesis", "emphases": "emphasis",
    "buses": "bus", "viruses": "virus", "bonuses": "bonus", "campuses": "campus",
    "statuses": "status", "censuses": "census", "surpluses": "surplus",
    "choruses": "chorus", "circuses": "circus", "sinuses": "sinus", "minibuses": "minibus",
}  # fmt: skip
"""Plurals no ending rule undoes."""
_KEEP_E = frozenset(
    "movies sorties calories cookies zombies rookies brownies lies ties pies dies magpies"
    " selfies hoodies genies aunties birdies pixies prairies goalies hippies freebies"
    " smoothies veggies junkies bookies niches tranches headaches caches avalanches"
    " quiches cliches psyches moustaches mustaches aches creches shoes canoes toes oboes"
    " hoes foes floes horseshoes tiptoes throes".split()
)
"""Plurals of nouns ending in ``-ie``, ``-che`` or ``-oe``: only the ``s`` goes."""


def singular(noun: str) -> str:
    """``deaths`` → ``death`` after the number 1 ("off by 1 seat", not "1 seats").

    Only a single lower-case word: ``-ies`` → ``-y`` (casualties), ``-ches``/``-shes``/
    ``-xes``/``-sses``/``-oes`` lose ``es`` (churches, boxes, classes, heroes), other
    words lose ``s`` (votes, cases, nurses); the tables above hold the exceptions
    (movies, niches, crises, buses, people, aircraft). Symbols (``ms``, ``lbs``) and
    phrases are left as written.
    """
    if noun in _IRREGULAR:  # "men" too, short as it is
        return _IRREGULAR[noun]
    if len(noun) < 4 or not noun.isalpha() or not noun.islower():
        return noun
    if noun in _INVARIANT or not noun.endswith("s") or noun.endswith(("ss", "us", "is")):
        return noun
    if noun in _KEEP_E:
        return noun[:-1]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("zzes"):
        return noun[:-3]
    if noun.endswith(("ches", "shes", "xes", "sses", "oes")):
        return noun[:-2]
    return noun[:-1]


_PLURALS = {one: many for many, one in _IRREGULAR.items()}


def plural(noun: str) -> str:
    """``share`` → ``shares`` ("number of shares"), the reverse of :func:`singular`.

    The same tables: ``person`` → ``people``, ``bus`` → ``buses``; ``-y`` after a
    consonant → ``-ies`` (companies), ``-ch``/``-sh``/``-x``/``-ss``/``-us`` add ``es``.
    A noun already plural, or a phrase, is left as written.
    """
    if noun in _PLURALS:
        return _PLURALS[noun]
    if not noun.isalpha() or noun in _INVARIANT or singular(noun) != noun:
        return noun
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("ch", "sh", "x", "ss", "us")):
        return noun + "es"
    return noun + "s"


def format_clock(seconds: float) -> str:
    """``7537`` as ``2:05:37``, ``223.13`` as ``3:43.13``: a race time, to the hundredth."""
    sign = "−" if seconds < 0 else ""
    hundredths = round(abs(seconds) * 100)
    whole, fraction = divmod(hundredths, 100)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    tail = f".{fraction:02d}".rstrip("0") if fraction else ""
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}{tail}"
    return f"{sign}{minutes}:{secs:02d}{tail}"


def unit_gap(unit: str) -> str:
    """What separates a number from the unit after it: nothing before ``%`` or ``°``."""
    return "" if unit.startswith(("%", "°")) else " "


class Display(msgspec.Struct, frozen=True):
    """How one figure was written, so derived values can be written the same way.

    A base value ``b`` (SI units, or one unit of a currency, or a day) is shown as
    ``prefix + number((b - offset) / factor / scale) + scale_word + suffix``.
    """

    factor: float = 1.0
    offset: float = 0.0
    scale: float = 1.0
    scale_word: str = ""
    prefix: str = ""
    suffix: str = ""
    clock: bool = False
    """Seconds written as a race time (``2:05:37``, ``3:43.13``); differences stay in ``s``."""

    def format(self, base_value: float, significant: int = 4) -> str:
        """Write one base value in this figure's style (``$1,600 million``, ``1,600 km``)."""
        if math.isinf(base_value):
            return format_number(base_value)
        number = (base_value - self.offset) / self.factor / self.scale
        if self.clock:
            return format_clock(number)
        written = format_number(number, significant)
        if self.prefix and written.startswith("−"):
            text = "−" + self.prefix + written[1:]
        else:
            text = self.prefix + written
        if self.scale_word:
            text += unit_gap(self.scale_word) + self.scale_word
        if self.suffix:
            text += unit_gap(self.suffix) + self.suffix
        return text

    def format_single(self, base_value: float) -> str:
        """:meth:`format` for a value that stands alone: one of a noun takes the singular.

        "is 1 year counted exclusively", but a figure as the text wrote it ("1 deaths")
        and a range's end ("0–1 deaths") keep their noun.
        """
        number = (base_value - self.offset) / self.factor / self.scale
        if format_number(number) == "1" and not self.scale_word and self.suffix:
            return msgspec.structs.replace(self, suffix=singular(self.suffix)).format(base_value)
        return self.format(base_value)

    def format_difference(self, base_difference: float) -> str:
        """Write a difference (no offset: 36 °F of difference is not 36 °F).

        A difference of exactly one counted thing takes the singular ("off by 1 seat").
        """
        suffix = self.suffix
        one = format_number(base_difference / self.factor / self.scale) == "1"
        if one and not self.scale_word:
            suffix = singular(suffix)
        return Display(self.factor, 0.0, self.scale, self.scale_word, self.prefix, suffix).format(
            base_difference
        )
