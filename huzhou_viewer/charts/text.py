"""Words and numbers on a chart: value formatting, units, and line wrapping for Latin and CJK text.

Pure Python; the caller passes a `measure(text) -> pixels` function, so wrapping fits the real font."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

# Written here once for charts and for what is said of them (show/): the numbers live below both, in content/.
from huzhou_viewer.content.marks import NBSP, SHY, WJ, ZWSP, unbroken
from huzhou_viewer.content.numbers import DASH, format_number, with_unit

from .cjk_words import join_words

__all__ = ["DASH", "display_width", "format_number", "has_cjk", "shown", "unit_is_short",
           "with_unit", "wrap"]

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# A CJK line may break between any two characters, but not inside a Chinese word (cjk_words.py: "产业链") or a
# run like "2023" or "70.6%".
# A number keeps the units written after it ("2023年", "1200万人次", "7万平方米"); a short bracketed aside keeps
# its brackets ("（超）"); a Latin word stays whole; a word joiner (U+2060, the pack's `{{...}}`, show/breaks.py)
# holds its neighbours together and a zero-width space (`{{|}}`) is a place to break.
_UNITS = "年月日天时分秒万亿千百元人次个名家项座件台辆吨米倍岁周届期号户所亩"
_OPENING = "（(《「『【〔“‘"  # noqa: RUF001
_CLOSING = "）)》」』】〕”’"  # noqa: RUF001
_CJK_TOKENS = re.compile(
    rf"[0-9][0-9.,%+\-\u2013\u00b7]*(?:平方米|平方公里|公里|小时|[{_UNITS}%])*"
    rf"|[{_OPENING}][^{_OPENING}{_CLOSING}\s]{{1,6}}[{_CLOSING}]"
    r"|[A-Za-z.,%+\-\u2013\u00b7]+|[ \t\n]+|.", re.DOTALL)
# Closing punctuation must not start a line (kinsoku): it is kept at the end of the previous one; opening
# punctuation must not end one: it goes with what follows.
_NO_LINE_START = set("，。、；：！？）》」』”’】〕%…·,.;:!?)")
_NO_LINE_END = set(_OPENING)


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
    CJK text breaks between characters, never inside a Chinese word or a number, never before closing punctuation."""
    text = " ".join(re.split(r"[ \t\n\r]+", text.strip()))  # a no-break space is no place to break
    if not text or measure(_drawn(text)) <= max_px:
        return _drawn(text)
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


def _drawn(text: str) -> str:
    """What matplotlib draws: the break characters out (it would draw them as boxes), no-break spaces as spaces."""
    return unbroken(text)


def _wrap(text: str, max_px: float, measure: Callable[[str], float]) -> list[str]:
    if has_cjk(text):
        return _wrap_cjk(text, max_px, measure)
    text = text.replace(SHY, "").replace(WJ, "").replace(ZWSP, " ")
    lines = _wrap_latin(text, max_px, measure)
    return [_drawn(line) for line in lines]


def _wrap_latin(text: str, max_px: float, measure: Callable[[str], float]) -> list[str]:
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
    for token in _unbreakable(text):
        candidate = line + token
        if line and measure(candidate.rstrip()) > max_px and token[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _unbreakable(text: str) -> list[str]:
    """The runs a CJK line may break between, drawn as they are (no break characters left in them)."""
    runs: list[str] = []
    glue = False  # the next token joins the last run: a word joiner, a no-break space or opening punctuation
    for token in _CJK_TOKENS.findall(join_words(text.replace(SHY, ""))):
        if token == ZWSP:
            glue = False
            if runs:
                runs.append("")  # an empty run: the next token starts a new one
            continue
        if token == WJ:
            glue = bool(runs)
            continue
        drawn = token.replace(NBSP, " ")
        if glue and runs:
            runs[-1] += drawn
        else:
            runs.append(drawn)
        glue = token == NBSP or token[-1] in _NO_LINE_END
    return [run for run in runs if run]


def shown(text: str) -> str:
    """`text` as matplotlib is given it: without the break characters a label may carry (show/breaks.py), which
    it would draw as boxes. Wrap the text first: each line is laid out on its own.

    Nothing else is done to it. matplotlib (3.11 on) lays every line out with libraqm: letters joined (Arabic),
    conjuncts formed (Devanagari), and right-to-left runs ordered with numbers and Latin words inside them
    reading left to right, as Qt does in the scenes. Text shaped beforehand would be shaped and reversed again."""
    return unbroken(text)
