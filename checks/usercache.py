"""The per-user folder for tables built from installed code, kept between runs.

Four tables depend only on the installed harness, lark and pint, never on the files
judged: lark's parse tables of the grammar, pint's parsed unit definitions, and the
:class:`Memory` of unit phrases and of text shapes' parse trees earlier runs worked out
(so that a run meeting only known ones imports neither pint nor lark). Each takes a few
tenths of a second to build, so they are kept in ``$XDG_CACHE_HOME/claim-checks`` (or
``~/.cache/claim-checks``) and used by every run, ``--no-cache`` or not. Never in the
project: lark and pint store theirs with pickle, and a file a pull request could plant
must not be loaded. This is not the results cache (``.claim-checks-cache``,
``--no-cache``), which holds judgements of claim files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple


def private_folder(*parts: str) -> Path | None:
    """The per-user cache folder (or a folder inside it), each level made owner-only.

    ``None`` when it cannot be made, is not this user's own, or would not be absolute (a
    relative ``XDG_CACHE_HOME``, which the XDG specification says to ignore, or no home
    folder): a relative folder would land in the project being checked. The caller then
    builds its tables afresh, as if there were no cache.
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    folder = Path(base)
    owner = getattr(os, "getuid", None)
    for part in ("claim-checks", *parts):
        folder = folder / part
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if owner is not None and folder.stat().st_uid != owner():
                return None
            if folder.stat().st_mode & 0o077:
                folder.chmod(0o700)
        except OSError:
            return None
        if not os.access(folder, os.W_OK):
            return None
    return folder


def _installed(package: str) -> str:
    """The installed distribution of ``package``, named by its ``dist-info`` folder.

    Found without importing the package or ``importlib.metadata`` (both cost more than a
    one-file run's judging).
    """
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return "?"
    site = Path(spec.origin).parent.parent
    pattern = f"[{package[0].upper()}{package[0]}]{package[1:]}-*.dist-info"
    names = sorted(p.name for p in site.glob(pattern))
    return names[-1] if names else Path(spec.origin).parent.as_posix()


class Memory(NamedTuple):
    """A table of answers earlier runs worked out, kept in the per-user folder.

    What a memory holds depends only on the installed harness, one library (``pint`` for
    units, ``lark`` for parse trees) and the Python that runs them (its regular
    expressions and Unicode tables decide what a pattern matches), which name its file.
    The file is JSON: a list of entries oldest first, each read back by ``load``, under
    the SHA-256 of that list, so that a file damaged by accident (a disk error, an edit)
    is ignored as a whole, never misread (and written again by the next run that learns
    something). A file edited on purpose, digest and all, is trusted, as are the pickles
    lark and pint keep in the same owner-only folder.
    """

    name: str
    library: str
    remembered: Callable[[], dict[Any, Any]]
    """The module's table of what earlier runs worked out (filled by :func:`remember`)."""
    learned: Callable[[], dict[Any, Any]]
    """The module's table of what this process worked out (written by :func:`save`)."""
    dump: Callable[[Any, Any], Any]
    """An entry (key and answer) as JSON data."""
    load: Callable[[Any], tuple[Any, Any]]
    """An entry from JSON data; raises ``ValueError``, ``TypeError`` or ``KeyError``."""

    def file(self) -> Path | None:
        """The file of this memory for the installed versions (``None``: no per-user folder)."""
        from checks.cache import code_fingerprint

        folder = private_folder()
        if folder is None:
            return None
        python = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}"
        fingerprint = f"{code_fingerprint()}/{_installed(self.library)}/{python}"
        digest = hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:24]
        return folder / f"{self.name}-{digest}.json"


def _unit_entry(phrase: str, info: Any) -> Any:
    from checks.serialization import to_data

    return [phrase, None if info is None else to_data(info)]


def _unit_from(data: Any) -> tuple[str, Any]:
    from checks import units
    from checks.serialization import SerializationError, from_data

    phrase, info = data
    if not isinstance(phrase, str):
        raise TypeError("a unit phrase is text")
    try:
        return phrase, None if info is None else from_data(units.UnitInfo, info)
    except SerializationError as exc:
        raise ValueError(str(exc)) from None


def _tree_entry(key: tuple[str, str], tree: Any) -> Any:
    from checks.grammar import Branch, tree_to_text

    return [key[0], key[1], tree_to_text(tree) if isinstance(tree, Branch) else tree]


def _tree_from(data: Any) -> tuple[tuple[str, str], Any]:
    """A shape's entry, its tree left as text: read (and checked) only if a run meets it."""
    start, text_shape, tree = data
    if not (isinstance(start, str) and isinstance(text_shape, str) and isinstance(tree, str)):
        raise TypeError("a start rule, a shape and a tree's text")
    return (start, text_shape), tree


def _table(module: str, attribute: str) -> Callable[[], dict[Any, Any]]:
    """A module's table, looked up when used (tests may replace it; importing is lazy)."""

    def table() -> dict[Any, Any]:
        import importlib

        return getattr(importlib.import_module(module), attribute)  # type: ignore[no-any-return]

    return table


UNITS = Memory(
    "units", "pint", _table("checks.units", "REMEMBERED"), _table("checks.units", "LEARNED"),
    _unit_entry, _unit_from,
)  # fmt: skip
"""Unit phrases resolved with pint: a run whose phrases are all known never imports pint."""
SHAPES = Memory(
    "shapes", "lark", _table("checks.grammar", "REMEMBERED"), _table("checks.grammar", "LEARNED"),
    _tree_entry, _tree_from,
)  # fmt: skip
"""Parse trees of text shapes: a run meeting only known shapes never imports lark."""
MEMORIES = (UNITS, SHAPES)

MAX_REMEMBERED = 4_096
"""Entries a memory keeps at most (each project adds its nouns and shapes): the oldest
make way."""


def _read(path: Path) -> list[Any]:
    """The entries of a memory's file; ``ValueError`` when it is not one we wrote intact."""
    import msgspec

    text = path.read_text(encoding="ascii")
    found = _FILE.fullmatch(text)
    if found is None:
        raise ValueError("not a memory file")
    digest, entries = found.groups()
    if hashlib.sha256(entries.encode("ascii")).hexdigest() != digest:
        raise ValueError("the memory file is damaged")
    try:
        data = msgspec.json.decode(entries)
    except msgspec.DecodeError:  # msgspec refuses lone surrogates, which json reads
        data = json.loads(entries)
    if not isinstance(data, list):
        raise ValueError("not a list of entries")
    return data


_FILE = re.compile(r'\{"sha256": "([0-9a-f]{64})", "entries": (\[.*\])\}\n?', re.DOTALL)


def remember(memory: Memory) -> None:
    """Load what earlier runs worked out into ``memory.remembered()``.

    A file that is missing, damaged or holds a bad entry is ignored as a whole.
    """
    path = memory.file()
    if path is None:
        return
    table = memory.remembered()
    try:
        for entry in _read(path):
            key, answer = memory.load(entry)
            table[key] = answer
    except (OSError, ValueError, TypeError, KeyError, RecursionError):
        table.clear()


def save(memory: Memory) -> None:
    """Add what this run worked out (``memory.learned()``) to the memory's file.

    The file is read again just before: what another run wrote meanwhile is kept. Past
    :data:`MAX_REMEMBERED` entries the oldest make way. Never fails a run: a memory that
    cannot be written is only a slower next run.
    """
    learned = memory.learned()
    path = memory.file() if learned else None
    if path is None:
        return
    known: dict[Any, Any] = {}
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, RecursionError):
        for entry in _read(path):
            known[memory.load(entry)[0]] = entry
    for key, answer in learned.items():
        known.pop(key, None)
        known[key] = memory.dump(key, answer)  # oldest first: the file keeps that order
    entries = json.dumps(list(known.values())[-MAX_REMEMBERED:])  # ASCII: lone surrogates too
    digest = hashlib.sha256(entries.encode("ascii")).hexdigest()
    text = f'{{"sha256": "{digest}", "entries": {entries}}}\n'
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="ascii")
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)
        return
    learned.clear()  # kept now: a later run in this process need not write it again
    with contextlib.suppress(OSError):  # another run may be deleting them too
        _forget_old_versions(memory, path)


KEPT_VERSIONS = 3
"""Files a memory keeps for other installed versions (a user switching between two keeps
both); older ones, left by upgrades, are deleted when a run writes the memory."""


def _forget_old_versions(memory: Memory, current: Path) -> None:
    """Delete the memory's files of all but the most recently written other versions."""
    others = [p for p in current.parent.glob(f"{memory.name}-*.json") if p != current]
    others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in others[KEPT_VERSIONS:]:
        stale.unlink(missing_ok=True)


@contextlib.contextmanager
def remembered() -> Iterator[None]:
    """For the duration of a run: what earlier runs worked out, and this run's kept."""
    for memory in MEMORIES:
        remember(memory)
    try:
        yield
    finally:
        for memory in MEMORIES:
            save(memory)
