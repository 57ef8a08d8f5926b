"""The spotlight on the live gallery: it starts once the screen is left alone, walks the honourees' pages,
stops at the page on screen when someone touches it, and goes on by itself later. Time is injected."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from huzhou_viewer.qt.stage.spotlight import SpotlightDriver
from tests.clock import Clock
from tests.qtsupport import settle


@pytest.fixture
def gallery(stage):
    index = next(i for i, v in enumerate(stage.controller.deck.scenes("zh-Hans")) if v["kind"] == "gallery")
    stage.controller.jump(index)
    settle(stage)
    return index


@pytest.fixture
def driven(stage, gallery):
    clock = Clock()
    driver = SpotlightDriver(stage.controller, interval=8, idle_after=60, clock=clock, parent=stage.controller)
    driver.watch(stage.view)
    return driver, clock


def people_count(stage, gallery):
    return len(stage.controller.deck.scenes("zh-Hans")[gallery]["people"])


def at(driver, clock, when):
    clock.now = when
    driver.tick()


def test_nothing_moves_until_the_screen_is_left_alone(stage, gallery, driven):
    driver, clock = driven
    at(driver, clock, 1059)
    assert stage.controller.step == 0
    at(driver, clock, 1060)
    assert (stage.controller.sceneIndex, stage.controller.step) == (gallery, 1)


def test_it_walks_every_honouree_and_starts_again(stage, gallery, driven):
    driver, clock = driven
    count = people_count(stage, gallery)
    steps = []
    for turn in range(count + 1):
        at(driver, clock, 1060 + 8 * turn)
        steps.append(stage.controller.step)
    assert steps == list(range(1, count + 1)) + [1]
    assert stage.controller.sceneIndex == gallery


def test_a_touch_stops_it_on_the_page_shown_and_it_goes_on_from_there(stage, gallery, driven):
    driver, clock = driven
    at(driver, clock, 1060 + 8 * 2)  # the third honouree
    assert stage.controller.step == 3
    QTest.mouseMove(stage.view, QPoint(10, 10))
    QTest.mouseMove(stage.view, QPoint(20, 20))
    at(driver, clock, 1100)
    assert stage.controller.step == 3
    at(driver, clock, 1060 + 8 * 2 + 60)
    assert stage.controller.step == 3  # back on, from the page it stopped at
    at(driver, clock, 1060 + 8 * 3 + 60)
    assert stage.controller.step == 4


def test_a_key_resets_the_wait(stage, gallery, driven):
    driver, clock = driven
    clock.now = 1050
    QTest.keyClick(stage.view, Qt.Key_Question)
    QTest.keyClick(stage.view, Qt.Key_Question)  # the key map opened and closed again
    at(driver, clock, 1070)
    assert stage.controller.step == 0
    at(driver, clock, 1110)
    assert stage.controller.step == 1


def test_it_never_runs_outside_the_gallery(stage, gallery, driven):
    driver, clock = driven
    stage.controller.jump(0)
    at(driver, clock, 5000)
    assert (stage.controller.sceneIndex, stage.controller.step) == (0, 0)
    assert driver.spotlight is None


def test_the_timer_is_set_for_the_next_change(stage, gallery, driven):
    driver, clock = driven
    timer = driver.player.timer
    assert timer.isActive() and abs(timer.interval() - 60_000) <= 2
    at(driver, clock, 1060)
    assert abs(timer.interval() - 8_000) <= 2


def test_the_pack_s_gallery_scene_sets_the_interval(qapp, tmp_path, bundled_pack_dir):
    import shutil

    from tests.qtsupport import make_stage

    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    gallery_file = pack / "scenes" / "gallery.yaml"
    gallery_file.write_text(gallery_file.read_text(encoding="utf-8") + "spotlight: 3\n", encoding="utf-8")
    stage = make_stage(pack, (640, 360))
    try:
        index = next(i for i, v in enumerate(stage.controller.deck.scenes("zh-Hans")) if v["kind"] == "gallery")
        stage.controller.jump(index)
        clock = Clock()
        driver = SpotlightDriver(stage.controller, interval=8, idle_after=60, clock=clock, parent=stage.controller)
        assert [(at(driver, clock, t), stage.controller.step)[1] for t in (1060, 1063, 1066)] == [1, 2, 3]
    finally:
        stage.close()
