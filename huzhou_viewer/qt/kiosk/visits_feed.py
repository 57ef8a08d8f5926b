"""Tells the kiosk's counters (show/visits.py) what happens on screen, from the show's own signals: a visitor's
move to a scene (a tap on it), an honouree's page a visitor opened, a search once the typing has settled (and
what it found), and what the screen shows (the attract loop, visitors, black-out, closed).

Moves the kiosk's player makes (the attract loop) are the screen's, not a visitor's: they count only as time shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from huzhou_viewer.show.visits import BLACKOUT, CLOSED, Visits

SEARCH_SETTLE_MS = 2500  # typing has paused this long: that was the search


class VisitsFeed(QObject):
    def __init__(self, kiosk, visits: Visits, settle_ms: int = SEARCH_SETTLE_MS) -> None:
        super().__init__(kiosk)
        self._kiosk, self.visits = kiosk, visits
        self._controller = kiosk.controller
        self._people = kiosk.stage.people
        self._pending: tuple[str, int] | None = None  # the search being typed, and what it finds so far
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(self._searched)
        self._controller.positionChanged.connect(self._on_position)
        self._controller.blankingChanged.connect(self.refresh)
        self._people.filterChanged.connect(self._on_filter)
        self.refresh()

    def close(self) -> None:
        self._controller.positionChanged.disconnect(self._on_position)
        self._controller.blankingChanged.disconnect(self.refresh)
        self._people.filterChanged.disconnect(self._on_filter)
        self._settle.stop()
        self._searched()
        self.visits.close()

    def refresh(self) -> None:
        """What the screen shows from now on."""
        kiosk, controller = self._kiosk, self._controller
        if kiosk.closed:
            what = CLOSED
        elif controller.blackout or controller.whiteout:
            what = BLACKOUT
        else:
            what = f"{'attract' if kiosk.attracting else 'visitors'}:{self._scene_id()}"
        self.visits.showing(what)

    def _scene_id(self) -> str:
        ids = self._controller.deck.scene_ids
        index = self._controller.sceneIndex
        return ids[index] if 0 <= index < len(ids) else ""

    def _on_position(self) -> None:
        self.refresh()
        if self._kiosk.player.moving or self._kiosk.attracting:
            return
        controller = self._controller
        view = controller.deck.scenes(controller.language)[controller.sceneIndex]
        people = view.get("people", []) if view["kind"] == "gallery" else []
        if 0 < controller.step <= len(people):
            self.visits.person(people[controller.step - 1]["id"])
        else:
            self.visits.tap(view["id"])

    def _on_filter(self) -> None:
        typed = self._people.query.strip()
        if not typed:
            self._settle.stop()
            self._searched()  # cleared before it settled: what was typed was still a search
            return
        self._pending = (typed, self._people.count)
        self._settle.start()

    def _searched(self) -> None:
        if self._pending is not None:
            typed, found = self._pending
            self._pending = None
            self.visits.search(typed, found)
