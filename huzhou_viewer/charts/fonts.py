"""Make the bundled font known to matplotlib (which, unlike Qt, does not see application fonts)."""

from __future__ import annotations

import functools
import os
import subprocess
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


# The system families a chart falls back on, in order, for what the bundled (CJK) font lacks. matplotlib takes
# each character from the first family of the list that has it, so the one-script Noto faces come first (they
# hold no Latin letters, and draw Arabic, Hebrew, Devanagari... better than DejaVu does); then DejaVu Sans (Debian's
# default, which the QML scenes fall back to too) for Latin, Greek, Cyrillic, '€' and Vietnamese; then Noto Sans
# for what DejaVu lacks. Only the installed ones are used.
FALLBACK_FAMILIES = ("Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai",
                     "Noto Sans Armenian", "Noto Sans Georgian", "Noto Sans Ethiopic", "DejaVu Sans", "Noto Sans")
_FACE_STYLES = {"Regular", "Book", "Bold"}  # a chart draws upright text, normal or bold


@functools.cache
def fallback_families() -> tuple[str, ...]:
    """The installed fallback families, in FALLBACK_FAMILIES order (cached: the first chart pays for it).

    matplotlib's font list is a cache written the first time it ran: a font installed later is not in it.
    So a wanted family it lacks is looked up with fontconfig (`fc-list`, when there is one) and added."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    known = {entry.name for entry in manager.ttflist}
    wanted = [family for family in FALLBACK_FAMILIES if family not in known]
    if wanted:
        for family, path in _fontconfig_faces(wanted):
            register_fonts([path])
            known.add(family)
    return tuple(family for family in FALLBACK_FAMILIES if family in known)


def _fontconfig_faces(families: Iterable[str]) -> list[tuple[str, str]]:
    """(family, file) of each regular or bold face fontconfig knows of those families; none without fc-list."""
    try:
        listing = subprocess.run(["fc-list", "--format", "%{family[0]}\t%{style[0]}\t%{file}\n"],
                                 capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    wanted = set(families)
    faces = []
    for line in listing.splitlines():
        family, _, rest = line.partition("\t")
        style, _, path = rest.partition("\t")
        if family in wanted and style in _FACE_STYLES and path.lower().endswith((".ttf", ".otf")):
            faces.append((family, path))
    return sorted(faces)


def font_chain(primary: str) -> list[str]:
    """The families a chart's text is drawn with: `primary` (the bundled font) first, then the fallbacks."""
    return [primary, *(family for family in fallback_families() if family != primary)]


@functools.cache
def _charmap(family: str) -> frozenset[int]:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    fallback_families()  # registers the system faces matplotlib's cached list lacks
    path = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    return frozenset(FT2Font(path).get_charmap())


def drawing_family(character: str, families: Iterable[str] | None = None) -> str | None:
    """The first family of `families` (default: the fallbacks) that has a glyph for `character`, or None
    when none has: in a chart it would be an empty box."""
    for family in fallback_families() if families is None else families:
        if ord(character) in _charmap(family):
            return family
    return None
