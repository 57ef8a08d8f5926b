"""What a visitor sets at the screen for their own use and the kiosk puts back when it goes home: the reach mode,
which brings every control a visitor needs into the band of the screen a seated person reaches (show/reach.py).

Signals:
    reachChanged: the mode was switched, or the band was measured anew.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from huzhou_viewer.show.reach import UNMEASURED


class Access(QObject):
    reachChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reach = False
        self._default = False
        self._band = UNMEASURED

    def configure(self, reach: bool, band: tuple[float, float]) -> None:
        """The installation's default (a setting) and its measured band; the mode starts at the default."""
        self._default, self._band = reach, band
        self._reach = reach
        self.reachChanged.emit()

    @Slot()
    def toggleReach(self) -> None:
        self._reach = not self._reach
        self.reachChanged.emit()

    def reset(self) -> None:
        """Back to the installation's default: the next visitor starts from it."""
        if self._reach != self._default:
            self._reach = self._default
            self.reachChanged.emit()

    @Property(bool, notify=reachChanged)
    def reach(self) -> bool:
        return self._reach

    @Property(float, notify=reachChanged)
    def reachTop(self) -> float:
        """The band's top as a fraction of the stage's height (0 at the top)."""
        return self._band[0]

    @Property(float, notify=reachChanged)
    def reachBottom(self) -> float:
        return self._band[1]
