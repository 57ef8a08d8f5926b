"""What the presenter's console shows of a venue (`Modes.venue` in QML): every screen with its status,
whether the broker is there, and the announcement, which the console may set or take away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from huzhou_viewer.show import venue


class Presence(QObject):
    """Signals:
        changed: a screen came, went or moved; the broker came or went; this screen stopped leading.
        announcementChanged: the announcement changed.
        composeRequested: the presenter pressed the key that starts writing an announcement.
    """

    changed = Signal()
    announcementChanged = Signal()
    composeRequested = Signal()

    def __init__(self, announce: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._announce = announce
        self._rows: list[dict] = []
        self._broker_up = False
        self._leading = True
        self._announcement = ""

    def update(self, statuses: dict[str, venue.Status], pack: str, digest: str, broker_up: bool,
               leading: bool) -> None:
        self._rows = [{"name": r.client, "role": r.role, "online": r.online, "where": r.where,
                       "language": r.language, "link": r.link, "otherPack": r.other_pack,
                       "lag": -1.0 if r.lag_ms is None else r.lag_ms,
                       "offset": -1.0 if r.offset_ms is None else r.offset_ms}
                      for r in venue.screen_rows(statuses, pack, digest)]
        self._broker_up, self._leading = broker_up, leading
        self.changed.emit()

    @Property("QVariantList", notify=changed)
    def screens(self) -> list[dict]:
        return self._rows

    @Property(int, notify=changed)
    def dropped(self) -> int:
        return sum(not row["online"] for row in self._rows)

    @Property(bool, notify=changed)
    def brokerUp(self) -> bool:
        return self._broker_up

    @Property(bool, notify=changed)
    def leading(self) -> bool:
        return self._leading

    def set_announcement(self, text: str) -> None:
        if text != self._announcement:
            self._announcement = text
            self.announcementChanged.emit()

    @Property(str, notify=announcementChanged)
    def announcement(self) -> str:
        return self._announcement

    @Slot(str)
    def announce(self, text: str) -> None:
        """Put `text` on every screen ('' takes it away)."""
        self._announce(text)

    @Slot()
    def clearAnnouncement(self) -> None:
        self._announce("")
