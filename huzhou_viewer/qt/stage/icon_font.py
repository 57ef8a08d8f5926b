"""qtawesome's icon fonts, loaded after the first frame, as (font family, glyph) pairs for QML Text.

Drawing an icon as a glyph of its font keeps it sharp at any stage scale and needs no image provider.
qtawesome is never imported (a quarter of a second, and qtpy with it, about 10 MiB of memory for a few
glyphs): its font table is read from its source and its charmaps from its fonts folder, on a worker thread.
A font file is registered with Qt, on the GUI thread, only when a glyph of it is first asked for: a pack
that uses one icon font holds one, not twelve. The worker only fills a plain dict,
collected by a timer that dies with this object: a worker must never call into a QObject that a closing
window may already have deleted.

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
        self._files: dict[str, str] = {}  # font files not registered yet
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
        if code is None or not self._register(prefix):
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
            self._take(self._read_fonts())

    def _collect_fonts(self) -> None:
        if "fonts" in self._done:
            self._collect.stop()
            self._take(self._done["fonts"])
        elif "failed" in self._done:
            self._collect.stop()
            self._loading = False

    @staticmethod
    def _read_fonts() -> list[tuple[str, str, dict[str, int]]]:
        """(prefix, font file, charmap) for each of qtawesome's fonts, without importing it."""
        import json
        import os

        from huzhou_viewer.content.icons import font_table  # qtawesome's table, read from its source

        fonts_dir, table = font_table()
        loaded = []
        for prefix, ttf, charmap in table:  # (prefix, font file, charmap file)
            with open(os.path.join(fonts_dir, charmap), encoding="utf-8") as f:
                codes = {k: int(v, 16) if isinstance(v, str) else int(v) for k, v in json.load(f).items()}
            loaded.append((prefix, os.path.join(fonts_dir, ttf), codes))
        return loaded

    def _take(self, loaded: list[tuple[str, str, dict[str, int]]]) -> None:
        for prefix, path, codes in loaded:
            self._files[prefix] = path
            self._charmaps[prefix] = codes
        self._ready = True
        self._loading = False
        self.readyChanged.emit()

    def _register(self, prefix: str) -> bool:
        if prefix not in self._families and prefix in self._files:
            path = self._files.pop(prefix)
            font_id = QFontDatabase.addApplicationFont(path)
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                self._families[prefix] = families[0]
            else:
                log.warning("icon font %s could not be loaded; its icons are left out", path)
        return prefix in self._families


def _import(done: dict[str, object]) -> None:
    try:
        done["fonts"] = IconFont._read_fonts()
    except Exception:  # a broken qtawesome must not take the show down: no icons, a line in the log
        log.exception("icon fonts could not be loaded; the timeline bar shows labels only")
        done["failed"] = True
