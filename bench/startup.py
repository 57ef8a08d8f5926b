"""Cold start to the first painted frame, against a bare PySide6 widgets window doing the same.

Each start is a fresh interpreter (same Python, same environment), so imports, QML compilation and font
loading are all paid, as when an organiser double-clicks the program. The two kinds of start are
interleaved, alternating which goes first, so machine noise falls on both alike.

    python bench/startup.py [--runs N]     offscreen: ratio of medians, target <= 1.3 (exit 1 when missed)
    python bench/startup.py --x11          a real full-screen 1920x1080 window under an X server of its own
                                           (Xvfb, no window manager), both programs full screen: target <= 1.6
    python bench/startup.py --importtime   the 15 slowest imports of one app start
    --four-languages                       with the bundled pack in four languages (zh-Hans, en, de, fr;
                                           common.four_language_pack), which must keep the same targets
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, compile_modules, four_language_pack, headless_env, median, setup_line, verdict

TARGET = 1.3  # offscreen
X11_TARGET = 1.6  # a real window: mapping it, the X server's round trips and a full-screen first paint
X11_SIZE = (1920, 1080)
APP = [sys.executable, str(ROOT / "main.py"), "--quit-after-first-frame"]
BARE_CODE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

window = QMainWindow()
window.setCentralWidget(QLabel("Huzhou Viewer"))
first_paint = FirstPaint()
window.installEventFilter(first_paint)
if "--fullscreen" in sys.argv:
    window.showFullScreen()
else:
    window.resize(1280, 720)
    window.show()
sys.exit(app.exec())
"""
BARE = [sys.executable, "-c", BARE_CODE]
X11_APP = [*APP, "--fullscreen", "--renderer", "software"]
X11_BARE = [*BARE, "--fullscreen"]


def timed_run(cmd: list[str], env: dict[str, str]) -> float:
    """Wall time in ms from spawning the interpreter to its exit."""
    start = time.perf_counter_ns()
    done = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = (time.perf_counter_ns() - start) / 1e6
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd[:2])} exited {done.returncode}:\n{done.stderr}")
    return elapsed


def importtime(env: dict[str, str], top: int = 15) -> None:
    done = subprocess.run([sys.executable, "-X", "importtime", *APP[1:]], env=env, cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rows = [(int(cum), int(own), name.strip()) for own, cum, name in
            re.findall(r"^import time:\s+(\d+) \|\s+(\d+) \|(.*)$", done.stderr, re.M)]
    # Cumulative first: a heavy package shows up as one line, with the module that pulled it in near it.
    print(f"{'cumulative ms':>13} {'self ms':>8}  module  (one app start, -X importtime)")
    for cum, own, name in sorted(rows, reverse=True)[:top]:
        print(f"{cum / 1000:13.1f} {own / 1000:8.1f}  {name}")
    print(f"all imports: {sum(own for _, own, _ in rows) / 1000:.1f} ms self time, exit code {done.returncode}")


def interleaved(app: list[str], bare: list[str], env: dict[str, str], runs: int) -> tuple[list[float], list[float]]:
    timed_run(app, env), timed_run(bare, env)  # warm-up: disk cache, QML disk cache, font cache
    app_ms: list[float] = []
    bare_ms: list[float] = []
    for i in range(runs):
        order = [(app, app_ms), (bare, bare_ms)]
        for cmd, out in order if i % 2 == 0 else order[::-1]:
            out.append(timed_run(cmd, env))
    return app_ms, bare_ms


def x11_main(runs: int, pack: list[str]) -> int:
    import os
    import signal

    from common import start_xvfb

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # the X server below is stopped on the way out
    server, display = start_xvfb(X11_SIZE)
    try:
        env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_QUICK_BACKEND="software")
        app_ms, bare_ms = interleaved([*X11_APP, *pack], X11_BARE, env, runs)
    finally:
        server.terminate()
        server.wait()
    print(f"platform=xcb (Xvfb {display}, {X11_SIZE[0]}x{X11_SIZE[1]}, no window manager) quick-backend=software "
          f"cores={os.cpu_count()}")
    return report(app_ms, bare_ms, ("main.py --quit-after-first-frame --fullscreen",
                                    "PySide6 QMainWindow + QLabel, full screen"), ", real window", X11_TARGET)


def report(app_ms: list[float], bare_ms: list[float], names: tuple[str, str], what: str, target: float) -> int:
    """Each run, the medians and the ratio against its target; the exit status."""
    app_med, bare_med = median(app_ms), median(bare_ms)
    ratio = app_med / bare_med
    width = max(map(len, names))
    print("app  runs ms: " + " ".join(f"{v:.0f}" for v in app_ms))
    print("bare runs ms: " + " ".join(f"{v:.0f}" for v in bare_ms))
    print(f"app  ({names[0]}) {'':<{width - len(names[0])}}median: {app_med:.1f} ms")
    print(f"bare ({names[1]}) {'':<{width - len(names[1])}}median: {bare_med:.1f} ms")
    print(f"startup ratio app/bare{what}: {ratio:.2f} (target <= {target}) {verdict(ratio <= target)}")
    return 0 if ratio <= target else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="measured rounds after one warm-up round (default 9)")
    parser.add_argument("--importtime", action="store_true", help="list the slowest imports of one app start")
    parser.add_argument("--x11", action="store_true", help="real full-screen windows under Xvfb (target 1.6x)")
    parser.add_argument("--four-languages", action="store_true",
                        help="the bundled pack in four languages (zh-Hans, en, de, fr) instead of two")
    args = parser.parse_args()
    compile_modules()
    pack: list[str] = []
    if args.four_languages:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="startup-"))
        pack = ["--pack", str(four_language_pack(folder))]
        print(f"pack: the bundled pack in four languages, {pack[1]}")
    if args.x11:
        return x11_main(args.runs, pack)
    env = headless_env()
    if args.importtime:
        importtime(env)
        return 0

    app_ms, bare_ms = interleaved([*APP, *pack], BARE, env, args.runs)
    print(setup_line())
    return report(app_ms, bare_ms, ("main.py --quit-after-first-frame", "PySide6 QMainWindow + QLabel"), "", TARGET)


if __name__ == "__main__":
    sys.exit(main())
