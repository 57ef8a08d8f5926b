"""The presenter's console window: a second QQuickView on the stage's engine and controller. The stage's
key route serves it as it serves the audience window, so a key in either drives both."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickView

from huzhou_viewer import resources
from huzhou_viewer.qt.presenter.console import ConsoleController
from huzhou_viewer.qt.stage.controller import ShowController


class ConsoleView(QQuickView):
    def __init__(self, engine: QQmlEngine, controller: ShowController, presenter: ConsoleController) -> None:
        super().__init__(engine, None)
        self._presenter = presenter
        self._controller = controller
        self.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        self.setColor(QColor("#111418"))
        self._title()
        controller.languageChanged.connect(self._title)  # the taskbar and a screen reader say it in the show's language
        controller.packChanged.connect(self._title)
        self.closing = False  # set when the show ends: only then does the console really close

    def _title(self) -> None:
        self.setTitle(self._controller.words["console-window"].format(title=self._controller.packTitle))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # The window manager's close (Alt+F4, the title bar) hides the console, as S does: the show goes on.
        if self.closing:
            super().closeEvent(event)
            return
        event.ignore()
        self._presenter.consoleRequest.emit(False)

    def load(self) -> None:
        self.setSource(QUrl.fromLocalFile(str(resources.ui_dir() / "console" / "Console.qml")))


class ClosesWithAudience(QObject):
    """An event filter on the audience window: the audience window closing ends the show, so the console
    goes too, and with it the program."""

    def __init__(self, console: ConsoleView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._console = console

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and event.isAccepted():
            self._console.closing = True
            self._console.close()
        return False
