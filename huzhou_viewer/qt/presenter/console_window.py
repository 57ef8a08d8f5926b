"""The presenter's console window: a second QQuickView on the stage's engine and controller, so a key in
either window drives both. Presenter keys first, then the show's keys, as in the audience window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickView

from huzhou_viewer import resources
from huzhou_viewer.qt.stage.keys import command_for_event, typed_into_field
from huzhou_viewer.qt.presenter.console import ConsoleController
from huzhou_viewer.qt.presenter.keys import presenter_key_name
from huzhou_viewer.qt.stage.controller import ShowController


class ConsoleView(QQuickView):
    def __init__(self, engine: QQmlEngine, show: ShowController, presenter: ConsoleController) -> None:
        super().__init__(engine, None)
        self._show, self._presenter = show, presenter
        self.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        self.setColor(QColor("#111418"))
        self.setTitle(f"{show.packTitle} · console")
        self.closing = False  # set when the show ends: only then does the console really close

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # The window manager's close (Alt+F4, the title bar) hides the console, as S does: the show goes on.
        if self.closing:
            super().closeEvent(event)
            return
        event.ignore()
        self._presenter.consoleRequest.emit(False)

    def load(self) -> None:
        self.setSource(QUrl.fromLocalFile(str(resources.ui_dir() / "console" / "Console.qml")))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._presenter.handle_key(presenter_key_name(event)):
            event.accept()
            return
        command = command_for_event(event)
        if command is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self._show.run(command)


class PresenterKeys(QObject):
    """An event filter on the audience window: presenter keys (S, O, A, T, R, the overview's keys) are
    taken there too, before the window's own handling; every other key goes on as usual. Closing the
    audience window closes the console."""

    def __init__(self, presenter: ConsoleController, console: ConsoleView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._presenter, self._console = presenter, console

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            if typed_into_field(watched, event):
                return False  # letters typed into a field (a search, say) are text, not commands
            return self._presenter.handle_key(presenter_key_name(event))
        if event.type() == QEvent.Type.Close and event.isAccepted():
            # The audience window closing ends the show: the console goes too, and with it the program.
            self._console.closing = True
            self._console.close()
        return False
