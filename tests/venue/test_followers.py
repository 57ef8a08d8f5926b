"""A leader and followers as real processes on a real broker: the followers show what the leader shows."""

from __future__ import annotations

import pytest

from huzhou_viewer.show import venue

pytestmark = pytest.mark.slow


def move(leader, scene: int, step: int = 0) -> None:
    leader.controller.goTo(scene, step)


def test_three_followers_follow_moves_language_and_black_out_and_one_keeps_its_own_language(
        lead, screens, observer):
    leader = lead()
    observer.wait_for(lambda: leader.leading, why="the leader leads")
    screens.follower("left")
    screens.follower("right")
    screens.follower("overflow", "--lang", "en", follow_language=False)
    move(leader, 2, 1)
    for name in ("left", "right", "overflow"):
        observer.wait_for_screen(name, scene=2, step=1)
    leader.controller.setLanguage("en")
    observer.wait_for_screen("left", language="en", scene=2, step=1)
    observer.wait_for_screen("right", language="en")
    leader.controller.setLanguage("zh-Hans")
    observer.wait_for_screen("left", language="zh-Hans")
    observer.wait_for_screen("right", language="zh-Hans")
    move(leader, 3)
    leader.controller.run(venue_command("blackout"))
    for name in ("left", "right", "overflow"):
        observer.wait_for_screen(name, scene=3, step=0, blackout=True)
    assert observer.status("overflow").language == "en"  # its own, whatever the leader shows
    # The leader's console lists every screen where it is.
    observer.wait_for(lambda: {(r["name"], r["where"], r["online"]) for r in leader.presence.screens}
                      >= {("left", "4.0", True), ("right", "4.0", True), ("overflow", "4.0", True)},
                      why="the console's list")


def venue_command(op: str):
    from huzhou_viewer.show.commands import Command, Op

    return Command(Op(op))


def test_a_late_joiner_and_a_restarted_follower_land_on_the_live_step(lead, screens, observer):
    leader = lead()
    observer.wait_for(lambda: leader.leading, why="the leader leads")
    move(leader, 4, 2)
    screens.follower("late")  # started mid-show
    observer.wait_for_screen("late", scene=4, step=2, online=True)
    screens.kill("late")
    move(leader, 5, 1)  # the show goes on while it is away
    screens.follower("late")
    observer.wait_for_screen("late", scene=5, step=1, online=True, seq=leader.sent.seq)
    # "On the live step within 2 s of connecting": its status says when it connected and when the step was shown.
    status = observer.status("late")
    assert 0 < status.shown_at - status.connected_at < 2.0


def test_a_killed_follower_is_shown_gone_on_the_leaders_console(lead, screens, observer):
    leader = lead()
    screens.follower("lobby")
    observer.wait_for(lambda: any(r["name"] == "lobby" and r["online"] for r in leader.presence.screens),
                      why="the console lists the lobby screen")
    screens.kill("lobby")  # no goodbye: the broker's last will says it
    observer.wait_for(lambda: any(r["name"] == "lobby" and not r["online"] for r in leader.presence.screens),
                      why="the console shows the lobby screen gone")
    assert leader.presence.dropped == 1


def test_the_broker_killed_and_restarted_every_screen_resyncs(broker, lead, screens, observer):
    leader = lead()
    observer.wait_for(lambda: leader.leading, why="the leader leads")
    for name in ("a", "b"):
        screens.follower(name)
    move(leader, 1, 1)
    for name in ("a", "b"):
        observer.wait_for_screen(name, scene=1, step=1)
    broker.kill()
    move(leader, 6, 0)  # while the broker is down: the screens keep their last picture
    observer.wait_for(lambda: not leader.link.up, why="the leader notices the broker gone")
    assert not leader.presence.brokerUp  # the console says so
    broker.start()  # retained messages were not kept (persistence false): the leader's state is sent anew
    for name in ("a", "b"):
        observer.wait_for_screen(name, scene=6, step=0, online=True)
    observer.wait_for(lambda: leader.presence.brokerUp, why="the console sees the broker back")


def test_a_follower_that_may_follow_scenes_only_shows_each_scene_from_its_start(lead, screens, observer):
    leader = lead()
    screens.follower("lobby", follow_steps=False)
    observer.wait_for(lambda: leader.leading, why="the leader leads")
    move(leader, 2, 2)
    observer.wait_for_screen("lobby", scene=2, step=0, seq=leader_seq(leader))


def leader_seq(leader) -> int:
    state = leader.sent
    assert isinstance(state, venue.State)
    return state.seq
