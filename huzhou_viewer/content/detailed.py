"""The detailed path: read a pack slowly and say everything that is wrong with it, with lines and columns.

Used when the fast path fails (to explain why) and by the validator. Each file is parsed with ruamel.yaml
round-trip (YAML 1.2, positions kept), walked against its struct class, converted on its own, and then the
cross-file checks run on whatever converted. Nothing here raises for a bad pack; problems are returned.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from huzhou_viewer.content.checks import PACK_FILE, PackParts, check_pack
from huzhou_viewer.content.files import read_yaml_text, resolve_in_pack
from huzhou_viewer.content.locate import KeyPath, Locator, locate
from huzhou_viewer.content.model import PackFile, PeopleFile, Scene
from huzhou_viewer.content.problems import Problem, ordered
from huzhou_viewer.content.schema import INVALID, SchemaWalk
from huzhou_viewer.content.yaml_limits import text_problem


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
        return DetailedResult(None, where, [Problem(PACK_FILE, 0, 0, f"pack folder not found: '{folder}'")])
    folder = folder.resolve()
    ref = resolve_in_pack(folder, PACK_FILE)
    if ref.path is None:
        # Never read through a link that leaves the pack: its target could be any file on the machine.
        message = (f"no pack.yaml in '{folder}': a content pack is a folder that starts with pack.yaml"
                   if ref.missing else ref.problem or "pack.yaml cannot be used")
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
        problems.append(where.problem(PACK_FILE, path, ref.problem or "cannot be used"))
        return None
    return read_file(ref.path, relative, cls, where, problems)[1]


def read_file(path: Path, file: str, cls: type, where: Locator, problems: list[Problem]) -> tuple[Any, Any]:
    """(ruamel tree or None, struct or None); every problem found is appended to `problems`."""
    text, problem = read_yaml_text(path, file)
    if problem is not None or text is None:
        problems.append(problem or Problem(file, 0, 0, "cannot read file"))
        return None, None
    problem = text_problem(text, file)  # checked first: the round-trip reader is slow on such files
    if problem is not None:
        problems.append(problem)
        return None, None
    tree, problem = parse_round_trip(text, file)
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
        # The walk should have caught this; if not, msgspec's own message still gets a position.
        problems.append(where.problem(file, _msgspec_path(str(error)), str(error)))
        return tree, None


def parse_round_trip(text: str, file: str) -> tuple[Any, Problem | None]:
    """Parse with ruamel.yaml round-trip; a syntax error becomes a Problem at the place the parser stopped."""
    from ruamel.yaml import YAML  # imported here: the fast start-up path never needs it
    from ruamel.yaml.error import MarkedYAMLError
    from ruamel.yaml.reader import ReaderError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. a reused anchor: legal YAML, nothing for the author to fix
            return YAML(typ="rt").load(text), None
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, Problem(file, line, column, _syntax_message(error))
    except ReaderError as error:
        line, column = _position_of(text, error.position)
        char = error.character if isinstance(error.character, int) else ord(error.character)
        return None, Problem(file, line, column, f"character U+{char:04X} is not allowed in YAML")
    except RecursionError:
        return None, Problem(file, 1, 1, "nested too deeply to read")
    except Exception as error:  # noqa: BLE001 - any other parser failure is still just a bad file
        return None, Problem(file, 1, 1, f"cannot read YAML: {error}")


def _syntax_message(error: Any) -> str:
    problem = error.problem or "invalid YAML"
    duplicate = re.match(r'found duplicate key "(.*?)" with value', problem, re.S)
    if duplicate:
        return f"duplicate key '{duplicate.group(1)}': a key may appear only once in a mapping"
    if error.context and "single document" in error.context:
        return "more than one YAML document ('---'): a pack file holds exactly one"
    context = f" ({error.context})" if error.context else ""
    return f"YAML syntax error: {problem}{context}"


def _position_of(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _msgspec_path(message: str) -> KeyPath:
    """('blocks', 0, 'title') from msgspec's '... - at `$.blocks[0].title`'."""
    found = re.search(r"at `\$(.*)`$", message)
    steps = re.findall(r"\.([^.\[]+)|\[(\d+)\]", found.group(1)) if found else []
    return tuple(int(index) if index else name for name, index in steps)
