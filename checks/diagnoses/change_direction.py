"""``change_direction``: a fall written as a rise, or a rise as a fall.

"Revenue rose 10.7% to $4.02 billion, from $4.5 billion": from 4.5 to 4.02 is a fall of
10.7%. The size of the change is right and its sign is not, a slip of the verb ("rose"
for "fell") or of a minus sign lost in a table.

The direction is the one ``by`` states as the check reads it: its sign, or its word
(``20 fewer cases`` is a fall, :func:`checks.kinds.change.stated_by`); from a negative
figure a fall is negative too (a loss that widens from −$1.0bn to −$1.4bn fell 40%).
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.diagnoses import Attempt, Candidate, negated, register
from checks.kinds.change import counted_things, stated_by


@register("change_direction", 75, "A fall was written as a rise, or a rise as a fall.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Read a ``change``'s ``by`` with the other sign."""
    if attempt.kind_name != "change":
        return
    key = attempt.parameters.change.by
    change = attempt.parameters.change
    things = counted_things(
        *(attempt.scope.figures[k] for k in (change.from_, change.to) if k in attempt.scope.figures)
    )
    figure = stated_by(attempt.scope, key, things)  # also `$40m more`, no figure alone
    if figure.nominal == 0:
        return
    turned = negated(figure)
    direction = "fall" if figure.nominal > 0 else "rise"
    yield Candidate(
        ((key, turned),),
        f"{figure.text} is read as a {direction} of the same size",
        f"a {direction} was written as a {'rise' if direction == 'fall' else 'fall'}",
        signed=True,
    )
