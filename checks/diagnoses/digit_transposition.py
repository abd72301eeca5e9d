"""``digit_transposition``: two adjacent digits of a printed figure swapped (2,757 for 2,775).

A swap must make the relation hold on the strict reading too: a swapped figure that only
lands inside another figure's widened (lenient) reading is a coincidence, not a typo. And it
must be plausible (:mod:`checks.diagnoses.plausibility`): only figures copied digit by digit
(three significant digits or more, two for a percentage; not "about"), and only when the
check resolves the last digit (the swapped figure's neighbours do not fit too). A round
printed figure may be the misprint of a copied one (210 homicides for 201) outside a
``sum``: the swapped figure must then be the copied one (:func:`_may_be_a_round_misprint`).
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.diagnoses import (
    RULED_OUT,
    Attempt,
    Candidate,
    number_token,
    register,
    shifted,
    shifting,
    written_number,
)
from checks.diagnoses.plausibility import copied_figure, neighbour_offsets


@register("digit_transposition", 20, "Two adjacent digits of the figure were swapped.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Swap each pair of adjacent, different digits (not across a decimal point)."""
    for key, figure in attempt.operands:
        token = number_token(figure)
        if token is None:
            continue
        copied = copied_figure(figure, token)
        round_printed = not copied and _may_be_a_round_misprint(attempt)
        if not (copied or round_printed):
            continue
        offsets = neighbour_offsets(figure, token, len(attempt.operands))
        positions = [i for i, char in enumerate(token) if char.isdigit()]
        sign = -1.0 if written_number(figure) < 0 else 1.0
        old = float(token.replace(",", ""))
        style = figure.display
        for left, right in zip(positions, positions[1:], strict=False):
            if token[left] == token[right] or token[left + 1 : right] not in ("", ","):
                continue
            chars = list(token)
            chars[left], chars[right] = chars[right], chars[left]
            swapped = "".join(chars)
            if swapped[0] == "0" and len(positions) > 1 and not swapped.startswith("0."):
                continue
            if not (copied_figure(figure, swapped) if round_printed else copied):
                continue
            new = float(swapped.replace(",", ""))
            amount = sign * (new - old) * style.factor * style.scale
            if attempt.rules_out_mapped(key, figure, shifting(amount)):
                yield RULED_OUT
                continue
            rivals = tuple(((key, shifted(figure, amount + offset)),) for offset in offsets)
            yield Candidate(
                ((key, shifted(figure, amount)),),
                f"{figure.text} is read as {figure.text.replace(token, swapped, 1)}",
                f"two adjacent digits were swapped ({swapped} printed as {token})",
                strict=True,
                rivals=rivals,
                rivals_lenient=figure.flavour is not None,
            )


def _may_be_a_round_misprint(attempt: Attempt) -> bool:
    """Whether a round printed figure may be a copied one with two digits swapped.

    "201 homicides, down 23.6% from 263", printed with 210: the figure the writer copied
    is 201, and only the printed one is round. A change or a share stated to a tenth of
    a per cent resolves the units of a count (its neighbours do not fit), so such a swap
    is no coincidence; a sum of round figures lands on round totals, and a swap that
    moves a zero inwards fits one by chance (0.6% of random sums of two-digit counts,
    ``scripts/coincidence_rates.py``).
    """
    return attempt.kind_name != "sum"
