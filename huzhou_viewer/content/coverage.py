"""Which characters a font can draw, from a plain list of code point ranges, and which pack texts it lacks.

The list is a text file made once per bundled font (so the validator needs no font library):

    # Noto Sans SC, subset
    0020-007E
    3000          # ideographic space
    4E00-9FA5
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from huzhou_viewer.content.messages import Said, said_n

_RANGE = re.compile(r"(?:U\+)?([0-9A-Fa-f]{1,6})(?:\s*-\s*(?:U\+)?([0-9A-Fa-f]{1,6}))?")
MAX_CODE_POINT = 0x10FFFF
# Line breaks and tabs are layout, not glyphs: a font need not have them.
LAYOUT_CHARACTERS = frozenset("\n\r\t")


def load_coverage(path: str | Path) -> frozenset[int]:
    """The code points listed in `path`; ValueError (naming file and line) for a line that is not a range."""
    codes: set[int] = set()
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = _RANGE.fullmatch(line)
        if not match:
            raise ValueError(f"{path}:{number}: expected a hex code point or range such as 4E00-9FA5, got {line!r}")
        first = int(match.group(1), 16)
        last = int(match.group(2), 16) if match.group(2) else first
        if last < first or last > MAX_CODE_POINT:
            raise ValueError(f"{path}:{number}: {line!r} is not a range of code points (0-10FFFF, low to high)")
        codes.update(range(first, last + 1))
    return frozenset(codes)


def uncovered(pack_texts: Iterable[str], coverage: frozenset[int]) -> str:
    """The distinct characters of `pack_texts` that are not in `coverage`, in code point order."""
    missing = {ch for text in pack_texts for ch in text if ord(ch) not in coverage and ch not in LAYOUT_CHARACTERS}
    return "".join(sorted(missing))


def describe_characters(characters: str, limit: int = 8) -> Said | str:
    """"'龘' (U+9F98), '𠀀' (U+20000)" for a warning; shortened after `limit` characters."""
    shown = ", ".join(f"'{ch}' (U+{ord(ch):04X})" for ch in characters[:limit])
    if len(characters) > limit:
        # translators: {characters} lists characters as "'龘' (U+9F98), '𠀀' (U+20000)"; the form follows how many
        # more there are
        return said_n("{characters} and {count} more", "{characters} and {count} more", len(characters) - limit,
                      characters=shown)
    return shown
