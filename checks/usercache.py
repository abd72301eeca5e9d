"""The per-user folder for tables built from installed code, kept between runs.

Three tables depend only on the installed harness, lark and pint, never on the files
judged: lark's parse tables of the grammar, pint's parsed unit definitions, and the unit
phrases earlier runs resolved (:func:`remember_units`). Each takes a few tenths of a second
to build, so they are kept in ``$XDG_CACHE_HOME/claim-checks`` (or ``~/.cache/claim-checks``)
and used by every run, ``--no-cache`` or not. Never in the project: lark and pint store
theirs with pickle, and a file a pull request could plant must not be loaded. This is not
the results cache (``.claim-checks-cache``, ``--no-cache``), which holds judgements of
claim files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path


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


def _units_fingerprint() -> str:
    """The harness's code and the installed pint: either changes what a unit phrase means.

    pint is named by its ``dist-info`` folder, found without importing pint or
    ``importlib.metadata`` (both cost more than a one-file run's judging).
    """
    import importlib.util

    from checks.cache import code_fingerprint

    spec = importlib.util.find_spec("pint")
    installed = "?"
    if spec is not None and spec.origin is not None:
        site = Path(spec.origin).parent.parent
        names = sorted(p.name for p in site.glob("[Pp]int-*.dist-info"))
        installed = names[-1] if names else Path(spec.origin).parent.as_posix()
    return f"{code_fingerprint()}/{installed}"


def _units_file() -> Path | None:
    """The file of unit phrases this code resolved with this pint (one per pair of versions)."""
    folder = private_folder()
    if folder is None:
        return None
    digest = hashlib.sha256(_units_fingerprint().encode("utf-8")).hexdigest()[:24]
    return folder / f"units-{digest}.json"


def remember_units() -> None:
    """Load the unit phrases earlier runs resolved (see ``units.REMEMBERED``).

    A run whose unit phrases are all known then never imports pint (half a second). The
    file is JSON, checked record by record; a damaged one is ignored (and rewritten).
    """
    from checks import units
    from checks.serialization import SerializationError, from_data

    path = _units_file()
    if path is None:
        return
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        for phrase, info in data["units"].items():
            units.REMEMBERED[phrase] = None if info is None else from_data(units.UnitInfo, info)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, SerializationError):
        units.REMEMBERED.clear()


MAX_REMEMBERED = 4_096
"""Unit phrases kept at most (each project adds its counted nouns): the oldest make way."""


@contextlib.contextmanager
def remembered_units() -> Iterator[None]:
    """For the duration of a run: the unit phrases earlier runs resolved, and this run's kept."""
    remember_units()
    try:
        yield
    finally:
        save_units()


def save_units() -> None:
    """Store the unit phrases this run resolved with pint, for the next runs."""
    from checks import units
    from checks.serialization import to_data

    if not units.LEARNED:
        return
    path = _units_file()
    if path is None:
        return
    room = max(MAX_REMEMBERED - len(units.LEARNED), 0)
    kept = list(units.REMEMBERED.items())[-room:] if room else []
    known = {**dict(kept), **units.LEARNED}  # oldest first: the file keeps that order
    data = {"units": {p: None if i is None else to_data(i) for p, i in known.items()}}
    with contextlib.suppress(OSError):
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
