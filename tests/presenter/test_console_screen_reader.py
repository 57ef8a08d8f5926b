"""The presenter's console as a screen reader meets it, over AT-SPI from outside the process (as Orca reads it):
every control of the console and of the audience window named in the language shown, and a move heard."""

from __future__ import annotations

import pytest

from huzhou_viewer.show.labels import spoken_place
from tests.kiosk.test_kiosk_process import _x
from tests.kiosk.test_screen_reader import (
    NAME_CHANGE,
    ScreenReaderView,
    bundled_deck,
    named,
    needs_atspi,
    unnamed,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def console_reader(qtbot, tmp_path):
    view = ScreenReaderView(qtbot, tmp_path, mode="--presenter")
    yield view
    assert "Traceback" not in view.close()


@needs_atspi
# A real X server, a session bus and two windows on a loaded 2-core machine: a start can miss its deadline.
@pytest.mark.flaky(reruns=2)
def test_a_screen_reader_finds_the_console_s_controls_named_and_hears_a_move(console_reader):
    _, _, words, scenes = bundled_deck()
    rows = [f"{i + 1}. {view.get('label') or view.get('title')}" for i, view in enumerate(scenes)]
    # On one screen the console waits for S; its scene list, timer and windows are then in the tree.
    _x(console_reader.display, "xdotool", "key", "--clearmodifiers", "s")
    tree = console_reader.tree("list item", rows[0], "push button", words["presenter-timer"])
    assert named(tree, "list item")[:len(rows)] == rows
    assert words["presenter-timer"] in named(tree, "push button")
    assert len(named(tree, "frame")) == 2  # the audience's window and the console's
    assert not unnamed(tree)
    # A move from the console's keyboard is heard on the audience's stage, which says where the show is.
    place = spoken_place(scenes[0], words, 1, scenes[0]["stepCount"])
    console_reader.press("Right", "panel", place, NAME_CHANGE)
