"""Keys and presenter-clicker buttons, by name, to show commands.

Names are Qt-free ("PageDown", "Shift+F5", "Presentation"); the Qt layer turns key events into them.
The same table feeds the on-screen key map ('?') and the README, so they cannot disagree.
"""

from __future__ import annotations

from huzhou_viewer.show.commands import Command, Op

# (key names, operation, label key in show.labels). Order is the order of the on-screen key map.
BINDINGS: tuple[tuple[tuple[str, ...], Op, str], ...] = (
    (("Right", "Down", "PageDown", "Space", "Return", "Enter", "N"), Op.NEXT, "next"),
    (("Left", "Up", "PageUp", "Backspace", "P"), Op.PREVIOUS, "previous"),
    (("Home",), Op.FIRST, "first"),
    (("End",), Op.LAST, "last"),
    (("Period", "B", "DisplayToggle"), Op.BLACKOUT, "blackout"),
    (("Comma", "W"), Op.WHITEOUT, "whiteout"),
    (("F5", "Presentation"), Op.START_FROM_FIRST, "start-from-first"),
    (("Shift+F5",), Op.START_FROM_CURRENT, "start-from-current"),
    (("F11",), Op.TOGGLE_FULLSCREEN, "toggle-fullscreen"),
    (("Escape",), Op.LEAVE_FULLSCREEN, "leave-fullscreen"),
    (("L",), Op.NEXT_LANGUAGE, "next-language"),
    (("Question",), Op.TOGGLE_HELP, "toggle-help"),
)

_TABLE: dict[str, Op] = {name: op for names, op, _ in BINDINGS for name in names}


def command_for(key: str) -> Command | None:
    """The command a key name stands for; digits 1-9 jump to that scene (1 is the first)."""
    if len(key) == 1 and key in "123456789":
        return Command(Op.JUMP, int(key) - 1)
    op = _TABLE.get(key)
    return Command(op) if op else None
