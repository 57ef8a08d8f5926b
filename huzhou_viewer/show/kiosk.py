"""The kiosk's rules as functions of the time passed in: when it goes home and plays by itself, what the
attract loop shows, and when a due restart may happen.

Left alone for `idle_after` seconds, the show goes home (the first step of the first scene) and plays every
step of every scene in turn (autoplay.plan: the pack's durations, else `scene_seconds`); the gallery's steps
are its honourees' pages, so the spotlight is part of the loop. The first touch or key stops the loop and the
visitor starts from home. A restart (memory ceiling, nightly time) waits for an idle moment: never
mid-interaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from huzhou_viewer.show.autoplay import DEFAULT_SCENE_SECONDS, Autoplay, Idle, Slot, plan

HOME = (0, 0)


@dataclass(frozen=True)
class Attract:
    """Idle tracking plus the attract loop while it runs (`play` is None while visitors are in charge)."""

    slots: tuple[Slot, ...]
    idle: Idle
    play: Autoplay | None = None

    @classmethod
    def new(cls, step_counts: Sequence[int], durations: Sequence[float | None] = (), idle_after: float = 90.0,
            scene_seconds: float = DEFAULT_SCENE_SECONDS, now: float = 0.0) -> Attract:
        return cls(plan(step_counts, durations, scene_seconds), Idle(idle_after, last_input=now))

    @property
    def attracting(self) -> bool:
        return self.play is not None

    def on_input(self, now: float) -> tuple[Attract, bool]:
        """A touch or key at `now`; the flag says it stopped the attract loop (the visitor starts from home)."""
        return replace(self, idle=self.idle.on_input(now), play=None), self.play is not None

    def update(self, now: float) -> Attract:
        """Starts the loop from home once the screen has been idle long enough."""
        if self.play is None and self.idle.idle(now):
            return replace(self, play=Autoplay(self.slots, started=now))
        return self

    def position(self, now: float) -> tuple[int, int] | None:
        """The (scene, step) the loop shows at `now`, or None while visitors are in charge."""
        if self.play is None:
            return None
        slot = self.play.slot(now)
        return slot.scene, slot.step

    def next_wakeup(self, now: float) -> float:
        """When update() or position() next has something new to say."""
        if self.play is None:
            return self.idle.idle_at()
        at = self.play.next_change(now)
        return at if at is not None else now + self.idle.after

    def replanned(self, step_counts: Sequence[int], durations: Sequence[float | None], scene_seconds: float,
                  now: float) -> Attract:
        """The same kiosk after the pack changed: a running loop goes on from where it was, in the new plan."""
        slots = plan(step_counts, durations, scene_seconds)
        if self.play is None:
            return replace(self, slots=slots)
        shown = self.play.slot(now)
        play = Autoplay(slots, started=now)
        return replace(self, slots=slots, play=play.jump(now, play.slot_of(shown.scene, shown.step)))

    def may_restart(self, now: float) -> bool:
        """A restart waits for a moment nobody is using the screen."""
        return self.idle.idle(now)


def nightly_restart_due(started: datetime, now: datetime, restart_at: time | None) -> bool:
    """True once the first `restart_at` after the process started has passed."""
    if restart_at is None:
        return False
    first = started.replace(hour=restart_at.hour, minute=restart_at.minute, second=0, microsecond=0)
    if first <= started:
        first += timedelta(days=1)
    return now >= first


def restart_reason(started: datetime, now: datetime, restart_at: time | None, rss_mib: float | None,
                   max_rss_mib: float | None) -> str | None:
    """Why the process should restart at the next idle moment, or None."""
    if max_rss_mib is not None and rss_mib is not None and rss_mib > max_rss_mib:
        return f"memory use {rss_mib:.0f} MiB is above the ceiling of {max_rss_mib:.0f} MiB"
    if nightly_restart_due(started, now, restart_at):
        return f"the nightly restart time {restart_at:%H:%M} has passed"
    return None


def parse_clock(text: str) -> time:
    hours, minutes = text.strip().split(":")
    return time(int(hours), int(minutes))
