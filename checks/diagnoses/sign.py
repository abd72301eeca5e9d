"""``sign``: a minus sign lost, or one written where none belongs.

"420,000 arrived and 465,000 left, net migration of 45,000" (−45,000); "a surplus of
£2.1bn" for a deficit; a balance or a net figure copied from a table without its minus.
Net figures, balances, profits and temperatures below zero are the ones that change sign.

Not a count of things ("465,000 departures" is never −465,000 departures), nor a date or
a temperature reading (a reading's sign is its scale's), nor zero. Not a ``change``'s
``by``: :mod:`.change_direction` names a fall written as a rise.
"""

from __future__ import annotations

from collections.abc import Iterator

from msgspec.structs import replace

from checks.diagnoses import Attempt, Candidate, plain_quantity, register
from checks.figures import counts_things


@register("sign", 85, "A minus sign was lost, or one was written where none belongs.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Read each operand with the other sign."""
    by = attempt.parameters.change.by if attempt.kind_name == "change" else None
    for key, figure in attempt.operands:
        if key == by or figure.nominal == 0 or not plain_quantity(figure):
            continue
        if counts_things(figure) or figure.qualifier is not None:
            continue  # "more than 45,000" turned is "less than −45,000": no slip of print
        turned = replace(
            figure,
            strict=-figure.strict,
            lenient=-figure.lenient,
            nominal=-figure.nominal,
            text=figure.display.format_single(-figure.nominal),
        )
        reason = "a minus sign was lost" if figure.nominal > 0 else "a minus sign was added"
        change = f"{figure.text} is read as {turned.text}"
        yield Candidate(((key, turned),), change, reason, signed=True)
