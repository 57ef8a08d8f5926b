"""Does view data have the shape views.py declares? And a digest of that shape, to stamp kept decks with.

A dict must have exactly its TypedDict's keys (an undeclared key is as wrong as a missing one), each
value of the declared type. A union of views is told apart by its `kind`. Checks are compiled once per
type into closures, so a kept deck of a thousand honourees is checked in milliseconds at start.
"""

from __future__ import annotations

import types
import typing
import zlib
from collections.abc import Callable
from functools import cache
from typing import Any, Literal, Union

# A check returns None, or where (innermost key first) and what is wrong.
Check = Callable[[Any], "tuple[list[str], str] | None"]


def problem(value: object, tp: object, name: str = "deck") -> str | None:
    """What makes `value` not of type `tp` ("deck.by_language.en.scenes[3]: no key 'notes'"), or None."""
    found = _compile(tp)(value)
    if found is None:
        return None
    where, what = found
    return f"{name}{''.join(reversed(where))}: {what}"


def digest(tp: object) -> str:
    """A checksum of a type's shape: it changes when a field is added, removed, renamed or retyped."""
    return f"{zlib.crc32(_describe(tp).encode('utf-8')):08x}"


def _is_view(tp: object) -> bool:
    return typing.is_typeddict(tp)


@cache
def _describe(tp: object) -> str:
    if _is_view(tp):
        hints = typing.get_type_hints(tp)
        return f"{getattr(tp, '__name__', '')}{{{','.join(f'{k}:{_describe(v)}' for k, v in hints.items())}}}"
    args = typing.get_args(tp)
    if typing.get_origin(tp) is Literal:
        return f"Literal{list(args)!r}"
    if args:
        return f"{_origin_name(tp)}[{','.join(_describe(a) for a in args)}]"
    return getattr(tp, "__name__", repr(tp))


def _origin_name(tp: object) -> str:
    origin = typing.get_origin(tp)
    return "Union" if origin in (Union, types.UnionType) else getattr(origin, "__name__", repr(origin))


@cache
def _compile(tp: object) -> Check:
    if _is_view(tp):
        return _view(tp)  # type: ignore[arg-type]  # a TypedDict class, as _is_view has just said
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Literal:
        return _literal(args)
    if origin in (Union, types.UnionType):
        return _union(args)
    if origin is list:
        return _list(_compile(args[0]))
    if origin is dict:
        return _dict(_compile(args[1]))
    if tp is type(None):
        return lambda v: None if v is None else ([], f"{v!r} is not None")
    if tp is float:  # JSON writes 2.0 as it reads it, but a pack may give 2
        return lambda v: None if type(v) in (float, int) else ([], f"{v!r} is not a number")
    if tp in (str, int, bool):
        return lambda v: None if type(v) is tp else ([], f"{v!r} is not {tp.__name__}")
    raise TypeError(f"no check for {tp!r}")


def _view(tp: type) -> Check:
    fields = [(key, _compile(hint)) for key, hint in typing.get_type_hints(tp).items()]
    keys = frozenset(key for key, _ in fields)

    def check(value: Any) -> tuple[list[str], str] | None:
        if type(value) is not dict:
            return [], f"not a {tp.__name__} but {type(value).__name__}"
        if value.keys() != keys:
            missing, extra = sorted(keys - value.keys()), sorted(map(str, value.keys() - keys))
            said = ([f"lacks {', '.join(missing)}"] if missing else []) + (
                [f"has undeclared {', '.join(extra)}"] if extra else [])
            return [], f"{tp.__name__} {'; '.join(said)}"
        for key, field in fields:
            found = field(value[key])
            if found is not None:
                found[0].append(f".{key}")
                return found
        return None

    return check


def _literal(allowed: tuple) -> Check:
    return lambda v: None if type(v) is str and v in allowed else ([], f"{v!r} is not one of {list(allowed)}")


def _union(members: tuple) -> Check:
    views = [m for m in members if _is_view(m)]
    if views and len(views) == len(members):  # views told apart by kind
        by_kind = {kind: _compile(m) for m in views for kind in typing.get_args(typing.get_type_hints(m)["kind"])}
        return lambda v: (by_kind[v["kind"]](v) if type(v) is dict and v.get("kind") in by_kind
                          else ([], f"no view has kind {v.get('kind') if type(v) is dict else v!r}"))
    checks = [_compile(m) for m in members]
    names = " or ".join("None" if m is type(None) else _describe(m) for m in members)

    def check(value: Any) -> tuple[list[str], str] | None:
        if any(one(value) is None for one in checks):
            return None
        return [], f"{value!r} is not {names}"

    return check


def _list(item: Check) -> Check:
    def check(value: Any) -> tuple[list[str], str] | None:
        if type(value) is not list:
            return [], f"{type(value).__name__} is not a list"
        for i, one in enumerate(value):
            found = item(one)
            if found is not None:
                found[0].append(f"[{i}]")
                return found
        return None

    return check


def _dict(item: Check) -> Check:
    def check(value: Any) -> tuple[list[str], str] | None:
        if type(value) is not dict:
            return [], f"{type(value).__name__} is not a mapping"
        for key, one in value.items():
            found = item(one) if type(key) is str else ([], f"key {key!r} is not text")
            if found is not None:
                found[0].append(f".{key}")
                return found
        return None

    return check
