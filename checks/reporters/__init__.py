"""Report formats: one module each, registered by name with :func:`register`.

A reporter receives finished results (:class:`checks.results.RunResult`) and returns
text; it knows nothing about YAML, figures or kinds. Adding a format means one module
here and one line in :data:`FORMATS`. A run imports only the format it writes (the HTML
report's template engine is not loaded for a CI run).
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Callable

import msgspec

from checks.results import RunResult

FORMATS: dict[str, str] = {
    "text": "text", "json": "json", "junit": "junit", "sarif": "sarif", "github": "github",
    "gitlab": "gitlab", "markdown": "markdown", "html": "html_report", "review-md": "review_md",
    "claimreview": "claimreview",
}  # fmt: skip
"""Format name → module of this package that registers it."""
REPORTER_MODULES = tuple(FORMATS.values())


def counted(n: int, word: str) -> str:
    """``1 check``, ``2 checks``, ``54,000 checks``: a count as every report writes it."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def tallied(counts: dict[str, int]) -> str:
    """``428 mismatch, 1 rounding``: verdict counts in a summary line."""
    return ", ".join(f"{n:,} {verdict}" for verdict, n in counts.items())


_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    """``text`` with control characters as spaces (tabs and line breaks kept).

    A claim file's words reach terminals, pull-request comments and review pages: an
    escape sequence, a NUL, a Unicode line separator or a bidirectional override (which
    makes text read in an order other than the one it is stored in) would garble,
    split or disguise what a reader sees. JUnit also removes what XML cannot hold.
    """
    return _CONTROL.sub(" ", text)


class RenderOptions(msgspec.Struct, frozen=True):
    """What the user asked of the output."""

    color: bool = False
    verbose: bool = False
    review_author: str = "claim-checks"
    review_url: str | None = None
    """Where the published review lives (ClaimReview ``url``, as search engines require)."""
    """Who the review reports name as the reviewer (ClaimReview ``author``)."""
    today: dt.date | None = None
    """The run's date (``--today``), shown in reviews; the real date when ``None``."""


Render = Callable[[RunResult, RenderOptions], str]


class Reporter(msgspec.Struct, frozen=True):
    """A registered output format."""

    name: str
    render: Render
    summary: str


REGISTRY: dict[str, Reporter] = {}


def register(name: str, summary: str) -> Callable[[Render], Render]:
    """Register a render function as the output format ``name``."""

    def decorate(render: Render) -> Render:
        REGISTRY[name] = Reporter(name, render, summary)
        return render

    return decorate


def load_reporter(name: str) -> Reporter:
    """Import the module of one format and return its reporter."""
    if name not in REGISTRY:
        importlib.import_module(f"checks.reporters.{FORMATS[name]}")
    return REGISTRY[name]


def load_reporters() -> dict[str, Reporter]:
    """Import every built-in format module (each registers itself) and return the registry."""
    for module in REPORTER_MODULES:
        importlib.import_module(f"checks.reporters.{module}")
    return REGISTRY
