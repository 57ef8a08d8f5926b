"""The window the audience sees: a QQuickView on the stage QML. Its keys take the stage's key route
(qt/stage/key_route.py) before QML sees them."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickView

from huzhou_viewer import resources
from huzhou_viewer.qt.stage.controller import ShowController


class StageView(QQuickView):
    def __init__(self, engine: QQmlEngine, controller: ShowController) -> None:
        super().__init__(engine, None)
        self._controller = controller
        self._held_full_screen = False
        self.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        self.setColor(QColor(controller.palette.get("background", "#000000")))
        self.setTitle(controller.packTitle or "Huzhou Viewer")
        controller.languageChanged.connect(self._title)  # the taskbar speaks the language on screen
        controller.packChanged.connect(self._title)
        controller.windowRequest.connect(self._on_window_request)

    def _title(self) -> None:
        from PySide6.QtGui import QAccessible, QAccessibleEvent  # 3 ms to build: not before the first frame

        self.setTitle(self._controller.packTitle or "Huzhou Viewer")
        # Qt sends no name change for a window's new title over AT-SPI: a screen reader kept the old language's.
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def load(self) -> None:
        self.setSource(QUrl.fromLocalFile(str(resources.ui_dir() / "stage" / "Main.qml")))

    def hold_full_screen(self, hold: bool) -> None:
        """While held, full screen is the only state: requests to leave it (Esc, F11) change nothing, and a
        window manager that takes the window out of it is overruled. A kiosk holds it until it leaves."""
        if hold == self._held_full_screen:
            return
        self._held_full_screen = hold
        if hold:
            self.visibilityChanged.connect(self._back_to_full_screen)
        else:
            self.visibilityChanged.disconnect(self._back_to_full_screen)

    def _back_to_full_screen(self, *_) -> None:
        if self.isVisible() and self.visibility() != QQuickView.Visibility.FullScreen:
            self.showFullScreen()

    def _on_window_request(self, request: str) -> None:
        if self._held_full_screen:
            self._back_to_full_screen()
            return
        full = self.visibility() == QQuickView.Visibility.FullScreen
        if request == "fullscreen" or (request == "toggle-fullscreen" and not full):
            self.showFullScreen()
        elif full and request in ("windowed", "toggle-fullscreen"):
            self.showNormal()

    def set_drawn(self, drawn: bool) -> None:
        """Whether anything is drawn at all (False: the window shows its colour only)."""
        root = self.rootObject()
        if root is not None:
            root.setVisible(drawn)

    def set_scenes_visible(self, visible: bool) -> None:
        """Whether the scenes are drawn; overlays above them (an admin panel, say) stay as they are."""
        root = self.rootObject()
        for child in root.childItems() if root is not None else ():
            if child.objectName() == "stage":  # the scenes (their visibility is bound to nothing)
                child.setVisible(visible)
