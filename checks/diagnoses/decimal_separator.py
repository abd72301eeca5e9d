"""``decimal_separator``: a decimal comma read as a thousands separator, or the reverse.

"The lake lost 1,500 tonnes" where the source's "1,500" was a decimal comma (1.5 t); "15%"
printed from "1,5%"; "1.500 km" printed from a German "1.500 km" (1,500 km).

Not for money in a currency whose own copy writes decimal points (dollars, pounds, yen,
rupees…): "$95 a share" never came from a "$9,5" (:data:`DECIMAL_POINT_CURRENCIES`).
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


@register("decimal_separator", 10, "A decimal comma or point was read as a thousands separator.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Divide a printed whole number by 10, 100 or 1,000, or multiply a 1.500 by 1,000."""
    for key, figure in attempt.operands:
        token = number_token(figure)
        if token is None or not plain_quantity(figure) or counts_things(figure):
            continue  # "412 cases" is never 41,2 cases: things are counted whole
        if decimal_point_money(figure):
            continue  # "$95 a share" is not "$9,5 a share": dollar copy writes 9.50
        digits = token.replace(",", "").replace(".", "")
        if "." in token:
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
