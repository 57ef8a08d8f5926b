"""The presenter's clocks as pure functions of the time passed in (seconds on a monotonic clock).

`Stopwatch` is the elapsed timer (start, pause, reset). `SceneTimes` books the stopwatch's time to the scene
on screen, so a paused timer stops the scene's count too, and a scene visited twice adds up.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Stopwatch:
    banked: float = 0.0  # seconds counted before the current run
    since: float | None = None  # when the current run started; None while paused

    @property
    def running(self) -> bool:
        return self.since is not None

    def elapsed(self, now: float) -> float:
        return self.banked + (max(0.0, now - self.since) if self.since is not None else 0.0)

    def start(self, now: float) -> Stopwatch:
        return self if self.running else replace(self, since=now)

    def pause(self, now: float) -> Stopwatch:
        return Stopwatch(self.elapsed(now)) if self.running else self

    def toggle(self, now: float) -> Stopwatch:
        return self.pause(now) if self.running else self.start(now)


@dataclass(frozen=True)
class SceneTimes:
    """Seconds spent on each scene, measured on the stopwatch's elapsed time (not the wall clock)."""

    spent: tuple[float, ...]
    scene: int = 0
    entered: float = 0.0  # stopwatch elapsed when `scene` came on screen

    @classmethod
    def empty(cls, scene_count: int, scene: int = 0) -> SceneTimes:
        return cls((0.0,) * scene_count, scene)

    def spent_on(self, scene: int, elapsed: float) -> float:
        running = max(0.0, elapsed - self.entered) if scene == self.scene else 0.0
        return (self.spent[scene] if 0 <= scene < len(self.spent) else 0.0) + running

    def move(self, scene: int, elapsed: float) -> SceneTimes:
        if scene == self.scene:
            return self
        spent = list(self.spent)
        if 0 <= self.scene < len(spent):
            spent[self.scene] += max(0.0, elapsed - self.entered)
        return SceneTimes(tuple(spent), scene, elapsed)

    def totals(self, elapsed: float) -> tuple[float, ...]:
        return tuple(self.spent_on(i, elapsed) for i in range(len(self.spent)))


def planned(durations: Sequence[float | None], default: float) -> tuple[float, ...]:
    """Seconds planned per scene: the pack's duration, else the default (as show.autoplay plays them)."""
    return tuple(d if d is not None and 0 < d < math.inf else default for d in durations)


def clock_text(seconds: float) -> str:
    """m:ss under an hour, h:mm:ss from then on; negative values are shown as 0:00."""
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
