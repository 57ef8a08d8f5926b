"""Whether each text on the stage fits: not elided, not overflowing its box, not leaving its card, its scene
or the stage. Read from the live items after a frame has settled; used by `preflight` and the layout test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from PySide6.QtQuick import QQuickItem, QQuickWindow

from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.content.messages import Said, said
from huzhou_viewer.qt.stage.line_breaks import bad_breaks

# Slack, in stage units, before a box is said to leave another (rounding of anchors and scaled layouts).
SLACK = 1.0
OVERFLOW_SLACK = 2.0
# The back row's floor, in stage units: 1/30 of the stage's short side (Theme.floorSize), for any text the
# audience reads.
FLOOR = 36


@dataclass
class TextFit:
    """One shown text item: where it is on the screen, how big, and what is wrong with its fit."""

    name: str  # the item's objectName ("" for none)
    text: str  # as written: without the break characters the view data gives Qt (show/breaks.py)
    pixel_size: float  # the font's pixel size on the screen (stage units times the stage's scale)
    drawn_size: float  # the font's size in stage units as drawn: a text in a box drawn smaller counts smaller
    shrunk_in: int  # the box drawn smaller that holds it (an id within one frame), 0 for none
    box: tuple[float, float, float, float]  # x, y, width, height in the window's pixels
    font: QFont
    problems: list[Said] = field(default_factory=list)
    breaks: list[Said] = field(default_factory=list)  # lines that break badly (line_breaks.py): no clipping

    @property
    def clipped(self) -> bool:
        return bool(self.problems)


def items(root: QQuickItem) -> Iterator[QQuickItem]:
    """`root` and every visual descendant (Repeater and Loader items hang from their visual parent)."""
    yield root
    for child in root.childItems():
        yield from items(child)


def shown(item: QQuickItem | None) -> bool:
    while item is not None:
        if not item.isVisible() or item.opacity() == 0:
            return False
        item = item.parentItem()
    return True


def rect_in(item: QQuickItem, other: QQuickItem) -> QRectF:
    return item.mapRectToItem(other, QRectF(0, 0, item.width(), item.height()))


def stage_item(window: QQuickWindow) -> QQuickItem | None:
    """The design-sized item named "stage" that the window scales to fit."""
    root = window.contentItem()
    return next((item for item in items(root) if item.objectName() == "stage"), None)


def stage_scale(window: QQuickWindow) -> float:
    stage = stage_item(window)
    if stage is None or stage.width() <= 0:
        return 1.0
    return stage.mapRectToScene(QRectF(0, 0, stage.width(), stage.height())).width() / stage.width()


def is_frame(item: QQuickItem) -> bool:
    # Ask the meta-object first: PySide6 mishandles the reference count of property() on a missing name.
    return item.metaObject().indexOfProperty("isFrame") >= 0 and bool(item.property("isFrame"))


def text_fits(window: QQuickWindow) -> list[TextFit]:
    """Every shown, non-empty text on the stage (decorations left out), each with its problems."""
    root = stage_item(window)
    if root is None:
        return []
    scale = stage_scale(window)
    bounds = rect_in(root, root).adjusted(-SLACK, -SLACK, SLACK, SLACK)
    found = []
    for item in items(root):
        if (not item.inherits("QQuickText") or not shown(item) or item.objectName() == "decoration"
                or _clipped_away(item, root)):
            continue
        text = item.property("text")
        if not text:
            continue
        found.append(_fit(item, str(text), root, bounds, scale))
    return found


def _fit(item: QQuickItem, text: str, root: QQuickItem, bounds: QRectF, scale: float) -> TextFit:
    font = item.property("font")
    size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    screen = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    shrunk = _ancestor(item, lambda i: i.scale() < 0.999)
    fit = TextFit(item.objectName(), unbroken(text), round(size * scale, 2), round(size * scale_within(item, root), 1),
                  id(shrunk) if shrunk is not None and shrunk is not root else 0,
                  (round(screen.x(), 1), round(screen.y(), 1), round(screen.width(), 1), round(screen.height(), 1)),
                  font, breaks=bad_breaks(item))
    if item.property("truncated"):
        fit.problems.append(said("is elided"))
    if (item.property("contentWidth") > item.width() + OVERFLOW_SLACK
            or item.property("contentHeight") > item.height() + OVERFLOW_SLACK):
        fit.problems.append(said("overflows its box"))
    box = rect_in(item, root)
    if not bounds.contains(box):
        fit.problems.append(said("leaves the stage"))
    frame = _ancestor(item, is_frame)
    if frame is not None and not _within(box, frame, root):
        fit.problems.append(said("leaves its card"))
    scene = _ancestor(item, lambda i: i.objectName().startswith("scene-"))
    if scene is not None and not _within(box, scene, root):
        fit.problems.append(said("leaves its scene (under the timeline bar)"))
    return fit


def scale_within(item: QQuickItem, root: QQuickItem) -> float:
    """An item's own scale within the stage (a story's side drawn smaller to fit, say)."""
    return item.mapRectToItem(root, QRectF(0, 0, 100, 100)).width() / 100


def _clipped_away(item: QQuickItem, root: QQuickItem) -> bool:
    """True for an item wholly outside a clipping ancestor (a grid's card scrolled out of its view): not on screen."""
    box = rect_in(item, root)
    clipper = _ancestor(item, lambda i: i.clip())
    while clipper is not None:
        if not rect_in(clipper, root).intersects(box):
            return True
        clipper = _ancestor(clipper, lambda i: i.clip())
    return False


def _ancestor(item: QQuickItem, wanted) -> QQuickItem | None:
    parent = item.parentItem()
    while parent is not None and not wanted(parent):
        parent = parent.parentItem()
    return parent


def _within(box: QRectF, holder: QQuickItem, root: QQuickItem) -> bool:
    return rect_in(holder, root).adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(box)
