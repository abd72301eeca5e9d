"""Results to JSON-able data and back, for the cache and for worker processes.

Plain data only (never pickle): a cache folder can come from anywhere, and reading one
must never run code. Every result class is a frozen record (a ``msgspec.Struct``) of
strings, numbers, enums, tuples and other such records; their type hints say how to
rebuild them.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import msgspec

T = TypeVar("T")


class SerializationError(ValueError):
    """Data that does not fit the result classes (a stale or foreign cache entry)."""


def to_data(value: Any) -> Any:
    """A result object as JSON-able data (dicts, lists, strings, numbers, None)."""
    if isinstance(value, msgspec.Struct):
        return {name: to_data(getattr(value, name)) for name in value.__struct_fields__}
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {name: to_data(getattr(value, name)) for name in value._fields}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [to_data(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise SerializationError(f"cannot serialise {type(value).__name__}")


def from_data(cls: type[T], data: Any) -> T:
    """Rebuild an instance of ``cls`` from :func:`to_data` output; strict about shapes."""
    annotation: Any = cls
    result: T = _builder(annotation)(data)
    return result


Builder = Callable[[Any], Any]


@functools.cache
def _builder(annotation: Any) -> Builder:
    """A function that rebuilds values of ``annotation`` (made once per type)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(options) < len(typing.get_args(annotation))
        builders = [_builder(option) for option in options]

        def union(data: Any) -> Any:
            if data is None and nullable:
                return None
            for build in builders:
                try:
                    return build(data)
                except SerializationError:
                    continue
            raise SerializationError(f"{data!r} fits none of {annotation}")

        return union
    if origin is tuple:
        arguments = typing.get_args(annotation)
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            item = _builder(arguments[0])

            def variadic(data: Any) -> Any:
                if not isinstance(data, list):
                    raise SerializationError("expected a list")
                return tuple(map(item, data))

            return variadic
        parts = [_builder(a) for a in arguments]

        def fixed(data: Any) -> Any:
            if not isinstance(data, list) or len(data) != len(parts):
                raise SerializationError("expected a list of fixed length")
            return tuple(build(x) for build, x in zip(parts, data, strict=True))

        return fixed
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        return _struct_builder(annotation)
    if isinstance(annotation, type) and issubclass(annotation, tuple):
        return _named_tuple_builder(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        enumeration = annotation

        def member(data: Any) -> Any:
            try:
                return enumeration(data)
            except ValueError:
                raise SerializationError(f"{data!r} is not a {enumeration.__name__}") from None

        return member
    if annotation is float:

        def number(data: Any) -> Any:
            if isinstance(data, int | float) and not isinstance(data, bool):
                return float(data)
            raise SerializationError(f"{data!r} is not a number")

        return number
    if annotation in (str, int, bool):
        kind = annotation

        def plain(data: Any) -> Any:
            if type(data) is kind:
                return data
            raise SerializationError(f"{data!r} is not a {kind.__name__}")

        return plain
    if annotation is Any:
        return lambda data: data
    raise SerializationError(f"cannot rebuild {annotation}")


def _named_tuple_builder(cls: type) -> Builder:
    hints = typing.get_type_hints(cls)
    return _record_builder(cls, [(name, hints[name]) for name in getattr(cls, "_fields", ())])


def _struct_builder(cls: type[msgspec.Struct]) -> Builder:
    hints = typing.get_type_hints(cls)
    return _record_builder(cls, [(name, hints[name]) for name in cls.__struct_fields__])


_PLAIN = (str, int, bool)


def _record_builder(cls: type, fields: list[tuple[str, Any]]) -> Builder:
    """Rebuild ``cls`` from an object with exactly ``fields``, passed in order.

    Fields of a plain type (or plain-or-None) are checked in line rather than through a
    builder call each: a cache hit rebuilds some seventy objects per file, and the calls
    were most of its cost.
    """
    spec: list[tuple[str, type | None, bool, Builder]] = []
    for name, annotation in fields:
        options = typing.get_args(annotation)
        nullable = typing.get_origin(annotation) in (typing.Union, types.UnionType) and (
            len(options) == 2 and type(None) in options
        )
        plain = [o for o in options if o is not type(None)] if nullable else [annotation]
        kind = plain[0] if len(plain) == 1 and plain[0] in _PLAIN else None
        spec.append((name, kind, nullable, _builder(annotation)))
    count = len(spec)
    title = cls.__name__

    def build(data: Any) -> Any:
        if type(data) is not dict or len(data) != count:
            raise SerializationError(f"expected the fields of {title}")
        values = []
        for name, kind, nullable, builder in spec:
            try:
                value = data[name]
            except KeyError:
                raise SerializationError(f"expected the fields of {title}") from None
            if kind is None:
                value = builder(value)
            elif type(value) is not kind and not (nullable and value is None):
                raise SerializationError(f"{value!r} is not a {kind.__name__}")
            values.append(value)
        return cls(*values)

    return build
