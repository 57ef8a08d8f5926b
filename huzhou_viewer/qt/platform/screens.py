"""Finding the screen asked for, and putting a window on a screen, full screen or windowed."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication, QScreen, QWindow

log = logging.getLogger(__name__)


def find_screen(choice: int | str | None) -> QScreen:
    """The screen asked for (a number, 0 = first, or a name; None: the primary one); the primary one, with a
    warning, when it is not there."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    if choice is None:
        return primary  # the usual case, with nothing to look up (screen_choice is imported only when needed)
    from huzhou_viewer.show.screen_choice import find

    index = find([s.name() for s in screens], choice)
    if index is not None:
        return screens[index]
    names = ", ".join(f"{i}: {s.name()}" for i, s in enumerate(screens))
    log.warning("screen %r does not exist (screens: %s); using the primary screen", choice, names)
    return primary


def place_window(window: QWindow, screen: QScreen, fullscreen: bool = True) -> None:
    """Show `window` on `screen`: full screen, or windowed at 1280x720 (at most) in its middle."""
    if fullscreen:
        if window.screen() is not screen and window.isVisible():
            window.showNormal()  # a full-screen window is moved as a normal one, then made full screen again
        window.setScreen(screen)
        # Geometry first, then full screen: window managers put a full-screen window where it stands.
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        return
    window.setScreen(screen)
    area = screen.availableGeometry()
    width, height = min(1280, area.width()), min(720, area.height())
    window.setGeometry(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2,
                       width, height)
    window.show()
