"""The deck of the last good load of a pack, kept in the user's cache folder, so a show starts without
parsing YAML or importing the pack's schema (together a third of the time to the first frame).

A kept deck is used only while every file the pack refers to is unchanged (YAML and pictures, and the
pictures it names that were missing: size, modification and change times, inode, of the path itself, so a
picture swapped for a link is a change), the program is the same and the deck has the shape views.py
declares; otherwise the pack is loaded and checked as usual and the deck renewed. Only good packs are kept,
so a kept deck can never hide an error; and a deck is not kept when any of its files was modified after the
load began (or just before: some file systems keep times to 2 s), since it may mix old and new content.
"""

from __future__ import annotations

import json
import os
import sys
import time
import zlib
from pathlib import Path

from huzhou_viewer import __version__
from huzhou_viewer.show import shape
from huzhou_viewer.show.deck import DECK_FORMAT, Deck
from huzhou_viewer.show.views import DeckData

PACK_FILE = "pack.yaml"
# Only these Qt-free packages can make a deck (import-linter keeps show/ off charts/ and Qt).
_BUILDERS = ("content", "show")


def _program() -> str:
    # The declared shape, and the builders' files standing in for "same program" during development, when
    # the version stays. A frozen build without source files is told apart by its version alone.
    return f"{__version__}:{DECK_FORMAT}:{sys.version_info[:2]}:{shape.digest(DeckData)}:{_builder_files()}"


def _builder_files() -> str:
    package = Path(__file__).resolve().parent.parent
    stamps = []
    for folder in _BUILDERS:
        try:
            with os.scandir(package / folder) as entries:
                stamps += [(folder, e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries
                           if e.name.endswith(".py")]
        except OSError:
            pass
    return f"{zlib.crc32(repr(sorted(stamps)).encode('utf-8')):08x}"


RACY_NS = 2_000_000_000


def _stamp(root: Path, relative: str) -> list:
    """The path's own stamp (a link is not followed); a missing file's stamp says so."""
    try:
        st = os.lstat(root / relative)
    except FileNotFoundError:
        return [relative, None, None, None, None]
    return [relative, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def referred_files(pack) -> list[str]:
    """Every file of the pack that what is shown depends on: its YAML and every picture it names."""
    files = [PACK_FILE, *pack.meta.scenes, *([pack.meta.people] if pack.meta.people else [])]
    files += [block.picture for scene in pack.scenes for block in scene.blocks if getattr(block, "picture", None)]
    files += [scene.background for scene in pack.scenes if scene.background]
    files += [person.photo for person in pack.people.people if person.photo]
    return list(dict.fromkeys(f for f in files if _inside(f)))


def _inside(relative: str) -> bool:
    # A path the checks refused (absolute, climbing out) is never stamped: nothing outside is even looked at.
    parts = Path(relative).parts
    return bool(parts) and not Path(relative).is_absolute() and ".." not in parts


def _entry_path(root: Path, cache_dir: Path) -> Path:
    # The folder's name for people, its path's checksum to tell same-named packs apart.
    return cache_dir / f"{root.name}-{zlib.crc32(str(root).encode('utf-8')):08x}.deck.json"


def load_deck(root: str | Path, cache_dir: Path | None, phrasing: str = "tw") -> Deck:
    """The deck of the pack at `root`: kept when current, else built from a full load and kept. `phrasing`: the
    Traditional Chinese made from zh-Hans ("tw" or "hk", content/traditional.py); a kept deck holds it, so a
    start from it never converts (nor imports OpenCC).
    Raises content.problems.PackError, as load_pack does, when the pack cannot be shown."""
    root = Path(root).resolve()
    if cache_dir is not None:
        deck = _read(root, cache_dir, phrasing)
        if deck is not None:
            return deck
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.show.present import build_deck

    started = time.time_ns()
    pack = load_pack(root)
    deck = build_deck(pack, phrasing)
    if cache_dir is not None:
        _write(root, cache_dir, pack, deck, started, phrasing)
    return deck


def _read(root: Path, cache_dir: Path, phrasing: str) -> Deck | None:
    try:
        with open(_entry_path(root, cache_dir), encoding="utf-8") as f:
            entry = json.load(f)
        if entry.get("program") != _program() or entry.get("root") != str(root):
            return None
        if entry.get("phrasing", "tw") != phrasing:
            return None
        if any(_stamp(root, stamp[0]) != stamp for stamp in entry["stamps"]):
            return None
        if shape.problem(entry["deck"], DeckData) is not None:
            return None  # made by another program that kept the same stamp: build it again
        return Deck(entry["deck"])
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def _write(root: Path, cache_dir: Path, pack, deck: Deck, started: int, phrasing: str) -> None:
    from huzhou_viewer.atomic import write_text  # only when writing: tempfile pulls in shutil and random

    try:
        stamps = [_stamp(root, f) for f in referred_files(pack)]
        if any(stamp[2] is not None and stamp[2] >= started - RACY_NS for stamp in stamps):
            _forget(root, cache_dir)  # changed while it was read: the next start reads it afresh
            return
        entry = {"program": _program(), "root": str(root), "phrasing": phrasing, "stamps": stamps,
                 "deck": deck.data}
        cache_dir.mkdir(parents=True, exist_ok=True)
        write_text(_entry_path(root, cache_dir), json.dumps(entry, ensure_ascii=False))
    except (OSError, TypeError, ValueError):
        pass  # a deck that cannot be kept only costs the next start a little time


def _forget(root: Path, cache_dir: Path) -> None:
    try:
        _entry_path(root, cache_dir).unlink(missing_ok=True)
    except OSError:
        pass
