"""What the program holds of a running mode (kiosk, presenter, the plain window).

Each mode's package has one entry, `start(launch) -> Mode | None`, called once the application exists and
before the audience's first frame; None means the mode declined to run (another kiosk is already up).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from huzhou_viewer.qt.stage.stage import Stage


@dataclass(frozen=True)
class Launch:
    """What a mode gets to start with."""

    settings: Any  # huzhou_viewer.settings.Settings
    build_stage: Callable[[], Stage]  # the stage, with the chosen pack loaded (call it once)
    load_content: Callable[[], tuple[Any, str]]  # the deck afresh, and a notice key (a reload)


class Mode(Protocol):
    stage: Stage
    drives_gallery: bool  # it walks the gallery's pages itself: no spotlight beside it
    restart: bool  # after close(): the program should start afresh, with the same command line

    def after_first_frame(self) -> None:
        """The audience has its first frame: what may wait until then starts now."""

    def quit(self) -> None:
        """Leave the event loop, the mode's way."""

    def close(self) -> None:
        """The event loop is over: give back what the mode took, before the stage closes."""
