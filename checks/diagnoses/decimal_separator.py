"""``decimal_separator``: a decimal comma read as a thousands separator, or the reverse.

"The lake lost 1,500 tonnes" where the source's "1,500" was a decimal comma (1.5 t); "15%"
printed from "1,5%"; "1.500 km" printed from a German "1.500 km" (1,500 km).

Not for money in a currency whose own copy writes decimal points (dollars, pounds, yen,
rupees…): "$95 a share" never came from a "$9,5" (:data:`DECIMAL_POINT_CURRENCIES`).

A decimal comma must be plausible where the figure came from (:func:`_comma_plausible`):
a file whose ``settings.locale`` writes one, or money in a currency written with one at
home (the euro's "2,5%"). An English story's "about 64 TB" for 6.4 TB is a decimal point's
slip, and its "1,200 MW" is twelve hundred: a tech review found both named as decimal
commas. Nor a constant the fact-checker wrote (``56 lb per bushel``, ``precision: exact``,
no quote): it is not from the story's copy.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.diagnoses import (
    RULED_OUT,
    Attempt,
    Candidate,
    mapped,
    number_token,
    plain_quantity,
    register,
    rescaling,
)
from checks.figures import Figure, counts_things

DECIMAL_POINT_CURRENCIES = frozenset({
    "USD", "GBP", "AUD", "NZD", "HKD", "SGD", "CHF", "JPY", "CNY", "KRW", "TWD", "INR", "PKR",
    "LKR", "NPR", "BDT", "MXN", "ILS", "THB", "MYR", "PHP", "NGN", "KES", "GHS", "EGP",
    "CAD", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD",
})  # fmt: skip
"""Currencies whose own copy writes a decimal point (and a thousands comma): a figure in
them is not a decimal comma's slip. The euro, the real or the rouble are written with a
decimal comma at home, and keep the slip."""


def decimal_point_money(figure: Figure) -> bool:
    """Whether ``figure`` is money (or a price per something) in a decimal-point currency."""
    return any(
        name.startswith("[currency_") and name[len("[currency_") : -1] in DECIMAL_POINT_CURRENCIES
        for name, _ in figure.dimension
    )


def decimal_comma_money(figure: Figure) -> bool:
    """Whether ``figure`` is money (or a price) in a currency written with a decimal comma."""
    return any(
        name.startswith("[currency_")
        and name[len("[currency_") : -1] not in DECIMAL_POINT_CURRENCIES
        for name, _ in figure.dimension
    )


def _comma_plausible(attempt: Attempt, figure: Figure) -> bool:
    """Whether the copy ``figure`` came from may have written a decimal comma.

    A file in a locale with decimal commas (``settings.locale: de``); money in a currency
    written with one at home (euros, reais, roubles); or a pure number or percentage in a
    check with such money: "bread prices rose 2,5% from €2.00 to €2.05", from a European
    wire. English copy writes 6.4 TB and 1,200 MW, beside euros too.
    """
    if attempt.scope.context.decimal_comma or decimal_comma_money(figure):
        return True
    return not figure.dimension and any(
        decimal_comma_money(other) for _, other in attempt.operands
    )


def _a_constant_of_the_checker(attempt: Attempt, key: str, figure: Figure) -> bool:
    """A claim read as one exact value (``precision: exact``) that no quote ties to the story.

    "56 lb per bushel" is the fact-checker's conversion, typed from a reference, not
    printed; a slip of the story's copy is never its. (A count is exact too, but is never
    a candidate here.)
    """
    reading = figure.lenient
    return (
        key in attempt.scope.figures
        and reading.lo == reading.hi
        and not attempt.scope.quotes.get(key)
    )


@register("decimal_separator", 10, "A decimal comma or point was read as a thousands separator.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Divide a printed whole number by 10, 100 or 1,000, or multiply a 1.500 by 1,000."""
    for key, figure in attempt.operands:
        token = number_token(figure)
        if token is None or not plain_quantity(figure) or counts_things(figure):
            continue  # "412 cases" is never 41,2 cases: things are counted whole
        if decimal_point_money(figure):
            continue  # "$95 a share" is not "$9,5 a share": dollar copy writes 9.50
        if _a_constant_of_the_checker(attempt, key, figure):
            continue  # "56 lb per bushel" was typed by the checker, not printed
        digits = token.replace(",", "").replace(".", "")
        if "." in token and not attempt.scope.context.decimal_comma:
            decimals = token.split(".")[1]
            if "," not in token and len(decimals) == 3:
                function = rescaling(figure, 1000.0)
                if attempt.rules_out_mapped(key, figure, function):
                    yield RULED_OUT
                    continue
                meant = token.replace(".", ",")
                yield Candidate(
                    ((key, mapped(figure, function)),),
                    f"{figure.text} is read as {figure.text.replace(token, meant, 1)}",
                    f"a thousands point was read as a decimal point ({token} means {meant})",
                )
            continue
        if not _comma_plausible(attempt, figure) or (
            attempt.scope.context.decimal_comma and ("," in token or "." in token)
        ):
            continue  # in a comma locale a separator written is read as the locale reads it
        # a comma read wrongly stood where it is: "274,000" may be 274.000, never 27400.0
        comma_places = len(token.split(",")[1]) if token.count(",") == 1 else 0
        for places in (1, 2, 3):
            if places >= len(digits.lstrip("0")):
                break
            if "," in token and places != comma_places:
                continue
            if places == 3 and "," not in token and len(digits) < 4:
                continue
            if "," not in token and set(digits[-places:]) == {"0"}:
                continue  # "12,0" is not how anyone writes 12: a lost comma needs decimals
            function = rescaling(figure, 10.0**-places)
            if attempt.rules_out_mapped(key, figure, function):
                yield RULED_OUT
                continue
            plain = digits[:-places] + "." + digits[-places:]
            comma = plain.replace(".", ",")
            reason = (
                f"a decimal comma was read as a thousands separator ({comma} means {plain})"
                if "," in token
                else f"a decimal comma was lost ({comma}, that is {plain}, printed as {token})"
            )
            yield Candidate(
                ((key, mapped(figure, function)),),
                f"{figure.text} is read as {figure.text.replace(token, plain, 1)}",
                reason,
            )
