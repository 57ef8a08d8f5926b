"""The spotlight: on a screen nobody touches, the honourees take turns, one every `interval` seconds.

Anyone touching the screen stops it at the honouree it shows; once nobody has touched it for `idle_after`
seconds it goes on from there. Everything is a pure function of the time passed in (seconds on a monotonic
clock), so the view sets one timer for `next_change` instead of polling, and tests need no waiting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Spotlight:
    count: int
    interval: float = 8.0
    idle_after: float = 60.0
    started: float = 0.0  # when the rotation (re)starts: in the future while paused
    first: int = 0  # the honouree shown from `started`, and while paused

    def __post_init__(self) -> None:
        if not self.interval > 0 or not self.idle_after >= 0:
            raise ValueError("the spotlight needs interval > 0 and idle_after >= 0")

    def running(self, now: float) -> bool:
        return now >= self.started

    def index(self, now: float) -> int:
        if self.count <= 0:
            return 0
        return (self.first + self._turns(now)) % self.count

    def progress(self, now: float) -> float:
        """How far into the current honouree's turn, 0..1; 0 while paused."""
        if not self.running(now):
            return 0.0
        return min(1.0, max(0.0, (now - self.started) / self.interval - self._turns(now)))

    def on_input(self, now: float, showing: int | None = None) -> Spotlight:
        """Pause at what is shown (or at `showing`, where the visitor went), until idle_after seconds from now."""
        return replace(self, started=now + self.idle_after, first=self.index(now) if showing is None else showing)

    def next_change(self, now: float) -> float | None:
        """The first time after `now` at which index() differs; None when it never will."""
        if self.count <= 1:
            return None
        turn = self._turns(now) + 1
        at = self.started + turn * self.interval
        if not math.isfinite(at):
            return None
        # Rounding can put the computed time a hair off the one index() turns at: step to the exact float.
        while self._turns(at) < turn:
            at = math.nextafter(at, math.inf)
        while self._turns(math.nextafter(at, -math.inf)) >= turn:
            at = math.nextafter(at, -math.inf)
        return at

    def _turns(self, now: float) -> int:
        """Whole intervals since the rotation started; 0 before."""
        # Compared first: paused for ever (idle_after = inf) would make floor(-inf), which raises.
        return math.floor((now - self.started) / self.interval) if now >= self.started else 0
