"""load_pack: read a content pack into a Pack, or raise PackError saying everything that is wrong with it.

This is on the program's start-up path, so a good pack takes the fast path: libyaml (PyYAML's
CSafeLoader, safe YAML only) and msgspec.convert, then the semantic checks. Whatever fails on the fast
path, for whatever reason, is handed to the detailed path (detailed.py), which re-reads the pack slowly
to explain every problem with a line and column.

The fast path reads YAML 1.1 (`no`, `on` are booleans) where the detailed path reads YAML 1.2 (they are text). So a pack
the fast path rejects may be fine for the detailed path, as with `languages: [en, no]`; then the pack
built from the detailed path's data is returned.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import msgspec
import yaml

from huzhou_viewer.content.checks import PACK_FILE, PackParts, check_pack
from huzhou_viewer.content.files import read_yaml_text, resolve_in_pack
from huzhou_viewer.content.locate import Locator
from huzhou_viewer.content.messages import said
from huzhou_viewer.content.model import Pack, PackFile, PeopleFile, Scene
from huzhou_viewer.content.problems import PackError, Problem, ordered
from huzhou_viewer.content.yaml_limits import node_problem

_MERGE_TAG = "tag:yaml.org,2002:merge"

if not hasattr(yaml, "CSafeLoader"):  # a PyYAML built without libyaml, as on some platforms: slower, still right
    logging.getLogger(__name__).info("PyYAML has no libyaml (CSafeLoader); packs are read with its pure-Python "
                                     "loader")


class _NotFast(Exception):
    """The fast path cannot vouch for the pack; the detailed path will say why."""


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml with one addition: PyYAML silently keeps the last of two equal keys; a pack must not."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != _MERGE_TAG:
                if key_node.value in seen:
                    raise _NotFast(f"duplicate key {key_node.value!r}")
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        # YAML 1.1 reads `1:30` as 90 (base 60); YAML 1.2, and so the validator, reads it as text.
        if ":" in node.value:
            raise _NotFast("sexagesimal number")
        return super().construct_yaml_int(node)

    def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
        if ":" in node.value:
            raise _NotFast("sexagesimal number")
        return super().construct_yaml_float(node)


_FastLoader.add_constructor("tag:yaml.org,2002:int", _FastLoader.construct_yaml_int)
_FastLoader.add_constructor("tag:yaml.org,2002:float", _FastLoader.construct_yaml_float)


def load_pack(root: str | Path) -> Pack:
    try:
        pack = _load_fast(Path(root))
    except Exception:  # noqa: BLE001 - anything at all: the detailed path re-reads the pack and explains
        pack = None
    return pack if pack is not None else _load_detailed(root)


def _load_fast(root: Path) -> Pack | None:
    root = root.resolve()
    pack_file = resolve_in_pack(root, PACK_FILE).path
    if pack_file is None:
        return None  # missing, a link out of the pack, a pipe (which would block the read): the detailed path says
    where = Locator()
    meta = _read_fast(pack_file, PACK_FILE, PackFile, where)
    parts = PackParts(root, meta, people=PeopleFile())
    for relative in meta.scenes:
        parts.scenes.append((relative, _read_fast(_listed(root, relative), relative, Scene, where)))
    if meta.people is not None:
        parts.people_file = meta.people
        parts.people = _read_fast(_listed(root, meta.people), meta.people, PeopleFile, where)
    problems = check_pack(parts, where)
    if any(p.is_error for p in problems):
        return None
    return build_pack(parts, problems)


def _listed(root: Path, relative: str) -> Path:
    ref = resolve_in_pack(root, relative)
    if ref.path is None:
        raise _NotFast(ref.problem)
    return ref.path


def _read_fast(path: Path, file: str, cls: type, where: Locator) -> Any:
    text, problem = read_yaml_text(path, file)
    if problem is not None or text is None:
        raise _NotFast(str(problem))
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
        if node_problem(node, file) is not None:
            raise _NotFast("over the YAML limits")  # before a single value is built from it
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    where.add(file, node)  # PyYAML nodes keep positions, so warnings get lines without the detailed path
    return msgspec.convert(data, type=cls)


def _load_detailed(root: str | Path) -> Pack:
    from huzhou_viewer.content.detailed import read_detailed  # only paid for when the fast path fails

    try:
        result = read_detailed(root)
    except OSError as error:  # e.g. a folder of the pack without read permission
        where = str(error.filename or root)
        message = said("cannot read: {reason}", reason=str(error.strerror or error))
        raise PackError([Problem(where, 0, 0, message)]) from error
    except Exception as error:  # noqa: BLE001 - a bug here must still end as a PackError the app can show
        message = said("internal error while reading the pack: {error}", error=repr(error))
        raise PackError([Problem(PACK_FILE, 0, 0, message)]) from error
    if not result.ok or result.parts is None:
        raise PackError(result.problems)
    return build_pack(result.parts, result.problems)


def build_pack(parts: PackParts, problems: list[Problem]) -> Pack:
    """The Pack from parts that all loaded; `problems` must hold no errors (its warnings are kept)."""
    assert parts.meta is not None
    scenes = [scene for _, scene in parts.scenes if scene is not None]
    warnings = tuple(p for p in ordered(problems, parts.files) if not p.is_error)
    return Pack(
        root=str(parts.root),
        meta=parts.meta,
        scenes=scenes,
        people=parts.people or PeopleFile(),
        warnings=warnings,
    )
