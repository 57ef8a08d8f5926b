"""Which files the process opens: an audit hook (sys.addaudithook), recording only while a test asks it to,
so a test can say that nothing outside a pack folder was opened."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_opened: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    if _opened is not None and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _opened.append(os.fsdecode(args[0]))


sys.addaudithook(_audit)  # audit hooks cannot be removed: it records only between start() and stop()


def start() -> list[str]:
    global _opened
    _opened = []
    return _opened


def stop() -> None:
    global _opened
    _opened = None


def outside(opened: list[str], pack: Path, near: Path) -> list[str]:
    """The opened paths under `near` (where a test keeps its files outside the pack) but not under `pack`."""
    pack, near = pack.resolve(), near.resolve()
    found = []
    for name in opened:
        path = Path(os.path.abspath(name))
        if path.is_relative_to(near) and not path.is_relative_to(pack):
            found.append(name)
    return found
