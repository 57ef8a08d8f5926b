"""Key press to the first frame showing its effect, on the real stage, against a trivial Qt Quick window.

One process: the stage (bundled pack, transitions on, charts drawn by a worker process into the show's cache
folder, as in the show: the first run draws them, later ones read them) and a bare QQuickView of the same size
whose Rectangle flips colour on a key press. Each press is a PageDown through the real key path
(QTest.keyClick -> KeyRoute.eventFilter -> show command); the time runs from the press to the first
frameSwapped whose sync came after the change. By default the next press comes once the transition has
settled, at a presenter's pace; --gap 0 presses again at once, mid-transition, as an impatient presenter would.
The baseline runs half before and half after the app, to share any drift.

    python bench/switch.py [--presses N] [--size WxH] [--gap MS, default 450] [--four-languages]

target: app p95 <= 16.7 ms (exit 1 if missed)

--presenter: presenter mode on two offscreen screens of --size (the audience full screen on one, the console on
the other): the audience's press->frame with the console open against the audience alone (no presenter mode),
in the same run, in alternating blocks.   target: p95 with console <= 1.10 x p95 alone
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from common import ROOT, four_language_pack, headless_env, median, percentile, setup_line, verdict

sys.path.insert(0, str(ROOT))  # this checkout's code, whichever one the environment has installed

TARGET_MS = 1000 / 60
TIMEOUT_MS = 3000
SETTLE_MS = 600  # longer than the longest transition (320 ms), so a block starts from a still picture
BARE_QML = b"""import QtQuick
Rectangle { property bool flip; focus: true; color: flip ? "navy" : "darkred"; Keys.onPressed: flip = !flip }
"""
# "wait for frame" is Qt's update-request timer (5 ms on the offscreen platform; vsync on a real screen)
# plus any frame after the change that painted nothing.
PHASES = (("press", "handled", "key handling"), ("handled", "sync", "wait for frame"),
          ("sync", "render", "polish+sync"), ("render", "rendered", "render"), ("rendered", "swapped", "flush"))


def now() -> int:
    return time.perf_counter_ns()


class FrameProbe:
    """Timestamps, for the press being measured, of the change and of the frame pipeline that shows it.

    Render marks are overwritten on every frame after the change: the software renderer emits no
    frameSwapped for a frame with nothing dirty, so the marks that count are those of the swapped frame.
    With the software backend the render loop runs on this thread, so direct connections are safe."""

    def __init__(self, view, changed) -> None:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        self.view, self.t = view, {}
        self.loop = QEventLoop()
        # One reusable timer: a leftover QTimer.singleShot from an earlier wait would end a later one early.
        self.timer = QTimer(singleShot=True, interval=TIMEOUT_MS)
        self.timer.timeout.connect(self.loop.quit)
        changed.connect(lambda: self._mark("changed", "press"))
        direct = Qt.ConnectionType.DirectConnection
        view.beforeSynchronizing.connect(lambda: self._mark("sync", "changed", again=True), direct)
        view.beforeRendering.connect(lambda: self._mark("render", "sync", again=True), direct)
        view.afterRendering.connect(lambda: self._mark("rendered", "render", again=True), direct)
        view.frameSwapped.connect(self._swapped, direct)

    def _mark(self, name: str, after: str, again: bool = False) -> None:
        if after in self.t and "swapped" not in self.t and (again or name not in self.t):
            self.t[name] = now()

    def _swapped(self) -> None:
        if "rendered" in self.t and "swapped" not in self.t:
            self.t["swapped"] = now()
            self.loop.quit()

    def wait(self, done: str) -> None:
        if done not in self.t:
            self.timer.start()
            self.loop.exec()
            self.timer.stop()
        if done not in self.t:
            sys.exit(f"no frame within {TIMEOUT_MS} ms (marks so far: {sorted(self.t)})")

    def press(self, key) -> dict[str, int]:
        from PySide6.QtTest import QTest

        self.t = {"press": now()}
        QTest.keyClick(self.view, key)  # delivered synchronously, as from the window system
        self.t["handled"] = now()
        if "changed" not in self.t:
            sys.exit("the key press changed nothing")
        self.wait("swapped")
        return self.t

    def idle_frame(self) -> float:
        """ms from update() to the end of rendering a frame with nothing changed (no frameSwapped then)."""
        self.t = {"press": now(), "changed": now()}
        self.view.update()
        self.wait("rendered")
        return (self.t["rendered"] - self.t["press"]) / 1e6


def spin(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def bare_view(size, qml: bytes = BARE_QML):
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent
    from PySide6.QtQuick import QQuickView

    from huzhou_viewer.qt.stage.stage import register_qml_types

    register_qml_types()  # before this first engine, or the stage's engine made later cannot use the module

    view = QQuickView()
    view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
    component = QQmlComponent(view.engine())
    component.setData(qml, QUrl("bare.qml"))
    view.setContent(QUrl("bare.qml"), component, component.create())
    view.resize(*size)
    return view


def app_stage(size, pack: Path | None = None):
    from huzhou_viewer import resources
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.qt.platform.fonts import register_bundled_fonts
    from huzhou_viewer.qt.stage.stage import Stage
    from huzhou_viewer.settings import cache_dir
    from huzhou_viewer.show.present import build_deck

    deck = build_deck(load_pack(pack or resources.bundled_pack()))
    stage = Stage(deck, None, register_bundled_fonts(resources.font_files()), True)
    # As the show does: charts drawn by a worker process into the show's cache folder (once per pack version, size
    # and language: a run after the first starts none), so matplotlib and numpy are never in this process (drawn
    # here, they would hold the interpreter's lock for 100 ms a chart while key presses wait).
    stage.start_serving(cache_dir() / "charts")
    stage.view.resize(*size)
    return stage


def warm_up(stage) -> None:
    """What the show does after its first frame: build neighbouring scenes ahead, load the icon fonts."""
    stage.controller.set_preload_neighbours(True)
    stage.icons.load_later()
    for _ in range(TIMEOUT_MS // 100):
        if stage.icons.ready:
            break
        spin(100)


def at_end(show) -> bool:
    return show.sceneIndex == show.sceneCount - 1 and show.step == show.stepCount - 1


def stats(name: str, ms: list[float]) -> str:
    p50, p95 = percentile(ms, 50), percentile(ms, 95)
    return f"{name}: p50 {p50:.1f} ms  p95 {p95:.1f} ms  max {max(ms):.1f} ms  (n={len(ms)})"


PRESENTER_TARGET = 1.10
BLOCKS = 4


def presses(probe, show, count: int, gap: int) -> list[float]:
    """`count` measured PageDown presses at the given pace (Home wraps the show round, not counted)."""
    from PySide6.QtCore import Qt

    measured = []
    while len(measured) < count:
        if at_end(show):
            probe.press(Qt.Key.Key_Home)
        marks = probe.press(Qt.Key.Key_PageDown)
        measured.append((marks["swapped"] - marks["press"]) / 1e6)
        if gap:
            spin(gap)
    return measured


def presenter_main(args, size) -> int:
    """The audience with the console open against the audience alone, on two screens of `size`."""
    import json
    import os
    import tempfile

    screens = [{"name": name, "x": i * size[0], "y": 0, "width": size[0], "height": size[1], "logicalDpi": 96,
                "logicalBaseDpi": 96, "dpr": 1} for i, name in enumerate(("console", "audience"))]
    config = Path(tempfile.mkdtemp()) / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    headless_env()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - must outlive the windows
    from huzhou_viewer.qt.presenter.mode import PresenterMode
    from huzhou_viewer.qt.presenter.screens import place_audience

    stage = app_stage(size)
    show = stage.controller
    place_audience(stage.view, None, None)
    probe = FrameProbe(stage.view, show.positionChanged)
    probe.t = {"rendered": 0}
    probe.wait("swapped")
    warm_up(stage)
    stage.view.requestActivate()
    spin(SETTLE_MS)
    # One walk through the whole show first, not counted: every scene built and every chart drawn once,
    # so neither half is measured on a colder show than the other.
    presses(probe, show, sum(show.deck.step_counts), args.gap)
    # Alternating blocks (alone, console, alone, ...), so that the load of a shared machine falls on both.
    alone, with_console, grabs = [], [], 0
    block = max(1, args.presses // BLOCKS)
    for _ in range(BLOCKS):
        alone += presses(probe, show, block, args.gap)
        mode = PresenterMode(stage, pictures_root=config.parent / "pictures")  # kept on disk, as in the show
        spin(SETTLE_MS)
        if not mode.console.isVisible() or mode.console.screen() is stage.view.screen():
            sys.exit("the console did not open on its own screen")
        stage.view.requestActivate()
        spin(SETTLE_MS)
        grabs_before = mode.presenter.pictureSerial
        with_console += presses(probe, show, block, args.gap)
        grabs += mode.presenter.pictureSerial - grabs_before
        mode.close()
        spin(SETTLE_MS)

    ratio = percentile(with_console, 95) / percentile(alone, 95)
    print(setup_line() + f" size={size[0]}x{size[1]} gap={args.gap}ms, two screens")
    print(stats("audience alone (no presenter mode)       press->frame", alone))
    print(stats("audience with the console open           press->frame", with_console))
    print(f"console miniatures kept during the run: {grabs} (one per settled move)")
    print(f"target: p95 with console <= {PRESENTER_TARGET:.2f} x p95 alone: {ratio:.2f} "
          f"{verdict(ratio <= PRESENTER_TARGET)}")
    stage.close()
    return 0 if ratio <= PRESENTER_TARGET else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=200, help="measured PageDown presses (default 200)")
    parser.add_argument("--size", default="1920x1080", help="window size WxH (default 1920x1080)")
    parser.add_argument("--gap", type=int, default=450, metavar="MS",
                        help="event-loop time after each measured frame before the next press (default 450: "
                             "a presenter's pace, each press on a still picture; 0: every press lands "
                             "mid-transition, the worst case)")
    parser.add_argument("--presenter", action="store_true",
                        help="the audience with the presenter's console open against the audience alone")
    parser.add_argument("--four-languages", action="store_true",
                        help="the bundled pack in four languages (zh-Hans, en, de, fr) instead of two")
    args = parser.parse_args()
    size = tuple(int(side) for side in args.size.lower().split("x"))
    pack = None
    if args.four_languages:
        import tempfile

        pack = four_language_pack(Path(tempfile.mkdtemp(prefix="switch-")))
        print(f"pack: the bundled pack in four languages, {pack}")
    if args.presenter:
        return presenter_main(args, size)
    headless_env()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - must outlive the windows
    page_down, home = Qt.Key.Key_PageDown, Qt.Key.Key_Home

    bare = bare_view(size)
    bare_probe = FrameProbe(bare, bare.rootObject().colorChanged)
    stage = app_stage(size, pack)
    show = stage.controller
    app_probe = FrameProbe(stage.view, show.positionChanged)
    bare.show()
    stage.view.show()
    bare_probe.t, app_probe.t = {"rendered": 0}, {"rendered": 0}  # so that the first frameSwapped counts
    bare_probe.wait("swapped"), app_probe.wait("swapped")
    warm_up(stage)

    def latency(marks: dict[str, int]) -> float:
        return (marks["swapped"] - marks["press"]) / 1e6

    def activate(view) -> None:
        view.requestActivate()  # the bare Rectangle only gets keys while its window is the active one
        spin(SETTLE_MS)

    activate(bare)
    bare_ms = [latency(bare_probe.press(page_down)) for _ in range(args.presses // 2)]
    activate(stage.view)
    idle_ms = [app_probe.idle_frame() for _ in range(20)]
    app_ms, phases = [], {label: [] for *_, label in PHASES}
    by_kind: dict[str, list[float]] = {"step": [], "scene change": []}
    while len(app_ms) < args.presses:
        if at_end(show):
            app_probe.press(home)  # wrap around; not counted
        kind = "scene change" if show.step == show.stepCount - 1 else "step"
        marks = app_probe.press(page_down)
        app_ms.append(latency(marks))
        by_kind[kind].append(latency(marks))
        for start, end, label in PHASES:
            phases[label].append((marks[end] - marks[start]) / 1e6)
        if args.gap:
            spin(args.gap)
    activate(bare)
    bare_ms += [latency(bare_probe.press(page_down)) for _ in range(args.presses - args.presses // 2)]

    app_p95, bare_p95 = percentile(app_ms, 95), percentile(bare_ms, 95)
    print(setup_line() + f" size={size[0]}x{size[1]} gap={args.gap}ms")
    print("app press->frame phases, median ms: "
          + " | ".join(f"{label} {median(v):.1f}" for label, v in phases.items()))
    print("app phases, p95 ms:                 "
          + " | ".join(f"{label} {percentile(v, 95):.1f}" for label, v in phases.items()))
    print("app by press: " + " | ".join(f"{kind} p50 {percentile(v, 50):.1f} p95 {percentile(v, 95):.1f} (n={len(v)})"
                                         for kind, v in by_kind.items() if v))
    slowest = max(phases, key=lambda label: median(phases[label]))
    print(f"dominated by: {slowest} ({median(phases[slowest]):.1f} of {median(app_ms):.1f} ms median); "
          f"an app frame with nothing changed takes p50 {median(idle_ms):.1f} ms from update() to rendered")
    print(stats("baseline (bare QQuickView, colour flip) press->frame", bare_ms))
    print(stats("app (stage, transitions on)             press->frame", app_ms))
    print(f"p95 ratio app/baseline: {app_p95 / bare_p95:.2f} (information)")
    print(f"target: app p95 <= {TARGET_MS:.1f} ms: {app_p95:.1f} ms {verdict(app_p95 <= TARGET_MS)}")
    stage.close()
    return 0 if app_p95 <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
