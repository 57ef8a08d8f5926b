"""glibc's heap, kept to what the show uses.

Qt's image-loading and render threads each get a malloc arena of their own, and memory freed by a scene that
was left stays in the heap (in one soak sample, 25 MiB of the brk heap was free). So the arenas are capped after
the first frame (before the image-loading threads start; ctypes is not worth its 20 ms on the way to the first
frame), and after a move has settled the free memory is handed back (malloc_trim, a few milliseconds, at most
once every TRIM_EVERY_S; the stage trims once more when that has passed after the last move). Elsewhere than
glibc both do nothing.
"""

from __future__ import annotations

import sys
import time

M_ARENA_MAX = -8  # mallopt's parameter, from glibc's malloc.h
ARENAS = 2
TRIM_EVERY_S = 2.0
_libc = None  # ctypes.CDLL, once loaded (ctypes is imported then: it is not on the way to the first frame)
_last_trim = 0.0
_clock = time.monotonic  # a test's own clock replaces it


def _glibc():
    global _libc
    if _libc is None and sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL("libc.so.6")  # glibc's name; ctypes.util.find_library would run ldconfig at start
            libc.malloc_trim  # noqa: B018 - musl and others have no malloc_trim: then leave the heap alone
            libc.mallopt  # noqa: B018
            _libc = libc
        except (OSError, AttributeError):
            return None
    return _libc


def cap_arenas() -> None:
    """Arenas from now on are at most ARENAS (a MALLOC_ARENA_MAX in the environment wins)."""
    import os

    libc = _glibc()
    if libc is not None and "MALLOC_ARENA_MAX" not in os.environ:
        libc.mallopt(M_ARENA_MAX, ARENAS)


def trim() -> bool:
    """Give the heap's free memory back, unless that was done less than TRIM_EVERY_S ago; True if done."""
    global _last_trim
    wait = due_in()
    if wait is None or wait > 0:
        return False
    _last_trim = _clock()
    _glibc().malloc_trim(0)
    return True


def due_in() -> float | None:
    """Seconds until trim() hands memory back again (0: it would now); None where it never does (no glibc)."""
    if _glibc() is None:
        return None
    return max(0.0, TRIM_EVERY_S - (_clock() - _last_trim))
