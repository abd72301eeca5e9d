"""Patterns compiled when first used (checks.patterns) behave as compiled ones.

A lazy pattern with a mistake would fail only when a file first meets its phrase, so
every lazy pattern of every module is compiled here.
"""

from __future__ import annotations

import importlib
import re

import pytest

from checks.patterns import _LazyPattern, lazy_pattern

MODULES = ("checks.figures", "checks.quotes", "checks.quote_check")


@pytest.mark.parametrize("module_name", MODULES)
def test_every_lazy_pattern_of_a_module_compiles(module_name: str) -> None:
    module = importlib.import_module(module_name)
    lazy = [value for value in vars(module).values() if isinstance(value, _LazyPattern)]
    assert len(lazy) > 10
    for pattern in lazy:
        re.compile(pattern.pattern, pattern.flags)


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "rose 17-1/4 cents to $4.70-1/2, then 3 more"
    lazy, compiled = lazy_pattern(r"(?i)(\d+)-(\d)/(\d)"), re.compile(r"(?i)(\d+)-(\d)/(\d)")
    assert lazy.search(text) is not None
    assert lazy.search(text).groups() == compiled.search(text).groups()  # type: ignore[union-attr]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert lazy.split(text) == compiled.split(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.fullmatch("17-1/4") is not None and lazy.match("x") is None
    assert lazy.pattern == compiled.pattern


def test_after_its_first_use_a_lazy_pattern_calls_the_compiled_methods() -> None:
    lazy = lazy_pattern(r"\d+")
    lazy.search("12")
    assert "search" in vars(lazy)  # the instance's own, found before the class's method
    assert type(lazy.search).__name__ in {"builtin_method", "builtin_function_or_method"}
