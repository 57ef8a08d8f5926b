"""How each text on the stage reads from the back of a hall: its size in the stage's design pixels, whether it
sits inside the title-safe area, and its contrast against what is painted behind it (the rectangles under it,
in paint order, each at its colour's alpha and its items' opacity, over the window's ground). Read from the live
items after a frame has settled; the layout test holds every step to the floors."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

from huzhou_viewer.content.colours import contrast, over
from huzhou_viewer.qt.stage.text_fit import scale_within, shown, stage_item, stage_scale

SAFE = 0.05  # EBU R 95 title-safe: text inside the central 90 % of width and height
MARKS = ("decoration", "heroIcon", "headingIcon")  # icon glyphs drawn as text: pictures, not words to read


@dataclass
class Reading:
    name: str  # the item's objectName ("" for none)
    text: str
    design_size: float  # font pixel size in the stage's design pixels (1080 or 1920 high)
    box: QRectF  # on the stage, in design pixels
    contrast: float  # text colour against what is behind it
    safe: bool  # inside the title-safe area


def _channels(colour: QColor) -> tuple[float, float, float]:
    return colour.redF(), colour.greenF(), colour.blueF()


def _opacity(item: QQuickItem) -> float:
    value = 1.0
    while item is not None:
        value *= item.opacity()
        item = item.parentItem()
    return value


def _paint_order(item: QQuickItem):
    yield item
    for child in sorted(item.childItems(), key=lambda c: c.z()):  # stable: equal z keep their order
        if child.isVisible() and child.opacity() > 0:
            yield from _paint_order(child)


def readings(window: QQuickWindow) -> list[Reading]:
    """Every shown, non-empty text of the stage (decorations left out)."""
    stage = stage_item(window)
    root = window.contentItem()
    if stage is None:
        return []
    scale = stage_scale(window)
    ground = _channels(root.childItems()[0].property("color")) if root.childItems() else (0.0, 0.0, 0.0)
    safe = QRectF(0, 0, stage.width(), stage.height()).adjusted(
        stage.width() * SAFE - 1, stage.height() * SAFE - 1, -stage.width() * SAFE + 1, -stage.height() * SAFE + 1)
    # What is painted, in order; a photograph is None: its pixels are unknown, so text over it is judged against
    # both a black and a white one.
    painted: list[tuple[QRectF, tuple[float, float, float] | None, float]] = []
    found = []
    for item in _paint_order(stage):
        if item.inherits("QQuickImage") and item.objectName() == "sceneBackground" and shown(item):
            painted.append((item.mapRectToItem(stage, QRectF(0, 0, item.width(), item.height())), None, 1.0))
            continue
        if item.inherits("QQuickRectangle"):
            colour = item.property("color")
            alpha = colour.alphaF() * _opacity(item)
            if alpha > 0.02:
                painted.append((item.mapRectToItem(stage, QRectF(0, 0, item.width(), item.height())),
                                _channels(colour), alpha))
            continue
        if not item.inherits("QQuickText") or item.objectName() in MARKS or not shown(item):
            continue
        text = item.property("text")
        if not text:
            continue
        box = _ink_box(item, stage)
        on_stage = box.intersects(QRectF(0, 0, stage.width(), stage.height()))
        if box.isEmpty() or not on_stage or _clipped(item, box, stage):
            continue  # scrolled out of its view, or nothing drawn
        centre = box.center()
        ratios = []
        for photo in ((0.0, 0.0, 0.0), (1.0, 1.0, 1.0)):
            behind = ground
            for rect, colour, alpha in painted:
                if rect.contains(centre):
                    behind = over(colour if colour is not None else photo, alpha, behind)
            ink = item.property("color")
            drawn = over(_channels(ink), ink.alphaF() * _opacity(item), behind)
            ratios.append(contrast(drawn, behind))
        font = item.property("font")
        size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
        on_screen = size * scale * scale_within(item, stage)
        found.append(Reading(item.objectName(), str(text), round(on_screen / scale, 1), box,
                             round(min(ratios), 2), safe.contains(box)))
    return found


def _clipped(item: QQuickItem, box: QRectF, stage: QQuickItem) -> bool:
    """Whether a clipping item above `item` (a grid's view, say) shows none of `box`: a delegate made just past
    its edge is not on screen."""
    above = item.parentItem()
    while above is not None and above is not stage:
        if above.clip() and not box.intersects(above.mapRectToItem(stage, QRectF(0, 0, above.width(), above.height()))):
            return True
        above = above.parentItem()
    return False


def _ink_box(item: QQuickItem, stage: QQuickItem) -> QRectF:
    """Where the text's lines are, not its whole box: a wide box with a short, centred line is judged by the line."""
    width = min(item.width(), item.property("contentWidth"))
    height = min(item.height(), item.property("contentHeight"))
    align, valign = _alignment(item)
    x = {1: 0.0, 2: item.width() - width, 4: (item.width() - width) / 2}.get(align, 0.0)
    y = {32: 0.0, 64: item.height() - height, 128: (item.height() - height) / 2}.get(valign, 0.0)
    return item.mapRectToItem(stage, QRectF(x, y, width, height))


def _alignment(item: QQuickItem) -> tuple[int, int]:
    """The text's effective alignments (PySide cannot convert Text's enums; QML can)."""
    context = QQmlEngine.contextForObject(item)
    if context is None:
        return 1, 32
    value, failed = QQmlExpression(context, item, "effectiveHorizontalAlignment * 1000 + verticalAlignment").evaluate()
    return (int(value) // 1000, int(value) % 1000) if not failed else (1, 32)
