"""glibc's heap, kept to what the show uses.

Qt's image-loading and render threads each get a malloc arena of their own, and freed memory stays in the
arenas: in a kiosk switching scenes for days, resident memory climbed by half before it levelled off, with most
of it free. So the arenas are capped at start (before those threads exist), and after a move has settled the
free memory is handed back (malloc_trim, a few milliseconds, at most once every TRIM_EVERY_S). Elsewhere than
glibc both do nothing.
"""

from __future__ import annotations

import ctypes
import sys
import time

M_ARENA_MAX = -8  # mallopt's parameter, from glibc's malloc.h
ARENAS = 2
TRIM_EVERY_S = 2.0
_libc: ctypes.CDLL | None = None
_last_trim = 0.0


def _glibc() -> ctypes.CDLL | None:
    global _libc
    if _libc is None and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL("libc.so.6")  # glibc's name; ctypes.util.find_library would run ldconfig at start
            libc.malloc_trim  # noqa: B018 - musl and others have no malloc_trim: then leave the heap alone
            libc.mallopt  # noqa: B018
            _libc = libc
        except (OSError, AttributeError):
            return None
    return _libc


def cap_arenas() -> None:
    """Call before any thread starts (a MALLOC_ARENA_MAX in the environment wins)."""
    import os

    libc = _glibc()
    if libc is not None and "MALLOC_ARENA_MAX" not in os.environ:
        libc.mallopt(M_ARENA_MAX, ARENAS)


def trim() -> bool:
    """Give the heap's free memory back, unless that was done less than TRIM_EVERY_S ago; True if done."""
    global _last_trim
    libc = _glibc()
    now = time.monotonic()
    if libc is None or now - _last_trim < TRIM_EVERY_S:
        return False
    _last_trim = now
    libc.malloc_trim(0)
    return True
