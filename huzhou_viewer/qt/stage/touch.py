"""Touch gestures on the audience window: a swipe moves one scene (show/gestures.py), two or more fingers
never navigate.

An event filter watches every touch sequence on its way to Qt Quick. While it may still be a tap or a list
scrolling, the sequence goes on to the items under the finger (buttons, cards, the gallery's kinetic grid).
Once it is a sideways swipe, or a second finger lands, the filter takes it: Qt Quick gets a TouchCancel (so no
item under the finger sees a click) and nothing more of it; a swipe then moves the show once, when the finger
lifts. A long still press is cancelled the same way, so it does nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF

if TYPE_CHECKING:
    from PySide6.QtGui import QTouchEvent, QWindow

_T = QEvent.Type
_TOUCH = (_T.TouchBegin, _T.TouchUpdate, _T.TouchEnd, _T.TouchCancel)


class TouchGestures(QObject):
    def __init__(self, window: QWindow, swiped: Callable[[str], None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self._window = window
        self._swiped = swiped  # called with "next" or "previous"
        self._clock = clock
        self._start: QPointF | None = None
        self._started_at = 0.0
        self._fingers = 0
        self._taken = False
        self._cancelling = False
        self.enabled = True
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _TOUCH:
            return False
        # The rules are imported at the first touch: the first frame never waits for them.
        from huzhou_viewer.show.gestures import Gesture, is_swipe_candidate, meaning

        if kind == _T.TouchBegin:
            if not self.enabled:
                self._start = None
                return False
            self._start = event.points()[0].position()
            self._started_at = self._clock()
            self._fingers = len(event.points())
            self._taken = self._fingers > 1  # nothing was delivered yet: nothing to cancel
            return self._taken
        if self._start is None:
            return False
        if kind == _T.TouchCancel:
            if not self._cancelling:  # the window system gave up the sequence, not us
                self._start = None
            return False
        self._fingers = max(self._fingers, len(event.points()))
        delta = self._delta(event)
        if kind == _T.TouchUpdate:
            if not self._taken and (self._fingers > 1 or is_swipe_candidate(delta.x(), delta.y(), self._width())):
                self._take(event)
            return self._taken
        # TouchEnd
        gesture = Gesture(self._fingers, delta.x(), delta.y(), self._clock() - self._started_at)
        what = meaning(gesture, self._width())
        self._start = None
        if what == "long-press" and not self._taken:
            self._take(event)
        if self._taken and what in ("next", "previous"):
            self._swiped(what)
        return self._taken

    def _delta(self, event: QTouchEvent) -> QPointF:
        # The first finger down is the one that counts; later fingers only make it a multi-finger gesture.
        first = event.points()[0]
        return first.position() - self._start

    def _width(self) -> float:
        return float(max(1, self._window.width()))

    def _take(self, event: QTouchEvent) -> None:
        from PySide6.QtGui import QTouchEvent

        self._taken = True
        self._cancelling = True
        try:
            QCoreApplication.sendEvent(self._window, QTouchEvent(_T.TouchCancel, event.pointingDevice()))
        finally:
            self._cancelling = False
