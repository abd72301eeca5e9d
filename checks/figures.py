"""Figures: a written number (``more than $33 billion``, ``2,775-kilometre``) as an interval.

A written figure stands for every value that rounds to it at its last written digit (the
*strict* reading); in the *lenient* reading trailing zeros of a whole number may be
rounding too, down to two significant digits. Qualifiers and ranges widen the interval,
counted things and whole days keep only whole numbers. ``docs/intervals.md`` has the
rules with examples; this module applies them to the parse tree of ``grammar.lark``.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

import msgspec
from msgspec.structs import replace

from checks import grammar, units
from checks.display import Display, singular
from checks.intervals import INF, Interval
from checks.patterns import lazy_pattern
from checks.units import Dimension, UnitError

Flavour = Literal["percent", "points"]

SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10**3), "k": Decimal(10**3),
    "million": Decimal(10**6), "mn": Decimal(10**6), "mln": Decimal(10**6),
    "billion": Decimal(10**9), "bn": Decimal(10**9), "bln": Decimal(10**9),
    "trillion": Decimal(10**12), "tn": Decimal(10**12),
    "quadrillion": Decimal(10**15), "quintillion": Decimal(10**18),
    "mio": Decimal(10**6), "mio.": Decimal(10**6), "mrd": Decimal(10**9),
    "mrd.": Decimal(10**9), "md": Decimal(10**9), "md.": Decimal(10**9),
    "milliard": Decimal(10**9), "milliards": Decimal(10**9),
    "lakh": Decimal(10**5), "lakhs": Decimal(10**5), "lac": Decimal(10**5),
    "lacs": Decimal(10**5), "crore": Decimal(10**7), "crores": Decimal(10**7),
    "bil": Decimal(10**9), "bil.": Decimal(10**9), "trn": Decimal(10**12),
    "trln": Decimal(10**12), "tril": Decimal(10**12), "tril.": Decimal(10**12),
    "dozen": Decimal(12),
    # German, French, Spanish, Italian and Dutch scale words: "59,2 Millionen Wahlberechtigte"
    # is 59.2 million voters, never a count of "Millionen Wahlberechtigte"
    "tausend": Decimal(10**3), "millionen": Decimal(10**6), "milliarde": Decimal(10**9),
    "milliarden": Decimal(10**9), "billionen": Decimal(10**12), "bio.": Decimal(10**12),
    "millions": Decimal(10**6), "millones": Decimal(10**6), "mil millones": Decimal(10**9),
    "milioni": Decimal(10**6), "miliardi": Decimal(10**9), "miljoen": Decimal(10**6),
    "miljard": Decimal(10**9),
}  # fmt: skip
SHORT_SCALES: dict[str, tuple[str, Decimal]] = {
    "m": ("million", Decimal(10**6)), "M": ("million", Decimal(10**6)),
    "b": ("billion", Decimal(10**9)), "B": ("billion", Decimal(10**9)),
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12, "hundred": 100,
    "a hundred": 100, "a": 1, "an": 1, "single": 1, "a single": 1, "a couple of": 2,
    "a pair of": 2,
}  # fmt: skip
FRACTION_WORDS: dict[str, Decimal] = {
    "half": Decimal(1) / 2, "a half": Decimal(1) / 2, "one half": Decimal(1) / 2,
    "a third": Decimal(1) / 3, "one third": Decimal(1) / 3, "two thirds": Decimal(2) / 3,
    "two-thirds": Decimal(2) / 3, "a quarter": Decimal(1) / 4, "one quarter": Decimal(1) / 4,
    "three quarters": Decimal(3) / 4, "three-quarters": Decimal(3) / 4,
    "a fifth": Decimal(1) / 5, "one fifth": Decimal(1) / 5, "a tenth": Decimal(1) / 10,
    "one tenth": Decimal(1) / 10,
}  # fmt: skip
_NUMERATORS = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DENOMINATORS = {
    "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
FRACTION_WORDS.update(
    {
        f"{numerator} {name}{'s' if NUMBER_WORDS[numerator] > 1 else ''}":
        Decimal(NUMBER_WORDS[numerator]) / denominator
        for numerator in _NUMERATORS
        for name, denominator in _DENOMINATORS.items()
        if NUMBER_WORDS[numerator] < denominator
    }
)  # "three tenths", "a hundredth", "two thousandths" (grammar.lark's FRACTION)
FRACTION_WORDS["an eighth"] = Decimal(1) / 8
FRACTION_STRICT = Decimal("0.005")
"""``a third`` reads as 1/3 written to the whole percent (docs/format-extensions.md)."""
FRACTION_LENIENT = Decimal("0.025")
RATIO_STRICT = Decimal("0.05")
"""``one in 1,000`` reads as 0.1% within 5% of its value (see ``_TreeReader._ratio``)."""
RATIO_LENIENT = Decimal("0.25")
_YEAR_LIKE = lazy_pattern(r"1[89]\d\d|2[01]\d\d")

QUALIFIERS: dict[str, str] = {
    "more than": "above", "over": "above", "above": "above", "exceeding": "above",
    "in excess of": "above", "upwards of": "above",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "no fewer than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "less than": "below", "under": "below", "below": "below", "fewer than": "below",
    "at most": "at_most", "up to": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "as many as": "at_most",
    "about": "about", "around": "about", "approximately": "about", "approx": "about",
    "approx.": "about", "roughly": "about", "some": "about", "an estimated": "about",
    "estimated": "about", "near": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly",
}  # fmt: skip
CLOSE_BOUNDS: dict[str, str] = {
    **dict.fromkeys(
        ("just over", "just above", "a little over", "a little more than",
         "slightly more than", "slightly over", "slightly above"),
        "above",
    ),
    **dict.fromkeys(
        ("just under", "just below", "a little under", "a little less than",
         "slightly less than", "slightly under", "slightly below"),
        "below",
    ),
}  # fmt: skip
"""Bounds that also say the figure is close: "just over four minutes" is more than four
minutes by as much as "nearly" may fall short (10%, ``settings.approx``), never 30
minutes; "just under half" is 45–50%, never 30%. Their kind is the plain bound's."""
QUALIFIERS.update(CLOSE_BOUNDS)

DEFAULT_APPROX = 0.10


class FigureError(ValueError):
    """A value that is not a figure of the grammar, with a hint on how to write it."""


class Figure(msgspec.Struct, frozen=True, gc=False):
    """One written figure, normalised: intervals in base units plus how it was written.

    ``strict`` and ``lenient`` are in base units (metres, kelvin, one unit of a
    currency, days for durations, day numbers for dates). ``nominal`` is the written
    value itself, for explanations. ``counted`` names what a count counts. Like
    :class:`Interval` it holds only immutable values and is not tracked by the cyclic
    garbage collector.
    """

    text: str
    strict: Interval
    lenient: Interval
    nominal: float
    dimension: Dimension
    display: Display = msgspec.field(default_factory=Display)
    counted: str | None = None
    flavour: Flavour | None = None
    absolute_temperature: bool = False
    calendar_months: Interval | None = None
    qualifier: str | None = None
    weekday: int | None = None
    ends: tuple[Figure, Figure] | None = None
    """A range's two ends, each a figure of its own (``between 40 and 50``: 40 and 50)."""
    calendar_time: int = 0
    """The power of years in the unit (:attr:`checks.units.UnitInfo.calendar_time`)."""
    month_time: int = 0
    """The power of months in the unit (:attr:`checks.units.UnitInfo.month_time`)."""

    @property
    def is_range(self) -> bool:
        """Written as a range (``between 40 and 50``); ``nominal`` is then its middle."""
        return self.ends is not None

    @property
    def is_date(self) -> bool:
        """Whether this figure is a date (a day number interval)."""
        return self.dimension == units.DATE

    def reading(self, lenient: bool) -> Interval:
        """The interval of the strict or the lenient reading."""
        return self.lenient if lenient else self.strict

    def shown(self) -> str:
        """The figure as written, for reports."""
        return self.text

    @property
    def magnitude(self) -> float:
        """The size of the written number, in base units: what a relative allowance is of.

        ``about 20°C`` allows 10% of 20 degrees, not of 293 kelvin.
        """
        return abs(self.nominal - self.display.offset)


def is_percentage(figure: Figure) -> bool:
    """Whether a figure is a share written as such: ``45%``, ``a third``, ``one in five``."""
    return figure.flavour == "percent" or (
        figure.flavour is None and figure.display.suffix == "%"
    )


def in_percentage_points(figure: Figure) -> Figure:
    """Points of a percentage read as percentage points.

    "Unemployment rose 0.3 points, from 4.9% to 5.2%": points beside a percentage are
    percentage points (elsewhere, "the index fell 500 points" counts index points). Points
    written whole are counted exactly, as a game's are; as percentage points they are
    rounded like any measure ("a one-point lead" between 45% and 43% is 0.5 to 1.5 points).
    """
    strict, lenient = figure.strict, figure.lenient
    if strict.whole and figure.qualifier is None and math.isfinite(strict.lo + strict.hi):
        low, high = (int(end) for end in (strict.lo, strict.hi))
        spread = max(_number(Decimal(end), str(abs(end)), 0).lenient_half for end in (low, high))
        strict = Interval(low - 0.5, high + 0.5)
        lenient = Interval(low - float(spread), high + float(spread)) if low == high else strict
    elif strict.whole and figure.qualifier is not None:
        strict = lenient = _measured(strict, figure.nominal)  # "more than 10 points": (10, ∞)
    return replace(
        figure,
        strict=strict.scaled(0.01),
        lenient=lenient.scaled(0.01),
        nominal=figure.nominal * 0.01,
        counted=None,
        flavour="points",
        display=replace(
            figure.display, factor=figure.display.factor * 0.01, suffix="percentage points"
        ),
    )


def _measured(whole: Interval, nominal: float) -> Interval:
    """A qualified whole count as the measure it bounds.

    "More than 10" is (10, ∞), not 11 and up; "fewer than 10" is below 10, not 9 and under.
    """
    lo, lo_open, hi, hi_open = whole.lo, whole.lo_open, whole.hi, whole.hi_open
    if lo > nominal:
        lo, lo_open = nominal, True
    if hi < nominal:
        hi, hi_open = nominal, True
    return Interval(lo, hi, lo_open, hi_open)


class _Number(msgspec.Struct, frozen=True):
    value: Decimal
    strict_half: Decimal
    lenient_half: Decimal
    integer_written: bool
    fraction_word: bool = False
    ratio: bool = False
    clock: bool = False
    """Written as a race time, ``h:mm:ss`` or ``m:ss.s`` (the value is in seconds)."""


class _Amount(msgspec.Struct, frozen=True):
    number: _Number
    scale: Decimal | None = None
    scale_word: str = ""
    short_scale: str | None = None
    currency_text: str | None = None
    currency_code: str | None = None
    unit_words: tuple[str, ...] = ()
    per: tuple[tuple[Decimal | None, tuple[str, ...], str, bool], ...] = ()
    """Each ``per``: how many (``per 100,000``), of what, the number as written, and whether
    it was written as a slash (``km/h`` is shown as written, not as ``km per h``)."""
    flavour: Flavour | None = None
    basis_points: bool = False
    """Points of a hundredth of a percentage point (``25 bps`` is 0.25 percentage points)."""
    has_tail: bool = False
    negative: bool = False


class Context(msgspec.Struct, frozen=True):
    """What a figure's meaning depends on besides its text: the file's settings."""

    currencies: tuple[tuple[str, str], ...] = ()
    approx: float = DEFAULT_APPROX
    decimal_comma: bool = False
    fiscal_year_start: tuple[int, int] | None = None

    @classmethod
    def of(
        cls,
        currencies: Mapping[str, str] | None = None,
        approx: float = DEFAULT_APPROX,
        locale: str | None = None,
        fiscal_year_start: tuple[int, int] | None = None,
    ) -> Context:
        """Build a context from ``settings`` (currencies, approx, locale, fiscal year)."""
        language = (locale or "en").replace("_", "-").split("-")[0].lower()
        return cls(
            tuple(sorted((currencies or {}).items())),
            approx,
            language in DECIMAL_COMMA_LANGUAGES,
            fiscal_year_start,
        )

    @property
    def currency_map(self) -> dict[str, str]:
        """``settings.currencies`` as a mapping (symbol or name → ISO code)."""
        return dict(self.currencies)


DECIMAL_COMMA_LANGUAGES = frozenset({
    "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "id", "da", "sv", "nb", "no", "fi",
    "cs", "sk", "hu", "ro", "bg", "uk", "el", "hr", "sl", "sr", "lt", "lv", "et", "ca", "vi",
})  # fmt: skip
"""Languages whose writers use a decimal comma (``8,5 Mrd. €``) and group with points."""


_PLAIN_NUMBER = lazy_pattern(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?")
"""Most numbers in news: digits, maybe grouped by commas in threes, maybe a decimal part."""


def parse_number_text(text: str, decimal_comma: bool = False) -> _Number:
    """Read a digit string (``2,775``, ``1.5``, ``−22``, ``2,74,114``) with its precision.

    With ``decimal_comma`` (``settings.locale: de``…) the comma is the decimal mark and
    points or spaces group digits (``1.234,5``). A plain number (:data:`_PLAIN_NUMBER`)
    is read by one regular expression, in a third of the time; every other text the long
    way (:func:`_number_in_full`), which also words the errors. Both give the same number.
    """
    plain = None if decimal_comma else _PLAIN_NUMBER.fullmatch(text)
    if plain is None:
        if text[-1:] in VULGAR_FRACTIONS:
            return _with_vulgar_fraction(text, decimal_comma)
        return _number_in_full(text, decimal_comma)
    integer, fraction = plain.group(1, 2)
    if "," in integer:
        integer = integer.replace(",", "")
    if len(integer) > 40:
        return _number_in_full(text, decimal_comma)
    if fraction is not None:
        return _number(Decimal(f"{integer}.{fraction}"), integer, len(fraction))
    return _number(Decimal(integer), integer, 0)


def _number(value: Decimal, digits: str, decimals: int) -> _Number:
    """A number with its precision: ``decimals`` written after the mark, or trailing zeros."""
    strict_half = _half(-decimals - 1)
    lenient_half = strict_half
    if decimals == 0:
        significant = digits.lstrip("0") or "0"
        trailing = len(significant) - len(significant.rstrip("0"))
        rounding_digits = min(trailing, max(len(significant) - 2, 0))
        lenient_half = _half(rounding_digits - 1)
    return _Number(value, strict_half, lenient_half, decimals == 0)


def _number_in_full(text: str, decimal_comma: bool) -> _Number:
    """:func:`parse_number_text` for every text: signs, Indian groups, decimal commas, errors."""
    body = text.replace("−", "-")
    negative = body.startswith("-")
    body = body.lstrip("-")
    decimal_mark, group_mark = (",", ".") if decimal_comma else (".", ",")
    if not body.isascii():
        for separator in ("\u2009", "\u202f", "\u00a0"):
            body = body.replace(separator, group_mark)
    if not body.isascii() or not body.replace(",", "").replace(".", "").isdigit():
        raise FigureError(f"{text!r} is not a number written with ASCII digits")
    integer_text, _, fraction_text = body.partition(decimal_mark)
    if decimal_mark in fraction_text or group_mark in fraction_text:
        raise FigureError(
            f"{text!r} has digit groups after the decimal mark; "
            + ("" if decimal_comma else "if the comma is a decimal comma, set settings.locale")
        )
    parts = integer_text.split(group_mark)
    if len(parts) > 1:
        western = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
        indian = (
            not decimal_comma
            and len(parts[-1]) == 3
            and all(len(p) == 2 for p in parts[1:-1])
            and 1 <= len(parts[0]) <= 2
        )
        if not (western or indian) and decimal_comma:
            decimal = len(parts) == 2 and "," not in body
            raise FigureError(
                f"digit grouping of {text!r} is not 1.234.567: in the language of"
                " `settings.locale` the decimal mark is a comma"
                + (f"; write `{body.replace('.', ',')}`" if decimal else "")
                + " (1.234.567 or 1 234 567 for digit groups)"
            )
        if not (western or indian):
            raise FigureError(
                f"digit grouping of {text!r} is neither 1,234,567 nor 12,34,567; if the comma"
                " is a decimal comma, set `settings: {locale: de}` (or your language)"
            )
    digits = "".join(parts)
    if len(digits) > 40:
        raise FigureError(f"{text[:20]}… has more than 40 digits; no figure in news is that long")
    try:
        value = Decimal(("-" if negative else "") + digits + ("." + fraction_text if _ else ""))
    except InvalidOperation as exc:
        raise FigureError(f"{text!r} is not a number") from exc
    return _number(value, digits, len(fraction_text) if _ else 0)


@functools.cache
def _half(exponent: int) -> Decimal:
    """Half a unit of the digit at ``10 ** (exponent + 1)``: ``5 × 10 ** exponent``, exactly."""
    return Decimal(5) * Decimal(10) ** exponent


def _word_number(text: str) -> _Number:
    """A number in words, read as its digits are: "two hundred" as 200, exact as "200" is."""
    key = " ".join(text.lower().split())
    hundreds, hundred, rest = key.partition(" hundred")
    if hundred and hundreds not in ("", "a"):
        value = _words_below_a_hundred(hundreds) * 100
        rest = rest.strip().removeprefix("and ").strip()
        value += _words_below_a_hundred(rest) if rest else 0
    elif hundred and rest.strip():  # "a hundred and fifty"
        value = 100 + _words_below_a_hundred(rest.strip().removeprefix("and ").strip())
    else:
        value = _words_below_a_hundred(key)
    return parse_number_text(str(value))


def _words_below_a_hundred(key: str) -> int:
    """``seven``, ``twenty-five``, and the one-word entries of :data:`NUMBER_WORDS`."""
    if "-" in key and key not in NUMBER_WORDS:
        tens, ones = key.split("-", 1)
        return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return NUMBER_WORDS[key]


VULGAR_FRACTIONS: dict[str, tuple[int, int]] = {
    "½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8),
    "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
}  # fmt: skip
"""``3½ days``, ``£1½bn``, ``2¼%``: a whole number and a fraction of one character."""


def _in_dozens(number: _Number) -> _Number:
    """A whole number of dozens, counted as its things.

    "Two dozen" is 23.5–24.5 strictly (24 as a count), leniently a dozen either way (18–30).
    """
    if not number.integer_written:
        return number
    return replace(number, strict_half=Decimal(1) / 24, lenient_half=Decimal("0.5"))


def _with_vulgar_fraction(text: str, decimal_comma: bool) -> _Number:
    """``3½`` as ``3.5`` and ``2¼`` as ``2.25``: the decimals the sign stands for.

    Counted in halves, "3½" could be 3.25–3.75; but dates 20 days apart are not "two and a
    half weeks", and a record copied from the text must not judge more loosely than one
    written in decimals. Thirds and eighths are read to two decimals.
    """
    numerator, denominator = VULGAR_FRACTIONS[text[-1]]
    whole = parse_number_text(text[:-1].rstrip(), decimal_comma)
    if not whole.integer_written:
        raise FigureError(f"{text!r}: a fraction sign follows a whole number (`3½`, not `3.5½`)")
    fraction = Decimal(numerator) / Decimal(denominator)
    value = whole.value - fraction if whole.value < 0 else whole.value + fraction
    half = Decimal("0.05") if denominator == 2 else Decimal("0.005")
    return _Number(value, half, half, integer_written=False)


def _clock(text: str) -> _Number:
    """A race time: ``2:05:37`` (hours, minutes, seconds) or ``3:43.13`` (minutes, seconds).

    Seconds, to the last digit written. Two parts without a decimal (``3:45``) are refused:
    minutes and seconds, or hours and minutes (a time of day)?
    """
    whole, _, decimals = text.partition(".")
    parts = whole.split(":")
    if len(parts) == 2 and not decimals:
        raise FigureError(
            f"is {text!r} minutes and seconds or hours and minutes? write `0:{parts[0]:0>2}:"
            f"{parts[1]}` for minutes and seconds, `{text}:00` for hours and minutes"
        )
    if any(int(part) >= 60 for part in parts[1:]):
        raise FigureError(f"{text!r}: minutes and seconds run from 00 to 59")
    seconds = Decimal(0)
    for part in parts:
        seconds = seconds * 60 + int(part)
    if decimals:
        seconds += Decimal("0." + decimals)
    half = _half(-len(decimals) - 1)
    return _Number(seconds, half, half, False, clock=True)


MIXED_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64})
"""The fractions a mixed number is written in: halves to 64ths (futures ticks, inches)."""


def _mixed(text: str) -> _Number:
    """A mixed number, ``17-1/4`` or ``4.70-1/2``: the whole and a fraction of its last digit.

    Grain futures are quoted in quarters and eighths of a cent ("up 17-1/4 cents", "$4.70-1/2
    a bushel", which is $4.705), US measures in fractions of an inch ("3-1/2 inches"). The
    figure is exact to its fraction's step: ``17-1/4`` is 17.125 to 17.375 (a quarter
    either way would be the next tick). Never a range or a subtraction: a range of whole
    numbers is written ``17-18``, and its ends are never fractions of one.
    """
    negative = text[:1] in ("-", "−")
    whole_text, _, fraction_text = text.lstrip("-−").partition("-")
    numerator, denominator = (int(part) for part in fraction_text.split("/"))
    if denominator not in MIXED_DENOMINATORS or not 0 < numerator < denominator:
        raise FigureError(
            f"{text!r} is neither a range nor a mixed number such as `17-1/4` (a whole and a"
            " fraction of halves, thirds, quarters or eighths): for a range write `17 to 18`"
        )
    whole = parse_number_text(whole_text)
    decimals = len(whole_text.partition(".")[2])
    unit = Decimal(10) ** -decimals
    value = whole.value + Decimal(numerator) / Decimal(denominator) * unit
    half = unit / Decimal(2 * denominator)
    return _Number(-value if negative else value, half, half, integer_written=False)


def _fraction(text: str) -> _Number:
    """A fraction word, read to the whole percent or to 5% of its value, whichever is less.

    A third is 32.8–33.8%; a hundredth 0.0095–0.0105 (the whole percent would swamp it),
    as ``one in 1,000`` is read.
    """
    key = " ".join(text.lower().replace("-", " ").split())
    if key not in FRACTION_WORDS:  # "six fifths": more than a whole, no share
        raise FigureError(f"{text!r} is not a fraction of one")
    value = FRACTION_WORDS[key]
    strict = min(FRACTION_STRICT, value * RATIO_STRICT)
    lenient = min(FRACTION_LENIENT, value * RATIO_LENIENT)
    return _Number(value, strict, lenient, False, fraction_word=True)


class _TreeReader:
    """Walks a lark parse tree of a ``figure`` into :class:`_Amount` records."""

    def __init__(self, context: Context, text: str) -> None:
        self.context = context
        self.text = text

    def tok(self, token: Any) -> str:
        """A token's characters in the figure's own text (trees are shared per shape)."""
        return self.text[token.start_pos : token.end_pos]

    def amount(self, tree: Any) -> _Amount:
        number: _Number | None = None
        scale: Decimal | None = None
        scale_words: list[str] = []
        short: str | None = None
        currency_text: str | None = None
        unit_words: tuple[str, ...] = ()
        per: list[tuple[Decimal | None, tuple[str, ...], str, bool]] = []
        flavour: Flavour | None = None
        basis_points = False
        has_tail = False
        negative = False
        compounds: list[tuple[_Number, Decimal]] = []
        for child in tree.children:
            kind = getattr(child, "type", None)
            if kind == "MINUS":
                negative = True
                continue
            if kind is not None:
                continue
            name = child.data
            if name == "compound":
                compounds.append(self._compound(child))
            elif name == "currency":
                token = self.tok(child.children[0])
                if currency_text is not None:
                    raise FigureError(f"two currencies in one figure: {currency_text} and {token}")
                if number is None and token.lower() == "won":
                    raise FigureError(
                        "'won' before a number is the verb (\"won 52% of the vote\"), not the "
                        "currency: write the figure alone, and South Korean won after the "
                        "number (`5,000 won`) or as `KRW` or `₩`"
                    )
                currency_text = token
            elif name == "magnitude":
                number, scale, scale_words, short = self._magnitude(child)
            elif name == "percent":
                flavour, has_tail = "percent", True
            elif name == "points":
                flavour, has_tail = "points", True
                basis_points = _BASIS_POINTS.fullmatch(self.tok(child.children[-1])) is not None
            elif name == "unit":
                has_tail = True
                for part in child.children:
                    if getattr(part, "type", None) == "HYPHEN":
                        continue
                    if part.data == "unit_words":
                        unit_words = tuple(self.tok(t) for t in part.children)
                    elif part.data == "per":
                        count, per_words, written, slash = self._per(part)
                        rate = time_of_a_rate(list(per_words))
                        if rate is not None and (len(per_words) > rate[0] or count):
                            # "5.2 per 100,000 a year": per 100,000, per year
                            per.append((count, per_words[: -rate[0]], written, False))
                            per.append((None, (rate[1],), "", False))
                        else:
                            per.append((count, per_words, written, slash))
        assert number is not None
        if number.clock:
            if currency_text or scale is not None or short or flavour or per or compounds:
                raise FigureError("a race time (2:05:37) takes no currency, scale or percent")
            if unit_words and unit_words not in (("s",), ("seconds",), ("sec",)):
                raise FigureError(
                    f"a race time (h:mm:ss) is in seconds already; drop {' '.join(unit_words)!r}"
                )
            unit_words = ("s",)
        if number.ratio and (currency_text or scale is not None or flavour or per or compounds):
            raise FigureError(
                "a ratio (one in five) is a share: it takes no currency, scale, unit or percent"
            )
        if number.fraction_word and scale is None and len(compounds) == 1:
            (one, of_scale) = compounds[0]
            if one.value == 1 and of_scale > 1:  # "half a million": a fraction of a scale
                scale, compounds = of_scale, []
                scale_words = [w for w in self.text.lower().split() if w in SCALES][-1:]
        if number.fraction_word and scale is not None:  # "a quarter million" is no share
            number = replace(number, fraction_word=False)
        if compounds:
            if short is not None:
                raise FigureError("a compound figure (1 crore 62 lakh) takes full scale words")
            number, scale = _combine(number, scale or Decimal(1), compounds)
            scale_words = []
        if negative:
            number = replace(number, value=-number.value)
        code = self.currency_code(currency_text) if currency_text else None
        if code is None and len(unit_words) > 1:
            named = _named_currency(unit_words, self.context)
            if named is not None:  # "3bn Swiss francs", "5 South African rand"
                code, name_words, unit_words = named
                currency_text = " ".join(name_words)
        if code is None and unit_words[:1] == ("c",):
            raise FigureError(
                "'c' after a number is cents of which currency (or the speed of light)? write "
                "`50 cents` (of the `$` set in settings) or the amount (`€0.50`)"
            )
        if code is None and unit_words[:1] == ("p",):  # "85p", as British copy writes pence
            unit_words = ("pence", *unit_words[1:])
        if code is None and unit_words and unit_words[0].lower() in _HUNDREDTHS:
            # "15 cents", "85 pence": hundredths of the dollar (as `$` is set) or the pound
            currency_text = unit_words[0]
            code = self.currency_code(_HUNDREDTHS[unit_words[0].lower()])
            scale = (scale or Decimal(1)) * Decimal("0.01")
            unit_words = unit_words[1:]
        return _Amount(
            number=number,
            scale=scale,
            scale_word=" ".join(scale_words),
            short_scale=short,
            currency_text=currency_text,
            currency_code=code,
            unit_words=unit_words,
            per=tuple(per),
            flavour=flavour,
            basis_points=basis_points,
            has_tail=has_tail,
            negative=negative,
        )

    def _number(self, number_tree: Any) -> _Number:
        """A ``number`` node: digits, a number word or a fraction word."""
        token = self.tok(number_tree.children[0])
        if number_tree.data == "digits":
            return parse_number_text(token, self.context.decimal_comma)
        if number_tree.data == "word_number":
            return _word_number(token)
        if number_tree.data == "ratio":
            return self._ratio(number_tree)
        if number_tree.data == "clock":
            return _clock(token)
        if number_tree.data == "mixed":
            return _mixed(token)
        return _fraction(token)

    def _ratio(self, tree: Any) -> _Number:
        """``one in five``, ``nine out of 10``: a share, read like a fraction word.

        ``one in five`` is ``a fifth``: written to the whole percent, or within 2.5 points
        leniently. A share that small precision would swamp (``one in 1,000`` is 0.1%, and
        0% to 0.6% would pass almost anything) is read to within 5% of its value (25%
        leniently) instead, whichever is narrower.
        """
        first, _, second = tree.children
        part, whole = (
            parse_number_text(self.tok(t), self.context.decimal_comma)
            if t.type == "NUMBER"
            else _word_number(self.tok(t))
            for t in (first, second)
        )
        text = " ".join(self.tok(t) for t in tree.children)
        if whole.value <= 0 or part.value < 0:
            raise FigureError(f"{text!r} is not a share: write it as `one in five`")
        if part.value > whole.value:
            raise FigureError(f"{text!r} has more in the part than in the whole")
        written_whole = self.tok(second)
        if _YEAR_LIKE.fullmatch(written_whole):
            raise FigureError(
                f"{written_whole} after 'in' reads as a year; write a ratio's whole with a "
                "comma (`1 in 2,000`)"
            )
        share = part.value / whole.value
        strict = min(FRACTION_STRICT, share * RATIO_STRICT)
        lenient = min(FRACTION_LENIENT, share * RATIO_LENIENT)
        return _Number(share, strict, lenient, False, fraction_word=True, ratio=True)

    def _magnitude(self, tree: Any) -> tuple[_Number, Decimal | None, list[str], str | None]:
        number = self._number(tree.children[0])
        scale: Decimal | None = None
        words: list[str] = []
        short: str | None = None
        for scale_tree in tree.children[1:]:
            word = self.tok(scale_tree.children[0])
            if word in SHORT_SCALES:
                if short is not None or scale is not None:
                    raise FigureError(f"scale {word!r} after another scale word")
                short = word
                continue
            if word.lower() == "billion" and self.context.decimal_comma:
                raise FigureError(
                    f"{word!r} in a language of `settings.locale` is ambiguous: a billion is a"
                    " million million (10¹²) in German, French, Spanish, Italian or Dutch, a"
                    " thousand million (10⁹) in English; write the file's own word for 10⁹"
                    " (`Milliarden`, `Mrd.`, `milliards`, `mil millones`, `miliardi`,"
                    " `miljard`) or for 10¹² (`Billionen`, `Bio.`)"
                )
            factor = SCALES[" ".join(word.lower().split())]
            scale = factor if scale is None else scale * factor
            words.append(word)
        if words == ["dozen"]:  # "two dozen people": 24, as "a dozen" is 12
            number = _in_dozens(number)
        return number, scale, words, short

    def _compound(self, tree: Any) -> tuple[_Number, Decimal]:
        parts = [c for c in tree.children if getattr(c, "type", None) != "AND"]
        number_tree, scale_trees = parts[0], parts[1:]
        if number_tree.data == "fraction":
            raise FigureError("a fraction word cannot continue a compound figure")
        number = self._number(number_tree)
        scale = Decimal(1)
        for scale_tree in scale_trees:
            word = self.tok(scale_tree.children[0]).lower()
            if word not in SCALES:
                raise FigureError(f"{word!r} cannot continue a compound figure")
            scale *= SCALES[word]
        return number, scale

    def _per(self, tree: Any) -> tuple[Decimal | None, tuple[str, ...], str, bool]:
        count: Decimal | None = None
        words: tuple[str, ...] = ()
        written = ""
        slash = False
        for part in tree.children:
            if getattr(part, "type", None) == "PER":
                slash = self.tok(part) == "/"
                continue
            if part.data == "per_number":  # "per 100,000", "per one million", "per lakh"
                tokens = [self.tok(t) for t in grammar.leaves(part)]
                written = tokens[0] + "".join(
                    ("" if word in SHORT_SCALES else " ") + word for word in tokens[1:]
                )
                first = tokens[0]
                if first[0].isdigit():
                    count = parse_number_text(first, self.context.decimal_comma).value
                    for word in tokens[1:]:
                        short = SHORT_SCALES.get(word)
                        count *= short[1] if short else SCALES[word.lower()]
                else:  # "per million", "per one million", "per hundred thousand"
                    *number, scale = first.lower().split()
                    count = SCALES[scale]
                    if number:
                        count *= _word_number(" ".join(number) or "one").value
            else:
                words = tuple(self.tok(t) for t in part.children)
        metres = written[:-1].replace(",", "")
        if not words and written[-1:] == "m" and metres.isdigit() and metres != "1" and count:
            # "105 s per 100m", "3 m per 100 m": metres ("per 1m", "per 100m people": millions)
            written = written[:-1]
            count /= SHORT_SCALES["m"][1]
            words = ("m",)
        return count, words, written, slash

    def currency_code(self, text: str) -> str:
        raw = text.strip()
        if raw.upper() in units.CURRENCY_CODES and raw.isupper():
            return raw.upper()
        lowered = " ".join(raw.lower().split())
        chosen = _configured_currency(raw, self.context.currency_map)
        if chosen is not None:
            return chosen
        if raw in units.CURRENCY_SYMBOLS:
            code = units.CURRENCY_SYMBOLS[raw]
        else:
            code = _currency_name(lowered)
        if code is None:
            raise _shared_name_error(raw)
        return code


_SAME_SIGN = (
    frozenset({"$", "dollar", "dollars"}),
    frozenset({"rs", "rs.", "₨", "rupee", "rupees"}),
)
"""Spellings of one unqualified currency sign: a setting for one applies to all of them
(`{$: CAD}` makes "5 dollars" Canadian too; "US dollars" stays USD)."""


def _configured_currency(raw: str, configured: dict[str, str]) -> str | None:
    """The code ``settings.currencies`` gives this sign or name, if it gives one."""
    lowered = " ".join(raw.lower().split())
    for key in (raw, lowered):
        if key in configured:
            return configured[key]
    for group in _SAME_SIGN:
        if lowered in group:
            for key, code in configured.items():
                if key.lower() in group:
                    return code
    return None


def _currency_name(lowered: str) -> str | None:
    """The code of a currency name the grammar reads (``pounds sterling``, ``Indian rupees``).

    ``None`` for a name several currencies share (``pesos``, ``rupees``).
    """
    if lowered in ("pound", "pounds"):
        return "GBP"
    try:
        return units.currency_by_name(lowered)
    except KeyError:
        raise FigureError(f"{lowered!r} is no currency claim-checks knows") from None


def _shared_name_error(raw: str) -> FigureError:
    """``Rs`` or ``pesos`` without ``settings.currencies``: say which currencies it may be."""
    candidates = units.SHARED_NAMES.get(raw, units.SHARED_NAMES.get(raw.lower(), ("PKR",)))
    national = [
        phrase for phrase, code in units.NATIONAL_CURRENCIES.items()
        if code in candidates and phrase.endswith(" " + raw.lower())
    ][:2]  # fmt: skip
    also = (
        " (or name the country's: " + ", ".join(f"`{_as_a_name(p)}`" for p in national)
        + ")" if national else ""
    )  # fmt: skip
    return FigureError(
        f"{raw!r} stands for several currencies ({', '.join(candidates)}…); "
        f"say which in the file: settings: {{currencies: {{{raw!r}: {candidates[0]}}}}}{also}"
    )


def _as_a_name(phrase: str) -> str:
    """``west african cfa francs`` as written in copy: ``West African CFA francs``."""
    *adjectives, name = phrase.split()
    shown = (word.upper() if word == "cfa" else word.capitalize() for word in adjectives)
    return " ".join((*shown, name))


def _named_currency(
    words: tuple[str, ...], context: Context
) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """A currency named by several words after the number: ``3bn Swiss francs``.

    ``(code, the words, the words after them)`` when the leading words (up to four) name
    a currency with its country's adjective (:data:`checks.units.NATIONAL_CURRENCIES`), or
    as ``settings.currencies`` names it (``{Zimbabwean dollars: ZWL}``). Words that end in
    a currency's name and name none ("5 Zimbabwean dollars") are an error, never a count
    of "Zimbabwean dollars".
    """
    if len(words) < 2:
        return None
    configured = context.currency_map
    for end in range(min(len(words), 4), 1, -1):
        phrase = " ".join(words[:end])
        lowered = phrase.lower()
        code = _configured_currency(phrase, configured) if configured else None
        if code is None:
            code = units.NATIONAL_CURRENCIES.get(lowered)
        if code is not None:
            return code, words[:end], words[end:]
    last = words[-1].lower()
    if last in _CURRENCY_WORDS and len(words) <= 4:
        phrase = " ".join(words)
        if phrase.lower() in units.SHARED_NAMES:  # "CFA francs": West or Central African
            raise _shared_name_error(phrase)
        raise FigureError(
            f"{phrase!r} names no currency claim-checks knows: write a known one by its code"
            f" (`CHF 3bn`) or its country's name (`3bn Swiss francs`), or say which currency"
            f" it is in the file: settings: {{currencies: {{{phrase!r}: <ISO code>}}}}"
        )
    return None


_CURRENCY_WORDS = frozenset(
    {name for name in units.CURRENCY_NAMES if " " not in name and name not in ("won", "dong")}
    | {phrase.rsplit(" ", 1)[1] for phrase in units.NATIONAL_CURRENCIES}
) - frozenset({"won", "dong", "real", "reals", "crown", "crowns", "lei", "leu", "lev", "sol",
               "soles", "lire", "sterling"})  # fmt: skip
"""The last words of "<adjective> <currency name>": "Zimbabwean dollars" is an unknown
currency, never a count. Not words that are as often English ("games won", "two crowns",
"five lei") after other words."""


def _hint_for(text: str, message: str) -> str:
    stripped = text.strip()
    if not stripped:
        return "the value is empty; write a figure such as `300`, `$300 million` or `900 km`"
    rate = time_of_a_rate(stripped.split()[-3:])
    if rate is not None:
        message += f"; for a rate write `per {rate[1]}`"
    if stripped[:5].lower() == "from " and " to " in stripped:
        message += (
            f"; for a range write `{stripped[5:]}`; a change from one figure to another is"
            " two claims and a `change` check"
        )
    for pattern, advice in _ADVICE:
        if pattern.search(stripped):
            message += f"; {advice}"
            break
    return f"cannot read {stripped!r} as a figure: {message}"


_ADVICE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(?i)^(?:plus or minus|\+/-|±)\s*\d"),
        "a margin of error is written as its size (`3 percentage points`, `0.1 Δ°C`); the"
        " estimate it belongs to is a claim of its own",
    ),
    (
        re.compile(r"(?i)^minus\s+\d"),
        "write a negative figure with a minus sign (`-2%`); `minus` is read only before a"
        " temperature (`minus 12C`)",
    ),
    (
        re.compile(r"\d:\d\d"),
        "a time of day is not a figure; a race time is written `h:mm:ss` (`2:05:37`) or "
        "`m:ss.ss` (`3:43.13`) and nothing else",
    ),
    (
        re.compile(r"\d\s*:\s*\d+(?:\.\d+)?\s*$"),
        "a colon between numbers is a score, a time or a ratio: write a ratio as `15.4 to one`"
        " or as a rate (`15.4 pupils per teacher`)",
    ),
    (
        re.compile(r"\d(?:\s*(?:ft|feet|foot|')\s*)\d+\s*(?:in|inches|\")"),
        "feet and inches together are not one figure: write `74 inches` (or `6.17 ft`)",
    ),
    (re.compile(r"\d\s*in\.?$"), "for inches write `6 inches`: `in` alone is a preposition"),
    (
        re.compile(r"(?i)\d\s*(?:km|mi|m|ft)2\b"),
        "for square units write `km²` (or `sq km`), not `km2`",
    ),
    (
        re.compile(r"(?i)(?:%|per ?cent|\bpoints?)\s+of\s+\w"),
        "a share of something is a claim of the share alone (the percentage) and, if the "
        "text gives the whole, a claim of it and a `share` check",
    ),
    (
        re.compile(
            r"(?i)^(?:\+|up\s|down\s|rose\s|fell\s|an?\s+(?:fall|rise|drop|decline|increase|"
            r"decrease|cut|jump|gain|loss|reduction)\s+of\s)"
        ),
        "a change is written as its amount, negative for a fall (`20%`, `-20%`), and "
        "checked with `change`",
    ),
    (
        re.compile(r"(?i)^[\d.,]+\s*(?:%|per\s?cent)\s+(?:more|higher|less|lower|fewer)$"),
        "a claim's change in percent is written signed (`23%` for 23% more, `-40%` for 40%"
        " lower); the word is read only in a change's `by:` written in place (`by: 23% more`)",
    ),
    (
        re.compile(r"[$€£¥₹]\S*(?:\s+\S+)?\s+an?\s+[a-z]+$"),
        "for a price of each, write `per` and the thing (`$5 per bag`)",
    ),
    (
        re.compile(r"(?i)^(?:a|an)\s+(?:further|additional|extra|more)\s"),
        "write the figure alone, without the adjective; what it adds to is a `sum` check",
    ),
    (
        re.compile(r"\^[23]\b|(?<![A-Za-z])(?:[kcmµ]?m|ft|mi|yd)[23]\b"),
        "write a unit's power as ² or ³ (`kg/m²`, `km²`, `m³`) or in words (`square"
        " metre`); `^2` and a bare `2` after a unit are not read",
    ),
)
"""Advice for values the grammar cannot read, by what they look like (first match only)."""


def _describe_lark_error(exc: Exception, source: str) -> str:
    """Say where parsing stopped, quoting ``source`` (the parser saw its digit shape)."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken

    if isinstance(exc, UnexpectedCharacters):
        position = exc.pos_in_stream or 0
        return f"unexpected {source[position : position + 1]!r} at column {exc.column}"
    if isinstance(exc, UnexpectedToken):
        if exc.token.type == "$END":
            return "it ends too early"
        token = source[exc.token.start_pos : exc.token.end_pos]
        return f"unexpected {token!r} at column {exc.column}"
    if isinstance(exc, UnexpectedEOF):
        return "it ends too early"
    return str(exc).splitlines()[0]


def parse_figure(text: str, context: Context | None = None) -> Figure:
    """Parse one value of the value grammar into a :class:`Figure`.

    Raises :class:`FigureError` with a message a fact-checker can act on.
    """
    return _parse_figure_cached(text, context or Context())


_AN_ARTICLE_AND_A_SYMBOL = lazy_pattern(r"(?i)\s*an?\s*[£$€¥₹]\s*")
""""a £" of "a £2bn deal": an article before a currency symbol whose number was cut off."""


@functools.lru_cache(maxsize=16_384)
def _parse_figure_cached(text: str, context: Context) -> Figure:
    if _AN_ARTICLE_AND_A_SYMBOL.fullmatch(text):
        raise FigureError(f"{text!r} has no number after its currency sign: write `£1`")
    fraction_points = _FRACTION_OF_A_POINT_AND_DIRECTION.fullmatch(text.strip())
    if fraction_points is not None:
        return _fraction_of_a_point_in_its_direction(text.strip(), fraction_points, context)
    try:
        figure = _read_figure(text, context)
    except FigureError:
        # "2 hours 20 minutes", "six years and eight months": a length of time in parts,
        # which the grammar refuses; tried only then, so other figures never pay for it
        compound = _COMPOUND_TIME.fullmatch(text.strip())
        if compound is None:
            raise
        return _compound_time(text.strip(), compound, context)
    if "-" in text and _DURATION_BEFORE_A_NOUN.match(text.strip()):
        noun = text.strip().rsplit(None, 1)[-1].lower()
        if noun in _TERMS or noun.removesuffix("s") in _TERMS:
            # "a three-year degree", "a 25-year mortgage": a term is defined, not rounded
            return replace(figure, lenient=figure.strict)
    return figure


def _read_figure(text: str, context: Context) -> Figure:
    stripped = text.strip()
    if not stripped:
        raise FigureError(_hint_for(text, ""))
    if len(stripped) > 200:
        raise FigureError("a value longer than 200 characters is not a figure; shorten it")
    ordinal = _ORDINAL.match(stripped)
    if ordinal is not None and _is_ordinal(ordinal.group(1), ordinal.group(2)):
        raise FigureError(
            f"{ordinal.group()!r} is a rank, not an amount (nor rods or thou): compare ranks "
            f"as plain numbers (`{ordinal.group(1)}`), or write what the rank stands for"
        )
    if stripped[-1:] == "s" and (plural := _MODEL_PLURAL.fullmatch(stripped)) is not None:
        raise FigureError(
            f"{stripped!r} looks like a plural of a model number (Boeing 737s), not"
            f" {plural[1]} seconds: count what is meant (`12 Boeing 737s` is `12 aircraft`),"
            f" or for seconds write `{plural[1]} s` or `{plural[1]} seconds`"
        )
    if stripped[-1:].isupper() and (clock := _CLOCK_TIME_ZONE.fullmatch(stripped)):
        raise FigureError(
            f"{stripped!r} is a time of day ({clock[1][:2]}:{clock[1][2:]} {clock[2]}), not a"
            f" count of {clock[2]!r}: a time of day is no amount to check; record the day in"
            " the claim's `date`"
        )
    decade = _DECADE.fullmatch(stripped) if stripped[-2:-1] in ("0", "'", "’") else None
    if decade is not None:
        raise FigureError(_decade_advice(stripped, decade))
    if "/" in stripped or "-" in stripped:
        _refuse_a_season(stripped)
    source = _spelled_for_the_grammar(stripped)
    text_shape = grammar.shape(source)
    try:
        tree = grammar.parse_shape(text_shape, "figure")
    except Exception as exc:
        if not grammar.is_lark_error(exc):
            raise
        message = _describe_lark_error(exc, source)
        if re.search(r"\d[eE][+-]?\d", source):
            message += "; write the number out (10,000, or 10 thousand), not in e-notation"
        raise FigureError(_hint_for(text, message)) from None
    digits = _digits_span(text_shape)
    if digits is not None:
        start, end = digits
        key = (text_shape, source[:start], source[end:], context)
        plan = _PLANS.get(key)
        if plan is None:
            plan, _ = _read_single(tree, source, context)
            if len(_PLANS) >= _MAX_PLANS:
                _PLANS.clear()
            _PLANS[key] = plan
        number = parse_number_text(source[start:end], context.decimal_comma)
        if plan.negative:
            number = replace(number, value=-number.value)
        return _figure(stripped, plan, number, context)
    if tree.data == "single":
        plan, number = _read_single(tree, source, context)
        return _figure(stripped, plan, number, context)
    reader = _TreeReader(context, source)
    amounts = [c for c in tree.children if getattr(c, "data", None) == "amount"]
    low, high = reader.amount(amounts[0]), reader.amount(amounts[1])
    if high.currency_code is None and low.currency_code is not None and high.flavour is None:
        high = replace(high, currency_code=low.currency_code, currency_text=low.currency_text)
    low = _inherit(low, high, _A_DOZEN_FIRST.match(source) is not None)
    if _HUNDREDS_SHARED.search(source) and low.number.value * 100 <= high.number.value:
        # "one to two hundred people", "five to six hundred": hundreds, as "one to two
        # million" is millions
        low = replace(low, number=parse_number_text(str(low.number.value * 100)))
    if low.scale == high.scale and low.short_scale == high.short_scale:
        low, high = _to_the_finer_end(low, high)
    low_figure = _figure(stripped, _plan(low, None, None, context), low.number, context)
    high_figure = _figure(stripped, _plan(high, None, None, context), high.number, context)
    if low_figure.dimension != high_figure.dimension:
        raise FigureError(f"the two ends of the range {stripped!r} are of different kinds")
    if low_figure.nominal > high_figure.nominal:
        hint = (
            "; each end takes the scale word written after the range, so write each end's"
            " own (`$800 million to $1.2 billion`)"
            if high.scale_word and low.scale_word == high.scale_word
            else "; write the smaller end first"
        )
        raise FigureError(f"the range {stripped!r} runs backwards{hint}")
    whole = low_figure.strict.whole and high_figure.strict.whole
    ends = tuple(
        replace(end, text=end.display.format_single(end.nominal))
        for end in (low_figure, high_figure)
    )
    return replace(
        high_figure,
        strict=Interval(low_figure.strict.lo, high_figure.strict.hi, whole=whole),
        lenient=Interval(low_figure.lenient.lo, high_figure.lenient.hi, whole=whole),
        nominal=(low_figure.nominal + high_figure.nominal) / 2,
        ends=(ends[0], ends[1]),
    )


_MODEL_PLURAL = lazy_pattern(r"(7[0-8]7)s")
"""``737s``, ``747s``, ``787s``: the plural of a Boeing model number glued to its ``s``
(read as 737 seconds). Only Boeing's 7x7 numbers: ``135s`` and ``120s`` stay seconds, and
decades (``1990s``) are refused with their own advice."""
_CLOCK_TIME_ZONE = lazy_pattern(
    r"([01]\d[0-5]\d|2[0-3][0-5]\d)\s*(GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|JST)"
)
"""``0412 GMT``, ``1530 UTC``: a time of day on the 24-hour clock, which wire copy writes
without a colon (read as 412 counted "GMT")."""

_SEASON = lazy_pattern(
    r"(?i)(?P<first>(?:1[89]|2[01])\d\d)\s*(?P<mark>[/–-])\s*(?P<second>\d\d(?:\d\d)?)"
    r"(?:\s+(?:season|marketing\s+year|crop\s+year|crop|harvest|fiscal\s+year|financial"
    r"\s+year|school\s+year|academic\s+year|campaign))?"
)
"""``2024/25``, ``2024/2025``, ``2024-25 season``: a marketing, crop or fiscal year."""


def season_at(text: str, whole: bool = True) -> re.Match[str] | None:
    """The season or fiscal year ``text`` is (``whole``) or starts with, else ``None``.

    A year, a slash and the next year (its last two digits or all four) names a
    marketing, crop, school or fiscal year, as wire copy writes "the 2024/25 marketing
    year"; with a hyphen only the two-digit form (``2024-2025`` may be a range of numbers).
    ``extract`` drafts no figure for one either.
    """
    season = _SEASON.fullmatch(text) if whole else _SEASON.match(text)
    if season is None:
        return None
    first, second = int(season["first"]), season["second"]
    follows = int(second) == (first + 1) % 100 if len(second) == 2 else int(second) == first + 1
    if not follows or (season["mark"] != "/" and len(second) == 4):
        return None
    return season


def _refuse_a_season(text: str) -> None:
    """Refuse a season or fiscal year written as a value: it was read as 2024 ÷ 25 = 80.96."""
    season = season_at(text)
    if season is None:
        return
    second = season["second"]
    raise FigureError(
        f"{text!r} names a season or fiscal year (two years), not an amount: put the year"
        f" in the claim's `date` (`date: FY{season['first']}/{second}`, with"
        " `settings: {fiscal_year_start: …}` saying when such a year starts) and write the"
        " figure of that year as the value (`14.9 billion bushels`)"
    )


def _to_the_finer_end(low: _Amount, high: _Amount) -> tuple[_Amount, _Amount]:
    """Both ends of a range read to the precision of the finer one, when it has decimals.

    "A target range of 5%–5.25%" writes 5% as 5.00%, and "between 1.5 and 2 million" 2 as
    2.0: read alone, "5%" would be 4.5–5.5% and hide a change of the range by a basis point.
    Whole numbers keep their own rounding ("200 to 1,000 people": 1,000 may be round).
    """
    strict = min(low.number.strict_half, high.number.strict_half)
    if strict >= Decimal("0.5"):
        return low, high  # both whole ("200 to 1,000 people"): each end its own rounding
    lenient = min(low.number.lenient_half, high.number.lenient_half)
    low = replace(low, number=replace(low.number, strict_half=strict, lenient_half=lenient))
    high = replace(high, number=replace(high.number, strict_half=strict, lenient_half=lenient))
    return low, high


_A_DOZEN_FIRST = lazy_pattern(r"(?i)\s*(?:between\s+)?(?:a|one)\s+dozen\b")
"""A range that starts at "a dozen": twelve, not a dozen dozen."""

_HUNDREDS_SHARED = lazy_pattern(
    r"(?i)^\s*(?:between\s+)?(?:one|two|three|four|five|six|seven|eight|nine)"
    r"\s*(?:to|and|-|–|—)\s*[a-z-]+\s+hundred\b(?!\s+and\b)"
)
"""A range of hundreds written once: "one to two hundred" (the low end is 100)."""

_BASIS_POINTS = lazy_pattern(r"(?i:basis[\s-]+points?|bps?)")
_BASIS_POINT = Decimal("0.0001")
_DISPLAY_FACTORS = {"%": 0.01, "percentage points": 0.01, "basis points": 0.0001}
"""Figures of these suffixes are shown in hundredths (or ten-thousandths) of their value."""

_PLANS: dict[tuple[str, str, str, Context], _Plan] = {}
"""Plans of single figures by their text around the digits (and the digits' shape)."""
_MAX_PLANS = 4_096


def _amount_tree(tree: Any) -> Any:
    """A ``single`` figure's amount: its first child, or its second after a qualifier."""
    children = tree.children
    return children[1] if getattr(children[0], "type", None) == "QUALIFIER" else children[0]


def _read_single(tree: Any, source: str, context: Context) -> tuple[_Plan, _Number]:
    """A ``single`` figure read from its whole parse tree: its plan and its number."""
    reader = _TreeReader(context, source)
    qualifier: str | None = None
    if getattr(tree.children[0], "type", None) == "QUALIFIER":
        qualifier = " ".join(reader.tok(tree.children[0]).lower().split())
    amount = reader.amount(_amount_tree(tree))
    plan = _plan(amount, QUALIFIERS[qualifier] if qualifier else None, qualifier, context)
    return plan, amount.number


@functools.lru_cache(maxsize=8_192)
def _digits_span(text_shape: str) -> tuple[int, int] | None:
    """Where the digits of a single figure's number are, when its words make its plan.

    ``None`` for ranges, compounds (``1 crore 62 lakh``), number words and fractions:
    those are read whole each time. Every other figure's meaning is its plan (read from
    the text around the digits) applied to the number its digits write.
    """
    tree = grammar.parse_shape(text_shape, "figure")
    if tree.data != "single":
        return None
    magnitude = None
    for child in _amount_tree(tree).children:
        name = getattr(child, "data", None)
        if name == "compound":
            return None
        if name == "magnitude":
            magnitude = child
    if magnitude is None or magnitude.children[0].data != "digits":
        return None
    if any(leaf.value.lower() == "dozen" for leaf in grammar.leaves(magnitude)):
        return None  # its precision is not its digits' (see ``_magnitude``)
    token = magnitude.children[0].children[0]
    return token.start_pos, token.end_pos


def _combine(
    first: _Number, first_scale: Decimal, rest: list[tuple[_Number, Decimal]]
) -> tuple[_Number, Decimal]:
    """``1 crore 62 lakh and 34 thousand``: one number, precise to its last part."""
    total = first.value * first_scale
    previous = first_scale
    half = first.strict_half * first_scale
    for number, scale in rest:
        if scale >= previous:
            raise FigureError("the parts of a compound figure must get smaller (1 crore 62 lakh)")
        total += number.value * scale
        previous = scale
        half = number.strict_half * scale
    return _Number(total, half, half, False), Decimal(1)


def _decade_advice(text: str, decade: re.Match[str]) -> str:
    """What to write for ``1990s`` (a decade), ``1800s`` (a century or a decade), ``'90s``."""
    if decade.group(1) is None:
        return (
            f"{text!r} reads as a decade without its century, which is not a figure: write"
            f" the years it spans, such as `19{decade.group(2)}0 to 19{decade.group(2)}9`"
        )
    first = f"{decade.group(1)}0"
    advice, what = f"`{first} to {decade.group(1)}9`", "a decade"
    if first.endswith("00"):
        advice = f"`{first} to {first[:2]}99` for the century or {advice} for the decade"
        what = "a century or a decade"
    return (
        f"{text!r} reads as {what}, which is not a figure: write the years it spans,"
        f" {advice} (or `{int(first):,} s` if you mean seconds)"
    )


def _spelled_for_the_grammar(text: str) -> str:
    """``text`` in the grammar's spelling: the forms news writes that it has no rule for.

    Compound adjectives (``10-million-tonne``, ``one-in-five``, ``12-year-old``) and a
    fraction of a scale word or a point (``a quarter of a million``, ``half a percentage
    point``) are rewritten to the words they stand for; brackets and an article before a
    number word go. The figure keeps its text as written. The tests on ``-`` and on short
    words keep this cheap for the many figures that need none of it.
    """
    if "ajority" in text:
        text = _MAJORITY.sub(_threshold_of_a_majority, text)
    if "lus" in text:
        text = _PLUS_ONE.sub(r"more than \g<share>%", text)
    if text.endswith(("one", "1")) and "to" in text:
        text = _TO_ONE.sub(_times_as_many, text)
    if "10" in text and ("×" in text or "x" in text or "*" in text):
        text = _POWER_OF_TEN.sub(_power_of_ten, text)
    if "/" in text and " " in text:
        text = SPACED_MIXED.sub(r"\1-\2", text)
    if "oint" in text or "pp" in text or "pts" in text or "bp" in text:
        text = _POINTS_AND_DIRECTION.sub(_points_in_their_direction, text)
    if " or " in text:
        text = _OR_MORE.sub(_bound_for_or_more, text)
    if "agnitude" in text:
        text = _MAGNITUDE.sub("", text)
    if " " in text:
        text = SPACED_GROUPS.sub(lambda m: m[0].replace(" ", "\u202f"), text)
    if "er" in text:
        text = _PERCENT_COMPARED.sub(_percent_in_its_direction, text)
    if " in a row" in text:
        text = _IN_A_ROW.sub(r"\g<unit>", text)
    if "ive " in text or "straight" in text or "running" in text:
        text = _STREAK.sub("", text)
    source = _LEADING_ARTICLE.sub("", text.replace("[", "").replace("]", ""))
    if " old" in source:
        source = _YEARS_OLD.sub(r"\1", source)
    if "-" in source:
        source = _HYPHENATED_SCALE.sub(r" \1 ", source).strip()
        source = _AGED.sub(r" \1s", source)
        source = _DURATION_BEFORE_A_NOUN.sub(r"\g<number> \g<unit>s", source)
        source = _HYPHENATED_RATIO.sub(r"\1 in \3", source)
    if " of " in source or " a " in source or " an " in source or "-" in source:
        source = _FRACTION_OF_A.sub(r"\1 \2", source)
        source = _FRACTION_OF_A_UNIT.sub(_fraction_of_a_unit, source)
    if "ouble" in source or "riple" in source or "reble" in source:
        source = _DOUBLE.sub(_times_for_double, source)
    if "wice" in source or "fold" in source:
        source = _TWICE.sub("two times", source)
        source = _N_FOLD.sub(r"\1-fold", source)
    if _may_end_in_a_rate(source) and _is_money(source):
        source = _money_rate(source)
    if "ozen" in source:
        source = _HALF_A_DOZEN.sub("six", source)
    if " and a" in source:
        source = _AND_A_HALF.sub(_and_a_half, source)
    if "inus " in source:
        source = _minus_signs(source)
    if "CO2" in source:
        source = _GAS_AFTER_A_UNIT.sub(r"\1 of ", source)
        source = _CO2.sub(lambda m: f"{_TONNES_OF_CO2[m[1]]} of CO₂" if m[1] else "CO₂", source)
    return source


SPACED_MIXED = lazy_pattern(
    r"(?<![\d.,/])(\d{1,3}) (\d{1,2}/\d{1,2})(?![\d/.,])(?!\s+of\b)"
)  # the quote check reads past a span's end: see quotes.figures_in
"""``12 1/2 years``: US copy writes a mixed number with a space as often as with a hyphen
(``12-1/2 years``), and means the same number; read as :func:`_mixed` reads it. Not after
a year nor before "of": "By 2030 1/2 of new cars", "in week 3 1/4 of patients" are a
number and a fraction of something."""
_MAGNITUDE = lazy_pattern(r"(?i)^(?:an?\s+)?magnitude[\s-]+(?=[\d.])")
"""``magnitude 7.2`` (an earthquake): the number on its scale, a plain number."""
SPACED_GROUPS = lazy_pattern(
    r"(?<![\d.,\u202f])\d{1,3}(?: \d{3})+(?![\d\u202f]|[.,]\d{3}|[^\W\d_])"
)
"""``2 848 million tonnes``, ``1 000 000``: digits grouped in threes by a space, as FAO, UN
and SI style (and French or German copy) write them; read as one number, as the thin and
no-break spaces already are (two numbers in a row are no figure otherwise)."""


_OR_MORE = lazy_pattern(
    r"(?i)^(?P<body>(?:[\d$€£¥₹−-]|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen|a\s+hundred"
    r"|hundred|half)\b)[^()]*?)\s+or\s+(?P<word>more|greater|higher|longer|fewer|less|lower|shorter)"
    r"(?P<rest>(?:\s+[^\W\d_][\w-]*)*)\s*$"
)
"""``30 or more days``, ``30 days or more``, ``74 mph or higher``, ``five or fewer``: a bound
(at least, at most) on the figure as written; it was a count of "or more days", or an
error. Not "or above", "or over": "a grade 4 or above" names grades (extract leaves it)."""
_UP_WORDS = frozenset({"more", "greater", "higher", "longer"})
_A_FRACTION_WORD = lazy_pattern(
    r"(?i)(?:a|an|one|two|three|four)?[\s-]*(?:half|thirds?|quarters?|fifths?|sixths?|tenths?)"
)
"""A share in words before "or more of": "a third or more of pupils" is at least a third."""


def _bound_for_or_more(match: re.Match[str]) -> str:
    body = match["body"]
    rest = match["rest"] or ""
    after = rest.strip().lower()
    if after.startswith("than") or QUALIFIER_START.match(body):
        return match[0]
    if after.startswith("of ") and not _A_FRACTION_WORD.fullmatch(body):
        return match[0]  # "one or more of the judges"; "a third or more of pupils" is a bound
    bound = "at least" if match["word"].lower() in _UP_WORDS else "at most"
    return f"{bound} {body}{rest}"


QUALIFIER_START = lazy_pattern(
    r"(?i)^(?:between|"
    + "|".join(
        r"\s+".join(map(re.escape, q.split())) for q in sorted(QUALIFIERS, key=len, reverse=True)
    )
    + r")\b"
)
"""A figure that starts with a qualifier or ``between`` (already a bound or a range)."""

_PERCENT_COMPARED = lazy_pattern(
    r"(?i)^(?P<size>[\d.,]+\s*-?\s*(?:%|per[\s-]?cent|percent))[\s-]+"
    r"(?P<word>smaller|cheaper|shorter|lighter|thinner|larger|bigger|greater|dearer"
    r"|longer|heavier|taller)$"
)
"""``8% smaller``, ``20% cheaper``, ``8% larger``: a percentage with the comparative it
is, a fall or a rise of the size, read as a signed percentage (the figure keeps its text).
Only comparatives of size and price: "25% slower" may be a speed or a time, and ``lower``,
``higher``, ``less``, ``more`` and ``fewer`` are read by ``change.by`` itself. Nor
"wider" and "narrower": a loss that widened by 20% fell (a negative figure grew)."""
_COMPARATIVE_FALLS = frozenset({"smaller", "cheaper", "shorter", "lighter", "thinner"})


def size_of_a_comparative_fall(text: str) -> str | None:
    """The percentage of ``3.1% smaller`` (``3.1%``), which the grammar reads as −3.1%.

    A quote "3.1% smaller than last year's" states the size of the fall as well, as "fell
    3.1%" does; ``None`` for any other text (a rise: ``8% larger`` is read as written).
    """
    match = _PERCENT_COMPARED.match(text)
    if match is None or match["word"].lower() not in _COMPARATIVE_FALLS:
        return None
    return match["size"]


def _percent_in_its_direction(match: re.Match[str]) -> str:
    falls = match["word"].lower() in _COMPARATIVE_FALLS
    return ("-" if falls else "") + match["size"]


_TIME_UNIT_WORDS = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|quarters?|decades?)\b"
)
_STREAK = lazy_pattern(
    rf"(?i)\b(?:straight|consecutive|successive|running)\s+(?={_TIME_UNIT_WORDS})"
)
"""``31 straight days``, ``10 consecutive days``: a streak is a length of time (the
adjective goes), not a count of "straight days"."""
_IN_A_ROW = lazy_pattern(rf"(?i)(?P<unit>{_TIME_UNIT_WORDS})\s+in\s+a\s+row$")
"""``10 days in a row``: ten days."""


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_POWER_OF_TEN = lazy_pattern(
    r"(?<![\w.,])(?P<mantissa>\d+(?:\.\d+)?)\s*[×x*]\s*10"
    r"(?:\s*(?:\^|\*\*)\s*(?P<power>\d+)|(?P<superscript>[⁰¹²³⁴⁵⁶⁷⁸⁹]+))(?![\w^])"
)
"""``3.2 × 10^6``, ``3.2 x 10^6``, ``3.2×10⁶``: scientific notation as science copy prints it."""
_POWER_SCALES = {
    3: "thousand", 6: "million", 9: "billion", 12: "trillion", 15: "quadrillion",
    18: "quintillion",
}  # fmt: skip


def _power_of_ten(match: re.Match[str]) -> str:
    """``3.2 × 10^6`` as ``3.2 million`` (precise to its mantissa, as 3.2 million is).

    Only powers that are a scale word; any other is an error that says to write it out.
    """
    power = int(match["power"] or match["superscript"].translate(_SUPERSCRIPTS))
    scale = _POWER_SCALES.get(power)
    if scale is None:
        raise FigureError(
            f"{match[0]!r}: write the number out (`3.2 million`, `45,000`); only powers of ten"
            " that are a scale word (10^3, 10^6, 10^9, 10^12, 10^15, 10^18) are read"
        )
    return f"{match['mantissa']} {scale}"


_POINTS_AND_DIRECTION = lazy_pattern(
    r"(?i)^(?:an?\s+(?=[\d.]))?(?P<size>[\d.,]+\s*-?\s*(?:percentage|percent)[\s-]points?"
    r"|[\d.,]+\s*-?\s*(?:pp|pps|ppts|pts|points?|basis[\s-]points?|bps?))"
    r"[\s-]+(?P<word>lower|higher|(?:fall|drop|decline|decrease|reduction|cut|rise|increase"
    r"|gain|jump)s?)$"
)
"""``0.6 percentage points lower``, ``a 0.6-percentage-point fall``, ``a 0.6 point fall``:
the size of a change in points with its word of direction, read as a signed size (a fall
negative); the figure keeps its text."""

FALLS = frozenset(
    {"fewer", "less", "lower", "fall", "drop", "decline", "decrease", "reduction", "cut", "loss",
     "falls", "drops", "declines", "decreases", "reductions", "cuts", "losses", "lost"}
)  # fmt: skip
"""Words after the number that state a fall (``20 fewer cases``, ``$5m less``, ``a
two-thirds fall``); ``more``, ``higher``, ``rise``, ``increase``, ``gain`` and ``jump``
state a rise (``20 more cases``, ``0.3 points higher``, ``a 12% rise``)."""


_FRACTION_OF_A_POINT_AND_DIRECTION = lazy_pattern(
    r"(?i)(?P<size>(?:(?:a|one)[\s-]+)?(?:quarter|half)|(?:a[\s-]+)?three[\s-]+quarters?)"
    r"(?:\s+of\s+a)?[\s-]+(?P<unit>(?:percentage[\s-]+|percent[\s-]+)?points?)"
    r"(?:[\s-]+(?:(?:interest|policy|benchmark|bank)[\s-]+)?rates?)?"
    r"[\s-]+(?P<word>lower|higher|(?:fall|drop|decline|decrease|reduction|cut|rise|increase"
    r"|gain|jump|hike|raise)s?)"
)
"""``a quarter-point cut``, ``a half-point rise``, ``a quarter-percentage-point cut``: a
fraction of a point with its word of direction."""


def _fraction_of_a_point_in_its_direction(
    text: str, match: re.Match[str], context: Context
) -> Figure:
    """``a quarter-point cut`` as −0.25 points, as ``by:`` reads it written in place.

    The value grammar read "a quarter" of "point cut": a share, 25% (so a claim ``a
    quarter-point cut`` was a relative fall of a quarter, though ``0.25-point cut`` was
    −0.25 points). The fraction keeps its own precision (a quarter is 0.245 to 0.255);
    the word is the sign, as for :func:`_points_in_their_direction`.
    """
    size = " ".join(match["size"].replace("-", " ").split()).lower()
    if "three" in size:
        size = "three quarters of a"
    elif size in ("quarter", "half"):
        size = "a " + size
    unit = " ".join(match["unit"].replace("-", " ").split())
    figure = _parse_figure_cached(f"{size} {unit}", context)
    if match["word"].lower() in FALLS:
        figure = replace(
            figure, strict=-figure.strict, lenient=-figure.lenient, nominal=-figure.nominal
        )
    return replace(figure, text=text)


def _points_in_their_direction(match: re.Match[str]) -> str:
    """``0.6 percentage points lower`` as ``-0.6 percentage points``: the word is the sign.

    So that "0.6 points higher" and "0.6 points lower" are never the same figure, in a
    quote, a ``same`` or an ``expect``; ``change.by`` reads the word again and keeps it.
    """
    word = match["word"].lower()
    falls = word in FALLS
    return ("-" if falls else "") + match["size"]


_TO_ONE = lazy_pattern(
    r"(?i)^(?P<qualifier>(?:nearly|almost|about|around|roughly|some|more than|over|close to)"
    r"\s+)?(?P<ratio>[1-9]\d*(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s*-\s*|\s+)to(?:\s*-\s*|\s+)(?:one|1)\s*$"
)
"""``two-to-one``, ``2-to-1``, ``nearly three to one``: a ratio, read as the multiplier it
states (``two times as many``); it was a count of "to-one" things. Only the whole text, and
a ratio of at least 1: "0.8 to 1" and "up to 1" are a range and a bound."""
def _times_as_many(match: re.Match[str]) -> str:
    ratio = match["ratio"]
    if ratio[0].isdigit() and Decimal(ratio) < 1:
        return match[0]
    return f"{match['qualifier'] or ''}{ratio} times as many"


_MAJORITY = lazy_pattern(
    r"(?i)^\s*an?\s+(?:(?:clear|narrow|slim|slender|simple|absolute|outright|working)\s+)?"
    r"(?:(?P<part>two-thirds|three-fifths|three-quarters|two thirds|three fifths|"
    r"three quarters)\s+)?majority\s*$"
)
"""``a majority``, ``a two-thirds majority``: thresholds, more than half and at least the
fraction (not a count of one "majority"). "A majority of 174" is a margin in seats, and
keeps its words."""


_PLUS_ONE = lazy_pattern(
    r"(?i)^\s*(?P<share>\d+(?:[.,]\d+)?)\s*-?\s*(?:%|per[\s-]?cent|percent)[\s-]+plus[\s-]+"
    r"(?:one|1|a)(?:[\s-]+(?:votes?|seats?|shares?))?\s*$"
)
"""``50% plus one vote``, ``50-percent-plus-one``: a threshold just above the share, read as
``more than 50%`` (half of the votes and one more is above half, by as little as one vote)."""


def _threshold_of_a_majority(match: re.Match[str]) -> str:
    part = match["part"]
    return "more than half" if part is None else f"at least {part.replace(' ', '-')}"


_MINUS = lazy_pattern(r"(?i)(?<![\w-])minus\s+(?=[\d.,])")
_DEGREES = r"[\d.,]+\s*(?:°|º|Δ|degrees?\b|deg\b|[CF]\b|Celsius|Fahrenheit)"
_A_TEMPERATURE = lazy_pattern(
    rf"(?i)(?:{_DEGREES}|[\d.,]+\s*(?:to|and|-|–)\s*(?:minus\s+)?{_DEGREES})"
)


def _minus_signs(source: str) -> str:
    """``minus 12C``, ``about minus 40C``, ``between minus 5C and minus 2C`` as ``-12C``.

    News writes temperatures below zero with the word; only before a temperature, and
    only at the start or as a range's second end. "Plus or minus 2C" is a margin, and a
    reader that meets its last words alone must not take them for −2 °C.
    """
    pieces: list[str] = []
    last = 0
    for match in _MINUS.finditer(source):
        before = source[: match.start()].rstrip().lower()
        if before.endswith(("or", "±", "+/-")) or not _A_TEMPERATURE.match(source, match.end()):
            continue
        if any(c.isdigit() for c in before) and not before.endswith(("to", "and", "-", "–")):
            continue
        pieces += [source[last : match.start()], "-"]
        last = match.end()
    return "".join(pieces) + source[last:] if pieces else source


_GAS_AFTER_A_UNIT = lazy_pattern(r"\b(ppm|ppmv|ppb|tonnes?|kilotonnes?|megatonnes?)\s+(?=CO2)")
_CO2 = lazy_pattern(r"(?<![\w])(t|kt|Mt|Gt)?CO2(?=e?(?![\w]))")
"""``CO2``, ``CO2e`` and ``MtCO2e`` as the grammar reads them, ``CO₂`` (a word has no
digits) after a unit of mass; the gas names what is weighed, as ``of food`` does."""
_TONNES_OF_CO2 = {"t": "t", "kt": "kilotonnes", "Mt": "Mt", "Gt": "Gt"}


_AND_A_HALF = lazy_pattern(
    r"(?i)\b(?P<number>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
    r"(?:\s+(?P<unit>[a-z]+))?\s+and\s+an?\s+(?P<part>half|quarter)\b(?P<hyphen>-)?"
    r"(?!\s+of\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|all)\b)"
)
"""``two and a half weeks``, ``a year and a half``, ``three and a half-mile``: 2½ weeks,
1½ years, 3½-mile (read as ``2.5``); not "12 seats and a quarter of the vote" nor "2
children and a half-brother"."""


def _and_a_half(match: re.Match[str]) -> str:
    written = match.group("number").lower()
    number = written if written.isdigit() else str(NUMBER_WORDS[written])
    sign = "½" if match.group("part").lower() == "half" else "¼"
    unit = match.group("unit")
    if unit and (match.group("hyphen") or unit.lower() in SCALES or not units.is_unit(unit)):
        return match.group(0)  # "12 seats and a quarter", "a million and a half"
    if match.group("hyphen"):
        return f"{number}{sign}-"  # "a three and a half-mile route"
    return f"{number}{sign} {unit}" if unit else f"{number}{sign}"


_HALF_A_DOZEN = lazy_pattern(r"(?i)\bhalf[\s-]+a[\s-]+dozen\b")
"""``half a dozen people``: six, as ``a dozen`` is twelve (not half of "a dozen people")."""


_MONEY_MARK = lazy_pattern(
    r"[$€£¥₹₩₦₪₨]|\d\s?p\b(?!\.)|\bRs\b|\bRmb\b"
    r"|(?i:\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|cents?|pence|sterling|francs?|pesos?"
    r"|kronor|kroner?|krona|zlotys?|forints?|rand|lira|roubles?|rubles?|riyals?|dirhams?"
    r"|shekels?|naira|baht|ringgit|rupiah|reais|hryvnias?|dinars?|shillings?)\b)"
)
"""What shows a figure is money, for the rates only money is written with ("10 p.m." is
no pence); or a currency code (:func:`_is_money`)."""
_CODE = lazy_pattern(r"\b[A-Z]{3}\b")


def _is_money(source: str) -> bool:
    """Whether ``source`` writes a sum of money: a currency sign, name or code."""
    if _MONEY_MARK.search(source):
        return True
    return any(
        code in units.CURRENCY_CODES or code == "RMB" for code in _CODE.findall(source)
    )
_MONEY_RATE_ENDING = lazy_pattern(
    r"(?:(?:(?<=\S)\s+|-)(?P<article>a|an|each|every)[\s-]+"
    r"(?P<noun>[^\W\d_]\w*(?:[\s-]+[^\W\d_]\w*)?)"
    r"|(?:(?<=\d)|\s+)(?-i:(?P<short>pa|p\.a\.|pm|pcm|pw|p\.w\.|psf|PCM|PW|PSF))"
    r"|\s+(?P<adverb>hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually))$",
    re.IGNORECASE,
)
_MONEY_SHORT_RATES = {
    "pa": "per year", "p.a.": "per year", "pm": "per month", "pcm": "per month",
    "pw": "per week", "p.w.": "per week", "psf": "per sq ft",
}  # fmt: skip
"""``£19,800 pa``, ``£1,650 pcm``, ``$40 psf``: how property and pay are priced (pint
would read ``pa`` as a picoyear and ``pm`` as a picometre). Lower case only: ``PM`` and
``PA`` are names ("a $10bn PM Gati Shakti plan")."""

PRICED_THINGS = frozenset({
    "share", "head", "person", "dose", "item", "ticket", "trip", "journey", "night", "room",
    "student", "pupil", "patient", "household", "passenger", "meal", "visit", "game", "seat",
    "unit", "car", "vehicle", "home", "house", "flat", "bed", "child", "worker", "employee",
    "user", "subscriber", "customer", "resident", "copy", "pack", "bottle", "pill", "test",
    "call", "session", "course", "place", "plot", "job", "policy", "licence", "license",
    "piece", "bag", "plate", "pair", "box", "episode", "kilo", "gram", "cup", "dozen",
})  # fmt: skip
"""Things a price is written "a ..." of ("$1.26 a share", "£25 a dose"); units of measure
("$80 a barrel") and of time ("$1,650 a month") are priced so too."""


_RATE_ARTICLES = frozenset({"a", "an", "each", "every"})
_ENDINGS = (*_MONEY_SHORT_RATES, "PCM", "PW", "PSF", "ly")
"""How a text ending in a rate word ends, short of "a"/"each" before a noun."""


def _may_end_in_a_rate(source: str) -> bool:
    """Whether a text can end in a rate word (cheap: most figures are ``$300 million``)."""
    if not (" a" in source or " e" in source or "-a" in source or source.endswith(_ENDINGS)):
        return False
    words = source.rsplit(None, 3)
    last = words[-1]
    if last.lower() in _RATE_ADVERBS or last.lower().endswith(tuple(_MONEY_SHORT_RATES)):
        return True
    return any(word.lower() in _RATE_ARTICLES for word in words[1:-1]) or "-a" in last


def _money_rate(source: str) -> str:
    """``$1.26 a share``, ``$80 a barrel``, ``$25bn a quarter``: "a" is "per" after money.

    Only before a unit, a length of time or a thing prices are given for
    (:data:`PRICED_THINGS`): "$2bn a record" is no rate. Not after a preposition or a
    fraction ("$5 for a day", "half a").
    """
    found = _MONEY_RATE_ENDING.search(source)
    if found is None:
        return source
    if found.group("adverb") is not None:
        adverb = found.group("adverb").lower()
        return f"{source[: found.start()]} per {_RATE_ADVERBS[adverb]}"
    short = found.group("short")
    if short is not None:
        return f"{source[: found.start()].rstrip()} {_MONEY_SHORT_RATES[short.lower()]}"
    noun = " ".join(found.group("noun").replace("-", " ").split())
    before = source[: found.start()].split()
    if not before or before[-1].lower() in _NOT_BEFORE_A_FOR_PER or before[-1].lower() == "and":
        return source
    single = noun.lower().removesuffix("s") if " " not in noun else ""
    if single == "pound":
        return _price_a_pound(source[: found.start()])
    if single in _A_FOR_PER or single in PRICED_THINGS or units.is_unit(noun):
        return f"{source[: found.start()]} per {noun}"
    return source


_STERLING = lazy_pattern(r"£|\bGBP\b|(?i:\bsterling\b|\bpence\b|\bpounds?\b)|\d\s?p\b")


def _price_a_pound(amount: str) -> str:
    """``£3 a pound`` is a price per lb; ``$5.63 a pound`` asks which pound is meant.

    Sterling per pound sterling is no rate, so after pounds or pence "a pound" is the
    weight. After another currency it is the weight in US commodity and grocery copy
    ("live cattle at $2.0555 a pound", "ground beef at $5.63 a pound") and an exchange
    rate in currency copy: read as the rate, a price of beef was compared as dollars per
    sterling, so the writer must say which.
    """
    if _STERLING.search(amount):
        return f"{amount} per lb"
    raise FigureError(
        f"'{amount} a pound' is a price by weight or an exchange rate: write `{amount} per lb`"
        f" for a price per pound weight, or `{amount} per GBP` (`per pound sterling`) for"
        " the rate of sterling (docs/money-and-time.md)"
    )


_TWICE = lazy_pattern(r"(?i)\btwice\b(?!-)")
"""``twice as many``: two times as many (a multiplier, rounded like "two times")."""
_DOUBLE = lazy_pattern(
    r"(?i)^(?P<qualifier>(?:more than|over|nearly|almost|about|around|roughly|close to"
    r"|at least|less than)\s+)?(?P<word>double|triple|treble|quadruple)$"
)
"""``more than double``, ``nearly triple``: the whole value a multiplier (as ``more than
twice`` is); ``double`` before a noun (``double digits``) is not read."""
_DOUBLE_TIMES = {"double": "two", "triple": "three", "treble": "three", "quadruple": "four"}


def _times_for_double(match: re.Match[str]) -> str:
    return f"{match['qualifier'] or ''}{_DOUBLE_TIMES[match['word'].lower()]} times"


_N_FOLD = lazy_pattern(
    r"(?i)\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold\b"
)
"""``threefold``, ``tenfold``: written as one word, read as ``three-fold``."""


def _fraction_of_a_unit(match: re.Match[str]) -> str:
    """``a quarter of a mile`` as ``a quarter mile``; ``a third of a voter`` unchanged."""
    fraction, word = match.group(1), match.group(2)
    if word.lower() in ("pound", "pounds"):  # "half a pound" of butter, not 50 pence
        return f"{fraction} lb"
    return f"{fraction} {word}" if units.is_unit(word) else match.group(0)


_ORDINAL = lazy_pattern(r"(\d+)(st|nd|rd|th)(?![A-Za-z])")
"""``1st``, ``3rd``, ``5th``: pint would read 3 rods and 5 thou."""


def _is_ordinal(digits: str, suffix: str) -> bool:
    """Whether ``digits`` + ``suffix`` is an ordinal as English writes it.

    ``21st`` is; ``18st`` is not (British copy's 18 stone).
    """
    last, tens = int(digits) % 10, int(digits) % 100
    if 11 <= tens <= 13:
        return suffix == "th"
    return suffix == {1: "st", 2: "nd", 3: "rd"}.get(last, "th")

_HYPHENATED_SCALE = lazy_pattern(
    r"(?<=\d)-(thousand|million|billion|trillion|quadrillion|quintillion|lakhs?|crores?|mn|bn)"
    r"(?:-|(?![\w-]))",
    re.IGNORECASE,
)
"""``10-million-tonne``, ``$4.5-billion``: the scale word of a compound adjective."""

_FRACTION_OF_A = lazy_pattern(
    r"(?i)\b(half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)(?:[\s-]+of)?"
    r"(?:[\s-]+an?)?[\s-]+"
    r"(thousand|million|billion|trillion|quadrillion|quintillion|lakh|crore|percentage point"
    r"|basis point|point)\b"
)
"""``a quarter of a million``, ``half-a-million``: a fraction of a scale word (or of a
point), read as ``a quarter million``; ``a quarter of a percentage point`` is 0.25 points."""

_FRACTION_OF_A_UNIT = lazy_pattern(
    r"(?i)\b(half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?|hundredths?|thousandths?)"
    r"(?:[\s-]+of)?"
    r"[\s-]+an?[\s-]+([^\W\d_]+)\b"
)
"""``a quarter of a mile``, ``half an hour``, ``a third of a century``: a fraction of one
unit. Only after "a" or "an": "a fifth of the year" is a share, as "a third of voters" is."""

_HYPHENATED_RATIO = lazy_pattern(r"(?i)\b([a-z]+|\d+)-(in|out-of)-([a-z]+|\d[\d,]*)\b")
"""``one-in-five``, ``1-in-5``: a ratio written as an adjective."""

_AGED = lazy_pattern(r"-(year|month|week|day)s?-old\b", re.IGNORECASE)
"""``12-year-old``, ``two-month-old``: an age, read as the length of time (12 years)."""

_DURATION_BEFORE_A_NOUN = lazy_pattern(
    r"(?i)^(?:an?\s+)?(?P<number>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)"
    r"-(?P<unit>year|month|week|day|hour|minute|decade)s?"
    r"\s+(?!(?:per|a|an|each|every|of|old|and|or|to)\b)[^\W\d_][\w'’]*$"
)
"""``a three-year degree``, ``a 25-year mortgage``, ``a two-day visit``: a length of time
as an adjective before the one noun it is the length of, read as the length (3 years);
the noun is no unit ("year degree" is no year times an angle). One noun only, so that a
quote's figure does not run on into the sentence."""

_TERMS = frozenset({
    "degree", "course", "programme", "program", "mortgage", "loan", "bond", "gilt", "note",
    "lease", "tenancy", "contract", "deal", "term", "sentence", "ban", "freeze", "moratorium",
    "visa", "licence", "license", "warranty", "guarantee", "subscription", "apprenticeship",
    "residency", "fixed", "plan", "pass", "membership", "mandate", "tenure", "treaty",
    "agreement", "budget", "parliament", "cycle",
})  # fmt: skip
"""Nouns a length of time before them defines ("a three-year degree", "a 25-year
mortgage", "a five-year plan"): such a length is exact in both readings. Other lengths
before a noun ("a six-month investigation", "a two-hour delay") are rounded as any is."""

_A_FOR_PER = frozenset({
    "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter",
    "year", "decade", "century", "head", "person",
})  # fmt: skip
"""``20 deaths a day``: "a" is "per" before these words (the grammar reads the words after
the number as one counted noun, "deaths a day", which a year's count would have matched)."""


def time_of_a_rate(words: list[str]) -> tuple[int, str] | None:
    """``(n, time)`` when the last ``n`` words make a rate per ``time``; else ``None``.

    ``deaths a day``, ``deaths each day``, ``tonnes per annum``, ``deaths daily``. Not after
    a preposition or a fraction: "41 deaths in a day" and "half a day" are no rates. (The
    quote reader uses it too, to read "$250 million a year" as a sentence writes it.)
    """
    if not words:
        return None
    last = words[-1].lower()
    if last in _RATE_ADVERBS:
        return 1, _RATE_ADVERBS[last]
    if len(words) < 2:
        return None
    before = words[-2].lower()
    if (before, last) == ("per", "annum"):
        return 2, "year"
    if before not in ("a", "an", "each", "every", "per") or last not in _A_FOR_PER:
        return None
    if len(words) >= 3 and words[-3].lower() in _NOT_BEFORE_A_FOR_PER:
        return None
    return 2, words[-1]


_RATE_ADVERBS = {
    "hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week",
    "monthly": "month", "quarterly": "quarter", "yearly": "year", "annually": "year",
}  # fmt: skip
"""``16 deaths daily``, ``5,840 deaths annually``: a rate per that time."""


_NOT_BEFORE_A_FOR_PER = frozenset({
    "in", "for", "within", "of", "over", "during", "per", "each", "half", "quarter", "third",
    "than", "about", "nearly", "almost",
})  # fmt: skip


_YEARS_OLD = lazy_pattern(r"(?i)\b((?:year|month|week|day)s?)\s+old\b")
"""``33 years old``: an age, read as the length of time, as ``33-year-old`` is."""

_DECADE = lazy_pattern(r"(?i)(?:the\s+)?((?:1[0-9]|20)\d)0['’]?s|(?:the\s+['’]?|['’])(\d)0['’]?s")
"""``1990s``, ``the 2020s``, ``the '90s``: a decade or century, which the unit ``s`` would
read as seconds (``80s`` alone stays 80 seconds)."""

_LEADING_ARTICLE = lazy_pattern(
    r"^(?:a|an)\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)\b)",
    re.IGNORECASE,
)
"""``a two-day visit``: the article before a number is not the number one."""


def _inherit(low: _Amount, high: _Amount, a_dozen: bool = False) -> _Amount:
    """``20–30%``, ``$20–30 million``: the low end takes what only the high end wrote.

    ``a_dozen``: the low end is "a dozen" (of "a dozen to two dozen"), twelve already.
    """
    changes: dict[str, Any] = {}
    if (
        low.scale is None and low.short_scale is None and not a_dozen
    ):  # "5-6 million", "12-15 dozen", "$800-1.2 billion"
        changes.update(scale=high.scale, scale_word=high.scale_word, short_scale=high.short_scale)
        if high.scale_word == "dozen":
            changes.update(number=_in_dozens(low.number))
    if low.currency_code is None and low.flavour is None:  # "6.5% to $1,650" is no range
        changes.update(currency_code=high.currency_code, currency_text=high.currency_text)
    if not low.has_tail:
        changes.update(
            unit_words=high.unit_words, per=high.per, flavour=high.flavour, has_tail=high.has_tail
        )
    return replace(low, **changes)


MULTIPLIER_NOUNS = frozenset({"times", "fold", "x"})
"""Counted nouns that make a multiplier (``2.5 times``, ``three-fold``), not a count."""


def per_clause(figure: Figure) -> str:
    """The "per month" that ends a figure's unit as shown (``$1,650 a month``), or ``""``."""
    suffix = figure.display.suffix
    at = suffix.find("per ")
    return suffix[at:] if at >= 0 else ""


def rate_of(rate: Figure, plain: Figure) -> str:
    """The "per month" ``rate`` is written at, when ``plain`` is its amount without it.

    "Rent rose to $1,650 a month from $1,550": a sentence writes the rate once, and the
    $1,550 is a month's rent too. ``""`` when ``plain`` is no such amount.
    """
    per = per_clause(rate)
    if not per or per_clause(plain):
        return ""
    unit = per[len("per ") :].strip()
    if units.is_unit(unit):  # "£72 per MWh" times a MWh is pounds (not pounds × time²)
        amount = units.multiply(rate.dimension, units.resolve(unit).dimension, 1)
    else:  # per a counted thing: "[per:household]" is the only negative power
        amount = tuple((name, power) for name, power in rate.dimension if power > 0)
    return per if plain.dimension == amount else ""


def is_multiplier(counted: str | None) -> bool:
    """Whether a counted noun makes a multiplier: ``times``, ``times as many``, ``fold``."""
    return counted is not None and counted.split(" ", 1)[0] in MULTIPLIER_NOUNS


def _multiplies(counted: str | None, qualifier_kind: str | None) -> bool:
    """Whether a figure is a multiplier, a plain number rather than a whole count.

    "Three times as many", "three times the average", "three-fold", "nearly three times"
    multiply; "3 times" (or "three times last year") is also how often something
    happened ("arrested 3 times"), so it stays whole.
    """
    if not is_multiplier(counted):
        return False
    assert counted is not None
    first, _, rest = counted.partition(" ")
    return (
        first != "times"
        or qualifier_kind is not None
        or rest.split(" ", 1)[0] in _COMPARED_AFTER_TIMES
    )


_COMPARED_AFTER_TIMES = frozenset({
    "as", "the", "more", "higher", "greater", "larger", "bigger", "lower", "less", "fewer",
    "smaller", "faster", "slower", "than", "that", "what", "its", "their", "his", "her",
})  # fmt: skip
"""Words after "times" that make it a multiplier ("three times as many", "three times the
average"); "three times last year" counts occasions."""


def is_bare_number(figure: Figure) -> bool:
    """A number with nothing written after it: no unit, noun, percent or ``per`` clause."""
    return (
        figure.counted is None
        and figure.flavour is None
        and not figure.dimension
        and not figure.is_date
        and "per " not in figure.display.suffix
    )


def counts_things(figure: Figure) -> bool:
    """Whether a figure is a count of things (``300 people``, ``2.5 people`` on average)."""
    return figure.counted is not None and is_a_count(figure.counted, figure.display.suffix)


def is_a_count(counted: str, suffix: str) -> bool:
    """Whether a figure of this counted noun and this written suffix counts things.

    Not points, not a multiplier (``2.5 times``), not a rate per a number of things (``5
    deaths per 100,000 people``, whose suffix keeps the ``per`` clause): those are plain
    numbers of another kind.
    """
    return counted not in POINT_NOUNS and not is_multiplier(counted) and "per " not in suffix


POINT_NOUNS = frozenset({"point", "points"})
"""Counted nouns whose figures may be negative (points are scored, gained and lost), and
which are percentage points between two percentages (``kinds/change``)."""

_HUNDREDTHS = {"cent": "$", "cents": "$", "pence": "£", "penny": "£"}
"""Coins named after the number: hundredths of the currency whose sign is given."""

_PER_PERSON = {"capita": "person", "head": "person", "head of population": "person"}
"""``$81,700 per capita`` is per person: it cancels with a count of ``people``."""


def per_thing(noun: str) -> str:
    """The dimension of "per household": one name for ``households``, ``per head``, ``people``.

    A rate per counted thing (``£7,500 per household``) keeps this dimension so that it is
    never added to a plain amount; times a count of the same things it cancels
    (:mod:`checks.expressions`). A noun of several words is named by its head in the
    singular: ``polling stations`` is ``polling station``, ``barrels of oil`` is ``barrel
    of oil``, so that "voters per polling station" cancels a count of polling stations.
    """
    lowered = " ".join(noun.lower().split())
    name = _PER_PERSON.get(lowered) or _singular_head(lowered)
    return f"[per:{_PER_PERSON.get(name, name)}]"


def _singular_head(phrase: str) -> str:
    """``polling stations`` → ``polling station``, ``barrels of oil`` → ``barrel of oil``.

    The head of an English noun phrase is its last word, or the last before ``of``.
    """
    words = phrase.split(" ")
    head = words.index("of", 1) - 1 if "of" in words[1:] else len(words) - 1
    words[head] = singular(words[head])
    return " ".join(words)


def _short_scale_applies(amount: _Amount) -> bool:
    """Whether ``m`` or ``b`` after the number is million or billion, not metres.

    Beside a currency (``£3m``), or before a unit (``2m barrels``, ``1.2m tonnes``,
    ``2.2m sq km``: metre-barrels are no quantity news prints). Alone, ``30m`` is 30
    metres. Before any other word it is an error that asks which was meant: ``3m people``
    is 3 million people, but ``400m hurdles`` and ``5m waves`` are metres.
    """
    if amount.currency_code is not None:
        return True
    if not amount.unit_words:
        return False
    return units.is_unit(" ".join(amount.unit_words)) or units.is_unit(amount.unit_words[0])


class _Meaning(msgspec.Struct, frozen=True):
    factor: float
    offset: float
    dimension: Dimension
    counted: str | None = None
    absolute_temperature: bool = False
    calendar_months: int | None = None
    whole_days: bool = False
    suffix: str = ""
    calendar_time: int = 0
    month_time: int = 0


def _refuse_a_misspelt_scale(word: str) -> None:
    """:class:`FigureError` if ``word`` is one typing slip from a scale word (``milion``).

    A slip is a letter left out, doubled or swapped with its neighbour (``milion``,
    ``milllion``, ``millino``), or an ``s`` added (``millions``), of thousand, million,
    billion, trillion, quadrillion or quintillion; a letter replaced is not, since real
    words are one letter from them (bullion, mullion), as nouns are from lakhs and crores
    (leaks, scores).
    """
    lowered = word.lower()
    if len(lowered) < 6 or lowered in _SCALE_TARGETS:
        return
    for target in _SCALE_TARGETS:
        if _one_slip(lowered, target):
            raise FigureError(f"{word!r} is not a scale word: did you mean {target!r}?")


_SCALE_TARGETS = ("thousand", "million", "billion", "trillion", "quadrillion", "quintillion")

_FOREIGN_OF = lazy_pattern(
    r"(?i)(?:de|di|del|della|dei|degli|delle|des|du|von|van|der)|d['’]\S+"
)
"""The word that joins a figure to what it counts in French, Spanish, Italian, German or
Dutch: "3 millions d'euros", "5 milioni di persone", "2 Millionen von Menschen"."""

_FOREIGN_SCALES = {
    "billones": "a billón is a million million (10¹²) in Spanish",
    "billón": "a billón is a million million (10¹²) in Spanish",
    "trillionen": "a Trillion is a million million million (10¹⁸) in German",
}
"""Scale words of other languages read otherwise than their English look-alikes."""


_FOREIGN_SCALE_WORDS = frozenset({
    "tausend", "millionen", "milliarde", "milliarden", "billionen", "bio.", "millions",
    "millones", "mil millones", "milioni", "miliardi", "miljoen", "miljard", "milliard",
    "milliards", "mio", "mio.", "mrd", "mrd.", "md", "md.",
})  # fmt: skip


def _refuse_a_foreign_noun_phrase(words: list[str], scale_word: str, decimal_comma: bool) -> None:
    """:class:`FigureError` for what a figure counts written in another language's grammar.

    The value grammar reads scale words of other languages (``3 millions``) but not their
    nouns: "3 millions d'euros" is no count of "d'euros" (a count, compared as a number,
    would equal "3 millions d'habitants"), nor "d" a day. A currency is written by its sign
    or code (`3 millions €`), a count without the preposition. Only after a scale word of
    another language or in a file of a decimal-comma language: "300 van drivers" and "3
    Des Moines residents" are English.
    """
    first = words[0]
    foreign = decimal_comma or " ".join(scale_word.lower().split()) in _FOREIGN_SCALE_WORDS
    if (
        foreign
        and _FOREIGN_OF.fullmatch(first)
        and (len(words) > 1 or "'" in first or "’" in first)
    ):
        raise FigureError(
            f"{' '.join(words)!r}: what a figure counts is read in English word order only;"
            " write money with its sign or code (`3 millions €`, `EUR 3 millions`), a unit by"
            " its symbol (`3 millions t`, `3 millions ha`) and a count without the"
            " preposition (`3 millions habitants`)"
        )
    if first.lower() in _FOREIGN_SCALES:
        raise FigureError(
            f"{first!r}: {_FOREIGN_SCALES[first.lower()]}; write the number in full"
            " (`4 000 000 000 000`) or with the English scale word it means"
        )


def _one_slip(word: str, target: str) -> bool:
    """A letter left out, added or swapped with its neighbour turns ``target`` into ``word``."""
    if len(word) == len(target) + 1:
        return any(word[:i] + word[i + 1 :] == target for i in range(len(word)))
    if len(word) + 1 == len(target):
        return any(target[:i] + target[i + 1 :] == word for i in range(len(target)))
    if len(word) == len(target) and word != target:
        differ = [i for i in range(len(word)) if word[i] != target[i]]
        return (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and word[differ[0]] == target[differ[1]]
            and word[differ[1]] == target[differ[0]]
        )
    return False


def _unit_meaning(amount: _Amount, context: Context) -> _Meaning:
    words = list(amount.unit_words)
    short = amount.short_scale
    if short is not None and not _short_scale_applies(amount):
        if words:
            number, scale_word = format(amount.number.value, "f"), SHORT_SCALES[short][0]
            raise FigureError(
                f"is {short!r} before {words[0]!r} {scale_word}"
                + (" or metres" if short == "m" else "")
                + f"? write `{number} {scale_word} {' '.join(words)}`"
                + (f", or for metres only the measure (`{number} m`)" if short == "m" else "")
            )
        if short != "m":
            raise FigureError(
                f"{short!r} means {SHORT_SCALES[short][0]} only beside a currency "
                f"(`$5{short}`) or before a unit (`5{short} barrels`); write "
                f"`{SHORT_SCALES[short][0]}` or a unit"
            )
        words.insert(0, "m")
    factor, offset = 1.0, 0.0
    dimension: Dimension = units.DIMENSIONLESS
    counted: str | None = None
    absolute = False
    calendar: int | None = None
    calendar_time = month_time = 0
    whole_days = False
    suffix_parts: list[str] = []
    if amount.currency_code:
        dimension = units.currency_dimension(amount.currency_code)
    if words:
        _refuse_a_foreign_noun_phrase(words, amount.scale_word, context.decimal_comma)
        head, rest = _split_unit(words)
        if head is not None:
            info = units.resolve(" ".join(head))
            factor, offset = info.factor, info.offset
            absolute = info.absolute_temperature
            calendar = info.calendar_months
            calendar_time += info.calendar_time
            month_time += info.month_time
            if info.dimension == (("[time]", 1),):
                whole_days = info.whole_time and calendar is None
            if amount.currency_code and info.dimension:
                raise FigureError(
                    f"{' '.join(head)!r} after a sum of money: a price of each is written"
                    f" `per {' '.join(head)}` (`$80 per barrel`, `£1,650 per month`)"
                )
            dimension = units.multiply(dimension, info.dimension)
            suffix_parts.append(_unit_symbol(head))
            if rest:
                suffix_parts.append(" ".join(rest))
        else:
            if amount.currency_code:
                _refuse_a_misspelt_scale(words[0])
                rate = time_of_a_rate(words)
                if rate is not None:
                    raise FigureError(
                        f"{' '.join(words)!r} after a sum of money: for a rate write "
                        f"`per {rate[1]}`"
                    )
                raise FigureError(
                    f"{' '.join(words)!r} after a sum of money is not a unit; "
                    "keep only the amount (and say what it is for in `note`)"
                )
            counted = " ".join(words)
            _refuse_a_misspelt_scale(words[0])  # "5 milion people" is not 5 "milion people"
            if counted[0] in "°º":
                raise FigureError(
                    f"{counted!r} is not a unit of temperature: write °C or °F for a reading, "
                    "Δ°C or Δ°F for a difference"
                )
            suffix_parts.append(counted)
    for count, per_words, written, slash in amount.per:
        per_text = " ".join(per_words)
        unit_text = _slashed_unit(per_text, amount.currency_code) if slash else per_text
        if slash and len(per_words) > 1 and per_words[0] in _SLASHED_ABBREVIATIONS:
            raise FigureError(  # "$80/b on Monday": the slash takes one word
                f"{per_text!r} after a slash is no unit: write `/{per_words[0]}` alone"
            )
        if count is not None:
            if count == 0:
                raise FigureError(f"a rate cannot be per zero ({amount.number.value} per 0)")
            factor /= float(count)
        if per_words:
            code = _per_currency(per_text, context)
            if code is not None and code == amount.currency_code and per_text.lower() in (
                "pound", "pounds",
            ):
                code, per_text = None, "lb"  # "£3 per pound": sterling per sterling is no rate
            if code is not None:
                dimension = units.multiply(dimension, units.currency_dimension(code), -1)
            elif per_words[0].lower() in units.AMBIGUOUS:  # "$2.19 per MBtu": no counted MBtu
                raise FigureError(f"{per_words[0]!r} is {units.AMBIGUOUS[per_words[0].lower()]}")
            elif units.is_unit(unit_text):
                info = units.resolve(unit_text)
                factor /= info.factor
                calendar_time -= info.calendar_time
                month_time -= info.month_time
                dimension = units.multiply(dimension, info.dimension, -1)
            elif count is None:
                dimension = units.multiply(dimension, ((per_thing(per_text), 1),), -1)
        if slash and not written and suffix_parts:  # "km/h" shown as written
            suffix_parts[-1] += f"/{per_text}"
        else:
            suffix_parts.append("per " + " ".join(part for part in (written, per_text) if part))
    if absolute and amount.per:
        raise FigureError(
            "a temperature reading cannot be a rate: write a rate of warming as a difference"
            " of degrees over time, such as `0.2 Δ°C per decade`"
        )
    return _Meaning(
        factor=factor,
        offset=offset,
        dimension=dimension,
        counted=counted,
        absolute_temperature=absolute,
        calendar_months=calendar,
        whole_days=whole_days,
        suffix=" ".join(suffix_parts),
        calendar_time=calendar_time,
        month_time=month_time,
    )


_SLASHED_ABBREVIATIONS = {
    "y": "year", "b": "oil_barrel", "bl": "oil_barrel", "B": "oil_barrel",
}  # fmt: skip
"""One-letter denominators the energy trade writes after a slash: ``5 bcm/y`` is per year,
``$80/b`` and ``$80/bl`` are a price per barrel. Written without the slash they stay
unread ("5 per y" names nothing)."""


def _slashed_unit(per_text: str, currency_code: str | None) -> str:
    """The unit a slash's denominator names (:data:`_SLASHED_ABBREVIATIONS`), or as written.

    A barrel only after money: "b" has no other reading in a price, but "5 kg/b" is no oil
    price and stays unread.
    """
    unit = _SLASHED_ABBREVIATIONS.get(per_text, per_text)
    return per_text if unit == "oil_barrel" and currency_code is None else unit


def _per_currency(text: str, context: Context) -> str | None:
    lowered = text.lower()
    chosen = _configured_currency(text, context.currency_map)
    if chosen is not None:
        return chosen
    if text in units.CURRENCY_CODES:
        return text
    if lowered in units.CURRENCY_NAMES or lowered in units.NATIONAL_CURRENCIES:
        code = units.currency_by_name(lowered)
        if code is None:
            raise _shared_name_error(text)
        return code
    return None


def _split_unit(words: list[str]) -> tuple[list[str] | None, list[str]]:
    """The longest leading run of words that is a unit, and what follows it."""
    if [w.lower() for w in words] in (["degree"], ["degrees"]):
        raise FigureError(
            "`degrees` alone is ambiguous: write `°C` or `°F` for a reading, `Δ°C` or "
            "`delta_degF` for a difference, or `degrees of arc` for an angle; to count"
            " academic degrees name them (`university degrees`, `first degrees`)"
        )
    if words[0].lower() in units.AMBIGUOUS and not any(
        units.is_unit(" ".join(words[:end])) for end in range(2, len(words) + 1)
    ):  # "ton miles" and "tons deadweight" are units of their own
        raise FigureError(f"{words[0]!r} is {units.AMBIGUOUS[words[0].lower()]}")
    for end in range(len(words), 0, -1):
        head = words[:end]
        if end < len(words) and " ".join(head).lower() in _UNITS_ONLY_ALONE:
            continue
        if (
            end > 1
            and head[-1].lower() in ("degree", "degrees")
            and head[-2].lower() not in ("square", "sq", "sq.")
        ):
            continue  # "3 year degree" is no year times an angle
        if head == ["AU"] and end < len(words) and words[end].lower() not in _AU_BEFORE:
            continue
        if head == ["NM"] and end < len(words) and words[end].lower() not in NM_BEFORE:
            continue
        if units.is_unit(" ".join(head)):
            rest = words[end:]
            if rest and rest[0].lower() != "of":
                raise FigureError(
                    f"unexpected {' '.join(rest)!r} after the unit {' '.join(head)!r}"
                )
            return head, rest
    return None, words


_UNITS_ONLY_ALONE = frozenset({"stone"})
"""Units that are adjectives before a noun: "12 stone" is a weight, "40 stone houses" a
count of houses."""
_AU_BEFORE = frozenset({
    "from", "away", "of", "beyond", "to", "out", "across", "and", "or", "in", "closer",
    "farther", "further", "wide", "long", "apart", "at", "by", "than",
})  # fmt: skip
"""Words after ``AU`` that leave it a distance ("5.2 AU from the Sun"); before any other
word it is the African Union's ("20,000 AU troops", "5 AU members")."""
NM_BEFORE = frozenset({
    "from", "away", "off", "offshore", "of", "beyond", "out", "across", "closer", "farther",
    "further", "wide", "long", "apart", "than", "radius", "range", "north", "south", "east",
    "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west", "northward", "southward", "eastward", "westward",
})  # fmt: skip
"""Words after ``NM`` that leave it nautical miles ("200 NM off the coast", "150 NM east of
Bermuda"); before any other word, "and" and "or" too, it is New Mexico's ("3,500 NM
residents", "1,200 NM and AZ voters")."""

_SYMBOLS = {
    "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mi", "miles": "mi", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "day": "days", "week": "weeks", "month": "months", "year": "years",
    "tonne": "tonnes", "degrees Celsius": "°C", "degrees Fahrenheit": "°F",
    "F": "°F", "C": "°C", "Fahrenheit": "°F", "Celsius": "°C", "degrees F": "°F",
    "degrees C": "°C", "deg F": "°F", "deg C": "°C",
}  # fmt: skip
"""How a unit is shown in messages: "15.8 F" as 15.8°F, "28C" as 28°C."""


def _unit_symbol(head: list[str]) -> str:
    phrase = " ".join(head)
    return _SYMBOLS.get(phrase, phrase)


class _Plan(msgspec.Struct, frozen=True):
    """What a figure's words make of its number: unit, scale, currency, qualifier, display.

    Everything here comes from the text around the digits, so figures that differ only in
    their digits (``3,707 households``, ``9,908 households``) share one plan, and reading
    the next such figure costs only its number (:func:`_figure`).
    """

    meaning: _Meaning
    scale: Decimal
    percent: Decimal
    multiplier: float
    qualifier_kind: str | None
    qualifier: str | None
    counted: bool
    flavour: Flavour | None
    display: Display
    negative: bool


def _plan(
    amount: _Amount, qualifier_kind: str | None, qualifier: str | None, context: Context
) -> _Plan:
    rate = time_of_a_rate(list(amount.unit_words))
    if rate is not None and len(amount.unit_words) > rate[0] and amount.currency_code is None:
        words, per_time = rate
        per = (*amount.per, (None, (per_time,), "", False))
        amount = replace(amount, unit_words=amount.unit_words[:-words], per=per)
    meaning = _unit_meaning(amount, context)
    if (
        amount.number.fraction_word
        and meaning.counted is not None
        and meaning.counted not in POINT_NOUNS
        and not amount.per
    ):
        # "a third of voters", "one in five adults": a share of them, not 0.33 voters
        meaning = replace(meaning, counted=None, suffix="")
    elif amount.number.ratio and amount.unit_words:
        raise FigureError(
            f"a ratio (one in five) is a share, not a measure in {' '.join(amount.unit_words)}"
        )
    scale = amount.scale or Decimal(1)
    scale_word = amount.scale_word
    if amount.short_scale is not None and _short_scale_applies(amount):
        word, factor = SHORT_SCALES[amount.short_scale]
        scale *= factor
        scale_word = (scale_word + " " + word).strip()
    flavour = amount.flavour
    percent = (
        _BASIS_POINT if amount.basis_points else Decimal("0.01") if flavour else Decimal(1)
    )
    prefix = ""
    suffix = meaning.suffix
    if amount.currency_text:
        symbol = amount.currency_text
        if len(symbol) <= 3 and not symbol.isalpha() or symbol in {"Rs", "Rs.", "RMB", "Rmb"}:
            prefix = symbol + ("" if not symbol.isalpha() and not symbol.endswith(".") else " ")
        else:
            suffix = (symbol + " " + suffix).strip()
    if flavour == "points":
        suffix = "basis points" if amount.basis_points else "percentage points"
    elif flavour == "percent" or (amount.number.fraction_word and not suffix):
        suffix = "%"
    display = Display(
        factor=meaning.factor * _DISPLAY_FACTORS.get(suffix, 1.0),
        offset=meaning.offset,
        scale=float(scale),
        scale_word=scale_word,
        prefix=prefix,
        suffix=suffix,
        clock=amount.number.clock,
    )
    return _Plan(
        meaning=meaning,
        scale=scale,
        percent=percent,
        multiplier=float(scale * percent) * meaning.factor,
        qualifier_kind=qualifier_kind,
        qualifier=qualifier,
        counted=meaning.counted is not None and not amount.per,
        flavour=flavour,
        display=display,
        negative=amount.negative,
    )


def _figure(text: str, plan: _Plan, number: _Number, context: Context) -> Figure:
    """The figure ``text`` with this plan and this (signed) number."""
    meaning, scale, percent = plan.meaning, plan.scale, plan.percent
    written = float(number.value * scale * percent)
    if not math.isfinite(written) or not math.isfinite(plan.multiplier):
        raise FigureError(f"{text!r} is too large to be a figure")

    def interval(half: Decimal) -> Interval:
        lo = float((number.value - half) * scale * percent)
        hi = float((number.value + half) * scale * percent)
        return Interval(lo * meaning.factor + meaning.offset, hi * meaning.factor + meaning.offset)

    nominal = written * meaning.factor + meaning.offset
    counted, qualifier_kind = plan.counted, plan.qualifier_kind
    # A qualified duration ("more than 2 days") is not whole; a qualified count still is.
    # A count written with a fraction of one thing ("1.7 children") is an average, and a
    # multiplier ("nearly three times") is a plain number.
    whole = (
        counted
        and not _multiplies(meaning.counted, qualifier_kind)
        and (
            (number.integer_written and scale % 1 == 0)
            or (number.value * scale * percent) % 1 == 0
        )
    )
    # "a two-day visit" is two whole days, "15 weeks" fifteen whole weeks; read loosely,
    # "15 weeks" is the whole days within half a week (108 days is 15.4 weeks)
    whole_days = qualifier_kind is None and meaning.whole_days and number.integer_written
    # Points are scored and lost ("-3 points"); a count written negative is a change in a
    # count ("-300 jobs", a net loss): neither is kept at zero or above.
    signed = meaning.counted in POINT_NOUNS or nominal < 0

    def reading(half: Decimal, loose: bool = False, qualified: bool = True) -> Interval:
        values = interval(half)
        if qualifier_kind is not None and qualified:
            values = _qualified(
                values,
                nominal,
                qualifier_kind,
                abs(nominal - meaning.offset) * context.approx,
                nominal < meaning.offset,
                plan.qualifier in CLOSE_BOUNDS,
            )
        if counted and not signed:
            values = _at_least_zero(values)
        if whole:
            values = _whole_in(values, meaning)
        elif whole_days:
            values = values.as_whole() if loose else _whole_in(values, meaning)
        return values

    strict = reading(number.strict_half)
    # Most figures have no trailing zeros: both readings are then one interval.
    same = number.lenient_half == number.strict_half and not (
        whole_days and meaning.factor != 1.0
    )
    lenient = strict if same else reading(number.lenient_half, loose=whole_days)
    # "jailed for two years" is two years, as "a two-day visit" is two days (the contract's
    # whole numbers); read loosely it may be rounded ("two years" for 2 years 4 months).
    if (
        qualifier_kind is None
        and meaning.calendar_months is not None
        and number.integer_written
        and not counted
    ):
        strict = Interval.point(nominal)
    calendar: Interval | None = None
    if meaning.calendar_months is not None:
        months = meaning.calendar_months
        if qualifier_kind is not None:  # "nearly 15 years" is 13.5 to 15 years
            written_units = strict.scaled(1 / meaning.factor)
        else:
            written_units = interval(number.strict_half).scaled(1 / meaning.factor)
            if number.integer_written:
                written_units = written_units.as_whole()
        calendar = written_units.scaled(months)
    if qualifier_kind == "about" and (
        significant_digits(number) >= ESTIMATE_DIGITS
        or (plan.flavour == "percent" and not number.integer_written)
    ):
        # "some 1,017,437 people" is an estimate to the person, "some 61.3% of pupils" a
        # share to the tenth of a point: neither a number to within 10%
        strict = reading(number.lenient_half, qualified=False)
    return Figure(
        text=text,
        strict=strict,
        lenient=lenient,
        nominal=nominal,
        dimension=meaning.dimension,
        display=plan.display,
        counted=meaning.counted,
        flavour=plan.flavour,
        absolute_temperature=meaning.absolute_temperature,
        calendar_months=calendar,
        qualifier=plan.qualifier,
        calendar_time=meaning.calendar_time,
        month_time=meaning.month_time,
    )


ESTIMATE_DIGITS = 4
"""From this many significant digits an approximate figure (``some 1,017,437``, ``an
estimated 1,218,000``) is read strictly as written, as is a percentage written with
decimals (``some 61.3%``): its ``± settings.approx`` is only its lenient reading
(docs/format-extensions.md)."""


def significant_digits(number: _Number) -> int:
    """How many significant digits ``number`` is written with.

    A whole number's trailing zeros are not counted: 1,017,437 has 7, 1,218,000 has 4,
    300 has 1, 4.75 and 0.0158 have 3.

    Fractions and ratios (``a third``, ``one in five``) count none: they are no estimate
    written digit by digit.
    """
    if number.fraction_word or number.ratio:
        return 0
    digits = "".join(map(str, abs(number.value).as_tuple().digits)).lstrip("0")
    if number.integer_written:
        digits = digits.rstrip("0")
    return len(digits)


def _at_least_zero(interval: Interval) -> Interval:
    """Counted things are never negative (``fewer than 5 people`` is 0 to 4)."""
    if interval.lo >= 0:
        return interval
    return Interval(0.0, interval.hi, False, interval.hi_open, interval.whole)


def _whole_in(interval: Interval, meaning: _Meaning) -> Interval:
    """Keep the whole numbers *of the written unit* (2 weeks is 14 days, not 11 to 17)."""
    plain = meaning.factor == 1.0 and meaning.offset == 0.0  # counted things: nothing to undo
    if plain:  # what as_whole() below gives, made at once (most figures are counts)
        lo, hi = interval.integer_bounds()
        return Interval(lo, hi, False, False, True) if lo <= hi else Interval(1.0, 0.0, whole=True)
    interval = interval.scaled(1 / meaning.factor, -meaning.offset / meaning.factor)
    written = interval.as_whole()
    if written.is_empty:
        return Interval(1.0, 0.0, whole=True)
    return Interval(
        written.lo * meaning.factor + meaning.offset,
        written.hi * meaning.factor + meaning.offset,
        whole=True,
    )


def _qualified(
    rounding: Interval,
    nominal: float,
    kind: str,
    spread: float,
    below_zero: bool = False,
    close: bool = False,
) -> Interval:
    """Apply a qualifier: its bound is the written figure itself (FORMAT.md).

    ``spread`` is how far ``about`` and ``nearly`` reach (``settings.approx`` of the
    written number); ``below_zero``: the written number is negative, so ``nearly`` falls
    short of it towards zero. ``close``: a bound that is near its figure (``just over``,
    :data:`CLOSE_BOUNDS`) reaches as far past it as ``nearly`` falls short of it.
    """
    if close and kind == "above":
        return Interval(nominal, max(nominal + spread, rounding.hi), True, False)
    if close and kind == "below":
        return Interval(min(nominal - spread, rounding.lo), nominal, False, True)
    if kind == "above":
        return Interval(nominal, INF, True, True)
    if kind == "at_least":
        return Interval(nominal, INF, False, True)
    if kind == "below":
        return Interval(-INF, nominal, True, True)
    if kind == "at_most":
        return Interval(-INF, nominal, True, False)
    if kind == "about":
        around = Interval(nominal - spread, nominal + spread)
        return around.hull(rounding)
    if kind == "nearly":
        if below_zero:  # "nearly -8 points", "nearly -40°C": a little short of it, nearer 0
            return Interval(nominal, max(nominal + spread, rounding.hi))
        return Interval(min(nominal - spread, rounding.lo), nominal)
    raise AssertionError(kind)


def approx_from_setting(text: str) -> float:
    """Read ``settings.approx`` (``10%`` or ``0.1``) as a fraction."""
    stripped = text.strip()
    try:
        if stripped.endswith("%"):
            value = float(stripped[:-1]) / 100
        else:
            value = float(stripped)
    except ValueError as exc:
        raise FigureError(f"approx must be a percentage such as `10%`, not {text!r}") from exc
    if not 0 <= value < 1:
        raise FigureError(f"approx must be between 0% and 100%, not {text!r}")
    return value


def unit_error_message(exc: UnitError) -> str:
    """A unit error worded for a fact-checker."""
    return f"{exc}; write a unit pint knows (km, mi, tonnes, barrels per day, °C)"


_TIME_WORDS: dict[str, str] = {
    **dict.fromkeys(("year", "years", "yr", "yrs"), "year"),
    **dict.fromkeys(("month", "months"), "month"),
    **dict.fromkeys(("week", "weeks", "wk", "wks"), "week"),
    **dict.fromkeys(("day", "days"), "day"),
    **dict.fromkeys(("hour", "hours", "hr", "hrs", "h"), "hour"),
    **dict.fromkeys(("minute", "minutes", "min", "mins", "m"), "minute"),
    **dict.fromkeys(("second", "seconds", "sec", "secs", "s"), "second"),
}
"""Units a length of time in parts is written in ("2 hours 20 minutes", "4h 12m 36s")."""
_TIME_SECONDS = {"second": 1, "minute": 60, "hour": 3_600, "day": 86_400, "week": 604_800}
_TIME_ORDER = ("second", "minute", "hour", "day", "week", "month", "year")
_TIME_LIMITS = {
    ("second", "minute"): 60, ("minute", "hour"): 60, ("hour", "day"): 24, ("day", "week"): 7,
    ("month", "year"): 12, ("day", "month"): 31, ("day", "year"): 366, ("week", "year"): 53,
    ("week", "month"): 5,
}  # fmt: skip
"""How many of a part make one of the part before it (fewer must be written)."""
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TIME_NUMBER = (
    rf"(?:{_TENS})(?:-(?:{_ONES}))?|{_ONES}|zero|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|an?"
)
_TIME_UNIT = "|".join(sorted(_TIME_WORDS, key=len, reverse=True))
_TIME_PART_TEXT = rf"(?:\d+(?:\.\d+)?\s*|(?:{_TIME_NUMBER})\s+)(?:{_TIME_UNIT})\b"
_TIME_PART = lazy_pattern(
    rf"(?i)(?:(?P<digits>\d+(?:\.\d+)?)\s*|(?P<words>{_TIME_NUMBER})\s+)(?P<unit>{_TIME_UNIT})\b"
)
_COMPOUND_TIME = lazy_pattern(
    r"(?i)(?:(?P<qualifier>"
    + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))
    + rf")\s+)?(?P<parts>{_TIME_PART_TEXT}(?:\s*,?\s+(?:and\s+)?{_TIME_PART_TEXT})+)"
)
"""A length of time in parts: ``2 hours 20 minutes``, ``six years and eight months``."""


def _compound_time(text: str, match: re.Match[str], context: Context) -> Figure:
    """A length of time written in parts, read as one: the sum, precise to its last part.

    ``2 hours 20 minutes`` is 140 minutes ± half a minute, as ``2:20:00`` is 8,400 s ± half
    a second. Years and months alone stay in months (``six years and eight months`` is 80
    months, calendar months beside a date); with weeks, days or less they have no fixed
    number of days, so they are the days that many calendar months span from any day
    (``18 years and 228 days`` is 6,802 or 6,803 days, as leap years fall).
    """
    parts: list[tuple[_Number, str, str]] = []
    for part in _TIME_PART.finditer(match["parts"]):
        digits, words, unit_text = part["digits"], part["words"], part["unit"]
        number = parse_number_text(digits) if digits else _word_number(words)
        parts.append((number, _TIME_WORDS[unit_text.lower()], unit_text))
    for index, (number, unit, unit_text) in enumerate(parts):
        if unit_text.lower() == "m" and not (
            (index > 0 and parts[index - 1][1] == "hour")
            or (index + 1 < len(parts) and parts[index + 1][1] == "second")
        ):
            raise FigureError(
                f"{text!r}: is 'm' minutes, months or metres? write `minutes` or `months`"
            )
        if index + 1 < len(parts) and not number.integer_written:
            raise FigureError(
                f"{text!r}: only the last part of a length of time may have decimals"
            )
        if index == 0:
            continue
        bigger = parts[index - 1][1]
        if _TIME_ORDER.index(unit) >= _TIME_ORDER.index(bigger):
            raise FigureError(
                f"{text!r}: the parts of a length of time must get smaller (`2 hours 20 minutes`)"
            )
        limit = _TIME_LIMITS.get((unit, bigger))
        if limit is not None and number.value >= limit:
            raise FigureError(f"{text!r}: {number.value} {unit}s make at least one {bigger}")
    qualifier = f"{match['qualifier']} " if match["qualifier"] else ""
    months = sum(
        (n.value * (12 if u == "year" else 1) for n, u, _ in parts if u in ("year", "month")),
        Decimal(0),
    )
    fixed = [(n, u) for n, u, _ in parts if u not in ("year", "month")]
    if not fixed:  # years and months: a number of months
        figure = parse_figure(f"{qualifier}{format(months, 'f')} months", context)
        if qualifier:  # its lenient reading is the qualifier's (ESTIMATE_DIGITS)
            return replace(figure, text=text)
        half = figure.display.factor * figure.display.scale / 2  # the last part's rounding
        loose = Interval(figure.nominal - half, figure.nominal + half)
        return replace(figure, text=text, lenient=loose)
    last = fixed[-1][1]
    total = sum(
        (n.value * (_TIME_SECONDS[u] // _TIME_SECONDS[last]) for n, u in fixed), Decimal(0)
    )
    if not months:
        figure = parse_figure(f"{qualifier}{format(total, 'f')} {last}s", context)
        display = replace(figure.display, clock=True) if last == "second" else figure.display
        lenient = figure.lenient if qualifier else figure.strict
        return replace(figure, text=text, lenient=lenient, display=display)
    raise FigureError(
        f"{text!r}: years or months beside {last}s have no fixed number of {last}s (it depends"
        " on the dates: leap years, months of 28 to 31 days), so no single figure can be"
        " checked to the day. Record the parts as two claims (`age_years: {value: 18 years}`"
        " and `age_days: {value: 228 days}`; each may quote the whole phrase) and use both:"
        " `expect: born + age_years + age_days == debut`, or both as parts of a `sum`"
    )


