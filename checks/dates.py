"""Dates as intervals of whole days: ``August 31`` is one day, ``May 2018`` is 31 days.

A date without a year takes its year from ``source.published`` (FORMAT.md). Day numbers
are proleptic Gregorian ordinals (``date.toordinal()``), so date minus date is days.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from typing import Any

from checks import units
from checks.display import Display
from checks.figures import Figure, FigureError
from checks.intervals import Interval

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _number
        MONTHS[_name[:3].lower()] = _number
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _number, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _number
    WEEKDAYS[_name[:3].lower()] = _number
WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})

DATE_DISPLAY = Display()


def day_interval(first: dt.date, last: dt.date) -> Interval:
    """The whole days from ``first`` to ``last``, both included."""
    return Interval(float(first.toordinal()), float(last.toordinal()), whole=True)


def format_day(ordinal: float) -> str:
    """Write a day number as ``31 August 2018``."""
    day = dt.date.fromordinal(int(ordinal))
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def format_days(interval: Interval) -> str:
    """Write a day interval: one day, or ``1–31 May 2018``-style spans."""
    if interval.lo == interval.hi:
        return format_day(interval.lo)
    return f"{format_day(interval.lo)} to {format_day(interval.hi)}"


def date_figure(text: str, first: dt.date, last: dt.date, weekday: int | None = None) -> Figure:
    """A :class:`Figure` for the days ``first..last``."""
    days = day_interval(first, last)
    return Figure(
        text=text,
        strict=days,
        lenient=days,
        nominal=days.lo,
        dimension=units.DATE,
        display=DATE_DISPLAY,
        weekday=weekday,
    )


def parse_date(text: str, published: dt.date | None) -> Figure:
    """Parse a claim's ``date`` (ISO, ``August 31``, ``31 August 2018``, ``May 2018``, ``2002``)."""
    return _parse_date_cached(text.strip(), published)


@functools.lru_cache(maxsize=16_384)
def _parse_date_cached(text: str, published: dt.date | None) -> Figure:
    from lark.exceptions import LarkError

    from checks.grammar import parse

    if not text:
        raise FigureError("the date is empty; write it as 2018-08-31, August 31 or May 2018")
    try:
        tree = parse(text, "date")
    except LarkError:
        raise FigureError(
            f"cannot read {text!r} as a date; write 2018-08-31, August 31, "
            "31 August 2018, May 2018 or 2018"
        ) from None
    weekday: int | None = None
    form: Any = None
    for child in tree.children:
        if getattr(child, "type", None) == "WEEKDAY":
            weekday = WEEKDAYS[str(child).lower().rstrip(".")]
        elif hasattr(child, "data"):
            form = child
    assert form is not None
    tokens = {t.type: str(t) for t in form.children}
    year = int(tokens["YEAR"]) if "YEAR" in tokens else None
    try:
        if form.data == "iso":
            day = dt.date.fromisoformat(tokens["ISO_DATE"])
            return date_figure(text, day, day, weekday)
        if form.data == "year_only":
            assert year is not None
            return date_figure(text, dt.date(year, 1, 1), dt.date(year, 12, 31), weekday)
        month = MONTHS[tokens["MONTH"].lower().rstrip(".")]
        if year is None:
            if published is None:
                raise FigureError(
                    f"{text!r} has no year and the file has no source.published to take it from"
                )
            year = published.year
        if form.data in {"month_year", "month_only"}:
            last = calendar.monthrange(year, month)[1]
            return date_figure(text, dt.date(year, month, 1), dt.date(year, month, last), weekday)
        day_number = int(tokens["DAY"].rstrip("stndrh"))
        day = dt.date(year, month, day_number)
    except ValueError as exc:
        raise FigureError(f"{text!r} is not a date of the calendar: {exc}") from None
    return date_figure(text, day, day, weekday)


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar month arithmetic: 31 January + 1 month is 28 (or 29) February."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))
