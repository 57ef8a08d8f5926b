"""What a user can ask the show to do, whatever the input device."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Op(enum.Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    JUMP = "jump"  # arg: scene index
    BLACKOUT = "blackout"
    WHITEOUT = "whiteout"
    START_FROM_FIRST = "start-from-first"  # full screen from the first scene (F5)
    START_FROM_CURRENT = "start-from-current"  # full screen from here (Shift+F5)
    LEAVE_FULLSCREEN = "leave-fullscreen"
    TOGGLE_FULLSCREEN = "toggle-fullscreen"
    NEXT_LANGUAGE = "next-language"
    TOGGLE_HELP = "toggle-help"


@dataclass(frozen=True)
class Command:
    op: Op
    arg: int | None = None

    def __str__(self) -> str:
        return self.op.value if self.arg is None else f"{self.op.value} {self.arg}"
