"""Every step of every scene of the bundled pack, at four window sizes and in both languages: nothing
is clipped, elided, overflowing its card or outside the stage."""

import pytest
from PySide6.QtQuick import QQuickItem

from huzhou_viewer.qt.stage.text_fit import text_fits
from tests.qtsupport import find, items, make_stage, rect_in, settle, shown

SIZES = [(1280, 720), (1920, 1080), (3840, 2160), (1080, 1920)]


def text_problems(stage, where: str) -> list[str]:
    """What huzhou_viewer.qt.stage.text_fit finds wrong with the texts on the stage, one line each."""
    return [f"{where}: {fit.text[:30]!r} {problem} at {fit.box}"
            for fit in text_fits(stage.view) for problem in fit.problems]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_every_step_fits_the_stage(qapp, bundled_pack_dir, size, language):
    stage = make_stage(bundled_pack_dir, size, language)
    show = stage.controller
    problems = []
    for index, (scene_id, count) in enumerate(zip(show.deck.scene_ids, show.deck.step_counts)):
        for step in range(count):
            show.goTo(index, step)
            settle(stage)
            problems += text_problems(stage, f"{scene_id} step {step + 1}")
    stage.close()
    assert problems == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_stage_keeps_its_composition_and_fills_the_window(qapp, bundled_pack_dir, size):
    stage = make_stage(bundled_pack_dir, size)
    settle(stage)
    box = rect_in(find(stage, "stage"), stage.view.rootObject())
    portrait = size[1] > size[0]
    assert (box.width(), box.height()) == pytest.approx(size, abs=1)
    design = (1080, 1920) if portrait else (1920, 1080)
    assert find(stage, "stage").width() == design[0]
    stage.close()


def test_a_window_of_another_shape_is_letterboxed_not_stretched(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (1920, 1200))
    settle(stage)
    box = rect_in(find(stage, "stage"), stage.view.rootObject())
    assert box.width() == pytest.approx(1920) and box.height() == pytest.approx(1080)
    assert box.top() == pytest.approx(60)  # centred, bands above and below
    stage.close()


def test_the_bundled_font_draws_the_text(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir)
    settle(stage)
    title = find(stage, "heroTitle")
    assert title.property("font").family() == "HuzhouViewer Sans"
    stage.close()


def test_only_the_current_scene_is_shown(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir)
    stage.controller.goTo(2, 0)
    settle(stage)
    shown_scenes = [i.objectName() for i in items(stage.view.rootObject())
                    if i.objectName().startswith("scene-") and shown(i)]
    assert shown_scenes == [f"scene-{stage.controller.deck.scene_ids[2]}"]
    stage.close()


def test_every_scene_kind_has_a_view(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir)
    for index, scene_id in enumerate(stage.controller.deck.scene_ids):
        stage.controller.goTo(index, 0)
        settle(stage)
        host = find(stage, f"scene-{scene_id}")
        loaded = [c for c in host.childItems() if c.inherits("QQuickLoader")]
        view = loaded[0].property("item") if loaded else None
        assert isinstance(view, QQuickItem) and view.childItems()
    stage.close()


def test_every_text_in_the_views_is_plain_text():
    """A name is never markup: each Text element of ui/ declares PlainText (StageText, which the views use
    for pack text, does so once for all)."""
    import re

    from tests.conftest import ROOT

    unmarked = []
    for qml in sorted((ROOT / "ui").rglob("*.qml")):
        source = qml.read_text(encoding="utf-8")
        for match in re.finditer(r"\bText\s*\{", source):
            depth, end = 0, match.end() - 1
            for end in range(match.end() - 1, len(source)):
                depth += {"{": 1, "}": -1}.get(source[end], 0)
                if depth == 0:
                    break
            block = source[match.start():end]
            if "textFormat: Text.PlainText" not in block:
                unmarked.append(f"{qml.name}:{source.count(chr(10), 0, match.start()) + 1}")
    assert unmarked == []
