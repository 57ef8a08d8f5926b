"""Presenter mode's Qt-free rules: timers, rehearsal records, screen choice, the overview and its keys."""

import json

import pytest

from huzhou_viewer.show import rehearsal
from huzhou_viewer.show.overview import Overview
from huzhou_viewer.show.presenter_keys import action_for
from huzhou_viewer.show.screen_choice import choose
from huzhou_viewer.show.timer import SceneTimes, Stopwatch, clock_text, planned


def test_stopwatch_start_pause_resume_reset():
    watch = Stopwatch()
    assert watch.elapsed(100) == 0 and not watch.running
    watch = watch.start(100)
    assert watch.elapsed(130) == 30
    watch = watch.pause(130)
    assert watch.elapsed(500) == 30 and not watch.running
    watch = watch.toggle(600)
    assert watch.elapsed(610) == 40
    assert Stopwatch().elapsed(610) == 0  # reset is a fresh stopwatch


def test_scene_times_add_up_per_scene_on_the_stopwatch():
    times = SceneTimes.empty(3)
    times = times.move(1, 20.0)  # 20 s on scene 0
    assert times.spent_on(1, 25.0) == 5.0 and times.spent_on(0, 25.0) == 20.0
    times = times.move(0, 30.0).move(1, 32.0)  # back to 0 for 2 s
    assert times.totals(40.0) == (22.0, 18.0, 0.0)
    assert times.move(1, 50.0) is times  # staying on a scene books nothing


def test_planned_uses_the_default_where_the_pack_gives_none():
    assert planned([50, None, 0, 20.5], 30) == (50, 30, 30, 20.5)


@pytest.mark.parametrize("seconds, text", [(0, "0:00"), (59.9, "0:59"), (61, "1:01"), (3725, "1:02:05"),
                                           (-4, "0:00")])
def test_clock_text(seconds, text):
    assert clock_text(seconds) == text


def test_rehearsal_is_saved_per_pack_and_read_back(tmp_path):
    path = tmp_path / "config" / rehearsal.REHEARSAL_FILE
    assert rehearsal.load(path, "pack") == {}
    rehearsal.save(path, "pack", {"title": 31.26, "spring": 48})
    rehearsal.save(path, "other", {"x": 5})
    assert rehearsal.load(path, "pack") == {"title": 31.3, "spring": 48.0}
    assert rehearsal.load(path, "other") == {"x": 5.0}
    assert [p.name for p in path.parent.iterdir()] == [rehearsal.REHEARSAL_FILE]  # no temporary file left


def test_an_unreadable_rehearsal_file_is_no_record_and_is_replaced(tmp_path):
    path = tmp_path / rehearsal.REHEARSAL_FILE
    path.write_text("{not json", encoding="utf-8")
    assert rehearsal.load(path, "pack") == {}
    rehearsal.save(path, "pack", {"a": 1})
    assert json.loads(path.read_text(encoding="utf-8"))["packs"] == {"pack": {"scenes": {"a": 1}}}


def test_screens_by_default_audience_on_the_other_screen_console_on_the_primary():
    assert choose(["laptop", "projector"], primary=0) == choose(["laptop", "projector"], 0, None, None)
    choice = choose(["laptop", "projector"], primary=0)
    assert (choice.audience, choice.console, choice.problems) == (1, 0, ())
    choice = choose(["projector", "laptop"], primary=1)
    assert (choice.audience, choice.console) == (0, 1)


def test_one_screen_shares_it():
    choice = choose(["laptop"], primary=0)
    assert (choice.audience, choice.console) == (0, None)


def test_chosen_screens_by_number_or_name():
    choice = choose(["a", "b", "c"], primary=0, audience="c", console=1)
    assert (choice.audience, choice.console, choice.problems) == (2, 1, ())


def test_a_screen_that_does_not_exist_is_reported_and_the_best_one_used():
    choice = choose(["laptop", "projector"], primary=0, audience="HDMI-9")
    assert (choice.audience, choice.console) == (1, 0)
    assert choice.problems == ("audience screen 'HDMI-9' does not exist (screens: 0: laptop, 1: projector); "
                               "using projector",)
    choice = choose(["laptop"], primary=0, audience=1, console=3)
    assert (choice.audience, choice.console) == (0, None) and len(choice.problems) == 2


def test_overview_arrows_number_and_enter():
    view = Overview(count=7, columns=4, selected=2)
    view, go = view.key("Right")
    assert (view.selected, go) == (3, None)
    view, _ = view.key("Down")
    assert view.selected == 6  # clamped to the last scene
    view, _ = view.key("Up")
    assert view.selected == 2
    assert view.key("Enter")[1] == 2
    view, _ = view.key("5")
    assert (view.typed, view.selected) == ("5", 4)
    assert view.key("Return")[1] == 4
    view, go = view.key("9")  # "59": no such scene
    assert view.selected == 4
    view, go = view.key("Enter")
    assert go is None and view.typed == ""
    view, _ = view.key("1")
    view, _ = view.key("Backspace")
    assert view.typed == "" and view.key("Enter")[1] == 0


def test_presenter_keys_and_the_overview_taking_navigation():
    assert action_for("S", False) == "toggle-console"
    assert action_for("O", False) == "overview"
    assert action_for("Right", False) is None  # the show's
    assert action_for("Right", True) == "overview-key"
    assert action_for("3", True) == "overview-key"
    assert action_for("Escape", True) == action_for("O", True) == "close-overview"
    assert action_for("B", True) is None  # black-out still works over the overview
