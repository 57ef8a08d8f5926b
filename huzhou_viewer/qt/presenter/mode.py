"""Presenter mode, wired: the console window, its controller, the miniatures, the presenter's keys on the
stage's key route (in both windows), and the screens. Built after the audience's first frame, so none of it
delays that frame."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl

from huzhou_viewer.qt.presenter.console import ConsoleController
from huzhou_viewer.qt.presenter.console_keys import OverviewKeys, key_table
from huzhou_viewer.qt.presenter.console_window import ClosesWithAudience, ConsoleView
from huzhou_viewer.qt.presenter.miniatures import Miniatures
from huzhou_viewer.qt.presenter.screens import ScreenPlacer
from huzhou_viewer.qt.stage import qml_types
from huzhou_viewer.qt.stage.stage import Stage, StageError


class PresenterMode:
    def __init__(self, stage: Stage, audience_screen: int | str | None = None,
                 console_screen: int | str | None = None, scene_seconds: float = 30.0, loop: bool = False,
                 rehearsal_file: Path | None = None, missing_screens: tuple = (),
                 clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time,
                 pictures_root: Path | None = None) -> None:
        self.stage = stage
        self.miniatures = Miniatures()
        stage.engine.addImageProvider("miniature", self.miniatures)  # the engine takes ownership
        self.presenter = ConsoleController(stage.controller, stage.view, self.miniatures, scene_seconds, loop,
                                           rehearsal_file, clock, wall, pictures_root)
        qml_types.modes(stage.engine).set_console(self.presenter)
        self.console = ConsoleView(stage.engine, stage.controller, self.presenter)
        self.console.load()
        if self.console.errors():
            raise StageError("; ".join(e.toString() for e in self.console.errors()))
        self.overview_keys = OverviewKeys(self.presenter)
        stage.keys.add_overlay(self.overview_keys)
        stage.keys.set_mode_keys(key_table(self.presenter))
        stage.keys.serve(self.console)
        self.closes_with_audience = ClosesWithAudience(self.console)
        stage.view.installEventFilter(self.closes_with_audience)
        self.screens = ScreenPlacer(stage.view, self.console, self.presenter, audience_screen, console_screen,
                                    missing_screens)
        self.screens.place()
        # The first miniature waits for the icon fonts: one grabbed before them (no star, no season icons)
        # would be kept on disk and shown again at the next start.
        self._waits_for_icons = not stage.icons.ready
        if self._waits_for_icons:
            stage.icons.readyChanged.connect(self.presenter.keep_picture)
        else:
            self.presenter.keep_picture()

    def close(self) -> None:
        """Before Stage.close(): the console shares the stage's engine."""
        import shiboken6

        self.screens.close()
        if self._waits_for_icons:
            self.stage.icons.readyChanged.disconnect(self.presenter.keep_picture)
        self.presenter.close()
        keys = self.stage.keys
        keys.stop_serving(self.console)
        keys.set_mode_keys({})
        keys.remove_overlay(self.overview_keys)
        self.stage.view.removeEventFilter(self.closes_with_audience)
        self.console.closing = True
        self.console.close()
        self.console.setSource(QUrl())
        shiboken6.delete(self.console)
        qml_types.modes(self.stage.engine).set_console(None)
        self.stage.engine.removeImageProvider("miniature")
