"""Reading a claim file's YAML exactly as written, with a location for everything.

PyYAML's C composer (when present) builds the node tree fast and keeps line and column
marks; we then turn nodes into plain data ourselves so that YAML 1.1 typing never
applies: ``no``, ``on``, ``1e6``, ``012``, ``2018-09-05`` and ``1,900`` stay the text
the writer typed, and the value grammar decides what they mean. Duplicate keys, the
flow-mapping comma trap (``{value: 8,712 kg}``) and alias bombs become located errors.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

import msgspec
import yaml
from yaml import MappingNode, ScalarNode, SequenceNode

try:
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import BaseLoader as _Parser  # type: ignore[assignment]

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


class _Composer(_Parser):
    """Composes nodes only, with the composer's per-node hooks doing nothing.

    The C composer calls ``descend_resolver``, ``resolve`` and ``ascend_resolver`` for
    every node; no path resolvers are registered and :class:`_Builder` never reads a tag
    (every scalar is text), so hooks that do nothing suffice (a loader's hooks were a tenth
    of composing a file). Each is ``"".format``, a method of C bound to an empty template:
    it takes any arguments, returns ``""`` and, not being a Python function, is not bound
    to the parser or run in a Python frame (1,300 calls of a Python function that did
    nothing were about 1% of a file's instructions). A bare parser rather than a loader: a
    loader also sets up a constructor and resolver state that composing never uses.
    """

    descend_resolver = ascend_resolver = resolve = "".format


def _compose(text: str) -> yaml.Node | None:
    parser = _Composer(text)
    try:
        return parser.get_single_node()
    finally:
        parser.dispose()


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

    A named tuple: one is made for every key a report names, tuples are cheap to create
    (see ``_tuple_new``), and they order by path, line, column.
    """

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


_tuple_new = tuple.__new__
"""Makes a :class:`Location` without the named tuple's ``__new__``, which runs in Python and
was half the cost of :meth:`Document.where`: a run asks for a location per claim and check."""


class Problem(msgspec.Struct, frozen=True):
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


class Document(msgspec.Struct, frozen=True):
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
                return _tuple_new(Location, (self.name, mark.line + 1, mark.column + 1))
            if not probe:
                return None
            probe = probe[:-1]


class _Builder:
    """Plain data from nodes, recording a mark for every key and value on the way.

    Scalars, most of the nodes, are handled inline by their parent mapping or list when no
    limit is near; otherwise :meth:`build` handles them and raises, so the errors, their
    order and the recorded marks are those of one uniform walk.
    """

    def __init__(self, name: str, text: str = "") -> None:
        self.name = name
        self.text = text
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
        if isinstance(node, ScalarNode):
            if not node.style and node.value in _NULLS:
                return None
            return node.value
        if isinstance(node, MappingNode):
            return self.mapping(node, path)
        if isinstance(node, SequenceNode):
            return self.sequence(node, path)
        raise LoadError([Problem(self.at(node), "unsupported YAML node")])  # pragma: no cover

    def sequence(self, node: yaml.SequenceNode, path: Path) -> list[Any]:
        result: list[Any] = []
        values = self.values
        shallow = len(path) < MAX_DEPTH
        for index, item in enumerate(node.value):
            child = path + (index,)
            if type(item) is ScalarNode and shallow and self.visited < MAX_NODES:
                self.visited += 1
                values[child] = item.start_mark
                text = item.value
                result.append(None if not item.style and text in _NULLS else text)
            else:
                result.append(self.build(item, child))
        return result

    def mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        keys = self.keys
        values = self.values
        shallow = len(path) < MAX_DEPTH
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:
                self.problems.append(
                    Problem(self.at(key_node), ("a key must be plain text, not a list or mapping"))
                )
                continue
            key = key_node.value
            if key in result:
                first = keys[path + (key,)]
                self.problems.append(
                    Problem(
                        self.at(key_node),
                        (
                            f"duplicate key {key!r} (first at line {first.line + 1}); "
                            "YAML would silently keep only the last one: remove or rename one"
                        ),
                    )
                )
                continue
            # An empty value first: the test of nearly every entry, without a call.
            if node.flow_style and value_node.value == "" and _split_off((key_node, value_node)):
                self.poisoned.add(path)
                message = comma_trap_message(self.text, node.value, key_node)
                self.problems.append(Problem(self.at(key_node), message))
                continue
            child = path + (key,)
            keys[child] = key_node.start_mark
            if type(value_node) is ScalarNode and shallow and self.visited < MAX_NODES:
                self.visited += 1
                values[child] = value_node.start_mark
                text = value_node.value
                result[key] = None if not value_node.style and text in _NULLS else text
            else:
                result[key] = self.build(value_node, child)
        return result


def _split_off(pair: tuple[yaml.Node, yaml.Node]) -> bool:
    """Whether a flow mapping's entry is a piece a comma split off (``712 kg`` of ``8,712 kg``).

    A plain key with no colon after it: its value is empty and starts where the key ends.
    """
    key_node, value_node = pair
    return (
        type(key_node) is ScalarNode
        and type(value_node) is ScalarNode
        and not key_node.style
        and not value_node.style
        and value_node.value == ""
        and value_node.start_mark.index == key_node.end_mark.index
    )


def comma_trap_message(text: str, pairs: list[tuple[yaml.Node, yaml.Node]], key_node: Any) -> str:
    """What to say of a key a comma split off, quoting the writer's own entry when it can.

    ``{value: 1,600 km}`` is ``value: 1`` and a key ``600 km``: the message shows the entry
    as written, what YAML made of it and how to quote it. When the entry cannot be shown
    on one line, a generic example stands in.
    """
    key = key_node.value
    index = next(i for i, (k, _) in enumerate(pairs) if k is key_node)
    first = index - 1
    while first >= 0 and _split_off(pairs[first]):
        first -= 1
    last = index
    while last + 1 < len(pairs) and _split_off(pairs[last + 1]):
        last += 1
    shown = ""
    if first >= 0:
        first_key, first_value = pairs[first]
        if (
            type(first_key) is ScalarNode
            and type(first_value) is ScalarNode
            and not first_key.style
            and not first_value.style
            and first_value.value
        ):
            written = text[first_value.start_mark.index : pairs[last][0].end_mark.index]
            if written and "\n" not in written and len(written) <= 80:
                quoted = json.dumps(written, ensure_ascii=False)
                name = first_key.value
                shown = (
                    f"so `{name}: {written}` reads as `{name}: {first_value.value}`; "
                    f"quote the value: {{{name}: {quoted}}}"
                )
    if not shown:
        shown = 'so `{value: 8,712 kg}` reads as `value: 8`; quote the value: {value: "8,712 kg"}'
    return (
        f"the comma before {key!r} split this {{…}} mapping: in flow style a comma separates "
        f"entries, {shown}"
    )


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


_COMMENT_IN_ENTRY = re.compile(
    r"([\w.-]+):[ \t]+(?![\"'])([^,{}\n]*?[ \t]#.*?)(?=,[ \t]*[\w.-]+:[ \t]|[ \t]*}|$)", re.M
)
_COLON_IN_ENTRY = re.compile(
    r"([\w.-]+):[ \t]+(?![\"'])([^,{}\n#]*?:[ \t][^,{}\n]*?)[ \t]*(?:[,}]|$)", re.M
)


def _syntax_hint(text: str, exc: yaml.MarkedYAMLError, mark: Any) -> tuple[Any, str]:
    """Where a YAML syntax error really is, and how to mend it, for the slips people make.

    A ``#`` or a ``: `` inside a value of a ``{…}`` mapping (a quote: "ranked #1", "he
    said: 3 budgets"), a ``: `` inside a plain value, and a key indented unlike its
    neighbours. The mark moves to the entry at fault when libyaml noticed only later.
    """
    problem, context = str(exc.problem or ""), str(exc.context or "")
    start, problem_mark = exc.context_mark, exc.problem_mark
    if "flow mapping" in context and start is not None and problem_mark is not None:
        line_end = text.find("\n", problem_mark.index)
        segment = text[start.index : line_end if line_end != -1 else len(text)]
        for pattern, why in (
            (_COMMENT_IN_ENTRY, "a `#` after a space starts a comment, which cuts the {…} short"),
            (_COLON_IN_ENTRY, "a `: ` inside a value of a {…} mapping starts another key"),
        ):
            found = pattern.search(segment)
            if found:
                key, value = found.group(1), found.group(2).strip()
                index = start.index + found.start()
                line = text.count("\n", 0, index)
                column = index - (text.rfind("\n", 0, index) + 1)
                where = yaml.Mark(start.name, index, line, column, None, 0)
                quoted = value.replace("\\", "\\\\").replace('"', '\\"')
                return where, f"; {why}: quote the value: {key}: \"{quoted}\""
        return mark, (
            "; close the {…} with `}` on the same line, and quote any value that holds "
            "`,` `:` `#` `{` or `}`"
        )
    if "block mapping" in context and "expected key" in problem and start is not None:
        if problem_mark is not None and problem_mark.column != start.column:
            return mark, (
                f"; this line starts at column {problem_mark.column + 1}, but the keys of the "
                f"mapping it belongs to (from line {start.line + 1}) start at column "
                f"{start.column + 1}: indent the keys of one mapping alike"
            )
    if "mapping values are not allowed" in problem:
        return mark, "; a `: ` inside a value starts a mapping: put the value in quotes"
    return mark, ""


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
    if len(text) > MAX_LINE:  # else no line can be too long: the split is skipped
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
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        hint = ""
        if "\t" in text and "tab" in str(problem).lower() + str(exc.context or "").lower():
            hint = "; indent with spaces, not tabs"
        elif "found character '\\t'" in str(exc) or _tab_before(text, mark):
            hint = "; indent with spaces, not tabs"
        context = f" {exc.context}" if exc.context else ""
        if not hint:
            mark, hint = _syntax_hint(text, exc, mark)
        raise LoadError(
            [Problem(_mark_location(name, mark), (f"invalid YAML: {problem}{context}{hint}"))]
        ) from None
    except yaml.YAMLError as exc:
        raise LoadError([Problem(start, f"invalid YAML: {exc}")]) from None
    if node is None:
        raise LoadError(
            [Problem(start, ("the file is empty; a claim file needs `source:` and `claims:`"))]
        )
    builder = _Builder(name, text)
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
