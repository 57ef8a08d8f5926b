"""The window the audience sees: a QQuickView on the stage QML, taking keys before QML does."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickView

from huzhou_viewer import resources
from huzhou_viewer.qt.stage.controller import ShowController


class StageView(QQuickView):
    """Keys go to the show first (so a clicker always works, whatever QML has focus), except keys that edit
    text while a text field has focus."""

    def __init__(self, engine: QQmlEngine, show: ShowController) -> None:
        super().__init__(engine, None)
        self._show = show
        self.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        self.setColor(QColor(show.palette.get("background", "#000000")))
        self.setTitle(show.packTitle or "Huzhou Viewer")
        show.windowRequest.connect(self._on_window_request)

    def load(self) -> None:
        self.setSource(QUrl.fromLocalFile(str(resources.ui_dir() / "stage" / "Main.qml")))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Imported at the first key press: the key table needs PySide6's Qt namespace, slow to build.
        from huzhou_viewer.qt.stage.keys import command_for_event, typed_into_field

        command = None if typed_into_field(self, event) else command_for_event(event)
        if command is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self._show.run(command)

    def _on_window_request(self, request: str) -> None:
        full = self.visibility() == QQuickView.Visibility.FullScreen
        if request == "fullscreen" or (request == "toggle-fullscreen" and not full):
            self.showFullScreen()
        elif full and request in ("windowed", "toggle-fullscreen"):
            self.showNormal()
