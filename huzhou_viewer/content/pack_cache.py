"""A ready-made copy of the last good load of a pack, so the show can start without parsing YAML.

The copy is used only while every file it was made from is unchanged (size and modification times) and
the program is the same; otherwise the pack is loaded (and checked) as usual and the copy renewed.
Only good packs are stored, so a copy can never hide an error.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import msgspec

from huzhou_viewer import __version__
from huzhou_viewer.content import model
from huzhou_viewer.content.model import Pack

PACK_FILE = "pack.yaml"


class _Stamp(msgspec.Struct, array_like=True, frozen=True):
    file: str
    size: int
    mtime_ns: int
    ctime_ns: int


class _Entry(msgspec.Struct, frozen=True):
    program: str
    stamps: list[_Stamp]
    pack: Pack


def _program() -> str:
    # The format's own source stands in for "same program" during development, when the version stays put.
    return f"{__version__}:{os.stat(model.__file__).st_mtime_ns}"


def _stamp(root: Path, relative: str) -> _Stamp:
    st = os.stat(root / relative)
    return _Stamp(relative, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _entry_path(root: Path, cache_dir: Path) -> Path:
    # The folder's name for people, its path's checksum to tell same-named packs apart.
    return cache_dir / f"{root.name}-{zlib.crc32(str(root).encode('utf-8')):08x}.msgpack"


def load_cached(root: str | Path, cache_dir: Path | None) -> Pack:
    """The pack at `root`: from the cache when it is current, else loaded and checked, then cached.
    Raises PackError exactly as load_pack does."""
    root = Path(root).resolve()
    if cache_dir is not None:
        pack = _read(root, cache_dir)
        if pack is not None:
            return pack
    from huzhou_viewer.content.loader import load_pack

    pack = load_pack(root)
    if cache_dir is not None:
        _write(root, cache_dir, pack)
    return pack


def _read(root: Path, cache_dir: Path) -> Pack | None:
    try:
        entry = msgspec.msgpack.decode(_entry_path(root, cache_dir).read_bytes(), type=_Entry)
        if entry.program != _program() or entry.pack.root != str(root):
            return None
        if any(_stamp(root, s.file) != s for s in entry.stamps):
            return None
        return entry.pack
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return None


def _write(root: Path, cache_dir: Path, pack: Pack) -> None:
    import tempfile  # only when writing: it pulls in shutil and random, which start-up does not need

    files = [PACK_FILE, *pack.meta.scenes, *([pack.meta.people] if pack.meta.people else [])]
    try:
        entry = _Entry(_program(), [_stamp(root, f) for f in files], pack)
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".pack-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(msgspec.msgpack.encode(entry))
        os.replace(tmp, _entry_path(root, cache_dir))
    except (OSError, TypeError, msgspec.EncodeError):
        pass  # a cache that cannot be written only costs the next start a little time
