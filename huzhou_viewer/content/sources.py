"""Where a shown text or picture comes from in the pack: its `file:line`, for reports about the rendered show.

The view data handed to QML is plain strings, so a shown text is traced back by its value: every Text of
every pack file (each language of it) is located once through the detailed reader's Locator, and a shown
string is looked up exactly first, then as the longest pack string it contains (a caption composed of a
pack text and the program's words), then as a pack string that contains it. Program words and numbers the
program formats itself have no pack source and are not found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from huzhou_viewer.content.checks import PackParts
from huzhou_viewer.content.locate import KeyPath, Locator
from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.content.script import is_wide

PICTURE_FIELDS = ("picture", "photo")
# Shorter pack strings are too common ("2023", "A") to say where a longer shown text came from; Chinese,
# Japanese and Korean words are shorter, so two of their characters will do.
MIN_CONTAINED = 4
MIN_CONTAINED_CJK = 2


@dataclass
class Sources:
    texts: dict[str, list[str]] = field(default_factory=dict)  # pack string -> ["file:line", ...]
    pictures: dict[Path, str] = field(default_factory=dict)  # resolved picture path -> "file:line"
    scene_files: dict[str, str] = field(default_factory=dict)  # scene id -> its file

    def text(self, shown: str, scene: str | None = None) -> str | None:
        """The `file:line` of the pack text `shown` comes from: if the same string is in several places, the first
        in the file of `scene` (the scene it was seen in; a person's words are in the people file), else the
        first of all."""
        key = unbroken(shown).strip()
        if not key:
            return None
        if key in self.texts:
            return self._in_scene(self.texts[key], scene)
        contained = [s for s in self.texts if len(s) >= _min_length(s) and s in key]
        if contained:
            return self._in_scene(self.texts[max(contained, key=len)], scene)
        containing = [s for s in self.texts if len(key) >= _min_length(key) and key in s]
        if containing:
            return self._in_scene(self.texts[min(containing, key=len)], scene)
        return None

    def _in_scene(self, lines: list[str], scene: str | None) -> str:
        file = self.scene_files.get(scene or "")
        return next((line for line in lines if file and line.startswith(file + ":")), lines[0])

    def picture(self, path: str | Path) -> str | None:
        try:
            return self.pictures.get(Path(path).resolve())
        except OSError:
            return None


def _min_length(text: str) -> int:
    return MIN_CONTAINED_CJK if any(is_wide(ch) for ch in text) else MIN_CONTAINED


def pack_sources(parts: PackParts, where: Locator) -> Sources:
    """The sources of every text and picture of a pack read by content.detailed.read_detailed."""
    found = Sources()
    for file, text_path, string in parts.strings():
        found.texts.setdefault(string.strip(), []).append(f"{file}:{where.line_of(file, text_path)}")
    for file, struct in parts.structs():
        for path, relative in _pictures(struct):
            try:
                resolved = (parts.root / relative).resolve()
            except OSError:
                continue
            found.pictures.setdefault(resolved, f"{file}:{where.line_of(file, path)}")
    found.texts.pop("", None)
    found.scene_files = {scene.id: file for file, scene in parts.scenes if scene is not None}
    return found


def _pictures(value: object, path: KeyPath = ()):
    """(key path, relative path) of each picture or photo named in a pack struct."""
    if isinstance(value, msgspec.Struct):
        for name in value.__struct_fields__:
            child = getattr(value, name)
            if name in PICTURE_FIELDS and isinstance(child, str):
                yield path + (name,), child
            elif isinstance(child, (msgspec.Struct, list)):
                yield from _pictures(child, path + (name,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _pictures(item, path + (index,))
