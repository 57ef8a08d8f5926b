"""The spotlight on an untouched screen: one honouree after another, stopped by a touch, going on by itself."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from huzhou_viewer.show.spotlight import Spotlight


def shown(spot, times):
    return [spot.index(t) for t in times]


def test_the_next_honouree_comes_every_interval_and_the_first_follows_the_last():
    spot = Spotlight(3, interval=8, started=100)
    assert shown(spot, [100, 107.9, 108, 115.9, 116, 124, 132]) == [0, 0, 1, 1, 2, 0, 1]


def test_progress_runs_through_each_turn():
    spot = Spotlight(3, interval=8, started=100)
    assert [spot.progress(t) for t in (100, 102, 106, 108)] == [0, 0.25, 0.75, 0]


def test_a_touch_keeps_the_same_honouree_on_screen():
    spot = Spotlight(3, interval=8, idle_after=60, started=0).on_input(10)  # showing index 1
    assert not spot.running(10) and not spot.running(69.9)
    assert set(shown(spot, [10, 20, 40, 69.9])) == {1}
    assert spot.progress(30) == 0


def test_after_idle_after_it_goes_on_from_where_it_stood():
    spot = Spotlight(3, interval=8, idle_after=60, started=0).on_input(10)
    assert spot.running(70)
    assert shown(spot, [70, 77.9, 78, 86]) == [1, 1, 2, 0]


def test_a_touch_during_the_pause_restarts_the_wait():
    spot = Spotlight(3, interval=8, idle_after=60, started=0).on_input(10).on_input(50)
    assert not spot.running(100) and spot.index(100) == 1
    assert shown(spot, [110, 118]) == [1, 2]


def test_the_spotlight_goes_on_from_the_honouree_the_visitor_left_on_screen():
    spot = Spotlight(7, interval=8, started=0).on_input(10, showing=5)
    assert shown(spot, [10, 70, 78, 86]) == [5, 5, 6, 0]


def test_no_honourees_or_one_never_changes():
    for count in (0, 1):
        spot = Spotlight(count, interval=8)
        assert shown(spot, [0, 8, 1000]) == [0, 0, 0]
        assert spot.next_change(0) is None
        assert spot.on_input(5).index(500) == 0


def test_paused_for_ever_has_no_next_change():
    spot = Spotlight(3, idle_after=math.inf).on_input(5)
    assert spot.next_change(6) is None and spot.index(1e9) == spot.index(5)


def test_a_nonsense_interval_is_refused():
    with pytest.raises(ValueError):
        Spotlight(3, interval=0)


times = st.floats(0, 10_000, allow_nan=False)


@given(count=st.integers(2, 9), interval=st.floats(0.1, 30), idle_after=st.floats(0, 120),
       touches=st.lists(times, max_size=5), now=times)
def test_next_change_is_exactly_when_the_index_changes(count, interval, idle_after, touches, now):
    spot = Spotlight(count, interval=interval, idle_after=idle_after)
    for touch in sorted(touches):
        if touch <= now:
            spot = spot.on_input(touch)
    change = spot.next_change(now)
    assert change > now
    assert spot.index(math.nextafter(change, -math.inf)) == spot.index(now)
    assert spot.index(change) == (spot.index(now) + 1) % count
    between = [now + (change - now) * f for f in (0.25, 0.5, 0.75)]
    assert all(spot.index(t) == spot.index(now) for t in between if t < change)  # (may round up to change)
