"""Packs the bundled one does not resemble (tests/generatedpack.py): every step of every scene, at a landscape and a
portrait screen, holds its texts on their cards and in the window. A small, fixed sample: the stage is costly."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings

from huzhou_viewer.content.validate import validate_pack
from huzhou_viewer.qt.stage.text_fit import text_fits
from tests.generatedpack import packs, write_generated
from tests.qtsupport import make_stage, settle

SIZES = ((1920, 1080), (1080, 1920))
PERSON_PAGES = 2  # of a gallery's steps past its grid, the first two: every honouree's page is alike


# No shrinking: a failing example is printed as drawn (each costs seconds of rendering).
@settings(max_examples=10, derandomize=True, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(files=packs())
def test_a_generated_pack_keeps_every_text_on_its_card_and_in_the_window(qapp, tmp_path_factory, files):
    pack = write_generated(tmp_path_factory.mktemp("generated"), files)
    errors = [str(p) for p in validate_pack(pack) if p.is_error]
    assert errors == []  # the generator writes packs the format allows
    stage = make_stage(pack, SIZES[0])
    problems = []
    try:
        show = stage.controller
        for size in SIZES:
            stage.view.resize(*size)
            for index, (scene_id, count) in enumerate(zip(show.deck.scene_ids, show.deck.step_counts)):
                steps = min(count, 1 + PERSON_PAGES) if scene_id == "gallery" else count
                for step in range(steps):
                    show.goTo(index, step)
                    settle(stage)
                    problems += [f"{size[0]}x{size[1]} {scene_id} step {step + 1}: {fit.text[:40]!r} {problem}"
                                 for fit in text_fits(stage.view) for problem in fit.problems]
    finally:
        stage.close()
    assert problems == [], "\n".join(problems[:20])
