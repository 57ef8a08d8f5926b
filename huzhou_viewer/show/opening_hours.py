"""Opening hours of a kiosk: when the screen shows the show, and when it is next due to change.

Hours are "HH:MM-HH:MM" spans of local time, one or several; a span whose end is earlier than its start runs
past midnight ("18:00-02:00"), and "00:00-24:00" is all day. Everything is a function of the datetime passed in,
so the view sets one timer for `next_change` and tests need no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

DAY = 24 * 60
_SPAN = re.compile(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*")


def _minutes(hours: str, minutes: str, allow_24: bool) -> int:
    h, m = int(hours), int(minutes)
    if m > 59 or h > 24 or (h == 24 and (m or not allow_24)):
        raise ValueError
    return h * 60 + m


def parse_hours(value: object) -> OpeningHours:
    """Opening hours from "08:00-20:00" or a list of such spans; ValueError says what was expected."""
    expected = 'opening hours such as "08:00-20:00", or a list of such spans'
    texts = [value] if isinstance(value, str) else value
    if not isinstance(texts, (list, tuple)) or not texts or not all(isinstance(t, str) for t in texts):
        raise ValueError(expected)
    spans = []
    for text in texts:
        match = _SPAN.fullmatch(text)
        try:
            if not match:
                raise ValueError
            start, end = _minutes(match[1], match[2], False), _minutes(match[3], match[4], True)
        except ValueError:
            raise ValueError(f"{expected} (not {text!r})") from None
        if start == end:
            raise ValueError(f"{expected} (not {text!r}: it opens and closes at the same time)")
        spans.append((start, end))
    return OpeningHours(tuple(spans))


@dataclass(frozen=True)
class OpeningHours:
    spans: tuple[tuple[int, int], ...]  # minutes after midnight; end < start runs past midnight

    def is_open(self, at: datetime) -> bool:
        minute = at.hour * 60 + at.minute
        for start, end in self.spans:
            if start < end and start <= minute < end:
                return True
            if end < start and (minute >= start or minute < end):
                return True
        return False

    def next_change(self, at: datetime) -> datetime | None:
        """The first whole minute after `at` at which is_open() differs; None when it never changes."""
        now_open = self.is_open(at)
        midnight = at.replace(hour=0, minute=0, second=0, microsecond=0)
        edges = sorted({edge % DAY for span in self.spans for edge in span})
        for day in range(2):
            for edge in edges:
                when = midnight + timedelta(days=day, minutes=edge)
                if when > at and self.is_open(when) != now_open:
                    return when
        return None
