"""Reading a claim file's YAML exactly as written, with a location for everything.

PyYAML's C composer (when present) builds the node tree fast and keeps line and column
marks; we then turn nodes into plain data ourselves so that YAML 1.1 typing never
applies: ``no``, ``on``, ``1e6``, ``012``, ``2018-09-05`` and ``1,900`` stay the text
the writer typed, and the value grammar decides what they mean. Duplicate keys, the
flow-mapping comma trap (``{value: 8,712 kg}``) and alias bombs become located errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import yaml

try:
    from yaml import CBaseLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import BaseLoader as _BaseLoader  # type: ignore[assignment]

_TAGS: dict[type[yaml.Node], str] = {
    yaml.ScalarNode: _BaseLoader.DEFAULT_SCALAR_TAG,
    yaml.SequenceNode: _BaseLoader.DEFAULT_SEQUENCE_TAG,
    yaml.MappingNode: _BaseLoader.DEFAULT_MAPPING_TAG,
}


class _Loader(_BaseLoader):
    """Composes nodes only; every scalar is text, so tags are never resolved.

    The base resolver's lookup ran once per scalar and was a tenth of loading a file.
    """

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        return _TAGS[kind]

MAX_BYTES = 5_000_000
"""A claim file is hand-written: five megabytes is far beyond any real one."""
MAX_NODES = 200_000
"""Nodes visited while expanding aliases; more means an alias bomb or a generated file."""
MAX_LINE = 10_000
MAX_DEPTH = 64
"""Mappings and lists nested deeper than this (or an alias inside itself) are refused."""

Path = tuple[str | int, ...]
"""Where a value sits in the document: keys and list indexes from the top."""


class Location(NamedTuple):
    """A place in a claim file (1-based line and column, as editors count).

    A named tuple rather than a dataclass: one is made for every YAML node, and tuples are
    several times cheaper to create; they order by path, line, column.
    """

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Problem:
    """An input error: where, what is wrong, and how to fix it, in one message."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class LoadError(Exception):
    """A file that cannot be read as a claim file at all."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded YAML document: plain data plus where each key and value was written.

    Positions are kept as the parser's marks and become :class:`Location` only when
    asked for: a file has hundreds of nodes and a report names a few of them.
    """

    name: str
    data: Any
    keys: dict[Path, yaml.Mark]
    values: dict[Path, yaml.Mark]
    problems: list[Problem]
    text: str
    poisoned: frozenset[Path] = frozenset()
    """Mappings whose values YAML split wrongly (the comma trap): never to be judged."""

    def where(self, path: Path, key: bool = False) -> Location | None:
        """The location of the value (or key) at ``path``, or of its nearest parent."""
        table = self.keys if key else self.values
        probe = path
        while True:
            mark = table.get(probe) or self.values.get(probe)
            if mark is not None:
                return Location(self.name, mark.line + 1, mark.column + 1)
            if not probe:
                return None
            probe = probe[:-1]


class _Builder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.keys: dict[Path, yaml.Mark] = {}
        self.values: dict[Path, yaml.Mark] = {}
        self.problems: list[Problem] = []
        self.visited = 0
        self.poisoned: set[Path] = set()

    def at(self, node: yaml.Node) -> Location:
        mark = node.start_mark
        return Location(self.name, mark.line + 1, mark.column + 1)

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.visited += 1
        if len(path) > MAX_DEPTH:
            message = (
                f"values nested more than {MAX_DEPTH} deep (or an alias that contains itself); "
                "a claim file needs only a few levels"
            )
            raise LoadError([Problem(self.at(node), message)])
        if self.visited > MAX_NODES:
            raise LoadError(
                [
                    Problem(
                        self.at(node),
                        (
                            f"more than {MAX_NODES:,} values once aliases are expanded; "
                            "claim files should not use anchors and aliases to repeat content"
                        ),
                    )
                ]
            )
        self.values[path] = node.start_mark
        if isinstance(node, yaml.ScalarNode):
            if not node.style and node.value in {"", "~", "null", "Null", "NULL"}:
                return None
            return node.value
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        raise LoadError([Problem(self.at(node), "unsupported YAML node")])  # pragma: no cover

    def mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, yaml.Mark] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    Problem(self.at(key_node), ("a key must be plain text, not a list or mapping"))
                )
                continue
            key = key_node.value
            if key in first_seen:
                self.problems.append(
                    Problem(
                        self.at(key_node),
                        (
                            f"duplicate key {key!r} (first at line {first_seen[key].line + 1}); "
                            "YAML would silently keep only the last one: remove or rename one"
                        ),
                    )
                )
                continue
            if (
                node.flow_style
                and not key_node.style
                and isinstance(value_node, yaml.ScalarNode)
                and not value_node.style
                and value_node.value == ""
                and value_node.start_mark.index == key_node.end_mark.index  # no colon after key
            ):
                self.poisoned.add(path)
                self.problems.append(
                    Problem(
                        self.at(key_node),
                        (
                            f"the comma before {key!r} split this {{…}} mapping: in flow style a "
                            "comma separates entries, so `{value: 8,712 kg}` reads as "
                            '`value: 8`; quote the value: {value: "8,712 kg"}'
                        ),
                    )
                )
                continue
            first_seen[key] = key_node.start_mark
            self.keys[(*path, key)] = key_node.start_mark
            result[key] = self.build(value_node, (*path, key))
        return result


def _tab_before(text: str, mark: Any) -> bool:
    """Whether the line of ``mark`` has a tab up to the mark (libyaml does not name it)."""
    if mark is None:
        return False
    lines = text.splitlines()
    return mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]


def _mark_location(name: str, mark: Any) -> Location:
    if mark is None:
        return Location(name, 1, 1)
    return Location(name, mark.line + 1, mark.column + 1)


def load_document(name: str, raw: bytes) -> Document:
    """Load one YAML claim file from its bytes; raises :class:`LoadError` when unreadable."""
    start = Location(name, 1, 1)
    if len(raw) > MAX_BYTES:
        raise LoadError(
            [
                Problem(
                    start,
                    (
                        f"the file is {len(raw):,} bytes; claim files are limited to "
                        f"{MAX_BYTES:,}: split it into one file per source document"
                    ),
                )
            ]
        )
    if b"\x00" in raw:
        raise LoadError([Problem(start, "this is a binary file, not YAML text")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise LoadError(
            [
                Problem(
                    Location(name, line, column),
                    (f"byte 0x{raw[exc.start]:02x} is not UTF-8; save the file as UTF-8"),
                )
            ]
        ) from None
    for number, line_text in enumerate(text.splitlines(), start=1):
        if len(line_text) > MAX_LINE:
            raise LoadError(
                [
                    Problem(
                        Location(name, number, 1),
                        (
                            f"line {number} has {len(line_text):,} characters "
                            f"(limit {MAX_LINE:,}); break it up or shorten the quote"
                        ),
                    )
                ]
            )
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        hint = ""
        if "\t" in text and "tab" in str(problem).lower() + str(exc.context or "").lower():
            hint = "; indent with spaces, not tabs"
        elif "found character '\\t'" in str(exc) or _tab_before(text, mark):
            hint = "; indent with spaces, not tabs"
        context = f" {exc.context}" if exc.context else ""
        raise LoadError(
            [Problem(_mark_location(name, mark), (f"invalid YAML: {problem}{context}{hint}"))]
        ) from None
    except yaml.YAMLError as exc:
        raise LoadError([Problem(start, f"invalid YAML: {exc}")]) from None
    if node is None:
        raise LoadError(
            [Problem(start, ("the file is empty; a claim file needs `source:` and `claims:`"))]
        )
    builder = _Builder(name)
    data = builder.build(node, ())
    return Document(
        name,
        data,
        builder.keys,
        builder.values,
        builder.problems,
        text,
        frozenset(builder.poisoned),
    )
