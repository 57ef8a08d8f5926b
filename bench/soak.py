"""Soak: weeks of a kiosk in minutes. Memory must stay flat while the show is switched over and over.

One process, offscreen, the real stage (bundled pack, charts and photos on) under kiosk mode with an injected
clock, so the attract loop runs in accelerated time: no waiting for its timers. Steps of two kinds, each ending
in a rendered frame:
  - a scene switch: mostly the attract loop moving on to the next scene (the clock jumps to its next change);
    every fourth, a visitor: a touch wakes the kiosk, a swipe or a digit key jumps elsewhere, and the visitor
    leaves (the clock jumps past the idle time);
  - a gallery opening (one per ten switches): an honouree's page opened (as a tap on a card or a name does),
    drawn, and closed with Esc.
Resident memory is sampled every 500 steps; the drift is measured from the end of the warm-up to the end.
tracemalloc runs throughout (so its own overhead is part of the warm-up) and its top growth over the same span
is printed: where to look first if the figure ever rises.

    python bench/soak.py [--switches 10000] [--openings 1000] [--size WxH]   target: drift <= 2 % (exit 1 if missed)
    python bench/soak.py --real-time [--minutes 120]   the same kiosk in a real window on the wall clock
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time
import tracemalloc

from common import ROOT, headless_env, setup_line, verdict

DRIFT_TARGET = 0.02
SAMPLE_EVERY = 500
WARM_UP_STEPS = 1000


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=10_000, help="scene switches (default 10000)")
    parser.add_argument("--openings", type=int, default=1_000, help="gallery openings (default 1000)")
    parser.add_argument("--size", default="1280x720", help="window size WxH (default 1280x720)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    total = args.switches + args.openings
    if total <= WARM_UP_STEPS + SAMPLE_EVERY:
        parser.error(f"need more than {WARM_UP_STEPS + SAMPLE_EVERY} steps in all")
    size = tuple(int(side) for side in args.size.lower().split("x"))
    headless_env()
    os.environ.setdefault("HUZHOU_VIEWER_CONFIG_DIR", str(ROOT / "out" / "soak-config"))
    sys.path.insert(0, str(ROOT))
    tracemalloc.start(1)

    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from huzhou_viewer import resources
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.qt.kiosk.kiosk import Kiosk
    from huzhou_viewer.qt.platform.fonts import register_bundled_fonts
    from huzhou_viewer.qt.stage.export import grab
    from huzhou_viewer.qt.stage.stage import Stage
    from huzhou_viewer.settings import Settings
    from huzhou_viewer.show.present import build_deck

    app = QGuiApplication(sys.argv[:1])
    deck = build_deck(load_pack(resources.bundled_pack()))
    stage = Stage(deck, None, register_bundled_fonts(resources.font_files()), transitions=False)
    stage.start_keys()
    stage.start_pictures()
    stage.icons.load_now()
    stage.controller.set_preload_neighbours(True)
    stage.view.resize(*size)
    stage.view.show()
    clock = Clock()
    settings = Settings(kiosk=True, idle_seconds=90.0, scene_seconds=30.0)
    kiosk = Kiosk(stage, settings, clock=clock)
    stage.touch._clock = clock
    show, view = stage.controller, stage.view
    gallery = deck.scene_ids.index("gallery") if "gallery" in deck.scene_ids else None
    people = [p["id"] for p in deck.scenes(show.language)[gallery].get("people", [])] if gallery is not None else []
    touch = QTest.createTouchDevice()
    rng = random.Random(args.seed)
    w, h = size

    def tap(x: int, y: int) -> None:
        QTest.touchEvent(view, touch).press(0, QPoint(x, y)).commit()
        clock.now += 0.1
        QTest.touchEvent(view, touch).release(0, QPoint(x, y)).commit()

    def swipe_left() -> None:
        QTest.touchEvent(view, touch).press(0, QPoint(w * 3 // 4, h // 3)).commit()
        for i in range(1, 5):
            clock.now += 0.04
            QTest.touchEvent(view, touch).move(0, QPoint(w * 3 // 4 - i * w // 8, h // 3)).commit()
        QTest.touchEvent(view, touch).release(0, QPoint(w // 4, h // 3)).commit()

    def attract_switch() -> None:
        if not kiosk.attracting:
            clock.now += settings.idle_seconds + 1  # the visitor has gone
            kiosk.tick()
        scene = show.sceneIndex
        while show.sceneIndex == scene:
            clock.now = kiosk.next_wakeup
            kiosk.tick()

    def visitor_switch() -> None:
        tap(w // 2, h // 3)  # wakes the kiosk: home
        if rng.random() < 0.5:
            swipe_left()
            swipe_left()
        target = rng.randrange(1, min(9, show.sceneCount))
        QTest.keyClick(view, getattr(Qt.Key, f"Key_{target + 1}"))

    def gallery_opening() -> None:
        if people:
            show.openPerson(rng.choice(people))
            grab(stage)
            QTest.keyClick(view, Qt.Key.Key_Escape)

    plan = ["open" if (i + 1) % 11 == 0 else "switch" for i in range(total)]
    # Exactly the asked numbers of each, spread evenly.
    opens = [i for i, kind in enumerate(plan) if kind == "open"]
    for i in opens[args.openings:]:
        plan[i] = "switch"
    switches_left = args.openings - len([k for k in plan if k == "open"])
    for i in range(len(plan) - 1, -1, -1):
        if switches_left <= 0:
            break
        if plan[i] == "switch":
            plan[i], switches_left = "open", switches_left - 1

    samples: list[tuple[int, float]] = []
    snapshots = {}
    started = time.perf_counter()

    def steps():
        switch_count = 0
        for step, kind in enumerate(plan, start=1):
            if kind == "open":
                gallery_opening()
            else:
                switch_count += 1
                visitor_switch() if switch_count % 4 == 0 else attract_switch()
            grab(stage)
            if step % SAMPLE_EVERY == 0 or step == total:
                gc.collect()
                if step == WARM_UP_STEPS:
                    snapshots["warm"] = tracemalloc.take_snapshot()
                    gc.collect()
                samples.append((step, rss_mib()))
                print(f"  step {step:>6}: RSS {samples[-1][1]:7.1f} MiB", flush=True)
            yield step

    # Each step runs from the application's event loop, as the show's do: objects that QML deletes later
    # are only deleted when control returns to a running event loop.
    walk = steps()
    timer = QTimer(interval=0)

    def next_step() -> None:
        if next(walk, None) is None:
            timer.stop()
            kiosk.release()  # the kiosk refuses to close its window, and so to quit, until it lets go
            app.quit()

    timer.timeout.connect(next_step)
    timer.start()
    app.exec()
    elapsed = time.perf_counter() - started
    end_snapshot = tracemalloc.take_snapshot()
    warm_snapshot = snapshots["warm"]
    warm = next(mib for step, mib in samples if step >= WARM_UP_STEPS)
    end = samples[-1][1]
    drift = (end - warm) / warm
    stage.close()

    print(setup_line() + f" size={w}x{h}")
    print(f"{args.switches} scene switches and {args.openings} gallery openings in {elapsed:.0f} s "
          f"(accelerated kiosk time: {clock.now / 86400:.1f} days)")
    print("top Python allocation growth after warm-up (tracemalloc):")
    for stat in end_snapshot.compare_to(warm_snapshot, "lineno")[:5]:
        print(f"  {stat}")
    print(f"RSS after {WARM_UP_STEPS} warm-up steps {warm:.1f} MiB, at the end {end:.1f} MiB "
          f"(min {min(m for _, m in samples[1:]):.1f}, max {max(m for _, m in samples[1:]):.1f})")
    ok = drift <= DRIFT_TARGET
    print(f"memory drift after warm-up: {drift * 100:+.2f} % (target <= {DRIFT_TARGET * 100:.0f} %) {verdict(ok)}")
    return 0 if ok else 1


if __name__ == "__main__":
    if "--real-time" in sys.argv[1:]:
        from soak_real_time import main as real_time

        sys.exit(real_time(sys.argv[1:]))
    sys.exit(main())
