"""The venue's messages and rules, without Qt or a network (huzhou_viewer/show/venue.py)."""

from __future__ import annotations

import pytest

from huzhou_viewer.show import venue

SCENES = ["title", "spring", "summer", "gallery"]
STEPS = (1, 3, 2, 5)


def state(scene: int = 1, step: int = 2, language: str = "en", seq: int = 5, leader: str = "control",
          now: float = 1000.0):
    return venue.state_from(leader, seq, "pack", SCENES, scene, step, language, False, False, now, 0.05)


def test_a_state_goes_over_the_wire_and_back_unchanged():
    sent = state()
    assert venue.decode(venue.State, venue.encode(sent)) == (sent, "")
    assert sent.apply_at == pytest.approx(1000.05)
    assert sent.scene_id == "spring"


@pytest.mark.parametrize(("payload", "reason"), [
    (b"\xff not json", "malformed"),
    (b'{"app":"huzhou-viewer","v":1,"leader":"x"}', "malformed"),
    (b'{"app":"huzhou-viewer","v":1,"leader":"x","seq":"1"}', "malformed"),
    (b'{"temperature": 21}', "foreign"),
    (b"[1, 2]", "foreign"),
    (b'{"app":"other-app","v":1}', "foreign"),
    (b'{"app":"huzhou-viewer","v":2,"leader":"x"}', "foreign"),
    (b"{" + b" " * venue.MAX_BYTES + b"}", "oversized"),
])
def test_a_bad_message_is_none_with_the_reason(payload, reason):
    message, why = venue.decode(venue.State, payload)
    assert message is None
    assert why.startswith(reason)


def test_an_unknown_field_is_malformed_not_silently_dropped():
    payload = venue.encode(state()).replace(b'"seq"', b'"extra":1,"seq"')
    assert venue.decode(venue.State, payload)[1].startswith("malformed")


def test_an_overlong_announcement_is_refused_on_both_sides():
    with pytest.raises(ValueError, match="at most"):
        venue.announcement("x" * (venue.MAX_ANNOUNCEMENT + 1), 0.0)
    long = venue.Announcement(app=venue.APP, v=venue.VERSION, text="x" * (venue.MAX_ANNOUNCEMENT + 1), at=0.0)
    assert venue.decode(venue.Announcement, venue.encode(long))[1].startswith("oversized")
    assert venue.announcement("  Lunch   is\nserved ", 0.0).text == "Lunch is served"


@pytest.mark.parametrize("name", ["", "a/b", "hall+", "#", "x" * 65, "sp ace"])
def test_a_show_name_that_is_no_topic_level_is_refused(name):
    assert not venue.valid_name(name)
    with pytest.raises(ValueError):
        venue.Topics(name)


def test_topics_of_a_show():
    t = venue.Topics("hall-a")
    assert (t.state, t.status("lobby"), t.statuses, t.announce, t.command) == (
        "huzhou-viewer/hall-a/state", "huzhou-viewer/hall-a/status/lobby", "huzhou-viewer/hall-a/status/+",
        "huzhou-viewer/hall-a/announce", "huzhou-viewer/hall-a/command")
    assert t.clock_reply("lobby") == "huzhou-viewer/hall-a/clock/lobby/reply"


@pytest.mark.parametrize(("url", "expected"), [
    ("mqtt://control.local", venue.Broker("control.local", 1883, False)),
    ("mqtts://control.local", venue.Broker("control.local", 8883, True)),
    ("mqtt://10.0.0.2:1884", venue.Broker("10.0.0.2", 1884, False)),
    ("10.0.0.2:1884", venue.Broker("10.0.0.2", 1884, False)),
])
def test_broker_urls(url, expected):
    assert venue.parse_broker(url) == expected


@pytest.mark.parametrize("url", ["http://x", "mqtt://", "mqtt://x:99999", "mqtt://user:pw@x", "mqtt://x/path"])
def test_bad_broker_urls_say_what_is_expected(url):
    with pytest.raises(ValueError, match="broker"):
        venue.parse_broker(url)


def test_password_file_with_or_without_a_user():
    assert venue.read_password_file("secret\n") == (None, "secret")
    assert venue.read_password_file("# the lobby's\nscreen:se:cret\n") == ("screen", "se:cret")
    with pytest.raises(ValueError):
        venue.read_password_file("\n# nothing\n")


def test_the_clock_offset_comes_from_the_quickest_round_trip():
    clock = venue.Clock()
    assert clock.offset is None
    clock.add(t0=100.0, t1=105.3, t2=105.3, t3=100.4)  # slow one way: skewed by the trip, 5.1
    clock.add(t0=200.0, t1=205.01, t2=205.01, t3=200.02)  # quick: 5.0
    clock.add(t0=300.0, t1=305.0, t2=305.0, t3=299.0)  # a clock stepped back in between: dropped
    assert clock.offset == pytest.approx(5.0)
    assert clock.round_trip == pytest.approx(0.02)


def test_the_leaders_own_delay_in_answering_is_not_counted():
    clock = venue.Clock()
    # The leader reads the probe 5 ms after it left, answers 80 ms later (its GUI was busy), 5 ms back.
    clock.add(t0=0.0, t1=2.005, t2=2.085, t3=0.090)
    assert clock.offset == pytest.approx(2.0)
    assert clock.round_trip == pytest.approx(0.010)


def test_a_follower_waits_until_the_apply_at_on_its_own_clock():
    # The leader's clock is 5 s ahead: its apply-at 1005.05 is 1000.05 here.
    assert venue.apply_delay(1005.05, 5.0, now=1000.0) == pytest.approx(0.05)
    assert venue.apply_delay(1005.05, 5.0, now=1000.1) == 0.0  # late: at once
    assert venue.apply_delay(1100.0, 0.0, now=1000.0) == 0.0  # clocks far apart: at once, never a long wait
    assert venue.lag_ms(1005.05, 5.0, shown_at=1000.07) == pytest.approx(20.0)


def test_a_follower_shows_the_leaders_scene_by_id_and_its_step():
    rules = venue.FollowRules()
    assert venue.followed_position(state(2, 1), SCENES, STEPS, rules) == (2, 1)
    # A pack with its scenes in another order (or one more) still shows the same scene.
    assert venue.followed_position(state(2, 1), ["title", "summer", "spring"], (1, 2, 3), rules) == (1, 1)
    assert venue.followed_position(state(2, 1), ["title", "winter"], (1, 1), rules) is None
    # A scene with fewer steps here: its last one.
    assert venue.followed_position(state(1, 2), SCENES, (1, 2, 2, 5), rules) == (1, 1)


def test_a_lobby_screen_follows_scenes_not_steps():
    assert venue.followed_position(state(1, 2), SCENES, STEPS, venue.FollowRules(steps=False)) == (1, 0)


def test_an_overflow_room_keeps_its_own_language():
    languages = ["zh-Hans", "en"]
    assert venue.followed_language(state(language="zh-Hans"), "en", languages, venue.FollowRules()) == "zh-Hans"
    assert venue.followed_language(state(language="zh-Hans"), "en", languages,
                                   venue.FollowRules(language=False)) == "en"
    # The leader's language is not in this pack: its own.
    assert venue.followed_language(state(language="fr"), "en", languages, venue.FollowRules()) == "en"


def test_a_retained_state_seen_again_is_not_applied_twice_but_a_new_leaders_is():
    first = state(seq=5)
    assert venue.fresh(first, None)
    assert not venue.fresh(first, first)
    assert venue.fresh(state(seq=6), first)
    assert not venue.fresh(state(seq=4), first)
    assert venue.fresh(state(seq=1, leader="spare"), first)  # a takeover


def status(client: str, role="follower", online=True, pack="pack", digest="d1", **extra):
    return venue.Status(app=venue.APP, v=venue.VERSION, client=client, role=role, online=online, pack=pack,
                        pack_digest=digest, **extra)


def test_another_leader_online_is_found_but_not_an_offline_one_nor_this_one():
    assert venue.other_leader([status("a"), status("b", "leader", online=False)], "me") is None
    assert venue.other_leader([status("me", "leader")], "me") is None
    assert venue.other_leader([status("a"), status("spare", "leader")], "me") == "spare"


def test_the_consoles_list_marks_dropped_screens_and_other_packs():
    rows = venue.screen_rows({
        "z-lobby": status("z-lobby", online=False, scene=2, step=1),
        "a-side": status("a-side", digest="d2"),
        "spare": status("spare", role="leader"),
        "annex": status("annex", pack="other"),
    }, "pack", "d1")
    assert [r.client for r in rows] == ["spare", "a-side", "annex", "z-lobby"]
    by_name = {r.client: r for r in rows}
    assert by_name["z-lobby"].where == "3.1" and not by_name["z-lobby"].online
    assert by_name["a-side"].other_pack and by_name["annex"].other_pack
    assert not by_name["spare"].other_pack


def test_remote_commands_check_their_argument():
    assert venue.remote_command("jump", 3, 0.0).arg == 3
    with pytest.raises(ValueError):
        venue.remote_command("jump", None, 0.0)
    with pytest.raises(ValueError):
        venue.remote_command("next", 2, 0.0)
    with pytest.raises(ValueError):
        venue.remote_command("reboot", None, 0.0)


def test_the_deck_digest_changes_with_what_is_shown_not_with_warnings():
    deck = {"pack_id": "p", "scene_ids": ["a"], "warnings": []}
    assert venue.deck_digest(deck) == venue.deck_digest({**deck, "warnings": ["x"]})
    assert venue.deck_digest(deck) != venue.deck_digest({**deck, "scene_ids": ["a", "b"]})
