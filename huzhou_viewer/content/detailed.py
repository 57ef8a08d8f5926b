"""The detailed path: read a pack slowly and say everything that is wrong with it, with lines and columns.

Used when the fast path fails (to explain why) and by the validator. Each file is read into a tree that keeps
positions (yaml_tree.py: YAML 1.2, linear in the file's size whatever its shape), walked against its struct
class, converted on its own, and then the cross-file checks run on whatever converted. Nothing here raises for
a bad pack; problems are returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from huzhou_viewer.content.checks import PACK_FILE, PackParts, check_pack
from huzhou_viewer.content.files import read_yaml_text, resolve_in_pack
from huzhou_viewer.content.locate import KeyPath, Locator, locate
from huzhou_viewer.content.messages import said
from huzhou_viewer.content.model import PackFile, PeopleFile, Scene
from huzhou_viewer.content.problems import Problem, ordered
from huzhou_viewer.content.schema import INVALID, SchemaWalk
from huzhou_viewer.content.yaml_tree import read_tree


@dataclass
class DetailedResult:
    parts: PackParts | None  # None when there is no pack.yaml to start from
    where: Locator
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.parts is not None and not any(p.is_error for p in self.problems)


def read_detailed(root: str | Path) -> DetailedResult:
    where = Locator()
    folder = Path(root)
    if not folder.is_dir():
        return DetailedResult(None, where, [Problem(PACK_FILE, 0, 0, said("pack folder not found: '{folder}'",
                                                                          folder=str(folder)))])
    folder = folder.resolve()
    ref = resolve_in_pack(folder, PACK_FILE)
    if ref.path is None:
        # Never read through a link that leaves the pack: its target could be any file on the machine.
        message = (said("no pack.yaml in '{folder}': a content pack is a folder that starts with pack.yaml",
                        folder=str(folder)) if ref.missing else ref.problem or said("pack.yaml cannot be used"))
        return DetailedResult(None, where, [Problem(PACK_FILE, 0, 0, message)])
    problems: list[Problem] = []
    meta_tree, meta = read_file(ref.path, PACK_FILE, PackFile, where, problems)
    raw = meta_tree if isinstance(meta_tree, dict) else {}
    parts = PackParts(folder, meta)
    scene_list = raw.get("scenes")
    for index, entry in enumerate(scene_list if isinstance(scene_list, list) else []):
        if isinstance(entry, str):  # anything else was reported by the schema walk
            parts.scenes.append((entry, _read_listed(folder, entry, ("scenes", index), Scene, where, problems)))
    people_entry = raw.get("people")
    if isinstance(people_entry, str):
        parts.people_file = people_entry
        parts.people = _read_listed(folder, people_entry, ("people",), PeopleFile, where, problems)
    elif people_entry is None:
        parts.people = PeopleFile()
    problems.extend(check_pack(parts, where))
    return DetailedResult(parts, where, ordered(problems, parts.files))


def _read_listed(
    root: Path, relative: str, path: KeyPath, cls: type, where: Locator, problems: list[Problem]
) -> Any:
    """A file named in pack.yaml at `path`: checked to be inside the pack and present, then read."""
    ref = resolve_in_pack(root, relative)
    if ref.problem or ref.path is None:
        problems.append(where.problem(PACK_FILE, path, ref.problem or said("cannot be used")))
        return None
    return read_file(ref.path, relative, cls, where, problems)[1]


def read_file(path: Path, file: str, cls: type, where: Locator, problems: list[Problem]) -> tuple[Any, Any]:
    """(placed tree or None, struct or None); every problem found is appended to `problems`."""
    text, problem = read_yaml_text(path, file)
    if problem is not None or text is None:
        problems.append(problem or Problem(file, 0, 0, said("cannot read file")))
        return None, None
    tree, problem = read_tree(text, file)
    if problem is not None:
        problems.append(problem)
        return None, None
    where.add(file, tree)
    walk = SchemaWalk(file)
    data = walk.document(tree, cls, locate(tree, ()))
    problems.extend(walk.problems)
    if data is INVALID or walk.problems:
        return tree, None
    try:
        return tree, msgspec.convert(data, type=cls)
    except msgspec.ValidationError as error:
        # The walk should have caught this; if not, msgspec's own message (English: nothing of ours to translate)
        # still gets a position.
        problems.append(where.problem(file, _msgspec_path(str(error)), str(error)))
        return tree, None


def _msgspec_path(message: str) -> KeyPath:
    """('blocks', 0, 'title') from msgspec's '... - at `$.blocks[0].title`'."""
    found = re.search(r"at `\$(.*)`$", message)
    steps = re.findall(r"\.([^.\[]+)|\[(\d+)\]", found.group(1)) if found else []
    return tuple(int(index) if index else name for name, index in steps)
