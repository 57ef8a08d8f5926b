"""A step of big numbers uses the stage: its tiles sit in the middle of the room under their label (and above
the note), not under the label with the lower stage empty; a source they share is said once, under them."""

from __future__ import annotations

import pytest

from tests.qtsupport import find, items, make_stage, rect_in, settle, shown

SPRING_FIGURES = 6  # the bundled spring's step of three figures (its note-less block)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (3840, 2160)])
def test_a_row_of_figures_sits_in_the_middle_of_its_room(qapp, bundled_pack_dir, size):
    stage = make_stage(bundled_pack_dir, size, language="zh-Hans")
    try:
        settle(stage)
        stage.controller.goTo(1, SPRING_FIGURES)
        settle(stage)
        grid = find(stage, "figuresGrid")
        block = grid.parentItem()
        tiles = rect_in(grid, block)
        start = grid.property("start")
        # The tiles and the source they share, said once under them, are one group in the middle of the room.
        source = find(stage, "sharedSource")
        under = source.mapRectToItem(block, source.boundingRect())
        assert shown(source) and source.property("text") and 0 < under.top() - tiles.bottom() <= 28  # Theme.gap
        above, below = tiles.top() - start, block.height() - under.bottom()
        assert above > 0.05 * block.height() and abs(above - below) <= 2, (above, below)
    finally:
        stage.close()


def test_a_source_every_figure_shares_is_said_once_under_them(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, language="en")
    try:
        stage.controller.goTo(1, SPRING_FIGURES)
        settle(stage)
        figures = stage.controller.deck.scenes("en")[1]["blocks"][SPRING_FIGURES - 1]["items"]
        assert len({(f["sourceLabel"], f["source"]) for f in figures}) == 1  # the bundled step: one source
        grid = find(stage, "figuresGrid")
        own = [i for i in items(grid) if i.objectName() == "source" and shown(i)]
        shared = find(stage, "sharedSource")
        assert own == [] and shown(shared)
        assert shared.property("text") == f"{figures[0]['sourceLabel']} · {figures[0]['source']}"
    finally:
        stage.close()


def test_figures_with_sources_of_their_own_each_keep_theirs(qapp, bundled_pack_dir, tmp_path):
    import shutil

    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    spring = pack / "scenes" / "spring.yaml"
    text = spring.read_text(encoding="utf-8")
    marker = 'en: "leads each task, with an observation group, timetable and task list"}\n'
    at = text.index(marker) + len(marker)
    line_end = text.index("\n", at)
    spring.write_text(text[:at] + '        source: {zh-Hans: 市政府, en: "City government"}' + text[line_end:],
                      encoding="utf-8")
    stage = make_stage(pack, language="en")
    try:
        stage.controller.goTo(1, SPRING_FIGURES)
        settle(stage)
        own = [i.property("text") for i in items(find(stage, "figuresGrid")) if i.objectName() == "source" and shown(i)]
        assert len(own) == 3 and any("City government" in t.replace("\xad", "") for t in own)  # soft hyphens
        assert not shown(find(stage, "sharedSource"))
    finally:
        stage.close()


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_a_number_too_wide_for_a_third_of_the_row_gets_fewer_tiles_to_a_row_at_its_full_size(
        qapp, bundled_pack_dir, tmp_path, size):
    """'€2,400,000' at the headline size is wider than a third of the stage: two tiles a row, the third centred
    under them, every number inside its tile and none set smaller than the others."""
    import shutil

    import yaml

    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    spring = pack / "scenes" / "spring.yaml"
    scene = yaml.safe_load(spring.read_text(encoding="utf-8"))
    block = scene["blocks"][SPRING_FIGURES - 1]
    assert block["kind"] == "figures" and len(block["items"]) == 3
    block["items"][0]["value"] = "€2,400,000"
    spring.write_text(yaml.safe_dump(scene, allow_unicode=True), encoding="utf-8")
    stage = make_stage(pack, size, language="en")
    try:
        stage.controller.goTo(1, SPRING_FIGURES)
        settle(stage)
        grid = find(stage, "figuresGrid")
        tiles = [i for i in items(grid) if i.objectName() == "figure"]
        boxes = [rect_in(tile, grid) for tile in tiles]
        assert len({round(box.top()) for box in boxes}) == 2  # two rows
        assert abs(boxes[2].center().x() - grid.width() / 2) <= 1  # the third in the middle
        values = [next(i for i in items(tile) if i.objectName() == "value") for tile in tiles]
        for tile, value in zip(tiles, values):
            assert rect_in(tile, grid).contains(rect_in(value, grid)), value.property("text")
        assert len({value.property("font").pixelSize() for value in values}) == 1
    finally:
        stage.close()
