"""What a finished touch gesture means for the show, from its numbers alone (no Qt, no clock of its own).

A swipe is one finger moving mostly sideways, far and fast enough: left moves on, right moves back, one scene
per gesture however long the finger travels (a tap is the step-by-step way); on the gallery's honourees' pages
a swipe turns one page, as those pages are the gallery's steps. Two or more fingers never navigate (visitors pinch,
lean a hand on the glass, children press with both hands). A press held still for long does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from huzhou_viewer.show.commands import Command, Op

SWIPE_MIN_FRACTION = 0.06  # of the window's width: ~115 px on a 1920 px wide screen
SWIPE_MIN_PIXELS = 60.0
SWIPE_MIN_SPEED = 0.25  # window widths per second
LONG_PRESS_SECONDS = 0.8
TAP_SLOP_PIXELS = 24.0


@dataclass(frozen=True)
class Gesture:
    fingers: int  # the most fingers down at once
    dx: float  # finger travel, window pixels (positive: to the right)
    dy: float
    seconds: float


def swipe_distance(width: float) -> float:
    return max(SWIPE_MIN_PIXELS, SWIPE_MIN_FRACTION * width)


def is_swipe_candidate(dx: float, dy: float, width: float) -> bool:
    """Far and sideways enough that the gesture no longer belongs to what lies under the finger."""
    return abs(dx) >= swipe_distance(width) and abs(dx) > 2 * abs(dy)


def meaning(gesture: Gesture, width: float) -> str | None:
    """'next', 'previous', 'long-press', 'tap' (left to what lies under the finger), or None (ignored)."""
    if gesture.fingers != 1:
        return None
    if is_swipe_candidate(gesture.dx, gesture.dy, width):
        speed = abs(gesture.dx) / max(gesture.seconds, 1e-3)
        if speed >= SWIPE_MIN_SPEED * width:
            return "next" if gesture.dx < 0 else "previous"
        return None  # a slow drag sideways is neither a swipe nor a tap
    if abs(gesture.dx) <= TAP_SLOP_PIXELS and abs(gesture.dy) <= TAP_SLOP_PIXELS:
        return "long-press" if gesture.seconds >= LONG_PRESS_SECONDS else "tap"
    return "tap"  # a vertical move: a list scrolling under the finger


def swipe_command(direction: str, scene: int, step: int, scene_count: int, on_pages: bool) -> Command | None:
    """The move a 'next' or 'previous' swipe makes at (scene, step); None at either end of the show.

    `on_pages`: the scene is a gallery showing an honouree's page, where a swipe turns one page (back from the
    first page is the grid).
    """
    if on_pages:
        return Command(Op.NEXT if direction == "next" else Op.PREVIOUS)
    if direction == "next":
        return Command(Op.JUMP, scene + 1) if scene + 1 < scene_count else None
    if step > 0 and scene == 0:
        return Command(Op.JUMP, 0)  # back to the very start
    return Command(Op.JUMP, scene - 1) if scene > 0 else None
