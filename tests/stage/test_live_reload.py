"""Saving a file of the pack changes the running show; a broken save never reaches the screen."""

import shutil

import pytest

from huzhou_viewer.qt.stage.pack_watcher import PackWatcher
from huzhou_viewer.show.breaks import clean
from huzhou_viewer.show.deck_cache import load_deck
from tests.qtsupport import find, font_family, settle, shown


@pytest.fixture
def live(qapp, tmp_path, bundled_pack_dir):
    from huzhou_viewer.qt.stage.stage import Stage

    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    stage = Stage(load_deck(pack, None), None, font_family(), transitions=False)
    stage.view.resize(1280, 720)
    stage.view.show()
    watcher = PackWatcher(stage.controller, pack, None, stage.controller)
    yield stage, watcher, pack
    stage.close()


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edited_title_appears_and_the_place_is_kept(live):
    stage, watcher, pack = live
    stage.controller.goTo(1, 0)
    edit(pack / "scenes" / "spring.yaml", "春看方案", "春看蓝图")
    watcher.reload()
    settle(stage)
    assert clean(find(stage, "heroTitle").property("text")) == "春看蓝图"
    assert (stage.controller.sceneIndex, stage.controller.step) == (1, 0)


def test_a_broken_save_keeps_the_last_good_content_and_says_so(live):
    stage, watcher, pack = live
    stage.controller.goTo(1, 0)
    (pack / "scenes" / "spring.yaml").write_text("id: spring\nkind: [broken\n", encoding="utf-8")
    watcher.reload()
    settle(stage)
    assert clean(find(stage, "heroTitle").property("text")) == "春看方案"
    assert shown(find(stage, "notice"))


def test_mending_the_pack_clears_the_notice(live, bundled_pack_dir):
    stage, watcher, pack = live
    spring = pack / "scenes" / "spring.yaml"
    good = spring.read_text(encoding="utf-8")
    spring.write_text("id: spring\nkind: [broken\n", encoding="utf-8")
    watcher.reload()
    spring.write_text(good, encoding="utf-8")
    watcher.reload()
    settle(stage)
    assert not shown(find(stage, "notice"))


def test_a_save_on_disk_is_noticed_without_being_told(qtbot, live):
    stage, watcher, pack = live
    with qtbot.waitSignal(watcher.reloaded, timeout=10000) as signal:
        edit(pack / "scenes" / "summer.yaml", "夏看热潮", "夏看热浪")
    assert signal.args == [True]
    assert clean(stage.controller.deck.scenes("zh-Hans")[2]["title"]) == "夏看热浪"
