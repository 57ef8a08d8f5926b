"""Memory of the show in a real window: PSS at the first frame and after walking every step, with a breakdown.

Starts its own X server (Xvfb on a free display, 1920x1080, no window manager) and runs the program in it as a
child process, full screen, software renderer, the bundled pack, its deck and charts cached by a first,
unmeasured start. In the child, the program's own first-frame handler is wrapped to take the first figures;
then a walk presses PageDown through the program's key route (the filter on the window) until the last step of
the last scene, waiting at every step until the move has settled and the charts, icons and pictures on screen
have arrived, opens an honouree's page from the gallery and closes it with Esc, waits a second and takes the
second figures. PSS is summed over the program's processes (the child and any process under it) from
/proc/PID/smaps_rollup; the breakdown (from smaps and from inside the program):

- anonymous / file-backed / shared memory PSS, and file-backed PSS by kind of file (Qt, Python, matplotlib and
  numpy, fonts, the rest);
- glibc's heap (mallinfo2): bytes in use and free bytes it keeps;
- the image providers' caches (charts, people's photos) in bytes of decoded pixels, and the pictures that live
  Image items hold (an estimate of what the scene graph keeps as textures);
- QML items alive and the scenes built;
- the fonts registered with Qt, and whether matplotlib, numpy and qtawesome are imported;
- the Python heap by tracemalloc, from a second walk of its own (tracemalloc's own bookkeeping would otherwise
  be counted in the figures above).

    python bench/memory.py [--runs 3]   targets: PSS <= 120 MiB at the first frame, <= 160 MiB after the walk
                                        (medians of the runs; exit 1 when either is missed)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, start_xvfb, verdict

FIRST_FRAME_MIB = 120
AFTER_WALK_MIB = 160
SIZE = (1920, 1080)
MIB = 2**20
TRACE_DEPTH = 4  # frames kept per allocation: enough to get out of importlib and the standard library
SETTLE_S = 1.0  # idle time before the last figures: deferred deletions and late loads are done by then


# -- what a process tree holds (parent and child both use these) ------------------------------------------

def descendants(pid: int) -> list[int]:
    """pid and every process under it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def rollup(pid: int) -> dict[str, int]:
    """smaps_rollup's fields in bytes."""
    fields = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            m = re.match(r"(\w+):\s+(\d+) kB", line)
            if m:
                fields[m.group(1)] = int(m.group(2)) * 1024
    return fields


def file_kind(path: str) -> str:
    name = path.lower()
    if re.search(r"\.(ttf|otf|ttc|woff2?)$", name):
        return "fonts"
    if "/matplotlib/" in name or "/numpy" in name or "/kiwisolver" in name or "/pil/" in name \
            or "/contourpy" in name or "numpy.libs" in name or "pillow.libs" in name:
        return "matplotlib+numpy+PIL"
    if "qt6" in name or "/pyside6/" in name or "shiboken" in name:
        return "Qt+PySide"
    if "python3" in name or "/lib-dynload/" in name or "site-packages" in name:
        return "Python+modules"
    return "other files"


def smaps_by_kind(pid: int) -> dict[str, int]:
    """PSS by mapping: file-backed by kind of file, anonymous split into [heap], stacks and the rest."""
    kinds: dict[str, int] = {}
    current = None
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            head = re.match(r"^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$", line)
            if head:
                path = head.group(1).strip()
                if not path:
                    current = "anonymous mappings (mmap, arenas, thread stacks)"
                elif path == "[heap]":
                    current = "anonymous [heap] (brk)"
                elif path.startswith("["):
                    current = "anonymous " + path
                elif path.startswith("/memfd:") or path.startswith("/dev/shm") or "SYSV" in path:
                    current = "shared memory " + path.split()[0][:30]
                else:
                    current = "file: " + file_kind(path)
                continue
            if line.startswith("Pss:") and current:
                kinds[current] = kinds.get(current, 0) + int(line.split()[1]) * 1024
    return kinds


def tree_memory(pid: int) -> dict:
    pids = descendants(pid)
    total: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for p in pids:
        try:
            for k, v in rollup(p).items():
                total[k] = total.get(k, 0) + v
            for k, v in smaps_by_kind(p).items():
                kinds[k] = kinds.get(k, 0) + v
        except OSError:
            continue  # a process that ended meanwhile
    return {"processes": len(pids), "pss": total.get("Pss", 0), "pss_anon": total.get("Pss_Anon", 0),
            "pss_file": total.get("Pss_File", 0), "pss_shmem": total.get("Pss_Shmem", 0),
            "rss": total.get("Rss", 0), "kinds": kinds}


# -- the child: the program itself, with a walk wrapped round its first frame ------------------------------

def mallinfo() -> dict[str, int]:
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in
                    ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
                     "fordblks", "keepcost")]

    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = MallInfo2
        info = libc.mallinfo2()
    except (OSError, AttributeError):
        return {}
    return {"in_use": info.uordblks + info.hblkhd, "free_kept": info.fordblks, "mmapped": info.hblkhd}


def items_of(item):
    yield item
    for child in item.childItems():
        yield from items_of(child)


def inside_figures(stage) -> dict:
    """What the program holds, as it sees it."""
    from PySide6.QtGui import QFontDatabase

    root = stage.view.rootObject()
    items = list(items_of(root)) if root is not None else []
    image_bytes = 0
    for item in items:
        if item.metaObject().className().startswith("QQuickImage") and item.property("progress") == 1.0 \
                and item.property("source").toString():
            size = item.property("sourceSize")
            painted = (item.property("paintedWidth"), item.property("paintedHeight"))
            w, h = (size.width(), size.height()) if size.width() > 0 else painted
            image_bytes += int(w * h * 4)
    scenes_built = sum(1 for item in items if item.objectName().startswith("scene-")
                       and any(c.inherits("QQuickLoader") and c.property("item") is not None
                               for c in item.childItems()))
    charts = stage.charts
    chart_bytes = charts.cache.bytes if charts is not None else 0
    portrait_bytes = stage.portraits.cache.bytes if stage.portraits is not None else 0
    return {"items": len(items), "scenes_built": scenes_built,
            "scenes": stage.controller.sceneCount,
            "chart_cache": chart_bytes, "portrait_cache": portrait_bytes, "live_images": image_bytes,
            "font_families": len(QFontDatabase.families()),
            "icon_families": len(getattr(stage.icons, "_families", {})),
            "matplotlib": "matplotlib" in sys.modules, "numpy": "numpy" in sys.modules,
            "qtawesome": "qtawesome" in sys.modules, "modules": len(sys.modules), "malloc": mallinfo()}


def origin(traceback) -> str:
    """The package an allocation is made for: the innermost frame outside the standard library (an import's
    code objects count for the module imported, not for importlib)."""
    for frame in reversed(traceback):  # innermost first (a Traceback runs oldest first)
        path = frame.filename
        m = re.search(r"site-packages/([^/]+)", path)
        if m:
            return m.group(1).removesuffix(".py")
        if "/huzhou_viewer/" in path:
            return "huzhou_viewer"
        if path.endswith("bench/memory.py"):
            return "bench/memory.py"
    return "standard library"


def child(out_path: str, traced: bool) -> int:
    import tracemalloc

    if traced:
        tracemalloc.start(TRACE_DEPTH)
    sys.path.insert(0, str(ROOT))
    from huzhou_viewer import app

    results: dict = {}
    walks: list[Walk] = []  # kept alive while the loop runs

    def figures(name: str, stage) -> None:
        import gc

        gc.collect()
        entry = {"inside": inside_figures(stage)}
        if traced:
            current = tracemalloc.get_traced_memory()[0]
            snapshot = tracemalloc.take_snapshot()
            by_origin: dict[str, int] = {}
            for stat in snapshot.statistics("traceback"):
                key = origin(stat.traceback)
                by_origin[key] = by_origin.get(key, 0) + stat.size
            entry["python_heap"] = current
            entry["python_top"] = sorted(by_origin.items(), key=lambda kv: -kv[1])[:6]
        else:
            entry["memory"] = tree_memory(os.getpid())
        results[name] = entry

    first_call = app._FirstFrame.__call__

    def at_first_frame(self) -> None:
        if not self._done:
            figures("first_frame", self._mode.stage)
            first_call(self)
            walks.append(Walk(self._mode, figures, lambda: Path(out_path).write_text(json.dumps(results))))
            walks[-1].start()
        else:
            first_call(self)

    app._FirstFrame.__call__ = at_first_frame
    return app.main(["--fullscreen", "--renderer", "software"])


class Walk:
    """Every step of the show by PageDown, an honouree's page, then the last figures and quit."""

    def __init__(self, mode, figures, done) -> None:
        from PySide6.QtCore import QTimer

        self.mode, self.stage, self.figures, self.done = mode, mode.stage, figures, done
        self.show = self.stage.controller
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self.tick)
        self.plan = self.moves()
        self.waiting_since = 0.0

    def start(self) -> None:
        self.timer.start()

    def settled(self) -> bool:
        from huzhou_viewer.qt.stage.export import _charts_drawing

        show = self.show
        root = self.stage.view.rootObject()
        return (self.stage.icons.ready and show.chartsReady
                and (show.settledScene, show.settledStep) == (show.sceneIndex, show.step)
                and time.monotonic() - self.waiting_since > 0.4  # the fade (320 ms) is over
                and not _charts_drawing(root))

    def moves(self):
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        show, view = self.show, self.stage.view
        deck = show.deck
        yield "wait"
        last = show.sceneCount - 1
        while not (show.sceneIndex == last and show.step == show.stepCount - 1):
            before = (show.sceneIndex, show.step)
            QTest.keyClick(view, Qt.Key.Key_PageDown)
            yield "wait"
            if (show.sceneIndex, show.step) == before:
                break  # the end of the show
        gallery = deck.scene_ids.index("gallery") if "gallery" in deck.scene_ids else None
        if gallery is not None:
            people = deck.scenes(show.language)[gallery].get("people", [])
            if people:
                show.openPerson(people[0]["id"])
                yield "wait"
                QTest.keyClick(view, Qt.Key.Key_Escape)
                yield "wait"
        QTest.keyClick(view, Qt.Key.Key_End)
        yield "wait"
        self.waiting_since = time.monotonic() + SETTLE_S
        yield "wait"

    def tick(self) -> None:
        try:
            self.step()
        except BaseException:  # noqa: BLE001 - the program's own hook would log it and go on: the bench would wait for ever
            import traceback

            traceback.print_exc()
            os._exit(3)

    def step(self) -> None:
        if not self.settled():
            return
        self.waiting_since = time.monotonic()
        if next(self.plan, None) is None:
            self.timer.stop()
            self.figures("after_walk", self.stage)
            self.done()
            self.mode.quit()


# -- the parent: an X server, the children, the figures ----------------------------------------------------

def run_child(env: dict[str, str], traced: bool) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    try:
        cmd = [sys.executable, __file__, "--child", out] + (["--traced"] if traced else [])
        done = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, timeout=600)
        text = Path(out).read_text() if os.path.getsize(out) else ""
        if done.returncode != 0 or not text:
            sys.exit(f"the program exited {done.returncode} before the walk was done:\n{done.stderr[-3000:]}")
        warnings = [line for line in done.stderr.splitlines() if "QML" in line or "qml" in line]
        result = json.loads(text)
        result["warnings"] = warnings
        return result
    finally:
        os.unlink(out)


def mib(n: float) -> str:
    return f"{n / MIB:.1f}"


def breakdown(name: str, plain: dict, traced: dict) -> list[str]:
    memory, inside = plain["memory"], plain["inside"]
    lines = [f"{name}: PSS {mib(memory['pss'])} MiB over {memory['processes']} process(es) "
             f"(anonymous {mib(memory['pss_anon'])}, file-backed {mib(memory['pss_file'])}, "
             f"shared memory {mib(memory['pss_shmem'])}; RSS {mib(memory['rss'])})"]
    for kind, size in sorted(memory["kinds"].items(), key=lambda kv: -kv[1]):
        if size >= MIB // 10:
            lines.append(f"    {kind:<52} {mib(size):>7} MiB")
    malloc = inside["malloc"]
    if malloc:
        lines.append(f"  glibc heap: {mib(malloc['in_use'])} MiB in use, {mib(malloc['free_kept'])} MiB free but kept")
    if "python_heap" in traced:
        top = ", ".join(f"{k} {mib(v)}" for k, v in traced["python_top"])
        lines.append(f"  Python heap (tracemalloc, second walk): {mib(traced['python_heap'])} MiB; by origin: {top}")
    lines.append(f"  image caches: charts {mib(inside['chart_cache'])} MiB, photos {mib(inside['portrait_cache'])} MiB")
    lines.append(f"  QML: {inside['items']} items alive, {inside['scenes_built']} of {inside['scenes']} scenes built")
    lines.append(f"  fonts: {inside['font_families']} families known to Qt, {inside['icon_families']} icon fonts "
                 "registered")
    loaded = [m for m in ("matplotlib", "numpy", "qtawesome") if inside[m]]
    lines.append(f"  imported: {', '.join(loaded) or 'none of matplotlib, numpy, qtawesome'}; "
                 f"{inside['modules']} modules in all")
    return lines


def spread(values: list[float]) -> str:
    return (f"median {statistics.median(values) / MIB:.1f} MiB (" +
            ", ".join(mib(v) for v in values) + ")")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="measured walks (default 3)")
    parser.add_argument("--child", metavar="OUT", help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-python-heap", action="store_true",
                        help="skip the tracemalloc walk (slow on a busy machine): no Python heap in the breakdown")
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.traced)
    for tool in ("Xvfb",):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed (Debian: apt-get install xvfb)")

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the X server below is stopped on the way out
    server, display = start_xvfb(SIZE)
    config = tempfile.mkdtemp(prefix="huzhou-memory-")
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_QUICK_BACKEND="software",
                   HUZHOU_VIEWER_CONFIG_DIR=config)
        run_child(env, traced=False)  # unmeasured: fills the deck cache and the QML disk cache
        empty = {"first_frame": {}, "after_walk": {}}
        traced = empty if args.no_python_heap else run_child(env, traced=True)
        runs = [run_child(env, traced=False) for _ in range(args.runs)]
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(config, ignore_errors=True)

    median_run = sorted(runs, key=lambda r: r["after_walk"]["memory"]["pss"])[len(runs) // 2]
    print(f"platform=xcb (Xvfb {display}, {SIZE[0]}x{SIZE[1]}, full screen, no window manager) "
          f"quick-backend=software cores={os.cpu_count()} runs={args.runs}")
    for phase in ("first_frame", "after_walk"):
        for line in breakdown(phase.replace("_", " "), median_run[phase], traced[phase]):
            print(line)
    warnings = sorted({w for r in runs for w in r["warnings"]})
    if warnings:
        print(f"QML warnings in the runs ({len(warnings)} distinct):")
        for w in warnings[:10]:
            print(f"  {w}")
    first = [r["first_frame"]["memory"]["pss"] for r in runs]
    after = [r["after_walk"]["memory"]["pss"] for r in runs]
    ok_first = statistics.median(first) <= FIRST_FRAME_MIB * MIB
    ok_after = statistics.median(after) <= AFTER_WALK_MIB * MIB
    print(f"PSS at the first frame: {spread(first)} (target <= {FIRST_FRAME_MIB} MiB) {verdict(ok_first)}")
    print(f"PSS after the walk:     {spread(after)} (target <= {AFTER_WALK_MIB} MiB) {verdict(ok_after)}")
    return 0 if ok_first and ok_after else 1


if __name__ == "__main__":
    sys.exit(main())
