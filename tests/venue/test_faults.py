"""What must not happen at a venue: a stranger on the broker, two leaders fighting, a bad message on screen."""

from __future__ import annotations

import pytest

from huzhou_viewer.show import venue
from tests.venue.conftest import SHOW, settings_file

pytestmark = pytest.mark.slow


def test_a_wrong_password_is_refused_and_the_screen_says_so_in_its_log(screens, observer):
    process = screens.follower("intruder", password="not-the-password")
    line = screens.output["intruder"].wait_for("broker refused")
    assert "not authori" in line.lower() or "bad user name or password" in line.lower()
    assert observer.status("intruder") is None  # never on the broker
    assert process.poll() is None  # the screen goes on showing its own show


def test_a_second_leader_is_refused_before_its_window_opens(screens, observer):
    screens.start("control", "--lead", SHOW, user="leader")
    observer.wait_for_screen("control", role="leader", online=True)
    second = screens.start("spare", "--lead", SHOW, user="leader")
    line = screens.output["spare"].wait_for("already has a leader (control)")
    assert "--take-over" in line
    observer.wait_for(lambda: second.poll() is not None, why="the second leader quits")
    assert second.returncode == 3
    refused = screens.log("spare")
    assert "already has a leader" in refused
    # A window that opens logs its first frame (the leader's does); the refused one never got that far.
    assert "the first frame is on screen" in screens.log("control")
    assert "the first frame is on screen" not in refused
    assert observer.status("spare") is None  # it never stood on the broker as a screen
    assert observer.status("control").role == "leader"


def test_a_leader_whose_broker_is_down_still_opens_its_window(screens):
    screens.start("control", "--lead", SHOW, user="leader", url="mqtt://127.0.0.1:1")  # nothing listens there
    screens.output["control"].wait_for("cannot reach the broker")  # said by its link, which starts after the frame
    assert "could not ask the broker for a leader before the window (unreachable)" in screens.log("control")
    assert "the first frame is on screen" in screens.log("control")


def test_an_old_leader_after_a_takeover_follows_the_new_one_and_says_so(screens, observer, broker):
    from tests.venue.conftest import Observer

    screens.start("control", "--lead", SHOW, user="leader")
    screens.follower("left")
    observer.wait_for_screen("control", role="leader", online=True)
    screens.start("spare", "--lead", SHOW, "--take-over", user="leader")
    observer.wait_for_screen("spare", role="leader", online=True)
    screens.output["control"].wait_for("spare took over show 'hall'; this screen no longer leads it and follows spare")
    observer.wait_for_screen("control", role="follower", online=True)
    stage_manager = Observer(broker, user="stage")
    try:
        for op, arg, scene in (("jump", 3, 3), ("jump", 5, 5), ("blackout", None, 5)):
            stage_manager.publish(f"huzhou-viewer/{SHOW}/command", venue.encode(venue.remote_command(op, arg, 0.0)))

            def moved(scene: int = scene, op: str = op) -> venue.State | None:
                state = venue.decode(venue.State, observer.latest.get(f"huzhou-viewer/{SHOW}/state", b""))[0]
                return state if state and state.leader == "spare" and state.scene == scene and (
                    state.blackout == (op == "blackout")) else None

            state = observer.wait_for(moved, why=f"the new leader on scene {scene} after {op}")
            for name in ("control", "left"):  # the old leader in step, as every follower
                observer.wait_for_screen(name, seq=state.seq, scene=scene, blackout=state.blackout)
    finally:
        stage_manager.close()
    assert observer.status("control").role == "follower"


@pytest.fixture
def follow(stage, broker, observer, qtbot, tmp_path):
    """A follower in this process, on the stage fixture."""
    from huzhou_viewer.qt.venue.follow import Follower
    from huzhou_viewer.settings import load_settings

    observer.qtbot = qtbot
    made = []

    def make(name: str = "side", **extra: object):
        path = settings_file(tmp_path / f"follow-{name}", broker, "screen", name, **extra)
        follower = Follower(load_settings(path, {"follow": SHOW}), stage)
        follower.start()
        made.append(follower)
        return follower

    yield make
    for follower in made:
        follower.close()



def test_malformed_oversized_and_foreign_messages_are_ignored_with_a_log_line(follow, broker, observer, caplog):
    from tests.venue.conftest import Observer

    follower = follow()
    observer.wait_for_screen("side", online=True)
    publisher = Observer(broker, user="leader")  # the leader's own user: the ACL lets it publish the state
    try:
        topic = f"huzhou-viewer/{SHOW}/state"
        scene_ids = follower.controller.deck.scene_ids
        good = venue.state_from("control", 10, "huzhou-2023", scene_ids, 2, 0, "zh-Hans", False, False, 0.0, 0.0)
        bad = {
            "not JSON": b"\xff\xfe not json",
            "a wrong type": venue.encode(good).replace(b'"scene":2', b'"scene":"two"'),
            "oversized": b'{"app":"huzhou-viewer","v":1,"pad":"' + b"x" * venue.MAX_BYTES + b'"}',
            "foreign": b'{"temperature": 21.5}',
        }
        for payload in bad.values():
            publisher.publish(topic, payload)
        publisher.publish(topic, venue.encode(good))  # after them: the screen still follows
        observer.wait_for_screen("side", scene=2, seq=10)
    finally:
        publisher.close()
    ignored = [r.getMessage() for r in caplog.records if "ignored a message" in r.getMessage()]
    assert len(ignored) == len(bad), ignored
    assert any("malformed" in line for line in ignored)
    assert any("oversized" in line for line in ignored)
    assert any("foreign" in line for line in ignored)
    assert follower.controller.sceneIndex == 2


def test_a_screen_cannot_publish_the_state_only_the_leader_can(follow, broker, observer):
    from tests.venue.conftest import Observer

    follower = follow()
    observer.wait_for_screen("side", online=True)
    scene_ids = follower.controller.deck.scene_ids
    rogue = Observer(broker, user="screen")
    leader = Observer(broker, user="leader")
    try:
        topic = f"huzhou-viewer/{SHOW}/state"
        rogue.publish(topic, venue.encode(
            venue.state_from("rogue", 20, "huzhou-2023", scene_ids, 5, 0, "zh-Hans", False, False, 0.0, 0.0)))
        leader.publish(topic, venue.encode(
            venue.state_from("control", 21, "huzhou-2023", scene_ids, 3, 0, "zh-Hans", False, False, 0.0, 0.0)))
        observer.wait_for_screen("side", seq=21)
    finally:
        rogue.close()
        leader.close()
    assert follower.controller.sceneIndex == 3  # the broker dropped the screen's attempt; the leader's came


def test_a_follower_keeps_its_picture_when_a_visitor_presses_a_key(follow, broker, observer, qtbot):
    from tests.venue.conftest import Observer

    follower = follow()
    observer.wait_for_screen("side", online=True)
    scene_ids = follower.controller.deck.scene_ids
    leader = Observer(broker, user="leader")
    try:
        leader.publish(f"huzhou-viewer/{SHOW}/state", venue.encode(
            venue.state_from("control", 30, "huzhou-2023", scene_ids, 1, 0, "zh-Hans", False, False, 0.0, 0.0)))
        observer.wait_for_screen("side", seq=30, scene=1)
    finally:
        leader.close()
    follower.controller.next()  # a visitor's click on a follower that may not browse
    qtbot.waitUntil(lambda: (follower.controller.sceneIndex, follower.controller.step) == (1, 0))


def test_a_follower_whose_leader_is_gone_keeps_its_picture_then_plays_by_itself_until_the_leader_is_back(
        follow, broker, observer):
    from huzhou_viewer.qt.stage.player import Player
    from tests.venue.conftest import Observer

    follower = follow(follow_fallback_seconds=0.5, scene_seconds=5)
    observer.wait_for_screen("side", online=True)
    scene_ids = follower.controller.deck.scene_ids
    leader = Observer(broker, user="leader")

    def leader_status(online: bool) -> bytes:
        return venue.encode(venue.Status(app=venue.APP, v=venue.VERSION, client="control", role="leader",
                                         online=online))

    try:
        status_topic = f"huzhou-viewer/{SHOW}/status/control"
        leader.publish(status_topic, leader_status(True), retain=True)
        leader.publish(f"huzhou-viewer/{SHOW}/state", venue.encode(
            venue.state_from("control", 40, "huzhou-2023", scene_ids, 2, 0, "zh-Hans", False, False, 0.0, 0.0)))
        observer.wait_for_screen("side", seq=40, scene=2, link="live")
        leader.publish(status_topic, leader_status(False), retain=True)  # what its last will says
        observer.wait_for_screen("side", link="no-leader", scene=2)  # the last picture, kept
        assert not Player(follower.controller).move(4, 0)  # no attract loop or spotlight moves it meanwhile
        observer.wait_for_screen("side", link="fallback")  # then the show by itself (a kiosk: its attract loop)
        assert Player(follower.controller).move(4, 0)
        leader.publish(status_topic, leader_status(True), retain=True)
        observer.wait_for_screen("side", link="live", scene=2)  # back on the leader's picture
    finally:
        leader.close()


def test_with_a_user_for_each_screen_a_follower_follows_but_cannot_publish_the_state(
        screen_users_broker, tmp_path):
    """docs/venue.md's stricter ACL: the follower reads the show and writes only its own status and probes."""
    from huzhou_viewer.mqtt import Connection, VenueError, publish_once
    from tests.venue.conftest import Observer, Screens

    broker = screen_users_broker
    observer, stage_manager = Observer(broker), Observer(broker, user="stage")
    screens = Screens(tmp_path / "screens", broker)
    try:
        screens.start("control", "--lead", SHOW, user="control")
        observer.wait_for_screen("control", role="leader", online=True)
        for name in ("lobby-1", "lobby-2"):
            screens.follower(name, user=name)
        stage_manager.publish(f"huzhou-viewer/{SHOW}/command", venue.encode(venue.remote_command("jump", 2, 0.0)))
        for name in ("lobby-1", "lobby-2"):
            observer.wait_for_screen(name, scene=2, online=True)
        lobby = Connection(venue.parse_broker(broker.url), "lobby-1", broker.users["lobby-1"], None, "lobby-1")
        scene_ids = [f"scene-{n}" for n in range(8)]  # a state's shape; the broker refuses it before any screen
        rogue = venue.state_from("lobby-1", 2**40, "huzhou-2023", scene_ids, 5, 0, "en", True, False, 0.0, 0.0)
        topics = venue.Topics(SHOW)
        with pytest.raises(VenueError, match="did not take the message"):
            publish_once(lobby, topics.state, venue.encode(rogue), retain=True)
        with pytest.raises(VenueError, match="did not take the message"):  # nor speak for another screen
            publish_once(lobby, topics.status("lobby-2"), venue.encode(venue.Status(
                app=venue.APP, v=venue.VERSION, client="lobby-2", role="follower", online=False)), retain=True)
        publish_once(lobby, topics.status("lobby-1"), observer.latest[topics.status("lobby-1")], retain=True)  # own
        stage_manager.publish(topics.command, venue.encode(venue.remote_command("jump", 3, 0.0)))
        state = observer.wait_for(lambda: (s := venue.decode(venue.State, observer.latest[topics.state])[0])
                                  and s.scene == 3 and s, why="the leader's next move")
        assert state.leader == "control"
        for name in ("lobby-1", "lobby-2"):
            observer.wait_for_screen(name, scene=3, seq=state.seq, online=True, blackout=False)
        assert observer.status("lobby-2").online  # its status is its own
    finally:
        screens.close()
        stage_manager.close()
        observer.close()
