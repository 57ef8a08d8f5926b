"""Pictures made ahead on a thread of ours, so that Qt's image loader never calls into Python.

Qt's loader thread asks an image provider for its type while it holds the loader's lock. With a provider written
in Python that question needs the interpreter's lock, which the GUI thread holds whenever our Python code changes
what QML shows (a key, a touch, the kiosk's timer); if that change makes an Image ask the loader for a picture or
drop one, the GUI thread waits for the loader's lock while the loader waits for the interpreter's: the show
freezes, for good. So the providers (chart_images.py, portrait_images.py) answer on the GUI thread only
(synchronous loading), and from memory: a view asks `Pictures.ready(url, width, height, Pictures.serial)`, false
until this queue's thread has drawn or decoded the picture into its provider's cache, and sets its source only
once it is true (`serial` changes after each picture made, so the views ask again). While exporting, every answer
is true: the export waits for its pictures anyway, and they are made on the spot.

The newest ask is made first: a visitor scrolling a gallery sees the cards in view before those scrolled past, and
an ask that no view has repeated since the last picture was made is dropped (every view showing a picture asks
again at each change of `serial`; one that has gone, or now wants another picture, does not).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Property, QObject, QSize, Signal, Slot

log = logging.getLogger(__name__)

SCHEME = "image://"


class PictureQueue(QObject):
    serialChanged = Signal()
    _made = Signal(object)  # emitted on the queue's thread: delivered on the GUI thread

    def __init__(self, exporting=lambda: False) -> None:
        super().__init__(None)
        self._exporting = exporting
        self._providers: dict[str, object] = {}
        self._wanted: list[tuple] = []
        self._asked: dict[tuple, int] = {}  # key -> the serial it was last asked at
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._serial = 0
        self._made.connect(self._on_made)

    def add_provider(self, name: str, provider) -> None:
        """`provider` (a QQuickImageProvider of ours) makes `image://name/...` pictures and keeps them; its
        `holds(id, width, height)` says whether it keeps one now."""
        self._providers[name] = provider

    @Property(int, notify=serialChanged)
    def serial(self) -> int:
        return self._serial

    @Slot(str, int, int, int, result=bool)
    def ready(self, url: str, width: int, height: int, serial: int = 0) -> bool:
        """Whether the view may set `url` as its source now (with sourceSize width x height, as the view sets
        them, -1 for a side it leaves free). `serial` is only there so that a binding asks again."""
        if not url.startswith(SCHEME) or self._closed:
            return False
        name, _, image_id = url[len(SCHEME):].partition("/")
        if name not in self._providers:
            return False
        if self._exporting():
            return True
        # What the provider holds now, not what it once made: a picture made and then dropped from its cache
        # (others made since, before any view took it) is made again here, never on the GUI thread by Qt's ask.
        if self._providers[name].holds(image_id, width, height):
            return True
        key = (url, width, height)
        with self._wake:
            if key not in self._asked:
                self._wanted.append(key)
                self._wake.notify()
            self._asked[key] = self._serial
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="pictures", daemon=True)
            self._thread.start()
        return False

    def close(self) -> None:
        """No more pictures: the thread ends after the one it is making (the providers' shutdown waits for it)."""
        with self._wake:
            self._closed = True
            self._wanted.clear()
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._wanted and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                key = self._wanted.pop()  # the newest ask
                if self._asked.get(key, -1) < self._serial - 1:  # not asked again since: nobody wants it now
                    self._asked.pop(key, None)
                    continue
            url, width, height = key
            name, _, image_id = url[len(SCHEME):].partition("/")
            try:
                # Made and kept by the provider; a failure is kept there too, and the view then shows its fallback.
                self._providers[name].requestImage(image_id, QSize(), QSize(width, height))
            except Exception:  # the providers catch their own; this thread must outlive anything else
                log.exception("picture %s could not be made", url)
            try:
                self._made.emit(key)
            except RuntimeError:  # the stage has gone while the picture was being made
                return

    def _on_made(self, key: tuple) -> None:
        with self._wake:
            self._asked.pop(key, None)
        self._serial += 1
        self.serialChanged.emit()
