"""The results cache: re-judge only what changed since the last run.

An entry is keyed by the claim file's bytes, the harness's own code, the run's options and
the folder the file was checked under; it also lists the other files the result read
(``source.text``, a rates file) with their hashes, and is used only while those are
unchanged. Entries are plain JSON in one SQLite file under ``.claim-checks-cache/``
(add it to ``.gitignore``): reading a cache never runs code, and a corrupt or foreign
entry is simply a miss.

A claim file's bytes are hashed on every run unless its *stamp* (device, inode, size,
modification and change times) is the one recorded beside the hash the last time it was
read: then that hash is used, as ``git`` and ``make`` trust a file's times. Stamps are
recorded only where they can be trusted: on Linux, for files on a local file system
(ext4, xfs, btrfs, tmpfs, overlay…), whose times come from this machine's clock and whose
change time no program can set back (``touch -d`` and ``cp -p`` set the modification
time only). Network and FUSE mounts (NFS serves file attributes from a cache for up to a
minute; sshfs reports the modification time as the change time), other systems, and
files changed in the three seconds before the run began (a second change within one tick
of the file system's clock would keep the stamp) are read every time.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import msgspec

from checks.results import FileResult
from checks.serialization import SerializationError, from_data

DEFAULT_FOLDER = ".claim-checks-cache"
SCHEMA = 2


@functools.cache
def code_fingerprint() -> str:
    """A hash of the harness's own source and data files: new code, new cache."""
    digest = hashlib.sha256()
    package = resources.files("checks")
    stack = [package]
    entries: list[tuple[str, bytes]] = []
    while stack:
        folder = stack.pop()
        for item in folder.iterdir():
            if item.is_dir():
                if item.name != "__pycache__":
                    stack.append(item)
            elif item.name.endswith((".py", ".lark", ".j2", ".json")):
                entries.append((str(item), item.read_bytes()))
    for name, content in sorted(entries):
        digest.update(name.rsplit("checks", 1)[-1].encode())
        digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()


def file_hash(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, or ``None`` when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class Key(msgspec.Struct, frozen=True):
    """What a cached result depends on, besides the files it read.

    ``today`` is the date the run compares ``known.until`` with: a result that used it
    (a check with an expiry) is stored with it and is valid on that day only.
    """

    path: str
    digest: str
    today: str

    @classmethod
    def of(cls, path: str, content_digest: str, root: Path, options: str, today: str) -> Key:
        """The key of one claim file's result under the given options.

        ``path`` is the file's path as the run names it (POSIX form); ``content_digest`` is
        the SHA-256 of its bytes (:meth:`ResultCache.content_digest`).
        """
        prefix = _key_prefix(options, _resolved(root))
        digest = hashlib.sha256(prefix + f"{path}\0{content_digest}".encode())
        return cls(path, digest.hexdigest(), today)


@functools.lru_cache(maxsize=64)
def _key_prefix(options: str, root: str) -> bytes:
    """The part of a key that is the same for every file of a run: code, options, root."""
    return b"".join(f"{part}\0".encode() for part in (code_fingerprint(), options, root))


PREFETCH_BATCH = 500
"""Paths per query of :meth:`ResultCache.prefetch` (SQLite allows 32,766 parameters)."""

TODAY = ":today"
"""The dependency entry of a result that is valid on one day (see :class:`Key`)."""


def is_dated(result: FileResult) -> bool:
    """Whether the result compared an acknowledgement's ``until`` with the run's date."""
    return any(c.known is not None and c.known.until for c in result.checks)


SETTLED_NS = 3_000_000_000
"""How long a file must have been unchanged (ns) before its stamp is trusted next time.

File systems stamp times from a clock that ticks in milliseconds (ext4) to seconds (FAT:
two), so a file written again within a tick of being read keeps its stamp; git calls this
a "racy" entry. Three seconds is longer than any tick in common use.
"""


LOCAL_FILE_SYSTEMS = frozenset({
    "ext2", "ext3", "ext4", "xfs", "btrfs", "bcachefs", "f2fs", "jfs", "reiserfs",
    "nilfs2", "zfs", "tmpfs", "ramfs", "overlay",
})  # fmt: skip
"""Linux file systems whose file times come from this machine's clock (see the module
docstring); files anywhere else are read on every run."""


@functools.cache
def _local_devices() -> frozenset[int]:
    """The device numbers of this machine's local file systems (Linux; none elsewhere)."""
    try:
        with open("/proc/self/mountinfo", encoding="utf-8") as handle:
            return local_devices_in(handle.read())
    except (OSError, UnicodeDecodeError):
        return frozenset()


def local_devices_in(mountinfo: str) -> frozenset[int]:
    """The devices of the local file systems listed in a ``/proc/self/mountinfo`` text.

    A line reads ``36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw``: the
    third field is the device (major:minor), the first after `` - `` the file system.
    """
    devices = set()
    for line in mountinfo.splitlines():
        fields, _, tail = line.partition(" - ")
        device = fields.split()[2:3]
        file_system = tail.split()[:1]
        if not device or file_system == [] or file_system[0] not in LOCAL_FILE_SYSTEMS:
            continue
        major, _, minor = device[0].partition(":")
        if major.isdigit() and minor.isdigit():
            devices.add(os.makedev(int(major), int(minor)))
    return frozenset(devices)


def _stamp(stat: os.stat_result) -> str:
    """What must stay the same for a file's bytes to be taken as unchanged."""
    return f"{stat.st_dev}:{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}"


RESULT = "result"
"""The view every entry has: the file's whole result (:func:`checks.serialization.to_data`)."""


def _resolved(root: Path) -> str:
    """The absolute form of a run's root folder (one lookup per run, not one per file)."""
    return _resolved_from(os.getcwd(), root)


@functools.lru_cache(maxsize=64)
def _resolved_from(folder: str, root: Path) -> str:
    return (Path(folder) / root).resolve().as_posix()


class ResultCache:
    """Cached views of results, by claim-file path; see the module docstring.

    Each file has its whole result (the ``result`` view) and may have projections of it
    that a front end asked for (the JSON report's line for the file), each a row of its
    own, valid under the same key and dependencies.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._connection: sqlite3.Connection | None = None
        self._fetched: dict[tuple[str, str], tuple[str, str, str, int] | None] = {}
        self._stamps: dict[str, tuple[str, str] | None] = {}
        self._new_stamps: list[tuple[str, str, str]] = []
        self._settled_before = time.time_ns() - SETTLED_NS

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# created by claim-checks\n*\n", encoding="utf-8")
            connection = sqlite3.connect(self.folder / "results.sqlite3")
            try:
                connection.execute("DROP TABLE IF EXISTS results")  # the table of schema 1
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS entries (path TEXT NOT NULL, view TEXT NOT NULL,"
                    " key TEXT NOT NULL, dependencies TEXT NOT NULL, data TEXT NOT NULL,"
                    " schema INTEGER NOT NULL, PRIMARY KEY (path, view))"
                )
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS stamps (path TEXT PRIMARY KEY NOT NULL,"
                    " stamp TEXT NOT NULL, digest TEXT NOT NULL)"
                )
            except sqlite3.Error:
                connection.close()
                raise
            self._connection = connection
        return self._connection

    def prefetch(self, paths: Sequence[str], view: str = RESULT) -> None:
        """Read the rows of ``view`` for ``paths`` now, a few hundred per query.

        A run about to look up every file of an archive asks for them together: one
        query per file was a third of a fully cached run. Each row is handed out once, by
        :meth:`get`, and then forgotten. The files' stamps (:meth:`content_digest`) are
        read in the same way.
        """
        try:
            database = self._db()
            for start in range(0, len(paths), PREFETCH_BATCH):
                batch = paths[start : start + PREFETCH_BATCH]
                self._fetched.update(((path, view), None) for path in batch)
                self._stamps.update((path, None) for path in batch)
                marks = ", ".join("?" * len(batch))
                rows = database.execute(
                    "SELECT path, key, dependencies, data, schema FROM entries"
                    f" WHERE view = ? AND path IN ({marks})",
                    (view, *batch),
                )
                for path, *row in rows:
                    self._fetched[(path, view)] = (row[0], row[1], row[2], row[3])
                with contextlib.suppress(sqlite3.Error):
                    stamps = database.execute(
                        f"SELECT path, stamp, digest FROM stamps WHERE path IN ({marks})", batch
                    )
                    for path, stamp, digest in stamps:
                        self._stamps[path] = (str(stamp), str(digest))
        except sqlite3.Error:
            return

    def content_digest(self, path: str) -> str | None:
        """The SHA-256 of a claim file's bytes (hex), or ``None`` if it cannot be read.

        Taken from the cache when the file's stamp is the one recorded with it (see the
        module docstring). The stamp is taken before the file is read: a file that changes
        in between is recorded with its old stamp, so the next run reads it again.
        """
        try:
            stat = os.stat(path)
        except OSError:
            return None
        stamp = _stamp(stat)
        known = self._stamps.pop(path) if path in self._stamps else self._stamp_row(path)
        if known is not None and known[0] == stamp:
            return known[1]
        try:
            with open(path, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
        except OSError:
            return None
        if (
            max(stat.st_mtime_ns, stat.st_ctime_ns) < self._settled_before
            and stat.st_dev in _local_devices()
        ):
            self._new_stamps.append((path, stamp, digest))
        return digest

    def _stamp_row(self, path: str) -> tuple[str, str] | None:
        try:
            row: tuple[str, str] | None = (
                self._db()
                .execute("SELECT stamp, digest FROM stamps WHERE path = ?", (path,))
                .fetchone()
            )
        except sqlite3.Error:
            return None
        return row

    def _row(self, path: str, view: str) -> tuple[str, str, str, int] | None:
        if (path, view) in self._fetched:
            return self._fetched.pop((path, view))
        row: tuple[str, str, str, int] | None = (
            self._db()
            .execute(
                "SELECT key, dependencies, data, schema FROM entries WHERE path = ? AND view = ?",
                (path, view),
            )
            .fetchone()
        )
        return row

    def get(self, key: Key, view: str = RESULT, text: bool = False) -> Any | None:
        """The data cached as ``view`` for ``key``, if present and its dependencies unchanged.

        ``text``: the view was stored as text (see :meth:`put`) and is returned as such.
        """
        try:
            row = self._row(key.path, view)
        except sqlite3.Error:
            return None
        if row is None or row[0] != key.digest or row[3] != SCHEMA:
            return None
        try:
            if row[1] != "[]":  # most files read no other file
                for name, digest in json.loads(row[1]):
                    if name == TODAY:
                        if digest != key.today:
                            return None
                    elif file_hash(Path(name)) != digest:
                        return None
            return row[2] if text else json.loads(row[2])
        except (ValueError, TypeError):
            return None

    def get_result(self, key: Key) -> FileResult | None:
        """The whole cached result for ``key`` (see :meth:`get`)."""
        data = self.get(key)
        if data is None:
            return None
        try:
            return from_data(FileResult, data)
        except SerializationError:
            return None

    def put(
        self,
        key: Key,
        dependencies: Sequence[str],
        views: Mapping[str, Any],
        dated: bool = False,
        texts: Sequence[str] = (),
    ) -> None:
        """Store views of one result with the hashes of the files it read.

        ``dated``: the result compared a ``known.until`` with the run's date, so it holds
        for ``key.today`` only. Views named in ``texts`` are text kept as it is; the
        others are JSON data.
        """
        listed: list[list[str | None]] = [[name, file_hash(Path(name))] for name in dependencies]
        if dated:
            listed.append([TODAY, key.today])
        hashes = json.dumps(listed)
        for view in views:
            self._fetched.pop((key.path, view), None)
        rows = [
            (
                key.path,
                view,
                key.digest,
                hashes,
                data if view in texts else json.dumps(data, ensure_ascii=False),
                SCHEMA,
            )
            for view, data in views.items()
        ]
        try:
            self._db().executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?)", rows)
        except sqlite3.Error:
            return

    def commit(self) -> None:
        """Write what was stored (once per run: one transaction is far faster)."""
        if self._connection is not None:
            if self._new_stamps:
                with contextlib.suppress(sqlite3.Error):  # stamps only save reading files
                    self._connection.executemany(
                        "INSERT OR REPLACE INTO stamps (path, stamp, digest) VALUES (?, ?, ?)",
                        self._new_stamps,
                    )
                self._new_stamps.clear()
            with contextlib.suppress(sqlite3.Error):
                self._connection.commit()

    def close(self) -> None:
        """Commit and close."""
        self._fetched.clear()
        self._stamps.clear()
        if self._connection is not None:
            self.commit()
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None


@contextlib.contextmanager
def opened(
    folder: Path | None, warn: Callable[[str], None] | None = None
) -> Iterator[ResultCache | None]:
    """A cache for the duration of a run (``None`` folder: no cache).

    A folder that cannot hold the cache (a file of that name, no permission, a read-only
    disk) costs the run its speed, never its results: the run goes on without a cache
    and ``warn`` is told why.
    """
    if folder is None:
        yield None
        return
    cache = ResultCache(folder)
    try:
        cache._db()
    except (OSError, sqlite3.Error) as exc:
        if warn is not None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if folder.exists() and not folder.is_dir():
                reason = "it is a file, not a folder"
            warn(
                f"cannot keep the results cache in {folder}: {reason.lower()}; running without"
                " it (use --cache-dir DIR to move it, or --no-cache)"
            )
        yield None
        return
    try:
        yield cache
    finally:
        cache.close()
