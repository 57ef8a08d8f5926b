"""Presenter mode, wired: the console window, its controller, the miniatures, presenter keys in the audience
window, and the screens. Built after the audience's first frame, so none of it delays that frame."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl

from huzhou_viewer.qt.presenter.console_window import ConsoleView, PresenterKeys
from huzhou_viewer.qt.presenter.miniatures import Miniatures
from huzhou_viewer.qt.presenter.console import ConsoleController
from huzhou_viewer.qt.presenter.screens import ScreenPlacer
from huzhou_viewer.qt.stage.stage import Stage, StageError


class PresenterMode:
    def __init__(self, stage: Stage, audience_screen: int | str | None = None,
                 console_screen: int | str | None = None, scene_seconds: float = 30.0, loop: bool = False,
                 rehearsal_file: Path | None = None, said: tuple = (),
                 clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time,
                 pictures_root: Path | None = None) -> None:
        self.stage = stage
        self.miniatures = Miniatures()
        stage.engine.addImageProvider("miniature", self.miniatures)  # the engine takes ownership
        self.presenter = ConsoleController(stage.controller, stage.view, self.miniatures, scene_seconds, loop,
                                           rehearsal_file, clock, wall, pictures_root)
        stage.engine.rootContext().setContextProperty("presenter", self.presenter)
        self.console = ConsoleView(stage.engine, stage.controller, self.presenter)
        self.console.load()
        if self.console.errors():
            raise StageError("; ".join(e.toString() for e in self.console.errors()))
        self.keys = PresenterKeys(self.presenter, self.console)
        stage.view.installEventFilter(self.keys)
        self.screens = ScreenPlacer(stage.view, self.console, self.presenter, audience_screen, console_screen,
                                    said)
        self.screens.place()
        self.presenter.keep_picture()

    def close(self) -> None:
        """Before Stage.close(): the console shares the stage's engine."""
        import shiboken6

        self.screens.close()
        self.presenter.close()
        self.stage.view.removeEventFilter(self.keys)
        self.console.closing = True
        self.console.close()
        self.console.setSource(QUrl())
        shiboken6.delete(self.console)
        self.stage.engine.removeImageProvider("miniature")
