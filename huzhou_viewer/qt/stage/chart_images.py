"""Charts for QML: `image://chart/<language>/<chart id>/<deck generation>/<screen height>[/contrast][/text<scale>]`,
drawn by matplotlib off the GUI thread (in the high-contrast theme's colours with `/contrast`, with labels at the
visitor's text size with `/text1.25` or `/text1.5`), at the size the view asks for in device pixels, and kept in a
small cache.

Qt Quick asks on the GUI thread (synchronous loading), once the picture queue (picture_queue.py) has drawn the
chart on its own thread into this provider's cache: Qt's loader thread never calls into Python.
Given a cache folder (the show's), a picture is read from it, or drawn into it by a short-lived worker process
(charts/worker.py), so the show itself never imports matplotlib and numpy. Without one (export, tests), it is
drawn in this process, one chart at a time, which suits matplotlib: its font cache is not made for concurrent
use; matplotlib is then imported by the first drawing, never on the way to the first frame. Sizes below MIN_SIDE are
refused: a view asks for one while it is still being laid out, and Agg's hatching divides by zero at a
resolution under one dot per inch.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from huzhou_viewer.qt.stage.controller import ShowController
from huzhou_viewer.qt.stage.picture_cache import PictureCache
from huzhou_viewer.show.fonts import text_family

log = logging.getLogger(__name__)
MIN_SIDE = 32  # pixels
CACHE_BYTES = 16 << 20  # of pixels kept in memory: the scenes near the current one (Qt keeps what is shown)
DEFAULT_SIZE = QSize(1200, 600)


class ChartImages(QQuickImageProvider):
    def __init__(self, controller: ShowController, font_files: list[Path], folder: Path | None = None) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self._controller = controller
        self._font_files = font_files
        self._folder = folder if folder is not None and not getattr(sys, "frozen", False) else None
        self.cache = PictureCache(CACHE_BYTES)
        self._drawing = threading.Lock()  # held for a whole drawing; shutdown() waits on it
        self._closed = False
        self._fonts_ready = False

    def holds(self, chart_id: str, width: int, height: int) -> bool:
        """Whether requestImage would answer from memory (or at once) for this size."""
        key = _key(chart_id, width, height)
        return key is None or key in self.cache

    def requestImage(self, chart_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802 - Qt's name
        key = _key(chart_id, requested.width(), requested.height())
        if key is None:
            return QImage()
        _, width, height = key
        image = self.cache.get(key)  # no waiting for a chart being drawn on the queue's thread (the GUI thread asks)
        if image is None:
            with self._drawing:
                if self._closed:
                    return QImage()
                try:
                    image = self.image(chart_id, width, height)
                except Exception:  # an empty image makes the view say "chart unavailable"; the show goes on
                    log.exception("chart %s could not be drawn", chart_id)
                    self.cache.put(key, QImage())  # kept as failed: the view's ask on the GUI thread must not draw
                    return QImage()
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image

    def shutdown(self) -> None:
        """Wait for a drawing in progress and refuse new ones: the window and its engine are going away,
        and Qt's loader thread must not be inside this object when they do."""
        with self._drawing:
            self._closed = True

    def image(self, chart_id: str, width: int, height: int) -> QImage:
        """The chart's picture, from the cache or drawn now (on the calling thread)."""
        key = (chart_id, width, height)
        kept = self.cache.get(key)
        if kept is not None:
            return kept
        parts = chart_id.split("/")
        flags = parts[4:]
        scale = next((_scale(flag[4:]) for flag in flags if flag.startswith("text")), 1.0)
        spec, theme = self.spec(chart_id, high_contrast="contrast" in flags, text_scale=scale)
        # Labels are sized against the screen, not the chart's box (legible from the back of the hall).
        screen = float(parts[3]) if len(parts) > 3 and parts[3].isdigit() else None
        if self._folder is not None:
            from dataclasses import asdict

            from huzhou_viewer.charts.worker import draw_cached

            request = {"spec": spec, "theme": asdict(theme), "width": width, "height": height, "screen": screen,
                       "fonts": [str(f) for f in self._font_files]}
            data, w, h = draw_cached(request, self._folder)
        else:
            from huzhou_viewer.charts.draw import render_rgba
            from huzhou_viewer.charts.fonts import register_fonts

            if not self._fonts_ready:
                register_fonts(self._font_files)
                self._fonts_ready = True
            data, w, h = render_rgba(spec, theme, width, height, screen)
        image = QImage(data, w, h, w * 4, QImage.Format.Format_RGBA8888).copy()
        self.cache.put(key, image)
        return image

    def spec(self, chart_id: str, high_contrast: bool = False, text_scale: float = 1.0):
        """The chart's spec and theme from the deck on screen: `<language>/<chart id>/...`; in the high-contrast
        theme's colours (show/contrast.py) and at a larger text size when asked, which the worker's cache key
        holds with the rest (they are the theme's)."""
        from huzhou_viewer.charts.theme import ChartTheme

        language, block_id = chart_id.split("/")[:2]
        deck = self._controller.deck
        for view in deck.scenes(language):
            for block in view["blocks"]:
                if block.get("kind") == "chart" and block.get("id") == block_id:
                    p: dict = deck.palette
                    accent = view["accent"]
                    if high_contrast:
                        p = deck.palette["contrast"]
                        accent = p["inks"].get(accent.lower(), p["accent"])
                    family = self._controller.font_family or "HuzhouViewer Sans"
                    quotes = text_family(language, family)
                    theme = ChartTheme(background=p["background"], surface=p["surface"], text=p["text"],
                                       muted=p["muted"], accent=accent, gold=p["gold"],
                                       font_family=family, quotes_family="" if quotes == family else quotes,
                                       text_scale=text_scale)
                    return block, theme
        raise KeyError(f"no chart {block_id!r} in the pack")


def _scale(text: str) -> float:
    """A text size from a chart's address; anything but a plain number in the offered range is the designed size."""
    try:
        scale = float(text)
    except ValueError:
        return 1.0
    return scale if 1.0 <= scale <= 2.0 else 1.0


def _key(chart_id: str, width: int, height: int) -> tuple[str, int, int] | None:
    """The cache's key for a request of width x height (either <= 0: the default size); None for a size refused."""
    if width <= 0 or height <= 0:
        width, height = DEFAULT_SIZE.width(), DEFAULT_SIZE.height()
    return None if min(width, height) < MIN_SIDE else (chart_id, width, height)
