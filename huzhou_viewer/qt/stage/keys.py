"""Key events to Qt-free key names: the show's (show/keymap.py) and the modes' (show/presenter_keys.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickWindow

_K = Qt.Key
_NAMES = {
    _K.Key_Right: "Right", _K.Key_Left: "Left", _K.Key_Up: "Up", _K.Key_Down: "Down",
    _K.Key_PageDown: "PageDown", _K.Key_PageUp: "PageUp", _K.Key_Space: "Space", _K.Key_Return: "Return",
    _K.Key_Enter: "Enter", _K.Key_Backspace: "Backspace", _K.Key_Home: "Home", _K.Key_End: "End",
    _K.Key_Escape: "Escape", _K.Key_Period: "Period", _K.Key_Comma: "Comma", _K.Key_Question: "Question",
    _K.Key_F5: "F5", _K.Key_F11: "F11", _K.Key_B: "B", _K.Key_W: "W", _K.Key_N: "N", _K.Key_P: "P",
    _K.Key_L: "L", _K.Key_Display: "DisplayToggle",
    # Named for the modes' key tables; the show's own table has no use for them.
    _K.Key_S: "S", _K.Key_O: "O", _K.Key_A: "A", _K.Key_T: "T", _K.Key_R: "R", _K.Key_X: "X", _K.Key_M: "M",
    _K.Key_Plus: "Plus", _K.Key_Equal: "Equal", _K.Key_Minus: "Minus", _K.Key_0: "0",
}
# Linux clickers: KEY_PRESENTATION (425) and KEY_DISPLAYTOGGLE (431) have no Qt key; X11 and Wayland
# report evdev codes plus 8 as the native scan code.
_SCAN_CODES = {425 + 8: "Presentation", 431 + 8: "DisplayToggle"}
_IGNORED_MODIFIERS = Qt.KeyboardModifier.KeypadModifier


def unreachable_keys() -> frozenset[str]:
    """Keys that cannot reach the program here: X11 key codes stop at 255, so a clicker's KEY_PRESENTATION
    (evdev 425) never arrives there. ("Display" stays: XF86Display arrives, though KEY_DISPLAYTOGGLE does not.)"""
    from PySide6.QtGui import QGuiApplication

    return frozenset({"Presentation"}) if QGuiApplication.platformName() == "xcb" else frozenset()


def key_name(event: QKeyEvent) -> str | None:
    key = event.key()
    mods = event.modifiers() & ~_IGNORED_MODIFIERS
    if _K.Key_1 <= key <= _K.Key_9 and mods == Qt.KeyboardModifier.NoModifier:
        return chr(key)
    if key == _K.Key_Q and mods == Qt.KeyboardModifier.ControlModifier:
        return "Ctrl+Q"  # the one chord with a name: quitting, where a mode's key table offers it
    name = _NAMES.get(key) or _SCAN_CODES.get(event.nativeScanCode())
    if name is None:
        return None
    if name == "Question":
        return name  # '?' needs Shift on most layouts
    if mods == Qt.KeyboardModifier.ShiftModifier and name == "F5":
        return "Shift+F5"
    # Keys with Ctrl or Alt belong to the window manager or other shortcuts, not to the show.
    return name if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier) else None


# While a text field has focus these belong to it; every other key (a clicker's) still drives the show.
_EDITING = {_K.Key_Backspace, _K.Key_Delete, _K.Key_Left, _K.Key_Right, _K.Key_Home, _K.Key_End,
            _K.Key_Escape, _K.Key_Return, _K.Key_Enter, _K.Key_Space}


def is_typing(event: QKeyEvent) -> bool:
    """Whether the key edits text: a printable character without Ctrl or Alt, or an editing key."""
    if event.key() in _EDITING:
        return True
    text = event.text()
    mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    return bool(text) and text.isprintable() and mods == Qt.KeyboardModifier.NoModifier


def typed_into_field(window: QQuickWindow, event: QKeyEvent) -> bool:
    """Whether the key belongs to a text field with focus in `window` (a search), not to the show."""
    focus = window.activeFocusItem()
    return focus is not None and focus.inherits("QQuickTextInput") and is_typing(event)


_PRESSES = {_K.Key_Space, _K.Key_Return, _K.Key_Enter}


def press_focused_control(window: QQuickWindow, event: QKeyEvent) -> bool:
    """Space, Return or Enter on a control that Tab moved the focus to: it is pressed (through the same press
    action a screen reader uses), and the show does not move. True if a control was pressed."""
    focus = window.activeFocusItem()
    if event.key() not in _PRESSES or focus is None or not focus.activeFocusOnTab():
        return False
    if focus.objectName() == "stage":  # the show itself, in the Tab round: its keys stay the show's
        return False
    if event.modifiers() & ~(_IGNORED_MODIFIERS | Qt.KeyboardModifier.ShiftModifier):
        return False
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    control = QAccessible.queryAccessibleInterface(focus)
    actions = control.actionInterface() if control is not None else None
    press = QAccessibleActionInterface.pressAction()
    if actions is None or press not in actions.actionNames():
        return False
    actions.doAction(press)
    return True
