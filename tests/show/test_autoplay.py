"""The show playing by itself (attract loop, auto-advance) and the idle rule, with time passed in."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from huzhou_viewer.show.autoplay import MIN_STEP_SECONDS, Autoplay, Idle, plan


def shown(play, times):
    return [(play.slot(t).scene, play.slot(t).step) for t in times]


def test_a_scene_duration_is_shared_among_its_steps_and_missing_ones_take_the_default():
    slots = plan([1, 3, 2], [10, 30, None], default=8)
    assert [(s.scene, s.step, s.seconds) for s in slots] == [
        (0, 0, 10), (1, 0, 10), (1, 1, 10), (1, 2, 10), (2, 0, 4), (2, 1, 4)]


def test_steps_never_flash_by_faster_than_the_minimum():
    assert {s.seconds for s in plan([10], [5])} == {MIN_STEP_SECONDS}


def test_it_walks_every_step_then_starts_again_from_home():
    play = Autoplay(plan([1, 2], [10, 10]), started=100)
    assert shown(play, [100, 109.9, 110, 115, 120, 130]) == [(0, 0), (0, 0), (1, 0), (1, 1), (0, 0), (1, 0)]


def test_without_loop_it_stops_on_the_last_step():
    play = Autoplay(plan([1, 1], [10, 10]), started=0, loop=False)
    assert shown(play, [5, 15, 25, 1000]) == [(0, 0), (1, 0), (1, 0), (1, 0)]
    assert play.finished(20) and play.next_change(20) is None


def test_pause_holds_the_slot_and_resume_keeps_the_time_it_had_left():
    play = Autoplay(plan([1, 1], [10, 10]), started=0).pause(7)
    assert shown(play, [7, 50, 500]) == [(0, 0)] * 3 and play.next_change(50) is None
    play = play.resume(500)
    assert play.next_change(500) == pytest.approx(503)
    assert shown(play, [502.9, 503]) == [(0, 0), (1, 0)]


def test_a_jump_by_hand_gives_the_new_slot_its_whole_time():
    play = Autoplay(plan([1, 1, 1], [10, 20, 10]), started=0).jump(4, 1)
    assert shown(play, [4, 23.9, 24]) == [(1, 0), (1, 0), (2, 0)]


def test_slot_of_finds_a_step_or_the_scene_start():
    play = Autoplay(plan([1, 3], [10, 30]))
    assert play.slot_of(1, 2) == 3 and play.slot_of(1, 9) == 1 and play.slot_of(7, 0) == 0


def test_an_empty_plan_is_refused():
    with pytest.raises(ValueError):
        Autoplay(())


@given(st.lists(st.floats(0.5, 100), min_size=1, max_size=6), st.floats(0, 1e6))
def test_next_change_is_exactly_when_the_slot_changes(seconds, now):
    play = Autoplay(plan([1] * len(seconds), seconds), started=0)
    at = play.next_change(now)
    assert at is not None and at > now
    before = math.nextafter(at, -math.inf)
    # Float rounding may move the change by an ulp or so, never by a step.
    assert play.index(max(now, before - 1e-6 * max(1, at))) == play.index(now)
    assert play.index(at + 1e-6 * max(1, at)) != play.index(now) or len(seconds) == 1


def test_idle_comes_after_the_time_without_input_and_input_restarts_it():
    idle = Idle(90, last_input=0)
    assert not idle.idle(89.9) and idle.idle(90)
    idle = idle.on_input(80)
    assert not idle.idle(169) and idle.idle_at() == 170
