"""preflight's look at each picture a frame shows: the size it is shown at, or why the show cannot decode it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImageIOHandler, QImageReader

from huzhou_viewer.content.messages import Said, said
from huzhou_viewer.qt.stage.portrait_images import MAX_PIXELS

PROBE_SIDE = 256  # a picture is decoded this big to see that it decodes


class PictureSizes:
    """Each picture file read once: its pixel size, or why it does not decode."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[int, int] | Said] = {}

    def size_or_error(self, path: str) -> tuple[int, int] | Said:
        if path not in self._cache:
            self._cache[path] = read_picture(path)
        return self._cache[path]


def read_picture(path: str) -> tuple[int, int] | Said:
    """The picture's size as shown (turned as its EXIF says), or why it cannot be shown. Decoded small: JPEG
    decodes scaled for less, and a file that decodes small decodes whole (the show decodes at the shown size)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return said("does not decode ({reason})", reason=reader.errorString())
    width, height = size.width(), size.height()
    if width * height > MAX_PIXELS:
        return said("is {width}x{height}: more pixels than the show decodes (at most {limit:,})", width=width,
                    height=height, limit=MAX_PIXELS)
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        width, height = height, width
    scale = min(1.0, PROBE_SIDE / max(width, height))
    reader.setScaledSize(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))))
    if reader.read().isNull():
        return said("does not decode ({reason})", reason=reader.errorString())
    return width, height
