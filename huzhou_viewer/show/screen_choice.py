"""Which screen the audience gets and which the presenter's console gets, from the screens there are.

Screens are given by name, in the system's order, with the index of the primary one. A requested screen
(a number, 0 = first, or a name) that is not there is reported and the best available one is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from huzhou_viewer.show.labels import words


@dataclass(frozen=True)
class MissingScreen:
    """A screen asked for that is not there, and the one used instead."""

    role: str  # "audience" or "console"
    wanted: int | str
    screens: tuple[str, ...]
    used: str

    def text(self, language: str = "en") -> str:
        listing = ", ".join(f"{i}: {name}" for i, name in enumerate(self.screens))
        return words(language)[f"screen-missing-{self.role}"].format(
            wanted=repr(self.wanted), screens=listing, used=self.used)


@dataclass(frozen=True)
class ScreenChoice:
    audience: int
    console: int | None  # None: one screen for both; the console opens over the audience on request
    missing: tuple[MissingScreen, ...] = ()

    @property
    def problems(self) -> tuple[str, ...]:
        """The missing screens, in English (for the log)."""
        return tuple(m.text("en") for m in self.missing)


def find(names: Sequence[str], wanted: int | str) -> int | None:
    """The index of the screen asked for (a number, 0 = first, or a name) among `names`, or None."""
    if isinstance(wanted, int):
        return wanted if 0 <= wanted < len(names) else None
    return names.index(wanted) if wanted in names else None


def choose(names: Sequence[str], primary: int, audience: int | str | None = None,
           console: int | str | None = None) -> ScreenChoice:
    if not names:
        raise ValueError("no screens")
    names = tuple(names)
    primary = primary if 0 <= primary < len(names) else 0
    others = [i for i in range(len(names)) if i != primary]
    wanted_audience = find(names, audience) if audience is not None else None
    audience_at = wanted_audience if wanted_audience is not None else (others[0] if others else primary)
    wanted_console = find(names, console) if console is not None else None
    if wanted_console is not None and wanted_console != audience_at:
        console_at: int | None = wanted_console
    else:
        rest = [i for i in [primary, *others] if i != audience_at]
        console_at = rest[0] if rest else None
    missing = []
    if audience is not None and wanted_audience is None:
        missing.append(MissingScreen("audience", audience, names, names[audience_at]))
    if console is not None and wanted_console is None:
        missing.append(MissingScreen("console", console, names, names[audience_at if console_at is None
                                                                        else console_at]))
    return ScreenChoice(audience_at, console_at, tuple(missing))
