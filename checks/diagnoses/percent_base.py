"""``percent_base``: a change computed against the new value instead of the old.

"Sales fell 25%, from $100m to $80m": $20m is 25% of the new $80m, but 20% of the old
$100m. A relative change divides by where it started.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from checks.diagnoses import Attempt, Candidate, mapped, register
from checks.display import format_percent


@register("percent_base", 90, "A change was computed against the new value, not the old one.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """For a ``change`` in per cent: x, computed as (to − from) / |to|, in terms of |from|.

    From a positive figure it is x / (1 − x); from a negative one (a loss, where the
    change is measured against the loss's size, ``checks.kinds.change``) x / (1 + x).
    """
    if attempt.kind_name != "change":
        return
    spec = attempt.parameters.change
    operands = dict(attempt.operands)
    by, start = operands.get(spec.by), operands.get(spec.from_)
    if by is None or start is None or by.flavour != "percent":
        return
    function: Callable[[float], float]
    if start.nominal < 0:
        if by.lenient.lo <= -1.0:
            return
        function = _against_a_loss
    else:
        if by.lenient.hi >= 1.0:
            return
        function = _against_a_gain
    fixed = mapped(by, function)
    yield Candidate(
        ((spec.by, fixed),),
        f"{by.text} is read as {format_percent(fixed.nominal, by.strict)}",
        f"the change was computed against the new value ({spec.to}) instead of the old "
        f"({spec.from_})",
    )


def _against_a_gain(x: float) -> float:
    return x / (1.0 - x)


def _against_a_loss(x: float) -> float:
    return x / (1.0 + x)
