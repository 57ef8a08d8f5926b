"""The kiosk's rules with an injected clock: idle return, the attract loop, opening hours, due restarts."""

from datetime import datetime, time

import pytest

from huzhou_viewer.show.kiosk import Attract, nightly_restart_due, restart_reason
from huzhou_viewer.show.opening_hours import parse_hours


def test_left_alone_it_goes_home_and_walks_every_step_of_every_scene():
    kiosk = Attract.new([1, 3, 2], [6, 9, None], idle_after=90, scene_seconds=4, now=0)
    assert kiosk.update(89.9).position(89.9) is None and kiosk.next_wakeup(10) == 90
    kiosk = kiosk.update(90)
    seen = []
    now = 90.0
    while len(seen) < 7:
        seen.append(kiosk.position(now))
        now = kiosk.next_wakeup(now)
    # Home first, every step (the gallery's steps are its honourees' pages), then round again from home.
    assert seen == [(0, 0), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (0, 0)]


def test_the_first_touch_stops_the_loop_and_idle_time_starts_again():
    kiosk = Attract.new([2, 2], idle_after=60, scene_seconds=10, now=0).update(60)
    assert kiosk.attracting and kiosk.position(72) == (1, 0)
    kiosk, woke = kiosk.on_input(75)
    assert woke and not kiosk.attracting and kiosk.position(80) is None
    kiosk, woke = kiosk.on_input(100)  # a visitor's second touch only restarts the idle time
    assert not woke and kiosk.next_wakeup(100) == 160
    assert kiosk.update(159).position(159) is None and kiosk.update(160).position(160) == (0, 0)


def test_a_changed_pack_keeps_the_loop_where_it_was():
    kiosk = Attract.new([1, 2], scene_seconds=10, idle_after=5, now=0).update(5)
    assert kiosk.position(16) == (1, 0)
    kiosk = kiosk.replanned([1, 2, 1], [None, None, None], 10, now=16)
    assert kiosk.position(16) == (1, 0) and kiosk.position(21) == (1, 1) and kiosk.position(26) == (2, 0)


def test_a_restart_waits_for_an_idle_moment():
    kiosk = Attract.new([1], idle_after=90, now=0)
    kiosk, _ = kiosk.on_input(1000)
    assert not kiosk.may_restart(1080) and kiosk.may_restart(1090)


def test_the_nightly_restart_is_due_once_its_time_has_passed_after_the_start():
    four = time(4, 0)
    assert not nightly_restart_due(datetime(2026, 1, 1, 5, 0), datetime(2026, 1, 1, 23, 59), four)
    assert nightly_restart_due(datetime(2026, 1, 1, 5, 0), datetime(2026, 1, 2, 4, 0), four)
    assert nightly_restart_due(datetime(2026, 1, 1, 3, 0), datetime(2026, 1, 1, 4, 1), four)
    assert not nightly_restart_due(datetime(2026, 1, 1, 3, 0), datetime(2026, 1, 9), None)


def test_restart_reasons_name_memory_or_the_clock():
    start, now = datetime(2026, 1, 1, 12), datetime(2026, 1, 1, 13)
    assert restart_reason(start, now, None, 900, 1000) is None
    assert "1200 MiB" in restart_reason(start, now, None, 1200, 1000)
    assert "04:00" in restart_reason(start, datetime(2026, 1, 2, 4, 30), time(4, 0), 100, None)


def test_opening_hours_and_when_they_next_change():
    hours = parse_hours("08:00-20:00")
    assert not hours.is_open(datetime(2026, 1, 1, 7, 59)) and hours.is_open(datetime(2026, 1, 1, 8, 0))
    assert not hours.is_open(datetime(2026, 1, 1, 20, 0))
    assert hours.next_change(datetime(2026, 1, 1, 7, 30)) == datetime(2026, 1, 1, 8, 0)
    assert hours.next_change(datetime(2026, 1, 1, 12, 0)) == datetime(2026, 1, 1, 20, 0)
    assert hours.next_change(datetime(2026, 1, 1, 21, 0)) == datetime(2026, 1, 2, 8, 0)


def test_opening_hours_past_midnight_and_in_several_spans():
    late = parse_hours(["10:00-12:00", "18:00-02:00"])
    assert late.is_open(datetime(2026, 1, 1, 1, 0)) and not late.is_open(datetime(2026, 1, 1, 3, 0))
    assert late.is_open(datetime(2026, 1, 1, 23, 0)) and not late.is_open(datetime(2026, 1, 1, 15, 0))
    assert late.next_change(datetime(2026, 1, 1, 12, 30)) == datetime(2026, 1, 1, 18, 0)
    assert late.next_change(datetime(2026, 1, 1, 23, 0)) == datetime(2026, 1, 2, 2, 0)
    assert parse_hours("00:00-24:00").next_change(datetime(2026, 1, 1, 5)) is None


@pytest.mark.parametrize("bad", ["8-20", "08:00-25:00", "08:00-08:00", "", [], ["08:00-20:00", 5], 7])
def test_bad_opening_hours_say_what_was_expected(bad):
    with pytest.raises(ValueError, match="such as"):
        parse_hours(bad)
