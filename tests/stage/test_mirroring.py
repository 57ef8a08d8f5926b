"""A language read right to left (Arabic here) mirrors the whole stage, not only its text: the heading stands at
the right, a story's text on the right and its side on the left, the first task and the first scene on the
timeline at the right, a person's portrait at the right of their name. A left-to-right language is unchanged."""

from __future__ import annotations

import pytest

from tests.packfactory import FILES, write_pack
from tests.qtsupport import find, items, make_stage, rect_in, settle, shown
from tests.stage.test_gallery import open_search

RTL = "ar"


@pytest.fixture
def two_way_pack(tmp_path):
    """The small pack, its second language Arabic: the texts may stay as they are, the direction is the tag's."""
    return write_pack(tmp_path / "p", {path: text.replace("zh-Hans", RTL) for path, text in FILES.items()})


def _boxes(pack, language, step, names):
    stage = make_stage(pack, (1920, 1080), language=language)
    try:
        settle(stage)
        stage.controller.goTo(1, step)
        settle(stage)
        root = find(stage, "stage")
        return {name: rect_in(find(stage, name), root) for name in names}
    finally:
        stage.close()


@pytest.mark.parametrize("language", [RTL, "en"])
def test_a_story_and_its_heading_stand_mirrored_in_a_right_to_left_language(qapp, two_way_pack, language):
    boxes = _boxes(two_way_pack, language, 2, ("compactTitle", "storyBody", "storySide"))
    mirrored = language == RTL
    text, side, title = boxes["storyBody"], boxes["storySide"], boxes["compactTitle"]
    assert (side.center().x() < text.center().x()) == mirrored
    assert (title.center().x() > 960) == mirrored  # a short title at the margin it reads from
    assert 96 - 1 <= title.left() and title.right() <= 1920 - 96 + 1


@pytest.mark.parametrize("language", [RTL, "en"])
def test_the_first_task_and_the_first_scene_stand_on_the_reading_side(qapp, two_way_pack, language):
    boxes = _boxes(two_way_pack, language, 1, ("task-green", "task-jobs", "timeline-0", "timeline-1"))
    mirrored = language == RTL
    assert (boxes["task-green"].left() > boxes["task-jobs"].left()) == mirrored
    assert (boxes["timeline-0"].left() > boxes["timeline-1"].left()) == mirrored
    assert all(0 <= box.left() and box.right() <= 1920 for box in boxes.values())


@pytest.mark.parametrize("unit, sign", [('"%"', True), ("{en: bn yuan, ar: مليار يوان}", False)])
def test_a_unit_word_goes_left_of_its_number_and_a_sign_stays_right(qapp, tmp_path, unit, sign):
    files = {path: text.replace("zh-Hans", RTL) for path, text in FILES.items()}
    spring = files["scenes/spring.yaml"]
    files["scenes/spring.yaml"] = spring.replace(f"unit: {{en: bn yuan, {RTL}: 亿元}}", f"unit: {unit}")
    pack = write_pack(tmp_path / "p", files)
    stage = make_stage(pack, (1920, 1080), language=RTL)
    try:
        settle(stage)
        stage.controller.goTo(1, 3)  # the figures block: 1.2 and its unit
        settle(stage)
        root = find(stage, "stage")
        value, shown_unit = rect_in(find(stage, "value"), root), rect_in(find(stage, "unit"), root)
        assert abs(value.bottom() - shown_unit.bottom()) < value.height()  # on the number's line
        assert (shown_unit.left() >= value.right()) == sign and (shown_unit.right() <= value.left()) == (not sign)
    finally:
        stage.close()


@pytest.fixture
def bundled_in_arabic(bundled_pack_dir, tmp_path):
    """The bundled pack with its English texts given as Arabic's: a right-to-left language beside Chinese."""
    import re
    import shutil

    pack = tmp_path / "ar-pack"
    shutil.copytree(bundled_pack_dir, pack)
    for path in pack.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^(\s*)en:", r"\1ar:", text).replace("[zh-Hans, en]", f"[zh-Hans, {RTL}]")
                        .replace(", en:", f", {RTL}:").replace("{en:", f"{{{RTL}:"), encoding="utf-8")
    return pack


def test_a_couplet_and_the_keyboard_keep_their_own_order_on_a_mirrored_stage(qapp, qtbot, bundled_in_arabic):
    stage = make_stage(bundled_in_arabic, (1920, 1080), language=RTL)
    try:
        deck = stage.controller.deck
        spring = deck.scenes(RTL)[1]
        step = next(i for i, block in enumerate(spring["blocks"]) if block["kind"] == "couplet") + 1
        stage.controller.goTo(1, step)
        settle(stage)
        root = find(stage, "stage")
        glyphs = sorted((i for i in items(root) if i.objectName() == "bannerGlyph" and shown(i)),
                        key=lambda i: -rect_in(i, root).left())
        banner = spring["blocks"][step - 1]["banner"]
        assert "".join(str(g.property("text")) for g in glyphs) == banner  # read from the right, as it hangs
        open_search(qtbot, stage)
        q, w = rect_in(find(stage, "key-q"), root), rect_in(find(stage, "key-w"), root)
        assert q.right() <= w.left()  # qwerty, not the other way round
    finally:
        stage.close()
