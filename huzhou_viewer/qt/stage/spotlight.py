"""Runs the gallery's spotlight (show/spotlight.py) on the live show: once nobody has touched the screen for
a while, the honourees' pages follow one another; any input stops it at the page on screen.

The player (qt/stage/player.py) is set for the next change, so nothing polls. Input is seen by an event filter
on the window, and the player marks its own moves, so they are never mistaken for a visitor's.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

from huzhou_viewer.qt.stage.controller import ShowController
from huzhou_viewer.qt.stage.player import Player
from huzhou_viewer.show.spotlight import Spotlight

# QEvent types a person causes (values written out: no Qt enum lookups per event).
_INPUT_EVENTS = frozenset(int(t) for t in (
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
))


class SpotlightDriver(QObject):
    def __init__(self, controller: ShowController, interval: float, idle_after: float,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._interval = interval
        self._idle_after = idle_after
        self._spot: Spotlight | None = None
        self.player = Player(controller, clock, parent=self)
        self.player.due.connect(self.tick)
        controller.positionChanged.connect(self._position_changed)
        controller.packChanged.connect(self._restart)
        self._restart()

    @property
    def spotlight(self) -> Spotlight | None:
        return self._spot

    def watch(self, window: QObject) -> None:
        """Count input to `window` as a person at the screen."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if int(event.type()) in _INPUT_EVENTS:
            self.on_input()
        return False

    def on_input(self) -> None:
        if self._spot is not None:
            now = self.player.now()
            self._spot = self._spot.on_input(now, showing=self._showing())
            self._schedule(now)

    def tick(self) -> None:
        """Show whom the spotlight shows now (the timer calls this; tests call it after moving the clock)."""
        if self._spot is None:
            return
        now = self.player.now()
        if self._spot.running(now):
            self.player.move(self._controller.sceneIndex, self._spot.index(now) + 1)
        self._schedule(now)

    def _gallery(self) -> dict | None:
        view = self._controller.deck.scenes(self._controller.language)[self._controller.sceneIndex]
        return view if view["kind"] == "gallery" and view.get("people") else None

    def _showing(self) -> int:
        return max(0, self._controller.step - 1)

    def _restart(self) -> None:
        view = self._gallery()
        if view is None:
            self._spot = None
            self.player.stop()
            return
        now = self.player.now()
        interval = view.get("spotlight") or self._interval
        self._spot = Spotlight(len(view["people"]), interval, self._idle_after,
                               started=now + self._idle_after, first=self._showing())
        self._schedule(now)

    def _position_changed(self) -> None:
        if self.player.moving:
            return
        if self._gallery() is None:
            self._spot is not None and self._restart()
        elif self._spot is None:
            self._restart()

    def _schedule(self, now: float) -> None:
        if self._spot is None:
            return
        self.player.schedule(self._spot.started if not self._spot.running(now) else self._spot.next_change(now), now)
