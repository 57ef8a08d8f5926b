"""What the program holds of a running mode (kiosk, presenter, the plain window).

Each mode's package has one entry, `start(launch) -> Mode | None`, called once the application exists and
before the audience's first frame; None means the mode declined to run (another kiosk is already up).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from huzhou_viewer.qt.stage.stage import Stage


class Launch:
    """What a mode gets to start with. (A plain class: it is made on the way to the first frame, where a
    dataclass's or a Protocol's making costs a millisecond each.)"""

    __slots__ = ("build_stage", "load_content", "settings")

    def __init__(self, settings: Any, build_stage: Callable[[], Stage],
                 load_content: Callable[[], tuple[Any, str]]) -> None:
        self.settings = settings  # huzhou_viewer.settings.Settings
        self.build_stage = build_stage  # the stage, with the chosen pack loaded (call it once)
        self.load_content = load_content  # the deck afresh, and a notice key (a reload)


class Mode:
    """What app.py asks of a mode: each mode's object has these members (a mode need not derive from it)."""

    stage: Stage
    drives_gallery: bool  # it walks the gallery's pages itself: no spotlight beside it
    restart: bool  # after close(): the program should start afresh, with the same command line

    def after_first_frame(self) -> None:
        """The audience has its first frame: what may wait until then starts now."""

    def quit(self) -> None:
        """Leave the event loop, the mode's way."""

    def close(self) -> None:
        """The event loop is over: give back what the mode took, before the stage closes."""
