"""The kiosk's admin panel: quit, reload the pack, choose the screen, read the end of the log.

Its QML (ui/kiosk/AdminPanel.qml) is built the first time the panel opens, on top of the stage, with
this object as `Modes.admin` of `import HuzhouViewer`: nothing of it exists while visitors use the screen.
Opened by touch it first asks for the PIN.

Signals:
    changed: any property changed.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickView

from huzhou_viewer.qt.kiosk.overlay import build_overlay
from huzhou_viewer.qt.stage import qml_types

log = logging.getLogger(__name__)
LOG_LINES = 10  # what the panel's log box holds below today's counts
FREE_TRIES = 3  # wrong PINs before the pad locks
FIRST_LOCK_SECONDS = 30.0  # then twice as long after each further wrong PIN
LONGEST_LOCK_SECONDS = 900.0


def lock_seconds(wrong: int) -> float:
    """How long the pad stays locked after the `wrong`-th wrong PIN in a row (0: not locked)."""
    if wrong < FREE_TRIES:
        return 0.0
    return min(LONGEST_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (wrong - FREE_TRIES))


def last_lines(path: Path | None, count: int = LOG_LINES) -> str:
    """The end of a text file, read from its tail (logs grow to megabytes)."""
    if path is None:
        return ""
    try:
        with path.open("rb") as file:
            file.seek(0, 2)
            size = file.tell()
            file.seek(max(0, size - 8192))
            tail = file.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(tail.splitlines()[-count:])


def _nothing() -> None:
    pass


def _nothing_with(_: int) -> None:
    pass


def _no_file() -> Path | None:
    return None


class AdminPanel(QObject):
    changed = Signal()

    def __init__(self, view: QQuickView, pin: str | None, quit: Callable[[], None], reload: Callable[[], None],
                 choose_screen: Callable[[int], None], log_file: Callable[[], Path | None],
                 clock: Callable[[], float] = time.monotonic, today: Callable[[], list[str]] = list) -> None:
        # No Qt parent: the panel's bindings read this object until the engine is gone, so it must outlive
        # the window (the kiosk keeps it).
        super().__init__(None)
        self._view = view
        self._pin = pin
        self._quit, self._reload, self._choose_screen, self._log_file = quit, reload, choose_screen, log_file
        self._today = today
        self._open = False
        self._locked = False
        self._entered = ""
        self._wrong = False
        self._status = ""
        self._item = None
        self._clock = clock
        self._wrong_count = 0  # wrong PINs in a row, across openings; a right one starts afresh
        self._locked_until = 0.0
        self._countdown = QTimer(self, interval=1000)  # the pad's "try again in N s" counts down
        self._countdown.timeout.connect(self._count_down)

    # What QML reads --------------------------------------------------------------------------------------

    @Property(bool, notify=changed)
    def open(self) -> bool:
        return self._open

    @Property(bool, notify=changed)
    def locked(self) -> bool:
        return self._locked

    @Property(int, notify=changed)
    def entered(self) -> int:
        """How many PIN digits are typed (the digits themselves never reach the screen)."""
        return len(self._entered)

    @Property(bool, notify=changed)
    def wrongPin(self) -> bool:
        return self._wrong

    @Property(int, notify=changed)
    def lockedOutSeconds(self) -> int:
        """Seconds until the PIN pad takes digits again after too many wrong PINs (0: it takes them now)."""
        return max(0, math.ceil(self._locked_until - self._clock()))

    @Property(str, notify=changed)
    def status(self) -> str:
        return self._status

    @Property("QVariantList", notify=changed)
    def screens(self) -> list[str]:
        return [" ".join(filter(None, (f"{i}:", s.name(), f"{s.geometry().width()}x{s.geometry().height()}")))
                for i, s in enumerate(QGuiApplication.screens())]  # numbered as the `screen` setting counts

    @Property(int, notify=changed)
    def screenIndex(self) -> int:
        screens = QGuiApplication.screens()
        return screens.index(self._view.screen()) if self._view.screen() in screens else 0

    @Property(str, notify=changed)
    def logText(self) -> str:
        return last_lines(self._log_file()) if self._open and not self._locked else ""

    @Property(str, notify=changed)
    def todayText(self) -> str:
        """Today's most looked-for scenes, honourees and the searches that found nobody (show/visits.py)."""
        return "\n".join(self._today()) if self._open and not self._locked else ""

    # Opening and closing ---------------------------------------------------------------------------------

    def show_panel(self, with_pin: bool) -> None:
        """Open the panel; `with_pin` (the touch route) asks for the PIN first."""
        self._open, self._locked, self._entered, self._wrong, self._status = True, with_pin, "", False, ""
        if self._item is None:
            self._item = self._build()
        if self.lockedOutSeconds:
            self._countdown.start()
        self.changed.emit()

    def release(self) -> None:
        """The kiosk is going: let go of what it handed over (its bound methods would keep it alive through
        this panel, which outlives it until the engine goes)."""
        self.close()
        self._quit = self._reload = _nothing
        self._choose_screen = _nothing_with
        self._log_file = _no_file
        self._today = list

    @Slot()
    def close(self) -> None:
        self._countdown.stop()  # the lock holds on; only its countdown on the screen stops
        if self._open:
            self._open, self._locked, self._entered = False, False, ""
            self.changed.emit()

    def _build(self):
        qml_types.modes(self._view.engine()).set_admin(self)
        return build_overlay(self._view, "AdminPanel", "admin panel")

    # What the panel's buttons do --------------------------------------------------------------------------

    @Slot(str)
    def typeDigit(self, digit: str) -> None:
        if not self._locked or not digit.isdigit() or self.lockedOutSeconds:
            return
        self._entered += digit
        self._wrong = False
        if self._pin and len(self._entered) >= len(self._pin):
            if self._entered == self._pin:
                self._locked, self._wrong_count = False, 0
            else:
                self._wrong = True
                self._wrong_count += 1
                self._lock_out()
            self._entered = ""
        self.changed.emit()

    def _lock_out(self) -> None:
        seconds = lock_seconds(self._wrong_count)
        if not seconds:
            log.warning("kiosk: a wrong admin PIN was entered")
            return
        self._locked_until = self._clock() + seconds
        self._countdown.start()
        log.warning("kiosk: %d wrong admin PINs in a row; the PIN pad is locked for %.0f s", self._wrong_count,
                    seconds)

    def _count_down(self) -> None:
        if not self.lockedOutSeconds:
            self._countdown.stop()
        self.changed.emit()

    @Slot()
    def quit(self) -> None:
        if not self._locked:
            log.info("kiosk: quit from the admin panel")
            self._quit()

    @Slot()
    def reloadPack(self) -> None:
        if not self._locked:
            self._reload()
            self._status = "admin-reloaded"
            self.changed.emit()

    @Slot(int)
    def chooseScreen(self, index: int) -> None:
        if not self._locked:
            self._choose_screen(index)
            self.changed.emit()
