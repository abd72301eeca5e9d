"""The one LALR parser for figures, dates and expressions, built lazily from ``grammar.lark``.

Its trees are the harness's own (:class:`Branch` and :class:`Leaf`), not lark's: a tree
depends only on a text's :func:`shape`, and the shapes earlier runs parsed are kept in
the per-user cache (:mod:`checks.usercache`), so that a run meeting only known shapes
never imports lark (a quarter of a one-file run).
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from collections.abc import Iterator
from importlib import resources
from typing import Any

import msgspec

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


class Leaf(msgspec.Struct, frozen=True, gc=False):
    """A token of a parse tree: its terminal, its text in the shape parsed, and its place."""

    type: str
    value: str
    start_pos: int
    end_pos: int


class Branch(msgspec.Struct, frozen=True, gc=False):
    """A node of a parse tree: the rule it matched (``data``) and its children in order.

    Trees hold only text and numbers, never a cycle, so the collector need not track
    them (``gc=False``).
    """

    data: str
    children: tuple[Branch | Leaf, ...]


def nodes(tree: Branch) -> Iterator[Branch | Leaf]:
    """Every node of ``tree``, parents before their children, left to right.

    The order of lark's ``iter_subtrees_topdown`` and ``scan_values``; without recursion.
    """
    stack: list[Branch | Leaf] = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, Branch):
            stack.extend(reversed(node.children))


def leaves(tree: Branch) -> Iterator[Leaf]:
    """Every token under ``tree``, left to right."""
    return (node for node in nodes(tree) if isinstance(node, Leaf))


def branches(tree: Branch) -> Iterator[Branch]:
    """Every rule's node of ``tree``, parents before their children."""
    return (node for node in nodes(tree) if isinstance(node, Branch))


def _own_tree(tree: Any) -> Branch:
    """A tree of lark's as a :class:`Branch` (without recursion: expressions can nest deep)."""
    built: dict[int, Branch] = {}
    stack: list[tuple[Any, bool]] = [(tree, False)]
    while stack:
        node, children_done = stack.pop()
        if not children_done:
            stack.append((node, True))
            stack.extend((c, False) for c in node.children if hasattr(c, "children"))
            continue
        children = tuple(
            built.pop(id(c))
            if hasattr(c, "children")
            else Leaf(str(c.type), str(c), c.start_pos, c.end_pos)
            for c in node.children
        )
        built[id(node)] = Branch(str(node.data), children)
    return built[id(tree)]


def depth(tree: Branch) -> int:
    """How many levels a tree has (a lone node has one), counted without recursion."""
    deepest = 0
    stack: list[tuple[Branch | Leaf, int]] = [(tree, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(node, Branch):
            stack.extend((child, level + 1) for child in node.children)
    return deepest


MAX_REMEMBERED_DEPTH = 100
"""Deeper trees (expressions of a hundred terms) are not remembered: the memory's file is
written and read by recursion, which such a tree would take too close to Python's limit."""

REMEMBERED: dict[tuple[str, str], str] = {}
"""Trees of the shapes earlier runs parsed, by start rule and shape, loaded from the
per-user cache (:mod:`checks.usercache`): a run meeting only these never imports lark.
Kept as the text :func:`tree_to_text` wrote, and read (and checked) only when a run
meets the shape: a memory holds thousands, a run meets a few dozen."""
LEARNED: dict[tuple[str, str], Branch] = {}
"""Shapes this process parsed with lark, to be remembered for later runs."""


@functools.lru_cache(maxsize=8_192)
def parse_shape(text_shape: str, start: str) -> Branch:
    """Parse a text already written as its :func:`shape` (one tree per shape, shared).

    Raises ``lark.exceptions.LarkError`` when it does not parse (failures are not
    remembered: they are rare, and their messages need lark's account of them).
    """
    key = (start, text_shape)
    text = REMEMBERED.get(key)
    if text is not None:
        try:
            return tree_from_text(text, text_shape)
        except (ValueError, TypeError, RecursionError):
            pass  # not a tree of this shape: parse it, and remember the right one
    tree = _own_tree(parser().parse(text_shape, start=start))
    if depth(tree) <= MAX_REMEMBERED_DEPTH:
        LEARNED[key] = tree
    return tree


def tree_to_data(tree: Branch | Leaf) -> Any:
    """A tree as JSON data: ``[rule, [children]]`` or ``[terminal, text, start, end]``."""
    if isinstance(tree, Leaf):
        return [tree.type, tree.value, tree.start_pos, tree.end_pos]
    return [tree.data, [tree_to_data(child) for child in tree.children]]


def tree_from_data(data: Any, text_shape: str) -> Branch:
    """The tree of ``text_shape`` :func:`tree_to_data` wrote; ``ValueError`` for anything else.

    Every token must be the characters of ``text_shape`` it says it is (the memory's file
    is also checked whole, against its digest, when it is read).
    """
    if not (
        isinstance(data, list)
        and len(data) == 2
        and isinstance(data[0], str)
        and isinstance(data[1], list)
    ):
        raise ValueError("not a parse tree")
    children: list[Branch | Leaf] = []
    for child in data[1]:
        if isinstance(child, list) and len(child) == 4:
            terminal, value, start, end = child
            if not (
                isinstance(terminal, str)
                and isinstance(value, str)
                and type(start) is int
                and type(end) is int
                and 0 <= start <= end
                and text_shape[start:end] == value
            ):
                raise ValueError("not a token of this shape")
            children.append(Leaf(terminal, value, start, end))
        else:
            children.append(tree_from_data(child, text_shape))
    return Branch(data[0], tuple(children))


def tree_to_text(tree: Branch) -> str:
    """A tree as compact JSON text (how the memory keeps it)."""
    return json.dumps(tree_to_data(tree), separators=(",", ":"))


def tree_from_text(text: str, text_shape: str) -> Branch:
    """The tree of ``text_shape`` :func:`tree_to_text` wrote; ``ValueError`` for anything else."""
    return tree_from_data(json.loads(text), text_shape)


def parse(text: str, start: str) -> Branch:
    """Parse ``text`` from the start rule ``start``; raises ``lark.exceptions.LarkError``.

    The tree is shared between texts of one :func:`shape` and must not be modified; read
    a token's own characters with :func:`token_text` (``text[token.start_pos:end_pos]``).
    """
    return parse_shape(shape(text), start)


def token_text(text: str, token: Any) -> str:
    """The characters of ``token`` in the original ``text`` (the tree holds its shape)."""
    return text[token.start_pos : token.end_pos]
