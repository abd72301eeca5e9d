"""``decimal_point``: a decimal point moved one place (a figure ten times too large or small).

"Microsoft's $6.87bn deal" for $68.7bn; "Glencore closed at 412.3p (£41.23)" for £4.123;
"a rate of 54.5 per 100,000" for 545; "1.1% of the market" for 11%.

Only a figure written with a decimal point, and only one copied digit by digit (three
significant digits or more, two for a percentage; not "about"): the point is mis-keyed
when a figure is copied from a table (:func:`~checks.diagnoses.plausibility.copied_figure`).
And the check must pin the figure's size: if the figure, so moved, could also be a quarter
larger or smaller, a factor of ten lands in the check's window by chance
(:data:`RESOLUTION`).
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
from checks.diagnoses.plausibility import copied_figure
from checks.figures import Figure, is_percentage

RESOLUTION = 1.25
"""The moved figure times and divided by this must not fit (its rivals): a check that
accepts them cannot tell a factor of ten from a figure merely far off."""


def moved_point(token: str, places: int) -> str:
    """``token`` with its decimal point moved ``places`` to the right (left if negative).

    ``6.87`` → ``68.7`` (1), ``68.7`` → ``6.87`` (-1), ``54.5`` → ``545``, ``0.2`` → ``0.02``
    (-1); a thousands comma is kept where the whole part is long enough for one.
    """
    whole, decimals = token.replace(",", "").split(".")
    digits = whole + decimals
    point = len(whole) + places
    if point <= 0:
        digits = "0" * (1 - point) + digits
        point = 1
    digits += "0" * max(0, point - len(digits))
    new_whole = digits[:point].lstrip("0") or "0"
    new_decimals = digits[point:]
    if "," in token or len(new_whole) > 4:
        new_whole = f"{int(new_whole):,}"
    return new_whole + ("." + new_decimals if new_decimals else "")


def _relative_change_between_rates(attempt: Attempt, key: str) -> bool:
    """Whether ``key`` is a ``change``'s ``by`` in per cent between two percentages.

    There a figure a tenth of the relative change is most often the difference in
    points (10.2% to 11.3% "rose 1.1%"): :mod:`.percent_vs_points` says so, and moving the
    point would name the wrong slip first.
    """
    if attempt.kind_name != "change":
        return False
    change = attempt.parameters.change
    if key != change.by:
        return False
    figures = attempt.scope.figures
    ends = [figures.get(change.from_), figures.get(change.to)]
    return all(end is not None and is_percentage(end) for end in ends)


def _round_rivals(attempt: Attempt, key: str) -> tuple[tuple[tuple[str, Figure], ...], ...]:
    """The stated figure, if written with a point but not copied, moved a place either way.

    "0.8% of the world's 37.8 billion tonnes" (0.08%): 3.78 billion fits, but so does
    0.08%, and the stated share is the likelier slip; a round 0.8% is not named (test 1 of
    the plausibility rule), so the check cannot say which figure moved, and names none. A
    round figure among the inputs ("1.1 million people") is no rival: the result is what
    the writer computes and prints, the inputs are read off a source.
    """
    stated_key, stated = attempt.operands[0]
    token = number_token(stated)
    if stated_key == key or token is None or "." not in token or not plain_quantity(stated):
        return ()
    if copied_figure(stated, token):
        return ()
    return tuple(
        ((stated_key, mapped(stated, rescaling(stated, 10.0**places))),) for places in (1, -1)
    )


@register("decimal_point", 15, "The decimal point moved one place (ten times too large or small).")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Move the decimal point of each copied figure written with one, a place either way."""
    for key, figure in attempt.operands:
        token = number_token(figure)
        if token is None or "." not in token or not plain_quantity(figure):
            continue
        if _relative_change_between_rates(attempt, key):
            continue  # "rose 1.1% from 10.2% to 11.3%": per cent for points, not 11%
        if not copied_figure(figure, token):
            continue  # "$4.5bn" is said, not keyed in; "about 6.87" is not copied
        for places in (1, -1):
            factor = 10.0**places
            function = rescaling(figure, factor)
            if attempt.rules_out_mapped(key, figure, function):
                yield RULED_OUT
                continue
            meant = moved_point(token, places)
            rivals = tuple(
                ((key, mapped(figure, rescaling(figure, factor * spread))),)
                for spread in (1 / RESOLUTION, RESOLUTION)
            ) + _round_rivals(attempt, key)
            size = "ten times too small" if places > 0 else "ten times too large"
            yield Candidate(
                ((key, mapped(figure, function)),),
                f"{figure.text} is read as {figure.text.replace(token, meant, 1)}",
                f"the decimal point moved one place ({token} printed for {meant}, {size})",
                rivals=rivals,
            )
