"""Screen blanking is held off through the freedesktop ScreenSaver D-Bus service and given back on exit."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.mark.skipif(not shutil.which("dbus-run-session"), reason="needs dbus-run-session (Debian's dbus)")
def test_the_screen_saver_service_is_asked_and_released():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = ROOT / "tests" / "platform" / "dbus_screensaver.py"
    result = subprocess.run(["dbus-run-session", "--", sys.executable, str(script), "client"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-800:]
    lines = result.stdout.splitlines()
    assert lines == ["how dbus", "service saw: inhibit huzhou-viewer: kiosk show running",
                     "held while running: True", "held after release: False"], result.stderr[-800:]


def test_without_a_session_bus_or_xset_nothing_is_claimed(monkeypatch):
    from huzhou_viewer.qt.platform import screen_saver

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    inhibitor = screen_saver.ScreenSaverInhibitor(run=lambda args: pytest.fail("xset without a display"))
    assert inhibitor.inhibit() == ""
    inhibitor.release()


def test_screen_blanking_falls_back_to_xset_and_is_given_back(monkeypatch):
    from huzhou_viewer.qt.platform import screen_saver

    calls = []
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(screen_saver.shutil, "which", lambda name: f"/usr/bin/{name}")
    inhibitor = screen_saver.ScreenSaverInhibitor(run=lambda args: calls.append(list(args)) or True, use_dbus=False)
    assert inhibitor.inhibit() == "xset"
    inhibitor.release()
    assert calls == [["xset", "s", "off", "-dpms"], ["xset", "s", "on", "+dpms"]]
