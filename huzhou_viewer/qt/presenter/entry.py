"""Presenter mode's one entry: the audience full screen on its screen before the first frame, the console
and its machinery after it (qt/presenter/mode.py), so none of it delays that frame."""

from __future__ import annotations

from huzhou_viewer.qt.stage.mode import Launch


class Presenting:
    drives_gallery = False
    restart = False

    def __init__(self, launch: Launch) -> None:
        from huzhou_viewer.qt.presenter.screens import place_audience

        self._settings = launch.settings
        self.stage = launch.build_stage()
        if self._settings.chrome is None:
            # The audience sees the show and nothing to operate: the speaker drives it from the console.
            self.stage.controller.set_chrome("none")
        self.mode = None  # the PresenterMode, once the audience has its first frame
        # Screens asked for that are not there: logged now, told on the console once it is up.
        self.missing_screens = place_audience(self.stage.view, self._settings.audience_screen,
                                              self._settings.console_screen)

    def after_first_frame(self) -> None:
        from huzhou_viewer.qt.presenter.mode import PresenterMode
        from huzhou_viewer.settings import cache_dir, config_dir
        from huzhou_viewer.show.rehearsal import REHEARSAL_FILE

        settings = self._settings
        self.mode = PresenterMode(self.stage, settings.audience_screen, settings.console_screen,
                                  settings.scene_seconds, settings.auto_advance_loop, config_dir() / REHEARSAL_FILE,
                                  self.missing_screens, pictures_root=cache_dir() / "console-pictures")

    def quit(self) -> None:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.quit()

    def close(self) -> None:
        if self.mode is not None:
            self.mode.close()


def start(launch: Launch) -> Presenting:
    return Presenting(launch)
