"""Every text on screen is painted, at every screen size: a renderer setting once left 4K headlines, names and
figures out of the picture while every layout test still passed (their boxes were all in place)."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem

from huzhou_viewer.qt.stage.export import grab
from tests.qtsupport import items, make_stage, rect_in, shown


def _opaque(item: QQuickItem | None) -> bool:
    opacity = 1.0
    while item is not None:
        opacity *= item.opacity()
        item = item.parentItem()
    return opacity > 0.99


def _texts(stage) -> list[QQuickItem]:
    root = stage.view.contentItem()
    found = []
    for item in items(root):
        if not item.inherits("QQuickText") or not shown(item) or not _opaque(item):
            continue
        text = item.property("text") or ""
        if len(text.strip()) >= 2 and item.property("color").alpha() == 255:
            found.append(item)
    return found


def _inked(image, box: QRectF, colour: QColor) -> int:
    """Pixels in `box` within a small distance of the text's own colour (the glyphs' solid middles)."""
    left, top = max(0, int(box.left())), max(0, int(box.top()))
    right, bottom = min(image.width(), int(box.right())), min(image.height(), int(box.bottom()))
    want = (colour.red(), colour.green(), colour.blue())
    count = 0
    for y in range(top, bottom, 2):
        for x in range(left, right, 2):
            pixel = image.pixelColor(x, y)
            if sum(abs(a - b) for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), want)) < 40:
                count += 1
    return count


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_every_text_on_screen_is_painted(qapp, bundled_pack_dir, size):
    stage = make_stage(bundled_pack_dir, size, language="zh-Hans")
    try:
        show = stage.controller
        gallery = next(i for i, view in enumerate(show.deck.scenes("zh-Hans")) if view["kind"] == "gallery")
        checked = 0
        for scene, step in ((0, 0), (1, 0), (1, 1), (gallery, 0)):
            show.goTo(scene, step)
            grab(stage)  # the step's layout settles
            image = grab(stage)
            root = stage.view.contentItem()
            for text in _texts(stage):
                box = rect_in(text, root).intersected(QRectF(0, 0, image.width(), image.height()))
                if box.width() < 8 or box.height() < 8:
                    continue
                checked += 1
                assert _inked(image, box, text.property("color")) >= 3, (scene, step, text.property("text"), size)
        assert checked >= 10
    finally:
        stage.close()

