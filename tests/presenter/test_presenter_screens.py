"""Presenter mode on two screens (a laptop, the primary, and a projector), each case in its own process:
the offscreen platform's screens are fixed when the application starts. tests/presenter_two_screens.py
drives the windows and reports what it saw."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
    {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
]}
LAPTOP = [0, 0, 1280, 800]
PROJECTOR = [1280, 0, 1920, 1080]


def drive(scenario, tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_QUICK_BACKEND="software",
               HUZHOU_VIEWER_CONFIG_DIR=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "presenter" / "presenter_two_screens.py"), scenario],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "qml:" not in result.stderr.lower(), result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def test_windows_on_the_right_screens_and_a_projector_unplugged_and_back(tmp_path):
    seen, _ = drive("windows", tmp_path)
    assert seen["screens"] == ["laptop", "projector"] and seen["primary"] == "laptop"
    start = seen["start"]
    assert start["audience"] == {"screen": "projector", "visible": True, "geometry": PROJECTOR, "fullscreen": True}
    assert start["console"] == {"screen": "laptop", "visible": True, "geometry": LAPTOP, "fullscreen": True}
    # PageDown, PageDown, 3, PageDown pressed in the console moved the audience.
    assert seen["position after console keys"] == [2, 1]
    unplugged = seen["unplugged"]
    assert unplugged["audience"]["screen"] == "laptop" and unplugged["audience"]["geometry"] == LAPTOP
    assert unplugged["audience"]["fullscreen"] and unplugged["position"] == [2, 1]
    assert unplugged["console"]["visible"]  # the speaker keeps the console in front
    again = seen["plugged in again"]
    assert again["audience"] == start["audience"] and again["console"] == start["console"]
    assert again["position"] == [2, 2]  # a key pressed while unplugged still counted
    swapped = seen["swapped"]  # X: the system called the wrong screen its main one
    assert swapped["audience"]["screen"] == "laptop" and swapped["audience"]["geometry"] == LAPTOP
    assert swapped["console"]["screen"] == "projector" and swapped["console"]["geometry"] == PROJECTOR
    assert seen["swapped back"] == {"audience": start["audience"], "console": start["console"]}


def test_a_screen_that_does_not_exist_is_said_once_on_the_console(tmp_path):
    seen, stderr = drive("missing", tmp_path)
    assert seen["audience"]["screen"] == "projector" and seen["console"]["screen"] == "laptop"
    assert seen["message"] == "观众屏 'HDMI-9' 不存在（现有屏幕：0: laptop, 1: projector），改用 projector"
    assert seen["message in English"] == ("audience screen 'HDMI-9' does not exist (screens: 0: laptop, "
                                          "1: projector); using projector")
    assert seen["message after a change of screens"] == ""
    assert stderr.count("HDMI-9") == 1


def test_the_program_with_presenter_flags(tmp_path):
    seen, stderr = drive("app", tmp_path)
    assert seen["exit"] == 0
    assert seen["audience"]["screen"] == "projector" and seen["audience"]["fullscreen"]
    assert seen["console"]["screen"] == "laptop" and seen["console"]["visible"]
    assert "HDMI-9" in seen["message"] and stderr.count("HDMI-9") == 1
