"""Playing the show by itself: the kiosk's attract loop and the presenter's auto-advance share these rules.

A plan is a list of slots, one per build step, each shown for some seconds: a scene's duration (from the
pack, else a default) is spread over its steps. `Autoplay` says which slot is on screen at any time, as a
pure function of the time passed in (seconds on a monotonic clock), so a view sets one timer for
`next_change` and tests need no waiting. `Idle` says when a screen has been left alone long enough.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

DEFAULT_SCENE_SECONDS = 30.0
MIN_STEP_SECONDS = 2.0  # a step that flashes by is not worth showing


@dataclass(frozen=True)
class Slot:
    scene: int
    step: int
    seconds: float


def plan(step_counts: Sequence[int], durations: Sequence[float | None] = (),
         default: float = DEFAULT_SCENE_SECONDS) -> tuple[Slot, ...]:
    """Every step of every scene, each scene's seconds shared evenly among its steps."""
    if not default > 0:
        raise ValueError("the default scene duration must be above 0 seconds")
    slots = []
    for scene, steps in enumerate(step_counts):
        given = durations[scene] if scene < len(durations) else None
        seconds = given if given is not None and 0 < given < math.inf else default
        steps = max(1, steps)
        per_step = max(MIN_STEP_SECONDS, seconds / steps)
        slots += [Slot(scene, step, per_step) for step in range(steps)]
    return tuple(slots)


@dataclass(frozen=True)
class Autoplay:
    """Slots played in order from `first`, starting at `started`; `loop` goes round, else it stops at the end.

    While paused (`paused_at` set) the slot shown then stays; resume() carries on with the time it had left.
    """

    slots: tuple[Slot, ...]
    started: float = 0.0
    first: int = 0
    loop: bool = True
    paused_at: float | None = None
    _ends: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.slots:
            raise ValueError("nothing to play: the plan has no slots")
        if not 0 <= self.first < len(self.slots):
            raise ValueError(f"first slot {self.first} is outside the plan (0..{len(self.slots) - 1})")
        ends, total = [], 0.0
        for slot in self.slots:
            total += slot.seconds
            ends.append(total)
        object.__setattr__(self, "_ends", tuple(ends))

    @property
    def cycle(self) -> float:
        return self._ends[-1]

    def _offset(self, now: float) -> float:
        """Seconds into the plan (from slot 0's start) of the moment `now`."""
        clock = self.paused_at if self.paused_at is not None else now
        before_first = self._ends[self.first - 1] if self.first else 0.0
        return before_first + max(0.0, clock - self.started)

    def finished(self, now: float) -> bool:
        return not self.loop and self._offset(now) >= self.cycle

    def index(self, now: float) -> int:
        """The slot on screen at `now` (the last one once a plan without loop has run out)."""
        offset = self._offset(now)
        if offset >= self.cycle:
            if not self.loop:
                return len(self.slots) - 1
            offset %= self.cycle
        return bisect.bisect_right(self._ends, offset)

    def slot(self, now: float) -> Slot:
        return self.slots[self.index(now)]

    def remaining(self, now: float) -> float:
        """Seconds until the slot on screen changes (inf when paused or finished)."""
        at = self.next_change(now)
        return math.inf if at is None else max(0.0, at - now)

    def next_change(self, now: float) -> float | None:
        if self.paused_at is not None or self.finished(now):
            return None
        offset = self._offset(now)
        laps, within = divmod(offset, self.cycle) if self.loop else (0.0, offset)
        end = self._ends[bisect.bisect_right(self._ends, within)] if within < self.cycle else self.cycle
        at = now + (laps * self.cycle + end - offset)
        return at if at > now else math.nextafter(now, math.inf)

    def pause(self, now: float) -> Autoplay:
        return self if self.paused_at is not None else replace(self, paused_at=now)

    def resume(self, now: float) -> Autoplay:
        if self.paused_at is None:
            return self
        return replace(self, started=self.started + (now - self.paused_at), paused_at=None)

    def jump(self, now: float, index: int) -> Autoplay:
        """Carry on from slot `index` (where a presenter went by hand), with its whole time ahead."""
        index = min(max(0, index), len(self.slots) - 1)
        return replace(self, first=index, started=now, paused_at=now if self.paused_at is not None else None)

    def slot_of(self, scene: int, step: int) -> int:
        """The slot showing (scene, step), or the scene's first slot, or 0."""
        fallback = 0
        for i, slot in enumerate(self.slots):
            if slot.scene == scene:
                if slot.step == step:
                    return i
                fallback = fallback or i
        return fallback


@dataclass(frozen=True)
class Idle:
    """A screen is idle once nobody has touched it for `after` seconds."""

    after: float
    last_input: float = 0.0

    def __post_init__(self) -> None:
        if not self.after > 0:
            raise ValueError("the idle time must be above 0 seconds")

    def on_input(self, now: float) -> Idle:
        return replace(self, last_input=now)

    def idle(self, now: float) -> bool:
        return now - self.last_input >= self.after

    def idle_at(self) -> float:
        return self.last_input + self.after
