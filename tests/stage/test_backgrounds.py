"""A scene's photograph: behind the whole scene, under a scrim that keeps every text 4.5:1 whatever the photo."""

import io

from PIL import Image

from huzhou_viewer.content.colours import contrast, over, rgb, scrim_alpha
from huzhou_viewer.content.validate import validate_pack
from huzhou_viewer.qt.stage.legibility import readings
from tests.packfactory import edit, line_of, write_pack
from tests.qtsupport import find, make_stage, settle, shown


def png(colour) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 36), colour).save(out, "PNG")
    return out.getvalue()


def test_the_scrim_is_as_opaque_as_the_palette_needs_over_black_and_white_photos():
    inks = ["#F2F2F2", "#9AA4AE", "#F05A4E"]
    alpha = scrim_alpha("#101418", inks)
    assert 0.5 <= alpha < 1
    for photo in ((0.0, 0.0, 0.0), (1.0, 1.0, 1.0)):
        ground = over(rgb("#101418"), alpha, photo)
        assert all(contrast(rgb(ink), ground) >= 4.5 for ink in inks)  # type: ignore[arg-type]
    lighter = over(rgb("#101418"), alpha - 0.02, (1.0, 1.0, 1.0))
    assert any(contrast(rgb(ink), lighter) < 4.5 for ink in inks)  # type: ignore[arg-type]  # and no more


def test_a_white_photograph_behind_a_scene_keeps_every_text_readable(qapp, tmp_path):
    pack = write_pack(tmp_path / "p", {"pictures/hall.png": png((255, 255, 255))})
    edit(pack, "scenes/opening.yaml", "kind: title\n", "kind: title\nbackground: pictures/hall.png\n")
    stage = make_stage(pack, (1280, 720), "en")
    stage.controller.set_chrome("none")
    for step in range(stage.controller.deck.step_counts[0]):
        stage.controller.goTo(0, step)
        settle(stage)
        photo = find(stage, "sceneBackground")
        assert shown(photo) and shown(find(stage, "scrim"))
        texts = readings(stage.view)
        assert texts and min(r.contrast for r in texts) >= 4.5, [(r.text, r.contrast) for r in texts]
    stage.close()


def test_a_missing_background_is_a_warning_where_it_is_named(tmp_path):
    pack = write_pack(tmp_path / "p")
    edit(pack, "scenes/opening.yaml", "kind: title\n", "kind: title\nbackground: pictures/gone.jpg\n")
    (problem,) = [p for p in validate_pack(pack) if "gone.jpg" in p.message]
    assert not problem.is_error
    assert (problem.file, problem.line) == ("scenes/opening.yaml", line_of(pack, "scenes/opening.yaml", "background:"))
