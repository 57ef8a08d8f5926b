"""Files a pack names: where they may be (inside the pack folder), how big they may be, how they are read.

A pack comes from people who are not programmers, and possibly from a USB stick someone handed over: a
path must not reach outside the pack (no absolute paths, no '..', no symlink out), and a file must not be
big enough to stall the start-up of an event screen.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Literal

from huzhou_viewer.content.messages import Said, said
from huzhou_viewer.content.problems import Problem, closest

MAX_YAML_BYTES = 1 << 20
MAX_PICTURE_BYTES = 32 << 20
PICTURE_FORMATS = ("JPEG", "PNG", "WEBP")


@dataclass(frozen=True)
class FileRef:
    """A path from the pack, resolved. `problem` says why it cannot be used; `missing` marks a mere absence."""

    path: Path | None
    problem: Said | None = None
    missing: bool = False


def resolve_in_pack(root: Path, relative: str) -> FileRef:
    """Resolve `relative` (as written in the pack) against `root`, which must already be resolved."""
    if not relative.strip():
        return FileRef(None, said("empty path"))
    if any(ord(ch) < 32 for ch in relative):  # the OS would refuse a NUL; other controls are surely mistakes
        # translators: {path!r} is the path in quotes, its control character written as Python does (\t)
        return FileRef(None, said("{path!r} contains a control character", path=relative))
    if "\\" in relative:
        return FileRef(None, said("'{path}': use '/' between folders, not '\\'", path=relative))
    if PurePosixPath(relative).is_absolute() or PureWindowsPath(relative).drive:
        return FileRef(None, said("absolute path '{path}'; write it relative to the pack folder", path=relative))
    full = root / relative
    try:
        real = full.resolve()
    except (OSError, RuntimeError, ValueError) as error:  # RuntimeError: a symlink loop on older Pythons
        # translators: {reason} is the system's own English
        return FileRef(None, said("'{path}' cannot be resolved: {reason}", path=relative, reason=str(error)))
    if not real.is_relative_to(root):
        if not Path(os.path.normpath(full)).is_relative_to(root):
            return FileRef(None, said("'{path}' points outside the pack folder", path=relative))
        return FileRef(None, said("'{path}' is a link to '{target}', outside the pack folder", path=relative,
                                  target=str(real)))
    try:
        if not real.exists():
            # translators: {hint} is empty or " (did you mean 'photos/x.png'?)"
            return FileRef(None, said("file not found: '{path}'{hint}", path=relative,
                                      hint=_sibling_hint(relative, real)), missing=True)
        if real.is_dir():
            return FileRef(None, said("'{path}' is a folder, not a file", path=relative))
        if not real.is_file():  # a device or a pipe: reading it could block the start-up forever
            return FileRef(None, said("'{path}' is not a regular file", path=relative))
    except OSError as error:  # e.g. a name too long for the file system
        return FileRef(None, said("'{path}' cannot be used: {reason}", path=relative,
                                  reason=str(error.strerror or error)))
    return FileRef(real)


def _sibling_hint(relative: str, path: Path) -> Said | str:
    """" (did you mean 'photos/li-ming.png'?)" when a file next to the missing one has a similar name."""
    try:
        names = [p.name for p in path.parent.iterdir()] if path.parent.is_dir() else []
    except OSError:
        return ""
    close = closest(path.name, names)
    return said(" (did you mean '{path}'?)", path=str(PurePosixPath(relative).with_name(close))) if close else ""


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


def picture_problem(path: Path, relative: str) -> Said | None:
    """Why the picture at `path` (inside the pack) will not be shown, or None when it will."""
    too_big = size_problem(path, MAX_PICTURE_BYTES, "picture")
    if too_big:
        return too_big
    if picture_format(path) is None:
        return said("'{path}' is not a JPEG, PNG or WebP picture (judged by its content, not its name)",
                    path=relative)
    return None


# Per kind of file, its messages whole (a translator words each kind's own): unreadable (the system's reason),
# too big (its size and the limit in MiB).
_CANNOT_READ: dict[str, Callable[[object], Said]] = {
    "picture": lambda reason: said("cannot read picture: {reason}", reason=reason),
}
_TOO_BIG: dict[str, Callable[[float, int], Said]] = {
    "picture": lambda size, limit: said("picture is {size:.1f} MiB; pictures may be at most {limit} MiB",
                                        size=size, limit=limit),
}


def size_problem(path: Path, limit: int, what: Literal["picture"]) -> Said | None:
    """A message if the file at `path` is over `limit` bytes; `what` is the kind of file the message names."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return _CANNOT_READ[what](str(error.strerror))
    if size > limit:
        return _TOO_BIG[what](size / 2**20, limit >> 20)
    return None


def read_yaml_text(path: Path, file: str) -> tuple[str | None, Problem | None]:
    """The text of a YAML file, or a Problem: unreadable, over 1 MiB, or not UTF-8."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_YAML_BYTES + 1)  # never read more than the limit, whatever the file's size
    except OSError as error:
        return None, Problem(file, 0, 0, said("cannot read file: {reason}", reason=str(error.strerror or error)))
    if len(data) > MAX_YAML_BYTES:
        limit = MAX_YAML_BYTES >> 20
        return None, Problem(file, 0, 0, said("file is larger than {limit} MiB; YAML files may be at most {limit} MiB",
                                              limit=limit))
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        byte = data[error.start]
        return None, Problem(file, line, column, said("not UTF-8 text (byte 0x{byte:02X}); save the file as UTF-8",
                                                      byte=byte))
