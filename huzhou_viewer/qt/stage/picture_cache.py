"""Decoded pictures an image provider keeps, within a budget of bytes, the most recently used last to go.

A picture the picture queue made for a view stays until Qt has taken it (the view's own ask, on the GUI thread),
whatever the budget: dropped sooner because others were made meanwhile, the view would be told to wait again and the
queue would make it again, round and round when more pictures are asked for at once than the budget holds. A view
takes its picture within a frame or two of the queue's signal; one that has gone, or now wants another size, never
does, so a picture waits at most HANDOVER_S seconds (and at most HANDOVER_COUNT wait) before the budget applies to it
too. The newest picture always stays, even alone over the budget.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from PySide6.QtGui import QImage

HANDOVER_S = 2.0
HANDOVER_COUNT = 64


class PictureCache:
    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._pictures: OrderedDict[tuple, QImage] = OrderedDict()
        self._waiting: OrderedDict[tuple, float] = OrderedDict()  # made off the GUI thread, not yet taken: when
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple) -> QImage | None:
        """The kept picture, now the most recently used (and taken, when asked on the GUI thread); None if not kept."""
        with self._lock:
            image = self._pictures.get(key)
            if image is not None:
                self._pictures.move_to_end(key)
                if threading.current_thread() is threading.main_thread():
                    self._waiting.pop(key, None)
            return image

    def __contains__(self, key: tuple) -> bool:
        with self._lock:
            return key in self._pictures

    def put(self, key: tuple, image: QImage) -> None:
        with self._lock:
            if key in self._pictures:
                return
            self._pictures[key] = image
            self._bytes += image.sizeInBytes()
            now = time.monotonic()
            if threading.current_thread() is not threading.main_thread():
                self._waiting[key] = now
            while self._waiting and (len(self._waiting) > HANDOVER_COUNT
                                     or next(iter(self._waiting.values())) < now - HANDOVER_S):
                self._waiting.popitem(last=False)
            for old in [k for k in self._pictures if k != key and k not in self._waiting]:  # oldest first
                if self._bytes <= self.budget:
                    break
                self._bytes -= self._pictures.pop(old).sizeInBytes()

    @property
    def bytes(self) -> int:
        with self._lock:
            return self._bytes

    def __len__(self) -> int:
        with self._lock:
            return len(self._pictures)
