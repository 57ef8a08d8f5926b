"""Helpers for tests that drive the real stage: build it, walk its items, settle a frame."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem

from huzhou_viewer import resources
from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.qt.stage.stage import Stage
from huzhou_viewer.qt.stage.text_fit import items, shown
from huzhou_viewer.qt.stage.text_fit import rect_in as rect_in  # the tests take it from here
from huzhou_viewer.show.present import build_deck

_FONT_FAMILY: list[str] = []


def font_family() -> str:
    if not _FONT_FAMILY:
        from huzhou_viewer.qt.platform.fonts import register_bundled_fonts

        _FONT_FAMILY.append(register_bundled_fonts(resources.font_files()))
    return _FONT_FAMILY[0]


def make_stage(pack_dir, size=(1920, 1080), language=None, transitions=False) -> Stage:
    stage = Stage(build_deck(load_pack(pack_dir)), language, font_family(), transitions)
    stage.start_serving()
    stage.view.resize(*size)
    stage.view.show()
    return stage


def find(stage: Stage, name: str) -> QQuickItem:
    # Visual children, not QObject children: Repeater and Loader items hang from their visual parent.
    found = [item for item in items(stage.view.rootObject()) if item.objectName() == name]
    assert found, f"no item named {name!r}"
    shown_ones = [item for item in found if shown(item)]
    return (shown_ones or found)[0]


def centre_in_window(item: QQuickItem) -> QPointF:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2))


def settle(stage: Stage) -> None:
    """Deliver pending events (resizes among them) and render one frame, so positioners and loaders
    have done their work."""
    from huzhou_viewer.qt.stage.export import grab

    grab(stage)
