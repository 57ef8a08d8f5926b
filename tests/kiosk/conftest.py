"""The kiosk tests' clocks and kiosks: a Kiosk on the stage fixture with injected clocks, released after."""

from datetime import datetime

import pytest

from huzhou_viewer.qt.kiosk.kiosk import Kiosk
from huzhou_viewer.settings import Settings
from tests.clock import Clock


class Clocks(Clock):
    """The monotonic clock, with the wall clock and the memory reading the kiosk also takes."""

    def __init__(self) -> None:
        super().__init__()
        self.wall = datetime(2026, 3, 2, 12, 0)
        self.rss = 300.0

    def until_wakeup(self, kiosk) -> None:
        self.now = kiosk.next_wakeup
        kiosk.tick()

    def advance(self, seconds: float, kiosk=None) -> float:
        super().advance(seconds)
        if kiosk is not None:
            kiosk.tick()
        return self.now


@pytest.fixture
def clocks():
    return Clocks()


@pytest.fixture
def make_kiosk(stage, clocks, tmp_path):
    made = []
    log_file = tmp_path / "kiosk.log"
    log_file.write_text("".join(f"line {i}\n" for i in range(40)), encoding="utf-8")

    def make(**settings):
        values = dict(kiosk=True, idle_seconds=60.0, scene_seconds=10.0, admin_pin="2580")
        values.update(settings)
        kiosk = Kiosk(stage, Settings(**values), clock=lambda: clocks.now, wall=lambda: clocks.wall,
                      rss=lambda: clocks.rss, log_file=lambda: log_file, hold_seconds=0.05)
        kiosk.start()
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.release()


@pytest.fixture
def kiosk(make_kiosk):
    return make_kiosk()
