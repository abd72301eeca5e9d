"""``percent_vs_points``: per cent written for percentage points, or the reverse.

"Unemployment rose 3% last year, from 5% to 8%": a rise of 3 percentage points (60%).
Its kin in markets copy: basis points written for percentage points ("rates fell 0.2
basis points" for 0.2 points) and index points written for per cent ("the FTSE fell 1.1
points" for 1.1%), and the reverse of each.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from msgspec.structs import replace

from checks.diagnoses import Attempt, Candidate, number_token, register, written_number
from checks.diagnoses.plausibility import noun
from checks.display import format_number
from checks.figures import Figure, parse_figure

BASIS_POINT = 1e-4
PERCENTAGE_POINT = 1e-2


@register("percent_vs_points", 70, "Per cent was written for percentage points, or the reverse.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Read per cent as points, points as per cent, basis points as points, index points as %."""
    levels = _index_levels(attempt)
    for key, figure in attempt.operands:
        number = format_number(written_number(figure), 6)
        if figure.flavour == "percent" and _whole(figure):
            continue  # 100% is all of something; 100 points would be a rise from nothing
        if figure.flavour == "percent":
            yield Candidate(
                ((key, replace(figure, flavour="points")),),
                f"{figure.text} is read as {number} percentage points",
                "per cent was written for percentage points",
            )
            index = _reread(figure, "points") if key == levels else None
            if index is not None:
                yield Candidate(
                    ((key, index),),
                    f"{figure.text} is read as {index.text}",
                    "per cent was written for index points",
                )
        elif figure.flavour == "points":
            yield Candidate(
                ((key, replace(figure, flavour="percent")),),
                f"{figure.text} is read as {number}%",
                "percentage points were written for per cent",
            )
            basis = math.isclose(figure.display.factor, BASIS_POINT, rel_tol=1e-9)
            other = _reread(figure, "percentage points" if basis else "basis points")
            if other is not None and (
                basis or math.isclose(figure.display.factor, PERCENTAGE_POINT, rel_tol=1e-9)
            ):
                written, meant = ("basis", "percentage") if basis else ("percentage", "basis")
                yield Candidate(
                    ((key, other),),
                    f"{figure.text} is read as {other.text}",
                    f"{written} points were written for {meant} points",
                )
        elif key == levels and noun(figure) == "point":
            percent = _reread(figure, "%")
            if percent is not None:
                yield Candidate(
                    ((key, percent),),
                    f"{figure.text} is read as {percent.text}",
                    "index points were written for per cent",
                )


def _whole(figure: Figure) -> bool:
    """Whether a percentage is 100%, the whole: never percentage points written as per cent.

    "49.4% + 49.5% + 2.1%" against a total of "100%" fitted as "100 percentage points",
    but only because points are read loosely (95 to 105) where a total of 100% is read as
    the whole (99.5% to 100.5%): the slip brought in the looseness that made it fit.
    """
    return math.isclose(figure.nominal, 1.0, rel_tol=1e-9)


def _index_levels(attempt: Attempt) -> str | None:
    """The ``by`` of a ``change`` between two index levels (bare numbers), else ``None``.

    Index points are the unit of a level such as the FTSE 100's 7,842.6, written as a bare
    number; only a change between two such levels is in index points. Points scored in a
    game (``68 points``, a count) are never read as per cent.
    """
    if attempt.kind_name != "change":
        return None
    spec = attempt.parameters.change
    figures = dict(attempt.operands)
    ends = [figures.get(spec.from_), figures.get(spec.to)]
    if all(
        end is not None and not end.dimension and end.flavour is None and end.counted is None
        for end in ends
    ):
        return str(spec.by)
    return None


def _reread(figure: Figure, unit: str) -> Figure | None:
    """The figure's number as written, in ``unit`` (``-1.1 points`` as ``-1.1%``)."""
    token = number_token(figure)
    if token is None or figure.qualifier is not None:
        return None
    sign = "-" if written_number(figure) < 0 else ""
    gap = "" if unit == "%" else " "
    try:
        return parse_figure(f"{sign}{token}{gap}{unit}")
    except Exception:  # noqa: BLE001 - a number the grammar will not take has no reading
        return None
