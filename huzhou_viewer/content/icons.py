"""Icon names as a pack writes them ("mdi6.leaf-maple": qtawesome's prefix, a dot, the icon's name), checked by
`validate` against the icons qtawesome ships.

The names come from qtawesome's own files, read without importing it (importing it starts its Qt side, and
content/ stays free of Qt): its package folder is found with importlib, the prefixes and their charmap files
are read from its source with ast, and each charmap is a JSON file of names.
"""

from __future__ import annotations

import ast
import importlib.util
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from huzhou_viewer.content.messages import Said, said
from huzhou_viewer.content.problems import Problem, closest

if TYPE_CHECKING:
    from huzhou_viewer.content.checks import PackParts
    from huzhou_viewer.content.locate import Locator


def font_table() -> tuple[Path, list[tuple[str, str, str]]]:
    """qtawesome's fonts folder and its table of (prefix, font file, charmap file), read from its source rather
    than imported (importing qtawesome imports QtWidgets; the stage's icon fonts read the same table). Raises
    ImportError when qtawesome or its table cannot be found."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or spec.origin is None:
        raise ImportError("qtawesome is not installed")
    with open(spec.origin, encoding="utf-8") as source:
        tree = ast.parse(source.read(), spec.origin)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "_BUNDLED_FONTS" for t in node.targets):
            table = [(str(a), str(b), str(c)) for a, b, c in ast.literal_eval(node.value)]
            return Path(spec.origin).parent / "fonts", table
    raise ImportError(f"no font table in {spec.origin}")


@cache
def icon_names() -> dict[str, frozenset[str]] | None:
    """qtawesome's icon names by prefix, or None when qtawesome or its files cannot be found (then nothing is
    checked: a missing library is not the pack's mistake)."""
    try:
        fonts_dir, table = font_table()
        names = {}
        for prefix, _font, charmap in table:
            with open(fonts_dir / charmap, encoding="utf-8") as f:
                names[prefix] = frozenset(json.load(f))
        return names or None
    except (ImportError, OSError, ValueError, SyntaxError, TypeError):
        return None


def icon_problem(name: str, names: dict[str, frozenset[str]]) -> Said | None:
    """What is wrong with the icon name, with a "did you mean" where a known name is close; None when it is known."""
    prefix, dot, icon = name.partition(".")
    if not dot:
        having = [f"{p}.{name}" for p in sorted(names, reverse=True) if name in names[p]]  # mdi6 before mdi
        if having:
            return said("icon '{name}' has no prefix: write prefix.name, such as 'mdi6.leaf' (did you mean "
                        "'{close}'?)", name=name, close=having[0])
        return said("icon '{name}' has no prefix: write prefix.name, such as 'mdi6.leaf'", name=name)
    if prefix not in names:
        guess = closest(prefix, names)
        if guess:
            close = f"{guess}.{icon}"
            return said("unknown icon prefix '{prefix}' (did you mean '{close}'?)", prefix=prefix, close=close)
        return said("unknown icon prefix '{prefix}' (known prefixes are {prefixes})", prefix=prefix,
                    prefixes=", ".join(sorted(names)))
    if icon not in names[prefix]:
        guess = closest(icon, names[prefix])
        if guess:
            close = f"{prefix}.{guess}"
            return said("unknown icon '{name}': {prefix} has no icon '{icon}' (did you mean '{close}'?)", name=name,
                        prefix=prefix, icon=icon, close=close)
        return said("unknown icon '{name}': {prefix} has no icon '{icon}'", name=name, prefix=prefix, icon=icon)
    return None


def icon_problems(parts: PackParts, where: Locator) -> list[Problem]:
    """An error, at its place in the YAML, for each icon name (key tasks', scenes') qtawesome does not have."""
    from huzhou_viewer.content.checks import PACK_FILE

    names = icon_names()
    if names is None:
        return []
    found: list[tuple[str, tuple[str | int, ...], str]] = []
    if parts.meta is not None:
        found += [(PACK_FILE, ("tasks", i, "icon"), task.icon) for i, task in enumerate(parts.meta.tasks) if task.icon]
    found += [(file, ("icon",), scene.icon) for file, scene in parts.scenes if scene is not None and scene.icon]
    problems = []
    for file, path, name in found:
        message = icon_problem(name, names)
        if message:
            problems.append(where.problem(file, path, message))
    return problems
