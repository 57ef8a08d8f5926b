"""What a screen reader must be told that QML cannot tell it: the QML singleton `Assistive`.

The stage's description is what the step on screen shows (headline, figures, a chart's description, a person's
page) as sentences: the scenes' own texts are not in the tree one by one (hidden steps, neighbouring scenes and
the stage's line-break joiners would come with them).

A timeline tab's `Accessible.selected` changes, but Qt's AT-SPI bridge passes on no change of the selected state
(only of checked, focused, enabled and a few more): a screen reader kept the first tab as the current one. A
selection event is what it does pass on, as the item's new selected state and a selection change of its list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from huzhou_viewer.qt.stage.controller import ShowController


class Assistive(QObject):
    stageDescriptionChanged = Signal()

    def __init__(self, controller: ShowController) -> None:
        super().__init__(None)
        self._controller = controller
        self._started = False
        controller.placeChanged.connect(self.stageDescriptionChanged)

    def start(self) -> None:
        """Describe the stage from now on: after the first frame, which the sentences' module (6 ms) would delay."""
        if not self._started:
            self._started = True
            self.stageDescriptionChanged.emit()

    @Property(str, notify=stageDescriptionChanged)
    def stageDescription(self) -> str:  # noqa: N802 - QML's naming
        if not self._started:
            return ""
        from huzhou_viewer.show.speech_text import step_words

        show = self._controller
        view = show.deck.scenes(show.language)[show.sceneIndex]
        return step_words(view, show.step, show.deck.words(show.language), show.language)

    @Slot(QObject)
    def selectionChanged(self, item: QObject) -> None:  # noqa: N802 - QML's naming
        """`item`'s Accessible.selected has changed (or is about to, in the same binding update): say so."""
        # After this turn of the event loop: the binding of Accessible.selected may be updated after the handler
        # that calls this, and the bridge reads the state when it sends.
        QTimer.singleShot(0, item, lambda: _send(item))  # dropped if the item goes first


def _send(item: QObject) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleEvent  # 3 ms to build: not before the first frame

    if not shiboken6.isValid(item) or not QAccessible.isActive():
        return
    selected = QAccessible.queryAccessibleInterface(item)
    if selected is None:
        return
    kind = QAccessible.Event.SelectionAdd if selected.state().selected else QAccessible.Event.SelectionRemove
    QAccessible.updateAccessibility(QAccessibleEvent(item, kind))
