"""Where a shown text's lines break, and which of those breaks a reader would call bad.

The lines are laid out again with QTextLayout from the item's own text, font and width, as a QML Text wrapping at
word boundaries (or anywhere, for a word too long for its line) does itself; where the count of lines differs from
the item's own (another wrap mode, an elided text), nothing is said. Bad: a word broken without a hyphen (the
word did not fit and had no soft hyphen where it broke), and a heading or quote whose last line is one word or
one or two Chinese or Japanese characters (show/breaks.py prevents both where it can; what it could not is
reported by `preflight`).

`Lines.balancedWidth` (the QML singleton `Lines`) is the narrowest width at which a heading keeps its count of
lines, as CSS's `text-wrap: balance`: a title of two lines gets two lines of about the same width, never a full
first line and a word alone on the second. Qt's own breaking decides at each width tried, so Chinese and Japanese
break between characters but never before closing or after opening punctuation, and the word joiners and no-break
spaces of show/breaks.py hold as they do in the Text itself.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QTextLayout, QTextOption

from huzhou_viewer.content.marks import NBSP, SHY, unbroken
from huzhou_viewer.content.messages import Said, said, said_n

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickItem

# Texts whose last line must hold more than one word: headings and quotes, by name, or by their size (a text
# at least as big as a heading is one, whatever the scene calls it).
WHOLE_ENDINGS = {"heroTitle", "heading", "subtitle", "storyTitle", "statementText", "detailQuote", "firstLine",
                 "secondLine", "gallerySubtitle"}
HEADING_SIZE = 48  # stage units: Theme.headingSize
LONE_WORD = 10  # a last line of one word shorter than this stands alone ("choice."); a longer one fills its line
BALANCE_STEP = 0.5  # design pixels: how close the search comes to the narrowest width
BALANCE_SLACK = 2.0  # added to it: the Text lays out again and must not lose a line's last word to rounding
MEMO_SIZE = 4096  # answers kept per function; all forgotten when full (a pack edit's texts replace the old ones)


_T = TypeVar("_T")
_memos: list[dict] = []
_memos_follow_fonts = False


def _remembered(function: Callable[..., _T]) -> Callable[..., _T]:
    """The function's answers kept by their arguments (a font by its key). QML evaluates a binding again each time
    one of its inputs settles while a scene loads (the timeline bar's widths eight times before the first frame,
    with the same labels), and every answer is dozens of layouts. Forgotten when the fonts change."""
    answers: dict[tuple, _T] = {}
    _memos.append(answers)

    @functools.wraps(function)
    def remembered(*args) -> _T:
        key = tuple(arg.key() if isinstance(arg, QFont) else arg for arg in args)
        if key in answers:
            return answers[key]
        _follow_fonts()
        if len(answers) >= MEMO_SIZE:
            answers.clear()
        answer = answers[key] = function(*args)
        return answer

    return remembered


def _follow_fonts() -> None:
    """Forget every answer when a font is added or removed: the same family may then draw other glyphs."""
    global _memos_follow_fonts
    app = QGuiApplication.instance()
    if not _memos_follow_fonts and app is not None:
        _memos_follow_fonts = True
        app.fontDatabaseChanged.connect(forget)


def forget() -> None:
    for answers in _memos:
        answers.clear()


def lines_of(text: str, font: QFont, width: float) -> list[str]:
    """The text's lines as Qt breaks them at `width` (each with the characters it ends on, soft hyphens too)."""
    return [text[start:start + length] for start, length, _ in _layout(text, font, width)]


def line_widths(text: str, font: QFont, width: float) -> list[float]:
    """How wide each of the text's lines is, as Qt breaks it at `width` (trailing spaces not counted)."""
    return [natural for _, _, natural in _layout(text, font, width)]


@_remembered
def balanced_width(text: str, font: QFont, width: float) -> float:
    """The narrowest width, at most `width`, that breaks `text` into as many lines as `width` does."""
    if not text.strip() or width <= 0:
        return width
    count = len(_layout(text, font, width))
    if count < 2:
        return width
    # Lines are never wider than the widest at `width`, nor can n of them be narrower than the text's 1/n.
    full = _layout(text, font, width)
    high = max(natural for _, _, natural in full)
    low = sum(natural for _, _, natural in full) / count
    hyphens = sum(_ends_hyphenated(text, start, length) for start, length, _ in full)
    while high - low > BALANCE_STEP:
        middle = (low + high) / 2
        # Breaking only where a word may break (narrower than its longest word, a heading would be cut in it),
        # and inside no more words than at the full width: balance is not worth a hyphen.
        lines = _layout(text, font, middle, anywhere=False)
        if (len(lines) > count or max(natural for _, _, natural in lines) > middle
                or sum(_ends_hyphenated(text, start, length) for start, length, _ in lines) > hyphens):
            low = middle
        else:
            high = middle
    return min(width, high + BALANCE_SLACK)


@_remembered
def fitted_size(text: str, font: QFont, width: float, height: float, line_height: float, smallest: int) -> int:
    """The largest pixel size, from the font's own down to `smallest`, at which `text` breaks only where a word
    may (at spaces, between ideographs; at soft hyphens only where no size down to `smallest` keeps every word
    whole: "Printemps" a size smaller rather than "Prin-temps") into lines of at most `width`, `line_height`
    times the font's height apart, that fit `height`; `smallest` when none does."""
    size = font.pixelSize()
    if not text.strip() or size <= smallest:
        return max(size, smallest)
    if width <= 0 or height <= 0:  # a box not laid out yet (QML asks while anchors settle): nothing fits
        return smallest
    whole = _sized_to_fit(text.replace(SHY, ""), font, width, height, line_height, smallest)
    if whole is not None or SHY not in text:
        return whole or smallest
    return _sized_to_fit(text, font, width, height, line_height, smallest) or smallest


def _sized_to_fit(text: str, font: QFont, width: float, height: float, line_height: float,
                  smallest: int) -> int | None:
    trial = QFont(font)
    size = font.pixelSize()
    while size >= smallest:
        trial.setPixelSize(size)
        lines = _layout(text, trial, width, anywhere=False)
        # A Text's first line keeps its whole height; `line_height` spaces the others.
        tall = QFontMetricsF(trial).height() * (1 + (len(lines) - 1) * line_height)
        if tall <= height and max(natural for _, _, natural in lines) <= width:
            return size
        size -= 1
    return None


@_remembered
def narrowest_width(text: str, font: QFont, lines: int) -> float:
    """The narrowest width at which `text` breaks only where a word may into at most `lines` lines."""
    if not text.strip():
        return 0.0
    low, high = 1.0, max(natural for _, _, natural in _layout(text, font, 1e6)) + BALANCE_SLACK
    while high - low > BALANCE_STEP:
        middle = (low + high) / 2
        found = _layout(text, font, middle, anywhere=False)
        if len(found) > lines or max(natural for _, _, natural in found) > middle:
            low = middle
        else:
            high = middle
    return high + BALANCE_SLACK


def tab_widths(labels: list[str], font: QFont, room: float, widest: float, lines: int,
               padding: float) -> list[float]:
    """Widths for a row of tabs sharing `room`: all alike (at most `widest`) while every label fits its share
    at `font`; else each as wide as its label needs (plus `padding`) and what is left shared alike, or, when even
    that is too much, `room` shared in proportion to the needs."""
    if not labels:
        return []
    alike = min(widest, room / len(labels))
    if room <= 0:  # a row not laid out yet (QML asks while anchors settle)
        return [alike] * len(labels)
    # Room for every word whole where the row has it; else for the labels as their soft hyphens break them.
    needs = [narrowest_width(label.replace(SHY, ""), font, lines) + padding for label in labels]
    if sum(needs) > room:
        needs = [narrowest_width(label, font, lines) + padding for label in labels]
    if max(needs) <= alike:
        return [alike] * len(labels)
    if sum(needs) <= room:
        left = (room - sum(needs)) / len(labels)
        return [need + left for need in needs]
    return [need * room / sum(needs) for need in needs]


class Lines(QObject):
    """Line breaking that QML asks for: `Lines.balancedWidth(text, font, width)` for a heading's width,
    `Lines.fittedSize(text, font, width, height, lineHeight, smallest)` for a label's size, `Lines.tabWidths(...)`
    for the timeline bar's marks, `Lines.naturalWidth(text, font)` for a label as wide as its text."""

    @Slot(str, QFont, float, result=float)
    def balancedWidth(self, text: str, font: QFont, width: float) -> float:
        return balanced_width(text, font, width)

    @Slot(list, QFont, float, float, int, float, result=list)
    def tabWidths(self, labels: list[str], font: QFont, room: float, widest: float, lines: int,
                  padding: float) -> list[float]:
        return tab_widths([str(label) for label in labels], font, room, widest, lines, padding)

    @Slot(str, QFont, result=float)
    def naturalWidth(self, text: str, font: QFont) -> float:
        """The text's width on one line as a Text lays it out: shaped, as a TextMetrics' advance is not (short
        for Arabic, which then elides), and not bound to the Text's own width (implicitWidth is: a loop)."""
        return natural_width(text, font)

    @Slot(str, QFont, float, float, float, int, result=int)
    def fittedSize(self, text: str, font: QFont, width: float, height: float, lineHeight: float,  # noqa: N803
                   smallest: int) -> int:
        return fitted_size(text, font, width, height, lineHeight, smallest)


@_remembered
def natural_width(text: str, font: QFont) -> float:
    return max((natural for _, _, natural in _layout(text, font, 1e6)), default=0.0)


def _ends_hyphenated(text: str, start: int, length: int) -> bool:
    return text[start:start + length].endswith(SHY)


def _layout(text: str, font: QFont, width: float, anywhere: bool = True) -> list[tuple[int, int, float]]:
    layout = QTextLayout(text.replace("\n", "\u2028"), font)  # a Text item's own line breaks
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if anywhere
                       else QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    spans = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        spans.append((line.textStart(), line.textLength(), line.naturalTextWidth()))
    layout.endLayout()
    return spans


def bad_breaks(item: QQuickItem) -> list[Said]:
    """What is wrong with where a Text item's lines break ([] for one line, or a text that does not wrap)."""
    # wrapMode itself cannot be read from Python (PySide has no converter for QQuickText::WrapMode).
    count = int(item.property("lineCount") or 0)
    text = str(item.property("text") or "")
    if count < 2 or item.property("truncated") or not text.strip():
        return []
    lines = lines_of(text, item.property("font"), item.width())
    if len(lines) != count:
        return []
    found = []
    for line, following in itertools.pairwise(lines):
        last, first = line[-1:], following[:1]
        if _letter(last) and _letter(first):
            found.append(said("breaks a word without a hyphen: {before}|{after}",
                              before=_quoted(line.split()[-1] if line.split() else line),
                              after=_quoted(following.split()[0] if following.split() else following)))
    if _ends_whole(item):
        tail = unbroken(lines[-1]).strip()
        characters = [ch for ch in tail if _anywhere().match(ch)]
        if characters and len(characters) <= 2 and len(characters) == len([c for c in tail if c.isalnum()]):
            found.append(said_n("ends on a line of {count} character ({line})",
                                "ends on a line of {count} characters ({line})", len(characters), line=_quoted(tail)))
        elif (not characters and tail and " " not in lines[-1].strip().replace(NBSP, " ")
              and sum(ch.isalpha() for ch in tail) < LONE_WORD
              and len(unbroken(text).split()) > 1):  # a one-word heading cannot end otherwise
            found.append(said("ends on a line of one word ({line})", line=_quoted(tail)))
    return found


@functools.cache
def _anywhere() -> re.Pattern[str]:
    """Ideographs and kana, between which a line may break anywhere. Compiled on first use (preflight's), not
    at start-up: a pattern with these ranges takes 2.5 ms."""
    return re.compile("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def _ends_whole(item: QQuickItem) -> bool:
    if item.objectName() in WHOLE_ENDINGS:
        return True
    font = item.property("font")
    return font.pixelSize() >= HEADING_SIZE


def _letter(ch: str) -> bool:
    """A letter or digit of a script that breaks at spaces (a break between two ideographs is no fault)."""
    return bool(ch) and ch.isalnum() and not _anywhere().match(ch) and ch != SHY


def _quoted(text: str) -> str:
    text = unbroken(text)
    return repr(text if len(text) <= 24 else text[:23] + "…")
