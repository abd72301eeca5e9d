"""``unit_confusion``: a neighbouring unit, or a conversion factor used upside down.

"The 559-kilometre segment" where the source says 559 miles; "40 mpg (64 km/h)" where
mpg was converted as if it were mph; "900 km (1,448 mi)" where km were multiplied by
1.609 instead of divided; short tons for tonnes, pounds for kilograms; "52 mpg (5.4 litres
per 100 km)" converted from miles per imperial gallon; "412.3p (£412.30)", pence printed
as pounds.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterator

from msgspec.structs import replace

from checks import units
from checks.diagnoses import (
    Attempt,
    Candidate,
    mapped,
    plain_quantity,
    register,
    rescaled,
    written_number,
)
from checks.display import format_number
from checks.figures import Figure

SHORT_TON = 907.18474
"""kg in a US short ton (``ton`` is not read as a unit: news uses it loosely)."""

NEIGHBOURS: tuple[tuple[str, str], ...] = (
    ("km", "mi"), ("mi", "nmi"), ("km", "nmi"), ("tonne", "short ton"), ("tonne", "long_ton"),
    ("kg", "lb"), ("km/h", "mph"), ("mph", "knot"), ("km/h", "knot"), ("mpg", "mph"),
    ("m", "ft"), ("hectare", "acre"), ("km²", "sq mi"), ("litre", "gallon"),
    ("gallon", "imperial_gallon"), ("mpg", "mpg_imperial"), ("cm", "inch"),
    ("fl oz", "imperial fl oz"),
)  # fmt: skip
"""Units that are mistaken for each other in print (both ways)."""

NAMES = {
    "long_ton": "long ton", "imperial_gallon": "imperial gallon", "nmi": "nautical mi",
    "mpg_imperial": "miles per imperial gallon",
}  # fmt: skip
SPELLINGS = {"mpg_imperial": "mile / imperial_gallon"}
"""Table names that are not a unit's own spelling."""

MINOR_UNITS = {"GBP": ("£", "p", "pounds", "pence")}
"""Currencies whose hundredths have a name of their own in print: pence for pounds.
Any other currency's hundredths are cents (:func:`_minor`)."""
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


@functools.cache
def _unit(phrase: str) -> tuple[float, units.Dimension]:
    if phrase == "short ton":
        return SHORT_TON, (("[mass]", 1),)
    info = units.resolve(SPELLINGS.get(phrase, phrase))
    return info.factor, info.dimension


def _unit_of(figure: Figure) -> str | None:
    """The table's name of the figure's unit, matched by factor and dimension."""
    for pair in NEIGHBOURS:
        for phrase in pair:
            factor, dimension = _unit(phrase)
            if dimension == figure.dimension and math.isclose(
                figure.display.factor, factor, rel_tol=1e-9
            ):
                return phrase
    return None


def _neighbours(phrase: str) -> list[str]:
    found: list[str] = []
    for a, b in NEIGHBOURS:
        if phrase == a:
            found.append(b)
        elif phrase == b:
            found.append(a)
    return found


def _times(ratio: float) -> Callable[[float], float]:
    return lambda value: value * ratio


def _name(phrase: str) -> str:
    return NAMES.get(phrase, phrase)


@register("unit_confusion", 40, "A neighbouring unit, or a conversion factor used upside down.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Relabel each operand with a neighbouring unit; invert conversions between operands."""
    for key, figure in attempt.operands:
        if not plain_quantity(figure) or figure.flavour is not None:
            continue
        written = _unit_of(figure)
        if written is None:
            continue
        number = (figure.nominal - figure.display.offset) / figure.display.factor
        for neighbour in _neighbours(written):
            if _said_otherwise(figure.text, neighbour):
                continue
            factor, dimension = _unit(neighbour)
            ratio = factor / figure.display.factor
            relabelled = mapped(figure, _times(ratio), dimension=dimension)
            if _converted_elsewhere(attempt, figure, relabelled):
                continue
            style = replace(figure.display, factor=factor, suffix=_name(neighbour))
            yield Candidate(
                ((key, relabelled),),
                f"{figure.text} is read as {style.format(number * factor)}",
                f"{_name(written)} was written for {_name(neighbour)}",
            )
    for key, figure in attempt.operands:
        yield from _minor_unit_slips(key, figure)
    for (_, a), (key_b, b) in _pairs(attempt):
        unit_a, unit_b = _unit_of(a), _unit_of(b)
        if unit_a is None or unit_b is None or unit_b not in _neighbours(unit_a):
            continue
        right = a.display.factor / b.display.factor
        fixed = rescaled(b, right * right)
        yield Candidate(
            ((key_b, fixed),),
            f"{b.text} is read as {b.display.format(fixed.nominal)}",
            (
                f"the {_name(unit_a)} → {_name(unit_b)} conversion was done upside down "
                f"(× {format_number(1 / right, 3)} instead of × {format_number(right, 3)})"
            ),
        )


def _converted_elsewhere(attempt: Attempt, figure: Figure, relabelled: Figure) -> bool:
    """Whether another claim of the file gives ``figure`` in another unit, as written.

    "The line runs 457 miles (735 km)": the story's own conversion says the miles are
    statute miles, so "457 miles read as nautical miles" is no slip, however well it fits
    a check whose "about" leaves room for 15% (a speed misprinted elsewhere). A claim of
    the same dimension in another unit that meets ``figure`` and not its relabelling
    confirms the written unit.
    """
    claims = attempt.claims
    if claims is None:
        from checks.diagnoses import pinned_claims

        claims = pinned_claims(attempt.scope, attempt.operands)
    for _, other in claims:
        if other.dimension != figure.dimension or other.flavour is not None:
            continue
        if math.isclose(other.display.factor, figure.display.factor, rel_tol=1e-9):
            continue
        if other.lenient.meets(figure.lenient) and not other.lenient.meets(relabelled.lenient):
            return True
    return False


_US = re.compile(r"\bUS\b|\bU\.S\.")
_IMPERIAL = re.compile(r"(?i)\bimperial\b|\bUK\b")


def _said_otherwise(text: str, neighbour: str) -> bool:
    """Whether the figure names the system the slip would swap.

    `20 US fl oz` was not meant as imperial, nor `8 imperial gallons` as US.
    """
    if "imperial" in neighbour:
        return _US.search(text) is not None
    if neighbour in ("gallon", "fl oz", "mpg"):
        return _IMPERIAL.search(text) is not None
    return False


def _pairs(attempt: Attempt) -> Iterator[tuple[tuple[str, Figure], tuple[str, Figure]]]:
    from checks.diagnoses import same_dimension_pairs

    for a, b in same_dimension_pairs(attempt):
        if plain_quantity(a[1]) and plain_quantity(b[1]):
            yield a, b


def _currency(figure: Figure) -> str | None:
    """The currency code of money (or a price per something), if the figure is money."""
    for name, power in figure.dimension:
        if name.startswith("[currency_") and power == 1:
            return name[len("[currency_") : -1]
    return None


def _minor(code: str) -> tuple[str, str, str, str]:
    """Symbol, minor suffix, major and minor names: ``£``, ``p``, pounds, pence."""
    return MINOR_UNITS.get(code, (SYMBOLS.get(code, code + " "), " cents", code, "cents"))


def _minor_unit_slips(key: str, figure: Figure) -> Iterator[Candidate]:
    """Pounds written for pence (× 1/100), or pence for pounds (× 100).

    "Glencore slipped to 412.3p (£412.30)": a share price in pence copied with the pound
    sign. Only a figure without a scale word: nobody prices in billions of pence.
    """
    code = _currency(figure)
    style = figure.display
    if code is None or style.scale_word or figure.flavour is not None:
        return
    symbol, suffix, major, minor = _minor(code)
    number = format_number(abs(written_number(figure)), 6)
    sign = "-" if figure.nominal < 0 else ""
    if math.isclose(style.scale, 1.0):
        yield Candidate(
            ((key, rescaled(figure, 0.01)),),
            f"{figure.text} is read as {sign}{number}{suffix}",
            f"{major} were written for {minor}",
        )
    elif math.isclose(style.scale, 0.01):
        yield Candidate(
            ((key, rescaled(figure, 100.0)),),
            f"{figure.text} is read as {sign}{symbol}{number}",
            f"{minor} were written for {major}",
        )
