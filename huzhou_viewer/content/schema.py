"""Check a placed YAML tree (yaml_tree.py) against the model's structs, reporting every mismatch with its position.

The schema is not written out here: the walk reads the msgspec struct classes (fields, types, defaults,
tag config), so model.py stays the only definition of the format. The walk also copies what it accepts
into plain dicts, lists and scalars, which msgspec then converts into the structs.
"""

from __future__ import annotations

import datetime
import functools
import os
import types
import typing
from collections.abc import Mapping
from typing import Any, Literal, Union

import msgspec

from huzhou_viewer.content.messages import Said, said, said_n
from huzhou_viewer.content.problems import Problem, closest, did_you_mean, quoted
from huzhou_viewer.content.text import is_text_type
from huzhou_viewer.content.yaml_tree import NodeKey, PlacedList, PlacedMap, TaggedScalar

INVALID: Any = object()  # "no value": the walk already reported why
HINTS = 1000  # "did you mean" guesses per file; each costs a fuzzy match against every field
Position = tuple[int, int]  # 1-based
NoneType = type(None)
# The fast path (PyYAML, YAML 1.1) reads `derived: yes` as true; accept it here too, or the validator
# would reject packs that load. Only where a true/false is expected: elsewhere `yes` stays text.
YAML11_BOOLEANS = {"yes": True, "no": False, "on": True, "off": False}


class SchemaWalk:
    """Walks one file's data against one struct class; `problems` collects what is wrong."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self._hints = 0

    def _closest(self, key: str, fields: dict[str, Any]) -> str | None:
        """The field a wrong key probably means, for the first HINTS unknown keys of the file: a file of tens of
        thousands of them (a pasted spreadsheet) still gets every one reported, the rest without a guess."""
        self._hints += 1
        return closest(key, fields) if self._hints <= HINTS else None

    def error(self, pos: Position, message: Said) -> Any:
        self.problems.append(Problem(self.file, pos[0], pos[1], message))
        return INVALID

    def document(self, data: Any, cls: type, pos: Position) -> Any:
        if data is None:
            return self.error(pos, said("file is empty; expected a mapping with keys {keys}", keys=_keys(cls)))
        if not isinstance(data, Mapping):
            # translators: {keys} lists the keys the file needs, then "..." when it may hold others; {found}
            # describes what the file holds instead, such as "a list"
            return self.error(pos, said("expected a mapping with keys {keys}, got {found}", keys=_keys(cls),
                                        found=describe_value(data)))
        return self.value(data, cls, pos)

    def value(self, value: Any, tp: Any, pos: Position) -> Any:
        if isinstance(value, TaggedScalar):
            return self.error(pos, said("YAML tag '{tag}' is not supported; remove it", tag=value.tag))
        origin = typing.get_origin(tp)
        if origin in (Union, types.UnionType):
            return self._union(value, tp, pos)
        if _is_struct(tp):
            return self._struct(value, tp, pos)
        if origin is Literal:
            return self._literal(value, tp, pos)
        if origin is list:
            return self._list(value, typing.get_args(tp)[0], pos)
        if origin is dict:
            return self._dict(value, typing.get_args(tp)[1], pos)
        if _fits(value, tp):
            return None if value is None else tp(value)  # str/int/float/bool subclasses -> plain builtins
        if tp is bool and isinstance(value, str) and value.lower() in YAML11_BOOLEANS:
            return YAML11_BOOLEANS[value.lower()]
        return self._wrong_type(value, tp, pos)

    def _wrong_type(self, value: Any, tp: Any, pos: Position) -> Any:
        expected, found = describe_type(tp), describe_value(value)
        wants_text = tp is str or is_text_type(tp) or typing.get_origin(tp) is Literal
        if wants_text and isinstance(value, (int, float, datetime.date)):
            # translators: {expected} says what the value should be, such as "text"; {found} is the number or date
            # written instead, such as "a whole number 3"
            return self.error(pos, said("expected {expected}, got {found} (put it in quotes to keep it as text)",
                                        expected=expected, found=found))
        return self.error(pos, said("expected {expected}, got {found}", expected=expected, found=found))

    def _union(self, value: Any, tp: Any, pos: Position) -> Any:
        members = [m for m in typing.get_args(tp) if m is not NoneType]
        if value is None and len(members) < len(typing.get_args(tp)):
            return None
        tagged = [m for m in members if _is_struct(m) and m.__struct_config__.tag_field]
        if tagged and isinstance(value, Mapping):
            return self._tagged(value, tagged, pos)
        for member in members:  # pick the member whose shape fits, then report inside it
            if _fits(value, member):
                return self.value(value, member, pos)
        return self._wrong_type(value, tp, pos)

    def _tagged(self, value: Mapping, members: list[type[msgspec.Struct]], pos: Position) -> Any:
        tag_field = members[0].__struct_config__.tag_field
        by_tag: dict[Any, type[msgspec.Struct]] = {m.__struct_config__.tag: m for m in members}
        kinds = quoted(by_tag)
        if tag_field not in value:
            # translators: {key} is a YAML key (kind); {kinds} lists what it may be: 'tasks', 'story', ...
            return self.error(pos, said("missing '{key}': say what this is, one of {kinds}", key=tag_field,
                                        kinds=kinds))
        tag = value[tag_field]
        if not isinstance(tag, str) or tag not in by_tag:
            where = self._child_pos(value, tag_field, pos)
            noun = _common_suffix([m.__name__ for m in members])  # TasksBlock, StoryBlock... -> "Block"
            return self.error(where, _unknown_kind(noun, tag_field, tag, did_you_mean(tag, by_tag), kinds))
        out = self._struct(value, by_tag[tag], pos)
        if out is not INVALID:
            out[tag_field] = tag
        return out

    def _struct(self, value: Any, cls: type[msgspec.Struct], pos: Position) -> Any:
        if not isinstance(value, Mapping):
            return self._wrong_type(value, cls, pos)
        if self._custom_tag(value, pos):
            return INVALID
        fields = _fields(cls)
        tag_field = cls.__struct_config__.tag_field
        out: dict[str, Any] = {}
        valid = True
        meant: set[str] = set()  # fields that a misspelt key probably stands for
        for key, item in value.items():
            if not isinstance(key, str):
                self.error(self._key_pos(value, key, pos), _not_text_key(key))
                valid = False
            elif key == tag_field:
                continue  # checked by _tagged
            elif key not in fields:
                close = self._closest(key, fields)
                meant.add(close or "")
                self.error(self._key_pos(value, key, pos), _unknown_key(key, close, fields))
                valid = False
            else:
                out[key] = self.value(item, fields[key].type, self._child_pos(value, key, pos))
                valid = valid and out[key] is not INVALID
        # A required key reported as "did you mean" above is not reported again as missing.
        missing = [name for name, f in fields.items() if f.required and name not in value and name not in meant]
        if missing:
            self.error(pos, said_n("missing required key {keys}", "missing required keys {keys}", len(missing),
                                   keys=quoted(missing)))
            valid = False
        return out if valid else INVALID

    def _literal(self, value: Any, tp: Any, pos: Position) -> Any:
        choices = typing.get_args(tp)
        if isinstance(value, str) and value in choices:
            return str(value)
        if isinstance(value, str):
            # translators: {hint} is empty or "; did you mean 'x'?"
            return self.error(pos, said("'{value}' is not one of {choices}{hint}", value=value, choices=quoted(choices),
                                        hint=did_you_mean(value, choices)))
        return self._wrong_type(value, tp, pos)

    def _list(self, value: Any, item_type: Any, pos: Position) -> Any:
        if not isinstance(value, list):
            return self._wrong_type(value, list, pos)
        if self._custom_tag(value, pos):
            return INVALID
        out = [self.value(item, item_type, self._child_pos(value, i, pos)) for i, item in enumerate(value)]
        return INVALID if any(item is INVALID for item in out) else out

    def _dict(self, value: Any, value_type: Any, pos: Position) -> Any:
        if not isinstance(value, Mapping):
            return self._wrong_type(value, dict, pos)
        if self._custom_tag(value, pos):
            return INVALID
        out: dict[str, Any] = {}
        valid = True
        for key, item in value.items():
            if not isinstance(key, str):
                self.error(self._key_pos(value, key, pos), _not_text_key(key))
                valid = False
                continue
            out[str(key)] = self.value(item, value_type, self._child_pos(value, key, pos))
            valid = valid and out[str(key)] is not INVALID
        return out if valid else INVALID

    def _custom_tag(self, value: Any, pos: Position) -> bool:
        tag = _tag_of(value)
        if tag:
            self.error(pos, said("YAML tag '{tag}' is not supported; remove it", tag=tag))
        return bool(tag)

    @staticmethod
    def _key_pos(container: Any, key: Any, pos: Position) -> Position:
        data = _lc_data(container, key)
        return (data[0] + 1, data[1] + 1) if data else pos

    @staticmethod
    def _child_pos(container: Any, key: Any, pos: Position) -> Position:
        """Where a value is: the scalar itself, or the key / list item holding a mapping or list."""
        data = _lc_data(container, key)
        if not data:
            return pos  # merged in by '<<': the library kept no position for it
        child = container[key]
        if isinstance(container, Mapping) and len(data) >= 4 and not isinstance(child, (Mapping, list)):
            return (data[2] + 1, data[3] + 1)
        return (data[0] + 1, data[1] + 1)


def _lc_data(container: Any, key: Any) -> Any:
    lc = getattr(container, "lc", None)
    try:
        return lc.data.get(key) if lc is not None else None
    except TypeError:  # an unhashable key
        return None


def _not_text_key(key: Any) -> Said:
    # translators: {found} describes the key, such as "a whole number 3"
    return said("keys must be text, got {found}", found=describe_value(key))


def _unknown_key(key: str, close: str | None, fields: dict[str, Any]) -> Said:
    if close:
        return said("unknown key '{key}'; did you mean '{close}'?", key=key, close=close)
    return said("unknown key '{key}'; expected one of {keys}", key=key, keys=quoted(fields))


def _unknown_kind(noun: str, key: str | None, tag: Any, hint: Said | str, kinds: Said | str) -> Said:
    """An unknown value of a tagged union's `key` (kind: figure), in whole sentences per union (`noun`: the
    common suffix of its classes' names; only blocks have one so far) and per what was written."""
    if noun == "Block" and isinstance(tag, str):
        # translators: {key} is a YAML key (kind); {hint} is empty or "; did you mean 'x'?"
        return said("unknown block {key} '{value}'{hint} (expected one of {kinds})", key=key, value=tag, hint=hint,
                    kinds=kinds)
    if noun == "Block":
        # translators: {key} is a YAML key (kind); {found} describes the value, such as "a whole number 3"
        return said("unknown block {key} {found} (expected one of {kinds})", key=key, found=describe_value(tag),
                    kinds=kinds)
    if isinstance(tag, str):
        return said("unknown {key} '{value}'{hint} (expected one of {kinds})", key=key, value=tag, hint=hint,
                    kinds=kinds)
    return said("unknown {key} {found} (expected one of {kinds})", key=key, found=describe_value(tag), kinds=kinds)


def _is_struct(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, msgspec.Struct)


@functools.cache
def _fields(cls: type[msgspec.Struct]) -> dict[str, msgspec.structs.FieldInfo]:
    """By key; cached, as msgspec evaluates the type hints again on every call (a file may hold 20,000 structs)."""
    return {f.encode_name: f for f in msgspec.structs.fields(cls)}


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _fits(value: Any, tp: Any) -> bool:
    """Whether `value` has the shape of `tp` (the union member to report against), not whether it is valid."""
    origin = typing.get_origin(tp)
    if tp is NoneType:
        return value is None
    if _is_bool(value) or tp is bool:
        return _is_bool(value) and tp is bool
    if tp is int:
        return isinstance(value, int)
    if tp is float:
        return isinstance(value, (int, float))
    if tp is str or origin is Literal:
        return isinstance(value, str)
    if _is_struct(tp) or origin is dict:
        return isinstance(value, Mapping)
    if origin is list:
        return isinstance(value, list)
    if origin in (Union, types.UnionType):
        return any(_fits(value, member) for member in typing.get_args(tp))
    return False


def _tag_of(value: Any) -> str | None:
    return value.tag if isinstance(value, (PlacedMap, PlacedList, TaggedScalar)) else None


def _common_suffix(names: list[str]) -> str:
    reversed_prefix = os.path.commonprefix([name[::-1] for name in names])[::-1]
    return reversed_prefix if reversed_prefix[:1].isupper() else ""


def _keys(cls: type) -> str:
    """The required keys of a struct, then '...' if it has optional ones too."""
    fields = msgspec.structs.fields(cls)
    required = [f.encode_name for f in fields if f.required]
    if not required:
        return ", ".join(f.encode_name for f in fields)
    return ", ".join(required + (["..."] if len(required) < len(fields) else []))


# What a value should be and what it was, said after "expected" and "got" in the messages above.
def _simple_type(tp: Any) -> Said | None:
    if tp is str:
        return said("text")
    if tp is int:
        return said("a whole number")
    if tp is float:
        return said("a number")
    if tp is bool:
        return said("true or false")
    return said("nothing") if tp is NoneType else None


def describe_type(tp: Any) -> Said | str:
    """What a value of `tp` is, as in "expected {this}, got ..." (a Said; str(tp) for a type the format lacks)."""
    origin = typing.get_origin(tp)
    if is_text_type(tp):
        return said("text (or a mapping from language to text)")
    simple = _simple_type(tp)
    if simple is not None:
        return simple
    if _is_struct(tp) or tp is dict or origin is dict:
        return said("a mapping")
    if tp is list or origin is list:
        return said("a list")
    if origin is Literal:
        return said("one of {choices}", choices=quoted(typing.get_args(tp)))
    if origin in (Union, types.UnionType):
        kinds = list(dict.fromkeys(describe_type(m) for m in typing.get_args(tp) if m is not NoneType))
        either = kinds[0]
        for other in kinds[1:]:  # a or b or c: each "or" one message, so a translator sees no list to join
            # translators: descriptions of what a value may be, such as "a number" and "text"; {either} may itself
            # be two or more joined this way ("a number or text")
            either = said("{either} or {other}", either=either, other=other)
        return either
    return str(tp)


def describe_value(value: Any) -> Said | str:
    """What `value` is, as in "expected ..., got {this}"."""
    if value is None:
        return said("nothing (an empty value)")
    if _is_bool(value):
        return "true" if value else "false"  # as YAML writes them
    if isinstance(value, int):
        return said("a whole number {value}", value=int(value))
    if isinstance(value, float):
        return said("a number {value}", value=float(value))
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return said("text '{text}'", text=short)
    if isinstance(value, datetime.date):
        return said("a date {date}", date=value.isoformat())
    if isinstance(value, Mapping) or (isinstance(value, NodeKey) and value.kind == "mapping"):
        return said("a mapping")
    if isinstance(value, (list, NodeKey)):
        return said("a list")
    tag = _tag_of(value)
    if tag:
        return said("a value tagged '{tag}'", tag=tag)
    # translators: {type} is a Python type's name
    return said("a {type}", type=type(value).__name__)
