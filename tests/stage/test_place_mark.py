"""The clean feed's place mark (where the show is, at the stage's foot on the right) is never drawn over what a
scene shows: every scene's foot stops above it, and a couplet, which fills the stage, has the stage to itself."""

from __future__ import annotations

import pytest

from tests.qtsupport import find, items, make_stage, rect_in, settle, shown
from tests.stage.test_story_layout import story_pack


def _walk_clean_feed(stage):
    """(scene id, step, the place mark's box or None when hidden, the boxes of every other text shown)."""
    show = stage.controller
    show.set_chrome("none", place_mark=True)
    root = find(stage, "stage")
    mark = find(stage, "placeMark")
    for index, (scene_id, count) in enumerate(zip(show.deck.scene_ids, show.deck.step_counts)):
        for step in range(count):
            show.goTo(index, step)
            settle(stage)
            texts = [(str(i.property("text")), rect_in(i, root)) for i in items(root)
                     if i is not mark and i.inherits("QQuickText") and shown(i) and i.property("text")]
            box = rect_in(mark, root).adjusted(-8, -8, 8, 8) if shown(mark) else None  # with its scrim
            yield scene_id, step + 1, box, texts


def _under_the_mark(pack, size, language) -> list[str]:
    """Each text shown under the place mark, with its scene and step."""
    stage = make_stage(pack, size, language=language)
    try:
        return [f"{scene} step {step}: {text[:30]!r}" for scene, step, box, texts in _walk_clean_feed(stage)
                if box is not None for text, where in texts if where.intersects(box)]
    finally:
        stage.close()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_no_text_of_the_bundled_show_runs_under_the_place_mark(qapp, bundled_pack_dir, size, language):
    assert _under_the_mark(bundled_pack_dir, size, language) == []


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_crowded_story_keeps_its_last_person_clear_of_the_place_mark(qapp, tmp_path, size):
    """Three people and three figures fill the side column to the story's foot, at the stage's right."""
    assert _under_the_mark(story_pack(tmp_path / "p", 3, 3), size, "en") == []


def test_a_couplet_has_the_stage_to_itself(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (1920, 1080), language="zh-Hans")
    try:
        kinds = {(scene, step + 2): block["kind"]  # step 1 is the scene's opening, step 2 its first block
                 for scene, view in zip(stage.controller.deck.scene_ids, stage.controller.deck.scenes("zh-Hans"))
                 for step, block in enumerate(view.get("blocks", []))}
        frames = [(scene, step, box) for scene, step, box, _ in _walk_clean_feed(stage)]
        couplets = [box for scene, step, box in frames if kinds.get((scene, step)) == "couplet"]
        blocks = [box for scene, step, box in frames if kinds.get((scene, step)) in ("tasks", "story", "figures")]
        assert couplets and all(box is None for box in couplets)
        assert blocks and all(box is not None for box in blocks)  # a season's other steps say where the show is
    finally:
        stage.close()
