"""Finding claim files: which files under the given paths are claim files, each once."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from checks.loading import Location, Problem

SUFFIXES = (".yaml", ".yml")
RATES_SUFFIXES = (".rates.yaml", ".rates.yml")
"""Exchange-rate files (``settings.rates``) may sit among claim files; they are not claims."""


def discover(paths: Iterable[str]) -> tuple[list[tuple[Path, Path]], list[Problem]]:
    """Every claim file under ``paths`` with its root folder, sorted, each once.

    Symlink loops are skipped; a folder whose name ends in ``.yaml`` is walked, not read.
    An exchange-rate file is never a claim file, even named on its own (a pre-commit hook
    or a shell glob hands over every changed ``*.yaml``).
    """
    found: dict[Path, Path] = {}
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            if not path.name.endswith(RATES_SUFFIXES):
                found.setdefault(path, path.parent)
            continue
        if not path.exists():
            problems.append(
                Problem(
                    Location(raw, 1, 1),
                    "no such file or folder; name the claim files or folders to check "
                    "(claim-checks run PATH ...), or run where claims/ is",
                )
            )
            continue
        seen: set[tuple[int, int]] = set()
        for folder, dirs, files in os.walk(path, followlinks=True):
            stat = os.stat(folder)
            key = (stat.st_dev, stat.st_ino)
            if key in seen:
                dirs[:] = []
                continue
            seen.add(key)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            base = Path(folder)
            for name in files:
                if name.endswith(SUFFIXES) and not name.endswith(RATES_SUFFIXES):
                    found.setdefault(base / name, path)
    ordered = sorted(found.items(), key=lambda item: item[0].as_posix())
    return ordered, problems
