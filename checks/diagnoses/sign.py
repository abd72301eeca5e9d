"""``sign``: a minus sign lost, or one written where none belongs.

"420,000 arrived and 465,000 left, net migration of 45,000" (−45,000); "a surplus of
£2.1bn" for a deficit; a balance or a net figure copied from a table without its minus.
Net figures, balances, profits and temperatures below zero are the ones that change sign.

So only a figure that can be negative is turned: the result of a subtraction (the lone
side of an ``expect`` whose other side subtracts), a part or total of a ``sum`` that has a
negative part already, or a ``change``'s ``from``/``to`` that is a net figure or a
balance. A percentage only so ("the economy grew 0.3%" of a fall: ``(q3 - q2) / q2 ==
growth``), never a share ("7% of voters"; a ``share`` or ``same`` check turns nothing).
Never a count of things ("465,000 departures" is never −465,000 departures), money per
something (a price, a wage), a date, a temperature reading or zero; nor a figure whose
quote names its sign ("a trade deficit of £10.3bn", "a pay gap of £2.10": the record, not
the print, dropped the minus). Not a ``change``'s ``by``: :mod:`.change_direction` names a
fall written as a rise. A figure whose own words give its sign ("0.6 percentage points
lower") is turned only in an ``expect``, and the reason says so: the check subtracts the
wrong way round, or the quote states the wrong direction; no minus sign was printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.diagnoses import Attempt, Candidate, negated, plain_quantity, register
from checks.figures import Figure, counts_things
from checks.kinds.change import direction_of

_SIGN_IN_WORDS = re.compile(r"(?i)\b(?:deficits?|gaps?|loss(?:es)?|shortfalls?|deficiency)\b")
"""Words that carry a figure's sign: a deficit of £10.3bn is −£10.3bn in the words."""
_NET = re.compile(r"(?i)(?:\b|_)(?:net|balance)(?:\b|_)")
"""A net figure or a balance, in a claim's id or quote: one that may be either sign."""
_SUBTRACTION = re.compile(r"[\w)%]\s*[-−]\s*[\w(£$€]")
_A_SHARE = re.compile(r"(?i)(?:%|\bper\s*cent)\s+of\b")
"""A percentage of something, in a figure's quote: a share, which is never negative."""


@register("sign", 85, "A minus sign was lost, or one was written where none belongs.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Read each operand that may be negative with the other sign."""
    allowed = _may_be_negative(attempt)
    for key, figure in attempt.operands:
        if key not in allowed or figure.nominal == 0 or not plain_quantity(figure):
            continue
        if counts_things(figure) or figure.qualifier is not None or not _signed_kind(figure):
            continue  # "more than 45,000" turned is "less than −45,000": no slip of print
        quote = attempt.scope.quotes.get(key, "")
        if _SIGN_IN_WORDS.search(quote) or _A_SHARE.search(quote):
            continue
        direction = direction_of(figure.text)  # "0.6 percentage points lower": no print slip
        if direction is not None and attempt.kind_name != "expect":
            continue
        turned = negated(figure)
        reason = "a minus sign was lost" if figure.nominal > 0 else "a minus sign was added"
        if direction is not None:
            reason = (
                f"its word of direction ({direction}) gives it its sign,"
                " so the check subtracts the wrong way round or the quote states the wrong"
                " direction"
            )
        change = f"{figure.text} is read as {turned.text}"
        yield Candidate(((key, turned),), change, reason, signed=True)


def _signed_kind(figure: Figure) -> bool:
    """Not an amount per something (a price, a wage, a rate): a percentage may be a change."""
    return all(power > 0 for _, power in figure.dimension)


def _may_be_negative(attempt: Attempt) -> set[str]:
    """The operands whose place in the check lets them be negative (see the module)."""
    keys = {key for key, _ in attempt.operands}
    if attempt.kind_name == "expect":
        sides = str(attempt.parameters.expect).split("==")
        if len(sides) != 2:
            return set()
        left, right = (side.strip() for side in sides)
        found: set[str] = set()
        for lone, other in ((left, right), (right, left)):
            if lone in keys and _SUBTRACTION.search(other):
                found.add(lone)
        return found
    if attempt.kind_name == "sum":
        if any(figure.nominal < 0 for _, figure in attempt.operands):
            return keys
        return set()
    if attempt.kind_name == "change":
        change = attempt.parameters.change
        quotes = attempt.scope.quotes
        return {
            key
            for key in (change.from_, change.to)
            if isinstance(key, str) and (_NET.search(key) or _NET.search(quotes.get(key, "")))
        }
    return set()
