"""Files written whole or not at all, with the permissions any other program's files get.

Every file the program writes for people or for itself (exported PNG and PDF, the console's miniatures, the
kept deck, rehearsal records) goes through `replacing`: the content goes to a temporary file in the same
folder, is flushed to disk, gets the mode the user's umask gives a new file (mkstemp's 0600 would keep a press
folder from anyone else), and is renamed over the target in one step. A reader sees the old file or the new
one, never half of one; an interrupted write leaves no file under the final name. Qt-free (the show/ layer
uses it too): a Qt writer is handed the temporary path.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def umask() -> int:
    """The process's umask. Read from /proc where it is there: setting it to find it out would, for a moment,
    give other threads' new files the wrong mode."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode(target: Path) -> int:
    """The mode the file should end with: the existing file's, else what open() would give a new one."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        return 0o666 & ~umask()


@contextlib.contextmanager
def replacing(target: str | Path) -> Iterator[Path]:
    """A temporary path beside `target` to write to; when the block ends without an error, it is synced,
    given the mode (see new_file_mode) and renamed to `target`. On an error, the temporary file is removed
    and the error goes on; `target` is left as it was."""
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(tmp, new_file_mode(target))
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _sync_folder(target.parent)


def write_bytes(target: str | Path, data: bytes) -> Path:
    with replacing(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_text(target: str | Path, text: str) -> Path:
    return write_bytes(target, text.encode("utf-8"))


def _sync_folder(folder: Path) -> None:
    # The rename itself reaches the disk only with the folder's entry (POSIX; Windows has no such handle).
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
