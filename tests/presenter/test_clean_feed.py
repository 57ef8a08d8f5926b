"""The audience's window in presenter mode is a clean feed: the show and nothing to operate. The kiosk and the
plain window keep their touch controls."""

import pytest

from huzhou_viewer.qt.presenter.entry import Presenting
from huzhou_viewer.qt.stage.mode import Launch
from huzhou_viewer.settings import load_settings
from tests.qtsupport import find, items, make_stage, settle, shown


def controls(stage) -> list[str]:
    """What on the audience's screen a finger or a mouse could operate: an enabled mouse area, a flickable
    that flicks, a text field, each shown. The stage's own click area is left out: it covers the whole stage
    and draws nothing (a click there moves on, as a clicker's press does); it is no control anyone sees."""
    found = []
    for item in items(stage.view.contentItem()):
        if not shown(item) or item.objectName() == "clickArea":
            continue
        kind = item.metaObject().className()
        if item.inherits("QQuickMouseArea") and item.property("enabled"):
            found.append(f"{kind} in {item.parentItem().objectName() or item.parentItem().metaObject().className()}")
        elif item.inherits("QQuickFlickable") and item.property("interactive"):
            found.append(f"{kind} {item.objectName()}")
        elif item.inherits("QQuickTextInput") and item.property("enabled"):
            found.append(f"{kind} {item.objectName()}")
    return found


def positions(show):
    """Every scene's last step, and the gallery's grid and an honouree's page (its story's chip, its links)."""
    for index, (scene_id, count) in enumerate(zip(show.deck.scene_ids, show.deck.step_counts)):
        yield scene_id, index, count - 1
        if scene_id == "gallery":
            yield scene_id, index, 0
    yield "story with a person", show.deck.scene_ids.index("spring"), 4


@pytest.fixture
def presenting(qapp, bundled_pack_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("HUZHOU_VIEWER_CONFIG_DIR", str(tmp_path))
    settings = load_settings(overrides={"presenter": True})
    made = Presenting(Launch(settings, lambda: make_stage(bundled_pack_dir), lambda: None))
    yield made
    made.stage.close()


def test_the_audience_window_in_presenter_mode_holds_nothing_to_operate(presenting):
    stage = presenting.stage
    show = stage.controller
    found = {}
    for where, scene, step in positions(show):
        show.goTo(scene, step)
        settle(stage)
        if problems := controls(stage):
            found[f"{where} step {step + 1}"] = problems
    assert found == {}
    assert not find(stage, "timelineBar").isVisible() and not find(stage, "languageToggle").isVisible()


def test_the_clean_feed_keeps_a_discreet_place_mark_inside_the_safe_area(presenting):
    stage = presenting.stage
    show = stage.controller
    show.goTo(show.deck.scene_ids.index("summer"), 1)
    settle(stage)
    mark = find(stage, "placeMark")
    assert shown(mark) and mark.property("text") == "夏 · 2 / 4"
    box = mark.mapRectToScene(mark.boundingRect())
    width, height = stage.view.width(), stage.view.height()
    assert box.right() <= width * 0.95 and box.bottom() <= height * 0.95
    show.goTo(0, 0)
    settle(stage)
    assert not shown(find(stage, "placeMark"))  # the title says where we are


def test_the_place_mark_is_a_setting(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir)
    stage.controller.set_chrome("none", place_mark=False)
    stage.controller.goTo(1, 1)
    settle(stage)
    assert not shown(find(stage, "placeMark"))
    stage.close()


def test_a_touch_screen_keeps_its_controls(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir)  # the plain window's and the kiosk's chrome
    show = stage.controller
    show.goTo(show.deck.scene_ids.index("gallery"), 0)
    settle(stage)
    assert find(stage, "timelineBar").isVisible() and find(stage, "searchButton").isVisible()
    assert controls(stage)
    assert not shown(find(stage, "placeMark"))
    stage.close()


def test_presenter_mode_keeps_the_touch_controls_when_the_settings_ask(qapp, bundled_pack_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("HUZHOU_VIEWER_CONFIG_DIR", str(tmp_path))
    settings = load_settings(overrides={"presenter": True, "chrome": "touch"})
    made = Presenting(Launch(settings, lambda: make_stage(bundled_pack_dir), lambda: None))
    assert made.stage.controller.touchChrome
    made.stage.close()


def under_the_place_mark(stage) -> list[str]:
    """What is drawn where the place mark is: texts, and the cards of figures and people (not the backdrops, nor a
    couplet's scroll: decoration, which the mark's scrim is made to read over)."""
    mark = find(stage, "placeMark")
    box = mark.mapRectToScene(mark.boundingRect())
    found = []
    for item in items(stage.view.contentItem()):
        if item is mark or not shown(item):
            continue
        text = item.property("text") if item.inherits("QQuickText") else None
        card = item.objectName() == "figure" or item.metaObject().className().startswith("PersonChip")
        if not (text and str(text).strip()) and not card:
            continue
        if item.mapRectToScene(item.boundingRect()).intersects(box):
            found.append(f"{item.objectName() or item.metaObject().className()} {str(text or '')[:30]!r}")
    return found


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_nothing_of_any_step_runs_under_the_clean_feed_s_place_mark(qapp, bundled_pack_dir, size, language):
    stage = make_stage(bundled_pack_dir, size, language=language)
    try:
        stage.controller.set_chrome("none", place_mark=True)
        show = stage.controller
        found = {}
        for scene in range(show.sceneCount):
            show.goTo(scene, 0)
            for step in range(show.stepCount):
                show.goTo(scene, step)
                settle(stage)
                if shown(find(stage, "placeMark")) and (under := under_the_place_mark(stage)):
                    found[f"{show.deck.scene_ids[scene]} step {step + 1}"] = under
        assert found == {}
    finally:
        stage.close()
