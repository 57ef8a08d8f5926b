"""People's photos for QML: `image://portrait/round/<path>` (or `image://portrait/<path>`), where <path> is the
photo's absolute path, percent-encoded by QML's encodeURIComponent.

Qt Quick asks on the GUI thread (synchronous loading), once the picture queue (picture_queue.py) has decoded the
photo on its own thread into this provider's cache: Qt's loader thread never calls into Python. A photo is decoded
at the size the view asks for (in device pixels) and only then: JPEG is scaled while it is decoded, so a camera's
24-megapixel picture never exists at full size in memory. EXIF orientation is applied. A photo is refused before any
pixel is decoded when it is over MAX_PIXELS, or when its format can only be decoded whole (PNG, WebP) and that would
pass Qt's allocation limit; content/checks.py warns about the same photos when a pack is validated.

`round/` asks for the picture as Portrait.qml shows it: cropped from the centre to the requested shape and
cut to a disc with an anti-aliased transparent edge. The disc is in the pixels, not in a mask, so it is
round on every scene-graph renderer, the software one too (Qt Quick's `clip` is rectangular and its masks
need shaders). Without `round/` the photo comes whole, scaled to cover the requested size.

Anything that goes wrong (a missing, unreadable, corrupt or oversized file) gives an empty image, so the
Image goes to its Error status and the generated portrait underneath stays in view, and one log line names
the file. Results are kept in a cache bounded by bytes, keyed by path, modification time, size and the size
asked for; failures are remembered too, so a broken photo is read once a size and logged once, not at
every request.
"""

from __future__ import annotations

import logging
import math
import os
import threading
from collections import OrderedDict
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QImage, QImageIOHandler, QImageReader, QPainter, QTransform
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from huzhou_viewer.qt.stage.picture_cache import PictureCache

log = logging.getLogger(__name__)

MAX_PIXELS = 100_000_000  # the same limit as content/photos.py MAX_PHOTO_PIXELS
CACHE_BYTES = 16 << 20  # decoded pixels Qt no longer holds (it keeps those shown): about 80 grid cards at 1080p
MAX_FAILURES = 256  # remembered failures (each a few hundred bytes)
ROUND = "round"


class PortraitImages(QQuickImageProvider):
    def __init__(self, cache_bytes: int = CACHE_BYTES) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self.cache = PictureCache(cache_bytes)
        self._failed: OrderedDict[tuple, None] = OrderedDict()
        self._lock = threading.Lock()  # for _failed
        self._reading = threading.Lock()  # held for a whole request; shutdown() waits on it
        self._closed = False

    def shutdown(self) -> None:
        """Wait for a photo being read and refuse new requests: the window and its engine are going away,
        and Qt's loader thread must not be inside this object when they do."""
        with self._reading:
            self._closed = True

    def holds(self, image_id: str, width: int, height: int) -> bool:
        """Whether requestImage would answer from memory (a kept picture or a kept failure) for this size."""
        path, round_ = _parse(image_id)
        return self._cached(path, width, height, round_) is not None

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802 - Qt's name
        (path, round_), width, height = _parse(image_id), requested.width(), requested.height()
        # From the cache without waiting for a photo being decoded on the queue's thread (the GUI thread asks).
        image = self._cached(path, width, height, round_)
        if image is None:
            with self._reading:
                if self._closed:
                    return QImage()
                try:
                    image = self.image(path, width, height, round_)
                except Exception:  # never let a photo take the show down: the generated portrait stays
                    log.exception("portrait photo %s could not be shown", path)
                    image = QImage()
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image

    def _cached(self, path: str, width: int, height: int, round_: bool) -> QImage | None:
        """The kept picture (an empty one for a kept failure), or None when it has to be decoded."""
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            return None
        key = (path, st.st_mtime_ns, st.st_size, width, height, round_)
        kept = self.cache.get(key)
        if kept is not None:
            return kept
        with self._lock:
            return QImage() if key in self._failed else None

    @property
    def cached_bytes(self) -> int:
        return self.cache.bytes

    @property
    def cached_count(self) -> int:
        return len(self.cache)

    def image(self, path: str, width: int = 0, height: int = 0, round_: bool = False) -> QImage:
        """The photo at `path` scaled to cover width x height (either may be 0: no limit on that side),
        cut to a disc when `round_`; from the cache or decoded now, on the calling thread. Empty on failure."""
        try:
            st = os.stat(path)
        except (OSError, ValueError) as error:  # ValueError: a NUL in the path
            why = getattr(error, "strerror", None) or error
            return self._failure((path, None, None, width, height, round_), path, why)
        key = (path, st.st_mtime_ns, st.st_size, width, height, round_)
        kept = self.cache.get(key)
        if kept is not None:
            return kept
        with self._lock:
            if key in self._failed:
                return QImage()
        image, problem = _read(path, width, height)
        if image.isNull():
            return self._failure(key, path, problem)
        if round_:
            image = _disc(image, width, height)
        self.cache.put(key, image)
        return image

    def _failure(self, key: tuple, path: str, problem: object) -> QImage:
        """Remember a failure (for this file's version and this size) and log it once per file version."""
        with self._lock:
            known = any(k[:3] == key[:3] for k in self._failed)
            self._failed[key] = None
            self._failed.move_to_end(key)
            while len(self._failed) > MAX_FAILURES:
                self._failed.popitem(last=False)
        if not known:
            log.warning("portrait photo %s not shown (%s); the generated portrait is shown instead", path, problem)
        return QImage()


def _parse(image_id: str) -> tuple[str, bool]:
    """`[round/]<quoted path>`: the path and whether it is cut to a disc."""
    shape, _, encoded = image_id.partition("/")
    if not encoded:  # no shape given: the whole id is the path
        shape, encoded = "", shape
    return unquote(encoded), shape == ROUND


def _read(path: str, width: int, height: int) -> tuple[QImage, str]:
    """Decode the photo, scaled while decoding to cover width x height; (empty image, why) on failure."""
    from huzhou_viewer.content.files import picture_format

    found = picture_format(Path(path))
    if found is None:
        return QImage(), "its content is not a kind of picture that is shown (photos may be JPEG, PNG or WebP)"
    kind = found.lower()
    # That format's plugin and no other: Qt's own guess could hand the file to one that follows links (SVG).
    reader = QImageReader(path, kind.encode("ascii"))
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)
    stored = reader.size()
    if not stored.isValid() or stored.isEmpty():
        return QImage(), f"cannot read its size: {reader.errorString()}"
    sw, sh = stored.width(), stored.height()
    if sw * sh > MAX_PIXELS:
        return QImage(), f"{sw} x {sh} pixels, over the limit of {MAX_PIXELS // 1_000_000} megapixels"
    # EXIF orientation: the reader reports the stored size and scales before it turns the picture.
    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    dw, dh = (sh, sw) if turned else (sw, sh)
    scale = _cover_scale(dw, dh, width, height)
    # Rounded up, so the picture covers the wanted size; in the stored orientation.
    target = QSize(max(1, math.ceil(sw * scale - 1e-6)), max(1, math.ceil(sh * scale - 1e-6)))
    scales_while_decoding = reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize)
    decoded = target if scales_while_decoding else stored
    limit_mib = QImageReader.allocationLimit()
    if limit_mib and decoded.width() * decoded.height() * 4 > limit_mib << 20:
        return QImage(), f"{sw} x {sh} pixels, over Qt's allocation limit of {limit_mib} MiB for a {kind} picture"
    if scale < 1:
        reader.setScaledSize(target)
    image = reader.read()
    if image.isNull():
        return QImage(), f"cannot decode it: {reader.errorString()}"
    return image, ""


def _cover_scale(width: int, height: int, wanted_width: int, wanted_height: int) -> float:
    """The factor (at most 1: never enlarged) that makes width x height cover the wanted size."""
    factors = [w / s for w, s in ((wanted_width, width), (wanted_height, height)) if w > 0]
    return min(1.0, max(factors)) if factors else 1.0


def _disc(image: QImage, width: int, height: int) -> QImage:
    """The centre of `image` in the shape of width x height (square when not given), cut to a disc (an
    ellipse for a non-square shape) with an anti-aliased edge on transparency."""
    iw, ih = image.width(), image.height()
    aspect = width / height if width > 0 and height > 0 else 1.0
    cw = min(iw, ih * aspect)
    ch = cw / aspect
    out_w, out_h = max(1, round(cw)), max(1, round(ch))
    out = QImage(out_w, out_h, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    brush = QBrush(image)
    brush.setTransform(QTransform.fromTranslate(-((iw - out_w) // 2), -((ih - out_h) // 2)))  # whole pixels: no blur
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawEllipse(QRectF(0, 0, out_w, out_h))
    painter.end()
    return out
