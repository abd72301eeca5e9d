"""The one LALR parser for figures, dates and expressions, built lazily from ``grammar.lark``."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any


@functools.cache
def parser() -> Any:
    """Build the parser once per process (lark caches nothing across processes by itself)."""
    from lark import Lark

    text = resources.files("checks").joinpath("grammar.lark").read_text(encoding="utf-8")
    return Lark(
        text,
        parser="lalr",
        lexer="contextual",
        start=["figure", "date", "expression"],
        maybe_placeholders=False,
        propagate_positions=False,
    )


def parse(text: str, start: str) -> Any:
    """Parse ``text`` from the start rule ``start``; raises ``lark.exceptions.LarkError``."""
    return parser().parse(text, start=start)
