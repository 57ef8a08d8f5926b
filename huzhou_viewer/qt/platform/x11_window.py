"""What the X11 window manager thinks of one of our windows, and the requests that put it back: on all
desktops, above the others, full screen, mapped and focused (EWMH hints Qt has no API for).

A small ctypes client of libX11 (which Qt's xcb platform already loads) on a connection of its own: it reads
the window's properties, asks the window manager by client messages to the root window (as pagers and
taskbars do, so focus-stealing prevention lets the activation through), and watches property, structure and
focus changes of the window and the root, so that whoever uses it hears of every change (`changed`).
Off X11 (Wayland, offscreen, Windows, macOS), `X11Window.open` returns None and nothing here runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from ctypes import POINTER, byref, c_char_p, c_int, c_long, c_ubyte, c_ulong, c_void_p

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

ALL_DESKTOPS = 0xFFFFFFFF
_SUBSTRUCTURE = (1 << 19) | (1 << 20)  # SubstructureNotifyMask | SubstructureRedirectMask
_WATCH_WINDOW = (1 << 17) | (1 << 21) | (1 << 22)  # StructureNotify | FocusChange | PropertyChange
_WATCH_ROOT = 1 << 22
_CLIENT_MESSAGE = 33
_ADD, _REMOVE = 1, 0
_FROM_PAGER = 2  # the source indication that focus-stealing prevention does not hold back
VIEWABLE = 2  # XWindowAttributes.map_state
ICONIC = 3  # WM_STATE


class _ClientMessage(ctypes.Structure):
    _fields_ = [("type", c_int), ("serial", c_ulong), ("send_event", c_int), ("display", c_void_p),
                ("window", c_ulong), ("message_type", c_ulong), ("format", c_int), ("data", c_long * 5)]


class _Event(ctypes.Union):
    _fields_ = [("type", c_int), ("xclient", _ClientMessage), ("pad", c_long * 24)]


class _Attributes(ctypes.Structure):
    _fields_ = [("x", c_int), ("y", c_int), ("width", c_int), ("height", c_int), ("border_width", c_int),
                ("depth", c_int), ("visual", c_void_p), ("root", c_ulong), ("class_", c_int),
                ("bit_gravity", c_int), ("win_gravity", c_int), ("backing_store", c_int),
                ("backing_planes", c_ulong), ("backing_pixel", c_ulong), ("save_under", c_int),
                ("colormap", c_ulong), ("map_installed", c_int), ("map_state", c_int),
                ("all_event_masks", c_long), ("your_event_mask", c_long), ("do_not_propagate_mask", c_long),
                ("override_redirect", c_int), ("screen", c_void_p)]


_ERROR_HANDLER = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)
_ignore_errors = _ERROR_HANDLER(lambda display, error: 0)  # a window that vanished is no reason to exit
_lib = None


def _x11():
    global _lib
    if _lib is None:
        lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        lib.XOpenDisplay.restype = c_void_p
        lib.XOpenDisplay.argtypes = [c_char_p]
        lib.XInternAtom.restype = c_ulong
        lib.XInternAtom.argtypes = [c_void_p, c_char_p, c_int]
        lib.XDefaultRootWindow.restype = c_ulong
        lib.XDefaultRootWindow.argtypes = [c_void_p]
        lib.XSendEvent.argtypes = [c_void_p, c_ulong, c_int, c_long, POINTER(_Event)]
        lib.XGetWindowProperty.argtypes = [c_void_p, c_ulong, c_ulong, c_long, c_long, c_int, c_ulong,
                                           POINTER(c_ulong), POINTER(c_int), POINTER(c_ulong), POINTER(c_ulong),
                                           POINTER(POINTER(c_ubyte))]
        lib.XGetWindowAttributes.argtypes = [c_void_p, c_ulong, POINTER(_Attributes)]
        lib.XSelectInput.argtypes = [c_void_p, c_ulong, c_long]
        lib.XMapWindow.argtypes = [c_void_p, c_ulong]
        lib.XRaiseWindow.argtypes = [c_void_p, c_ulong]
        lib.XFree.argtypes = [c_void_p]
        lib.XEventsQueued.argtypes = [c_void_p, c_int]
        for name in ("XFlush", "XPending", "XConnectionNumber", "XCloseDisplay"):
            getattr(lib, name).argtypes = [c_void_p]
        lib.XNextEvent.argtypes = [c_void_p, POINTER(_Event)]
        lib.XSetErrorHandler(_ignore_errors)
        _lib = lib
    return _lib


class X11Window(QObject):
    """One window as the X11 window manager sees it.

    Signals:
        changed: a property, the mapping or the focus of the window, or the root's desktop state, changed.
    """

    changed = Signal()

    @classmethod
    def open(cls, window_id: int, parent: QObject | None = None) -> X11Window | None:
        """The window's X11 side, or None off X11 or where no connection to the X server opens."""
        if QGuiApplication.platformName() != "xcb" or not window_id:
            return None
        try:
            lib = _x11()
        except OSError:
            log.warning("x11: libX11 could not be loaded; the window manager is not watched")
            return None
        display = lib.XOpenDisplay(None)
        if not display:
            log.warning("x11: no connection to the X server; the window manager is not watched")
            return None
        return cls(lib, display, window_id, parent)

    def __init__(self, lib, display: int, window_id: int, parent: QObject | None) -> None:
        super().__init__(parent)
        self._lib, self._display, self.id = lib, display, int(window_id)
        self.root = lib.XDefaultRootWindow(display)
        self._atoms: dict[str, int] = {}
        lib.XSelectInput(display, self.id, _WATCH_WINDOW)
        lib.XSelectInput(display, self.root, _WATCH_ROOT)
        lib.XFlush(display)
        self._notifier = QSocketNotifier(lib.XConnectionNumber(display), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read_events)
        # Xlib reads events into its own queue during any round trip: those never wake the notifier.
        self._queued = QTimer(self, singleShot=True, interval=0)
        self._queued.timeout.connect(self._read_events)

    def close(self) -> None:
        if self._display:
            self._notifier.setEnabled(False)
            self._queued.stop()
            self._lib.XCloseDisplay(self._display)
            self._display = None

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = self._lib.XInternAtom(self._display, name.encode(), False)
        return self._atoms[name]

    def _read_events(self, *_) -> None:
        event = _Event()
        seen = False
        while self._display and self._lib.XPending(self._display):
            self._lib.XNextEvent(self._display, byref(event))
            seen = True
        if seen:
            self.changed.emit()

    def _after_round_trip(self) -> None:
        if self._display and self._lib.XEventsQueued(self._display, 0) and not self._queued.isActive():
            self._queued.start()

    # What the window manager says ---------------------------------------------------------------------------

    def _property(self, window: int, name: str) -> list[int]:
        if not self._display:
            return []
        kind, form, count, after = c_ulong(), c_int(), c_ulong(), c_ulong()
        data = POINTER(c_ubyte)()
        status = self._lib.XGetWindowProperty(self._display, window, self.atom(name), 0, 1024, False, 0,
                                              byref(kind), byref(form), byref(count), byref(after), byref(data))
        self._after_round_trip()
        if status != 0 or not data:
            return []
        try:
            if form.value != 32:
                return []
            return [value & 0xFFFFFFFF for value in ctypes.cast(data, POINTER(c_long))[:count.value]]
        finally:
            self._lib.XFree(data)

    def states(self) -> set[str]:
        """The window's _NET_WM_STATE, as names without the prefix: FULLSCREEN, ABOVE, STICKY, HIDDEN..."""
        names = ("FULLSCREEN", "ABOVE", "STICKY", "HIDDEN", "BELOW")
        ids = {self.atom(f"_NET_WM_STATE_{name}"): name for name in names}
        return {ids[value] for value in self._property(self.id, "_NET_WM_STATE") if value in ids}

    def desktop(self) -> int | None:
        values = self._property(self.id, "_NET_WM_DESKTOP")
        return values[0] if values else None

    def viewable(self) -> bool:
        attributes = _Attributes()
        if not self._display or not self._lib.XGetWindowAttributes(self._display, self.id, byref(attributes)):
            return False
        self._after_round_trip()
        return attributes.map_state == VIEWABLE

    def iconic(self) -> bool:
        values = self._property(self.id, "WM_STATE")
        return bool(values) and values[0] == ICONIC

    def withdrawn(self) -> bool:
        """Not managed any more (its client unmapped it, or it was never shown): WM_STATE is gone or 0."""
        values = self._property(self.id, "WM_STATE")
        return not values or values[0] == 0

    def active(self) -> bool:
        values = self._property(self.root, "_NET_ACTIVE_WINDOW")
        return bool(values) and values[0] == self.id

    def showing_desktop(self) -> bool:
        values = self._property(self.root, "_NET_SHOWING_DESKTOP")
        return bool(values) and values[0] == 1

    def has_window_manager(self) -> bool:
        return bool(self._property(self.root, "_NET_SUPPORTING_WM_CHECK"))

    # Requests to the window manager ----------------------------------------------------------------------

    def _ask(self, name: str, *data: int, window: int | None = None) -> None:
        if not self._display:
            return
        event = _Event()
        message = event.xclient
        message.type, message.send_event, message.format = _CLIENT_MESSAGE, 1, 32
        message.window = self.id if window is None else window
        message.message_type = self.atom(name)
        for index, value in enumerate(data[:5]):
            message.data[index] = value
        self._lib.XSendEvent(self._display, self.root, False, _SUBSTRUCTURE, byref(event))

    def request(self, *, all_desktops: bool = True, above: bool = True, full_screen: bool = True,
                leave_show_desktop: bool = True) -> None:
        """Ask for every state the window should be in; the window manager ignores what already holds."""
        if all_desktops:
            self._ask("_NET_WM_DESKTOP", ALL_DESKTOPS, _FROM_PAGER)
            self._ask("_NET_WM_STATE", _ADD, self.atom("_NET_WM_STATE_STICKY"), 0, _FROM_PAGER)
        if above:
            self._ask("_NET_WM_STATE", _ADD, self.atom("_NET_WM_STATE_ABOVE"), 0, _FROM_PAGER)
        if full_screen:
            self._ask("_NET_WM_STATE", _ADD, self.atom("_NET_WM_STATE_FULLSCREEN"), 0, _FROM_PAGER)
        if leave_show_desktop and self.showing_desktop():
            self._ask("_NET_SHOWING_DESKTOP", 0, window=self.root)
        self.flush()

    def map_and_raise(self) -> None:
        if self._display:
            self._lib.XMapWindow(self._display, self.id)  # an iconic window's way back (ICCCM 4.1.4)
            self._lib.XRaiseWindow(self._display, self.id)
            self.flush()

    def activate(self) -> None:
        self._ask("_NET_ACTIVE_WINDOW", _FROM_PAGER, 0, 0)
        self.flush()

    def flush(self) -> None:
        if self._display:
            self._lib.XFlush(self._display)
            self._after_round_trip()

