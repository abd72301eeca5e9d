"""The source document's text, and ``quote`` checks against it.

A claim's ``quote`` must occur in the text (whitespace, quote marks and dashes folded)
and the figure in the quote must be the claim's value. ``source.text`` is read only from
inside the folder tree being checked: a report must never show a file it should not.
"""

from __future__ import annotations

import datetime as dt
import functools
import html.parser
import math
import re
from pathlib import Path

from msgspec.structs import replace

from checks.figures import (
    POINT_NOUNS,
    QUALIFIERS,
    Context,
    Figure,
    FigureError,
    is_bare_number,
    is_multiplier,
    parse_figure,
    time_of_a_rate,
)
from checks.intervals import Interval
from checks.kinds import Scope, describe_interval
from checks.loading import Document, Location
from checks.quotes import figures_in, normalise
from checks.records import ClaimFile
from checks.results import CheckResult, Operand, Verdict

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_TEXT_BYTES = 20_000_000


class SourceTextError(Exception):
    """The source text cannot be used (missing, outside the tree, not text)."""


class _TextExtractor(html.parser.HTMLParser):
    """The visible text of an HTML page (scripts, styles and navigation dropped)."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "noscript", "template"})
    BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "article",
            "section",
            "blockquote",
            "figcaption",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def read_source_text(claim_file: Path, reference: str, root: Path) -> str:
    """Read ``source.text`` relative to the claim file, refusing paths outside ``root``."""
    target = (claim_file.parent / reference).resolve()
    boundary = root.resolve()
    if not target.is_relative_to(boundary):
        raise SourceTextError(
            f"source.text {reference!r} is outside the folder being checked ({root}); "
            "keep the text beside the claim files"
        )
    if target.suffix.lower() not in TEXT_SUFFIXES:
        raise SourceTextError(f"source.text {reference!r} must be a .txt, .md or .html file")
    if not target.is_file():
        raise SourceTextError(f"source.text {reference!r} does not exist (looked for {target})")
    stat = target.stat()
    if stat.st_size > MAX_TEXT_BYTES:
        raise SourceTextError(f"source.text {reference!r} is larger than {MAX_TEXT_BYTES:,} bytes")
    try:
        return _read_text(target, stat.st_mtime_ns, stat.st_size)
    except UnicodeDecodeError:
        raise SourceTextError(f"source.text {reference!r} is not UTF-8 text") from None


@functools.lru_cache(maxsize=32)
def _read_text(target: Path, mtime_ns: int, size: int) -> str:
    """The text of ``target`` (read once per version: quote checks and reports share it)."""
    text = target.read_bytes().decode("utf-8-sig")
    if target.suffix.lower() in {".html", ".htm"}:
        text = article_from_html(text)
    return text


def article_from_html(page: str) -> str:
    """The article text of an HTML page, extracted by trafilatura (no network).

    Falls back to all visible text for fragments and pages trafilatura finds no article in.
    """
    import trafilatura

    extracted = trafilatura.extract(
        page, include_comments=False, include_tables=True, favor_recall=True
    )
    if extracted and extracted.strip():
        return str(extracted)
    extractor = _TextExtractor()
    extractor.feed(page)
    extractor.close()
    return "".join(extractor.parts)


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded as :func:`normalise` folds it, with each folded character's offset.

    A quote found in the folded text maps back to the original characters through them.
    """
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        pieces = " " if char.isspace() else normalise(char) or " "
        for piece in pieces:
            if piece.isspace():
                if not chars or chars[-1] == " ":
                    continue
                piece = " "
            chars.append(piece)
            origin.append(index)
    return "".join(chars), origin


def quote_spans(text: str, quote: str) -> tuple[tuple[int, int], ...]:
    """Every ``(start, end)`` of ``quote`` in ``text``, normalised as the quote check compares."""
    needle = normalise(quote)
    if not needle:
        return ()
    folded, origin = _folded(text)
    spans: list[tuple[int, int]] = []
    start = folded.find(needle)
    while start != -1:
        spans.append((origin[start], origin[start + len(needle) - 1] + 1))
        start = folded.find(needle, start + len(needle))
    return tuple(spans)


def article_text(model: ClaimFile, path: Path, root: Path | None = None) -> str | None:
    """The source text for reports; ``None`` if absent or unreadable (quote results say why)."""
    if model.source.text is None:
        return None
    try:
        return read_source_text(path, model.source.text, root or path.parent)
    except (SourceTextError, OSError):
        return None


_RANGE_JOINS = re.compile(r"(?<!\bup)(?<!\bclose)\s(?:to|and)\s|[–—]|(?<=\d)-(?=\d)")
"""Words and dashes that join a range: "from 150 to 210" also states 150 and 210 ("up to
155 mph" and "close to 300" are qualifiers: they do not state 155 mph or 300)."""


def _same_amount(
    figure: Figure, found: list[Figure], quote: str, listed: str, kind: str, precision: bool
) -> tuple[Verdict, str]:
    """The verdict and message for a quote whose figures are not the record's.

    "$1.2bn" in the text and `$1,200 million` in the record are one amount: the quote does
    state it, so the record is not wrong, but it claims a precision the text does not
    (1,199.5–1,200.5 against 1,150–1,250 million), and every other check judges that
    precision. That is `rounding` (the two agree once the rounding is allowed for), with
    what each stands for. Only the same number of the same kind qualifies: written in the
    same unit, both or neither a range, a percentage or points alike, the same thing
    counted. A qualifier the record drops or adds changes what is claimed ("more than 40
    people" is not 40): a `mismatch`, as is any other amount. A record with `precision:`
    says itself what its figure stands for: the same amount is `consistent`.
    """
    stated = f"the quote {quote!r} states {listed or 'no figure'}"
    alike = [c for c in found if _same_kind_and_number(figure, c)]
    exact = [c for c in alike if _qualifier_kind(c) == _qualifier_kind(figure)]
    if exact:
        if precision:
            return Verdict.CONSISTENT, ""
        candidate = exact[0]
        finer = figure.strict.width < candidate.strict.width
        fall = candidate.nominal < 0 and not candidate.text.lstrip().startswith(("-", "−"))
        return Verdict.ROUNDING, (
            f"the quote {quote!r} states {candidate.text}{' as a fall' if fall else ''}: the"
            f" value's amount, but written {'less' if finer else 'more'} precisely than"
            f" {figure.text} ({candidate.text} stands for {_stands_for(candidate)},"
            f" {figure.text} for {_stands_for(figure)});"
            " other checks judge the value's precision: copy the text's figure into `value`,"
            " or set `precision:`"
        )
    if alike:
        candidate = alike[0]
        change = (
            "with another qualifier" if figure.qualifier and candidate.qualifier
            else "without the text's qualifier" if candidate.qualifier
            else "with a qualifier the text does not have"
        )  # fmt: skip
        return Verdict.MISMATCH, (
            f"{stated}, but the {kind} is {figure.text} (the same number {change}:"
            f" {candidate.text} stands for {_stands_for(candidate)})"
        )
    return Verdict.MISMATCH, f"{stated}, but the {kind} is {figure.text}"


def _same_kind_and_number(record: Figure, stated: Figure) -> bool:
    """Whether ``stated`` is ``record``'s number, of its kind, written to another precision."""
    if record.is_date or stated.is_date or record.dimension != stated.dimension:
        return False
    if record.is_range != stated.is_range or record.flavour != stated.flavour:
        return False
    if (record.display.factor, record.display.offset) != (
        stated.display.factor,
        stated.display.offset,
    ) or record.absolute_temperature != stated.absolute_temperature:
        return False  # "68F" is 20°C, but not written in the record's unit
    if is_multiplier(record.counted) != is_multiplier(stated.counted):
        return False
    if record.counted and stated.counted and _noun(record.counted) != _noun(stated.counted):
        return False  # "1,200 homes" is not `1,200 people`
    return abs(stated.nominal - record.nominal) <= 1e-9 * max(abs(record.nominal), 1.0)


def _noun(counted: str) -> str:
    """The first word of what is counted, singular: "people marched" → "people"."""
    word = counted.split(" ", 1)[0].lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _qualifier_kind(figure: Figure) -> str | None:
    """What a qualifier means: "over", "above" and "more than" are one ("above")."""
    if figure.qualifier is None:
        return None
    return QUALIFIERS.get(figure.qualifier.lower(), figure.qualifier.lower())


def _stands_for(figure: Figure) -> str:
    """What a figure's strict reading covers, for a message: "$1.15–1.25 bn"."""
    interval = figure.strict
    described = describe_interval(interval, figure.display)
    if math.isinf(interval.lo) or math.isinf(interval.hi):
        return described
    if described == figure.text or figure.display.format(
        interval.lo, 7
    ) == figure.display.format(interval.hi, 7):
        return "exactly that many" if interval.whole else "itself, to its last digit"
    return described


def _states_the_count(bare: Interval, count: Interval) -> bool:
    """Whether a bare number's interval covers the whole numbers a count's does.

    "About 15 were killed" (13.5–16.5) states `about 15 people` (14–16); "fewer than 5
    were hurt" states `fewer than 5 people` (0–4: a count is never negative); "half a
    million of them" (495,000–505,000) is not `500,000 handsets`.
    """
    lo, hi = bare.lo, bare.hi
    if not math.isinf(lo):
        lo = math.floor(lo) + 1 if bare.lo_open and lo == math.floor(lo) else math.ceil(lo)
    if not math.isinf(hi):
        hi = math.ceil(hi) - 1 if bare.hi_open and hi == math.ceil(hi) else math.floor(hi)
    if count.lo >= 0:
        lo = max(lo, 0)
    return (lo, hi) == (count.lo, count.hi)


def _during(found: list[Figure], context: Context) -> list[Figure]:
    """"Over five years" in a sentence is mostly "during five years": read it both ways."""
    plain: list[Figure] = []
    for figure in found:
        if figure.qualifier and figure.qualifier.lower() == "over" and figure.dimension == (
            ("[time]", 1),
        ):
            try:
                plain.append(parse_figure(figure.text.split(None, 1)[1], context))
            except FigureError:
                continue
    return plain


_VERB_UP_TO = re.compile(
    r"(?i)\b(went|gone|rose|risen|rises?|rising|climb(?:ed|s|ing)?"
    r"|jump(?:ed|s|ing)?|shot|soar(?:ed|s|ing)?|crept|edged?|edges|tick(?:ed|s)?|moved"
    r"|grew|grown|increased|surged|spiked|revised|raised|brought|ramped|bumped|pushed"
    r"|added)\s+up\s+to\b"
)
""""Unemployment went up to 5.2%": "up to" after a verb of movement is no qualifier, so
the quote is read a second time without "up" (the first reading, "up to 5.2%", stays)."""

_FALL_WORDS = re.compile(
    r"(?i)\b(?:fell|fall(?:s|en|ing)?|down|drop(?:s|ped|ping)?|declin(?:e|ed|es|ing)"
    r"|decreas(?:e|ed|es|ing)|lower(?:ed)?|cut(?:s|ting)?|shr[ai]nk|shrunk|slump(?:ed|s)?"
    r"|lost|los(?:e|es|ing)|slid(?:e|es)?|plung(?:e|ed|es)|tumbl(?:e|ed|es)|reduc(?:e|ed|es)"
    r"|contract(?:ed|s)?|sank|sunk|dipp(?:ed)?|dips?|minus|negative|less|shed(?:s|ding)?"
    r"|loss(?:es)?)\b"
)
"""Words that state a fall: "consumption had fallen 14%" states the record's `-14%`."""


def _before_of(figure: Figure, context: Context) -> Figure | None:
    """"5 mg per litre of lead", "300 tonnes of rice": the measure without what it is of.

    Only after a unit, a currency or a counted noun: "a quarter of a million" is no
    quarter.
    """
    head, of, _ = figure.text.rpartition(" of ")
    if not of or figure.is_date:
        return None
    try:
        cut = parse_figure(head, context)
    except FigureError:
        return None
    return cut if (cut.dimension or cut.counted) and not cut.flavour and not cut.is_date else None


def _stated_as_a_fall(figure: Figure, quote: str) -> bool:
    """Whether the quote says the figure fell by itself.

    "Fallen 14%", "down 6 points", "fell by 300", "shed 2,300 jobs", "a fall of 7.1%", "a
    7.1% fall"; not "fell to $2 billion" (a level).
    """
    if figure.nominal <= 0 or figure.is_date:
        return False
    at = quote.find(figure.text)
    if at < 0:
        return False
    before = quote[:at].split()[-2:]
    after = quote[at + len(figure.text) :].split()[:1]
    if after and _FALL_WORDS.fullmatch(after[0].strip(".,;:")) and after[0].lower() != "less":
        return True  # "a 7.1% fall"
    if len(before) == 2 and before[1].lower() == "of" and _FALL_WORDS.fullmatch(before[0]):
        return True  # "a fall of 7.1%"
    if not before:
        return False
    return before[-1].lower() == "by" or _FALL_WORDS.fullmatch(before[-1]) is not None


def _negated(figure: Figure) -> Figure:
    """The figure as a fall: what "fell 14%" states when the record writes `-14%`."""
    return replace(
        figure, strict=-figure.strict, lenient=-figure.lenient, nominal=-figure.nominal
    )


_RATIO_JOINS = re.compile(r"(?i)(?<=\w)\s+(?:in|out of)\s+(?=\w)")
"""A quote read a second time with ratios split ("scored 3 in 5 games": 3, and 5 games), so
that a record of either number is found as well as a record of the share."""


_YEAR = re.compile(r"\d{4}|'\d\d")


def _same_day_of_year(a: Figure, b: Figure) -> bool:
    """A quote's date without a year ("on Dec. 28") states the record's day of any year.

    The quote takes its year from the publication date, but the record may carry the
    right one (28 December 2023 in a story of 3 January 2024).
    """
    def days(figure: Figure) -> tuple[tuple[int, int], tuple[int, int]]:
        first = dt.date.fromordinal(int(figure.strict.lo))
        last = dt.date.fromordinal(int(figure.strict.hi))
        return (first.month, first.day), (last.month, last.day)

    return days(a) == days(b)


def _same_figure(a: Figure, b: Figure) -> bool:
    """Whether the quote's figure ``b`` states the record's figure ``a``.

    "Of those, 18,200 are in Dadu" states `18,200 people` without the noun: a bare number
    in the quote matches a count of the same number written as precisely. "She is 53"
    states `53 years` without the unit: a bare number matches a figure written as that
    number of its unit (without a scale word: "300" does not state "$300 million").
    "Four points" states `4 percentage points`, and "1.6C" a difference of `1.6 Δ°C`.
    """
    if a.is_date and b.is_date and not _YEAR.search(b.text):
        return _same_day_of_year(a, b)
    bare = is_bare_number(b)
    if a.counted is not None and bare:
        # the whole numbers "about 15" covers are those of `about 15 people`; "half a
        # million of them" covers more than `500,000 handsets`
        return _states_the_count(b.strict, a.strict)
    if bare and a.dimension and not a.is_date and not a.display.scale_word:
        written = (a.nominal - a.display.offset) / a.display.factor / a.display.scale
        return abs(written - b.nominal) <= 1e-9 * max(abs(written), 1.0)
    if a.flavour == "points" and b.counted in POINT_NOUNS:  # "a margin of four points"
        return abs(a.nominal / a.display.factor - b.nominal) <= 1e-9 * max(abs(b.nominal), 1.0)
    if a.dimension != b.dimension:
        return False
    x, y = a.strict, b.strict
    if b.absolute_temperature and not a.absolute_temperature:
        # "beaten by 1.6C (2.9F)": a text writes a difference of degrees as a reading
        y = y.scaled(1.0, -b.display.offset)
    elif a.absolute_temperature != b.absolute_temperature:
        return False
    scale = max(abs(x.lo), abs(x.hi), abs(y.lo), abs(y.hi), 1.0)
    if scale == float("inf"):
        return x == y
    return abs(x.lo - y.lo) <= 1e-9 * scale and abs(x.hi - y.hi) <= 1e-9 * scale


def _what_the_quote_states(
    quote: str, record: Figure, context: Context, published: dt.date | None
) -> tuple[list[Figure], list[Figure]]:
    """The figures a quote states, read every way a sentence states them.

    First the figures as read (and the quote's mismatch message lists them): the quote as
    written, with range joins split ("from 150 to 210" states 150 and 210), with ratios
    split ("3 in 5 games" states 3 and 5 games), and with "up" dropped after a verb of
    movement ("went up to 5.2%"). Then what they imply: "over five years" as a period,
    a measure without what it is of ("5 mg per litre" of lead), and, for a negative
    record, a figure the quote says fell ("fallen 14%").
    """
    found = figures_in(quote, context, published)
    found += figures_in(_RANGE_JOINS.sub(" ; ", quote), context, published)
    ratios = [f.text for f in found if _RATIO_JOINS.search(f.text)]
    parts: list[Figure] = []
    for figure in figures_in(_RATIO_JOINS.sub(" ; ", quote), context, published):
        # "one in eight households" is listed once, not again as "one" and "eight households"
        (parts if any(figure.text in ratio for ratio in ratios) else found).append(figure)
    if " up to " in quote:
        found += figures_in(_VERB_UP_TO.sub(r"\1 to", quote), context, published)
    implied = parts + _during(found, context)
    implied += [cut for cut in (_before_of(f, context) for f in found) if cut]
    if record.nominal < 0 and _FALL_WORDS.search(quote):
        implied += [_negated(f) for f in found if _stated_as_a_fall(f, quote)]
    if record.display.clock:  # "ran 3:45 for the mile": minutes and seconds, or hours
        for minutes, seconds in _TWO_PART_TIME.findall(quote):
            for reading in (f"0:{int(minutes):02d}:{seconds}", f"{minutes}:{seconds}:00"):
                try:
                    implied.append(parse_figure(reading, context))
                except FigureError:
                    pass
    if "per " in record.display.suffix and _is_money_rate(record):
        implied += _money_rates(found, quote, context)
    implied += _amounts_of_rates(found, context)
    if record.flavour == "percent":
        implied += [
            parse_figure(change, context)
            for word, change in _MULTIPLYING_VERBS.items()
            if re.search(rf"(?i)\b{word}\b", quote)
        ]
    return found, implied


def _amounts_of_rates(found: list[Figure], context: Context) -> list[Figure]:
    """"Sells 20,000 copies daily" states a rate and, as a record may write it, the count."""
    amounts: list[Figure] = []
    for figure in found:
        words = figure.text.split()
        rate = time_of_a_rate(words[1:])
        if rate is None:
            continue
        try:
            amounts.append(parse_figure(" ".join(words[: -rate[0]]), context))
        except FigureError:
            pass
    return amounts


def _is_money_rate(figure: Figure) -> bool:
    return any(name.startswith("[currency_") for name, _ in figure.dimension)


def _money_rates(found: list[Figure], quote: str, context: Context) -> list[Figure]:
    """"$250 million a year", "$685,000 daily": the rates a quote states in money.

    A value writes them `per year` (money then "a year" is refused there, so that a plain
    amount is never mistaken for a rate); a sentence writes them as it likes.
    """
    rates: list[Figure] = []
    for figure in found:
        if not _is_money_rate(figure) or "per " in figure.display.suffix:
            continue
        after = quote[quote.find(figure.text) + len(figure.text) :].split()[:2]
        said = [word.strip(".,;:)") for word in after]
        rate = time_of_a_rate(said[:1]) or time_of_a_rate(["amount", *said])
        if rate is None:
            continue
        try:
            rates.append(parse_figure(f"{figure.text} per {rate[1]}", context))
        except FigureError:
            pass
    return rates



_TWO_PART_TIME = re.compile(r"(?<![\d:.])(\d{1,3}):(\d\d)(?![\d:]|\.\d)")
"""``3:45``, which the value grammar refuses (minutes or hours?): a race time record written
``0:03:45`` or ``3:45:00`` finds it in the quote."""

_MULTIPLYING_VERBS = {"doubled": "100%", "tripled": "200%", "quadrupled": "300%", "halved": "-50%"}
"""Verbs that state a change in per cent: "prices doubled" states a rise of 100%."""


def quote_results(
    model: ClaimFile, document: Document, path: Path, scope: Scope, root: Path | None = None
) -> list[CheckResult]:
    """One ``quote`` result per claim with a quote, when the source text is available."""
    reference = model.source.text
    if reference is None:
        return []
    text_location = document.where(("source", "text"))
    assert text_location is not None
    try:
        text = read_source_text(path, reference, root or path.parent)
    except (SourceTextError, OSError) as exc:
        return [CheckResult("source-text", "quote", Verdict.ERROR, text_location, str(exc))]
    haystack = normalise(text)
    published_figure = scope.figures.get("source.published")
    published = dt.date.fromordinal(int(published_figure.strict.lo)) if published_figure else None
    results: list[CheckResult] = []
    for claim_id, claim in model.claims.items():
        if claim.quote is None:
            continue
        location = document.where(("claims", claim_id, "quote")) or text_location
        operands = (Operand(claim_id, claim.value or claim.date or "", claim.quote),)
        check_id = f"quote-{claim_id}"
        if normalise(claim.quote) not in haystack:
            results.append(
                CheckResult(
                    check_id,
                    "quote",
                    Verdict.MISMATCH,
                    location,
                    f"the quote is not in the source text ({reference}): {claim.quote!r}",
                    operands=operands,
                )
            )
            continue
        figure = scope.figures.get(claim_id)
        if figure is None:
            results.append(
                CheckResult(
                    check_id,
                    "quote",
                    Verdict.ERROR,
                    location,
                    f"claim {claim_id!r} could not be read",
                    operands=operands,
                )
            )
            continue
        if claim.value is not None and claim.precision is not None:
            # the text states the figure as written: `precision` says what it stands for
            try:
                figure = parse_figure(claim.value, scope.context)
            except FigureError:
                pass
        if claim.value is None and claim.date is None:
            results.append(
                CheckResult(check_id, "quote", Verdict.CONSISTENT, location, operands=operands)
            )
            continue
        found, implied = _what_the_quote_states(claim.quote, figure, scope.context, published)
        if any(_same_figure(figure, candidate) for candidate in (*found, *implied)):
            results.append(
                CheckResult(check_id, "quote", Verdict.CONSISTENT, location, operands=operands)
            )
            continue
        stated = list(dict.fromkeys(f.text for f in found))  # both readings find most twice
        listed = " and ".join([", ".join(stated[:-1]), stated[-1]] if len(stated) > 1 else stated)
        kind = "value" if claim.value is not None else "date"
        verdict, message = _same_amount(
            figure, [*found, *implied], claim.quote, listed, kind, claim.precision is not None
        )
        results.append(
            CheckResult(check_id, "quote", verdict, location, message, operands=operands)
        )
    return results


__all__ = ["Location", "article_text", "quote_results", "quote_spans", "read_source_text"]
