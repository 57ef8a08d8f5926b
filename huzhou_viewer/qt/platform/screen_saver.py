"""Keeping the screen awake while the kiosk runs, and letting it sleep again on exit.

First the freedesktop ScreenSaver D-Bus interface, on a connection of our own: the service keeps the inhibition
while the connection that asked lives, so closing it gives the screen back (UnInhibit would need a uint cookie,
which PySide cannot send; it would send an int and the call would not match). Where no session bus or service
answers, X11's screen saver and DPMS are switched off with `xset` and switched back on at exit.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)
SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
CONNECTION = "huzhou-viewer-screensaver"


def _run(args: Sequence[str]) -> bool:
    try:
        return subprocess.run(list(args), capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


class ScreenSaverInhibitor:
    def __init__(self, run: Callable[[Sequence[str]], bool] = _run, use_dbus: bool = True) -> None:
        self._run = run
        self._use_dbus = use_dbus
        self._cookie: int | None = None
        self._iface = None
        self.connection_name = ""  # our connection's unique name on the bus while it inhibits
        self.how = ""  # "dbus", "xset" or "" (nothing could be done)

    def inhibit(self) -> str:
        if self._use_dbus and self._inhibit_dbus():
            self.how = "dbus"
        elif os.environ.get("DISPLAY") and shutil.which("xset") and self._run(["xset", "s", "off", "-dpms"]):
            self.how = "xset"
        else:
            log.warning("screen blanking could not be switched off (no ScreenSaver service, no xset)")
        if self.how:
            log.info("screen blanking inhibited through %s", self.how)
        return self.how

    def release(self) -> None:
        if self.how == "dbus":
            from PySide6.QtDBus import QDBusConnection

            self._iface = None
            QDBusConnection.disconnectFromBus(CONNECTION)
        elif self.how == "xset":
            self._run(["xset", "s", "on", "+dpms"])
        self.how = ""

    def _inhibit_dbus(self) -> bool:
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return False  # connecting would only warn
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
        except ImportError:
            return False
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, CONNECTION)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(CONNECTION)
            return False
        iface = QDBusInterface(SERVICE, PATH, SERVICE, bus)
        reply = iface.call("Inhibit", "huzhou-viewer", "kiosk show running") if iface.isValid() else None
        if reply is None or reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            QDBusConnection.disconnectFromBus(CONNECTION)
            return False
        self._iface, self._cookie = iface, reply.arguments()[0]
        self.connection_name = bus.baseService()
        return True
