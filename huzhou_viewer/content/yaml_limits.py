"""How much work one YAML file may ask for, checked on its composed nodes before anything is built from them.

Aliases let a small file stand for a huge one (a story of 700 figures aliased 700 times is 490,000 figures),
and merge keys (`<<: *base`) cost the detailed reader time that grows with the square of their number. Both
are counted here in one linear pass over PyYAML's node graph, where an alias is the very node it names.
"""

from __future__ import annotations

from typing import Any

import yaml

from huzhou_viewer.content.messages import said
from huzhou_viewer.content.problems import Problem

MAX_NODES = 200_000  # after aliases are expanded; the bundled pack's largest file has about 2,000
MAX_MERGES = 500  # merge keys in one file
_MERGE_TAG = "tag:yaml.org,2002:merge"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where the platform has it


def children(node: Any) -> list[Any]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def node_problem(root: Any, file: str) -> Problem | None:
    """A Problem when the document under `root` expands to more than MAX_NODES nodes, refers to itself, or
    holds more than MAX_MERGES merge keys; None when it is within bounds."""
    if root is None:
        return None
    sizes: dict[int, int] = {}  # id(node) -> nodes it stands for once aliases are expanded
    merges = 0
    stack: list[tuple[Any, list[Any] | None]] = [(root, None)]  # (node, its children once opened)
    open_nodes: set[int] = set()
    while stack:
        node, kids = stack.pop()
        key = id(node)
        if kids is not None:
            open_nodes.discard(key)
            size = 1 + sum(sizes[id(child)] for child in kids)
            sizes[key] = size
            if size > MAX_NODES and all(sizes[id(c)] <= MAX_NODES for c in kids):
                # translators: {size} and {limit} count values (mappings, lists, texts, numbers) in one file
                return _at(node, file, said("this holds {size:,} values, counting each value an alias repeats; "
                                            "a pack file may hold at most {limit:,}", size=size, limit=MAX_NODES))
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            return _at(node, file, said("an alias refers to a value that contains it"))
        open_nodes.add(key)
        kids = children(node)
        stack.append((node, kids))
        if isinstance(node, yaml.MappingNode):
            merges += sum(1 for k, _ in node.value if k.tag == _MERGE_TAG)
            if merges > MAX_MERGES:
                return _at(node, file, said("more than {limit} merge keys ('<<') in one file", limit=MAX_MERGES))
        for child in reversed(kids):  # reversed onto the stack: visited in the file's order
            child_key = id(child)
            if child_key in open_nodes:
                return _at(child, file, said("an alias refers to a value that contains it"))
            if child_key not in sizes:
                stack.append((child, None))
    return None


def text_problem(text: str, file: str) -> Problem | None:
    """node_problem for YAML text; a file PyYAML cannot compose is left to the reader that reports syntax."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return node_problem(node, file)


def _at(node: Any, file: str, message: str) -> Problem:
    mark = node.start_mark
    return Problem(file, mark.line + 1, mark.column + 1, message) if mark else Problem(file, 0, 0, message)
