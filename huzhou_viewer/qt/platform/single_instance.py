"""One kiosk per user and settings folder: a second start brings the running show to the front and exits.

The first instance listens on a local socket named after the user and the settings folder; a later start
connects, asks it to come to the front, and leaves. A socket left behind by a crash is removed before listening.
"""

from __future__ import annotations

import hashlib
import logging
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
CONNECT_MS = 1000


def server_name(config_dir: str) -> str:
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha1(os.path.abspath(config_dir).encode("utf-8")).hexdigest()[:10]
    return f"huzhou-viewer-{uid}-{digest}"


def ask_running_to_raise(name: str) -> bool:
    """True when an instance is already listening under `name` (and was asked to come to the front)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(b"raise\n")
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Listens for later starts.

    Signals:
        raiseRequested: a second start asked this instance to come to the front.
    """

    raiseRequested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        QLocalServer.removeServer(name)  # a crash leaves the socket file behind
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(name):
            log.warning("single instance: cannot listen on %s: %s", name, self._server.errorString())
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            log.info("a second start asked the running show to come to the front")
            self.raiseRequested.emit()

    def close(self) -> None:
        self._server.close()
