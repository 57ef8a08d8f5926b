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


@pytest.mark.parametrize("chrome", ["none", "touch"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_a_number_too_wide_for_a_third_of_the_row_keeps_the_tiles_in_their_room(
        qapp, bundled_pack_dir, tmp_path, size, chrome):
    """'€2,400,000' at the headline size is wider than a third of the stage. Two tiles a row (the third centred
    under them) when those rows stand in the room; here they would not (two rows ran under the timeline bar, one
    column of three off the stage), so the three stand in one row, every number of it set to the one size that
    fits its tile."""
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
        stage.controller.set_chrome(chrome)
        stage.controller.goTo(1, SPRING_FIGURES)
        settle(stage)
        grid = find(stage, "figuresGrid")
        room = grid.parentItem()
        tiles = [i for i in items(grid) if i.objectName() == "figure"]
        boxes = [rect_in(tile, room) for tile in tiles]
        assert len({round(box.top()) for box in boxes}) == 1
        assert all(box.top() >= 0 and box.bottom() <= room.height() for box in boxes), boxes
        values = [next(i for i in items(tile) if i.objectName() == "value") for tile in tiles]
        for tile, value in zip(tiles, values):
            assert rect_in(tile, grid).contains(rect_in(value, grid)), value.property("text")
        assert len({value.property("font").pixelSize() for value in values}) == 1
    finally:
        stage.close()


def plain(item) -> str:
    return str(item.property("text")).replace("\xad", "")  # the soft hyphens the stage puts in long words


def crowded_figures_pack(bundled_pack_dir, tmp_path):
    """The spring's figures as another event wrote them: four, each number with a unit and a caption, some with a
    comparison or a source of their own, one number of seven digits, and a note under the block."""
    import shutil

    import yaml

    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    spring = pack / "scenes" / "spring.yaml"
    scene = yaml.safe_load(spring.read_text(encoding="utf-8"))
    block = scene["blocks"][SPRING_FIGURES - 1]

    def item(value, unit, caption, comparison, source):
        figure = {"value": value, "unit": {"zh-Hans": unit, "en": unit}, "caption": {"zh-Hans": caption, "en": caption}}
        for key, text in (("comparison", comparison), ("source", source)):
            if text:
                figure[key] = {"zh-Hans": text, "en": text}
        return figure

    block["items"] = [
        item("2,400,000", "euros", "invested in the maternity ward", "", "Regional health agency"),
        item("471", "births", "from July to September", "the busiest quarter since 2019", ""),
        item("4", "rooms", "of the birth ward made new", "", ""),
        item("38.6", "°C", "in the shade on 11 August", "", "Regional weather office"),
    ]
    block["note"] = {"zh-Hans": "Counts from the ward's own records.", "en": "Counts from the ward's own records."}
    spring.write_text(yaml.safe_dump(scene, allow_unicode=True), encoding="utf-8")
    return pack


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1080, 1920)])
def test_four_crowded_figures_stand_in_their_room_above_their_note(qapp, bundled_pack_dir, tmp_path, size):
    """Two rows of two such tiles are taller than the room: on a wide stage the four stand in one row, in portrait
    in two rows of two (not a column of four), every tile inside the block and clear of the note, each number
    inside its tile."""
    stage = make_stage(crowded_figures_pack(bundled_pack_dir, tmp_path), size, language="en")
    try:
        stage.controller.set_chrome("none")
        stage.controller.goTo(1, SPRING_FIGURES)
        settle(stage)
        grid = find(stage, "figuresGrid")
        block = grid.parentItem()
        tiles = [rect_in(i, block) for i in items(grid) if i.objectName() == "figure"]
        rows = len({round(box.top()) for box in tiles})
        assert len(tiles) == 4 and rows == (2 if size[1] > size[0] else 1)
        note = next(i for i in items(block) if plain(i) == "Counts from the ward's own records.")
        under = rect_in(note, block)
        for box in tiles:
            assert box.top() >= 0 and box.bottom() <= under.top(), (box, under)
        for tile in (i for i in items(grid) if i.objectName() == "figure"):
            value = next(i for i in items(tile) if i.objectName() == "value")
            assert rect_in(tile, grid).contains(rect_in(value, grid)), value.property("text")
    finally:
        stage.close()


def test_a_note_at_the_foot_keeps_clear_of_the_place_mark(qapp, bundled_pack_dir, tmp_path):
    """On the clean feed the place mark stands at the stage's foot, on the right; a long note under figures
    wraps before it rather than run under it."""
    pack = crowded_figures_pack(bundled_pack_dir, tmp_path)
    spring = pack / "scenes" / "spring.yaml"
    long_note = "Counts from the ward's own records, checked against the birth register and the weather office."
    spring.write_text(spring.read_text(encoding="utf-8").replace("Counts from the ward's own records.", long_note),
                      encoding="utf-8")
    stage = make_stage(pack, (1920, 1080), language="en")
    try:
        stage.controller.set_chrome("none", place_mark=True)
        stage.controller.goTo(1, SPRING_FIGURES)
        settle(stage)
        root = find(stage, "stage")
        mark = find(stage, "placeMark")
        note = next(i for i in items(root) if plain(i) == long_note and shown(i))
        assert shown(mark) and mark.property("text")
        assert not rect_in(note, root).intersects(rect_in(mark, root).adjusted(-8, -8, 8, 8))
    finally:
        stage.close()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_a_currency_symbol_stays_on_its_numbers_line_and_the_row_keeps_one_baseline(
        qapp, bundled_pack_dir, tmp_path, size):
    """"2 400 000" with its "€" alone on the line under it read as a stray mark (seen in a French pack): a sign
    or a currency's symbol stays at the number's right, the block's numbers set smaller for it, all on one
    baseline."""
    pack = crowded_figures_pack(bundled_pack_dir, tmp_path)
    spring = pack / "scenes" / "spring.yaml"
    spring.write_text(spring.read_text(encoding="utf-8").replace("euros", "€"), encoding="utf-8")
    stage = make_stage(pack, size, language="en")
    try:
        stage.controller.set_chrome("none")
        stage.controller.goTo(1, SPRING_FIGURES)
        settle(stage)
        grid = find(stage, "figuresGrid")
        tiles = [i for i in items(grid) if i.objectName() == "figure"]
        parts = [{i.objectName(): i for i in items(tile) if i.objectName() in ("value", "unit")} for tile in tiles]
        euro = next(p for p in parts if p["unit"].property("text") == "€")
        value, unit = rect_in(euro["value"], grid), rect_in(euro["unit"], grid)
        assert unit.left() >= value.right() and unit.top() < value.bottom(), (value, unit)
        tile = rect_in(next(t for t, p in zip(tiles, parts) if p is euro), grid)
        assert tile.contains(unit) and tile.contains(value)
        for row in {round(rect_in(t, grid).top()) for t in tiles}:
            baselines = {round(rect_in(p["value"], grid).top() + p["value"].property("baselineOffset"))
                         for t, p in zip(tiles, parts) if round(rect_in(t, grid).top()) == row}
            assert len(baselines) == 1, baselines
    finally:
        stage.close()
