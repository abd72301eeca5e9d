"""An article as the extractor reads it: its text, title, author and publication date.

Plain text and Markdown are read as they are; HTML is reduced to the article text by
:func:`checks.sources.article_from_html` (the same text a report shows), with title,
author and date from the page's meta tags. The publication date of a text comes from
the byline ("By Orkhan Jalilov September 5, 2018"); a "Last update" line is not one.
"""

from __future__ import annotations

import datetime as dt
import html.parser
import re
from pathlib import Path

import msgspec

from checks.dates import MONTHS
from checks.figures import Context
from checks.quotes import figures_in
from checks.sources import article_from_html

HTML_SUFFIXES = (".html", ".htm")
_BYLINE = re.compile(r"^\s*(?:by|written by)[:\s]+(?=\S)", re.IGNORECASE)
_NAME_JOINS = frozenset({"and", "de", "van", "von", "der", "al", "bin", "ibn", "da", "del", "&"})
_HEAD_LINES = 10
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+(?:,[^()\n]{0,40})?\s*\((?:Reuters|AP|AFP|Bloomberg|dpa|PTI|IANS|ANI|UPI)\)"
    r"\s*[-–—]"
)
""""OSLO (Reuters) - Temperatures plunged …" opens the story: no title comes after it."""


class ArticleError(ValueError):
    """The article cannot be drafted from (unreadable, or no publication date)."""


class Article(msgspec.Struct, frozen=True):
    """The article text and what its front matter says."""

    text: str
    name: str
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    body_start: int = 0
    """Offset where the body begins: dates before it (byline, "Last update") are not events."""
    path: Path | None = None


class _MetaReader(html.parser.HTMLParser):
    """Title, author and publication date from an HTML page's head."""

    DATE_KEYS = frozenset({
        "article:published_time", "datepublished", "date", "pubdate", "publishdate",
        "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "og:published_time",
        "publish-date", "parsely-pub-date",
    })  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.heading = ""
        self.times: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key and values.get("content"):
                self.meta.setdefault(key.lower(), values["content"].strip())
        elif tag == "time" and values.get("datetime"):
            self.times.append(values["datetime"])
        elif tag in {"title", "h1"}:
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "title" and not self.title:
            self.title += data.strip()
        elif self._in == "h1":
            self.heading += data.strip() if not self.heading else ""

    def published(self) -> dt.date | None:
        for key, value in self.meta.items():
            if key in self.DATE_KEYS:
                day = _iso_day(value)
                if day is not None:
                    return day
        for value in self.times:
            day = _iso_day(value)
            if day is not None:
                return day
        return None


def _iso_day(value: str) -> dt.date | None:
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def read_article(source: str, raw: bytes) -> Article:
    """The article in ``raw`` (the bytes of file ``source``, or ``-`` for standard input)."""
    try:
        page = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleError(f"{source} is not UTF-8 text") from None
    path = None if source == "-" else Path(source)
    is_html = (path is not None and path.suffix.lower() in HTML_SUFFIXES) or (
        path is None and re.match(r"\s*(<!doctype html|<html)", page, re.IGNORECASE) is not None
    )
    if not is_html:
        return _from_text(page, source, path)
    meta = _MetaReader()
    meta.feed(page)
    meta.close()
    text = article_from_html(page)
    article = _from_text(text, source, path)
    title = meta.meta.get("og:title") or meta.heading or meta.title or article.title
    author = meta.meta.get("author") or meta.meta.get("article:author") or article.author
    if author and author.startswith("http"):
        author = article.author
    return Article(
        text, source, title, author, meta.published() or article.published, article.body_start,
        path,
    )  # fmt: skip


def _lines(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
        if len(spans) >= _HEAD_LINES:
            break
    return spans


_DATELINE_WORDS = 12
"""A dateline ("March 12, 2024 | Updated 5:40 pm", "By Ana Ruiz, 12 March 2024") is short;
a longer first line with a date is the story's first sentence, whose figures are the story's."""


def _full_date(line: str) -> dt.date | None:
    """The first single day with a written year in ``line``."""
    for figure in figures_in(line, Context(), None):
        if not figure.is_date or not re.search(r"\d{4}", figure.text):
            continue
        if figure.strict.lo == figure.strict.hi:
            return dt.date.fromordinal(int(figure.strict.lo))
    return None


def _from_text(text: str, name: str, path: Path | None) -> Article:
    lines = _lines(text)
    line_texts = [text[a:b] for a, b in lines]
    byline = next((i for i, line in enumerate(line_texts) if _BYLINE.match(line)), None)
    order: list[int] = []
    if byline is not None:
        order += [i for i in (byline, byline + 1, byline - 1) if 0 <= i < len(lines)]
    order += [i for i in range(min(len(lines), 6)) if i not in order]
    published = None
    date_line = None
    for index in order:
        if re.search(r"\bupdated?\b", line_texts[index], re.IGNORECASE):
            continue
        published = _full_date(line_texts[index])
        if published is not None:
            date_line = index
            break
    title = _title(line_texts, byline)
    author = _author(line_texts[byline]) if byline is not None else None
    if date_line is not None and len(line_texts[date_line].split()) > _DATELINE_WORDS:
        date_line = None  # a sentence of the story that holds a date, not a dateline
    ends = [i for i in (byline, date_line) if i is not None]
    if ends:
        body_start = lines[max(ends)][1]
    elif title is not None:
        body_start = lines[line_texts.index(title if title in line_texts else line_texts[0])][1]
    else:
        body_start = 0
    return Article(text, name, title, author, published, body_start, path)


def _title(lines: list[str], byline: int | None) -> str | None:
    for line in lines:
        if line.lstrip().startswith("# "):
            return line.strip().lstrip("#").strip()
    candidates = [byline - 1] if byline else []
    candidates += list(range(len(lines)))
    for index in candidates:
        line = lines[index].strip()
        if _WIRE_DATELINE.match(line):
            return None  # the story begins: a title stands above it
        if not line or _BYLINE.match(line) or re.search(r"\bupdated?\b", line, re.IGNORECASE):
            continue
        if _full_date(line) is not None and len(line.split()) <= 6:
            continue
        return line.lstrip("#").strip()
    return None


def _author(line: str) -> str | None:
    words = _BYLINE.sub("", line).replace("|", " | ").split()
    kept: list[str] = []
    for word in words:
        bare = word.strip(",;")
        if bare.rstrip(".").lower() in MONTHS or not bare or bare[0].isdigit():
            break
        if not (bare[0].isupper() or bare.lower() in _NAME_JOINS):
            break
        kept.append(bare)
        if word.endswith((",", ";")):
            break
    while kept and kept[-1].lower() in _NAME_JOINS:
        kept.pop()
    return " ".join(kept) or None


__all__ = ["Article", "ArticleError", "read_article"]
