"""What a scene change paints on the software renderer: big text kept as pictures that meet the screen's pixels,
a neighbour's pictures painted out of sight before its fade, and a scene left fading out on the step it showed."""

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtQml import QQmlProperty

from tests.qtsupport import items, make_stage, settle

# Qt's raster engine caches glyphs up to this size in device pixels; bigger ones are filled from outlines.
CACHED_GLYPHS = 64


def host(stage, scene_id):
    return next(i for i in items(stage.view.rootObject()) if i.objectName() == f"scene-{scene_id}")


def texts_of(item):
    return [i for i in items(item) if i.inherits("QQuickText") and i.isVisible()]


def layer(text, name):
    return QQmlProperty(text, f"layer.{name}").read()


def test_at_4k_text_too_big_for_the_glyph_cache_is_kept_as_a_picture_of_its_pixels(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (3840, 2160))
    settle(stage)
    texts = texts_of(host(stage, "title"))
    assert texts and all(t.property("font").pixelSize() * 2 > CACHED_GLYPHS for t in texts)
    for text in texts:
        texture = layer(text, "textureSize")
        assert layer(text, "enabled"), text.objectName()
        assert (texture.width(), texture.height()) == (math.ceil(text.width() * 2), math.ceil(text.height() * 2))
    stage.close()


def test_at_1080p_text_keeps_its_outlines(qapp, bundled_pack_dir):
    # Only headings pass the cache's limit there, and their pictures would cost more memory than they save time.
    stage = make_stage(bundled_pack_dir, (1920, 1080))
    settle(stage)
    texts = texts_of(host(stage, "title"))
    assert any(t.property("font").pixelSize() > CACHED_GLYPHS for t in texts)
    assert not any(layer(t, "enabled") for t in texts)
    stage.close()


def test_at_4k_a_text_picture_meets_the_screens_pixels_one_to_one(qapp, bundled_pack_dir):
    # A picture drawn a fraction of a pixel off, or a fraction larger, is scaled as it is blended: three times slower.
    stage = make_stage(bundled_pack_dir, (3840, 2160))
    off = {}
    for scene, steps in enumerate(stage.controller.deck.step_counts):
        for step in range(steps):
            stage.controller.goTo(scene, step)
            settle(stage)
            for text in texts_of(host(stage, stage.controller.deck.scene_ids[scene])):
                box = text.mapRectToScene(QRectF(0, 0, text.width(), text.height()))
                if max(abs(v - round(v)) for v in (box.x(), box.y(), box.width(), box.height())) > 0.01:
                    off[text.objectName() or text.property("text")] = (scene, step, box)
    assert off == {}
    stage.close()


def test_a_neighbour_is_drawn_once_beyond_the_stage_before_it_fades_in(qtbot, qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (3840, 2160), transitions=True)
    stage.controller.set_preload_neighbours(True)
    settle(stage)
    spring = host(stage, "spring")
    seen = []

    def rehearsing():
        if spring.property("rehearsing"):
            corner = spring.mapToScene(QPointF(0, 0))
            seen.append((spring.isVisible(), corner.x() >= stage.view.width() or corner.y() >= stage.view.height()))

    spring.rehearsingChanged.connect(rehearsing)
    qtbot.waitUntil(lambda: spring.property("rehearsed") and not spring.property("rehearsing"), timeout=10000)
    assert seen == [(True, True)]  # once, in the scene graph, out of the window
    assert not spring.isVisible()
    stage.close()


def test_a_scene_left_from_its_first_step_fades_out_on_that_step(qtbot, qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (1280, 720), transitions=True)
    stage.controller.goTo(1, 0)
    spring = host(stage, "spring")
    qtbot.waitUntil(lambda: spring.property("opacity") == 1, timeout=5000)
    stage.controller.goTo(2, 0)  # a jump on the timeline bar, from spring's first step
    settle(stage)
    assert spring.isVisible() and spring.property("opacity") > 0  # still fading out
    assert spring.property("step") == 0  # not its last step, built in the fade's first frame
    qtbot.waitUntil(lambda: not spring.isVisible(), timeout=5000)
    assert spring.property("step") == stage.controller.deck.step_counts[1] - 1  # behind us: its last step
    stage.close()
