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


def test_m_on_the_console_writes_an_announcement_for_every_screen_and_clear_takes_it_away(
        presenting, lead, observer, qtbot):
    from PySide6.QtCore import QPointF

    from tests.qtsupport import centre_in_window

    leader = lead()
    observer.wait_for(lambda: leader.leading, why="the leader leads")
    console = presenting.console
    qtbot.waitUntil(lambda: any(i.objectName() == "venueCompose" for i in items(console.rootObject())))
    QTest.keyClick(console, Qt.Key.Key_M)
    field = next(i for i in items(console.rootObject()) if i.objectName() == "venueCompose")
    for letter in "Lunch is served":  # letters in the field, not the presenter's keys (S, O, A...)
        QTest.keyClick(console, letter)
    assert field.property("text") == "Lunch is served"
    assert console.isVisible() and not presenting.presenter.overviewOpen
    QTest.keyClick(console, Qt.Key.Key_Return)
    observer.wait_for(lambda: presenting.stage.controller.announcement == "Lunch is served",
                      why="the announcement back from the broker, on the stage")
    clear = next(i for i in items(console.rootObject()) if i.objectName() == "venueClearAnnouncement")
    qtbot.waitUntil(lambda: shown(clear))
    console.grabWindow()  # a frame: the column has placed the row it just showed
    point = centre_in_window(clear)
    QTest.mouseClick(console, Qt.MouseButton.LeftButton, pos=QPointF(point).toPoint())
    observer.wait_for(lambda: presenting.stage.controller.announcement == "", why="the announcement cleared")


def test_the_console_marks_a_screen_that_runs_another_pack(presenting, lead, screens, observer):
    from tests.conftest import EXAMPLE_PACK

    lead()
    screens.follower("same")
    screens.follower("annex", "--pack", str(EXAMPLE_PACK))
    words = presenting.stage.controller.words
    observer.wait_for(lambda: {line.split()[0]: words["venue-other-pack"] in line for line in screen_lines(presenting)}
                      == {"same": False, "annex": True}, why="the annex marked as running another pack")


def test_after_a_takeover_the_console_says_so_and_the_old_leaders_stage_follows_the_new_one(
        presenting, lead, screens, observer, broker):
    from huzhou_viewer.show import venue
    from tests.venue.conftest import SHOW, Observer

    leader = lead()
    observer.wait_for(lambda: leader.leading, why="the leader leads")
    screens.start("spare", "--lead", SHOW, "--take-over", user="leader")
    observer.wait_for(lambda: not leader.leading, why="the first leader gives way")
    words = presenting.stage.controller.words
    heading = next(i for i in items(presenting.console.rootObject()) if i.objectName() == "venueHeading")
    observer.wait_for(lambda: words["venue-not-leading"] in heading.property("text"), why="the console says so")
    stage_manager = Observer(broker, user="stage")
    try:
        stage_manager.publish(f"huzhou-viewer/{SHOW}/command", venue.encode(venue.remote_command("jump", 4, 0.0)))
        observer.wait_for(lambda: presenting.stage.controller.sceneIndex == 4, why="the new leader's jump, here")
    finally:
        stage_manager.close()
    QTest.keyClick(presenting.stage.view, Qt.Key.Key_PageDown)  # the old laptop's clicker moves nothing now
    observer.wait_for(lambda: (presenting.stage.controller.sceneIndex, presenting.stage.controller.step) == (4, 0)
                      and observer.status("spare").scene == 4, why="back on the new leader's step")
    # Its status says so too, once the broker has carried it (the screen's own state above is seen at once).
    observer.wait_for_screen("control", role="follower")
