"""The overview grid of every scene: a selection moved by arrow keys, a number typed, then Enter to go.

Pure: `key(name)` returns the new overview and, when the presenter chose a scene, its index.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

DIGITS = "0123456789"


@dataclass(frozen=True)
class Overview:
    count: int
    columns: int = 4
    selected: int = 0
    typed: str = ""  # digits typed so far: the scene number (1 = first) Enter goes to

    def select(self, index: int) -> Overview:
        return replace(self, selected=min(max(0, index), self.count - 1), typed="")

    def key(self, name: str) -> tuple[Overview, int | None]:
        """(overview after the key, scene to go to or None). Unknown keys change nothing."""
        moves = {"Left": -1, "Right": 1, "Up": -self.columns, "Down": self.columns,
                 "PageUp": -1, "PageDown": 1, "Home": -self.count, "End": self.count}
        if name in moves:
            return self.select(self.selected + moves[name]), None
        if len(name) == 1 and name in DIGITS:
            typed = (self.typed + name).lstrip("0")[-3:]
            number = int(typed) if typed else 0
            # The selection follows the typed number while it names a scene, so the grid shows the target.
            selected = number - 1 if 1 <= number <= self.count else self.selected
            return replace(self, typed=typed, selected=selected), None
        if name == "Backspace":
            return replace(self, typed=self.typed[:-1]), None
        if name in ("Return", "Enter"):
            if self.typed:
                number = int(self.typed)
                if not 1 <= number <= self.count:
                    return replace(self, typed=""), None  # no such scene: start the number again
                return self, number - 1
            return self, self.selected
        return self, None
