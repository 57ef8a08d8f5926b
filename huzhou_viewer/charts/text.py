"""Words and numbers on a chart: value formatting, units, line wrapping for Latin and CJK text, and the
shaping of right-to-left text (Arabic, Hebrew) for matplotlib, which draws characters one by one.

Pure Python; the caller passes a `measure(text) -> pixels` function, so wrapping fits the real font."""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Callable

# Written here once for charts and for what is said of them (show/): the numbers live below both, in content/.
from huzhou_viewer.content.numbers import DASH, format_number, with_unit

__all__ = ["DASH", "display_width", "format_number", "has_cjk", "needs_shaping", "shown", "unit_is_short",
           "with_unit", "wrap"]

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# A CJK line may break between any two characters, but not inside a run like "2023" or "70.6%".
_CJK_TOKENS = re.compile(r"[0-9A-Za-z.,%+\-\u2013\u00b7]+|\s+|.")
# Closing punctuation must not start a line (kinsoku): it is kept at the end of the previous one.
_NO_LINE_START = set("，。、；：！？）》」』”’】〕%…·,.;:!?)")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


MYRIADS = ("万", "亿", "萬", "億")  # Chinese counts in ten thousands: a number before them is not grouped


def group_from(unit: str) -> float:
    return 10000 if unit.startswith(MYRIADS) else 1000


def display_width(text: str) -> int:
    """Width in Latin letters: a CJK character counts two, as it is about two letters wide."""
    return sum(2 if _CJK.match(ch) else 1 for ch in text)


def unit_is_short(unit: str) -> bool:
    """"%", "天", "days", "亿元" go after every value; "万人次", "million visits" are said once instead."""
    return 0 < display_width(unit) <= 4


def wrap(text: str, max_px: float, measure: Callable[[str], float]) -> str:
    """Break `text` into lines no wider than max_px (as `measure` says), joined with newlines, with the
    lines of even length: "after signing: / site ready", not "after signing: site / ready".

    Latin text breaks between words (textwrap); a word longer than the line is left whole rather than cut.
    CJK text breaks between characters, never inside a number, never before closing punctuation."""
    text = " ".join(text.split())
    if not text or measure(text) <= max_px:
        return text
    lines = _wrap(text, max_px, measure)
    # Balance: the narrowest width that still needs no more lines (a few bisection steps are plenty).
    lo, hi = max_px / (len(lines) + 1), max_px
    for _ in range(7):
        mid = (lo + hi) / 2
        if len(_wrap(text, mid, measure)) <= len(lines):
            hi = mid
        else:
            lo = mid
    return "\n".join(_wrap(text, hi, measure))


def _wrap(text: str, max_px: float, measure: Callable[[str], float]) -> list[str]:
    if has_cjk(text):
        return _wrap_cjk(text, max_px, measure)
    # textwrap counts characters; start from the average letter width and narrow until every line fits.
    chars = max(1, int(max_px / (measure(text) / len(text))))
    while True:
        lines = textwrap.wrap(text, chars, break_long_words=False)
        if chars == 1 or all(measure(line) <= max_px for line in lines):
            return lines
        chars -= 1


def _wrap_cjk(text: str, max_px: float, measure: Callable[[str], float]) -> list[str]:
    lines: list[str] = []
    line = ""
    for token in _CJK_TOKENS.findall(text):
        candidate = line + token
        if line and measure(candidate.rstrip()) > max_px and token[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    return lines


# Arabic (with its supplements and presentation forms), Syriac, Thaana, N'Ko, and Hebrew: written right to
# left, and (but Hebrew) joined. matplotlib draws one glyph per character, left to right, so such text is
# shaped (arabic-reshaper: each letter to its joined presentation form) and reordered (python-bidi) first.
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def needs_shaping(text: str) -> bool:
    return bool(_RTL.search(text))


def shown(text: str) -> str:
    """`text` as matplotlib must be given it to draw it right: unchanged for left-to-right scripts; each line of
    Arabic or Hebrew joined and in visual order ("سلام" -> "ﻡﻼﺳ"), numbers and Latin words inside it kept
    reading left to right. Lines are reordered one by one, so wrap the logical text first, then show it.

    The shaping libraries are imported only for a text that needs them."""
    if not needs_shaping(text):
        return text
    return "\n".join(_shown_line(line) for line in text.split("\n"))


@functools.lru_cache(maxsize=4096)
def _shown_line(line: str) -> str:
    if not needs_shaping(line):
        return line
    from arabic_reshaper import reshape
    from bidi import get_display

    return get_display(reshape(line))
