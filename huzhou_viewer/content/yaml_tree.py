"""A pack file read for the detailed path: plain dicts and lists that remember where each part was written.

PyYAML composes the file into nodes that carry their marks (libyaml where the platform has it; the pure-Python
parser only to word a syntax error, or for what libyaml refuses and YAML allows, such as an anchor defined
twice), and the tree is built from those nodes in one pass: each node once, an alias the very object it names,
a merge key the keys it brings. The work is linear in the nodes that yaml_limits lets through. Scalars are
read by YAML 1.2's core schema (`no` and `on` are text, `1:30` is text), as the format document says.

A mapping's and a list's positions are in `.lc` (`line`, `col`, and `data`: per key [key line, key column,
value line, value column], per list index [line, column]; 0-based), the shape locate.py reads; a key brought
in by `<<` has no entry, as it was not written there.
"""

from __future__ import annotations

import datetime
import re
import warnings
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from huzhou_viewer.content.messages import Said, said
from huzhou_viewer.content.problems import Problem
from huzhou_viewer.content.yaml_limits import node_problem

MAX_DEPTH = 100  # mappings and lists inside each other; the format needs fewer than 10
_CORE = "tag:yaml.org,2002:"
_MERGE = _CORE + "merge"


class Place:
    __slots__ = ("col", "data", "line")

    def __init__(self, mark: Any) -> None:
        self.line: int = mark.line if mark is not None else 0
        self.col: int = mark.column if mark is not None else 0
        self.data: dict[Any, list[int]] = {}


class PlacedMap(dict[Any, Any]):
    """A mapping as written; `tag` is a tag the format does not know (reported by the schema walk)."""

    __slots__ = ("lc", "tag")
    lc: Place
    tag: str | None


class PlacedList(list[Any]):
    __slots__ = ("lc", "tag")
    lc: Place
    tag: str | None


class TaggedScalar:
    """A scalar with a tag of its own (`!loc Title`): kept apart from text, so the walk can name the tag."""

    __slots__ = ("tag", "value")

    def __init__(self, value: str, tag: str) -> None:
        self.value, self.tag = value, tag


class NodeKey:
    """A mapping or list written as a key (`? [a, b]: x`): hashable, so it can be reported as a key. `kind` is
    "mapping" or "list"."""

    __slots__ = ("kind",)

    def __init__(self, kind: str) -> None:
        self.kind = kind


class _Resolver12(yaml.resolver.BaseResolver):
    """YAML 1.2 core schema (the regular expressions ruamel.yaml uses for 1.2), for plain scalars."""


for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("float", r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
        |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""", "-+0123456789."),
    ("int", r"""^(?:[-+]?0b[0-1_]+
        |[-+]?0o?[0-7_]+
        |[-+]?[0-9_]+
        |[-+]?0x[0-9a-fA-F_]+)$""", "-+0123456789"),
    ("merge", r"^(?:<<)$", "<"),
    ("null", r"^(?: ~ |null|Null|NULL | )$", ["~", "n", "N", ""]),
    ("timestamp", r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
        |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
        (?:[Tt]|[ \t]+)[0-9][0-9]? :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
        (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""", "0123456789"),
):
    _Resolver12.add_implicit_resolver(_CORE + _tag, re.compile(_pattern, re.X), list(_first))


CParser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)  # None: PyYAML built without libyaml


if CParser is not None:
    class _CComposer(CParser, _Resolver12):
        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            _Resolver12.__init__(self)


class _PyComposer(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer,
                  _Resolver12):
    """The pure-Python parser: its messages are the ones YAML authors see in most tools."""

    def __init__(self, text: str) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        _Resolver12.__init__(self)

    def compose_node(self, parent: Any, index: Any) -> Any:
        # YAML lets an anchor be defined again (the later one wins); PyYAML refuses it.
        if not self.check_event(yaml.AliasEvent):
            anchor = self.peek_event().anchor
            if anchor is not None:
                self.anchors.pop(anchor, None)
        return super().compose_node(parent, index)


class _Refused(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def read_tree(text: str, file: str) -> tuple[Any, Problem | None]:
    """(tree, None), or (None, the first problem that stops the file from being read at all)."""
    node, problem = compose(text, file)
    if problem is None:
        problem = node_problem(node, file)  # before a single value is built from the nodes
    if problem is not None:
        return None, problem
    try:
        return _Builder(file).build(node, 0), None
    except _Refused as refused:
        return None, refused.problem


def compose(text: str, file: str) -> tuple[Any, Problem | None]:
    """The file's root node (None for an empty file), or the Problem that stops it being parsed."""
    if CParser is not None:
        loader = _CComposer(text)
        try:
            return loader.get_single_node(), None
        except yaml.MarkedYAMLError as error:
            if "maximum nesting depth" in str(error.problem):  # the pure-Python parser would recurse as deep
                return None, _marked(file, error.problem_mark, said("nested too deeply to read"))
        except yaml.YAMLError:
            pass  # worded, or perhaps allowed, by the pure-Python parser below
        finally:
            loader.dispose()
    return _compose_python(text, file)


def _compose_python(text: str, file: str) -> tuple[Any, Problem | None]:
    loader = None
    try:
        loader = _PyComposer(text)  # its reader checks the characters as it is made
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return loader.get_single_node(), None
    except yaml.reader.ReaderError as error:
        line, column = _position_of(text, error.position)
        char = error.character if isinstance(error.character, int) else ord(error.character)
        return None, Problem(file, line, column, said("character U+{code:04X} is not allowed in YAML", code=char))
    except yaml.MarkedYAMLError as error:
        return None, _marked(file, error.problem_mark or error.context_mark, _syntax_message(error))
    except RecursionError:
        return None, Problem(file, 1, 1, said("nested too deeply to read"))
    except Exception as error:  # noqa: BLE001 - any other parser failure is still just a bad file
        # translators: {error} is the YAML parser's own English
        return None, Problem(file, 1, 1, said("cannot read YAML: {error}", error=str(error)))
    finally:
        if loader is not None:
            loader.dispose()


class _Builder:
    def __init__(self, file: str) -> None:
        self.file = file
        self.built: dict[int, Any] = {}  # id(node) -> value: an alias is the object it names
        self.scalars = SafeConstructor()

    def refuse(self, node: Any, message: Said) -> _Refused:
        return _Refused(_marked(self.file, node.start_mark, message))

    def build(self, node: Any, depth: int) -> Any:
        if node is None:
            return None
        done = self.built.get(id(node))
        if done is not None or id(node) in self.built:
            return done
        if isinstance(node, yaml.ScalarNode):
            value = self.scalar(node)
        elif depth >= MAX_DEPTH:
            raise self.refuse(node, said("nested more than {limit} levels deep; a pack needs far fewer",
                                         limit=MAX_DEPTH))
        elif isinstance(node, yaml.SequenceNode):
            value = self.sequence(node, depth)
        else:
            value = self.mapping(node, depth)
        self.built[id(node)] = value
        return value

    def scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR:
            return node.value
        read = _BY_TAG.get(node.tag)
        if read is None:
            return TaggedScalar(node.value, node.tag)
        try:
            return read(self, node)
        except (ValueError, TypeError, OverflowError) as error:
            if node.style is None:  # plain and only looking like a number ("_"): text, as written
                return node.value
            # translators: {tag} is a YAML type (int, float, timestamp); {error} is Python's own English
            raise self.refuse(node, said("'{value}' cannot be read as {tag}: {error}", value=node.value,
                                         tag=node.tag[len(_CORE):], error=str(error))) from None

    def sequence(self, node: yaml.SequenceNode, depth: int) -> PlacedList:
        out = PlacedList()
        out.lc, out.tag = Place(node.start_mark), _own_tag(node, "seq")
        self.built[id(node)] = out  # before the items: an alias inside names this list
        for index, item in enumerate(node.value):
            out.append(self.build(item, depth + 1))
            out.lc.data[index] = [item.start_mark.line, item.start_mark.column]
        return out

    def mapping(self, node: yaml.MappingNode, depth: int) -> PlacedMap:
        out = PlacedMap()
        out.lc, out.tag = Place(node.start_mark), _own_tag(node, "map")
        self.built[id(node)] = out
        merged: list[PlacedMap] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                merged.extend(self.merged(value_node, depth))
                continue
            key = self.key(key_node, depth)
            if key in out.lc.data:
                raise self.refuse(key_node, said("duplicate key '{key}': a key may appear only once in a mapping",
                                                 key=key))
            out[key] = self.build(value_node, depth + 1)
            k, v = key_node.start_mark, value_node.start_mark
            out.lc.data[key] = [k.line, k.column, v.line, v.column]
        for source in merged:  # written keys win over merged ones, and an earlier merge over a later one
            for key, value in source.items():
                out.setdefault(key, value)
        return out

    def merged(self, node: Any, depth: int) -> list[PlacedMap]:
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        if not sources or not all(isinstance(source, yaml.MappingNode) for source in sources):
            raise self.refuse(node, said("'<<' merges a mapping or a list of mappings into this one"))
        return [self.build(source, depth + 1) for source in sources]

    def key(self, node: Any, depth: int) -> Any:
        if isinstance(node, yaml.ScalarNode):
            return self.build(node, depth + 1)
        return NodeKey("mapping" if isinstance(node, yaml.MappingNode) else "list")


def _own_tag(node: Any, kind: str) -> str | None:
    return None if node.tag == _CORE + kind else node.tag


def _integer(_: _Builder, node: yaml.ScalarNode) -> int:
    text = node.value.replace("_", "")
    sign, digits = (-1, text[1:]) if text[:1] == "-" else (1, text.lstrip("+"))
    base = {"0b": 2, "0o": 8, "0x": 16}.get(digits[:2].lower())
    return sign * (int(digits[2:], base) if base else int(digits, 10))


def _float(_: _Builder, node: yaml.ScalarNode) -> float:
    text = node.value.replace("_", "").lower()
    if text.endswith((".inf", ".nan")):
        return float(text.replace(".", ""))
    return float(text)


def _timestamp(builder: _Builder, node: yaml.ScalarNode) -> datetime.date:
    # PyYAML matches without checking: an explicit !!timestamp on other text fails inside it with AttributeError.
    if not builder.scalars.timestamp_regexp.match(node.value):
        raise ValueError("not a date or time such as 2024-02-07")
    return builder.scalars.construct_yaml_timestamp(node)


_SCALARS = {
    "str": lambda _, node: node.value,
    "null": lambda _, node: None,
    "bool": lambda _, node: node.value.lower() in ("true", "yes", "on"),
    "int": _integer,
    "float": _float,
    "timestamp": _timestamp,
}


_STR = _CORE + "str"
_BY_TAG = {_CORE + name: read for name, read in _SCALARS.items()}


def _marked(file: str, mark: Any, message: Said) -> Problem:
    return Problem(file, mark.line + 1, mark.column + 1, message) if mark else Problem(file, 1, 1, message)


def _syntax_message(error: Any) -> Said:
    if error.context and "single document" in error.context:
        return said("more than one YAML document ('---'): a pack file holds exactly one")
    # translators: {problem} and {context} are the YAML parser's own English
    if error.problem and error.context:
        return said("YAML syntax error: {problem} ({context})", problem=error.problem, context=error.context)
    if error.problem:
        return said("YAML syntax error: {problem}", problem=error.problem)
    if error.context:
        return said("YAML syntax error: invalid YAML ({context})", context=error.context)
    return said("YAML syntax error: invalid YAML")


def _position_of(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
