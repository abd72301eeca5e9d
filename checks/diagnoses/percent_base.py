"""``percent_base``: a change computed against the new value instead of the old.

"Sales fell 25%, from $100m to $80m": $20m is 25% of the new $80m, but 20% of the old
$100m. A relative change divides by where it started.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.diagnoses import Attempt, Candidate, mapped, register
from checks.display import format_percent


@register("percent_base", 90, "A change was computed against the new value, not the old one.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """For a ``change`` in per cent: x, computed as (to − from) / to, is x / (1 − x) of from."""
    if attempt.kind_name != "change":
        return
    spec = attempt.parameters.change
    by = dict(attempt.operands).get(spec.by)
    if by is None or by.flavour != "percent" or by.lenient.hi >= 1.0:
        return
    fixed = mapped(by, lambda x: x / (1.0 - x))
    yield Candidate(
        ((spec.by, fixed),),
        f"{by.text} is read as {format_percent(fixed.nominal)}",
        f"the change was computed against the new value ({spec.to}) instead of the old "
        f"({spec.from_})",
    )
