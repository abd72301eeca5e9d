"""``change_direction``: a fall written as a rise, or a rise as a fall.

"Revenue rose 10.7% to $4.02 billion, from $4.5 billion": from 4.5 to 4.02 is a fall of
10.7%. The size of the change is right and its sign is not, a slip of the verb ("rose"
for "fell") or of a minus sign lost in a table.
"""

from __future__ import annotations

from collections.abc import Iterator

from msgspec.structs import replace

from checks.diagnoses import Attempt, Candidate, register


@register("change_direction", 75, "A fall was written as a rise, or a rise as a fall.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Read a ``change``'s ``by`` with the other sign."""
    if attempt.kind_name != "change":
        return
    by_key = attempt.parameters.change.by
    for key, figure in attempt.operands:
        if key != by_key or figure.nominal == 0:
            continue
        turned = replace(
            figure, strict=-figure.strict, lenient=-figure.lenient, nominal=-figure.nominal
        )
        direction = "fall" if figure.nominal > 0 else "rise"
        yield Candidate(
            ((key, turned),),
            f"{figure.text} is read as a {direction} of the same size",
            f"a {direction} was written as a {'rise' if direction == 'fall' else 'fall'}",
        )
