"""After each test: no top-level window, QObject or matplotlib Figure that the test made is still alive.

A test that opens a window or builds a stage closes it; one that draws a chart drops the figure. What is
left behind keeps its memory (and its timers and connections) for the rest of the run and can act on the
tests after it. Qt is looked at only once something imported it, and matplotlib likewise, so the Qt-free
tests stay Qt-free.
"""

from __future__ import annotations

import gc
import sys
import weakref
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

import pytest

# Objects Qt makes once per process and keeps, whichever test happens to be first to ask for them.
PROCESS_WIDE = {
    "QPointingDevice",  # QTest.createTouchDevice(): registered with Qt for good, never deleted
    "QInputDevice",
    "QScreen",
    "QStyleHints",
    "QPlatformNativeInterface",
}

# Known leaks, each allowed where it happens and only there, until the code it is in is fixed:
# test id (or the start of one) -> (the classes allowed to be left, why).
# Test id prefix -> (class names that may stay, why). Each entry is a test whose subject is such a reference.
ALLOWED: dict[str, tuple[set[str], str]] = {
    # The error the test raises on purpose goes through sys.excepthook into the log; pytest's report of the
    # test keeps that traceback, whose frames hold the kiosk, until the session ends.
    "tests/kiosk/test_kiosk.py::test_an_error_in_a_slot_is_logged_and_the_show_goes_on": (
        {"Kiosk", "AdminPanel", "KioskInput", "KioskWindow"}, "the report keeps the logged traceback"),
}

_figures: weakref.WeakSet[Any] = weakref.WeakSet()
_figure_watch: list[bool] = []


def _watch_figures() -> bool:
    """Once matplotlib is imported, note every Figure made from then on. False until then."""
    figure_module = sys.modules.get("matplotlib.figure")
    if figure_module is None:
        return False
    if not _figure_watch:
        figure_class = figure_module.Figure
        init = figure_class.__init__

        def noting_init(self, *args, **kwargs):
            init(self, *args, **kwargs)
            _figures.add(self)

        figure_class.__init__ = noting_init
        # Those made before the watch began (in the test that imported matplotlib) are found by a scan.
        _figures.update(o for o in gc.get_objects() if isinstance(o, figure_class))
        _figure_watch.append(True)
    return True


def _qt_core():
    return sys.modules.get("PySide6.QtCore")


def _settle() -> None:
    """Carry out pending deleteLater()s and collect cycles, so what is left is really kept."""
    qt_core = _qt_core()
    if qt_core is not None and qt_core.QCoreApplication.instance() is not None:
        qt_core.QCoreApplication.sendPostedEvents(None, qt_core.QEvent.Type.DeferredDelete)
    gc.collect()


def _qobjects() -> list[Any]:
    qt_core = _qt_core()
    if qt_core is None:
        return []
    import shiboken6

    app = qt_core.QCoreApplication.instance()
    return [w for w in shiboken6.getAllValidWrappers()
            if isinstance(w, qt_core.QObject) and w is not app and type(w).__name__ not in PROCESS_WIDE]


def _windows() -> list[Any]:
    qt_gui = sys.modules.get("PySide6.QtGui")
    if qt_gui is None or qt_gui.QGuiApplication.instance() is None:
        return []
    return list(qt_gui.QGuiApplication.topLevelWindows())


@dataclass
class Snapshot:
    """What was alive before the test: only what is new after it counts."""

    qobjects: set[int] = field(default_factory=set)
    windows: set[int] = field(default_factory=set)
    figures: set[int] = field(default_factory=set)
    # Strong references to what was there, so an id cannot be reused by something the test makes.
    keep: list[Any] = field(default_factory=list)


def snapshot() -> Snapshot:
    """What is alive now. Also freezes the garbage collector's view of it, so that the collection after the
    test looks only at what the test made (a full collection per test would double the run's time); call
    leaked_since() or release() to thaw it."""
    gc.freeze()
    qobjects, windows = _qobjects(), _windows()
    figures = list(_figures) if _watch_figures() else []
    return Snapshot({id(o) for o in qobjects}, {id(w) for w in windows}, {id(f) for f in figures},
                    qobjects + windows + figures)


def _describe(obj: Any) -> str:
    name = obj.objectName() if hasattr(obj, "objectName") else ""
    return f"{type(obj).__name__} {name!r}" if name else type(obj).__name__


def leaked_since(before: Snapshot, allowed: Collection[str] = ()) -> list[str]:
    """Descriptions of the windows, QObjects and Figures made since `before` that are still alive, other
    than QObjects of the classes named in `allowed`.

    A QObject is listed only when its parent is not itself listed: the children go with it."""
    try:
        _settle()
        found = _leaked(before, allowed)
        if found:
            # Before calling it a leak: a collection of everything (a cycle may run through an older object
            # that the test let go), and the deletions a destructor may have posted.
            gc.unfreeze()
            _settle()
            _settle()
            found = _leaked(before, allowed)
        return found
    finally:
        release(before)


def release(before: Snapshot) -> None:
    before.keep.clear()
    gc.unfreeze()


def _leaked(before: Snapshot, allowed: Collection[str]) -> list[str]:
    found: list[str] = []
    new_windows = [w for w in _windows() if id(w) not in before.windows]
    found += [f"window {_describe(w)}" for w in new_windows]
    new_qobjects = [o for o in _qobjects() if id(o) not in before.qobjects]
    new_ids = {id(o) for o in new_qobjects} | {id(w) for w in new_windows}
    for obj in new_qobjects:
        parent = obj.parent()
        if (parent is None or id(parent) not in new_ids) and type(obj).__name__ not in allowed:
            found.append(f"QObject {_describe(obj)}" + (f" (child of {_describe(parent)})" if parent else ""))
    if _watch_figures():
        figures = [f for f in _figures if id(f) not in before.figures]
        found += [f"matplotlib Figure {f.get_size_inches() * f.dpi}" for f in figures]
    return found


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.stash[_call_failed] = report.failed
    return report


_call_failed = pytest.StashKey[bool]()


@pytest.fixture(autouse=True)
def no_leaks(request):
    """Fails the test (at teardown) that leaves a window, a QObject or a Figure of its own alive.

    Autouse, so set up before the test's other fixtures and torn down after them."""
    before = snapshot()
    yield
    if request.node.stash.get(_call_failed, True):
        release(before)
        return  # a failed test's traceback holds its locals; the failure is what to look at
    # pytest drops the fixture values only after teardown; what is still alive must not be held by them.
    request.node.funcargs.clear()
    nodeid = request.node.nodeid
    allowed = set().union(*(names for start, (names, _) in ALLOWED.items() if nodeid.startswith(start)))
    leaked = leaked_since(before, allowed)
    if leaked:
        pytest.fail(f"{request.node.nodeid} left alive:\n  " + "\n  ".join(leaked), pytrace=False)
