"""The engine's records: immutable where results are, and safe outside the cyclic collector.

Records are ``msgspec.Struct`` classes. A record built with ``gc=False`` is never visited by
the cyclic garbage collector, which is safe only if it can never be part of a reference
cycle: every field must hold immutable values (numbers, text, enums, tuples of them and
other frozen records), since an immutable object can refer only to objects older than
itself. These tests keep that true as fields are added.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
import types
import typing
from typing import Any

import msgspec
import pytest

import checks
from checks.intervals import Interval
from checks.loading import Location
from checks.results import CheckResult, FileResult, Verdict


def _records() -> list[type[msgspec.Struct]]:
    found: dict[str, type[msgspec.Struct]] = {}
    for module_info in pkgutil.walk_packages(checks.__path__, "checks."):
        if module_info.name in ("checks.pytest_plugin", "checks.__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, msgspec.Struct)
                and value.__module__ == module.__name__
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


def _immutable(annotation: Any, seen: set[Any]) -> bool:
    if annotation in (str, int, float, bool, type(None)) or annotation is Any:
        return annotation is not Any
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return all(isinstance(v, str | int | bool) for v in typing.get_args(annotation))
    if origin in (typing.Union, types.UnionType, tuple):
        arguments = [a for a in typing.get_args(annotation) if a is not Ellipsis]
        return all(_immutable(a, seen) for a in arguments)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return True
    if isinstance(annotation, type) and issubclass(annotation, tuple):  # a named tuple
        hints = typing.get_type_hints(annotation)
        return all(_immutable(hints[name], seen) for name in annotation._fields)
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        if annotation in seen:
            return True
        seen.add(annotation)
        if not annotation.__struct_config__.frozen:
            return False
        hints = typing.get_type_hints(annotation)
        return all(_immutable(hints[name], seen) for name in annotation.__struct_fields__)
    return False


RECORDS = _records()
UNTRACKED = [record for record in RECORDS if not record.__struct_config__.gc]


def test_the_records_are_found() -> None:
    names = {record.__name__ for record in RECORDS}
    assert {"Interval", "Figure", "CheckResult", "FileResult", "Operand"} <= names
    assert {record.__name__ for record in UNTRACKED} >= {"Interval", "CheckResult"}


@pytest.mark.parametrize("record", UNTRACKED, ids=lambda r: r.__qualname__)
def test_a_record_left_out_of_the_cyclic_collector_holds_only_immutable_values(
    record: type[msgspec.Struct],
) -> None:
    assert _immutable(record, set()), (
        f"{record.__qualname__} has gc=False but a field that may hold a mutable value; "
        "drop gc=False or make the field immutable"
    )


class _Holder(msgspec.Struct, frozen=True, gc=False):
    items: list[int]


class _Loose(msgspec.Struct):
    value: float


class _Wrapper(msgspec.Struct, frozen=True):
    inner: _Loose


def test_the_immutability_rule_rejects_mutable_fields() -> None:
    Holder, Wrapper = _Holder, _Wrapper
    assert not _immutable(Holder, set())
    assert not _immutable(Wrapper, set())
    assert not _immutable(dict[str, int], set())
    assert _immutable(tuple[Interval, ...], set())


@pytest.mark.parametrize("record", [Interval, CheckResult, FileResult], ids=lambda r: r.__name__)
def test_results_are_frozen(record: type[msgspec.Struct]) -> None:
    example = {
        Interval: Interval(1.0, 2.0),
        CheckResult: CheckResult("c", "sum", Verdict.CONSISTENT, Location("f.yaml", 1, 1)),
        FileResult: FileResult("f.yaml"),
    }[record]
    field = record.__struct_fields__[0]
    with pytest.raises(AttributeError):
        setattr(example, field, getattr(example, field))
    assert example == msgspec.structs.replace(example)
    assert hash(example) == hash(msgspec.structs.replace(example))


@pytest.mark.parametrize(
    ("path", "keys"),
    [
        ((), ["source", "claims", "checks", "settings"]),
        (("claims", "any_claim"), None),  # a claim's own keys
        (("claims",), []),  # claim ids are the writer's, not a fixed set
        (("source", "title"), []),  # text, not a mapping
        (("nowhere",), []),
    ],
)
def test_the_keys_allowed_at_a_path_follow_the_models(
    path: tuple[str, ...], keys: list[str] | None
) -> None:
    from checks.records import Claim, ClaimFile, fields_at

    expected = list(Claim.model_fields) if keys is None else keys
    assert fields_at(ClaimFile, path) == expected


def test_the_keys_of_a_check_kind_are_read_by_the_names_files_use() -> None:
    """`is` is an alias (a Python keyword): the message must name `is`, not `is_`."""
    from checks.kinds.share import ShareParameters
    from checks.records import fields_at

    assert fields_at(ShareParameters, ()) == ["share"]
    assert fields_at(ShareParameters, ("share",)) == ["part", "whole", "is"]
