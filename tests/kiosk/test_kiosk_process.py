"""The kiosk as a technician starts it: real processes, and a real window under Xvfb with a window manager."""

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError  # noqa: A004 - pytest-qt's, raised by waitUntil

from huzhou_viewer.qt.platform.single_instance import server_name
from tests.conftest import ROOT

pytestmark = pytest.mark.slow
X_TOOLS = ("Xvfb", "openbox", "xdotool", "wmctrl", "xwininfo", "xprop", "xmessage")


def start(config: Path, *args, env_extra=None, mode: str = "--kiosk") -> subprocess.Popen:
    env = dict(os.environ, HUZHOU_VIEWER_CONFIG_DIR=str(config))
    env.pop("QT_QUICK_BACKEND", None)
    env.update(env_extra or {})
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), mode, *args], cwd=ROOT, env=env,
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


def stop_all(processes: list[subprocess.Popen], app: subprocess.Popen) -> str:
    """Stop every process of a real-window test, the last started first; the app's stderr."""
    err = ""
    for process in reversed(processes):
        out = stop(process)
        err = out if process is app else err
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


HERE = Path(__file__).resolve().parent


def _x(display: str, *command) -> str:
    result = subprocess.run(list(command), env=dict(os.environ, DISPLAY=display), capture_output=True, text=True,
                            timeout=20)
    return result.stdout


def _start_x_server() -> tuple[subprocess.Popen, str]:
    """Xvfb on a free display, once it accepts clients: it writes its display number to -displayfd then."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten",
                             "tcp"], pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    while not number.endswith(b"\n") and select.select([read_end], [], [], 20)[0]:
        chunk = os.read(read_end, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_end)
    if not number.strip():
        xvfb.kill()
        pytest.fail("Xvfb did not start")
    return xvfb, f":{number.decode().strip()}"


class RealKiosk:
    """A kiosk in a real window on Xvfb, under openbox set up as permissively as a stock desktop."""

    def __init__(self, qtbot, tmp_path: Path) -> None:
        self.qtbot, self.log = qtbot, tmp_path / "logs" / "huzhou-viewer.log"
        self.xvfb, self.display = _start_x_server()
        self.processes = [self.xvfb]
        self.app: subprocess.Popen | None = None
        try:
            self._start(tmp_path)
        except BaseException:
            self.close()  # a start that failed part-way leaves no X server, window manager or kiosk behind
            raise

    def _start(self, tmp_path: Path) -> None:
        qtbot = self.qtbot
        self.processes.append(subprocess.Popen(
            ["openbox", "--config-file", str(HERE / "openbox-permissive-rc.xml")],
            env=dict(os.environ, DISPLAY=self.display), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        qtbot.waitUntil(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.x("xprop", "-root"), timeout=20_000)
        self.app = start(tmp_path, env_extra={"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"})
        self.processes.append(self.app)
        # The id is kept from the look that found it: the kiosk re-maps its window while the window manager
        # places it, so a second look a moment later may find it unmapped.
        self.id = ""

        def found() -> bool:
            self.id = self._find()
            return bool(self.id) or self.app.poll() is not None
        qtbot.waitUntil(found, timeout=60_000)
        assert self.app.poll() is None, self.app.stderr.read()[-800:]
        qtbot.waitUntil(lambda: self.log.exists(), timeout=30_000)
        self.settled(timeout=30_000)  # the first time: the window manager may still be placing it

    def x(self, *command) -> str:
        return _x(self.display, *command)

    def _find(self) -> str:
        # The show's window by its class: Qt's helper windows of the same process (1x1, no class) may be mapped
        # for a moment at start, and one taken for the show would never be "back".
        found = self.x("xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid),
                       "--class", "huzhou-viewer").split()
        return found[0] if found else ""

    def state(self) -> dict[str, bool]:
        """What a visitor would notice, as X11 and the window manager say it."""
        info = self.x("sh", "-c", f"xwininfo -id {self.id}; xprop -id {self.id} _NET_WM_STATE _NET_WM_DESKTOP;"
                                  " xdotool getactivewindow")
        return {"mapped": "Map State: IsViewable" in info, "full screen": "_NET_WM_STATE_FULLSCREEN" in info,
                "above": "_NET_WM_STATE_ABOVE" in info,
                "on all desktops": "4294967295" in info or "_NET_WM_STATE_STICKY" in info,
                "focused": info.split()[-1:] == [self.id], "running": self.app.poll() is None}

    def settled(self, timeout: int = 8000) -> None:
        def good() -> bool:
            return all(self.state().values())
        try:
            self.qtbot.waitUntil(good, timeout=timeout)
        except TimeoutError:
            tree = self.x("xwininfo", "-root", "-tree")
            pytest.fail(f"the kiosk window {self.id} is not back: {self.state()}; windows: {tree[-1500:]}; "
                        f"log: {self.log_text()[-1500:]}")

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8") if self.log.exists() else ""

    def attempt(self, what: str, *command, logged: str | None = "brought back") -> None:
        """Try to escape with `command`; the window must be back (or never gone) within seconds, logged."""
        before = len(self.log_text())
        self.x(*command)
        if logged is not None:
            try:
                self.qtbot.waitUntil(lambda: logged in self.log_text()[before:] or self.app.poll() is not None,
                                     timeout=8000)
            except TimeoutError:
                pytest.fail(f"{what}: nothing logged; state {self.state()}; root: {self.x('xprop', '-root')}; "
                            f"log: {self.log_text()[-1200:]}")
        assert self.app.poll() is None, f"the kiosk exited on {what}"
        self.settled()

    def close(self) -> str:
        return stop_all(self.processes, self.app)


@pytest.fixture
def real_kiosk(qtbot, tmp_path):
    kiosk = RealKiosk(qtbot, tmp_path)
    yield kiosk
    assert "Traceback" not in kiosk.close()


needs_x = pytest.mark.skipif(not all(shutil.which(tool) for tool in X_TOOLS),
                             reason="needs Xvfb, openbox, xdotool, wmctrl, xwininfo, xprop and xmessage "
                                    "(tools/system-deps.sh installs them)")


@needs_x
# On a loaded 2-core machine the set-up (an X server, a window manager, a kiosk) has missed its deadlines
# (openbox not up within 20 s); two more runs are allowed, each attempt must still hold within its run.
@pytest.mark.flaky(reruns=2)
def test_a_real_window_survives_the_escape_keys_and_a_close_request(real_kiosk):
    kiosk = real_kiosk
    for key in ("alt+F4", "ctrl+q", "ctrl+w", "Escape", "F11"):
        kiosk.attempt(key, "xdotool", "key", "--clearmodifiers", key, logged=None)
    kiosk.attempt("a close request", "wmctrl", "-c", ":ACTIVE:", logged="a close request was refused")
    info = kiosk.x("xwininfo", "-id", kiosk.id)
    size = {line.split(":")[0].strip(): line.split(":")[1].strip() for line in info.splitlines() if ":" in line}
    assert (size.get("Width"), size.get("Height")) == ("1920", "1080")
    # The technician's chord, as real X11 keys, opens the admin panel.
    kiosk.attempt("the admin chord", "xdotool", "key", "--clearmodifiers", "ctrl+alt+shift+q",
                  logged="admin panel opened (key chord)")


@needs_x
# A real X server and window manager on a shared 2-core machine: a repair can lose a race with a slow frame.
# Each attempt still has to succeed within one run of the whole sequence; two more runs are allowed.
@pytest.mark.flaky(reruns=2)
def test_the_window_manager_cannot_take_the_show_away(real_kiosk):
    kiosk, title = real_kiosk, real_kiosk.id
    key = ("xdotool", "key", "--clearmodifiers")
    # Show desktop: the window must stay (or be back) on screen. Whether there is anything to log depends on
    # whether the window manager got as far as hiding it before the kiosk's repair, a race under load, so the
    # log is asserted for the attempts below, which always take the window away first.
    kiosk.attempt("Super+D", *key, "super+d", logged=None)
    kiosk.attempt("wmctrl -k on", "wmctrl", "-k", "on", logged=None)
    kiosk.attempt("Ctrl+Alt+Right", *key, "ctrl+alt+Right", logged=None)
    kiosk.attempt("Super+F2", *key, "super+F2", logged=None)
    kiosk.attempt("wmctrl -s 1", "wmctrl", "-s", "1", logged=None)
    kiosk.attempt("send to desktop 1", "wmctrl", "-i", "-r", title, "-t", "1", logged="not all desktops")
    kiosk.attempt("layer normal", "wmctrl", "-i", "-r", title, "-b", "remove,above", logged="no longer above")
    kiosk.attempt("minimise", "xdotool", "windowminimize", title, logged="minimised")
    kiosk.attempt("unmap", "xdotool", "windowunmap", title, logged="unmapped")
    kiosk.attempt("the client menu", "sh", "-c", "xdotool key --clearmodifiers alt+space; xdotool key Escape",
                  logged=None)
    # The same menu clicked through as a visitor would: Layer, then Normal (openbox's mnemonics L and N).
    kiosk.attempt("the client menu's Layer > Normal", "sh", "-c",
                  "xdotool key --clearmodifiers alt+space; xdotool key l; xdotool key n", logged="no longer above")
    other = subprocess.Popen(["xmessage", "-center", "another program"], env=dict(os.environ, DISPLAY=kiosk.display),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kiosk.processes.insert(2, other)
    kiosk.attempt("another window", "true", logged="lost the keyboard focus")
    # A second start brings back a kiosk that something hid.
    kiosk.x("xdotool", "windowunmap", title)
    second = start(kiosk.log.parent.parent, env_extra={"DISPLAY": kiosk.display, "QT_QPA_PLATFORM": "xcb"})
    _, err = second.communicate(timeout=60)
    assert second.returncode == 0 and "already running" in err
    kiosk.settled()


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
