"""The kiosk's window against the window manager: mapped, full screen, above every other window, on all
desktops and focused, and brought back at once when anything (show desktop, a desktop switch, a minimise, the
window manager's menu, another program's window) takes it away.

Every change Qt or the X server reports about the window (visibility, activation, window state, expose and
focus events; on X11 also its properties and the root's desktop state, through qt/platform/x11_window.py)
starts one short single-shot check. A check that finds something wrong logs what happened and repairs it once;
if the next check finds it still wrong, the next repair waits twice as long (up to REPAIR_MAX_MS), so a window
manager that keeps refusing never turns the kiosk into a busy loop. Off X11, only what Qt knows is checked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QWindow

from huzhou_viewer.qt.platform.x11_window import ALL_DESKTOPS, X11Window

log = logging.getLogger(__name__)

REPAIR_MS = 120
REPAIR_MAX_MS = 8000
_T = QEvent.Type
_WATCHED = (_T.Expose, _T.Hide, _T.WindowStateChange, _T.FocusOut, _T.WindowDeactivate, _T.Move)
_V = QWindow.Visibility


class KioskWindow(QObject):
    def __init__(self, view: QWindow, leaving: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view, self._leaving = view, leaving
        self._x11: X11Window | None = None
        self._running = False
        self._delay = REPAIR_MS
        self._seen: list[str] = []  # what was wrong at the moment of a change, though it may have passed since
        self.repairs = 0
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Watch the window (shown already) and ask the window manager for all it should be."""
        if self._running:
            return
        self._running = True
        view = self._view
        view.installEventFilter(self)
        for signal in (view.visibilityChanged, view.activeChanged, view.windowStateChanged):
            signal.connect(self._soon)
        view.windowStateChanged.connect(self._state_changed)
        self._x11 = X11Window.open(int(view.winId()), self)
        if self._x11 is not None:
            self._x11.changed.connect(self._x11_changed)
            self._x11.request()
            log.info("kiosk: the window (X11 id %#x) is kept above, on all desktops and focused", self._x11.id)
        self._soon()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        view = self._view
        view.removeEventFilter(self)
        for signal in (view.visibilityChanged, view.activeChanged, view.windowStateChanged):
            signal.disconnect(self._soon)
        view.windowStateChanged.disconnect(self._state_changed)
        if self._x11 is not None:
            self._x11.close()
            self._x11 = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _T.Expose and not self._view.isExposed() and self._view.isVisible() and not self._leaving():
            self._note(self.problems(focus=False) or ["was hidden"])  # unmapped, by whatever hand
        elif kind in _WATCHED:
            self._soon()
        return False

    def _state_changed(self, state) -> None:
        if state & Qt.WindowState.WindowMinimized and not self._leaving():
            # The stage shows it full screen again at once: what happened is read now, before that is done.
            self._note([p for p in self.problems(focus=False) if p != "was not full screen"] or ["was minimised"])

    def _note(self, problems: list[str]) -> None:
        for problem in problems:
            if problem not in self._seen:
                self._seen.append(problem)
        self._soon()

    def _x11_changed(self) -> None:
        # Read at once: Qt may map a minimised or hidden window again by itself before the check runs, and
        # the log should still say what happened. Focus is left to the check (it moves during any repair).
        self._note(self.problems(focus=False))

    def _soon(self, *_) -> None:
        if self._running and not self._timer.isActive():
            self._timer.start(self._delay)

    # What is wrong, and putting it right ---------------------------------------------------------------------

    def problems(self, focus: bool = True) -> list[str]:
        """What is wrong with the window now, in words for the log; empty when all is well."""
        view, x11 = self._view, self._x11
        if self._leaving():
            return []
        if x11 is None:
            visibility = view.visibility()
            if visibility == _V.Minimized:
                return ["was minimised"]
            if visibility == _V.Hidden:
                return ["was hidden"]
            return [] if visibility == _V.FullScreen else ["was not full screen"]
        found = []
        managed = x11.has_window_manager()
        if managed and x11.showing_desktop():
            found.append("was hidden (show desktop)")
        elif not x11.viewable():
            if x11.withdrawn():
                found.append("was unmapped")
            elif x11.iconic() or view.visibility() == _V.Minimized:
                found.append("was minimised")
            else:
                found.append("was hidden (another desktop?)")
        if not managed:  # a bare X server: nothing else can take the window away
            return found
        states = x11.states()
        desktop = x11.desktop()
        if desktop not in (None, ALL_DESKTOPS) and "STICKY" not in states:
            found.append(f"was pinned to desktop {desktop}, not all desktops")
        if "ABOVE" not in states:
            found.append("was no longer above other windows (layer changed?)")
        if "FULLSCREEN" not in states:
            found.append("was not full screen")
        if "HIDDEN" in states and not any(p.startswith(("was minimised", "was hidden")) for p in found):
            found.append("was marked hidden")
        if focus and not found and not x11.active():
            found.append("lost the keyboard focus to another window")
        return found

    def check(self) -> None:
        if not self._running:
            return
        found = self.problems()
        seen, self._seen = [p for p in self._seen if p not in found], []
        if not found and not seen:  # all is well (again)
            self._delay = REPAIR_MS
            return
        found = seen + found
        log.warning("kiosk: the window %s; brought back", "; ".join(found))
        self._bring_back(unmapped="was unmapped" in found)
        self._delay = min(REPAIR_MAX_MS, self._delay * 2)
        self._soon()  # see that it came back

    def come_forward(self) -> None:
        """A second start asked for the show: bring it back whatever state it is in."""
        found = self.problems()
        log.info("kiosk: a second start asked for the window%s; brought to the front",
                 f" (it {'; '.join(found)})" if found else "")
        self._bring_back(unmapped="was unmapped" in found)
        self._soon()

    def _bring_back(self, unmapped: bool) -> None:
        self.repairs += 1
        view, x11 = self._view, self._x11
        if unmapped:
            view.hide()  # Qt still thinks it is shown: a plain show would not map it again
        view.showFullScreen()
        view.raise_()
        view.requestActivate()
        if x11 is not None:
            x11.map_and_raise()
            x11.request()
            x11.activate()  # as a pager asks: focus-stealing prevention lets it through
