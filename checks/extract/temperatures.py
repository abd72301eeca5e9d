"""Temperatures in an article: readings or differences, and their sign, from the words.

The value grammar reads "3°C" as a reading, a point on the Celsius scale, but a story
writes a difference of degrees the same way: "has warmed by 3°C (37.4°F)", "1.60C (2.88F)
above pre-industrial levels". A reading converts with the 32° offset and a difference
without it, so a difference drafted as a reading makes a right conversion a false mismatch
(1.60C is 34.88F as a reading) and lets the offset slip pass (3°C given as 37.4°F, which
is 3 × 1.8 + 32). The words around the figure say which it is ("warmed by", "above
normal", "warmer than", "beat … by", "the 1.5C limit"), and a difference is drafted in
``Δ°C``/``Δ°F``. They also give a sign the grammar does not read: "minus 12C" and "12C
below zero" are −12°C.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import msgspec

from checks.figures import QUALIFIERS, Context, Figure, FigureError, parse_figure

Span = tuple[int, int]

TEMPERATURE = (("[temperature]", 1),)

_UNIT_AFTER_NUMBER = re.compile(
    r"(?<=\d)\s*(?:°\s*[CF]\b|℃|℉|degrees?(?:\s+(?:Celsius|Fahrenheit|centigrade|C|F)\b)?|"
    r"deg\s*[CF]\b|(?:Celsius|Fahrenheit)\b|[CF]\b)",
    re.IGNORECASE,
)
"""The scale written after a number ("3°C", "1.60C", "14 degrees Celsius", "10 degrees")."""
_FAHRENHEIT = re.compile(r"°\s*F\b|℉|\bFahrenheit\b|\d\s*F\b|\bdeg(?:rees?)?\s+F\b", re.I)
_CELSIUS = re.compile(r"°\s*C\b|℃|\bCelsius\b|\bcentigrade\b|\d\s*C\b|\bdeg(?:rees?)?\s+C\b", re.I)
_BARE_DEGREES = re.compile(r"\s+degrees?\b(?!\s+(?:Celsius|Fahrenheit|centigrade|C|F)\b)", re.I)
""""10 to 15 degrees": the grammar reads the number and leaves the word (no scale)."""

_SPEAKS_OF_TEMPERATURE = re.compile(
    r"\b(?:temperatures?|thermometers?|mercury|readings?|warm\w*|heat\w*|hot\w*|cold\w*|"
    r"cool\w*|chill\w*|freez\w*|frost\w*)\b",
    re.IGNORECASE,
)
""""Readings 10 to 15 degrees above normal" in a heat story; "turned by 90 degrees" is an angle."""

_POSITIONAL = frozenset({
    "above", "over", "below", "under", "up to", "exceeding", "in excess of", "upwards of",
    "just over", "just under", "a maximum of", "a minimum of",
})  # fmt: skip
"""Qualifiers that place a reading ("rose above 40C"), not a size ("rose more than 2C")."""

_CONVERSION_AFTER = re.compile(r"\s*\([^()]*\)")
"""The figure converted in brackets right after it: "3.5C (6.3F) above the average"."""

_SIZE_AFTER = re.compile(
    r"\s+(?:warmer|hotter|cooler|colder|higher|lower|short\s+of|(?:more|less)\s+than|"
    r"(?:of\s+)?(?:global\s+)?(?:warming|cooling)|rise|rises|increase|jump|drop|fall|decline|"
    r"swing|anomaly|gap|difference)\b",
    re.IGNORECASE,
)
"""Words after a figure that make it a difference: "2C warmer than", "a 1.5C rise"."""
_BASELINE_AFTER = re.compile(
    r"\s+(?:above|below|over|under)\s+(?:[\w'’-]+\s+){0,4}?(?:average|averages|normal|norm|levels?|"
    r"pre-?industrial|baseline|mean|record|usual|typical|seasonal|long-term)\b(?:\s+levels?\b)?",
    re.IGNORECASE,
)
""""14C above normal", "3.5C above the 1991-2020 average", "1.60C above pre-industrial levels"."""
_ZERO_AFTER = re.compile(r"\s+(above|below)\s+(zero|freezing)\b", re.IGNORECASE)
_RATE_AFTER = re.compile(
    r"\s+(?:per|a)\s+(decade|year|century)\b(?!\s+(?:ago|earlier|later|before|after|on)\b)",
    re.IGNORECASE,
)
"""A rate of warming: "0.2C per decade", written ``0.2 Δ°C per decade`` ("46C a year ago"
is no rate)."""
_LIMIT_AFTER = re.compile(
    r"\s+(?:limit|threshold|target|goal|ceiling|mark|guardrail)\b", re.IGNORECASE
)
_READING_NOUN_AFTER = re.compile(
    r"\s+(?:heat|temperatures?|weather|highs?|lows?|days?|nights?|sunshine|readings?|"
    r"conditions|heatwaves?)\b",
    re.IGNORECASE,
)
"""A reading used as an adjective: "fuelled by 40C heat"."""

_BY_BEFORE = re.compile(r"(?:\b[^\W\d_][\w-]*\s+)?\bby\s*$", re.IGNORECASE)
""""warmed by 3°C", "beating the previous high … by 0.8C": how much."""
_CHANGE_VERBS = (
    r"\b(?:rise|rose|risen|rises|rising|climb|climbed|climbs|climbing|jump|jumped|jumps|soar|"
    r"soared|fall|fell|fallen|falls|falling|drop|dropped|drops|dropping|plunge|plunged|"
    r"plummeted|dip|dipped|increase|increased|decrease|decreased|decline|declined|warmed|warms|"
    r"cooled|cools|heated|up|down)"
)
"""Not "warm" or "cool", adjectives too: "a cool 12C morning"."""
_CHANGE_VERB_BEFORE = re.compile(_CHANGE_VERBS + r"\s*$", re.IGNORECASE)
"""A verb of change right before the figure: "rose 2C" (but "rose to 46C" is a reading)."""
_SIZE_OF_BEFORE = re.compile(
    r"\b(?:warming|cooling|rise|increase|drop|fall|decline|jump|gap|difference|swing|"
    r"anomaly|anomalies|deviation|margin)(?:\s+in\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+of\s*$",
    re.IGNORECASE,
)
"""A noun of change: "an anomaly of 1.2C", "a rise in temperatures of 2C", "warming of"."""
_LIMITED_BEFORE = re.compile(
    r"\b(?:warming|rises?|increases?)(?:\s+in\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})?"
    r"\s+(?:to|at|below|under|within)\s+(?:well\s+|just\s+)?$",
    re.IGNORECASE,
)
_LIMITING_VERB = re.compile(
    r"\b(?:limit|keep|kept|hold|held|cap|restrict|curb|contain)\w*\b", re.IGNORECASE
)
""""Limit warming to 1.5C", "limit the rise in global temperatures to 1.5C" are differences;
"warming to 20C by the weekend" is a reading."""
_LIMIT_OF_BEFORE = re.compile(
    r"\b(?:limit|threshold|target|goal|ceiling|mark|guardrail)\s+of\s*$", re.IGNORECASE
)
_CLIMATE = re.compile(
    r"\b(?:warming|climate|pre-?industrial|greenhouse|emissions|IPCC|Copernicus|"
    r"Paris\s+(?:agreement|accord|goal|target))\b",
    re.IGNORECASE,
)
"""An article about climate, where "the 1.5C threshold" is a limit on warming."""
_FEW_DEGREES = {"C": 5.0, "F": 9.0}
"""A warming limit or rate is a few degrees at most (1.5C, 2C, 0.2C per decade); "the 40C
mark" and "a 27C limit" for air conditioning are readings."""
_APPOSITION_BEFORE = re.compile(r",\s*at\s*$", re.IGNORECASE)
_MINUS_BEFORE = re.compile(
    r"(?:\b(?P<qualifier>" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))
    + r")\s+)?\b(?<!plus or )(?<!plus/)(?<!±)(?:minus|negative)\s+$",
    re.IGNORECASE,
)  # fmt: skip
""""minus 12C", "below minus 20C": a negative temperature, where the grammar leaves the
word before the figure it reads. Not "plus or minus 2C": a margin of 2 degrees."""


def changes_by_then_to(before: str, left: Figure, right: Figure) -> bool:
    """Whether "2C to 46C" after ``before`` is a change by 2C to a reading of 46C.

    "Temperatures rose 2C to 46C", "fell by 5C to 12C": after a verb of change the first
    figure is how much, the second where it ended. The grammar reads a range of readings.
    """
    return (
        left.absolute_temperature
        and right.absolute_temperature
        and re.search(_CHANGE_VERBS + r"\s+(?:by\s+)?$", before, re.IGNORECASE) is not None
    )


class TemperatureMeaning(msgspec.Struct, frozen=True):
    """What a temperature figure states, written as the value grammar reads it."""

    written: str
    """``3 Δ°C``, ``-12°C``, ``about 0.2 Δ°C per decade``."""
    figure: Figure
    start: int
    """Where its words begin: before "minus" when the text writes one."""
    end: int
    """Where its words end: after "degrees" when the grammar leaves the word out."""
    reason: str
    """The words that decide it, for the reviewer's note."""


def is_difference(figure: Figure) -> bool:
    """Whether ``figure`` is a difference of temperatures (``Δ°C``, ``Δ°F``)."""
    return figure.dimension == TEMPERATURE and not figure.absolute_temperature


def temperature_meaning(
    text: str,
    figure: Figure,
    span: Span,
    sentence: Span,
    earlier: Sequence[tuple[Span, Figure]],
    context: Context,
) -> TemperatureMeaning | None:
    """What the words around a temperature say it is, when the grammar reads it otherwise.

    ``earlier`` holds the figures of the sentence before it (their spans and what they
    state): a figure converted in brackets right after a difference is a difference too,
    and ", at 1.60C" after "more than 1.5C above pre-industrial levels" restates it.
    ``None`` when the figure is no temperature or the grammar reads it right.
    """
    start, end = span
    bare_degrees = None
    if not figure.absolute_temperature:
        bare_degrees = _BARE_DEGREES.match(text, end, sentence[1])
        if figure.dimension or figure.counted or figure.is_date or bare_degrees is None:
            return None
        if not _SPEAKS_OF_TEMPERATURE.search(text, sentence[0], sentence[1]):
            return None  # degrees of arc, most likely
        end = bare_degrees.end()  # "10 to 15 degrees": the grammar reads the number only
    written = " ".join(text[start:end].split())
    scale = _scale(written, text)
    words = _Words(text, written, text[sentence[0] : start], text[end : sentence[1]], scale)
    reasons: list[str] = []
    negative = False
    qualifier = ""
    minus = _MINUS_BEFORE.search(words.before)
    if minus is not None and not written.startswith(("-", "−")):
        negative = True
        qualifier = minus.group("qualifier") or ""
        start = sentence[0] + minus.start()
        reasons.append(f"{_quoted(text[start:end])} is a temperature below zero")
    zero = _ZERO_AFTER.match(words.after)
    if zero is not None and zero.group(1).lower() == "below" and (
        zero.group(2).lower() == "zero" or scale == "C"
    ):
        negative = not negative
        reasons.append(f"{_quoted(written + zero.group())} is a temperature below zero")
        end += zero.end()
    # "12C above zero" is a reading, whatever words follow
    difference = _difference(words, figure, span[0], earlier) if zero is None else None
    if difference is not None:
        reasons.append(difference)
    elif bare_degrees is not None or not reasons:
        return None  # a reading in bare degrees may be °C or °F: the grammar refuses it
    body = _UNIT_AFTER_NUMBER.sub("", written).strip()
    if negative:
        digit = re.search(r"\d", body)
        if digit is None:
            return None
        body = f"{qualifier} {body[: digit.start()]}-{body[digit.start() :]}".strip()
    meant = body + (f" Δ°{scale}" if difference is not None else f"°{scale}")
    rate = _RATE_AFTER.match(words.beyond)
    if difference is not None and rate is not None:
        meant += f" per {rate.group(1).lower()}"
    try:
        meaning = parse_figure(meant, context)
    except FigureError:
        return None
    return TemperatureMeaning(meant, meaning, start, end, "; ".join(reasons))


class _Words(msgspec.Struct, frozen=True):
    """A temperature as written and the words of its sentence around it."""

    text: str
    """The whole article (whether it speaks of climate decides "the 1.5C limit")."""
    written: str
    before: str
    after: str
    scale: str
    """``C`` or ``F``."""

    @property
    def beyond(self) -> str:
        """The words after it past its conversion in brackets: "3.5C (6.3F) above …"."""
        conversion = _CONVERSION_AFTER.match(self.after)
        return self.after[conversion.end() :] if conversion else self.after

    @property
    def size(self) -> float | None:
        """The first number written, without its sign: how many degrees."""
        number = re.search(r"\d+(?:\.\d+)?", self.written)
        return float(number.group()) if number is not None else None

    @property
    def few_degrees(self) -> bool:
        """A size a warming limit or rate has, not a reading's ("the 0C mark" is freezing)."""
        return self.size is not None and 0 < self.size < _FEW_DEGREES[self.scale]


def _quoted(phrase: str) -> str:
    """``phrase`` in quotation marks for a note, on one line."""
    return f"“{' '.join(phrase.split())}”"


def _scale(written: str, text: str) -> str:
    """``C`` or ``F``: as written, or for bare degrees the scale the article uses."""
    if _FAHRENHEIT.search(written):
        return "F"
    if _CELSIUS.search(written):
        return "C"
    return "C" if _CELSIUS.search(text) and not _FAHRENHEIT.search(text) else "F"


def _difference(
    words: _Words, figure: Figure, start: int, earlier: Sequence[tuple[Span, Figure]]
) -> str | None:
    """The words that make the figure a difference, quoted for the note; ``None`` if none."""
    written, before = words.written, words.before
    for pattern in (_SIZE_AFTER, _BASELINE_AFTER):
        cue = pattern.match(words.beyond)
        if cue is not None:
            return f"{_quoted(written + cue.group())}: a difference of temperatures"
    rate = _RATE_AFTER.match(words.beyond)
    if rate is not None and words.few_degrees:
        return f"{_quoted(written + rate.group())}: a rate of warming"
    adjective = _READING_NOUN_AFTER.match(words.after) is not None  # "by 40C heat"
    positional = (figure.qualifier or "").lower() in _POSITIONAL  # "rose above 40C"
    for pattern, applies in (
        (_BY_BEFORE, not adjective),
        (_SIZE_OF_BEFORE, not adjective),
        (_CHANGE_VERB_BEFORE, not adjective and not positional),
    ):
        cue = pattern.search(before)
        if cue is not None and applies:
            return f"{_quoted(cue.group() + written)}: a difference of temperatures"
    limited = _LIMITED_BEFORE.search(before)
    if limited is not None and _LIMITING_VERB.search(before):
        return f"{_quoted(limited.group() + written)}: a limit on warming, a difference"
    limit_after, limit_before = _LIMIT_AFTER.match(words.beyond), _LIMIT_OF_BEFORE.search(before)
    if (limit_after or limit_before) and words.few_degrees and _CLIMATE.search(words.text):
        phrase = (
            f"{written}{limit_after.group()}" if limit_after
            else f"{limit_before.group() if limit_before else ''} {written}"
        )  # fmt: skip
        return f"{_quoted(phrase)}: a limit on warming, a difference"
    return _as_before(words, start, earlier)


def _as_before(words: _Words, start: int, earlier: Sequence[tuple[Span, Figure]]) -> str | None:
    """A difference because the difference before it says so, or ``None``.

    "3.5C (6.3F)": the figure converted in brackets states the same difference. "More
    than 1.5C above pre-industrial levels, at 1.60C" restates it more precisely, while
    "3C above normal, at 38C" gives the reading: a figure after ", at" is taken for the
    difference only when it is within half of it.
    """
    if not earlier:
        return None
    (_, last_end), last = earlier[-1]
    if is_difference(last) and re.fullmatch(r"\s*\(\s*", words.text[last_end:start]):
        return f"{_quoted(f'({words.written})')} converts the difference before it"
    if not _APPOSITION_BEFORE.search(words.before):
        return None
    for (said_start, said_end), said in reversed(earlier[-2:]):
        if not is_difference(said) or not said.display.suffix.endswith(words.scale):
            continue
        phrase = " ".join(words.text[said_start:said_end].split())
        number = re.search(r"\d+(?:\.\d+)?", phrase)
        if number is None or words.size is None:
            return None
        if abs(words.size - float(number.group())) <= 0.5 * float(number.group()):
            return (
                f"“, at {words.written}” taken to restate the difference before it (“{phrase}”)"
                f" — if it is a reading, write it in °{words.scale}"
            )
        return None
    return None


__all__ = [
    "TEMPERATURE", "TemperatureMeaning", "changes_by_then_to", "is_difference",
    "temperature_meaning",
]  # fmt: skip
