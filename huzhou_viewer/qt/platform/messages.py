"""Qt's own warnings (a QML binding that failed, an image that would not load) into the program's log,
where a technician looks, instead of a terminal nobody sees on a kiosk."""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")
_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
           QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
           QtMsgType.QtFatalMsg: logging.CRITICAL}


def _handle(kind: QtMsgType, context, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
    log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def route_qt_messages_to_log():
    """Install the handler; returns the one it replaces."""
    return qInstallMessageHandler(_handle)
