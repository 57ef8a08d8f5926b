"""What visitors looked for at a kiosk, and what its screen showed for how long: counters by the hour.

Nothing personal is kept: taps per scene and per honouree, seconds per scene, how many searches were made, and
the typed text of a search only when it found nobody (so organisers can add the missing person). Each screen
counts on its own; every hour's counts are one line of JSON appended to a file per month (`visits-2026-12.jsonl`)
beside the log, kept for two years and never sent anywhere. The same counts say what the screen showed (proof
of show): each scene in the attract loop and with visitors, the black-out, and the hours it was closed.

Qt-free, with the wall clock injected, so tests move time by hand across hours and days. Fed by the kiosk
(qt/kiosk/visits_feed.py); read back by `huzhou-viewer report` (show/visits_report.py).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

KEEP_MONTHS = 24
MAX_LINE = 200_000  # a line longer than this was not written by us: skipped when read
MAX_QUERY = 60  # characters of a search that found nobody
# What a screen can be showing (proof of show): a scene "with visitors" or "in the attract loop", or one of these.
BLACKOUT, CLOSED = "black-out", "closed"
COUNTS = ("taps", "people", "seconds", "shown", "not_found")


@dataclass
class Hour:
    """One screen's counts for one hour (`start`: the hour, local time)."""

    start: datetime
    screen: str
    taps: Counter = field(default_factory=Counter)  # scene id -> visitors' moves to it
    people: Counter = field(default_factory=Counter)  # person id -> pages opened by visitors
    seconds: Counter = field(default_factory=Counter)  # scene id -> seconds with visitors
    shown: Counter = field(default_factory=Counter)  # "attract:<scene>", "visitors:<scene>", black-out, closed
    searches: int = 0
    not_found: Counter = field(default_factory=Counter)  # typed text -> searches that found nobody

    def empty(self) -> bool:
        return not self.searches and not any(getattr(self, name) for name in COUNTS)

    def line(self) -> str:
        counts = {name: {k: round(v, 1) for k, v in getattr(self, name).items()} for name in COUNTS}
        return json.dumps({"hour": self.start.isoformat(timespec="minutes"), "screen": self.screen,
                           "searches": self.searches, **counts}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def read(cls, line: str) -> Hour:
        data = json.loads(line)
        hour = cls(datetime.fromisoformat(str(data["hour"])), str(data.get("screen", "")),
                   searches=int(data.get("searches", 0)))
        for name in COUNTS:
            counts = data.get(name) or {}
            if isinstance(counts, dict):
                getattr(hour, name).update({str(k): float(v) for k, v in counts.items()
                                            if isinstance(v, (int, float))})
        return hour

    def add(self, other: Hour) -> None:
        for name in COUNTS:
            getattr(self, name).update(getattr(other, name))
        self.searches += other.searches


def _hour_of(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


class Visits:
    """The counts of one screen as the kiosk tells them, kept by the hour and written as each hour ends.

    `showing(what)` says what the screen shows from now on ("attract:spring", "visitors:spring", BLACKOUT,
    CLOSED); the time until the next call is counted for it, split at every hour (and so every day)."""

    def __init__(self, folder: Path | None, screen: str, clock: Callable[[], datetime] = datetime.now) -> None:
        self._folder, self.screen, self._clock = folder, screen, clock
        now = clock()
        self._hour = Hour(_hour_of(now), screen)
        self._showing: str | None = None
        self._since = now
        self.today = Hour(_hour_of(now).replace(hour=0), screen)  # for the admin panel: today's counts so far
        for earlier in read_hours(folder, now.date()) if folder is not None and folder.is_dir() else ():
            if earlier.screen == screen:  # a restart today: what was counted before it
                self.today.add(earlier)

    # What the kiosk tells --------------------------------------------------------------------------------

    def showing(self, what: str | None) -> None:
        self._catch_up()
        self._showing = what

    def tap(self, scene: str) -> None:
        self._catch_up()
        self._count("taps", scene)

    def person(self, person: str) -> None:
        self._catch_up()
        self._count("people", person)

    def search(self, typed: str, found: int) -> None:
        self._catch_up()
        for hour in (self._hour, self.today):
            hour.searches += 1
            if found == 0 and typed.strip():
                hour.not_found[" ".join(typed.split())[:MAX_QUERY]] += 1

    def close(self) -> None:
        """Count up to now and write what this hour has so far (the next start goes on in a line of its own;
        lines of the same hour are added when read)."""
        self._catch_up()
        self._write(self._hour)
        self._hour = Hour(self._hour.start, self.screen)

    # Inside ----------------------------------------------------------------------------------------------

    def _count(self, name: str, key: str, amount: float = 1) -> None:
        getattr(self._hour, name)[key] += amount
        getattr(self.today, name)[key] += amount

    def _catch_up(self) -> None:
        """Count the time shown since the last call, hour by hour, writing out each hour that has ended."""
        now = self._clock()
        while True:
            end = self._hour.start + timedelta(hours=1)
            upto = min(now, end)
            self._spend(max(0.0, (upto - self._since).total_seconds()))
            self._since = max(self._since, upto)
            if now < end:
                break
            self._write(self._hour)
            self._hour = Hour(end, self.screen)
            if end.date() != self.today.start.date():
                self.today = Hour(end, self.screen)
        if now < self._since:  # the clock was set back: go on from now
            self._since = now

    def _spend(self, seconds: float) -> None:
        if not seconds or self._showing is None:
            return
        self._count("shown", self._showing, seconds)
        kind, _, scene = self._showing.partition(":")
        if kind == "visitors":
            self._count("seconds", scene, seconds)

    def _write(self, hour: Hour) -> None:
        if self._folder is None or hour.empty():
            return
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            with month_file(self._folder, hour.start.date()).open("a", encoding="utf-8") as file:
                file.write(hour.line() + "\n")
            forget_old(self._folder, hour.start.date())
        except OSError as error:  # a full or read-only disk must not stop the show
            log.warning("visitor counts not written to %s: %s", self._folder, error)


def month_file(folder: Path, day: date) -> Path:
    return folder / f"visits-{day:%Y-%m}.jsonl"


def forget_old(folder: Path, today: date) -> None:
    """Delete the month files older than KEEP_MONTHS."""
    oldest = today.year * 12 + today.month - 1 - KEEP_MONTHS
    for path in folder.glob("visits-*.jsonl"):
        try:
            year, month = (int(p) for p in path.stem.removeprefix("visits-").split("-"))
        except ValueError:
            continue
        if year * 12 + month - 1 < oldest:
            path.unlink(missing_ok=True)


def read_hours(folder: Path, since: date) -> Iterator[Hour]:
    """Every hour counted from `since` on, each screen's lines of one hour added together, in time order.
    Lines that are not ours (cut short by a power cut, edited by hand) are skipped."""
    merged: dict[tuple[datetime, str], Hour] = {}
    for path in sorted(folder.glob("visits-*.jsonl")):
        if path.stem.removeprefix("visits-") < f"{since:%Y-%m}":
            continue
        with path.open(encoding="utf-8", errors="replace") as file:
            for line in file:
                if len(line) > MAX_LINE or not line.strip():
                    continue
                try:
                    hour = Hour.read(line)
                except (ValueError, KeyError, TypeError, AttributeError):
                    continue
                if hour.start.date() >= since:
                    merged.setdefault((hour.start, hour.screen), Hour(hour.start, hour.screen)).add(hour)
    yield from (merged[key] for key in sorted(merged))
