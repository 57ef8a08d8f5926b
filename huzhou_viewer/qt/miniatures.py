"""Miniatures of what the audience saw, for the presenter's console (image://miniature/...).

The audience window is grabbed once a move has settled, scaled down and kept per (language, scene, step):
the console's "now" is the picture just grabbed, its "next" the one kept from when that position was last
on screen. There is never a second set of live scenes, and nothing is grabbed during a key press.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

WIDTH = 640  # pixels: sharp in the console's largest miniature on a 1080p console screen


class Miniatures(QQuickImageProvider):
    """Ids: 'LANG/SCENE/STEP/SERIAL' for one position, 'LANG/SCENE/any/SERIAL' for the scene's latest picture.
    The serial only makes QML ask again; it is ignored here."""

    def __init__(self) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self._by_position: dict[tuple[str, int, int], QImage] = {}
        self._by_scene: dict[tuple[str, int], QImage] = {}
        self._blank = QImage(16, 9, QImage.Format.Format_ARGB32_Premultiplied)
        self._blank.fill(QColor(0, 0, 0, 0))

    def keep(self, language: str, scene: int, step: int, frame: QImage) -> None:
        if frame.isNull() or frame.width() <= 0:
            return
        from PySide6.QtCore import Qt

        small = frame.scaledToWidth(min(WIDTH, frame.width()), Qt.TransformationMode.SmoothTransformation)
        self._by_position[(language, scene, step)] = small
        self._by_scene[(language, scene)] = small

    def has(self, language: str, scene: int, step: int | None = None) -> bool:
        if step is None:
            return (language, scene) in self._by_scene
        return (language, scene, step) in self._by_position

    def clear(self) -> None:
        self._by_position.clear()
        self._by_scene.clear()

    def image(self, image_id: str) -> QImage:
        parts = image_id.split("/")
        try:
            language, scene, step = parts[0], int(parts[1]), parts[2]
            found = (self._by_scene.get((language, scene)) if step == "any"
                     else self._by_position.get((language, scene, int(step))))
        except (IndexError, ValueError):
            found = None
        return found if found is not None else self._blank

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802 - Qt's name
        image = self.image(image_id)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
