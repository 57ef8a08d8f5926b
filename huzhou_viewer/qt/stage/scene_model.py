"""The scenes of the show as a list model: one row per scene, its view data in the current language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QAbstractListModel, QByteArray, QModelIndex, QObject, Signal

from huzhou_viewer.qt.stage.controller import ShowController
from huzhou_viewer.qt.stage.icon_font import IconFont

_ROLES = ("sceneId", "kind", "label", "barLabel", "accent", "iconGlyph", "iconFamily", "view")
# Qt.ItemDataRole.UserRole, written out: the first use of PySide6's Qt namespace costs ~18 ms at start.
_USER_ROLE = 0x0100


class SceneModel(QAbstractListModel):
    """Signals:
    labelsChanged: the scenes' timeline labels changed (another pack or language).
    """

    labelsChanged = Signal()

    def __init__(self, controller: ShowController, icons: IconFont, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._icons = icons
        self._rows: list[dict[str, Any]] = []
        self._rebuild()
        controller.packChanged.connect(self._reset)
        controller.languageChanged.connect(self._refresh)
        icons.readyChanged.connect(self._refresh)

    def roleNames(self) -> dict[int, QByteArray]:
        return {_USER_ROLE + i: QByteArray(name.encode()) for i, name in enumerate(_ROLES)}

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = _ROLES[role - _USER_ROLE] if _USER_ROLE <= role < _USER_ROLE + len(_ROLES) else None
        return self._rows[index.row()].get(name) if name else None

    @Property("QVariantList", notify=labelsChanged)
    def barLabels(self) -> list[str]:
        """Every scene's label as the timeline bar shows it, in order: the bar shares its width by them."""
        return [row["barLabel"] for row in self._rows]

    def row(self, i: int) -> dict[str, Any]:
        return self._rows[i]

    def _rebuild(self) -> None:
        self._rows = []
        for view in self._controller.deck.scenes(self._controller.language):
            family, glyph = self._icons.glyph(view["icon"])
            if "people" in view and view["kind"] == "gallery":
                # Its honourees reach QML through PeopleModel, a row at a time: a thousand of them in the
                # view data would be converted for QML whole, on every read. Their number stays (peopleCount).
                view = {**view, "people": None}
            self._rows.append({"sceneId": view["id"], "kind": view["kind"], "label": view["label"],
                               "barLabel": view["barLabel"],
                               "accent": view["accent"], "iconGlyph": glyph, "iconFamily": family,
                               "view": view})

    def _reset(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()
        self.labelsChanged.emit()

    def _refresh(self) -> None:
        # Same rows, new words: keep the delegates (and the position on screen), update their bindings.
        if len(self._rows) != len(self._controller.deck.scene_ids):
            return self._reset()
        self._rebuild()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        self.labelsChanged.emit()
