"""Miniatures of what the audience saw, for the presenter's console (image://miniature/...).

The audience window is grabbed once a move has settled, scaled down and kept per (language, scene, step):
the console's "now" is the picture just grabbed, its "next" the one kept from when that position was last
on screen. There is never a second set of live scenes, and nothing is grabbed during a key press.

Kept pictures are also written (JPEG, atomically) to a folder per pack and deck fingerprint, so after a
rehearsal every "next" is there from the first press of the show; a changed pack starts a fresh folder.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from huzhou_viewer.atomic import replacing
from huzhou_viewer.show.deck import Deck

log = logging.getLogger(__name__)

WIDTH = 640  # pixels: sharp in the console's largest miniature on a 1080p console screen
Key = tuple[str, int, int]


def store_for(root: Path, deck: Deck) -> Path:
    """The folder for this deck's pictures: the pack's id and a fingerprint of everything it shows."""
    text = json.dumps(deck.data, sort_keys=True, ensure_ascii=False, default=str)
    return root / f"{deck.pack_id}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}"


class Miniatures(QQuickImageProvider):
    """Ids: 'LANG/SCENE/STEP/SERIAL' for one position, 'LANG/SCENE/any/SERIAL' for the scene's latest picture.
    The serial only makes QML ask again; it is ignored here."""

    def __init__(self) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self._images: dict[Key, QImage] = {}
        self._files: dict[Key, Path] = {}  # kept on disk by an earlier run, read when first asked for
        self._latest: dict[tuple[str, int], Key] = {}
        self._store: Path | None = None
        self._blank = QImage(16, 9, QImage.Format.Format_ARGB32_Premultiplied)
        self._blank.fill(QColor(0, 0, 0, 0))

    def use_store(self, folder: Path | None) -> None:
        """Read and write pictures in `folder` (None: memory only); other folders of the same pack go."""
        self.clear()
        self._store = folder
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            pack = folder.name.rsplit("-", 1)[0]
            for other in folder.parent.iterdir():
                if other != folder and other.is_dir() and other.name.rsplit("-", 1)[0] == pack:
                    shutil.rmtree(other, ignore_errors=True)
            for file in folder.glob("*_*_*.jpg"):
                language, scene, step = file.stem.rsplit("_", 2)
                if scene.isdigit() and step.isdigit():  # anything else is not ours
                    key = (language, int(scene), int(step))
                    self._files[key] = file
                    self._latest.setdefault(key[:2], key)
        except OSError as error:  # pictures are a help, never a reason to stop
            log.warning("console pictures in %s are not usable: %s", folder, error)

    def keep(self, language: str, scene: int, step: int, frame: QImage) -> None:
        if frame.isNull() or frame.width() <= 0:
            return
        from PySide6.QtCore import Qt

        small = frame.scaledToWidth(min(WIDTH, frame.width()), Qt.TransformationMode.SmoothTransformation)
        key = (language, scene, step)
        self._images[key] = small
        self._latest[(language, scene)] = key
        if self._store is not None:
            self._write(key, small)

    def _write(self, key: Key, image: QImage) -> None:
        target = self._store / f"{key[0]}_{key[1]}_{key[2]}.jpg"
        try:
            with replacing(target) as tmp:
                if not image.save(str(tmp), "JPEG", 85):
                    raise OSError("the picture could not be encoded")
            self._files[key] = target
        except OSError as error:
            log.warning("could not keep a console picture in %s: %s", self._store, error)

    def has(self, language: str, scene: int, step: int | None = None) -> bool:
        if step is None:
            return (language, scene) in self._latest
        return (language, scene, step) in self._images or (language, scene, step) in self._files

    def clear(self) -> None:
        self._images.clear()
        self._files.clear()
        self._latest.clear()

    def _get(self, key: Key | None) -> QImage | None:
        if key is None:
            return None
        if key not in self._images and key in self._files:
            image = QImage(str(self._files[key]))
            if image.isNull():
                del self._files[key]
                return None
            self._images[key] = image
        return self._images.get(key)

    def image(self, image_id: str) -> QImage:
        parts = image_id.split("/")
        try:
            language, scene, step = parts[0], int(parts[1]), parts[2]
            key = self._latest.get((language, scene)) if step == "any" else (language, scene, int(step))
            found = self._get(key)
        except (IndexError, ValueError):
            found = None
        return found if found is not None else self._blank

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802 - Qt's name
        image = self.image(image_id)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
