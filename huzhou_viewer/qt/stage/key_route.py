"""The one route every key press in the show's windows takes.

One event filter, on the audience window and on any other window that drives the show (the presenter's
console), names the key once (qt/stage/keys.py) and asks, in this order, until someone takes it:

1. the mode's guard (a kiosk's: its admin chord and panel, keys that would leave the show);
2. a text field with focus, for keys that edit text (they go on to the field, and to nobody else); a control
   that Tab moved the focus to, for Space, Return and Enter (it is pressed);
3. the mode's open overlays (the presenter's overview), in the order they were added;
4. the show's own overlays: Esc closes the key map ('?'), else an honouree's page;
5. the mode's key table (name -> action);
6. the show's key map (show/keymap.py).

A key nobody takes goes on to the window's own items (QML), as does every key with Ctrl or Alt (it has no
name; Ctrl+Q alone is named, for the modes that quit on it). The route knows no mode: modes hand it their
guard, overlays and key table through its methods.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent, QWindow

    from huzhou_viewer.qt.stage.controller import ShowController


class KeyPress:
    """One key press on its way: the event, its name (None: a key the show has no name for, or one with Ctrl
    or Alt) and the window it was pressed in. A plain class: the route is built before the first frame."""

    __slots__ = ("event", "name", "window")

    def __init__(self, event: QKeyEvent, name: str | None, window: QWindow) -> None:
        self.event, self.name, self.window = event, name, window


Claim = Callable[[KeyPress], bool]  # True: taken; nobody later in the route sees the key


class KeyRoute(QObject):
    def __init__(self, controller: ShowController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._guard: Claim | None = None
        self._overlays: list[Claim] = []
        self._mode_keys: Mapping[str, Callable[[], object]] = {}

    def serve(self, window: QWindow) -> None:
        """Route the keys pressed in `window` (the audience's from after its first frame: Stage.start_keys)."""
        window.installEventFilter(self)

    def stop_serving(self, window: QWindow) -> None:
        window.removeEventFilter(self)

    def set_guard(self, guard: Claim | None) -> None:
        """The mode's guard, asked first about every key (None: no guard)."""
        self._guard = guard

    def add_overlay(self, overlay: Claim) -> None:
        """An overlay of the mode's; it takes what it wants while it is open and lets the rest by."""
        self._overlays.append(overlay)

    def remove_overlay(self, overlay: Claim) -> None:
        if overlay in self._overlays:
            self._overlays.remove(overlay)

    def set_mode_keys(self, table: Mapping[str, Callable[[], object]]) -> None:
        """The mode's keys: key name -> action, asked before the show's key map ({} for none)."""
        self._mode_keys = dict(table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # QEvent, its class and its enum, is built at the first event, after the first frame (2 ms, not before it).
        if event.type() != QtCore.QEvent.Type.KeyPress:
            return False
        # Imported at the first key press: the key table needs PySide6's Qt namespace, slow to build.
        from huzhou_viewer.qt.stage.keys import key_name

        taken = self.route(KeyPress(event, key_name(event), watched))
        if taken:
            event.accept()
        return taken

    def route(self, press: KeyPress) -> bool:
        """Take the key to whoever it belongs to (the order is in the module's docstring); False: it goes on
        to the window's own items."""
        from huzhou_viewer.qt.stage.keys import press_focused_control, typed_into_field
        from huzhou_viewer.show.keymap import command_for

        if self._guard is not None and self._guard(press):
            return True
        if press.name is None or typed_into_field(press.window, press.event):
            return False
        if press_focused_control(press.window, press.event):
            return True
        if any(overlay(press) for overlay in self._overlays):
            return True
        if self._show_overlay(press.name):
            return True
        action = self._mode_keys.get(press.name)
        if action is not None:
            action()
            return True
        command = command_for(press.name)
        if command is None:
            return False
        self._controller.run(command)
        return True

    def _show_overlay(self, name: str) -> bool:
        controller = self._controller
        if name == "Escape" and (controller.helpVisible or controller.onPersonPage):
            from huzhou_viewer.show.commands import Command, Op

            controller.run(Command(Op.LEAVE_FULLSCREEN))  # closes the key map first, else the page
            return True
        return False
