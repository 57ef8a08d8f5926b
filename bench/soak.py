"""Soak: weeks of a kiosk in minutes. Memory must stay flat while the show is switched over and over.

One process, offscreen, the real stage (bundled pack, charts and photos on) under kiosk mode with an injected
clock, so the attract loop runs in accelerated time: no waiting for its timers. Steps of two kinds, each ending
in a rendered frame:
  - a scene switch: mostly the attract loop moving on to the next scene (the clock jumps to its next change);
    every fourth, a visitor: a touch wakes the kiosk, a swipe or a digit key jumps elsewhere, and the visitor
    leaves (the clock jumps past the idle time);
  - a gallery opening (one per ten switches): an honouree's page opened (as a tap on a card or a name does),
    drawn, and closed with Esc.
Resident memory is sampled every 250 steps, each time at the first scene once it has settled; the drift is
measured from the end of the warm-up to the end, each end the mean of AVERAGED samples (one sample swings by about
2 %, as much as the target; the real-time soak averages as many). The warm-up is judged by the curve, not by a
count: it ends after the last stretch of WINDOW samples that still rises by FLAT of the memory or more per 1,000
steps (a least-squares slope), and it must end in the first half of the run. In accelerated time the next step
comes before a move would settle (400 ms), so each step settles it at once (neighbours are built, the heap
trimmed), as the show's moves do.
tracemalloc runs throughout (so its own overhead is part of the warm-up) and its top growth over the same span is
printed: where to look first if the figure ever rises. Qt's and QML's warnings are counted; any is a failure.

    python bench/soak.py [--switches 10000] [--openings 1000] [--size WxH]   target: drift <= 2 % (exit 1 if missed)
    python bench/soak.py --real-time [--minutes 120]   the same kiosk in a real window on the wall clock
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
import tracemalloc

from common import ROOT, headless_env, setup_line, verdict, warm_up_end

DRIFT_TARGET = 0.02
SAMPLE_EVERY = 250
SAMPLE_IDLE = 10  # turns of the event loop before a sample
WINDOW = 12  # samples (3,000 steps) over which the curve must be flat: a sample's noise is about 2 %
FLAT = 0.005  # rise per 1,000 steps, relative to the memory at the start of the window
RISE = FLAT * WINDOW * SAMPLE_EVERY / 1000  # so over a window: 1.5 %
AVERAGED = 5  # samples averaged at each end of the judged span


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
    if total < 2 * (WINDOW + 1) * SAMPLE_EVERY:
        parser.error(f"need at least {2 * (WINDOW + 1) * SAMPLE_EVERY} steps in all")
    size = tuple(int(side) for side in args.size.lower().split("x"))
    headless_env()
    os.environ.setdefault("HUZHOU_VIEWER_CONFIG_DIR", str(ROOT / "out" / "soak-config"))
    sys.path.insert(0, str(ROOT))
    tracemalloc.start(1)

    from PySide6.QtCore import QPoint, Qt, QTimer, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from huzhou_viewer import resources
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.qt.kiosk.kiosk import Kiosk
    from huzhou_viewer.qt.platform.fonts import register_bundled_fonts
    from huzhou_viewer.qt.stage.export import grab
    from huzhou_viewer.qt.stage.stage import Stage
    from huzhou_viewer.settings import Settings, cache_dir
    from huzhou_viewer.show.present import build_deck

    qt_warnings: dict[str, int] = {}

    def count_warning(mode, context, message: str) -> None:
        # Every message counts, whatever its level: the incubation ones do not come as warnings.
        qt_warnings[message] = qt_warnings.get(message, 0) + 1
        print(message, file=sys.stderr)

    qInstallMessageHandler(count_warning)
    from huzhou_viewer.qt.platform import heap
    from huzhou_viewer.qt.platform.heap import cap_arenas

    cap_arenas()  # as the show does
    libc = heap._glibc()
    app = QGuiApplication(sys.argv[:1])
    deck = build_deck(load_pack(resources.bundled_pack()))
    stage = Stage(deck, None, register_bundled_fonts(resources.font_files()), transitions=False)
    stage.start_serving(cache_dir() / "charts")  # as the show does: charts drawn by a worker process, then kept
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
    # tracemalloc snapshots of the samples (the warm-up ends at one of them), kept on disk: in
    # memory they would be the harness's own tens of MiB, and their release would read as the show's.
    snapshot_dir = tempfile.mkdtemp(prefix="soak-snapshots-")
    kept: dict[int, str] = {}

    def settle() -> None:
        # A move settles 400 ms after it (neighbours are built, the heap is trimmed); in accelerated time the
        # next step comes sooner, so the settling is done at once, as in a show whose moves are seconds apart.
        if show._settle.isActive():
            show._settle.stop()
            show._on_settled()
    started = time.perf_counter()

    def steps():
        switch_count = 0
        for step, kind in enumerate(plan, start=1):
            if kind == "open":
                gallery_opening()
            else:
                switch_count += 1
                visitor_switch() if switch_count % 4 == 0 else attract_switch()
            settle()
            grab(stage)
            if step % SAMPLE_EVERY == 0 or step == total:
                # Like with like: each sample at the same place in the show (the first scene, settled, its
                # neighbours built, what the walk left deleted by the event loop). Sampled wherever the walk
                # happened to be, the figure swings by the size of whichever scenes happen to be built.
                show.goTo(0, 0)
                settle()
                grab(stage)
                for _ in range(SAMPLE_IDLE):
                    yield step  # back to the event loop: deferred deletions, neighbours built
                grab(stage)
                gc.collect()
                # Every sample, so the harness's own cost is the same all along.
                kept[step] = os.path.join(snapshot_dir, f"{step}.snapshot")
                tracemalloc.take_snapshot().dump(kept[step])
                gc.collect()
                if libc is not None:  # the snapshot's own garbage too
                    libc.malloc_trim(0)  # as the show's settling does (at most every 2 s there: at once here)
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
    stage.close()
    warm_index = warm_up_end(samples, WINDOW, RISE)
    # The warm-up must be over by half-way, so the drift is judged over at least half of the run.
    warmed = samples[warm_index][0] <= total // 2

    print(setup_line() + f" size={w}x{h}")
    print(f"{args.switches} scene switches and {args.openings} gallery openings in {elapsed:.0f} s "
          f"(accelerated kiosk time: {clock.now / 86400:.1f} days)")
    for message, count in sorted(qt_warnings.items(), key=lambda kv: -kv[1])[:10]:
        print(f"Qt warning, {count} times: {message}")
    print(f"Qt and QML warnings: {sum(qt_warnings.values())} (target 0) {verdict(not qt_warnings)}")
    if not warmed:
        import shutil

        shutil.rmtree(snapshot_dir, ignore_errors=True)
        print(f"the curve did not flatten by half-way: stretches of {WINDOW} samples rise by {FLAT * 100:.1f} % per "
              f"1,000 steps or more until step {samples[warm_index][0]} {verdict(False)}")
        print("RSS samples: " + " ".join(f"{mib:.0f}" for _, mib in samples))
        return 1
    warm_step = samples[warm_index][0]
    warm = sum(m for _, m in samples[warm_index:warm_index + AVERAGED]) / len(samples[warm_index:warm_index + AVERAGED])
    end = sum(m for _, m in samples[-AVERAGED:]) / len(samples[-AVERAGED:])
    drift = (end - warm) / warm
    print("top Python allocation growth after warm-up (tracemalloc):")
    for stat in end_snapshot.compare_to(tracemalloc.Snapshot.load(kept[warm_step]), "lineno")[:5]:
        print(f"  {stat}")
    import shutil

    shutil.rmtree(snapshot_dir, ignore_errors=True)
    after = [m for step, m in samples if step >= warm_step]
    print(f"warm-up judged by the curve: over at step {warm_step} (no stretch of {WINDOW} samples after it rises by "
          f"{FLAT * 100:.1f} % per 1,000 steps)")
    print(f"RSS at the end of the warm-up {warm:.1f} MiB, at the end {end:.1f} MiB (means of {AVERAGED} samples; "
          f"single samples {samples[warm_index][1]:.1f} and {samples[-1][1]:.1f}; after the warm-up: min "
          f"{min(after):.1f}, max {max(after):.1f}; peak {max(m for _, m in samples):.1f})")
    print("RSS samples: " + " ".join(f"{mib:.0f}" for _, mib in samples))
    ok = drift <= DRIFT_TARGET and not qt_warnings
    print(f"memory drift after warm-up: {drift * 100:+.2f} % (target <= {DRIFT_TARGET * 100:.0f} %) "
          f"{verdict(drift <= DRIFT_TARGET)}")
    return 0 if ok else 1


if __name__ == "__main__":
    if "--real-time" in sys.argv[1:]:
        from soak_real_time import main as real_time

        sys.exit(real_time(sys.argv[1:]))
    sys.exit(main())
