"""Files a pack names: where they may be (inside the pack folder), how big they may be, how they are read.

A pack comes from people who are not programmers, and possibly from a USB stick someone handed over: a
path must not reach outside the pack (no absolute paths, no '..', no symlink out), and a file must not be
big enough to stall the start-up of an event screen.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from huzhou_viewer.content.problems import Problem, closest

MAX_YAML_BYTES = 1 << 20
MAX_PICTURE_BYTES = 32 << 20
PICTURE_FORMATS = ("JPEG", "PNG", "WEBP")


@dataclass(frozen=True)
class FileRef:
    """A path from the pack, resolved. `problem` says why it cannot be used; `missing` marks a mere absence."""

    path: Path | None
    problem: str | None = None
    missing: bool = False


def resolve_in_pack(root: Path, relative: str) -> FileRef:
    """Resolve `relative` (as written in the pack) against `root`, which must already be resolved."""
    if not relative.strip():
        return FileRef(None, "empty path")
    if any(ord(ch) < 32 for ch in relative):  # the OS would refuse a NUL; other controls are surely mistakes
        return FileRef(None, f"{relative!r} contains a control character")
    if "\\" in relative:
        return FileRef(None, f"'{relative}': use '/' between folders, not '\\'")
    if PurePosixPath(relative).is_absolute() or PureWindowsPath(relative).drive:
        return FileRef(None, f"absolute path '{relative}'; write it relative to the pack folder")
    full = root / relative
    try:
        real = full.resolve()
    except (OSError, RuntimeError, ValueError) as error:  # RuntimeError: a symlink loop on older Pythons
        return FileRef(None, f"'{relative}' cannot be resolved: {error}")
    if not real.is_relative_to(root):
        if not Path(os.path.normpath(full)).is_relative_to(root):
            return FileRef(None, f"'{relative}' points outside the pack folder")
        return FileRef(None, f"'{relative}' is a link to '{real}', outside the pack folder")
    try:
        if not real.exists():
            return FileRef(None, f"file not found: '{relative}'{_sibling_hint(relative, real)}", missing=True)
        if real.is_dir():
            return FileRef(None, f"'{relative}' is a folder, not a file")
        if not real.is_file():  # a device or a pipe: reading it could block the start-up forever
            return FileRef(None, f"'{relative}' is not a regular file")
    except OSError as error:  # e.g. a name too long for the file system
        return FileRef(None, f"'{relative}' cannot be used: {error.strerror or error}")
    return FileRef(real)


def _sibling_hint(relative: str, path: Path) -> str:
    """" (did you mean 'photos/li-ming.png'?)" when a file next to the missing one has a similar name."""
    try:
        names = [p.name for p in path.parent.iterdir()] if path.parent.is_dir() else []
    except OSError:
        return ""
    close = closest(path.name, names)
    return f" (did you mean '{PurePosixPath(relative).with_name(close)}'?)" if close else ""


def picture_format(path: Path) -> str | None:
    """"JPEG", "PNG" or "WEBP" by the file's first bytes, whatever its name says; None for anything else.

    Only these three are ever handed to Qt: an image plugin chosen by its own guess could be one that follows
    links (SVG's <image href> reads files outside the pack) or one nobody tested on an event screen."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(12)
    except OSError:
        return None
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def picture_problem(path: Path, relative: str) -> str | None:
    """Why the picture at `path` (inside the pack) will not be shown, or None when it will."""
    too_big = size_problem(path, MAX_PICTURE_BYTES, "picture")
    if too_big:
        return too_big
    if picture_format(path) is None:
        return f"'{relative}' is not a JPEG, PNG or WebP picture (judged by its content, not its name)"
    return None


def size_problem(path: Path, limit: int, what: str) -> str | None:
    """A message if the file at `path` is over `limit` bytes."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return f"cannot read {what}: {error.strerror}"
    if size > limit:
        return f"{what} is {size / 2**20:.1f} MiB; {what}s may be at most {limit >> 20} MiB"
    return None


def read_yaml_text(path: Path, file: str) -> tuple[str | None, Problem | None]:
    """The text of a YAML file, or a Problem: unreadable, over 1 MiB, or not UTF-8."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_YAML_BYTES + 1)  # never read more than the limit, whatever the file's size
    except OSError as error:
        return None, Problem(file, 0, 0, f"cannot read file: {error.strerror or error}")
    if len(data) > MAX_YAML_BYTES:
        limit = MAX_YAML_BYTES >> 20
        return None, Problem(file, 0, 0, f"file is larger than {limit} MiB; YAML files may be at most {limit} MiB")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        byte = data[error.start]
        return None, Problem(file, line, column, f"not UTF-8 text (byte 0x{byte:02X}); save the file as UTF-8")
