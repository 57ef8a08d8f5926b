"""Which screen the audience gets and which the presenter's console gets, from the screens there are.

Screens are given by name, in the system's order, with the index of the primary one. A requested screen
(a number, 0 = first, or a name) that is not there is reported and the best available one is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenChoice:
    audience: int
    console: int | None  # None: one screen for both; the console opens over the audience on request
    problems: tuple[str, ...] = ()


def _find(names: Sequence[str], wanted: int | str) -> int | None:
    if isinstance(wanted, int):
        return wanted if 0 <= wanted < len(names) else None
    return names.index(wanted) if wanted in names else None


def _listing(names: Sequence[str]) -> str:
    return ", ".join(f"{i}: {name}" for i, name in enumerate(names))


def choose(names: Sequence[str], primary: int, audience: int | str | None = None,
           console: int | str | None = None) -> ScreenChoice:
    if not names:
        raise ValueError("no screens")
    primary = primary if 0 <= primary < len(names) else 0
    problems = []
    others = [i for i in range(len(names)) if i != primary]
    wanted_audience = _find(names, audience) if audience is not None else None
    if audience is not None and wanted_audience is None:
        fallback = others[0] if others else primary
        problems.append(f"audience screen {audience!r} does not exist (screens: {_listing(names)}); "
                        f"using {names[fallback]}")
    audience_at = wanted_audience if wanted_audience is not None else (others[0] if others else primary)
    wanted_console = _find(names, console) if console is not None else None
    if console is not None and wanted_console is None:
        problems.append(f"console screen {console!r} does not exist (screens: {_listing(names)}); "
                        f"using the best one left")
    if wanted_console is not None and wanted_console != audience_at:
        console_at: int | None = wanted_console
    else:
        rest = [i for i in [primary, *others] if i != audience_at]
        console_at = rest[0] if rest else None
    return ScreenChoice(audience_at, console_at, tuple(problems))
