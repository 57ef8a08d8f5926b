"""A stage manager's shell: `announce` puts a line on every screen, `remote` moves the show."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.qtsupport import find, settle
from tests.venue.conftest import SHOW, settings_file

pytestmark = pytest.mark.slow


def shell(tmp_path, broker, *args: str, user: str = "stage") -> subprocess.CompletedProcess:
    config = settings_file(tmp_path / f"shell-{user}", broker, user, "stage-manager")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--config", str(config), *args],
                          capture_output=True, text=True, timeout=60, cwd=str(ROOT))


def test_an_announcement_from_the_shell_shows_on_the_stage_and_goes_again(lead, stage, broker, tmp_path, observer):
    leader = lead()
    observer.wait_for(lambda: leader.leading, why="the leader leads")
    text = "The closing ceremony starts at 17:30 in the main hall"
    assert shell(tmp_path, broker, "announce", "--broker", broker.url, SHOW, text).returncode == 0
    observer.wait_for(lambda: stage.controller.announcement == text, why="the announcement on the stage")
    settle(stage)
    banner = find(stage, "announcementText")
    assert banner.isVisible() and banner.property("text") == text and not banner.property("truncated")
    assert leader.presence.announcement == text  # the console shows it, with a way to clear it
    assert shell(tmp_path, broker, "announce", "--broker", broker.url, SHOW, "--clear").returncode == 0
    observer.wait_for(lambda: stage.controller.announcement == "", why="the announcement gone")
    settle(stage)
    assert not find(stage, "announcement").isVisible()


def test_an_announcement_from_the_shell_shows_on_every_follower_process_and_goes_again(
        broker, screens, observer, tmp_path):
    for name in ("left", "lobby"):
        screens.follower(name)
    for name in ("left", "lobby"):
        observer.wait_for_screen(name, online=True)
    text = "Lunch is served in the east hall"
    assert shell(tmp_path, broker, "announce", "--broker", broker.url, SHOW, text).returncode == 0
    for name in ("left", "lobby"):  # what each screen's stage shows, in its own status
        observer.wait_for_screen(name, announcement=text)
    assert shell(tmp_path, broker, "announce", "--broker", broker.url, SHOW, "--clear").returncode == 0
    for name in ("left", "lobby"):
        observer.wait_for_screen(name, announcement="")
    assert f"venue: the announcement on screen: {text!r}" in screens.log("lobby")
    assert "venue: the announcement taken away" in screens.log("lobby")


def test_remote_commands_move_the_leader_and_so_every_screen(lead, stage, broker, tmp_path, observer):
    leader = lead()
    observer.wait_for(lambda: leader.leading, why="the leader leads")
    assert shell(tmp_path, broker, "remote", "--broker", broker.url, SHOW, "jump", "4").returncode == 0
    observer.wait_for(lambda: stage.controller.sceneIndex == 3, why="jump 4: the fourth scene")
    assert shell(tmp_path, broker, "remote", "--broker", broker.url, SHOW, "blackout").returncode == 0
    observer.wait_for(lambda: stage.controller.blackout, why="black-out")
    observer.wait_for_screen("control", role="leader", scene=3, blackout=True)


def test_the_shell_says_when_the_broker_refuses_and_when_the_command_is_wrong(broker, tmp_path):
    refused = shell(tmp_path, broker, "announce", "--broker", broker.url, SHOW, "hello", user="watch")
    assert refused.returncode == 1 and "did not take the message" in refused.stderr
    wrong = shell(tmp_path, broker, "remote", "--broker", broker.url, SHOW, "next", "3")
    assert wrong.returncode == 1 and "takes no scene number" in wrong.stderr
    unknown = shell(tmp_path, broker, "remote", "--broker", "mqtt://127.0.0.1:1", SHOW, "next")
    assert unknown.returncode == 1 and "cannot reach the broker" in unknown.stderr


@pytest.mark.parametrize(("args", "says"), [
    (["--follow", SHOW], "no broker"),
    (["--lead", SHOW, "--follow", SHOW, "--broker", "mqtt://127.0.0.1"], "not both"),
    (["--follow", SHOW, "--broker", "http://127.0.0.1"], "expected mqtt://HOST[:PORT]"),
    (["--follow", "hall/a", "--broker", "mqtt://127.0.0.1"], "follow: expected 1 to 64 letters"),
])
def test_a_venue_mode_without_what_it_needs_says_so_before_any_window(args, says, tmp_path):
    import os

    env = dict(os.environ, HUZHOU_VIEWER_CONFIG_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=60, cwd=str(ROOT), env=env)
    assert done.returncode == 2
    assert says in done.stderr
