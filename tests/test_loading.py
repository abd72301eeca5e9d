"""Loading against a plain reference walk: the fast paths of the builder change nothing.

:class:`checks.loading._Builder` handles scalars inline in their parent mapping or list and
skips PyYAML's resolver hooks; the reference below is the straightforward walk it replaced
(one recursive call per node, over nodes from PyYAML's own ``CBaseLoader``). On random
documents, with the depth and node limits drawn small so that they are hit at every place,
both give the same data, the same marks in the same order, the same problems and the same
poisoned mappings, or the same error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from checks import loading
from checks.loading import LoadError, Location, Path, Problem, load_document


@dataclass
class _Reference:
    """The uniform walk: every node through :meth:`build`, limits checked at each."""

    name: str
    max_depth: int
    max_nodes: int
    text: str = ""
    keys: dict[Path, yaml.Mark] = field(default_factory=dict)
    values: dict[Path, yaml.Mark] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    poisoned: set[Path] = field(default_factory=set)
    visited: int = 0

    def at(self, node: yaml.Node) -> Location:
        return Location(self.name, node.start_mark.line + 1, node.start_mark.column + 1)

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.visited += 1
        if len(path) > self.max_depth:
            message = (
                f"values nested more than {self.max_depth} deep (or an alias that contains "
                "itself); a claim file needs only a few levels"
            )
            raise LoadError([Problem(self.at(node), message)])
        if self.visited > self.max_nodes:
            message = (
                f"more than {self.max_nodes:,} values once aliases are expanded; "
                "claim files should not use anchors and aliases to repeat content"
            )
            raise LoadError([Problem(self.at(node), message)])
        self.values[path] = node.start_mark
        if isinstance(node, yaml.ScalarNode):
            if not node.style and node.value in {"", "~", "null", "Null", "NULL"}:
                return None
            return node.value
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        assert isinstance(node, yaml.MappingNode)
        result: dict[str, Any] = {}
        first_seen: dict[str, yaml.Mark] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                message = "a key must be plain text, not a list or mapping"
                self.problems.append(Problem(self.at(key_node), message))
                continue
            key = key_node.value
            if key in first_seen:
                message = (
                    f"duplicate key {key!r} (first at line {first_seen[key].line + 1}); "
                    "YAML would silently keep only the last one: remove or rename one"
                )
                self.problems.append(Problem(self.at(key_node), message))
                continue
            if (
                node.flow_style
                and not key_node.style
                and isinstance(value_node, yaml.ScalarNode)
                and not value_node.style
                and value_node.value == ""
                and value_node.start_mark.index == key_node.end_mark.index
            ):
                self.poisoned.add(path)
                message = loading.comma_trap_message(self.text, node.value, key_node)
                self.problems.append(Problem(self.at(key_node), message))
                continue
            first_seen[key] = key_node.start_mark
            self.keys[(*path, key)] = key_node.start_mark
            result[key] = self.build(value_node, (*path, key))
        return result


def _marks(table: dict[Path, yaml.Mark]) -> list[tuple[Path, int, int, int]]:
    return [(path, mark.line, mark.column, mark.index) for path, mark in table.items()]


def _reference(text: str, max_depth: int, max_nodes: int) -> tuple[Any, ...]:
    node = yaml.compose(text, Loader=yaml.CBaseLoader)
    assert node is not None
    walk = _Reference("doc.yaml", max_depth, max_nodes, text)
    try:
        data = walk.build(node, ())
    except LoadError as error:
        return ("error", error.problems)
    return ("ok", data, _marks(walk.keys), _marks(walk.values), walk.problems, walk.poisoned)


def _loaded(text: str, max_depth: int, max_nodes: int) -> tuple[Any, ...]:
    with (
        mock.patch.object(loading, "MAX_DEPTH", max_depth),
        mock.patch.object(loading, "MAX_NODES", max_nodes),
    ):
        try:
            document = load_document("doc.yaml", text.encode())
        except LoadError as error:
            return ("error", error.problems)
    return (
        "ok",
        document.data,
        _marks(document.keys),
        _marks(document.values),
        document.problems,
        set(document.poisoned),
    )


SCALARS = st.sampled_from(
    ["x", "8", "", "~", "null", "Null", "'null'", '""', "'~'", "8,712 kg", "a b", "*0", "*1",
     "{value: 8,712 kg, quote: q}", "{a, b: }"]
)  # fmt: skip
"""Plain, quoted and null scalars, aliases to the first or second anchor written so far, and
(written as they are) flow mappings caught in the comma trap or with keys alone."""
KEYS = st.sampled_from(["a", "b", "value", "'a'", '"b"', "[k]", "{k: v}", "~", "''"])
Tree = tuple[str, Any, bool]
"""A node to render: kind, content (text, items or key-value pairs), and whether anchored."""


def _trees() -> st.SearchStrategy[Tree]:
    scalars = st.tuples(st.just("scalar"), SCALARS, st.just(False))
    return st.recursive(
        scalars,
        lambda children: st.one_of(
            st.tuples(st.just("seq"), st.lists(children, max_size=4), st.booleans()),
            st.tuples(
                st.just("map"), st.lists(st.tuples(KEYS, children), max_size=4), st.booleans()
            ),
        ),
        max_leaves=20,
    )


class _Writer:
    """YAML text for a tree: anchors numbered as written, aliases only to written ones."""

    def __init__(self) -> None:
        self.anchors = 0

    def anchor(self, tree: Tree) -> str:
        if not tree[2]:
            return ""
        self.anchors += 1
        return f"&a{self.anchors} "

    def flow(self, tree: Tree) -> str:
        kind, content, _ = tree
        if kind == "scalar":
            if not content.startswith("*"):
                return str(content)
            return f"*a{int(content[1:]) % self.anchors + 1}" if self.anchors else "x"
        prefix = self.anchor(tree)
        if kind == "seq":
            return prefix + "[" + ", ".join(self.flow(item) for item in content) + "]"
        entries = (f"{key}: {self.flow(value)}" for key, value in content)
        return prefix + "{" + ", ".join(entries) + "}"

    def block(self, tree: Tree, indent: int, flow: bool) -> str:
        """Block style where a collection has entries, unless ``flow``; one per line."""
        kind, content, _ = tree
        pad = " " * indent
        lines = []
        for key, value in content if kind == "map" else [("-", item) for item in content]:
            lead = f"{pad}{key}:" if kind == "map" else f"{pad}-"
            if value[0] != "scalar" and value[1] and not flow:
                anchor = self.anchor(value).rstrip()
                lines.append(f"{lead} {anchor}\n{self.block(value, indent + 2, flow)}")
            else:
                lines.append(f"{lead} {self.flow(value)}\n")
        return "".join(lines)


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A top-level mapping in block style, its values nested in block or flow style."""
    entries = draw(st.lists(st.tuples(KEYS, _trees()), min_size=1, max_size=5))
    return _Writer().block(("map", entries, False), 0, draw(st.booleans()))


@given(
    text=documents(),
    max_depth=st.one_of(st.integers(1, 6), st.just(loading.MAX_DEPTH)),
    max_nodes=st.one_of(st.integers(1, 40), st.just(loading.MAX_NODES)),
)
@example(text="c: {value: 8,712 kg, value: x}\nc: y\n", max_depth=64, max_nodes=200_000)
@example(text="a: &a1 [x, *a1]\n", max_depth=64, max_nodes=200_000)
@example(text="a: [x, y, z]\nb: {c: ~, d: ''}\n", max_depth=1, max_nodes=8)
@example(text="a: [x, y, z]\nb: {c: ~, d: ''}\n", max_depth=2, max_nodes=7)
def test_loading_matches_the_reference_walk(text: str, max_depth: int, max_nodes: int) -> None:
    try:
        expected = _reference(text, max_depth, max_nodes)
    except yaml.YAMLError:
        return  # not YAML: the parser's error path does not go through the builder
    assert _loaded(text, max_depth, max_nodes) == expected


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "route: {value: 1,600 km}\n",
            'so `value: 1,600 km` reads as `value: 1`; quote the value: {value: "1,600 km"}',
        ),
        (  # every piece of the split names the whole entry
            "c: {value: 1,234,567 kg, quote: q}\n",
            'so `value: 1,234,567 kg` reads as `value: 1`; quote the value: '
            '{value: "1,234,567 kg"}',
        ),
        (  # positions count characters, not bytes
            "é€: {value: 1,600 €, note: é}\n",
            'so `value: 1,600 €` reads as `value: 1`; quote the value: {value: "1,600 €"}',
        ),
        (  # over two lines the entry is not shown: an example stands in
            "c: {value: 1,600\n  km}\n",
            'so `{value: 8,712 kg}` reads as `value: 8`; quote the value: {value: "8,712 kg"}',
        ),
    ],
)
def test_the_comma_trap_shows_the_writer_s_own_entry(text: str, shown: str) -> None:
    problems = load_document("c.yaml", text.encode()).problems
    assert problems and all(p.message.endswith(shown) for p in problems)
