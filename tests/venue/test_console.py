"""The presenter's console at a venue: every screen listed with where it is; one that drops is marked gone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from huzhou_viewer.qt.presenter.mode import PresenterMode
from tests.qtsupport import items, shown

pytestmark = pytest.mark.slow


def screen_lines(mode) -> list[str]:
    return [item.property("text") for item in items(mode.console.rootObject())
            if item.objectName() == "venueScreen" and shown(item)]


@pytest.fixture
def presenting(stage, tmp_path):
    mode = PresenterMode(stage, rehearsal_file=tmp_path / "rehearsal.json", wall=lambda: 0.0)
    if not mode.console.isVisible():
        QTest.keyClick(stage.view, Qt.Key.Key_S)
    yield mode
    mode.close()


def test_the_console_lists_every_screen_and_says_when_one_drops(presenting, lead, screens, observer, tmp_path):
    leader = lead()
    screens.follower("left")
    screens.follower("lobby")
    presenting.stage.controller.goTo(2, 1)
    observer.wait_for(lambda: sorted(line.split()[:2] for line in screen_lines(presenting))
                      == [["left", "3.1"], ["lobby", "3.1"]], why="both screens on the console, on 3.1")
    screens.kill("lobby")
    words = presenting.stage.controller.words
    observer.wait_for(lambda: any(line.startswith("lobby  3.1") and words["venue-gone"] in line
                                  for line in screen_lines(presenting)), why="the lobby screen marked gone")
    heading = next(i for i in items(presenting.console.rootObject()) if i.objectName() == "venueHeading")
    assert heading.property("text") == f"{words['venue-screens']} 2 · 1 {words['venue-gone']}"
    assert leader.presence.dropped == 1
    presenting.console.grabWindow().save(str(tmp_path / "console.png"))
