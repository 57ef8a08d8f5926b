"""Keys of presenter mode, by name (as show.keymap), on top of the show's own keys.

They act in either window, the audience's or the console. While the overview is open it takes the
navigation keys (show.overview); everything else goes on to the show.
"""

from __future__ import annotations

# (key names, action, label key in show.labels); the console lists them in this order.
BINDINGS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("S",), "toggle-console", "presenter-toggle-console"),
    (("O",), "overview", "presenter-overview"),
    (("A",), "auto-advance", "presenter-auto-advance"),
    (("X",), "swap-screens", "presenter-swap-screens"),
    (("T",), "timer", "presenter-timer"),
    (("R",), "timer-reset", "presenter-timer-reset"),
    (("Plus", "Equal"), "notes-larger", "presenter-notes-larger"),
    (("Minus",), "notes-smaller", "presenter-notes-smaller"),
)
OVERVIEW_KEYS = frozenset({"Left", "Right", "Up", "Down", "PageUp", "PageDown", "Home", "End", "Backspace",
                           "Return", "Enter", *"0123456789"})

_TABLE = {name: action for names, action, _ in BINDINGS for name in names}


def action_for(key: str, overview_open: bool) -> str | None:
    """'overview-key' while the overview is open and takes the key; 'close-overview' for Esc or O then;
    else the presenter action of the key, or None (the key belongs to the show)."""
    if overview_open:
        if key in ("Escape", "O"):
            return "close-overview"
        if key in OVERVIEW_KEYS:
            return "overview-key"
    return _TABLE.get(key)
