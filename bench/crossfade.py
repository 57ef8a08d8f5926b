"""A scene change's crossfade at 3840x2160 on the software renderer: what a frame in the middle of it costs,
against a bare Qt Quick window crossfading two full-screen pictures in the same run.

One process: the real stage (bundled pack, transitions on) and a bare QQuickView of the same size whose two
full-screen gradient rectangles trade opacity over the same 320 ms. Each change is a jump to the next scene's
first step (the stage fades the old scene out and the new one in); every frame painted in the 320 ms after it
counts, timed from the start of its synchronisation to its swap (what the frame costs the machine). The baseline
runs half before and half after the app, to share any drift.

    python bench/crossfade.py [--changes N] [--size WxH]   target: app frame p95 <= 20 ms (exit 1 if missed)
"""

from __future__ import annotations

import argparse
import sys
import time

from common import headless_env, percentile, setup_line, verdict
from switch import app_stage, bare_view, spin, warm_up

TARGET_MS = 20.0
FADE_MS = 320  # Theme.sceneFade
SETTLE_MS = 600
BARE_QML = b"""import QtQuick
Item {
    property bool flip
    Rectangle {
        anchors.fill: parent; opacity: parent.flip ? 0 : 1
        gradient: Gradient {
            GradientStop { position: 0; color: "#1A0E0C" }
            GradientStop { position: 1; color: "#5B2A22" }
        }
        Behavior on opacity { NumberAnimation { duration: 320; easing.type: Easing.InOutQuad } }
    }
    Rectangle {
        anchors.fill: parent; opacity: parent.flip ? 1 : 0
        gradient: Gradient {
            GradientStop { position: 0; color: "#0C1A18" }
            GradientStop { position: 1; color: "#225B52" }
        }
        Behavior on opacity { NumberAnimation { duration: 320; easing.type: Easing.InOutQuad } }
    }
}
"""


class FrameCosts:
    """The cost of each frame painted while `recording`: from beforeSynchronizing to frameSwapped."""

    def __init__(self, view) -> None:
        from PySide6.QtCore import Qt

        self.recording = False
        self.costs: list[float] = []
        self._started: int | None = None
        direct = Qt.ConnectionType.DirectConnection  # the software renderer draws on this thread
        view.beforeSynchronizing.connect(self._sync, direct)
        view.frameSwapped.connect(self._swapped, direct)

    def _sync(self) -> None:
        self._started = time.perf_counter_ns()

    def _swapped(self) -> None:
        if self.recording and self._started is not None:
            self.costs.append((time.perf_counter_ns() - self._started) / 1e6)
        self._started = None

    def during(self, change) -> None:
        """Record the frames of the FADE_MS after `change()`, then let the picture come to rest."""
        self.recording = True
        change()
        spin(FADE_MS)
        self.recording = False
        spin(SETTLE_MS)


def stats(name: str, ms: list[float]) -> str:
    return (f"{name}: frame p50 {percentile(ms, 50):.1f} ms  p95 {percentile(ms, 95):.1f} ms  max {max(ms):.1f} ms  "
            f"(n={len(ms)} frames)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=24, help="scene changes measured (default 24)")
    parser.add_argument("--size", default="3840x2160", help="window size WxH (default 3840x2160)")
    args = parser.parse_args()
    size = tuple(int(side) for side in args.size.lower().split("x"))
    headless_env()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - must outlive the windows
    bare = bare_view(size, BARE_QML)
    bare_costs = FrameCosts(bare)
    stage = app_stage(size)
    show = stage.controller
    app_costs = FrameCosts(stage.view)
    bare.show()
    stage.view.show()
    warm_up(stage)
    root = bare.rootObject()

    def flip() -> None:
        root.setProperty("flip", not root.property("flip"))

    def next_scene() -> None:
        show.goTo((show.sceneIndex + 1) % show.sceneCount, 0)

    for _ in range(args.changes // 2):
        bare_costs.during(flip)
    for _ in range(2):  # every scene built once before it counts
        for _ in range(show.sceneCount):
            next_scene()
            spin(SETTLE_MS)
    for _ in range(args.changes):
        app_costs.during(next_scene)
    for _ in range(args.changes - args.changes // 2):
        bare_costs.during(flip)

    print(setup_line() + f" size={size[0]}x{size[1]}")
    print(stats("baseline (bare QQuickView, two full-screen gradients crossfading)", bare_costs.costs))
    print(stats("app (stage, a scene change's crossfade)                         ", app_costs.costs))
    p95 = percentile(app_costs.costs, 95)
    print(f"target: app frame p95 mid-crossfade <= {TARGET_MS:.0f} ms: {p95:.1f} ms {verdict(p95 <= TARGET_MS)}")
    stage.close()
    return 0 if p95 <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
