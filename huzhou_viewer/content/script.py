"""Which script a text is written in, and how wide it stands: the one place these rules live.

Pack checks (label widths), the view data (generated initials, couplet scrolls, statement sizes) and so
the screens all ask here, so that a Chinese text is treated alike everywhere. Imports nothing: the view
side uses it without loading the pack's schema.
"""

from __future__ import annotations

import re
import unicodedata

# From the CJK radicals on, characters (Chinese, Japanese, Korean, full-width forms, emoji) take two columns.
WIDE_FROM = 0x2E80

# Chinese as a couplet's scrolls hold it: ideographs, CJK punctuation and full-width forms. Hangul, past
# U+9FFF, is wide but runs across.
_CHINESE = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")


def is_wide(char: str) -> bool:
    """True for a character that stands two Latin letters wide."""
    return ord(char) >= WIDE_FROM


def display_width(text: str) -> int:
    """Width in Latin letters: a wide (CJK) character counts two."""
    return sum(2 if is_wide(c) else 1 for c in text)


def is_chinese(text: str) -> bool:
    """True for a non-empty text made of Chinese characters and CJK punctuation only."""
    return _CHINESE.fullmatch(text) is not None


def is_rtl(text: str) -> bool:
    """True for a text whose first strong letter is written right to left (Arabic, Hebrew, Syriac, Thaana...)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
