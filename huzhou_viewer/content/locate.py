"""Turn a key path such as ('blocks', 2, 'people', 0) into a line and column of a YAML file.

Checks run on msgspec structs, which know nothing of lines; they name what is wrong by key path and the
path is resolved here against the parsed document. Two kinds of document are understood:
the detailed path's placed trees (yaml_tree.py; positions in `.lc`) and PyYAML node trees (the fast path,
which must not pay for building a placed tree just to place a warning). Neither is imported here.

Positions: a path ending at a scalar points at the value (the thing that is wrong); a path ending at a
mapping or list points at the key or item that holds it; with key=True it points at the key itself.
If the path cannot be followed to the end (merge keys, anchors), the deepest position found is used.
"""

from __future__ import annotations

from typing import Any

from huzhou_viewer.content.problems import Problem, Severity

KeyPath = tuple[str | int, ...]
Position = tuple[int, int]  # 0-based, as both YAML libraries count


def locate(tree: Any, path: KeyPath, key: bool = False) -> tuple[int, int]:
    """1-based (line, column) of `path` in a parsed document; (1, 1) when there is no document."""
    line, column = _start_of(tree)
    node = tree
    for depth, step in enumerate(path):
        found = _child(node, step)
        if found is None:
            break
        child, key_pos, value_pos = found
        last = depth == len(path) - 1
        use_value = last and not key and not _is_collection(child) and value_pos is not None
        chosen = value_pos if use_value else key_pos
        if chosen is not None:
            line, column = chosen
        node = child
    return line + 1, column + 1


def _start_of(tree: Any) -> Position:
    if hasattr(tree, "lc"):
        return (tree.lc.line or 0, tree.lc.col or 0)
    if hasattr(tree, "start_mark"):
        return (tree.start_mark.line, tree.start_mark.column)
    return (0, 0)


def _child(node: Any, step: Any) -> tuple[Any, Position | None, Position | None] | None:
    """(child, position of its key or item, position of its value) or None if there is no such child.

    A position is None when the library did not record one (a key brought in by a `<<` merge).
    """
    if hasattr(node, "lc"):  # yaml_tree.PlacedMap / PlacedList
        positions = node.lc.data
        if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            pos = positions.get(step)
            return node[step], _pair(pos, 0), _pair(pos, 0)
        if isinstance(node, dict) and not isinstance(step, int) and step in node:
            pos = positions.get(step)  # [key line, key col, value line, value col]; absent for merged keys
            return node[step], _pair(pos, 0), _pair(pos, 2)
        return None
    tag_kind = type(node).__name__
    if tag_kind == "SequenceNode" and isinstance(step, int) and 0 <= step < len(node.value):
        item = node.value[step]
        pos = (item.start_mark.line, item.start_mark.column)
        return item, pos, pos
    if tag_kind == "MappingNode":
        # Last match wins, as in the constructed mapping; merged pairs come first after flattening.
        for key_node, value_node in reversed(node.value):
            if type(key_node).__name__ == "ScalarNode" and key_node.value == str(step):
                return (
                    value_node,
                    (key_node.start_mark.line, key_node.start_mark.column),
                    (value_node.start_mark.line, value_node.start_mark.column),
                )
    return None


def _pair(data: Any, start: int) -> Position | None:
    if data is None or len(data) < start + 2:
        return None
    return (data[start], data[start + 1])


def _is_collection(node: Any) -> bool:
    return isinstance(node, (dict, list)) or type(node).__name__ in ("MappingNode", "SequenceNode")


class Locator:
    """Parsed documents by pack-relative file name, to build Problems from key paths."""

    def __init__(self) -> None:
        self.trees: dict[str, Any] = {}

    def add(self, file: str, tree: Any) -> None:
        self.trees[file] = tree

    def problem(
        self, file: str, path: KeyPath, message: str, severity: Severity = "error", key: bool = False
    ) -> Problem:
        line, column = locate(self.trees.get(file), path, key=key)
        return Problem(file, line, column, message, severity)

    def line_of(self, file: str, path: KeyPath) -> int:
        return locate(self.trees.get(file), path)[0]
