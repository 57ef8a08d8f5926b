"""Key events to the names presenter mode uses (show.presenter_keys), beside the show's own (qt.keys)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from huzhou_viewer.qt.stage.keys import key_name

_K = Qt.Key
_LETTERS = {_K.Key_S: "S", _K.Key_O: "O", _K.Key_A: "A", _K.Key_T: "T", _K.Key_R: "R", _K.Key_X: "X",
            _K.Key_Plus: "Plus",
            _K.Key_Equal: "Equal", _K.Key_Minus: "Minus", _K.Key_0: "0"}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier)


def presenter_key_name(event: QKeyEvent) -> str | None:
    if event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
        return None  # Ctrl and Alt belong to the window manager
    return _LETTERS.get(event.key()) or key_name(event)
