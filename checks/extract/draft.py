"""A draft claim file for an article: claims with quotes and ids, suggested checks.

The pieces: :mod:`article` (text and front matter), :mod:`finding` (figures placed in
the text; :mod:`temperatures` for readings, differences and signs), :mod:`naming` (ids),
:mod:`relations` (suggested checks); :mod:`writing` turns the draft into YAML.
"""

from __future__ import annotations

import datetime as dt
import re

import msgspec

from checks.extract.article import Article, ArticleError
from checks.extract.finding import Found, find_figures
from checks.extract.naming import make_id, nearby_words
from checks.extract.relations import Suggestion, in_its_year, item_text, suggest
from checks.extract.segments import clause_around, words_in
from checks.extract.temperatures import is_difference
from checks.figures import (
    QUALIFIERS,
    Context,
    Figure,
    FigureError,
    is_bare_number,
    parse_figure,
    rate_of,
)
from checks.quote_check import SUPERMAJORITY, majority_not_reached
from checks.quotes import AMBIGUOUS_UNITS, bounds_in_words, figures_in
from checks.units import AMBIGUOUS

MIN_QUOTE_WORDS = 4
MAX_QUOTE_WORDS = 14
_RUPEE = re.compile(r"(?:\bRs\.?|\brupees?\b|₨)", re.IGNORECASE)
_RUPEE_COUNTRIES = (
    (
        "PKR",
        re.compile(
            r"\b(?:Pakistan\w*|Karachi|Lahore|Islamabad|Rawalpindi|Peshawar|Quetta|Multan|"
            r"Faisalabad|Sindh\w*|Balochistan|Khyber Pakhtunkhwa)\b"
        ),
    ),
    ("LKR", re.compile(r"\b(?:Sri Lanka\w*|Colombo)\b")),
    ("NPR", re.compile(r"\b(?:Nepal\w*|Kathmandu)\b")),
    ("INR", re.compile(r"\b(?:India\w*|Delhi|Mumbai|Bengaluru|Kolkata|Chennai)\b")),
)


class DraftClaim(msgspec.Struct, frozen=True):
    """One claim record of the draft."""

    claim_id: str
    key: str
    """``value`` or ``date``."""
    written: str
    quote: str | None
    found: Found
    note: str | None = None


class Draft(msgspec.Struct, frozen=True):
    """Everything the YAML draft holds."""

    article: Article
    published: dt.date
    claims: list[DraftClaim]
    suggestions: list[Suggestion]
    currencies: dict[str, str] = msgspec.field(default_factory=dict)
    currency_reason: str | None = None


def rupee_setting(text: str) -> tuple[dict[str, str], str | None]:
    """``settings.currencies`` for ``Rs``/``rupees`` if the text uses them, and why."""
    if not _RUPEE.search(text):
        return {}, None
    counts = {code: len(pattern.findall(text)) for code, pattern in _RUPEE_COUNTRIES}
    code = max(counts, key=lambda c: (counts[c], c == "INR"))
    reason = (
        f"Rs read as {code}: the text names {code[:2]}-related places most"
        if counts[code]
        else "Rs read as INR: the text names no place that says which rupee (lakh and crore "
        "are written in Pakistan too); check it"
    )
    return {"Rs": code, "Rs.": code, "rupees": code, "rupee": code, "₨": code}, reason


def build_draft(article: Article, published: dt.date | None = None) -> Draft:
    """Find every figure of ``article`` and the checks its words imply."""
    day = published or article.published
    if day is None:
        raise ArticleError(
            f"no publication date found in {article.name} (looked for a full date such as "
            "'September 5, 2018' in the byline, or HTML meta tags); pass --published YYYY-MM-DD"
        )
    currencies, currency_reason = rupee_setting(article.text)
    context = Context.of(currencies)
    found = [
        in_its_year(article.text, item, day, context)
        for item in find_figures(article.text, context, day)
    ]
    suggestions = suggest(article.text, found, day, article.body_start)
    partner_of = {s.operands[1]: s.operands[0] for s in suggestions if s.kind == "same"}
    nouns = _nouns_of_changes(found, suggestions)
    used: set[str] = set()
    claims: list[DraftClaim] = []
    ids: dict[int, str] = {}
    spans = [f.span for f in found]
    for index, item in enumerate(found):
        text = article.text
        header = item.start < article.body_start and item.figure.is_date
        line = text[text.rfind("\n", 0, item.start) + 1 : item.start].lower()
        if header and "update" in line:
            claim_id = make_id(["last", "update"], "date", used)
        elif header and item.figure.strict.lo == day.toordinal():
            claim_id = make_id(["published", "date"], "date", used)
        elif index in partner_of and partner_of[index] in ids:
            suffix = _unit_suffix(text, item, found[partner_of[index]])
            claim_id = make_id([ids[partner_of[index]]], "figure", used, suffix)
        else:
            clause = clause_around(item.sentence, item.span, [f.span for f in found])
            sentence = (item.sentence.start, item.sentence.end)
            near = nearby_words(text, item.span, [clause, sentence], figures=spans)
            first_two = [w for _, w in sorted((text.find(w), w) for w in near[:2])]
            words = sorted(near[:2], key=lambda w: first_two.index(w)) + near[2:]
            fallback = "date" if item.figure.is_date else (item.figure.counted or "figure")
            claim_id = make_id(words, fallback.split()[0], used)
        ids[index] = claim_id
        note = None
        quote: str | None = _quote(text, item, found, context, day, item.figure)
        if quote is None and item.meaning is None and not _reads_back(text, item, context, day):
            note = (
                f"the quote check would read “{item_text(text, item)}” otherwise than "
                f"{item.figure.text}, so the quote is left out"
            )  # "12 1/2 years" is read as 12 and 1/2 years
        else:
            quote = quote or item_text(text, item)
        written = item.figure.text
        carried = (
            _qualifier_carried(text, found[partner_of[index]], item, context)
            if index in partner_of
            else None
        )
        if carried is not None:  # "about 40 km (25 miles)": the quote shows the "about"
            restated = _quote(text, item, found, context, day, parse_figure(carried, context))
            written, quote = carried, _from(
                text, found[partner_of[index]], restated or quote or item_text(text, item)
            )
        if index in nouns:
            written = f"{written} {nouns[index]}"
            note = f"“{nouns[index]}” taken from the figure it changes from or to"
        if item.start < article.body_start:
            note = "in the byline or page header"
        unit = re.split(r"[\s-]", written)[-1]
        unit = unit if unit == "kt" else unit.lower()
        if unit in AMBIGUOUS_UNITS and unit in AMBIGUOUS:  # "40 kt", "2 million tons"
            note = (
                f"“{unit}” is {AMBIGUOUS[unit]} (the run reports an error until the value"
                " says which)"
            )
        written = _a_majority_won(text, item) or written
        if item.meaning_text is not None:
            reason = f"{item.meaning_reason}; " if item.meaning_reason else ""
            if item.meaning_quoted:
                reason = item.meaning_reason or "an age"
            # the quote check reads "3°C" in a quote as the difference `3 Δ°C` states
            restated = (
                _quote(text, item, found, context, day, item.stated)
                if is_difference(item.stated)
                else quote
                if item.meaning_quoted
                else None
            )
            if item.meaning_quoted:  # "Daniel Hughes, 34,": the quote check reads the age
                restated = _with_name(text, item, quote or item_text(text, item))
                note = f"{reason}, drafted as one; delete it if no check needs it"
            elif restated is not None:
                note = (
                    f"{reason}written as {item.meaning_text}: a difference converts without "
                    "the 32° offset of a reading"
                )
            else:
                note = (
                    f"{reason}the text says “{quote}”; the value grammar would read "
                    f"“{item.figure.text}”, so the quote is left out (the quote check reads "
                    "words literally)"
                )
            written, quote = item.meaning_text, restated
        claims.append(
            DraftClaim(
                claim_id, "date" if item.figure.is_date else "value", written, quote, item, note
            )
        )
    return Draft(article, day, claims, suggestions, currencies, currency_reason)


def _reads_back(text: str, item: Found, context: Context, published: dt.date) -> bool:
    """Whether the figure's own words, quoted, state it as the quote check reads them.

    A figure the extractor mends ("12 1/2 years" as `12-1/2 years`) is read back by the
    quote check as written (12, and 1/2 years): quoted, a correct draft failed.
    """
    written = item_text(text, item)
    return any(_same(item.figure, f) for f in _states(written, context, published))


def _qualifier_carried(text: str, first: Found, second: Found, context: Context) -> str | None:
    """The conversion in brackets with the qualifier of the figure before them, or ``None``.

    "About 40 km (25 miles)", "up to 300 km (190 miles)": the qualifier governs both, as
    the quote check reads them; a plain `25 miles` fails its own quote. A reading after
    "about" is written as it stands ("about 370C (698F)": about of a temperature is no
    band of it), and so is a bracket that has a qualifier or a noun of its own.
    """
    a, b = first.stated, second.stated
    if (
        a.qualifier is None or b.qualifier is not None or b.counted is not None or b.is_range
        or not re.fullmatch(r"\s*\(\s*", text[first.end : second.start])
        or not re.match(r"\s*\)", text[second.end : second.end + 3])
        or (b.absolute_temperature and QUALIFIERS.get(a.qualifier.lower()) == "about")
        or second.meaning is not None
    ):  # fmt: skip
        return None
    written = f"{a.qualifier} {b.text}"
    try:
        parse_figure(written, context)
    except FigureError:
        return None
    return written


def _from(text: str, first: Found, quote: str) -> str:
    """``quote`` widened back to start at ``first`` if it starts after it."""
    at = text.find(quote, first.sentence.start, first.sentence.end)
    return text[first.start : at + len(quote)] if at > first.start else quote


def _a_majority_won(text: str, item: Found) -> str | None:
    """"A two-thirds majority" when the figure is one the text says was won, else ``None``.

    The value grammar reads "a two-thirds majority" as at least two-thirds, as the quote
    check does; "the bill needs a two-thirds majority" (or "failed to win", "short of")
    names the threshold, two-thirds, and no share that reached it.
    """
    sentence = text[item.sentence.start : item.sentence.end]
    for match in SUPERMAJORITY.finditer(sentence):
        start = item.sentence.start + match.start()
        if start <= item.start < item.sentence.start + match.end():
            if match.group(0)[:2].lower() not in ("a ", "an") or majority_not_reached(
                sentence, match.start()
            ):
                return None
            return " ".join(match.group(0).split())
    return None


def _with_name(text: str, item: Found, quote: str) -> str:
    """The quote of an age widened back to the name it follows ("Daniel Hughes, 34, of")."""
    at = text.find(quote, item.sentence.start, item.sentence.end)
    if at != item.start:
        return quote
    name = re.search(
        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s*$", text[item.sentence.start : item.start]
    )
    if name is None:
        return quote
    return text[item.sentence.start + name.start() : item.start] + quote


def _nouns_of_changes(found: list[Found], suggestions: list[Suggestion]) -> dict[int, str]:
    """The noun a bare end of a change takes from the other end: 9 cooling centres.

    "Opened 14 cooling centres, up from 9": the 9 counts what the 14 counts. A bare 9 is
    8.5 to 9.5, and a change from it to 14 anything from 47% to 65%: the draft would
    hide a misstated rise. A rate written once is both ends': "fell to 1.26 deaths per 100
    million vehicle miles, down from 1.13" was drafted `1.13 deaths`, a count, against
    which a rate compares as nonsense (and a check on the fall passed when 1.13 < 1.26).
    """
    nouns: dict[int, str] = {}
    for suggestion in suggestions:
        if suggestion.kind not in {"change", "direction"}:
            continue
        start, end = suggestion.operands[0], suggestion.operands[1]
        for bare, counted in ((start, end), (end, start)):
            noun = found[counted].figure.counted
            bare_number = is_bare_number(found[bare].figure) and found[bare].meaning is None
            if noun and bare_number:
                nouns[bare] = noun
            rate = rate_of(found[counted].figure, found[bare].figure)
            if rate and found[bare].figure.dimension:
                nouns[bare] = rate  # "rose to $1,650 a month from $1,550": $1,550 a month
            elif rate and noun and bare_number:
                nouns[bare] = f"{noun} {rate}"  # "1.26 deaths per 100 million miles, from 1.13"
    return nouns


def _unit_suffix(text: str, item: Found, partner: Found) -> str:
    """The id's last word for a figure converted from ``partner``: its currency or unit.

    "£31 a month, or £327 a year" is one currency: the unit word (``year``) tells them apart.
    """
    currencies = [
        [name for name, _ in f.figure.dimension if name.startswith("[currency_")]
        for f in (item, partner)
    ]
    letters = re.findall(r"[A-Za-z]+", item_text(text, item))
    if currencies[0] and (currencies[0] != currencies[1] or not letters):
        return currencies[0][0][len("[currency_") : -1].lower()
    return letters[-1].lower() if letters else "converted"


def _same(a: Figure, b: Figure) -> bool:
    """Whether the quote's figure ``b`` states the claim's ``a``, as the quote check reads it.

    A text writes a difference of degrees as a reading ("warmed by 3°C"): the quote check
    takes "3°C" in a quote for the difference `3 Δ°C`, so a draft may quote it.
    """
    x, y = a.strict, b.strict
    if a.dimension != b.dimension:
        return False
    if a.is_date and b.is_date and not re.search(r"\d{4}|'\d\d", b.text):
        return _day_of_year(a) == _day_of_year(b)  # "in October last year": any year's
    if b.absolute_temperature and not a.absolute_temperature:
        y = y.scaled(1.0, -b.display.offset)
    elif a.absolute_temperature != b.absolute_temperature:
        return False
    scale = max(abs(x.lo), abs(x.hi), abs(y.lo), abs(y.hi), 1.0)
    if scale == float("inf"):
        return x == y
    return abs(x.lo - y.lo) <= 1e-9 * scale and abs(x.hi - y.hi) <= 1e-9 * scale


def _day_of_year(figure: Figure) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and last day of a date as (month, day): how a yearless quote states it."""
    first = dt.date.fromordinal(int(figure.strict.lo))
    last = dt.date.fromordinal(int(figure.strict.hi))
    return (first.month, first.day), (last.month, last.day)


def _quote(
    text: str,
    item: Found,
    found: list[Found],
    context: Context,
    published: dt.date,
    figure: Figure,
) -> str | None:
    """The clause holding the figure, widened or narrowed to a readable length.

    The quote must state ``figure`` when read back by the quote check; if the chosen words
    read differently (a figure before it swallowing it), the quote starts at the figure.
    ``None`` when no words around it state ``figure``.
    """
    sentence = item.sentence
    protected = [f.span for f in found]
    start, end = clause_around(sentence, item.span, protected)
    for _ in range(6):
        if len(words_in(text, (start, end))) >= MIN_QUOTE_WORDS:
            break
        if end < sentence.end:
            end = clause_around(sentence, (end + 1, end + 1), protected)[1]
        elif start > sentence.start:
            start = clause_around(sentence, (start - 2, start - 2), protected)[0]
        else:
            break
    words = words_in(text, (start, end))
    if len(words) > MAX_QUOTE_WORDS:
        inside = [i for i, w in enumerate(words) if w[1] > item.start and w[0] < item.end]
        first, last = inside[0], inside[-1]
        while last - first + 1 < MAX_QUOTE_WORDS - 2:
            grew = False
            if first > 0 and (first > last - MAX_QUOTE_WORDS // 2 or last == len(words) - 1):
                first -= 1
                grew = True
            if last < len(words) - 1 and last - first + 1 < MAX_QUOTE_WORDS - 2:
                last += 1
                grew = True
            if not grew:
                break
        start, end = words[first][0], words[last][1]
    start, end = min(start, item.start), max(end, item.end)
    candidates = [(start, end), (item.start, end), (item.start, item.end)]
    for a, b in candidates:
        quote = text[a:b].strip().rstrip(",;:")
        if _closed(quote) and any(_same(figure, f) for f in _states(quote, context, published)):
            return quote
    return None


def _states(quote: str, context: Context, published: dt.date) -> list[Figure]:
    """The figures of a quote, also as the quote check reads them another way.

    A verb of surpassing or "or more" makes a bound ("climbs past 1,100"), as the quote
    check reads it.

    "Over 10 years" is also the period ``10 years`` and "8 cents to $5.37" also its two
    ends, as the quote check reads them: a drafted period ("$1.5 trillion over 10 years")
    or size of a change ("wheat gained 8 cents to $5.37") keeps its clause as its quote.
    """
    found = figures_in(quote, context, published)
    bounded = bounds_in_words(quote)
    if bounded != quote:  # "the toll climbs past 1,100" states more than 1,100
        found += figures_in(bounded, context, published)
    others: list[str] = []
    for figure in found:
        words = figure.text.split(None, 1)
        if (
            figure.qualifier is not None
            and figure.qualifier.lower() == "over"
            and figure.dimension == (("[time]", 1),)
            and len(words) == 2
        ):
            others.append(words[1])
        if figure.is_range and not figure.is_date and " to " in figure.text:
            others.extend(figure.text.split(" to ", 1))
    read: list[Figure] = []
    for other in others:
        try:
            read.append(parse_figure(other, context))
        except FigureError:
            continue
    return found + read


def _closed(quote: str) -> bool:
    """Whether the quote ends mid-bracket (``(559 miles`` would read oddly)."""
    return quote.count("(") <= quote.count(")") or not quote.rstrip().endswith(tuple("0123456789"))


__all__ = ["Draft", "DraftClaim", "build_draft", "rupee_setting"]
