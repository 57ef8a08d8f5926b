"""A step of big numbers uses the stage: its tiles sit in the middle of the room under their label (and above
the note), not under the label with the lower stage empty."""

from __future__ import annotations

import pytest

from tests.qtsupport import find, make_stage, rect_in, settle

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
        above, below = tiles.top() - start, block.height() - tiles.bottom()
        assert above > 0.05 * block.height() and abs(above - below) <= 2, (above, below)
    finally:
        stage.close()
