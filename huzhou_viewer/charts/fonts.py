"""Make the bundled font known to matplotlib (which, unlike Qt, does not see application fonts)."""

from __future__ import annotations

import os
from collections.abc import Iterable


def register_fonts(paths: Iterable[str | os.PathLike[str]]) -> str:
    """Add each font file to matplotlib's font manager, once; return the family name of the first.

    Safe to call again with the same files: a file already known is not added twice (addfont would
    append a duplicate entry each time, and clear the lookup cache for nothing)."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    family = ""
    for path in paths:
        fname = os.path.abspath(os.fsdecode(path))
        known = [e for e in manager.ttflist if os.path.abspath(e.fname) == fname]
        if not known:
            manager.addfont(fname)
            known = [e for e in manager.ttflist if e.fname == fname]
        family = family or known[0].name
    if not family:
        raise ValueError("register_fonts: no font files given")
    return family
