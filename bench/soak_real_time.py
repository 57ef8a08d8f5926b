"""Soak in real time: the kiosk as it runs in a lobby, in a real window, on the wall clock.

The program is started as a technician starts it (`main.py --kiosk`, its own settings and log in a temporary
folder) in a real 1920x1080 X11 window on an Xvfb server of its own, with no window manager. It plays its attract
loop with the default timings; every few minutes (`--visit-every`, jittered by a seeded random generator) a visitor
comes: a few taps, swipes and keys through xdotool, a few seconds apart, then leaves, and the kiosk goes home after
its idle time as it would in the hall. Once a minute the program's resident memory (RSS and PSS from
/proc/PID/smaps_rollup) is sampled.

The warm-up is judged by the curve, not by a fixed time, by the accelerated soak's rule (bench/common.py): it ends
after the last stretch of WARM_WINDOW minutes whose least-squares slope still rises by WARM_RISE of its level or
more, so a slow rise followed by a long flat stretch is warm-up, not the flat part. A curve still rising after the
half-way point is judged from there, so a steady leak shows as drift instead of hiding in a long warm-up.
Drift = (the mean of the last five samples - the mean of the five from the warm-up's end) / the latter. The program
must also still be running at the end, must never spend two minutes in a row without CPU time while its GUI thread
sleeps on a lock rather than in its event loop (frozen: a frozen kiosk keeps its memory flat), and its stderr must
hold no Qt warning.

    python bench/soak.py --real-time [--minutes 120] [--visit-every 180] [--seed 7]   target: drift <= 2 %
"""

from __future__ import annotations

import argparse
import csv
import itertools
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, start_xvfb, verdict, warm_up_end

DRIFT_TARGET = 0.02
WARM_WINDOW = 20  # samples (minutes): a stretch this long that still rises is warm-up
WARM_RISE = 0.005  # ... by this much of its level or more (1.5 % an hour)
SAMPLE_SECONDS = 60.0
WIDTH, HEIGHT = 1920, 1080


def memory_mib(pid: int) -> tuple[float, float]:
    """(RSS, PSS) in MiB."""
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            name, _, rest = line.partition(":")
            if name in ("Rss", "Pss"):
                values[name] = int(rest.split()[0]) / 1024
    return values["Rss"], values["Pss"]


def cpu_seconds(pid: int) -> float:
    """User and system time the process has used (all its threads)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def waiting_on_a_lock(pid: int) -> bool:
    """Whether the program's GUI thread sleeps in the kernel on something other than its event loop's poll: a
    lock (a futex) or the like. An idle kiosk (a visitor's pause, a still scene) sleeps in poll."""
    try:
        with open(f"/proc/{pid}/wchan") as wchan:
            where = wchan.read()
    except OSError:
        return False
    return where not in ("", "0") and "poll" not in where and "select" not in where


def longest_still(cpu: list[float], locked: list[bool]) -> int:
    """The longest run of sample intervals in which the program used no CPU at all with its GUI thread asleep on a
    lock at the interval's end: frozen (a deadlock leaves the program running, and its memory flat)."""
    longest = run = 0
    for (before, after), stuck in zip(itertools.pairwise(cpu), locked[1:]):
        run = run + 1 if after - before < 0.01 and stuck else 0
        longest = max(longest, run)
    return longest


class Visitor:
    """What a visitor does at the screen, as X input events: taps, swipes and keys a few seconds apart."""

    def __init__(self, display: str, rng: random.Random) -> None:
        self.env = dict(os.environ, DISPLAY=display)
        self.rng = rng

    def x(self, *command: str) -> None:
        subprocess.run(["xdotool", *command], env=self.env, check=False, timeout=20,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def tap(self) -> None:
        self.x("mousemove", str(self.rng.randrange(WIDTH // 8, WIDTH * 7 // 8)),
               str(self.rng.randrange(HEIGHT // 6, HEIGHT * 5 // 6)), "click", "1")

    def swipe(self) -> None:
        y = str(HEIGHT // 3)
        left, right = (WIDTH // 5, WIDTH * 4 // 5) if self.rng.random() < 0.5 else (WIDTH * 4 // 5, WIDTH // 5)
        moves = [("mousemove", str(left + (right - left) * i // 6), y) for i in range(1, 7)]
        self.x("mousemove", str(left), y, "mousedown", "1", *[part for move in moves for part in move], "mouseup", "1")

    def key(self) -> None:
        self.x("key", self.rng.choice(["Right", "Left", "space", "Next", "Prior", "1", "2", "3", "4", "5", "6", "7"]))

    def visit(self, deadline: float) -> int:
        actions = self.rng.randint(4, 10)
        for _ in range(actions):
            if time.monotonic() >= deadline:
                break
            self.rng.choice([self.tap, self.tap, self.swipe, self.key])()
            time.sleep(self.rng.uniform(2.0, 8.0))  # a person reading the screen before the next touch
        return actions


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real-time", action="store_true", help="this soak (the default soak is accelerated)")
    parser.add_argument("--minutes", type=float, default=120.0, help="length of the run (default 120)")
    parser.add_argument("--visit-every", type=float, default=180.0, help="mean seconds between visitors (180)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--csv", type=Path, help="write the samples (minute, RSS, PSS) here")
    args = parser.parse_args(argv)
    if args.minutes * 60 < 20 * SAMPLE_SECONDS:
        parser.error("a soak needs at least 20 minutes to tell warm-up from drift")
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="soak-real-time-"))
    xvfb, display = start_xvfb((WIDTH, HEIGHT))
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HUZHOU_VIEWER_CONFIG_DIR=str(work))
    env.pop("QT_QUICK_BACKEND", None)
    err_path = work / "stderr.txt"
    with open(err_path, "w") as err:
        app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--kiosk"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=err)
    visitor = Visitor(display, rng)
    minutes: list[float] = []
    rss: list[float] = []
    pss: list[float] = []
    cpu: list[float] = []
    locked: list[bool] = []
    visits = actions = 0
    started = time.monotonic()
    end = started + args.minutes * 60
    next_sample = started + SAMPLE_SECONDS
    next_visit = started + rng.expovariate(1 / args.visit_every)
    try:
        while time.monotonic() < end and app.poll() is None:
            now = time.monotonic()
            if now >= next_sample:
                r, p = memory_mib(app.pid)
                cpu.append(cpu_seconds(app.pid))
                locked.append(waiting_on_a_lock(app.pid))
                minutes.append((now - started) / 60)
                rss.append(r)
                pss.append(p)
                next_sample += SAMPLE_SECONDS
                if len(rss) % 10 == 0:
                    print(f"  minute {minutes[-1]:6.1f}: RSS {r:7.1f} MiB, PSS {p:7.1f} MiB, {visits} visitors",
                          flush=True)
            elif now >= next_visit:
                actions += visitor.visit(next_sample)
                visits += 1
                next_visit = time.monotonic() + rng.expovariate(1 / args.visit_every)
            else:
                time.sleep(min(next_sample, next_visit, end) - now)
        alive = app.poll() is None
    finally:
        if app.poll() is None:
            app.terminate()
            try:
                app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
        xvfb.kill()
    if args.csv:
        with open(args.csv, "w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["minute", "rss_mib", "pss_mib"])
            writer.writerows(zip((f"{m:.2f}" for m in minutes), (f"{r:.1f}" for r in rss), (f"{p:.1f}" for p in pss)))
    warnings = [line for line in err_path.read_text(errors="replace").splitlines()
                if "QML" in line or "qml" in line or "Warning" in line or "warning" in line]
    print(f"platform=xcb (Xvfb {WIDTH}x{HEIGHT}) quick-backend=default cores={os.cpu_count()} "
          f"minutes={args.minutes:g} visitors={visits} inputs={actions}")
    if len(rss) < 10:
        print(f"only {len(rss)} samples: the program {'ran' if alive else 'died'}; stderr in {err_path} MISSED")
        return 1
    warm = min(warm_up_end(list(zip(minutes, rss)), WARM_WINDOW, WARM_RISE), len(rss) // 2)
    level = sum(rss[warm:warm + 5]) / len(rss[warm:warm + 5])
    final = sum(rss[-5:]) / 5
    drift = (final - level) / level
    print(f"warm-up judged flat from minute {minutes[warm]:.0f}; RSS then {level:.1f} MiB, at the end {final:.1f} MiB "
          f"(peak {max(rss):.1f}); PSS at the end {sum(pss[-5:]) / 5:.1f} MiB")
    for line in warnings[:5]:
        print(f"  stderr: {line}")
    still = longest_still(cpu, locked)
    ok = drift <= DRIFT_TARGET and alive and not warnings and still < 2
    print(f"program {'still running' if alive else 'DIED'}, {'FROZEN for ' if still >= 2 else 'never frozen: '}"
          f"{still} minutes at most without CPU time and stuck on a lock, {len(warnings)} warnings on stderr; "
          f"real-time memory drift after warm-up: {drift * 100:+.2f} % (target <= {DRIFT_TARGET * 100:.0f} %) "
          f"{verdict(ok)}")
    return 0 if ok else 1
