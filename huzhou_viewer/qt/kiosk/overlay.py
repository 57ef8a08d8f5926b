"""A kiosk's own QML item (ui/kiosk/NAME.qml) laid over the stage, built when first needed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem, QQuickView

from huzhou_viewer import resources

log = logging.getLogger(__name__)


def build_overlay(view: QQuickView, name: str, what: str) -> QQuickItem | None:
    """ui/kiosk/`name`.qml as a child of the stage's root item; None, with a log line naming `what`, if it fails."""
    engine = view.engine()
    url = QUrl.fromLocalFile(str(resources.ui_dir() / "kiosk" / f"{name}.qml"))
    component = QQmlComponent(engine, url, engine)
    item = component.beginCreate(engine.rootContext())
    if item is None:
        log.error("the %s could not be built: %s", what, component.errorString())
        return None
    item.setParentItem(view.rootObject())
    component.completeCreate()
    return item
