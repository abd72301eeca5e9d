"""What a run may vary, shared by the engine, the runner, the CLI and the pytest plugin.

Kept apart from the engine so that a run whose results all come from the cache never
imports the engine (and with it pydantic, the grammar and the check kinds).
"""

from __future__ import annotations

import datetime as dt

import msgspec


class Options(msgspec.Struct, frozen=True):
    """What a run may vary: strictness and the date ``known.until`` is compared with."""

    strict: bool = False
    today: dt.date | None = None
    details: bool = True
    """Fill in what review reports show (intervals written out, charts, quote positions);
    off for CI formats, which never show them, to keep large runs fast and small."""
