"""The one LALR parser for figures, dates and expressions, built lazily from ``grammar.lark``."""

from __future__ import annotations

import functools
import hashlib
import sys
from importlib import resources
from typing import Any

LARK_MAY_IMPORT_REGEX = True
"""Whether lark, when this package first imports it, may import the ``regex`` package.

lark imports ``regex`` whenever it is installed (another dependency brings it), for
grammar features ours does not use (Unicode categories, ``Lark(regex=True)``); that
import is about 4% of a one-file run, and lark decides once per process whether it has
``regex``. The ``claim-checks`` command, which owns its process, turns this off
(:func:`checks.cli.console`); a program or a pytest session that imports the engine or
calls :func:`checks.cli.main` leaves it on, since a grammar of its own may need ``regex``.
"""


def import_lark() -> None:
    """Import lark now if it must be imported without ``regex`` (else leave it to the caller).

    Every module of this package that imports lark calls this first, so that whichever
    comes first decides.
    """
    if LARK_MAY_IMPORT_REGEX or "lark" in sys.modules or "regex" in sys.modules:
        return
    sys.modules["regex"] = None  # type: ignore[assignment]  # importing it now fails at once
    try:
        import lark  # noqa: F401 - lark's start-up check for regex finds it missing
    finally:
        del sys.modules["regex"]


def is_lark_error(exc: BaseException) -> bool:
    """Whether ``exc`` is one of lark's parse errors.

    Asked only once a parse has failed, so that reading a figure does not run an import
    statement for the exception class every time (a microsecond, a tenth of a figure).
    """
    import_lark()
    from lark.exceptions import LarkError

    return isinstance(exc, LarkError)


def allow_regex_for_lark(allowed: bool) -> None:
    """Set :data:`LARK_MAY_IMPORT_REGEX` (in worker processes started without a fork)."""
    global LARK_MAY_IMPORT_REGEX
    LARK_MAY_IMPORT_REGEX = allowed


def _table_cache(text: str) -> str | bool:
    """Where lark may keep its parse tables between runs (a third of a second saved).

    In the per-user folder of :mod:`checks.usercache`; ``False`` (no cache) without one.
    """
    import lark

    from checks.usercache import private_folder

    folder = private_folder()
    if folder is None:
        return False
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]
    return str(folder / f"grammar-{lark.__version__}-{digest}.lark-cache")


@functools.cache
def parser() -> Any:
    """Build the parser once per process, from lark's table cache when there is one."""
    import_lark()
    from lark import Lark

    text = resources.files("checks").joinpath("grammar.lark").read_text(encoding="utf-8")
    return Lark(
        text,
        parser="lalr",
        lexer="contextual",
        start=["figure", "date", "expression"],
        maybe_placeholders=False,
        propagate_positions=False,
        cache=_table_cache(text),
    )


def shape(text: str) -> str:
    """``text`` with every digit written as 9: texts of one shape lex and parse alike.

    No terminal of the grammar looks at the value of a digit, only at where digits are
    (four digits for a year, groups of three after a comma for a number), so the parse
    tree of ``7,061 households`` is that of ``4,941 households``; tokens keep their
    positions, and the same length means the same positions in the original text.

    Translated as UTF-8 bytes, seven times faster than ``str.translate``: ASCII digits are
    single bytes that never occur inside another character's encoding, so the text comes
    back the same but for its digits (lone surrogates pass through unchanged).
    """
    return (
        text.encode("utf-8", "surrogatepass")
        .translate(_DIGITS_TO_NINE)
        .decode("utf-8", "surrogatepass")
    )


_DIGITS_TO_NINE = bytes.maketrans(b"012345678", b"999999999")


@functools.lru_cache(maxsize=8_192)
def parse_shape(text_shape: str, start: str) -> Any:
    """Parse a text already written as its :func:`shape` (one tree per shape, shared)."""
    return parser().parse(text_shape, start=start)


def parse(text: str, start: str) -> Any:
    """Parse ``text`` from the start rule ``start``; raises ``lark.exceptions.LarkError``.

    The tree is shared between texts of one :func:`shape` and must not be modified; read
    a token's own characters with :func:`token_text` (``text[token.start_pos:end_pos]``).
    """
    return parse_shape(shape(text), start)


def token_text(text: str, token: Any) -> str:
    """The characters of ``token`` in the original ``text`` (the tree holds its shape)."""
    return text[token.start_pos : token.end_pos]
