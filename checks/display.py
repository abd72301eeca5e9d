"""How numbers are written back for people: in the units, currency and scale the text used."""

from __future__ import annotations

import math
from dataclasses import dataclass


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


def format_percent_range(low: float, high: float) -> str:
    """``19.5% to 20.5%``: two percentages with enough digits to tell them apart."""
    if low == high:
        return format_percent(low)
    for digits in range(2, 8):
        a = f"{format_number(low * 100, digits)}%"
        b = f"{format_number(high * 100, digits)}%"
        if a != b:
            return f"{a} to {b}"
    return f"{a} to {b}"


def format_percent(fraction: float) -> str:
    """Write a fraction as a percentage to two significant digits (``42%``, ``0.13%``)."""
    percent = fraction * 100
    if abs(percent) >= 10:
        return f"{percent:,.0f}%".replace("-", "−")
    return f"{format_number(percent, 2)}%"


_NOT_PLURAL = ("ss", "us", "is", "ics", "news", "series", "species", "means", "ses", "zes")
"""Endings of words that are not plurals, or whose singular cannot be told (buses, houses)."""
_ES_PLURAL = ("xes", "ches", "shes", "sses")


def singular(noun: str) -> str:
    """``deaths`` → ``death`` after the number 1 ("off by 1 seat", not "1 seats").

    Only a single lower-case word of four letters or more that ends in a plural ``s``:
    short symbols (``ms``, ``lbs``) and phrases are left as written, and so is any word
    that only looks plural (``census``, ``species``, ``economics``).
    """
    if len(noun) < 4 or not noun.isalpha() or not noun.islower() or not noun.endswith("s"):
        return noun
    if noun.endswith(_ES_PLURAL):
        return noun[:-2]
    if noun.endswith(_NOT_PLURAL):
        return noun
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1]


@dataclass(frozen=True, slots=True)
class Display:
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

    def format(self, base_value: float, significant: int = 4) -> str:
        """Write one base value in this figure's style (``$1,600 million``, ``1,600 km``)."""
        if math.isinf(base_value):
            return format_number(base_value)
        number = (base_value - self.offset) / self.factor / self.scale
        written = format_number(number, significant)
        if self.prefix and written.startswith("−"):
            text = "−" + self.prefix + written[1:]
        else:
            text = self.prefix + written
        if self.scale_word:
            text += ("" if self.scale_word in {"%"} else " ") + self.scale_word
        if self.suffix:
            suffix = self.suffix
            if written == "1" and not self.scale_word:
                suffix = singular(suffix)
            text += suffix if suffix.startswith(("%", "°")) else " " + suffix
        return text

    def format_difference(self, base_difference: float) -> str:
        """Write a difference (no offset: 36 °F of difference is not 36 °F)."""
        return Display(
            self.factor, 0.0, self.scale, self.scale_word, self.prefix, self.suffix
        ).format(base_difference)
