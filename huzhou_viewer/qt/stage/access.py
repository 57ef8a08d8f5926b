"""What a visitor sets at the screen for their own use and the kiosk puts back when it goes home: the reach mode,
which brings every control a visitor needs into the band of the screen a seated person reaches (show/reach.py),
the high-contrast theme (every text 7:1, show/contrast.py) and the text size (1, 1.25 or 1.5 times).

Signals:
    reachChanged: the mode was switched, or the band was measured anew.
    contrastChanged: high contrast was switched on or off.
    textScaleChanged: the text size was changed.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from huzhou_viewer.show.reach import UNMEASURED

TEXT_SCALES = (1.0, 1.25, 1.5)  # what the visitor's text-size switch steps through, in turn


class Access(QObject):
    reachChanged = Signal()
    contrastChanged = Signal()
    textScaleChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reach = False
        self._default = False
        self._band = UNMEASURED
        self._contrast = self._default_contrast = False
        self._scale = self._default_scale = 1.0

    def configure(self, reach: bool, band: tuple[float, float], high_contrast: bool = False,
                  text_scale: float = 1.0) -> None:
        """The installation's defaults (settings) and its measured band; each starts at its default."""
        self._default, self._band = reach, band
        self._default_contrast, self._default_scale = high_contrast, _known_scale(text_scale)
        self._reach = reach
        self.reachChanged.emit()
        self.setHighContrast(high_contrast)
        self.setTextScale(text_scale)

    @Slot()
    def toggleReach(self) -> None:
        self._reach = not self._reach
        self.reachChanged.emit()

    @Slot()
    def toggleContrast(self) -> None:
        self.setHighContrast(not self._contrast)

    @Slot()
    def nextTextScale(self) -> None:
        """The next text size, from the largest back to the normal one."""
        self.setTextScale(TEXT_SCALES[(TEXT_SCALES.index(self._scale) + 1) % len(TEXT_SCALES)])

    def setHighContrast(self, on: bool) -> None:
        if on != self._contrast:
            self._contrast = on
            self.contrastChanged.emit()

    def setTextScale(self, scale: float) -> None:
        scale = _known_scale(scale)
        if scale != self._scale:
            self._scale = scale
            self.textScaleChanged.emit()

    def reset(self) -> None:
        """Back to the installation's defaults: the next visitor starts from them."""
        if self._reach != self._default:
            self._reach = self._default
            self.reachChanged.emit()
        self.setHighContrast(self._default_contrast)
        self.setTextScale(self._default_scale)

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

    @Property(bool, notify=contrastChanged)
    def highContrast(self) -> bool:
        return self._contrast

    @Property(float, notify=textScaleChanged)
    def textScale(self) -> float:
        """How much larger than designed the stage's text is set: 1, 1.25 or 1.5."""
        return self._scale


def _known_scale(scale: float) -> float:
    """The offered size nearest to `scale` (a setting is checked against them; this keeps the cycle whole)."""
    return min(TEXT_SCALES, key=lambda known: abs(known - scale))
