"""The source document's text, and where a quote is in it.

``source.text`` is read only from inside the folder tree being checked: a report must
never show a file it should not. A claim's ``quote`` is found with whitespace, quote marks
and dashes folded; what it states is judged in :mod:`checks.quote_check`.
"""

from __future__ import annotations

import functools
import html.parser
from pathlib import Path
from typing import TYPE_CHECKING

from checks.loading import Location
from checks.quotes import (
    normalise,
)
from checks.records import ClaimFile

if TYPE_CHECKING:
    pass

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


__all__ = ["Location", "SourceTextError", "article_text", "quote_spans", "read_source_text"]
