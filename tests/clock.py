"""The clock tests inject where the code takes one (`clock=`): monotonic seconds that move only when the test
moves them, by `advance(seconds)` or by setting `now`."""

from __future__ import annotations


class Clock:
    """Call it for the time, as the code calls time.monotonic."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        self.now += seconds
        return self.now
