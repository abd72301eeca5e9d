"""``--format html``: the fact-checker's review as one self-contained HTML file.

Rendered by a Jinja2 template shipped with the package (``templates/review.html.j2``),
with autoescaping on; CSS and charts (SVG) are inline, nothing is fetched, so the file
works offline, attached to a ticket, and prints on A4.
"""

from __future__ import annotations

import functools

import jinja2

from checks.reporters import RenderOptions, printable, register
from checks.reporters.review import RANK, SYMBOLS, WORDS, build
from checks.results import VERDICT_ORDER, RunResult


@functools.cache
def environment() -> jinja2.Environment:
    """The template environment: package templates, autoescape on, undefined is an error."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("checks.reporters", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_printable,
    )


def _printable(value: object) -> object:
    """Every value a template prints, with control characters as spaces (markup stays markup)."""
    if not isinstance(value, str):
        return value
    if hasattr(value, "__html__"):  # markup the report made itself (charts): keep it markup
        return type(value)(printable(value))
    return printable(value)


@register("html", "A self-contained HTML review: the article beside its figures and checks.")
def render_html(run: RunResult, options: RenderOptions) -> str:
    """The run as one HTML page."""
    template = environment().get_template("review.html.j2")
    return template.render(
        review=build(run, options),
        verdicts=VERDICT_ORDER,
        words=WORDS,
        symbols=SYMBOLS,
        rank=RANK,
    )
