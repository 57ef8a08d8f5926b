"""Presenter mode's keys, as the stage's key route takes them (qt/stage/key_route.py): the overview's keys
while it is open (an overlay), and the presenter's key table (show/presenter_keys.py) -> the console's slots.
They act in either window, the audience's or the console."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from huzhou_viewer.qt.stage.key_route import KeyPress
from huzhou_viewer.show.presenter_keys import BINDINGS, action_for


def _keep_full_screen() -> None:
    """Esc with nothing open, and F11: in presenter mode the audience never leaves full screen (that would surprise
    everyone in the hall). The key map and an honouree's page still close on Esc, earlier in the route."""


def key_table(console) -> dict[str, Callable[[], object]]:
    """Key name -> what the console does, for every presenter key."""
    actions: dict[str, Callable[[], object]] = {
        "toggle-console": console.toggleConsole,
        "overview": console.openOverview,
        "auto-advance": console.toggleAuto,
        "swap-screens": console.swapRequest.emit,
        "timer": console.toggleTimer,
        "timer-reset": console.resetTimer,
        "notes-larger": partial(console.zoomNotes, 1),
        "notes-smaller": partial(console.zoomNotes, -1),
    }
    table = {name: actions[action] for names, action, _ in BINDINGS for name in names}
    table["Escape"] = table["F11"] = _keep_full_screen
    return table


class OverviewKeys:
    """The overview as an overlay on the key route: while it is open it takes the navigation keys and Esc or
    O (which close it); everything else goes on."""

    def __init__(self, console) -> None:
        self._console = console

    def __call__(self, press: KeyPress) -> bool:
        console = self._console
        if not console.overviewOpen or press.name is None:
            return False
        action = action_for(press.name, overview_open=True)
        if action == "close-overview":
            console.closeOverview()
        elif action == "overview-key":
            console.overview_key(press.name)
        else:
            return False
        return True
