"""``operand_swap``: the right arithmetic on the wrong figure of the same article.

"The death rate fell from 14.1 per 1,000 in 2001 to 12.8 in 2011, a decline of 0.8 points":
the decline was computed from the 2011 rate and the 2006 rate (13.6) printed nearby.

Only a claim of the same kind may stand in (:meth:`Attempt.alike`: same unit, same counted
noun, a shared noun or related ids): "rate_2006" for "rate_2001", never a count of children
for a count of residents. And only a fit the figures make: with every "about" at its
written value (:attr:`~checks.diagnoses.Candidate.written`), and not one that the claim a
little larger or smaller would make as well (:func:`~checks.diagnoses.resolution_rivals`):
in a story where every count is of ``people``, some claim lands in a wide window by chance.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.diagnoses import (
    RULED_OUT,
    Attempt,
    Candidate,
    as_evidence,
    at_written_value,
    register,
    resolution_rivals,
    widest,
)

NOUNS = {"sum": "total", "same": "conversion", "change": "change", "share": "share"}
STATED_FIRST = frozenset({"sum", "change", "share"})
"""Kinds whose first operand of an attempt is the stated result (``equals``, ``by``, ``is``):
a stand-in there means the text printed another claim's figure, not that the arithmetic
used one."""


@register("operand_swap", 100, "Another claim of the file was used in place of an operand.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Put each other claim of the same kind (≤ 50) in place of each operand."""
    noun = NOUNS.get(attempt.kind_name, "relation")
    claims = {name for name in attempt.scope.figures}
    widths = widest(attempt)
    alike = [attempt.alike((key, figure)) for key, figure in attempt.operands]
    tried = sum(len(found) for found in alike)
    for index, (key, figure) in enumerate(attempt.operands):
        named = f"{figure.text} ({key})" if key in claims else figure.text
        instead = key if key in claims else figure.text
        for name, stand_in in alike[index]:
            other = as_evidence(widths, stand_in)
            if attempt.rules_out(key, other.lenient, other.nominal, other.dimension):
                yield RULED_OUT
                continue
            if index == 0 and attempt.kind_name in STATED_FIRST:
                # the stated total, change or share itself: the text gave the wrong figure
                cause = f"the {noun} stated is {name}'s ({other.text}), not {instead}'s"
            else:
                cause = f"the {noun} was computed with {name} instead of {instead}"
            yield Candidate(
                ((key, other),),
                f"{named} is replaced by {name} ({other.text})",
                cause,
                strict=True,
                rivals=resolution_rivals(key, other, tried),
                written=((key, at_written_value(other, attempt.scope.context)),),
            )
