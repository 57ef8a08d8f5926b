"""Auto-advance on the live show: each step for its planned time (show/autoplay.py), moved by a player
(qt/stage/player.py) so the console can tell its moves from the presenter's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from huzhou_viewer.qt.stage.controller import ShowController
from huzhou_viewer.qt.stage.player import Player
from huzhou_viewer.show.autoplay import Autoplay, plan
from huzhou_viewer.show.timer import clock_text


class AutoAdvance(QObject):
    """Off, on or paused.

    Signals:
        changed: it was turned on, paused or off.
    """

    changed = Signal()

    def __init__(self, controller: ShowController, scene_seconds: float, loop: bool, clock: Callable[[], float],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._scene_seconds, self._loop = scene_seconds, loop
        self._auto: Autoplay | None = None
        self._state = "off"  # off, on, paused
        self.player = Player(controller, clock, parent=self)

    @property
    def state(self) -> str:
        return self._state

    @property
    def on(self) -> bool:
        return self._auto is not None and self._state == "on"

    def _start(self, paused: bool = False) -> None:
        now = self.player.now()
        slots = plan(self._controller.deck.step_counts, self._controller.deck.durations, self._scene_seconds)
        auto = Autoplay(slots, started=now, loop=self._loop)
        self._auto = auto.jump(now, auto.slot_of(self._controller.sceneIndex, self._controller.step))
        if paused:
            self._auto = self._auto.pause(now)

    def toggle(self) -> bool:
        """Off -> on; on -> paused; paused -> on again with the time the step had left. True when it was off."""
        now = self.player.now()
        was_off = self._auto is None
        if was_off:
            self._start()
            self._state = "on"
        elif self._state == "on":
            self._auto = self._auto.pause(now)
            self._state = "paused"
        else:
            self._auto = self._auto.resume(now)
            self._state = "on"
        self._schedule()
        self.changed.emit()
        return was_off

    def replan(self) -> None:
        """The deck changed: plan afresh from where the show is, as it was (on or paused)."""
        if self._auto is not None:
            self._start(paused=self._state == "paused")

    def follow(self) -> None:
        """Someone moved the show: go on from the step they chose."""
        if self._auto is not None:
            controller = self._controller
            self._auto = self._auto.jump(self.player.now(), self._auto.slot_of(controller.sceneIndex, controller.step))
            self._schedule()

    def advance(self, now: float) -> None:
        """Move the show to the step of this moment; stop at the end (unless it loops)."""
        slot = self._auto.slot(now)
        self.player.move(slot.scene, slot.step)
        if self._auto.finished(now):
            self._auto, self._state = None, "off"
            self.player.stop()
            self.changed.emit()
        else:
            self._schedule()

    def left_text(self, now: float) -> str:
        """What is left of the step, as the console shows it ('' when not on, or when it never ends)."""
        if not self.on:
            return ""
        left = self._auto.remaining(now)
        return clock_text(left + 0.999) if left != float("inf") else ""

    def _schedule(self) -> None:
        if not self.on:
            self.player.stop()
            return
        now = self.player.now()
        self.player.schedule(self._auto.next_change(now), now)

    def stop(self) -> None:
        self.player.stop()
