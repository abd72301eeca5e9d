"""The per-user folder for tables built from installed code, kept between runs.

lark's parse tables and pint's parsed unit definitions each take a few tenths of a second
to build and depend only on the installed versions of lark, pint and the grammar, so they
are kept in ``$XDG_CACHE_HOME/claim-checks`` (or ``~/.cache/claim-checks``). Never in the
project: both libraries store them with pickle, and a file a pull request could plant must
not be loaded. This is not the results cache (``.claim-checks-cache``, ``--no-cache``),
which holds judgements of claim files.
"""

from __future__ import annotations

import os
from pathlib import Path


def private_folder(*parts: str) -> Path | None:
    """The per-user cache folder (or a folder inside it), made owner-only if need be.

    ``None`` when it cannot be made or is not this user's own: the caller then builds its
    tables afresh, as if there were no cache.
    """
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base, "claim-checks", *parts)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    owner = getattr(os, "getuid", None)
    if not os.access(folder, os.W_OK) or (owner is not None and folder.stat().st_uid != owner()):
        return None
    return folder
