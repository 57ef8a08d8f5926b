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

from huzhou_viewer.content.checks import PACK_FILE, PackParts
from huzhou_viewer.content.locate import Locator
from huzhou_viewer.content.problems import Problem, closest


@cache
def icon_names() -> dict[str, frozenset[str]] | None:
    """qtawesome's icon names by prefix, or None when qtawesome or its files cannot be found (then nothing is
    checked: a missing library is not the pack's mistake)."""
    try:
        spec = importlib.util.find_spec("qtawesome")
        if spec is None or spec.origin is None:
            return None
        package = Path(spec.origin).parent
        fonts = _bundled_fonts(Path(spec.origin).read_text(encoding="utf-8"))
        names = {}
        for prefix, _font, charmap in fonts:
            with open(package / "fonts" / charmap, encoding="utf-8") as f:
                names[prefix] = frozenset(json.load(f))
        return names or None
    except (OSError, ValueError, SyntaxError, TypeError):
        return None


def _bundled_fonts(source: str) -> tuple[tuple[str, str, str], ...]:
    """qtawesome's _BUNDLED_FONTS: (prefix, font file, charmap file) triples, a literal in its __init__."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "_BUNDLED_FONTS" for t in node.targets):
            return tuple(tuple(entry) for entry in ast.literal_eval(node.value))
    raise ValueError("qtawesome's font list not found")


def icon_problem(name: str, names: dict[str, frozenset[str]]) -> str | None:
    """What is wrong with the icon name, with a "did you mean" where a known name is close; None when it is known."""
    prefix, dot, icon = name.partition(".")
    if not dot:
        having = [f"{p}.{name}" for p in sorted(names, reverse=True) if name in names[p]]  # mdi6 before mdi
        hint = f" (did you mean '{having[0]}'?)" if having else ""
        return f"icon '{name}' has no prefix: write prefix.name, such as 'mdi6.leaf'{hint}"
    if prefix not in names:
        guess = closest(prefix, names)
        hint = f"did you mean '{guess}.{icon}'?" if guess else "known prefixes are " + ", ".join(sorted(names))
        return f"unknown icon prefix '{prefix}' ({hint})"
    if icon not in names[prefix]:
        guess = closest(icon, names[prefix])
        hint = f" (did you mean '{prefix}.{guess}'?)" if guess else ""
        return f"unknown icon '{name}': {prefix} has no icon '{icon}'{hint}"
    return None


def icon_problems(parts: PackParts, where: Locator) -> list[Problem]:
    """An error, at its place in the YAML, for each icon name (key tasks', scenes') qtawesome does not have."""
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
