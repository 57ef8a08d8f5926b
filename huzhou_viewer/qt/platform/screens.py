"""Putting the audience window on the chosen screen, full screen or windowed."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication, QScreen, QWindow

log = logging.getLogger(__name__)


def find_screen(choice: int | str | None) -> QScreen:
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    if choice is None:
        return primary
    if isinstance(choice, int):
        if 0 <= choice < len(screens):
            return screens[choice]
    else:
        for screen in screens:
            if screen.name() == choice:
                return screen
    names = ", ".join(f"{i}: {s.name()}" for i, s in enumerate(screens))
    log.warning("screen %r does not exist (screens: %s); using the primary screen", choice, names)
    return primary


def place_on_screen(window: QWindow, choice: int | str | None, fullscreen: bool) -> None:
    screen = find_screen(choice)
    window.setScreen(screen)
    area = screen.availableGeometry()
    if fullscreen:
        # Geometry first, then full screen: window managers put a full-screen window where it stands.
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        return
    width, height = min(1280, area.width()), min(720, area.height())
    window.setGeometry(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2,
                       width, height)
    window.show()
