"""Kiosk mode's input: one event filter on the audience window, before every other, and the kiosk's guard
on the stage's key route (qt/stage/key_route.py).

It refuses what would leave the show (close requests, Ctrl/Alt chords, right clicks, context menus; Esc and
F11 may close an overlay but never leave full screen), opens the admin panel on the admin chord or a long hold
on the top-left corner (then a PIN), hides the cursor, and tells the kiosk about input.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QInputDevice, QKeySequence

from huzhou_viewer.qt.stage.key_route import KeyPress

log = logging.getLogger(__name__)

_T = QEvent.Type
_MOUSE = (_T.MouseButtonPress, _T.MouseButtonRelease, _T.MouseButtonDblClick)
_TOUCH = (_T.TouchBegin, _T.TouchUpdate, _T.TouchEnd)
_CHORD_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier)
CURSOR_SECONDS = 3.0
HOLD_SECONDS = 3.0  # the long hold on the corner that asks for the PIN
CORNER_FRACTION = 0.08  # of the window's shorter side


def chord_of(text: str) -> QKeyCombination | None:
    sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    return sequence[0] if sequence.count() == 1 else None


class KioskInput(QObject):
    """Input to the kiosk's window, for the kiosk (qt/kiosk/kiosk.py); keys come by the key route."""

    def __init__(self, kiosk, admin_chord: str, hold_seconds: float = HOLD_SECONDS,
                 cursor_seconds: float = CURSOR_SECONDS) -> None:
        super().__init__(kiosk)
        self._kiosk = kiosk
        self._chord = chord_of(admin_chord)
        self._swallow_mouse = False
        self._swallow_touch = False
        self._cursor_hidden = False
        self._hold_at: QPointF | None = None
        self._cursor_timer = QTimer(self, singleShot=True, interval=int(cursor_seconds * 1000))
        self._cursor_timer.timeout.connect(self.hide_cursor)
        self._hold_timer = QTimer(self, singleShot=True, interval=int(hold_seconds * 1000))
        # A method, not a lambda: a lambda holding the kiosk, kept by the timer the kiosk owns, is a cycle
        # the collector cannot see through, and the kiosk would never go.
        self._hold_timer.timeout.connect(self._held_on_corner)

    def _held_on_corner(self) -> None:
        self._kiosk.open_admin(with_pin=True)

    def stop(self) -> None:
        self._cursor_timer.stop()
        self._hold_timer.stop()

    def hide_cursor(self) -> None:
        if not self._cursor_hidden:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True

    def show_cursor(self) -> None:
        if self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        kiosk = self._kiosk
        if kind == _T.Close:
            if kiosk.leaving:
                return False
            log.info("kiosk: a close request was refused")
            event.ignore()
            return True
        if kind == _T.ContextMenu:
            return True
        if kind in _MOUSE or kind == _T.MouseMove:
            return self._mouse(event)
        if kind == _T.Wheel:
            return kiosk.closed or kiosk.on_input()
        if kind in _TOUCH or kind == _T.TouchCancel:
            return self._touch(event)
        return False

    def key(self, press: KeyPress) -> bool:
        """The kiosk's guard on the key route: True takes the key from everyone after it (the show too)."""
        event, kiosk = press.event, self._kiosk
        if self._chord is not None and event.keyCombination() == self._chord:
            kiosk.open_admin()
            return True
        if kiosk.admin.open:  # the technician's panel takes every key; Esc closes it
            if event.key() == Qt.Key.Key_Escape:
                kiosk.admin.close()
            return True
        if kiosk.closed:
            return True
        if kiosk.on_input():
            return True
        # Ctrl+Q, Ctrl+W, Alt+F4 (when the window manager passes it on) and the like belong to nobody here.
        return bool(event.modifiers() & _CHORD_MODIFIERS)

    def _mouse(self, event) -> bool:
        kind = event.type()
        from_mouse = event.pointingDevice().type() == QInputDevice.DeviceType.Mouse
        if kind == _T.MouseMove:
            if from_mouse:
                self.show_cursor()
                self._cursor_timer.start()
            self._hold_moved(event.position())
            return self._swallow_mouse or self._kiosk.closed
        if self._kiosk.closed:
            return True
        if kind == _T.MouseButtonPress:
            woke = self._kiosk.on_input()
            self._swallow_mouse = woke or event.button() != Qt.MouseButton.LeftButton
            if not self._swallow_mouse:
                self._hold_begin(event.position())
            return self._swallow_mouse
        if kind == _T.MouseButtonRelease:
            self._hold_end()
            swallowed, self._swallow_mouse = self._swallow_mouse, False
            return swallowed or event.button() != Qt.MouseButton.LeftButton
        return event.button() != Qt.MouseButton.LeftButton  # double clicks: only the left button's count

    def _touch(self, event) -> bool:
        kind = event.type()
        if kind == _T.TouchBegin:
            self._cursor_timer.stop()
            self.hide_cursor()
            self._swallow_touch = self._kiosk.closed or self._kiosk.on_input()
            if not self._swallow_touch and len(event.points()) == 1:
                self._hold_begin(event.points()[0].position())
            return self._swallow_touch
        swallowed = self._swallow_touch
        if kind in (_T.TouchEnd, _T.TouchCancel):
            self._hold_end()
            self._swallow_touch = False
        elif event.points():
            self._hold_moved(event.points()[0].position())
            if len(event.points()) > 1:
                self._hold_end()
        if kind == _T.TouchUpdate and not swallowed:
            self._kiosk.on_input()  # a long scroll or hold is use, not idleness
        return swallowed

    # The corner hold (touch route to the admin panel) -------------------------------------------------------

    def _corner(self) -> float:
        view = self._kiosk.view
        return CORNER_FRACTION * min(view.width(), view.height())

    def _hold_begin(self, at: QPointF) -> None:
        if self._kiosk.settings.admin_pin and at.x() <= self._corner() and at.y() <= self._corner():
            self._hold_at = at
            self._hold_timer.start()

    def _hold_moved(self, at: QPointF) -> None:
        if self._hold_at is not None and (at.x() > self._corner() or at.y() > self._corner()):
            self._hold_end()

    def _hold_end(self) -> None:
        self._hold_at = None
        self._hold_timer.stop()
