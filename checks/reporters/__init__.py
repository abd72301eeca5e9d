"""Report formats: one module each, registered by name with :func:`register`.

A reporter receives finished results (:class:`checks.results.RunResult`) and returns
text; it knows nothing about YAML, figures or kinds. Adding a format means one module
here and its name in :data:`REPORTER_MODULES`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from checks.results import RunResult

REPORTER_MODULES = ("text", "json", "junit", "sarif", "github", "gitlab", "markdown")


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What the user asked of the output."""

    color: bool = False
    verbose: bool = False


Render = Callable[[RunResult, RenderOptions], str]


@dataclass(frozen=True, slots=True)
class Reporter:
    """A registered output format."""

    name: str
    render: Render
    summary: str


REGISTRY: dict[str, Reporter] = {}


def register(name: str, summary: str) -> Callable[[Render], Render]:
    """Register a render function as the output format ``name``."""

    def decorate(render: Render) -> Render:
        REGISTRY[name] = Reporter(name, render, summary)
        return render

    return decorate


def load_reporters() -> dict[str, Reporter]:
    """Import every built-in format module (each registers itself) and return the registry."""
    for module in REPORTER_MODULES:
        importlib.import_module(f"checks.reporters.{module}")
    return REGISTRY
