"""The hand that moves a show by itself: a kiosk's attract loop, the presenter's auto-advance, the spotlight.

Each asks its rules (Qt-free, in show/) when they next have something new to say and sets the player's one
single-shot timer for then, so nothing polls. Moves made through the player are marked as its own while they
happen, so the show's position listeners can tell them from a person's.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from huzhou_viewer.qt.stage.controller import ShowController

LONGEST_MS = 2**31 - 1  # what a QTimer takes


class Player(QObject):
    """Signals:
        due: the moment set with schedule() has come (or a far-off one is to be checked again).
    """

    due = Signal()

    def __init__(self, controller: ShowController, clock: Callable[[], float] = time.monotonic,
                 longest_ms: int = LONGEST_MS, late_ms: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.clock = clock
        self._longest_ms = min(longest_ms, LONGEST_MS)
        self._late_ms = late_ms  # wake this much after the moment, so float rounding cannot leave it unseen
        self._moving = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.due)

    def now(self) -> float:
        return self.clock()

    def schedule(self, at: float | None, now: float | None = None) -> None:
        """Be due at clock time `at` (None: not at all). A moment further off than longest_ms is checked
        again then (clock changes, suspend)."""
        if at is None:
            self.timer.stop()
            return
        now = self.clock() if now is None else now
        self.timer.start(max(0, min(int((at - now) * 1000) + self._late_ms, self._longest_ms)))

    def stop(self) -> None:
        self.timer.stop()

    @property
    def remaining_ms(self) -> int:
        return self.timer.remainingTime()

    @property
    def moving(self) -> bool:
        """Whether the show's position is changing by this player's hand right now."""
        return self._moving

    def move(self, scene: int, step: int) -> bool:
        """Put the show at (scene, step) as this player's own move; False when it is there already, or when
        another screen drives the show (controller.held)."""
        if self._controller.held or (scene, step) == (self._controller.sceneIndex, self._controller.step):
            return False
        self._moving = True
        try:
            self._controller.goTo(scene, step)
        finally:
            self._moving = False
        return True
