"""Reach mode: every control a visitor needs inside the band a seated person reaches, in landscape and portrait,
switched by a button in the lower part of the screen, and back to the installation's default after the visitor."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from huzhou_viewer.qt.stage.text_fit import text_fits
from huzhou_viewer.show.reach import reach_band
from tests.accessibility import controls
from tests.qtsupport import centre_in_window, find, settle

SIZES = [(1920, 1080), (1080, 1920)]


def band(stage) -> tuple[float, float]:
    """The band in window pixels, from the stage item's own mapping (its scale and letterbox included)."""
    item = find(stage, "stage")
    top = item.mapToScene(QPointF(0, item.height() * stage.access.reachTop)).y()
    bottom = item.mapToScene(QPointF(0, item.height() * stage.access.reachBottom)).y()
    return top, bottom


def out_of_reach(stage) -> list[str]:
    top, bottom = band(stage)
    far = []
    for item in controls(stage.view.rootObject()):
        if item.objectName() in ("clickArea", "besidePage"):  # a tap anywhere on the stage, or beside a page
            continue
        upper = item.mapToScene(QPointF(0, 0)).y()
        lower = item.mapToScene(QPointF(0, item.height())).y()
        if upper < top - 1 or lower > bottom + 1:
            parent = item.parentItem()
            far.append(f"{item.objectName() or item.metaObject().className()} in "
                       f"{parent.objectName() or parent.metaObject().className()}: {upper:.0f}-{lower:.0f}")
    return far


def gallery_index(stage) -> int:
    return next(i for i, v in enumerate(stage.controller.deck.scenes("zh-Hans")) if v["kind"] == "gallery")


def places(stage):
    show = stage.controller
    for scene in range(show.sceneCount):  # every step: a story's people open their pages, and so must be in reach
        show.goTo(scene, 0)
        for step in range(show.stepCount):
            show.goTo(scene, step)
            settle(stage)
            yield f"scene {scene} step {step}"
    show.goTo(gallery_index(stage), 0)
    settle(stage)
    yield "the gallery"
    button = find(stage, "searchButton")
    QTest.mouseClick(stage.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre_in_window(button).toPoint())
    settle(stage)
    yield "the gallery's search, keyboard and all"
    QTest.keyClick(stage.view, Qt.Key.Key_Escape)
    show.goTo(gallery_index(stage), 2)
    settle(stage)
    yield "an honouree's page"


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
@pytest.mark.parametrize("text_scale", [1.0, 1.5])
def test_in_reach_mode_every_control_is_within_a_seated_visitor_s_reach(stage, make_kiosk, size, text_scale):
    stage.view.resize(*size)
    make_kiosk(reach=True, text_scale=text_scale)
    far = {place: found for place in places(stage) if (found := out_of_reach(stage))}
    assert not far


def test_in_reach_mode_a_story_s_people_take_a_row_at_its_foot_and_its_text_stays_whole(stage, make_kiosk):
    make_kiosk(reach=True)
    show = stage.controller
    scene, step = next((s, i + 1) for s, view in enumerate(show.deck.scenes("en")) for i, b in enumerate(view["blocks"])
                       if b["kind"] == "story" and len(b.get("people", [])) == 3 and not b.get("figures"))
    show.goTo(scene, step)
    settle(stage)
    row = find(stage, "storyPeopleUnderText")
    chips = [c for c in row.childItems() if c.isVisible() and c.height() > 0]
    assert len(chips) == 3 and len({round(c.y()) for c in chips}) == 1  # one row
    assert not [f for f in text_fits(stage.view) if f.problems]


def test_without_it_the_language_switch_is_out_of_reach_and_the_button_brings_it_down(stage, make_kiosk):
    make_kiosk()
    settle(stage)
    assert not stage.access.reach and "languageToggle" in " ".join(out_of_reach(stage))
    reach = find(stage, "reachButton")
    top, bottom = band(stage)
    assert top <= centre_in_window(reach).y() <= bottom  # the button itself is always in the lower part
    QTest.mouseClick(stage.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre_in_window(reach).toPoint())
    settle(stage)
    assert stage.access.reach and not out_of_reach(stage)


def test_the_next_visitor_starts_from_the_installation_s_default(stage, make_kiosk, clocks):
    kiosk = make_kiosk(idle_seconds=60.0)
    stage.access.toggleReach()
    assert stage.access.reach
    clocks.advance(61, kiosk)
    assert kiosk.attracting and not stage.access.reach


def test_a_measured_mount_gives_the_band_between_38_and_122_cm_above_the_floor():
    top, bottom = reach_band(bottom_cm=60, height_cm=120)  # a portrait 55-inch screen, 60 to 180 cm
    assert (round(top, 3), bottom) == (round((180 - 122) / 120, 3), 1.0)
    top, bottom = reach_band(bottom_cm=20, height_cm=120)  # hung low: its lowest 18 cm are below reach
    assert round(bottom, 3) == round((140 - 38) / 120, 3)
    assert reach_band(None, None) == (0.5, 1.0)  # unmeasured: the lower half


def test_on_a_low_hung_portrait_screen_the_timeline_bar_rises_into_the_band(stage, make_kiosk):
    stage.view.resize(1080, 1920)
    make_kiosk(reach=True, screen_bottom_cm=20, screen_height_cm=120)
    settle(stage)
    assert not out_of_reach(stage)
