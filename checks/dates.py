"""Dates as intervals of whole days: ``August 31`` is one day, ``May 2018`` is 31 days.

A date without a year takes its year from ``source.published`` (FORMAT.md). Day numbers
are proleptic Gregorian ordinals (``date.toordinal()``), so date minus date is days.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from typing import Any

from msgspec.structs import replace

from checks import units
from checks.display import Display
from checks.figures import Context, Figure, FigureError, parse_figure
from checks.grammar import is_lark_error, parse, token_text
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
    """Write a day number as ``31 August 2018`` (or say it is outside the calendar)."""
    if not 1 <= ordinal <= dt.date.max.toordinal():
        return f"day {ordinal:,.0f} (outside the calendar, years 1 to 9999)"
    day = dt.date.fromordinal(int(ordinal))
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def format_days(interval: Interval) -> str:
    """Write a day interval: one day, a whole month or year, or a span of days."""
    if interval.lo == interval.hi:
        return format_day(interval.lo)
    if math.isinf(interval.hi) and not math.isinf(interval.lo):
        return f"{'after' if interval.lo_open else 'on or after'} {format_day(interval.lo)}"
    if math.isinf(interval.lo) and not math.isinf(interval.hi):
        return f"{'before' if interval.hi_open else 'on or before'} {format_day(interval.hi)}"
    if not 1 <= interval.lo <= interval.hi <= dt.date.max.toordinal():
        return f"{format_day(interval.lo)} to {format_day(interval.hi)}"
    first = dt.date.fromordinal(int(interval.lo))
    last = dt.date.fromordinal(int(interval.hi))
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return str(first.year)
    if (
        first.day == 1
        and (first.year, first.month) == (last.year, last.month)
        and last.day == calendar.monthrange(last.year, last.month)[1]
    ):
        return f"{calendar.month_name[first.month]} {first.year}"
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


def parse_date(
    text: str, published: dt.date | None, fiscal_year_start: tuple[int, int] | None = None
) -> Figure:
    """Parse a claim's ``date`` (``2018-08-31``, ``August 31``, ``May 2018``, ``FY2018-19``…).

    A weekday may lead (``Saturday, July 23, 1983``); it is kept for the weekday check.
    """
    return _parse_date_cached(text.strip(), published, fiscal_year_start)


def fiscal_year(text: str, start: tuple[int, int] | None) -> tuple[dt.date, dt.date]:
    """The days of ``FY2018-19`` / ``FY2019`` / ``FY19`` for a fiscal year starting ``start``.

    A fiscal year is named by the calendar year in which it ends (FY2019 starting July 1
    runs from 1 July 2018 to 30 June 2019); ``FY2018-19`` names both years.
    """
    if start is None:
        raise FigureError(
            f"{text!r} is a fiscal year, but fiscal years start on different days in different "
            "countries; say when in the file: settings: {fiscal_year_start: July 1}"
        )
    body = text[2:].strip()
    first, _, second = body.replace("–", "-").replace("/", "-").partition("-")

    def full(year: str, after: int | None = None) -> int:
        # a two-digit year: the first after `after` (FY1999-00 ends in 2000), else
        # 1969-2068 as two-digit years are read (FY98 is 1998)
        if len(year) == 4:
            return int(year)
        if after is not None:
            candidate = (after // 100) * 100 + int(year)
            return candidate if candidate > after else candidate + 100
        return (1900 if int(year) >= 69 else 2000) + int(year)

    month, day = start
    if second:
        begin_year = full(first)
        end_year = full(second, begin_year)
        if (month, day) == (1, 1):
            raise FigureError(
                f"{text!r} names two years, but a fiscal year starting on 1 January is one "
                f"calendar year: write it with one year (FY{begin_year}), or check "
                "settings.fiscal_year_start"
            )
        if end_year != begin_year + 1:
            raise FigureError(f"{text!r} does not name two consecutive years of a fiscal year")
    else:
        end_year = full(first)
        begin_year = end_year if (month, day) == (1, 1) else end_year - 1
    begin = dt.date(begin_year, month, day)
    end = dt.date(begin.year + 1, month, day) - dt.timedelta(days=1)
    if end.year != end_year:
        raise FigureError(f"{text!r} does not end in {end_year} with a start on {day}/{month}")
    return begin, end


_TWO_YEARS = re.compile(r"(?:1[89]|20)\d\d\s?[-–/]\s?(?:\d\d|(?:1[89]|20)\d\d)")
"""``2023-24``, ``2023/24``: an academic or financial year, as British copy names one."""


@functools.lru_cache(maxsize=16_384)
def _parse_date_cached(
    text: str, published: dt.date | None, fiscal_year_start: tuple[int, int] | None
) -> Figure:
    if not text:
        raise FigureError("the date is empty; write it as 2018-08-31, August 31 or May 2018")
    try:
        tree = parse(text, "date")
    except Exception as exc:
        if not is_lark_error(exc):
            raise
        relative = _in_a_relative_year(text, published, fiscal_year_start)
        if relative is not None:
            return relative
        if _TWO_YEARS.fullmatch(text):
            raise FigureError(
                f"{text!r} names two years: for a school, financial or fiscal year write"
                f" `FY{text}` and say when such a year starts in the file (settings:"
                " {fiscal_year_start: September 1}); for the years themselves, two claims"
            ) from None
        raise FigureError(
            f"cannot read {text!r} as a date; write 2018-08-31, August 31, "
            "31 August 2018, May 2018 or 2018"
        ) from None
    weekday: int | None = None
    form: Any = None
    for child in tree.children:
        if getattr(child, "type", None) == "WEEKDAY":
            weekday = WEEKDAYS[token_text(text, child).lower().rstrip(".")]
        elif hasattr(child, "data"):
            form = child
    assert form is not None
    tokens = {t.type: token_text(text, t) for t in form.children}
    year = int(tokens["YEAR"]) if "YEAR" in tokens else None
    try:
        if form.data == "fiscal_year":
            begin, end = fiscal_year(tokens["FISCAL_YEAR"], fiscal_year_start)
            return date_figure(text, begin, end, weekday)
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
        if "YEAR" not in tokens and weekday is not None and published is not None:
            day = _year_by_weekday(year, month, day_number, weekday, published)
        else:
            day = dt.date(year, month, day_number)
    except FigureError:
        raise
    except ValueError as exc:
        raise FigureError(f"{text!r} is not a date of the calendar: {exc}") from None
    return date_figure(text, day, day, weekday)


_RELATIVE_YEAR = re.compile(
    r"(?i)(?P<before>last|this|next)\s+(?P<date>\S.*)"
    r"|(?P<written>.*?\S)\s+(?:of\s+)?(?P<after>last|this|next)\s+year"
)
_SHIFTS = {"last": -1, "this": 0, "next": 1}


def _in_a_relative_year(
    text: str, published: dt.date | None, fiscal_year_start: tuple[int, int] | None
) -> Figure | None:
    """A date without a year whose words name its year from publication (or ``None``).

    A month without a year is one of the year of publication; "October last year" in a
    story of September 2024 is October 2023, "May this year" May 2024, "January next
    year" January 2025. "Last October" in May 2024 is October 2023 and "next January"
    January 2025; but "last March" in May 2024 is March 2024 to some writers and March
    2023 to others (AP style writes "in March" for this year's), and "next May 30" on 23
    May is either: those name no year (``None``), and read as a month of any year.
    "This May" is the May of the year.
    """
    match = _RELATIVE_YEAR.fullmatch(text)
    if match is None or published is None:
        return None
    written = match.group("date") or match.group("written")
    if re.search(r"(?i)\d{3}|'\d\d|fy|\b(?:last|this|next)\b", written):
        return None
    try:
        plain = _parse_date_cached(written, published, fiscal_year_start)
    except FigureError:
        return None
    first = dt.date.fromordinal(int(plain.strict.lo))
    if first.year != published.year or plain.strict.width > 31:
        return None  # no month: "last 12 days"
    if match.group("after") is not None:
        year = published.year + _SHIFTS[match.group("after").lower()]
    else:
        word = match.group("before").lower()
        year = published.year
        if (word == "last" and first.month <= published.month) or (
            word == "next" and first.month >= published.month
        ):
            return None  # "since last March" in May: March of this year or of the last
        if word == "last":
            year -= 1
        elif word == "next":
            year += 1
    moved = dt.date(year, published.month, min(published.day, 28))
    try:
        dated = _parse_date_cached(written, moved, fiscal_year_start)
    except FigureError:
        return None
    return replace(dated, text=text)


def _year_by_weekday(
    year: int, month: int, day_number: int, weekday: int, published: dt.date
) -> dt.date:
    """The year of a year-less date that its weekday names, across New Year.

    "Friday, December 29" in a story published on 3 January 2024 is 29 December 2023 (a
    Friday; in 2024 it is a Sunday); "Thursday, February 29" in December 2023 is 2024.
    Only when the publication year's date is not that weekday (or does not exist) and the
    year before or after has it, within half a year of publication; otherwise the year
    stays the publication's, and the weekday check reports the clash.
    """
    def on(candidate_year: int) -> dt.date | None:
        try:
            return dt.date(candidate_year, month, day_number)
        except ValueError:  # 29 February
            return None

    own = on(year)
    if own is not None and own.weekday() == weekday:
        return own
    near = [
        other
        for other in (on(year - 1), on(year + 1))
        if other is not None
        and other.weekday() == weekday
        and abs((other - published).days) <= 183
    ]
    if len(near) == 1:
        return near[0]
    if own is None:
        raise ValueError(f"day is out of range for month in {year}")
    return own


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar month arithmetic: 31 January + 1 month is 28 (or 29) February."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


_A_GAP = r"(?:after|later|since|ago|before|earlier|apart)"
"""Words of a quote that state a gap between two events ("six years after the previous
census"), which news rounds to the nearest unit: not an age, nor a term of whole years."""
_A_UNIT = r"(?:years?|months?|decades?|centur(?:y|ies))"
_A_GAP_AFTER_A_LENGTH = re.compile(
    rf"(?i)((?:[\w.,-]+\s+){{0,3}}?[\w.,]+(?:-|\s+)){_A_UNIT}"
    rf"\b(?:\W+(?!(?:{_A_GAP}|{_A_UNIT})\b)\w+){{0,3}}?\W+{_A_GAP}\b"
)
"""A length of time and, at most three words after it, the gap word that belongs to it:
"seven years after", "20 to 25 years after", "a decade later", "50 years ago". No other
length comes between: in "34 years old, two years after", "after" is the two years'."""
_AN_AGE = re.compile(r"(?i)\b(?:old|aged?|birthdays?)\b")
"""An age in a claim's own value: "34 years old", "aged 34"."""
_BEFORE_AN_AGE = re.compile(r"(?i)\b(?:aged?|age of|at)\s*$")
"""Words just before a length that make it an age: "aged 34 years", "at the age of 34
years", "at 34 years". Not "turned": a length with its unit and a gap word after it is a
gap ("the tide turned six years after the war"); "she turned 34" writes no unit."""
_AFTER_AN_AGE = re.compile(r"(?i)^\W*(?:old|of age)\b")
"""Words just after a length that make it an age: "34 years old", "34 years of age"."""
_BETWEEN = re.compile(
    r"(?i)^(?:long|short|full|whole|more|further|hard|difficult|turbulent|lean|painful"
    r"|happy|eventful|consecutive|straight)$"
)
"""An adjective a gap may carry between its number and its unit: "six long years after"."""


def states_a_gap(quote: str, figure: Figure, context: Context) -> bool:
    """Whether ``quote`` states ``figure`` (a length of time) as a gap, not as an age.

    Such a length is read leniently to half its unit ("six years after" of 5 years 345
    days); an age ("35 years old", "aged 34 years") or a term ("a five-year programme",
    "after four years in office") is whole units. The gap word must follow the figure's
    own length, and the age words must be attached to that length: in "became an MP at
    34, two years after joining", "after" belongs to the two years, not to the age of 34;
    in "he died at 84, six years after retiring" or "talks at 10 Downing Street resumed
    six years later" the other number is no part of the six years.
    """
    if _AN_AGE.search(figure.text):
        return False
    for match in _A_GAP_AFTER_A_LENGTH.finditer(quote):
        words = match.group(0)[: match.end(1) - match.start(0)].split()
        unit = match.group(0)[match.end(1) - match.start(0) :].split()[0]
        after = quote[match.end(1) + len(unit) :]
        if _AFTER_AN_AGE.match(after):
            continue
        for first in range(len(words)):
            before = " ".join([quote[: match.start(0)], *words[:first]])
            if _BEFORE_AN_AGE.search(before):
                continue
            own = words[first:]
            if _same_length(" ".join([*own, unit]), figure, context) or (
                len(own) > 1
                and _BETWEEN.match(own[-1]) is not None
                and _same_length(" ".join([*own[:-1], unit]), figure, context)
            ):
                return True
    return False


def _same_length(phrase: str, figure: Figure, context: Context) -> bool:
    """Whether ``phrase`` ("seven years", "7 years") is the length ``figure`` is."""
    try:
        written = parse_figure(phrase.strip(" ,.-"), context)
    except FigureError:
        return False
    return (
        written.calendar_months is not None
        and written.calendar_months == figure.calendar_months
        and written.nominal == figure.nominal
    )


def gap_unit(figure: Figure) -> str:
    """The calendar unit a length of time is counted in: ``year`` or ``month``.

    Decades and centuries are counted in years: "a decade later" is rounded to the year,
    not to half a decade.
    """
    suffix = figure.display.suffix
    if any(word in suffix for word in ("year", "decade", "centur")):
        return "year"
    return "month"


def stated_units(figure: Figure) -> Interval:
    """The whole years (or months, :func:`gap_unit`) a length of time states.

    A range end by end: "20 to 25 years" is 20 to 25 years, not its top end alone.
    """
    assert figure.calendar_months is not None
    per_unit = 12 if gap_unit(figure) == "year" else 1
    if figure.ends is not None:
        low, high = (end.calendar_months for end in figure.ends)
        if low is not None and high is not None:
            return Interval(low.lo / per_unit, high.hi / per_unit)
    return figure.calendar_months.scaled(1 / per_unit)


def to_half_a_unit(units: Interval) -> Interval:
    """Whole years or months (or a range of them) widened by half a unit each way.

    "six years after" is 5.5 to 6.5 years, "a decade later" 9.5 to 10.5 years (a gap is
    rounded to the year, not to half a decade), "20 to 25 years after" 19.5 to 25.5 years.
    """
    return Interval(units.lo - 0.5, units.hi + 0.5)
