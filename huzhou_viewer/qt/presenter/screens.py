"""Presenter mode's windows on the screens there are, and again whenever a screen comes or goes.

The audience is always full screen: on its own screen when there are two, else on the one there is. The
console is full screen on the other screen, or, with one screen, opened over the audience on request (S).
When the projector is unplugged the audience moves to the screen left, and back when it returns; the show's
position lives in the controller, so nothing of it is lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QScreen, QWindow

from huzhou_viewer.qt.platform.screens import place_window
from huzhou_viewer.show.screen_choice import MissingScreen, ScreenChoice, choose

log = logging.getLogger(__name__)


def choose_screens(screens: list[QScreen], audience: int | str | None, console: int | str | None) -> ScreenChoice:
    primary = QGuiApplication.primaryScreen()
    index = screens.index(primary) if primary in screens else 0
    return choose([s.name() for s in screens], index, audience, console)


def place_audience(window: QWindow, audience: int | str | None,
                   console: int | str | None) -> tuple[MissingScreen, ...]:
    """Before the first frame: the audience window full screen on its screen; returns the screens asked for
    that are not there (logged here, said on the console once it is up)."""
    screens = QGuiApplication.screens()
    choice = choose_screens(screens, audience, console)
    for problem in choice.problems:
        log.warning("%s", problem)
    place_window(window, screens[choice.audience])
    return choice.missing


class ScreenPlacer(QObject):
    """Keeps the audience and the console on the right screens as screens come and go."""

    def __init__(self, audience: QWindow, console: QWindow, presenter, wanted_audience: int | str | None,
                 wanted_console: int | str | None, missing_screens: tuple[MissingScreen, ...] = (),
                 parent: QObject | None = None):
        super().__init__(parent)
        self._audience, self._console, self._presenter = audience, console, presenter
        self._wanted = (wanted_audience, wanted_console)
        self._told = set(missing_screens)  # each is told once on the console, not at every change of screens
        self._console_wanted: bool | None = None  # None: the default for the number of screens
        self._shared = False
        self.choice: ScreenChoice | None = None
        presenter.consoleRequest.connect(self.set_console_wanted)
        presenter.swapRequest.connect(self.swap)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_added)
        app.screenRemoved.connect(self._on_removed)
        if missing_screens:
            presenter.set_notices(missing_screens)

    def close(self) -> None:
        """The windows are going away: screens that come and go no longer concern them."""
        app = QGuiApplication.instance()
        app.screenAdded.disconnect(self._on_added)
        app.screenRemoved.disconnect(self._on_removed)
        self._presenter.consoleRequest.disconnect(self.set_console_wanted)
        self._presenter.swapRequest.disconnect(self.swap)

    def swap(self) -> None:
        """The audience goes where the console is and the console where the audience was (when the system
        calls the projector its main screen, say). By name, so it holds while screens come and go."""
        screens = QGuiApplication.screens()
        if self.choice is None or self.choice.console is None or len(screens) < 2:
            return
        names = [s.name() for s in screens]
        self._wanted = (names[self.choice.console], names[self.choice.audience])
        self.place()

    def _on_added(self, screen: QScreen) -> None:
        log.info("screen %s added", screen.name())
        self.place()

    def _on_removed(self, screen: QScreen) -> None:
        # Qt has already taken it out of the list; leaving it out again costs nothing and is sure.
        log.info("screen %s removed", screen.name())
        self.place([s for s in QGuiApplication.screens() if s is not screen])

    def place(self, screens: list[QScreen] | None = None) -> None:
        screens = QGuiApplication.screens() if screens is None else screens
        if not screens:
            return
        choice = choose_screens(screens, *self._wanted)
        fresh = [m for m in choice.missing if m not in self._told]
        if fresh:
            self._told.update(fresh)
            for missing in fresh:
                log.warning("%s", missing.text())
            self._presenter.set_notices(fresh)
        was_shared, self._shared = self._shared, choice.console is None
        if self.choice is not None and was_shared != self._shared:
            if self._shared and self._console_wanted is None:
                # The projector went: the speaker keeps the console in front (S shows the audience's view).
                self._console_wanted = self._presenter.consoleVisible
            elif not self._shared and self._console_wanted is False:
                self._console_wanted = None  # a second screen came: the console goes back on its own
        self.choice = choice
        place_window(self._audience, screens[choice.audience])
        self._console_screen = screens[choice.console] if choice.console is not None else screens[choice.audience]
        self._apply_console()

    def set_console_wanted(self, wanted: bool) -> None:
        self._console_wanted = wanted
        self._apply_console()

    def _apply_console(self) -> None:
        wanted = self._console_wanted if self._console_wanted is not None else not self._shared
        if wanted:
            place_window(self._console, self._console_screen)
            if QGuiApplication.platformName() != "offscreen":  # it has no stacking and says so
                self._console.raise_()
            self._console.requestActivate()
        else:
            self._console.hide()
            self._audience.requestActivate()
        self._presenter.set_console_visible(wanted)
