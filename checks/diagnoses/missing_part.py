"""``missing_part``: a total that leaves out one of its parts, or counts one more.

"Of the 1,250 delegates, 700 were men and 520 women": 1,220; the 30 delegates who did not
state a gender (another figure of the article) make the 1,250.

A claim added to the parts must be of the same kind as the total or one of the parts
(:meth:`Attempt.alike`): 30 delegates may complete a count of delegates; a $0.3 billion
profit does not complete a sum of regional revenues, however exactly it fills the gap.
The added claim must fit with every "about" at its written value, and the claim a little
larger or smaller must not fit as well: "$2.7 billion + $1.4 billion" stated as "$4.3
billion" leaves a gap of anything from $50 million to $350 million, and $162 million
received landing in it is no evidence that it was counted.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from msgspec.structs import replace

from checks.diagnoses import (
    RULED_OUT,
    Attempt,
    Candidate,
    as_evidence,
    at_written_value,
    mapped,
    register,
    resolution_rivals,
    widest,
)
from checks.figures import Figure


@register("missing_part", 110, "A sum holds without one of its parts, or with one more claim.")
def propose(attempt: Attempt) -> Iterator[Candidate]:
    """Drop each part of a ``sum``; add each other claim of the same kind (≤ 50)."""
    if attempt.kind_name != "sum" or attempt.parameters.equals is None:
        return
    parts = [(key, figure) for key, figure in attempt.operands if key in attempt.parameters.sum]
    totals = [(key, f) for key, f in attempt.operands if key == attempt.parameters.equals]
    if not parts or not totals:
        return
    if len(parts) >= 2:
        for key, figure in parts:
            yield Candidate(
                ((key, mapped(figure, lambda _: 0.0)),),
                f"{figure.text} ({key}) is left out",
                f"the stated total does not include {key}",
                strict=True,
            )
    first_key, first = parts[0]
    widths = widest(attempt)
    context = attempt.scope.context
    years = set().union(*(_years(key) for key, _ in (*totals, *parts)))
    series = sorted(int(year) for year in set().union(*(_years(key) for key, _ in parts)))
    total_years = set().union(*(_years(key) for key, _ in totals))
    alike = [
        (name, added)
        for name, added in attempt.alike(*totals, *parts)
        if not (
            added.is_date
            or added.absolute_temperature
            or (_years(name) - years and not _next_in_series(_years(name), series, total_years))
        )
    ]
    for name, added in alike:
        other = as_evidence(widths, added)
        written = at_written_value(other, context)
        lenient = first.lenient + other.lenient
        if attempt.rules_out(first_key, lenient, first.nominal + other.nominal, first.dimension):
            yield RULED_OUT
            continue
        yield Candidate(
            ((first_key, _joined(first, other)),),
            f"{name} ({other.text}) is added to the parts",
            f"the stated total also counts {name}",
            strict=True,
            rivals=resolution_rivals(
                first_key, other, len(alike), functools.partial(_joined, first)
            ),
            written=((first_key, _joined(at_written_value(first, context), written)),),
        )


_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def _years(key: str) -> set[str]:
    """The years a claim id names (``revenue_americas_2023``: 2023).

    A claim of a year that neither the total nor the parts name is last year's column
    printed beside this year's ("Asia $5.7 billion (up from $5.3 billion)"): never a part
    of this year's sum, so not tried, and no chance of a coincidence either. Counting it
    among the claims tried would lose the missing region of any story that prints a
    year-ago figure for each region. Unless the parts are themselves years
    (``deaths_2022`` + ``deaths_2023``): then the year left out is the likely part.
    """
    return set(_YEAR.findall(key))


def _next_in_series(named: set[str], series: list[int], total_years: set[str]) -> bool:
    """Whether a claim of the years ``named`` may be the year a sum over years left out.

    Parts of two or more years (``deaths_2022`` + ``deaths_2023``) leave out a year next to
    them (2021 or 2024), never one further off (a 2019 baseline), nor one outside the
    years the total's own id spans (``revenue_total_2023_2024`` is no sum with 2022 in
    it; ``deaths_2020_2023`` may miss 2021).
    """
    if len(series) < 2 or len(named) != 1:
        return False
    year = int(next(iter(named)))
    spanned = sorted(int(named_year) for named_year in total_years)
    if spanned and not spanned[0] <= year <= spanned[-1]:
        return False  # "deaths_2020_2023" spans 2020 to 2023, 2021 and 2022 with them
    return series[0] - 1 <= year <= series[-1] + 1


def _joined(first: Figure, other: Figure) -> Figure:
    """The first part with ``other`` added to it: the sum then counts one more part."""
    return replace(
        first,
        strict=first.strict + other.strict,
        lenient=first.lenient + other.lenient,
        nominal=first.nominal + other.nominal,
    )
