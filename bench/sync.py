"""A venue on one machine: the leader's press to each follower's next painted frame, against the leader's own.

A mosquitto on a free port of 127.0.0.1, a leader and 1, 4 and 8 followers as real processes (offscreen, the
software renderer, transitions on as in a show). Each press is a `remote next` (or previous) on the show's
command topic; the leader moves, publishes its state timed apply_lead_seconds ahead, and every screen reports
in its status the wall-clock time of the first frame it painted after the change (qt/venue/screen.py). From the
moment the leader published the move (its state's sent_at, one clock for all here):
  leader    its own press to its frame (the baseline, in the same run)
  follower  the press to each follower's frame
  spread    first to last follower's frame, per press (and, to tell the timing from the painting, first to
            last follower's moment of taking the move on)
Then the broker is killed, kept down --down seconds and started again: the time from its start to every screen
showing the leader's state again.

    python bench/sync.py [--followers 1,4,8] [--presses N] [--gap S] [--down S]

Presses come at a presenter's pace (--gap, 0.45 s: past the 320 ms transition), as in bench/switch.py.

targets: follower p95 <= leader p95 + 50 ms at 4 followers; spread p95 <= 16.7 ms (one frame); resync < 3 s.
Exit 1 if one is missed, 2 when mosquitto or paho is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import ROOT, headless_env, median, percentile, setup_line, verdict

sys.path.insert(0, str(ROOT))

SHOW = "bench"
FOLLOWER_MARGIN_MS = 50.0
SPREAD_MS = 1000 / 60
RESYNC_S = 3.0
WAIT_S = 60.0
START_S = 300.0  # nine Pythons with Qt starting at once on a small, busy machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Broker:
    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.conf = folder / "mosquitto.conf"
        self.conf.write_text(f"listener {self.port} 127.0.0.1\nallow_anonymous true\npersistence false\n"
                             "set_tcp_nodelay true\n"
                             "log_dest stderr\n", encoding="utf-8")
        self.process: subprocess.Popen | None = None

    def start(self) -> float:
        """Start it; returns the time it said it runs."""
        self.process = subprocess.Popen([MOSQUITTO, "-c", str(self.conf)], stderr=subprocess.PIPE, text=True)
        assert self.process.stderr is not None
        for line in self.process.stderr:
            if " running" in line:
                threading.Thread(target=self.process.stderr.read, daemon=True).start()  # keep the pipe drained
                return time.time()
        raise SystemExit("bench/sync.py: mosquitto did not start")

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait()


class Statuses:
    """Every screen's latest status and the show's latest state, as heard from the broker."""

    def __init__(self, port: int) -> None:
        from paho.mqtt.client import CallbackAPIVersion, Client

        from huzhou_viewer.show import venue

        self.venue = venue
        self.screens: dict[str, venue.Status] = {}
        self.state: venue.State | None = None
        self.frames: dict[int, dict[str, float]] = {}  # seq -> screen -> shown_at
        self.applied: dict[int, dict[str, float]] = {}  # seq -> screen -> applied_at
        self.changed = threading.Condition()
        self.client = Client(CallbackAPIVersion.VERSION2, client_id=f"bench-{os.getpid()}")
        self.client.on_connect = lambda c, *_: c.subscribe(f"huzhou-viewer/{SHOW}/#", qos=1)
        self.client.on_message = self._on_message
        self.client.reconnect_delay_set(0.1, 0.5)  # type: ignore[arg-type]
        self.client.connect("127.0.0.1", port, keepalive=5)
        self.client.loop_start()

    def _on_message(self, _client, _userdata, message) -> None:
        venue = self.venue
        with self.changed:
            if message.topic.endswith("/state"):
                self.state = venue.decode(venue.State, bytes(message.payload))[0] or self.state
            elif "/status/" in message.topic:
                status = venue.decode(venue.Status, bytes(message.payload))[0]
                if status is not None:
                    self.screens[status.client] = status
                    if status.shown_at:
                        self.frames.setdefault(status.seq, {})[status.client] = status.shown_at
                        self.applied.setdefault(status.seq, {})[status.client] = status.applied_at
            self.changed.notify_all()

    def wait(self, what, why: str, timeout: float = WAIT_S):
        with self.changed:
            if not self.changed.wait_for(what, timeout):
                seen = ", ".join(f"{s.client} seq {s.seq} online {s.online}" for s in self.screens.values())
                raise SystemExit(f"bench/sync.py: gave up waiting for {why} (state seq "
                                 f"{self.state.seq if self.state else None}; screens: {seen})")

    def command(self, op: str) -> None:
        message = self.venue.remote_command(op, None, time.time())
        self.client.publish(f"huzhou-viewer/{SHOW}/command", self.venue.encode(message), qos=1)

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def screen(folder: Path, port: int, name: str, *args: str) -> subprocess.Popen:
    config = folder / name
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text(f'broker = "mqtt://127.0.0.1:{port}"\nclient_name = "{name}"\n'
                                          'renderer = "software"\n', encoding="utf-8")
    env = dict(os.environ, HUZHOU_VIEWER_CONFIG_DIR=str(config))
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], env=env, cwd=str(ROOT),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run(followers: int, presses: int, gap: float, down: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        broker = Broker(folder)
        broker.start()
        statuses = Statuses(broker.port)
        names = [f"f{i}" for i in range(followers)]
        processes = [screen(folder, broker.port, "leader", "--lead", SHOW)]
        processes += [screen(folder, broker.port, name, "--follow", SHOW) for name in names]
        try:
            return measure(broker, statuses, names, presses, gap, down)
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(20)
            statuses.close()
            broker.kill()


def measure(broker: Broker, statuses: Statuses, names: list[str], presses: int, gap: float,
            down: float) -> dict[str, float]:
    screens = statuses.screens

    def everyone_on(seq: int) -> bool:
        frames = statuses.frames.get(seq, {})
        return "leader" in frames and all(name in frames for name in names)

    statuses.wait(lambda: statuses.state is not None and all(
        n in screens and screens[n].online and screens[n].seq == statuses.state.seq for n in names),
        "every follower on the leader's state", timeout=START_S)
    leader, follower, spread, applied, late, paint = [], [], [], [], [], []
    for press in range(presses + 2):  # two to warm up
        time.sleep(gap)  # a presenter's pace: the last transition has settled on every screen
        before = statuses.state.seq
        statuses.command("next" if (press // 3) % 2 == 0 else "previous")  # stay among the first scenes
        statuses.wait(lambda b=before: statuses.state.seq != b, "the leader's move")
        seq, sent_at, apply_at = statuses.state.seq, statuses.state.sent_at, statuses.state.apply_at
        statuses.wait(lambda s=seq: everyone_on(s), f"every frame of press {press}")
        frames = statuses.frames[seq]
        if press < 2:
            continue
        leader.append((frames["leader"] - sent_at) * 1000)
        shown = [frames[name] for name in names]
        follower += [(t - sent_at) * 1000 for t in shown]
        spread.append((max(shown) - min(shown)) * 1000)
        took = [statuses.applied[seq][name] for name in names]
        applied.append((max(took) - min(took)) * 1000)
        # Where a follower's time went: its timer against the apply-at (less its measured offset), then painting.
        for name, t, f in zip(names, took, shown, strict=True):
            offset = (screens[name].offset_ms or 0.0) / 1000
            late.append((t - (apply_at - offset)) * 1000)
            paint.append((f - t) * 1000)
    # The broker goes away and comes back without what it held (persistence off).
    before = statuses.state.seq
    broker.kill()
    time.sleep(down)  # the broker's downtime is what is simulated
    started = broker.start()
    statuses.wait(lambda: statuses.state is not None and statuses.state.seq != before and all(
        screens[n].online and screens[n].seq == statuses.state.seq for n in names), "every screen resynced")
    resynced = max(screens[n].shown_at for n in names)
    return {"leader_p50": median(leader), "leader_p95": percentile(leader, 95),
            "follower_p50": median(follower), "follower_p95": percentile(follower, 95),
            "spread_p50": median(spread), "spread_p95": percentile(spread, 95),
            "applied_p95": percentile(applied, 95), "late_p50": median(late), "late_p95": percentile(late, 95),
            "paint_p50": median(paint), "paint_p95": percentile(paint, 95), "resync_s": resynced - started}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--followers", default="1,4,8", help="follower counts, comma-separated (default 1,4,8)")
    parser.add_argument("--presses", type=int, default=30, help="presses per count (default 30)")
    parser.add_argument("--gap", type=float, default=0.45, help="seconds between presses (default 0.45)")
    parser.add_argument("--down", type=float, default=1.0, help="seconds the broker stays down (default 1)")
    ns = parser.parse_args()
    headless_env()
    try:
        import paho.mqtt  # noqa: F401
    except ImportError:
        print("bench/sync.py: paho-mqtt is not installed (pip install 'paho-mqtt>=2.1')", file=sys.stderr)
        return 2
    if MOSQUITTO is None:
        print("bench/sync.py: mosquitto is not installed (apt-get install mosquitto)", file=sys.stderr)
        return 2
    print(setup_line())
    ok = True
    for count in (int(n) for n in ns.followers.split(",")):
        r = run(count, ns.presses, ns.gap, ns.down)
        follower_ok = r["follower_p95"] <= r["leader_p95"] + FOLLOWER_MARGIN_MS
        spread_ok = r["spread_p95"] <= SPREAD_MS
        resync_ok = r["resync_s"] < RESYNC_S
        if count == 4:
            ok = ok and follower_ok
        ok = ok and spread_ok and resync_ok
        print(f"{count} follower{'s' if count > 1 else ''}: leader press->frame p50 {r['leader_p50']:.1f} ms, "
              f"p95 {r['leader_p95']:.1f} ms; follower p50 {r['follower_p50']:.1f} ms, p95 {r['follower_p95']:.1f} "
              f"ms (target <= leader p95 + {FOLLOWER_MARGIN_MS:.0f} ms{'' if count == 4 else ', checked at 4'}: "
              f"{verdict(follower_ok)}); spread p50 {r['spread_p50']:.1f} ms, p95 {r['spread_p95']:.1f} ms "
              f"(target <= {SPREAD_MS:.1f} ms: {verdict(spread_ok)}; the moments they took the move on: p95 "
              f"{r['applied_p95']:.1f} ms apart; a follower's timer after the apply-at p50 {r['late_p50']:.1f} ms, "
              f"p95 {r['late_p95']:.1f} ms; taking the move on to its frame p50 {r['paint_p50']:.1f} ms, p95 "
              f"{r['paint_p95']:.1f} ms); broker restart -> all resynced "
              f"{r['resync_s']:.2f} s (target < {RESYNC_S:.0f} s: {verdict(resync_ok)})", flush=True)
    return 0 if ok else 1


MOSQUITTO = shutil.which("mosquitto") or next(
    (p for p in ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto") if os.access(p, os.X_OK)), None)

if __name__ == "__main__":
    raise SystemExit(main())
