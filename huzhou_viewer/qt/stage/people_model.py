"""The gallery's honourees as a list model, filtered by category and by a name search.

The grid is a GridView over this model, so only the cards on screen exist however many people a pack has.
Search finds names in any language, and pinyin in full or by initials; its index needs pypinyin (about 0.4 s
to import), so it is built on a worker thread the first time search opens, never at start. Until it is
ready, search matches plain text.

Signals:
    filterChanged: the category or the query changed (and with it the rows).
    searchReadyChanged: the pinyin index is built (or dropped after the pack changed).
    revisionChanged: the people changed (language or pack); person() answers anew.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import Property, QAbstractListModel, QByteArray, QModelIndex, QObject, QTimer, Signal, Slot

from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.qt.stage.controller import ShowController

log = logging.getLogger(__name__)

_PERSON_ROLE = 0x0100  # Qt.UserRole, written out (see scene_model.py)


class PeopleModel(QAbstractListModel):
    filterChanged = Signal()
    searchReadyChanged = Signal()
    revisionChanged = Signal()

    def __init__(self, controller: ShowController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._everyone: list[dict[str, Any]] = []
        self._rows: list[dict[str, Any]] = []
        self._category = ""
        self._query = ""
        self._index = None
        self._revision = 0
        self._generation = 0
        self._building = False
        # The worker only fills a plain dict, collected by this timer (which dies with the model): a worker
        # must never call into a QObject that a closed window may already have deleted.
        self._done: dict[str, Any] = {}
        self._collect = QTimer(self, interval=40)
        self._collect.timeout.connect(self._collect_index)
        self._load()
        self._rows = self._everyone
        controller.packChanged.connect(self._pack_changed)
        controller.languageChanged.connect(self._language_changed)

    # The model -----------------------------------------------------------------------------------------

    def roleNames(self) -> dict[int, QByteArray]:
        return {_PERSON_ROLE: QByteArray(b"person")}

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = 0) -> Any:
        if role == _PERSON_ROLE and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()]
        return None

    @Property(int, notify=filterChanged)
    def count(self) -> int:
        return len(self._rows)

    @Property(int, notify=filterChanged)
    def total(self) -> int:
        return len(self._everyone)

    @Property(int, notify=revisionChanged)
    def revision(self) -> int:
        """Goes up whenever the people themselves change (language, pack): person() answers anew."""
        return self._revision

    @Slot(int, result="QVariant")
    def person(self, index: int) -> dict[str, Any] | None:
        """The gallery's honouree at `index`, whatever the filter shows."""
        return self._everyone[index] if 0 <= index < len(self._everyone) else None

    # The filter ----------------------------------------------------------------------------------------

    def _get_category(self) -> str:
        return self._category

    def _set_category(self, category: str) -> None:
        if category != self._category:
            self._category = category
            self._refilter()

    category = Property(str, _get_category, _set_category, notify=filterChanged)

    def _get_query(self) -> str:
        return self._query

    def _set_query(self, query: str) -> None:
        if query != self._query:
            self._query = query
            self._refilter()

    query = Property(str, _get_query, _set_query, notify=filterChanged)

    @Property(bool, notify=searchReadyChanged)
    def searchReady(self) -> bool:
        return self._index is not None

    @Slot()
    def prepareSearch(self) -> None:
        """Start building the pinyin index (returns at once; searchReadyChanged tells when it is done)."""
        if self._index is not None or self._building:
            return
        self._building = True
        done: dict[str, Any] = {"generation": self._generation}
        self._done = done
        entries = self._names()
        threading.Thread(target=_build_index, args=(entries, done), name="name-index", daemon=True).start()
        self._collect.start()

    def find(self, query: str) -> list[str]:
        """The ids the query finds, in gallery order."""
        if self._index is not None:
            return self._index.find(query)
        from huzhou_viewer.show.search import normalized  # plain text until the index is ready

        typed = normalized(query)
        return [pid for pid, names in self._names() if any(typed in normalized(n) for n in names)]

    # Inside --------------------------------------------------------------------------------------------

    def _gallery_people(self, language: str) -> list[dict[str, Any]]:
        for view in self._controller.deck.scenes(language):
            if view["kind"] == "gallery":
                return view.get("people", [])
        return []

    def _names(self) -> list[tuple[str, list[str]]]:
        names: dict[str, list[str]] = {}
        for language in self._controller.deck.languages:
            for person in self._gallery_people(language):
                names.setdefault(person["id"], []).append(unbroken(person["name"]))  # without soft hyphens
        return list(names.items())

    def _load(self) -> None:
        self._everyone = self._gallery_people(self._controller.language)
        self._revision += 1
        self.revisionChanged.emit()

    def _refilter(self) -> None:
        rows = self._everyone
        if self._category:
            rows = [p for p in rows if p.get("categoryId") == self._category]
        if self._query.strip():
            found = set(self.find(self._query))
            rows = [p for p in rows if p["id"] in found]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.filterChanged.emit()

    def _language_changed(self) -> None:
        self._load()
        self._refilter()

    def _pack_changed(self) -> None:
        self._generation += 1
        self._load()
        if not any(c.get("categoryId") == self._category for c in self._everyone):
            self._category = ""
        if self._index is not None:
            self._index = None
            self.searchReadyChanged.emit()
            self.prepareSearch()
        self._refilter()

    def _collect_index(self) -> None:
        done = self._done
        if "index" not in done and "failed" not in done:
            return
        self._collect.stop()
        self._building = False
        if done["generation"] != self._generation:
            self.prepareSearch()  # the pack changed while building: build again
        elif "index" in done:
            self._index = done["index"]
            self._refilter()
            self.searchReadyChanged.emit()


def _build_index(entries: list[tuple[str, list[str]]], done: dict[str, Any]) -> None:
    from huzhou_viewer.show.search import NameIndex

    try:
        done["index"] = NameIndex(entries)
    except Exception:  # search then matches plain text only; the gallery itself is unaffected
        log.exception("the name index could not be built")
        done["failed"] = True
