"""Texts: a plain string (the same in every language) or a mapping language tag -> string.

Strings are returned as written, but for the line-break marks (`{{...}}`, marks.py), which only the stage uses:
nothing here (or anywhere in the pack layer) treats text as markup.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from functools import cache
from typing import Union

import msgspec

from huzhou_viewer.content.marks import strip_marks
from huzhou_viewer.content.model import Text

KeyPath = tuple[str | int, ...]


def localize(text: Text | None, language: str, fallback: str, marks: bool = False) -> str:
    """The text in `language`; else in `fallback` (the pack's default language); else in any language given.
    Without its line-break marks, unless `marks` (the stage's view data turns them into break characters)."""
    found = _localized(text, language, fallback)
    return found if marks else strip_marks(found)


def written_in(text: Text | None, language: str, fallback: str) -> str:
    """The language whose words `localize` returns: `language` for a plain string (it is everyone's)."""
    if not isinstance(text, dict) or language in text:
        return language
    return fallback if fallback in text else next(iter(text), language)


def _localized(text: Text | None, language: str, fallback: str) -> str:
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    if language in text:
        return text[language]
    if fallback in text:
        return text[fallback]
    return next(iter(text.values()), "")


def languages_of(text: Text | None) -> tuple[str, ...]:
    """The language tags a text is written in. A plain string belongs to no language in particular: ()."""
    if isinstance(text, dict):
        return tuple(text)
    return ()


def shown_instead(text: dict[str, str], default_language: str) -> str | None:
    """The language `localize` shows when a translation is missing (None for an empty mapping)."""
    if default_language in text:
        return default_language
    return next(iter(text), None)


def is_text_type(tp: object) -> bool:
    """True for `Text` and `Text | None` as written in the model (Union[str, dict[str, str]])."""
    args = set(_union_args(tp)) - {type(None)}
    return args == {str, dict[str, str]}


def iter_texts(value: object, path: KeyPath = ()) -> Iterator[tuple[KeyPath, Text]]:
    """Every Text inside a pack struct, with the key path that leads to it (for locating it in the YAML)."""
    if isinstance(value, msgspec.Struct):
        for name, tp in _field_types(type(value)):
            yield from _texts_in_field(getattr(value, name), tp, path + (name,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from iter_texts(item, path + (index,))


def _texts_in_field(value: object, tp: object, path: KeyPath) -> Iterator[tuple[KeyPath, Text]]:
    if value is None:
        return
    if is_text_type(tp):
        yield path, value  # type: ignore[misc]
    elif typing.get_origin(tp) is dict and is_text_type(typing.get_args(tp)[1]):
        for key, text in value.items():  # type: ignore[attr-defined]
            yield path + (key,), text
    else:
        yield from iter_texts(value, path)


@cache
def _field_types(cls: type) -> tuple[tuple[str, object], ...]:
    return tuple((f.name, f.type) for f in msgspec.structs.fields(cls))


def _union_args(tp: object) -> tuple[object, ...]:
    if typing.get_origin(tp) in (Union, types.UnionType):
        return typing.get_args(tp)
    return (tp,)
