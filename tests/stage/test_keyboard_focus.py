"""A visitor with a keyboard (or a switch device that sends Tab and Space): Tab goes round every control on screen
and back to the show, a ring shows where it is, and Space or Enter presses what it is on without moving the show."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from tests.accessibility import controls, spoken
from tests.packfactory import add_honourees
from tests.qtsupport import find, items, make_stage, settle
from tests.stage.test_accessibility import gallery_index


def focused(stage) -> str:
    return stage.view.activeFocusItem().objectName()


def stage_item(stage, name: str):
    return find(stage, name)


def tab_round(stage, key=Qt.Key.Key_Tab) -> list[str]:
    """Every item Tab stops at, from the stage's focus round to the stage again."""
    assert focused(stage) == "stage"
    stops = []
    for _ in range(200):
        QTest.keyClick(stage.view, key)
        settle(stage)
        if focused(stage) == "stage":
            return stops
        stops.append(focused(stage))
    raise AssertionError(f"Tab never came back to the show: {stops[:20]}")


def test_tab_goes_round_every_control_on_screen_and_back_to_the_show(stage):
    stops = tab_round(stage)
    assert stops[:3] == ["reachButton", "contrastButton", "textSizeButton"]
    tabs = [f"timeline-{i}" for i in range(stage.controller.sceneCount)]
    assert [s for s in stops if s.startswith("timeline-")] == tabs
    languages = [s for s in stops if s.startswith("languageChoice-")]
    assert len(languages) == len(stage.controller.deck.languages)
    # Every control on screen is a stop (a MouseArea is how its parent takes presses), and every stop has a name.
    owners = set()
    for item in controls(stage.view.rootObject()):
        own = QAccessible.queryAccessibleInterface(item)
        owner = item if own is not None and own.role() not in (QAccessible.Role.NoRole, QAccessible.Role.Client) \
            else item.parentItem()
        owners.add(owner.objectName() or repr(owner))
    # (The show's own click area is the stage; the language pill's press is its choices', each a stop.)
    assert owners - {"stage", "clickArea", "languageToggle"} <= set(stops)
    assert all(spoken(stage_item(stage, name)) for name in stops)
    assert list(reversed(tab_round(stage, Qt.Key.Key_Backtab))) == stops  # Shift+Tab: the same round backwards


@pytest.fixture
def crowded(qapp, tmp_path, bundled_pack_dir):
    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    add_honourees(pack, 13)
    stage = make_stage(pack)
    yield stage
    stage.close()


def test_the_gallery_s_round_takes_the_chips_the_search_then_every_honouree_in_order(crowded):
    stage = crowded
    stage.controller.goTo(gallery_index(stage), 0)
    settle(stage)
    people = stage.people
    everyone = [f"person-{people.person(i)['id']}" for i in range(people.count)]
    built = {i.objectName() for i in items(find(stage, "galleryGrid")) if i.objectName().startswith("person-")}
    assert len(everyone) == 20 and len(built) < 20  # the grid builds only the cards in sight
    stops = tab_round(stage)
    gallery = [s for s in stops if s.startswith(("chip-", "searchButton", "person-"))]
    chips = [s for s in gallery if s.startswith("chip-")]
    assert len(chips) >= 2 and gallery[:len(chips)] == chips  # as on screen: the filter, then the search
    assert gallery[len(chips)] == "searchButton"
    assert gallery[len(chips) + 1:] == everyone, stops
    assert find(stage, everyone[-1]).isVisible()  # brought into sight as it took the focus
    assert list(reversed(tab_round(stage, Qt.Key.Key_Backtab))) == stops


def test_space_or_enter_presses_the_control_with_the_focus_and_the_show_stays(stage):
    show = stage.controller
    QTest.keyClick(stage.view, Qt.Key.Key_Tab)
    settle(stage)
    assert focused(stage) == "reachButton"
    QTest.keyClick(stage.view, Qt.Key.Key_Space)
    settle(stage)
    assert stage.access.reach and (show.sceneIndex, show.step) == (0, 0)
    while focused(stage) != "timeline-2":  # in the round (the first test)
        QTest.keyClick(stage.view, Qt.Key.Key_Tab)
    QTest.keyClick(stage.view, Qt.Key.Key_Return)
    settle(stage)
    assert (show.sceneIndex, show.step) == (2, 0) and focused(stage) == "timeline-2"  # the keyboard stays there
    while focused(stage) != "stage":
        QTest.keyClick(stage.view, Qt.Key.Key_Tab)
    QTest.keyClick(stage.view, Qt.Key.Key_Space)  # back on the show, Space moves it as ever
    settle(stage)
    assert (show.sceneIndex, show.step) == (2, 1)


def test_enter_on_an_honouree_s_card_opens_their_page(stage):
    show = stage.controller
    show.goTo(gallery_index(stage), 0)
    settle(stage)
    first_card = next(stop for stop in tab_round(stage) if stop.startswith("person-"))
    while focused(stage) != first_card:
        QTest.keyClick(stage.view, Qt.Key.Key_Tab)
    QTest.keyClick(stage.view, Qt.Key.Key_Return)
    settle(stage)
    assert show.onPersonPage


def test_a_ring_shows_which_control_has_the_focus(stage):
    from huzhou_viewer.qt.stage.export import grab

    before = grab(stage)
    QTest.keyClick(stage.view, Qt.Key.Key_Tab)
    after = grab(stage)
    button = stage.view.activeFocusItem()
    box = button.mapRectToScene(button.boundingRect()).toAlignedRect().adjusted(-12, -12, 12, 12)
    box = box.intersected(before.rect())
    changed = sum(before.pixel(x, y) != after.pixel(x, y)
                  for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom()))
    assert changed > 2 * (box.width() + box.height()), "no ring round the focused control"
    outside = sum(before.pixel(x, y) != after.pixel(x, y) for x in range(0, before.width(), 7)
                  for y in range(0, box.top() - 20, 7))
    assert outside == 0  # nothing else on screen changed
