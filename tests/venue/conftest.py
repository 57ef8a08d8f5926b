"""The venue tests' broker, screens and observer.

Each test starts its own mosquitto on a free port of 127.0.0.1 with a generated config: a password file
(mosquitto_passwd) and the ACL of docs/venue.md (only the leader's user may publish a show's state). Screens
run as real processes (`main.py --follow ...`, offscreen) or, where the test needs the console's view, as a
leader in this process. Nothing waits for time to pass: the tests wait on messages (the observer's copy of
every retained status), on lines a process prints, and on Qt signals, each with a deadline.
"""

from __future__ import annotations

import getpass
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT

MOSQUITTO = shutil.which("mosquitto") or next(
    (p for p in ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto") if os.access(p, os.X_OK)), None)
PASSWD = shutil.which("mosquitto_passwd")

SHOW = "hall"
USERS = {"leader": "lead-pw", "screen": "screen-pw", "stage": "stage-pw", "watch": "watch-pw"}
# docs/venue.md's ACL, word for word in spirit: every screen reads the show and writes only its own status and
# probes; the leader writes everything; a stage manager announces and sends remote commands.
ACL = """\
user leader
topic readwrite huzhou-viewer/#

user screen
topic read huzhou-viewer/#
topic write huzhou-viewer/+/status/+
topic write huzhou-viewer/+/clock/+
topic write huzhou-viewer/+/probe/+

user stage
topic write huzhou-viewer/+/announce
topic write huzhou-viewer/+/command

user watch
topic read huzhou-viewer/#
"""
# docs/venue.md's stricter set-up: every screen a user of its own, named as its client_name, that reads the show
# and writes only its own status and probes; the leader and the stage manager as above.
SCREEN_USERS = {"control": "control-pw", "lobby-1": "lobby-1-pw", "lobby-2": "lobby-2-pw", "stage": "stage-pw",
                "watch": "watch-pw"}
SCREEN_ACL = """\
user control
topic readwrite huzhou-viewer/#

user stage
topic write huzhou-viewer/+/announce
topic write huzhou-viewer/+/command

pattern read huzhou-viewer/#
pattern write huzhou-viewer/+/status/%u
pattern write huzhou-viewer/+/clock/%u
pattern write huzhou-viewer/+/probe/%u
"""
DEADLINE = 30.0  # seconds: a generous bound on a loaded machine; nothing waits for it unless something is wrong


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lines:
    """A process's output, read on a thread, so a test can wait for a line without blocking on the pipe."""

    def __init__(self, stream) -> None:
        self.seen: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        try:
            for line in stream:
                self._queue.put(line)
        except ValueError:  # closed under us as the test ends (a killed screen's pipe): nothing more to read
            pass
        self._queue.put(None)

    def wait_for(self, text: str, timeout: float = DEADLINE) -> str:
        for line in self.seen:
            if text in line:
                return line
        end = time.monotonic() + timeout
        while (left := end - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no line with {text!r}; saw:\n{''.join(self.seen)}")


class Broker:
    def __init__(self, folder: Path, tls: Path | None = None, users: dict[str, str] = USERS, acl: str = ACL) -> None:
        """`tls`: a folder with ca.crt, server.crt and server.key; then a second listener speaks TLS."""
        self.folder, self.port, self.users = folder, _free_port(), users
        self.url = f"mqtt://127.0.0.1:{self.port}"
        self.tls_url = ""
        tls_listener = ""
        if tls is not None:
            tls_port = _free_port()
            self.tls_url = f"mqtts://localhost:{tls_port}"
            tls_listener = (f"listener {tls_port} 127.0.0.1\ncafile {tls / 'ca.crt'}\ncertfile {tls / 'server.crt'}\n"
                            f"keyfile {tls / 'server.key'}\n")
        passwords = folder / "passwords"
        for n, (user, password) in enumerate(users.items()):
            subprocess.run([PASSWD, "-b", *(["-c"] if n == 0 else []), str(passwords), user, password],
                           check=True, capture_output=True)
        passwords.chmod(0o600)
        (folder / "acl").write_text(acl, encoding="utf-8")
        (folder / "acl").chmod(0o600)
        (folder / "mosquitto.conf").write_text(
            f"listener {self.port} 127.0.0.1\nallow_anonymous false\npassword_file {passwords}\n"
            f"acl_file {folder / 'acl'}\npersistence false\nset_tcp_nodelay true\nlog_dest stderr\nlog_type all\n"
            f"user {getpass.getuser()}\n{tls_listener}", encoding="utf-8")
        self.process: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        self.process = subprocess.Popen([MOSQUITTO, "-c", str(self.folder / "mosquitto.conf")],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = Lines(self.process.stdout)
        try:
            self.lines.wait_for(" running")  # "mosquitto version 2.x running": it listens
        except AssertionError:
            self.kill()  # a broker that never said it runs is not left behind
            raise

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait()
        self.process.stdout.close()

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.kill()


def need_mosquitto() -> None:
    if MOSQUITTO is None or PASSWD is None:
        pytest.skip("mosquitto is not installed (Debian: apt-get install mosquitto; tools/system-deps.sh does it)")
    pytest.importorskip("paho.mqtt", reason="paho-mqtt is not installed (pip install 'paho-mqtt>=2.1')")


@pytest.fixture
def broker(tmp_path):
    need_mosquitto()
    b = Broker(tmp_path)
    yield b
    b.close()


class Observer:
    """Everything said on the show's topics, as the broker's user `watch` hears it: the latest message per
    topic, with a condition to wait on."""

    def __init__(self, broker: Broker, user: str = "watch") -> None:
        from paho.mqtt.client import CallbackAPIVersion, Client

        from huzhou_viewer.show import venue

        self._venue = venue
        self.latest: dict[str, bytes] = {}
        self.qtbot = None  # set where a leader runs in this process: waiting must turn Qt's event loop
        self._changed = threading.Condition()
        self.client = Client(CallbackAPIVersion.VERSION2, client_id=f"observer-{user}-{os.getpid()}")
        self.client.username_pw_set(user, broker.users[user])
        self.client.on_message = self._on_message
        self.client.on_connect = lambda c, *_: c.subscribe("huzhou-viewer/#", qos=1)
        self.client.reconnect_delay_set(0.1, 0.5)  # type: ignore[arg-type]
        self.client.connect("127.0.0.1", broker.port, keepalive=5)
        self.client.loop_start()

    def _on_message(self, _client, _userdata, message) -> None:
        with self._changed:
            self.latest[message.topic] = bytes(message.payload)
            self._changed.notify_all()

    def status(self, client: str):
        payload = self.latest.get(f"huzhou-viewer/{SHOW}/status/{client}")
        return None if payload is None else self._venue.decode(self._venue.Status, payload)[0]

    def wait_for(self, what: Callable[[], object], timeout: float = DEADLINE, why: str = "") -> object:
        if self.qtbot is not None:
            found: list[object] = []
            try:
                self.qtbot.waitUntil(lambda: bool(found.append(what()) or found[-1]), timeout=int(timeout * 1000))
            except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError: the assertion below says what was missed
                pass
            found = found[-1:] if found and found[-1] else [None]
            result = found[0]
        else:
            with self._changed:
                result = self._changed.wait_for(what, timeout)
        assert result, f"not seen in {timeout} s: {why}; statuses:\n" + "\n".join(
            f"{t}: {p[:300]!r}" for t, p in sorted(self.latest.items()))
        return result

    def wait_for_screen(self, client: str, timeout: float = DEADLINE, **expected) -> object:
        def matches():
            s = self.status(client)
            return s if s is not None and all(getattr(s, k) == v for k, v in expected.items()) else None

        return self.wait_for(matches, timeout, f"{client} with {expected}")

    def publish(self, topic: str, payload: bytes, retain: bool = False) -> None:
        self.client.publish(topic, payload, qos=1, retain=retain).wait_for_publish(5)

    def close(self) -> None:
        from huzhou_viewer.mqtt import release

        release(self.client)


@pytest.fixture
def screen_users_broker(tmp_path):
    """A broker where every screen has a user of its own (SCREEN_ACL)."""
    need_mosquitto()
    b = Broker(tmp_path, users=SCREEN_USERS, acl=SCREEN_ACL)
    yield b
    b.close()


@pytest.fixture
def observer(broker):
    o = Observer(broker)
    yield o
    o.close()


def settings_file(folder: Path, broker: Broker, user: str, name: str, password: str | None = None,
                  url: str | None = None, **extra: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    secret = folder / "broker-password"
    secret.write_text(f"{user}:{password or broker.users[user]}\n", encoding="utf-8")
    lines = [f'broker = "{url or broker.url}"', f'broker_password_file = "{secret}"', f'client_name = "{name}"',
             'renderer = "software"', "transitions = false"]
    lines += [f"{key} = {str(value).lower() if isinstance(value, bool) else repr(value)}"
              for key, value in extra.items()]
    (folder / "settings.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "settings.toml"


class Screens:
    """Screens as real processes: `main.py` offscreen, each with its own config folder (settings, log)."""

    def __init__(self, folder: Path, broker: Broker) -> None:
        self.folder, self.broker = folder, broker
        self.running: dict[str, subprocess.Popen] = {}
        self.output: dict[str, Lines] = {}
        self.gone: list[subprocess.Popen] = []

    def start(self, name: str, *args: str, user: str = "screen", password: str | None = None,
              url: str | None = None, **settings: object) -> subprocess.Popen:
        config = self.folder / name
        settings_file(config, self.broker, user, name, password, url, **settings)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software",
                   HUZHOU_VIEWER_CONFIG_DIR=str(config), PYTHONPATH=str(ROOT))
        process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], env=env, cwd=str(ROOT),
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.running[name], self.output[name] = process, Lines(process.stdout)
        return process

    def follower(self, name: str, *args: str, **settings: object) -> subprocess.Popen:
        return self.start(name, "--follow", SHOW, *args, **settings)

    def log(self, name: str) -> str:
        """What the screen wrote to its log file so far ("" when it wrote none)."""
        path = self.folder / name / "logs" / "huzhou-viewer.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def kill(self, name: str) -> None:
        process = self.running.pop(name)
        process.send_signal(signal.SIGKILL)
        process.wait()
        self.gone.append(process)

    def close(self) -> None:
        for process in self.running.values():
            if process.poll() is None:
                process.terminate()
        for process in [*self.running.values(), *self.gone]:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            process.stdout.close()


@pytest.fixture
def screens(tmp_path, broker):
    s = Screens(tmp_path / "screens", broker)
    yield s
    s.close()


@pytest.fixture
def lead(stage, broker, observer, qtbot, tmp_path):
    """A leader in this process, on the stage fixture: its console's view of the venue is `lead().presence`."""
    from huzhou_viewer.qt.venue.lead import Leader
    from huzhou_viewer.settings import load_settings

    made: list[Leader] = []
    observer.qtbot = qtbot

    def make(name: str = "control", **extra: object) -> Leader:
        path = settings_file(tmp_path / f"lead-{name}", broker, "leader", name, **extra)
        leader = Leader(load_settings(path, {"lead": SHOW}), stage)
        leader.start()
        made.append(leader)
        return leader

    yield make
    for leader in made:
        leader.close()
