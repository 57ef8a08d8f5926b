"""Charts in the show: drawn off the GUI thread at the size shown, in the picture, and never in the way."""

import pytest
from PySide6.QtGui import QColor

from tests.qtsupport import find, make_stage, rect_in, settle


def chart_step(stage, chart_kind):
    """(scene index, step) of the first chart of that kind in the show."""
    for index, view in enumerate(stage.controller.deck.scenes(stage.controller.language)):
        for b, block in enumerate(view["blocks"]):
            if block.get("chart") == chart_kind:
                return index, b + 1
    raise AssertionError(f"no {chart_kind} chart in the pack")


def wait_for_chart(qtbot, stage):
    chart = find(stage, "chart")
    qtbot.waitUntil(lambda: chart.property("settled") and find(stage, "chartImage").property("implicitWidth") > 0,
                    timeout=60000)
    settle(stage)
    return chart


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)], ids=["1080p", "4k"])
def test_the_chart_is_drawn_at_the_size_it_is_shown(qapp, qtbot, bundled_pack_dir, size):
    stage = make_stage(bundled_pack_dir, size)
    stage.controller.goTo(*chart_step(stage, "bars"))
    wait_for_chart(qtbot, stage)
    image = find(stage, "chartImage")
    scale = size[0] / 1920
    assert image.property("implicitWidth") == pytest.approx(image.width() * scale, abs=1)
    assert image.property("implicitHeight") == pytest.approx(image.height() * scale, abs=1)
    stage.close()


@pytest.mark.parametrize("kind", ["bars", "milestones", "share"])
def test_each_kind_of_chart_is_in_the_picture(qapp, qtbot, bundled_pack_dir, kind):
    stage = make_stage(bundled_pack_dir, (1280, 720))
    index, step = chart_step(stage, kind)
    stage.controller.goTo(index, step)
    wait_for_chart(qtbot, stage)
    accent = QColor(stage.controller.deck.scenes("zh-Hans")[index]["accent"])
    frame = rect_in(find(stage, "chartFrame"), stage.view.rootObject()).toRect()
    picture = stage.view.grabWindow()

    def near_accent(x, y):
        c = picture.pixelColor(x, y)
        return abs(c.red() - accent.red()) + abs(c.green() - accent.green()) + abs(c.blue() - accent.blue()) < 60

    samples = [(x, y) for x in range(frame.left(), frame.right(), 4) for y in range(frame.top(), frame.bottom(), 4)]
    share = sum(near_accent(x, y) for x, y in samples) / len(samples)
    assert share > 0.0005, f"none of the season's colour in the {kind} chart ({share:.3%}); the empty card has none"
    stage.close()


@pytest.mark.qt_log_ignore("Failed to get image from provider")
def test_a_chart_that_cannot_be_drawn_says_so_and_the_show_goes_on(qapp, qtbot, bundled_pack_dir, monkeypatch):
    import huzhou_viewer.charts.draw as draw

    def broken(*args, **kwargs):
        raise RuntimeError("drawing failed on purpose")

    monkeypatch.setattr(draw, "render_rgba", broken)
    stage = make_stage(bundled_pack_dir, (1280, 720))
    index, step = chart_step(stage, "share")
    stage.controller.goTo(index, step)
    qtbot.waitUntil(lambda: find(stage, "chartUnavailable").isVisible(), timeout=30000)
    stage.controller.next()
    assert (stage.controller.sceneIndex, stage.controller.step) == (index, step + 1)
    stage.close()


def test_charts_wait_for_no_one_on_the_way_in(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (1280, 720))
    index, step = chart_step(stage, "bars")
    stage.controller.goTo(index, step)
    settle(stage)  # one frame, without waiting: the chart's card is already there, the picture may not be
    frame = find(stage, "chartFrame")
    assert frame.isVisible() and frame.height() > 200
    stage.close()


def test_the_exported_season_scene_contains_its_chart(qapp, bundled_pack_dir, tmp_path):
    from PySide6.QtGui import QImage

    from huzhou_viewer.qt.stage.export import export_png

    stage = make_stage(bundled_pack_dir, (960, 540))
    index, step = chart_step(stage, "bars")
    files = export_png(stage, (960, 540), tmp_path, steps=True)
    picture = QImage(str(next(f for f in files if f.name == f"{index + 1:02d}-summer-step{step + 1}.png")))
    accent = QColor(stage.controller.deck.scenes("zh-Hans")[index]["accent"])
    stage.close()
    middle = [(x, y) for x in range(100, 860, 5) for y in range(150, 400, 5)]

    def near(x, y):
        c = picture.pixelColor(x, y)
        return abs(c.red() - accent.red()) + abs(c.green() - accent.green()) + abs(c.blue() - accent.blue()) < 60

    assert sum(near(x, y) for x, y in middle) / len(middle) > 0.01


def test_no_figure_outlives_its_picture(qapp, bundled_pack_dir, monkeypatch):
    import gc
    import weakref

    import huzhou_viewer.charts.draw as draw

    made = []
    original = draw.figure_for

    def recording(*args, **kwargs):
        figure = original(*args, **kwargs)
        made.append(weakref.ref(figure))
        return figure

    monkeypatch.setattr(draw, "figure_for", recording)
    stage = make_stage(bundled_pack_dir, (640, 360))
    charts = [f"zh-Hans/{b['id']}/0" for v in stage.controller.deck.scenes("zh-Hans") for b in v["blocks"]
              if b["kind"] == "chart"]
    for n in range(100):  # a hundred different pictures: sizes change as windows do
        stage.charts.image(charts[n % len(charts)], 400 + n, 200 + n)
    gc.collect()
    assert len(made) == 100 and all(ref() is None for ref in made)
    stage.close()


def test_charts_are_asked_for_only_once_the_show_enables_them(qapp, qtbot, bundled_pack_dir):
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.qt.stage.stage import Stage
    from huzhou_viewer.show.present import build_deck
    from tests.qtsupport import font_family

    stage = Stage(build_deck(load_pack(bundled_pack_dir)), None, font_family(), transitions=False)
    stage.view.resize(1280, 720)
    stage.view.show()
    stage.controller.goTo(*chart_step(stage, "bars"))
    settle(stage)
    assert find(stage, "chartImage").property("source").isEmpty()  # the first frames ask for nothing
    stage.start_pictures()
    wait_for_chart(qtbot, stage)
    assert find(stage, "chartImage").property("implicitWidth") > 0
    stage.close()
