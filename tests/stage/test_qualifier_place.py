"""A figure's "over" or "about" stands where its language puts it: before the number in English and Chinese
("over 38", "超38"), after the number and its unit in Japanese and Korean ("38人以上"), as the words say."""

from __future__ import annotations

import pytest

from huzhou_viewer.content.validate import validate_pack
from tests.packfactory import PACK_YAML, write_pack
from tests.qtsupport import find, items, make_stage, rect_in, settle, shown

AFTER = 'words:\n  over: {zh-Hans: "{number}以上"}\n'  # as a Japanese catalogue has it


def _story_tile(stage):
    stage.controller.goTo(1, 2)  # the spring story, whose figure is "over" 38 villages
    settle(stage)
    side = find(stage, "storySide")
    return {i.objectName(): i for i in items(side) if i.objectName() in ("qualifier", "storyValue", "unit")}


@pytest.mark.parametrize("language, after", [("zh-Hans", True), ("en", False)])
def test_a_qualifier_the_language_puts_after_stands_after_the_number(qapp, tmp_path, language, after):
    pack = write_pack(tmp_path / "p", {"pack.yaml": PACK_YAML + AFTER})
    assert [p for p in validate_pack(pack) if p.is_error] == []
    stage = make_stage(pack, (1920, 1080), language=language)
    try:
        parts = _story_tile(stage)
        value, root = parts["storyValue"], find(stage, "stage")
        if after:
            assert not shown(parts["qualifier"]) or not parts["qualifier"].property("text")
            unit = parts["unit"]
            assert shown(unit) and unit.property("text") == "以上"
            assert rect_in(unit, root).left() >= rect_in(value, root).right()  # on its line, after the number
        else:
            qualifier = parts["qualifier"]
            assert shown(qualifier) and qualifier.property("text") == "over"
            assert rect_in(qualifier, root).right() <= rect_in(value, root).left()
    finally:
        stage.close()
