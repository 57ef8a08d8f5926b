"""qtawesome's icon fonts, loaded after the first frame, as (font family, glyph) pairs for QML Text.

Drawing an icon as a glyph of its font keeps it sharp at any stage scale and needs no image provider.
qtawesome itself is never imported (it costs a quarter of a second and pulls in QtWidgets): a worker thread
reads its font and charmap files, and the fonts are registered with Qt on the GUI thread when it is done.
The worker only fills a plain dict, collected by a timer that dies with this object: a worker must never
call into a QObject that a closing window may already have deleted.

Signals:
    readyChanged: the fonts are registered; glyph() now returns real glyphs.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)


class IconFont(QObject):
    readyChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready = False
        self._loading = False
        self._families: dict[str, str] = {}
        self._charmaps: dict[str, dict[str, int]] = {}
        self._done: dict[str, object] = {}
        self._worker: threading.Thread | None = None
        self._collect = QTimer(self, interval=30)
        self._collect.timeout.connect(self._collect_fonts)

    @Property(bool, notify=readyChanged)
    def ready(self) -> bool:
        return self._ready

    @property
    def loading(self) -> bool:
        """Loading on the worker: an export waits for it, so no picture is taken with icons missing."""
        return self._loading and not self._ready

    def glyph(self, name: str) -> tuple[str, str]:
        """('', '') until the fonts are loaded or when the name is unknown, so views show no icon."""
        prefix, _, icon = name.partition(".")
        code = self._charmaps.get(prefix, {}).get(icon)
        if code is None or prefix not in self._families:
            return "", ""
        return self._families[prefix], chr(code)

    def known(self, name: str) -> bool:
        return bool(self.glyph(name)[1])

    @Slot()
    def load_later(self) -> None:
        """Start loading on a worker thread; returns at once."""
        if self._loading or self._ready:
            return
        self._loading = True
        done: dict[str, object] = {}
        self._done = done
        self._worker = threading.Thread(target=_import, args=(done,), name="icon-fonts", daemon=True)
        self._worker.start()
        self._collect.start()

    def finish(self, timeout: float = 10.0) -> None:
        """Wait for the worker: a show closed while it still imports Qt modules (qtawesome pulls in QtWidgets)
        crashed in that import as the application went down."""
        if self._worker is not None:
            self._worker.join(timeout)

    def load_now(self) -> None:
        """Load on this thread (export, tests): icons are there for the first picture."""
        if not self._ready:
            self._register(self._read_fonts())

    def _collect_fonts(self) -> None:
        if "fonts" in self._done:
            self._collect.stop()
            self._register(self._done["fonts"])
        elif "failed" in self._done:
            self._collect.stop()
            self._loading = False

    @staticmethod
    def _read_fonts() -> list[tuple[str, bytes, dict[str, int]]]:
        import json
        import os

        from huzhou_viewer.content.icons import font_table  # qtawesome's table, read from its source

        fonts_dir, table = font_table()
        loaded = []
        for prefix, ttf, charmap in table:  # (prefix, font file, charmap file)
            with open(os.path.join(fonts_dir, charmap), encoding="utf-8") as f:
                codes = {k: int(v, 16) if isinstance(v, str) else int(v) for k, v in json.load(f).items()}
            with open(os.path.join(fonts_dir, ttf), "rb") as f:
                loaded.append((prefix, f.read(), codes))
        return loaded

    def _register(self, loaded: list[tuple[str, bytes, dict[str, int]]]) -> None:
        for prefix, data, codes in loaded:
            font_id = QFontDatabase.addApplicationFontFromData(data)
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                self._families[prefix] = families[0]
                self._charmaps[prefix] = codes
        self._ready = True
        self._loading = False
        self.readyChanged.emit()



def _import(done: dict[str, object]) -> None:
    try:
        done["fonts"] = IconFont._read_fonts()
    except Exception:  # a broken qtawesome must not take the show down: no icons, a line in the log
        log.exception("icon fonts could not be loaded; the timeline bar shows labels only")
        done["failed"] = True
