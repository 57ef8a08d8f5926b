"""Choosing how Qt Quick draws: the GPU where it works, the software renderer where it does not."""

from __future__ import annotations

import logging
import os

from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

log = logging.getLogger(__name__)
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc"}

# The raster painter (the software renderer's) splits large fills among Qt's GUI thread pool; on two cores the
# pool's threads and the render thread take turns, and waking them costs more than the split saves.
FEW_CORES = 2


def tune_painting(cores: int | None = None) -> None:
    """Before the first thing is painted (Qt reads the setting once); a value in the environment wins."""
    if (cores if cores is not None else os.cpu_count() or 1) <= FEW_CORES:
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def apply_renderer(setting: str) -> str:
    """Set the graphics API before the first window exists; returns 'gpu' or 'software'."""
    software = setting == "software"
    if setting == "auto":
        software = QGuiApplication.platformName() in _HEADLESS_PLATFORMS or not _opengl_works()
    elif setting == "gpu" and not _opengl_works():
        log.warning("renderer 'gpu' was asked for but OpenGL does not start here; using the software renderer")
        software = True
    if software:
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    return "software" if software else "gpu"


def _opengl_works() -> bool:
    from PySide6.QtGui import QOffscreenSurface, QOpenGLContext

    context = QOpenGLContext()
    if not context.create():
        return False
    surface = QOffscreenSurface()
    surface.create()
    ok = context.makeCurrent(surface)
    if ok:
        context.doneCurrent()
    surface.destroy()
    return ok
