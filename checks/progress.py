"""A progress bar on the terminal for long runs (nothing when not a terminal).

It appears only once a run has taken a couple of seconds, on standard error, so short
runs and piped or CI output are never cluttered.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

DELAY = 2.0
"""Seconds before the bar appears."""


@contextlib.contextmanager
def terminal_progress() -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(done, total)`` callback drawing a bar on a TTY, else ``None``."""
    if not sys.stderr.isatty():
        yield None
        return
    started = time.monotonic()
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if "bar" not in state:
            if time.monotonic() - started < DELAY or done >= total:
                return
            from rich.progress import Progress

            bar = Progress(transient=True)
            bar.start()
            state["bar"] = bar
            state["task"] = bar.add_task("checking claim files", total=total)
        state["bar"].update(state["task"], completed=done)

    try:
        yield update
    finally:
        if "bar" in state:
            state["bar"].stop()
