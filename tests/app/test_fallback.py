"""A broken pack chosen by the organiser never stops the show: the bundled pack plays, with a notice."""

import logging

from huzhou_viewer.app import load_content
from huzhou_viewer.settings import Settings
from tests.qtsupport import find, font_family, settle, shown


def test_a_broken_pack_falls_back_to_the_bundled_one_and_logs_why(tmp_path, caplog):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.yaml").write_text("format: 1\nid: [unclosed\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        pack, notice = load_content(Settings(pack=str(broken)))
    assert pack.pack_id == "huzhou-2023" and notice
    assert "pack.yaml:3:1: error: YAML syntax error" in caplog.text


def test_the_fallback_notice_is_on_screen_not_in_a_dialog(qapp, tmp_path):
    from huzhou_viewer.qt.stage.stage import Stage

    pack, _ = load_content(Settings())
    stage = Stage(pack, None, font_family(), transitions=False)
    stage.view.resize(1280, 720)
    stage.view.show()
    stage.controller.set_notice("pack-fallback")
    settle(stage)
    notice = find(stage, "notice")
    assert shown(notice) and "内置" in notice.childItems()[0].property("text")
    stage.controller.setLanguage("en")
    settle(stage)
    assert "bundled" in notice.childItems()[0].property("text")
    stage.controller.set_notice("")
    settle(stage)
    assert not shown(notice)
    stage.close()
