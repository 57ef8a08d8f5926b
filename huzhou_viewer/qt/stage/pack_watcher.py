"""Live reload: when the organiser saves a file of the pack, the running show picks it up.

A broken save never reaches the screen: the show keeps the last good content, says so in a quiet
on-screen notice and logs every problem; the next good save clears the notice.

Signals:
    reloaded(bool): a change was read; True when it is now on screen, False when it was refused.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from huzhou_viewer.qt.stage.controller import ShowController

log = logging.getLogger(__name__)
QUIET_MS = 300  # editors write a file in several steps; wait for them to finish


class PackWatcher(QObject):
    reloaded = Signal(bool)

    def __init__(self, controller: ShowController, root: Path, cache_dir: Path | None, parent: QObject | None = None,
                 phrasing: str = "tw"):
        super().__init__(parent)
        self._controller, self._root, self._cache = controller, Path(root).resolve(), cache_dir
        self._phrasing = phrasing
        self._watcher = QFileSystemWatcher(self)
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(self.reload)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        self._watch()

    def _watch(self) -> None:
        # Folders catch files replaced by rename (how most editors save); files catch writes in place.
        paths = [str(p) for p in [self._root, *self._root.rglob("*")] if p.suffix in ("", ".yaml", ".yml")
                 and (p.is_dir() or p.is_file())]
        stale = set(self._watcher.files() + self._watcher.directories()) - set(paths)
        if stale:
            self._watcher.removePaths(list(stale))
        fresh = [p for p in paths if p not in self._watcher.files() + self._watcher.directories()]
        if fresh:
            self._watcher.addPaths(fresh)

    def _changed(self, _path: str) -> None:
        self._quiet.start()

    def reload(self) -> None:
        from huzhou_viewer.content.problems import PackError
        from huzhou_viewer.show.deck_cache import load_deck

        self._watch()
        try:
            deck = load_deck(self._root, self._cache, self._phrasing)
        except PackError as error:
            log.error("the changed pack %s has errors; still showing the last good content:\n%s", self._root, error)
            if self._controller.notice_key != "pack-fallback":  # that one already says what the screen shows
                self._controller.set_notice("pack-reload-failed")
            self.reloaded.emit(False)
            return
        if deck.data != self._controller.deck.data:
            self._controller.set_deck(deck)
            log.info("pack %s reloaded", self._root)
        self._controller.set_notice("")
        self.reloaded.emit(True)
