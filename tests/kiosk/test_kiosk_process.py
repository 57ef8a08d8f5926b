"""The kiosk as a technician starts it: real processes, and a real window under Xvfb with a window manager."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from huzhou_viewer.qt.platform.single_instance import server_name
from tests.conftest import ROOT

pytestmark = pytest.mark.slow
X_TOOLS = ("Xvfb", "openbox", "xdotool", "wmctrl", "xwininfo")


def start(config: Path, *args, env_extra=None) -> subprocess.Popen:
    env = dict(os.environ, HUZHOU_VIEWER_CONFIG_DIR=str(config))
    env.pop("QT_QUICK_BACKEND", None)
    env.update(env_extra or {})
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--kiosk", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop(process: subprocess.Popen) -> str:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        _, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    return err


def test_a_second_start_brings_the_first_forward_and_exits_0(qtbot, tmp_path):
    socket = Path(tempfile.gettempdir()) / server_name(str(tmp_path))
    first = start(tmp_path)
    try:
        log = tmp_path / "logs" / "huzhou-viewer.log"  # opens after the first frame
        qtbot.waitUntil(lambda: (socket.exists() and log.exists()) or first.poll() is not None, timeout=60_000)
        assert first.poll() is None, first.stderr.read()[-800:]
        second = start(tmp_path)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 0 and "already running" in err and "Traceback" not in err
        assert first.poll() is None
    finally:
        err = stop(first)
    # systemd stops the unit with SIGTERM: the show leaves cleanly, through its event loop.
    assert first.returncode == 0 and "Traceback" not in err
    assert "kiosk: stopped" in (tmp_path / "logs" / "huzhou-viewer.log").read_text(encoding="utf-8")


def _free_display() -> str:
    for number in range(71, 99):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    pytest.skip("no free X display number")


def _x(display: str, *command) -> str:
    result = subprocess.run(list(command), env=dict(os.environ, DISPLAY=display), capture_output=True, text=True,
                            timeout=20)
    return result.stdout


@pytest.mark.skipif(not all(shutil.which(tool) for tool in X_TOOLS),
                    reason="needs Xvfb, openbox, xdotool, wmctrl and xwininfo (tools/system-deps.sh installs them)")
def test_a_real_window_survives_the_escape_keys_and_a_close_request(qtbot, tmp_path):
    display = _free_display()
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes = [xvfb]
    try:
        qtbot.waitUntil(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), timeout=20_000)
        wm = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=display),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(wm)
        app = start(tmp_path, env_extra={"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
        processes.append(app)

        def window() -> str:
            found = _x(display, "xdotool", "search", "--onlyvisible", "--pid", str(app.pid)).split()
            return found[0] if found else ""

        qtbot.waitUntil(lambda: bool(window()) or app.poll() is not None, timeout=60_000)
        assert app.poll() is None, app.stderr.read()[-800:]
        QTest.qWait(1000)  # let the window manager settle it
        for key in ("alt+F4", "ctrl+q", "ctrl+w", "Escape", "F11"):
            _x(display, "xdotool", "key", "--clearmodifiers", key)
            QTest.qWait(700)
            assert app.poll() is None, f"the kiosk exited on {key}"
        _x(display, "wmctrl", "-c", ":ACTIVE:")
        QTest.qWait(700)
        assert app.poll() is None, "the kiosk exited on a close request"
        info = _x(display, "xwininfo", "-id", window())
        size = {line.split(":")[0].strip(): line.split(":")[1].strip() for line in info.splitlines() if ":" in line}
        assert (size.get("Width"), size.get("Height")) == ("1920", "1080")
        # The technician's chord, as real X11 keys, opens the admin panel.
        log = tmp_path / "logs" / "huzhou-viewer.log"
        _x(display, "xdotool", "key", "--clearmodifiers", "ctrl+alt+shift+q")
        qtbot.waitUntil(lambda: log.exists() and "admin panel opened (key chord)" in log.read_text(encoding="utf-8"),
                        timeout=10_000)
        assert app.poll() is None
    finally:
        for process in reversed(processes):
            err = stop(process)
            if process is processes[-1] and len(processes) == 3:
                assert "Traceback" not in err


def test_a_memory_ceiling_restarts_the_same_process_afresh_when_idle(qtbot, tmp_path):
    # Any real show is above 64 MiB; idle after a second: each start restarts itself at its first idle moment.
    (tmp_path / "settings.toml").write_text("idle_seconds = 1\nmax_rss_mib = 64\n", encoding="utf-8")
    log = tmp_path / "logs" / "huzhou-viewer.log"
    process = start(tmp_path)

    def restarts() -> int:  # the line each run writes last, as it hands over to the next
        return log.read_text(encoding="utf-8").count("kiosk: stopped to restart") if log.exists() else 0

    try:
        qtbot.waitUntil(lambda: restarts() >= 2 or process.poll() is not None, timeout=90_000)
        assert process.poll() is None  # exec'd in place: the same process, started afresh
        text = log.read_text(encoding="utf-8")
        assert text.count("kiosk: restarting: memory use") >= 2 and "above the ceiling of 64 MiB" in text
    finally:
        err = stop(process)
    assert "Traceback" not in err


def test_the_smoke_test_flag_also_ends_a_kiosk(tmp_path):
    process = start(tmp_path, "--quit-after-first-frame")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0 and "Traceback" not in err
