"""Charts (huzhou_viewer.charts): each kind drawn from a Chinese and an English spec, in the bundled font,
with text big enough for the back of a hall, nothing overlapping or clipped, and no figure left behind.

No Qt here: the package is Qt-free. A missing glyph is a matplotlib warning, and pytest turns warnings into
errors, so every draw below also checks that the bundled font covers the text."""

from __future__ import annotations

import copy
import gc
import itertools
import os
import subprocess
import sys
import weakref
from dataclasses import replace

import pytest
from matplotlib import font_manager
from matplotlib.colors import to_rgba
from matplotlib.text import Text

from huzhou_viewer.charts import ChartTheme, draw, register_fonts
from huzhou_viewer.charts.fonts import font_chain
from huzhou_viewer.charts.text import DASH, format_number, unit_is_short, with_unit, wrap
from huzhou_viewer.resources import font_files

FAMILY = "HuzhouViewer Sans"
THEME = ChartTheme(background="#1A0E0C", surface="#2A1816", text="#F6EDE3", muted="#B9A89A",
                   accent="#6FBF73", gold="#D9B45A")
SIZES = [(1000, 560), (2000, 1120)]  # a chart area on a 1920x1080 stage, and on a 3840x2160 one


def item(label, value, derived=False):
    return {"label": label, "value": value, "derived": derived, "note": ""}


def spec(chart, items, **extra):
    base = {"kind": "chart", "chart": chart, "id": f"test-{chart}", "title": "", "unit": "",
            "orientation": "vertical", "items": items, "start": "", "total": None, "derivedLabel": "",
            "source": "", "sourceLabel": "", "note": ""}
    return base | extra


# The bundled pack's figures (summer: Nanxun visitors; autumn: Fangzheng Motor; winter: the 70.6% share).
SPECS = {
    ("bars", "zh"): spec("bars", [item("2023年", 1200), item("2022年（推算）", 68, True),
                                  item("2019年（推算）", 152, True)],
                         title="南浔古镇游客", unit="万人次", derivedLabel="推算"),
    ("bars", "en"): spec("bars", [item("visitors in 2023", 12), item("visitors in 2022 (derived)", 0.68, True),
                                  item("visitors in 2019 (derived)", 1.52, True)],
                         title="Visitors to Nanxun Ancient Town", unit="million visits",
                         derivedLabel="derived (computed from the stated growth)"),
    ("hbars", "zh"): spec("bars", [item("签约后具备进场条件", 24), item("开工后设备进场", 56, True),
                                   item("厂房主体完工", None), item("首件产品下线", 191)],
                          unit="天", orientation="horizontal", derivedLabel="推算"),
    ("hbars", "en"): spec("bars", [item("after signing: site ready", 24), item("equipment in", 56, True),
                                   item("main plant built", None), item("first product off the line", 191)],
                          unit="days", orientation="horizontal",
                          derivedLabel="derived (computed from the stated growth)"),
    ("milestones", "zh"): spec("milestones", [item("签约后具备进场条件", 24), item("开工后设备进场", 56),
                                              item("厂房主体完工", 83), item("首件产品下线", 191)],
                               title="方正电机：从签约到投产", unit="天", start="签约"),
    ("milestones", "en"): spec("milestones", [item("after signing: site ready", 24),
                                              item("after ground-breaking: equipment in", 56),
                                              item("main plant built", 83), item("first product off the line", 191)],
                               unit="days", start="Signing"),
    ("share", "zh"): spec("share", [item("八条新兴产业链项目占比（待核）", 70.6)], unit="%"),
    ("share", "en"): spec("share",
                          [item("share of projects in the eight emerging industry chains (unconfirmed)", 70.6)],
                          unit="%", total=100),
}
CASES = [pytest.param(kind, lang, id=f"{kind}-{lang}") for kind, lang in SPECS]


@pytest.fixture(scope="module", autouse=True)
def fonts():
    return register_fonts(font_files())


def drawn(kind, lang, width=1000, height=560, screen=None, theme=THEME, **kw):
    fig = draw.figure_for(SPECS[kind, lang], theme, width, height, screen, **kw)
    fig.canvas.draw()
    return fig


def shown_texts(fig) -> list[Text]:
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


def boxes(fig):
    renderer = fig.canvas.get_renderer()
    return [(t, t.get_window_extent(renderer)) for t in shown_texts(fig)]


def squash(s: str) -> str:
    return "".join(s.split())  # wrapping adds line breaks (and, in Latin text, takes spaces)


# -- drawing ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("kind, lang", CASES)
def test_each_kind_draws_without_overlap_or_clipping(kind, lang, size):
    width, height = size
    fig = drawn(kind, lang, width, height)
    assert fig.canvas.get_width_height() == (width, height)
    assert_fits(fig, width, height)


def assert_fits(fig, width, height):
    """Something is written, and no text is clipped by the picture's edge or lies over another."""
    placed = boxes(fig)
    assert placed, "nothing written"
    for text, box in placed:
        assert box.x0 >= -1 and box.y0 >= -1 and box.x1 <= width + 1 and box.y1 <= height + 1, \
            f"{text.get_text()!r} is clipped: {box} in {width}x{height}"
    for (a, box_a), (b, box_b) in itertools.combinations(placed, 2):
        assert not box_a.overlaps(box_b), f"{a.get_text()!r} overlaps {b.get_text()!r}"


@pytest.mark.parametrize("kind, lang", CASES)
def test_every_text_is_in_the_bundled_font_first(kind, lang, fonts):
    assert fonts == FAMILY
    bundled = {str(p) for p in font_files()}
    for text in drawn(kind, lang).findobj(Text):  # empty and hidden ones too: tick labels come and go
        assert text.get_fontfamily() == font_chain(FAMILY), text  # the system's fonts only for what it lacks
        assert str(font_manager.findfont(text.get_fontproperties(), fallback_to_default=False)) in bundled, text


@pytest.mark.parametrize("width, height, screen", [(1000, 560, None), (2000, 1120, None),
                                                   (1000, 560, 1080), (2000, 1120, 2160), (600, 300, 1080)])
@pytest.mark.parametrize("kind, lang", CASES)
def test_text_is_at_least_a_thirtieth_of_the_screen(kind, lang, width, height, screen):
    fig = drawn(kind, lang, width, height, screen)
    # A milestone run in a picture smaller than the stage gives it may step down, never under 1/40.
    least = (screen or 2.2 * height) / (40 if kind == "milestones" and width < 1000 else 30)
    for text in shown_texts(fig):
        px = text.get_fontsize() * fig.dpi / 72
        assert px >= least, f"{text.get_text()!r}: {px:.1f} px < {least:.1f} px"


def test_text_scales_with_the_screen():
    small, large = drawn("bars", "zh", 1000, 560), drawn("bars", "zh", 2000, 1120)
    assert large.dpi == pytest.approx(2 * small.dpi)
    sizes = [[t.get_fontsize() for t in shown_texts(f)] for f in (small, large)]
    assert sizes[0] == pytest.approx(sizes[1])  # same points at twice the dpi: twice the pixels


@pytest.mark.parametrize("scale", [1.25, 1.5])
@pytest.mark.parametrize("kind, lang", CASES)
def test_labels_grow_with_the_visitor_s_text_size_where_the_chart_has_room(kind, lang, scale):
    designed = pixels(drawn(kind, lang, 1600, 900, 1080))
    fig = drawn(kind, lang, 1600, 900, 1080, theme=replace(THEME, text_scale=scale))
    larger = pixels(fig)
    assert larger[0] >= scale * designed[0] - 0.5  # the smallest label grows by the scale (a share's figure
    # is sized by its ring, which yields a little room to its label)
    assert_fits(fig, 1600, 900)


@pytest.mark.parametrize("kind, lang", CASES)
def test_in_a_cramped_chart_larger_text_steps_down_until_it_fits_never_below_the_designed_size(kind, lang):
    designed = pixels(drawn(kind, lang, 1000, 560, 1080))
    fig = drawn(kind, lang, 1000, 560, 1080, theme=replace(THEME, text_scale=1.5))
    assert pixels(fig)[0] >= designed[0] - 0.5
    assert_fits(fig, 1000, 560)


def pixels(fig) -> list[float]:
    """The sizes of the shown texts in pixels, smallest first."""
    return sorted(t.get_fontsize() * fig.dpi / 72 for t in shown_texts(fig))


def test_a_text_size_out_of_range_is_refused_where_the_theme_is_made():
    with pytest.raises(ValueError, match="text_scale"):
        replace(THEME, text_scale=0)


@pytest.mark.parametrize("kind, lang", CASES)
def test_title_source_and_notes_are_left_to_the_view(kind, lang):
    s = copy.deepcopy(SPECS[kind, lang]) | {"title": "TITLE", "source": "SOURCE", "sourceLabel": "SOURCELABEL",
                                            "note": "NOTE"}
    fig = draw.figure_for(s, THEME, 1000, 560)
    written = " ".join(t.get_text() for t in fig.findobj(Text))
    assert not any(word in written for word in ("TITLE", "SOURCE", "NOTE"))


def test_transparent_by_default_and_background_when_asked():
    assert draw.figure_for(SPECS["bars", "en"], THEME, 400, 300).get_facecolor()[3] == 0
    opaque = draw.figure_for(SPECS["bars", "en"], THEME, 400, 300, transparent=False)
    assert opaque.get_facecolor() == to_rgba(THEME.background)


# -- bars ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_derived_bars_are_drawn_differently_and_explained(lang):
    s = SPECS["bars", lang]
    fig = drawn("bars", lang)
    ax = fig.axes[0]
    bars = sorted(ax.patches, key=lambda p: p.get_x())
    assert len(bars) == 3
    stated, derived = bars[0], bars[1:]
    for bar in derived:
        assert bar.get_hatch() and not stated.get_hatch()
        assert bar.get_facecolor()[3] < stated.get_facecolor()[3]  # paler as well as hatched
        assert bar.get_edgecolor()[:3] == pytest.approx(to_rgba(THEME.accent)[:3])
    assert stated.get_facecolor() == pytest.approx(to_rgba(THEME.accent))
    assert squash(s["derivedLabel"]) in [squash(t.get_text()) for t in shown_texts(fig)]


def test_no_derived_legend_without_derived_values():
    s = copy.deepcopy(SPECS["bars", "en"])
    for i in s["items"]:
        i["derived"] = False
    fig = draw.figure_for(s, THEME, 1000, 560)
    assert not any("derived (" in t.get_text() for t in shown_texts(fig))
    assert all(not p.get_hatch() for p in fig.axes[0].patches)


@pytest.mark.parametrize("lang, values", [("zh", ["1200", "≈68", "≈152"]), ("en", ["12", "≈0.68", "≈1.52"])])
def test_values_are_written_on_their_bars(lang, values):
    fig = drawn("bars", lang)
    ax, renderer = fig.axes[0], fig.canvas.get_renderer()
    written = {t.get_text(): t.get_window_extent(renderer) for t in shown_texts(fig)}
    for bar, value in zip(sorted(ax.patches, key=lambda p: p.get_x()), values):
        box, label = bar.get_window_extent(renderer), written[value]
        assert label.y0 >= box.y1 - 1 and label.y0 - box.y1 < 0.1 * fig.bbox.height, value  # just above
        assert abs((label.x0 + label.x1) / 2 - (box.x0 + box.x1) / 2) < 2, value              # centred


def test_a_long_unit_is_said_once_and_a_short_one_after_each_value():
    zh = [t.get_text() for t in shown_texts(drawn("bars", "zh"))]
    assert zh.count("万人次") == 1 and "1200" in zh  # before 万 a number is not grouped: 1200万, never 1,200万
    en = [t.get_text() for t in shown_texts(drawn("hbars", "en"))]
    assert {"24 days", "≈56 days", "191 days"} <= set(en)  # 56 is derived in this spec
    assert "24天" in [t.get_text() for t in shown_texts(drawn("hbars", "zh"))]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_missing_value_makes_no_bar_but_keeps_its_label(lang):
    fig = drawn("hbars", lang)
    ax = fig.axes[0]
    assert len(ax.patches) == 3  # four items, one without a value
    missing = SPECS["hbars", lang]["items"][2]["label"]
    assert squash(missing) in [squash(t.get_text()) for t in ax.get_yticklabels()]
    assert DASH in [t.get_text() for t in shown_texts(fig)]


@pytest.mark.parametrize("kind", ["bars", "hbars"])
def test_bars_have_no_chart_junk(kind):
    ax = drawn(kind, "en").axes[0]
    assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
    assert not any(line.get_visible() for line in ax.xaxis.get_gridlines() + ax.yaxis.get_gridlines())
    value_axis = ax.yaxis if kind == "bars" else ax.xaxis
    assert not any(t.get_visible() and t.get_text() for t in value_axis.get_ticklabels())


def test_many_bars_with_long_labels_still_fit():
    s = spec("bars", [item(f"district number {i} with a long name", 10.0 * i + 5, i % 2 == 0) for i in range(6)],
             unit="km", derivedLabel="derived (computed from the stated growth)")
    fig = draw.figure_for(s, THEME, 1400, 600)
    fig.canvas.draw()
    placed = boxes(fig)
    for (a, box_a), (b, box_b) in itertools.combinations(placed, 2):
        assert not box_a.overlaps(box_b), f"{a.get_text()!r} overlaps {b.get_text()!r}"


# -- milestones ---------------------------------------------------------------------------------------

CROWDED = {
    "zh": spec("milestones", [item("开工", 3), item("设备进场", 5), item("厂房主体完工", 8), item("试生产", 12),
                              item("首件产品下线", 200)], unit="天", start="签约"),
    "en": spec("milestones", [item("ground-breaking", 3), item("equipment in", 5), item("main plant built", 8),
                              item("trial run", 12), item("first product off the line", 200)],
               unit="days", start="Signing"),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("crowded", [False, True], ids=["pack", "crowded"])
def test_milestone_labels_do_not_overlap(lang, size, crowded):
    s = CROWDED[lang] if crowded else SPECS["milestones", lang]
    fig = draw.figure_for(s, THEME, *size)
    fig.canvas.draw()
    placed = boxes(fig)
    labels = [squash(i["label"]) for i in s["items"]] + [squash(s["start"])]
    assert sorted(squash(t.get_text()) for t, _ in placed if squash(t.get_text()) in labels) == sorted(labels)
    for (a, box_a), (b, box_b) in itertools.combinations(placed, 2):
        assert not box_a.overlaps(box_b), f"{a.get_text()!r} overlaps {b.get_text()!r}"
    for _, box in placed:
        assert 0 <= box.x0 and box.x1 <= size[0] and 0 <= box.y0 and box.y1 <= size[1]
    least = 2.2 * size[1] / (40 if crowded else 30)  # a crowded run steps down, never under 1/40
    assert min(t.get_fontsize() * fig.dpi / 72 for t, _ in placed) >= least - 0.01


def test_milestones_run_from_the_start_to_the_last_day():
    fig = drawn("milestones", "zh")
    written = [t.get_text() for t in shown_texts(fig)]
    assert {"24天", "56天", "83天", "191天", "签约"} <= set(written)
    line = max(fig.axes[0].lines, key=lambda ln: abs(ln.get_xdata()[-1] - ln.get_xdata()[0]))
    assert to_rgba(line.get_color()) == to_rgba(THEME.accent)
    days = {t.get_text(): t.get_position()[0] for t in shown_texts(fig)}
    # x is proportional to the day: 24 days sits an eighth of the way from the start to day 191.
    start_x = min(p.center[0] for p in fig.axes[0].patches)
    assert (days["24天"] - start_x) / (days["191天"] - start_x) == pytest.approx(24 / 191, abs=0.01)


def test_long_milestone_labels_wrap():
    fig = drawn("milestones", "en")
    assert any("\n" in t.get_text() for t in shown_texts(fig))


# -- share --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_share_shows_the_percentage_and_its_label(lang):
    s = SPECS["share", lang]
    written = [squash(t.get_text()) for t in shown_texts(drawn("share", lang))]
    assert "70.6%" in written
    assert squash(s["items"][0]["label"]) in written


def test_share_of_a_total_other_than_100():
    s = spec("share", [item("of 130 cities", 13)], total=130)
    fig = draw.figure_for(s, THEME, 800, 400)
    assert "10%" in [t.get_text() for t in fig.findobj(Text)]
    ring = [p for p in fig.axes[0].patches if to_rgba(p.get_facecolor()) == to_rgba(THEME.accent)]
    assert len(ring) == 1 and ring[0].theta2 - ring[0].theta1 == pytest.approx(36)


def test_share_in_a_tall_area_puts_the_label_under_the_ring():
    fig = draw.figure_for(SPECS["share", "en"], THEME, 500, 700)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ring = fig.axes[0].get_window_extent(renderer)
    label = next(t for t in shown_texts(fig) if "share" in t.get_text()).get_window_extent(renderer)
    assert label.y1 <= ring.y0


# -- errors -------------------------------------------------------------------------------------------


def test_unknown_kind_raises_value_error():
    with pytest.raises(ValueError, match=r"unknown chart kind 'pie'.*bars, milestones, share"):
        draw.figure_for(spec("pie", [item("a", 1)]), THEME, 400, 300)
    with pytest.raises(ValueError, match="unknown chart kind"):
        draw.render_rgba(spec("", []), THEME, 400, 300)


def test_an_unregistered_font_is_an_error_not_tofu():
    theme = ChartTheme(**{**THEME.__dict__, "font_family": "No Such Family 42"})
    with pytest.raises(LookupError, match="register_fonts"):
        draw.figure_for(SPECS["bars", "en"], theme, 400, 300)


def test_theme_colours_are_checked():
    with pytest.raises(ValueError, match="accent"):
        ChartTheme(**{**THEME.__dict__, "accent": "green"})


def test_register_fonts_is_idempotent():
    before = len(font_manager.fontManager.ttflist)
    assert register_fonts(font_files()) == FAMILY
    assert register_fonts([str(p) for p in font_files()]) == FAMILY
    assert len(font_manager.fontManager.ttflist) == before


# -- pixels and memory --------------------------------------------------------------------------------


@pytest.mark.parametrize("width, height", [(1000, 560), (2000, 1120), (1101, 563), (333, 217), (997, 1009)])
def test_render_rgba_gives_every_pixel(width, height):
    pixels, w, h = draw.render_rgba(SPECS["bars", "zh"], THEME, width, height)
    assert (w, h) == (width, height)
    assert len(pixels) == width * height * 4
    alpha = pixels[3::4]
    assert alpha[0] == 0 and max(alpha) == 255  # transparent round the chart, solid where it is drawn
    assert len(set(pixels[i:i + 4] for i in range(0, len(pixels), 4 * 97))) > 10  # not blank


def test_render_rgba_opaque_fills_the_background():
    pixels, _w, _h = draw.render_rgba(SPECS["share", "en"], THEME, 600, 400, transparent=False)
    assert min(pixels[3::4]) == 255
    assert tuple(pixels[:3]) == tuple(round(c * 255) for c in to_rgba(THEME.background)[:3])


def test_render_rgba_alpha_is_straight_not_premultiplied():
    # The ring's empty part is `muted` at 22 % opacity: straight alpha keeps muted's light RGB there;
    # premultiplied would have darkened it to at most its alpha.
    pixels, _w, _h = draw.render_rgba(SPECS["share", "en"], THEME, 600, 400)
    track = [pixels[i:i + 4] for i in range(0, len(pixels), 4) if 50 <= pixels[i + 3] <= 62]
    assert track
    assert all(max(p[:3]) > p[3] + 60 for p in track)


def test_no_figure_survives_rendering(monkeypatch):
    made: list[weakref.ref] = []
    original = draw.figure_for

    def watched(*args, **kw):
        fig = original(*args, **kw)
        made.append(weakref.ref(fig))
        return fig

    monkeypatch.setattr(draw, "figure_for", watched)
    cases = itertools.islice(itertools.cycle(SPECS.values()), 50)
    for s in cases:
        draw.render_rgba(s, THEME, 480, 270)
    assert len(made) == 50
    gc.collect()
    alive = sum(ref() is not None for ref in made)
    assert alive == 0, f"{alive} of 50 figures still alive"


def test_the_pixel_buffer_is_freed_at_once_not_at_the_next_garbage_collection(monkeypatch):
    # A full-size buffer per chart waiting for a full collection would make memory swing in a long show.
    renderers: list[weakref.ref] = []
    original = draw.figure_for

    def watched(*args, **kw):
        fig = original(*args, **kw)
        renderers.append(weakref.ref(fig.canvas.get_renderer()))  # the one render_rgba will draw with
        return fig

    monkeypatch.setattr(draw, "figure_for", watched)
    gc.collect()
    gc.disable()
    try:
        for s in SPECS.values():
            draw.render_rgba(s, THEME, 480, 270)
        alive = sum(ref() is not None for ref in renderers)
    finally:
        gc.enable()
    assert len(renderers) == len(SPECS) and alive == 0


def test_importing_the_package_is_light_and_drawing_never_uses_pyplot():
    code = (
        "import sys\n"
        "import huzhou_viewer.charts as charts\n"
        "assert 'matplotlib' not in sys.modules, 'import huzhou_viewer.charts pulled in matplotlib'\n"
        "from huzhou_viewer.resources import font_files\n"
        "charts.register_fonts(font_files())\n"
        "theme = charts.ChartTheme('#1A0E0C', '#2A1816', '#F6EDE3', '#B9A89A', '#6FBF73', '#D9B45A')\n"
        "spec = {'kind': 'chart', 'chart': 'share', 'id': 's', 'items': [{'label': 'a', 'value': 5}]}\n"
        "assert len(charts.render_rgba(spec, theme, 200, 100)[0]) == 200 * 100 * 4\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt was imported'\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    done = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr


# -- words and numbers --------------------------------------------------------------------------------


def test_numbers_are_written_as_people_write_them():
    assert [format_number(v) for v in (1200, 68, 152, 68.0, 0.68, 1.52, 70.6, 12345.678, 0, None)] == \
        ["1,200", "68", "152", "68", "0.68", "1.52", "70.6", "12,345.68", "0", DASH]
    assert with_unit("24", "天") == "24天" and with_unit("70.6", "%") == "70.6%"
    assert with_unit("24", "days") == "24 days" and with_unit(DASH, "days") == DASH
    assert unit_is_short("%") and unit_is_short("天") and unit_is_short("days")
    assert not unit_is_short("万人次") and not unit_is_short("million visits") and not unit_is_short("")


def test_wrapping_keeps_numbers_whole_and_punctuation_off_line_starts():
    measure = len  # one unit per character: easy to reason about
    lines = wrap("2023年比2022年增长1652%，来自报道。", 6, measure).split("\n")
    assert all(line[0] not in "，。）%" for line in lines)
    assert any("1652%" in line for line in lines) and any("2023" in line for line in lines)
    latin = wrap("share of projects in the eight emerging industry chains", 20, measure)
    assert all(len(line) <= 20 for line in latin.split("\n"))
    assert latin.replace("\n", " ") == "share of projects in the eight emerging industry chains"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_on_a_tall_picture_the_milestones_stand_upright_with_room_for_every_label(lang):
    fig = draw.figure_for(SPECS["milestones", lang], THEME, 900, 1400, 1080)  # a portrait screen, 1080 wide
    fig.canvas.draw()
    line = max(fig.axes[0].lines, key=lambda ln: abs(ln.get_ydata()[-1] - ln.get_ydata()[0]))
    assert line.get_xdata()[0] == line.get_xdata()[-1] and to_rgba(line.get_color()) == to_rgba(THEME.accent)
    placed = boxes(fig)
    for (a, box_a), (b, box_b) in itertools.combinations(placed, 2):
        assert not box_a.overlaps(box_b), f"{a.get_text()!r} overlaps {b.get_text()!r}"
    for _, box in placed:
        assert 0 <= box.x0 and box.x1 <= 900 and 0 <= box.y0 and box.y1 <= 1400
    labels = {i["label"] for i in SPECS["milestones", lang]["items"]}
    shown = {t.get_text().replace("\n", " " if lang == "en" else "") for t, _ in placed}
    assert labels <= shown  # each label whole, or broken between its words only


@pytest.mark.parametrize(("label", "words"), [
    ("2023年（超）", ["2023年", "（超）"]),
    ("南浔古镇游客1200万人次", ["1200万人次"]),
    ("建成7万平方米的核心区", ["7万平方米"]),
    ("“青来集”人才社区", ["“青来集”"]),
    ("八条新兴产业链项目占比", ["八条", "新兴", "产业链", "项目"]),  # words, from a dictionary
    ("簽約後具備進場條件", ["簽約", "具備", "進場", "條件"]),  # and in Traditional characters
])
def test_a_narrow_chart_label_breaks_between_words_never_inside_a_number_or_brackets(label, words):
    # One unit per character and room for three: the tightest a portrait bar's label gets.
    lines = wrap(label, 3, len).split("\n")
    assert "".join(lines) == label
    for word in words:
        assert any(word in line for line in lines), lines
    assert not any(line[-1] in "（“" for line in lines)


def test_a_chart_label_keeps_the_pack_s_kept_runs_and_breaks_at_its_marks():
    from huzhou_viewer.show.breaks import prepare

    kept = wrap(prepare("游客{{南浔古镇}}今年", "zh-Hans", "label"), 4, len).split("\n")
    assert "南浔古镇" in kept and "".join(kept) == "游客南浔古镇今年"
    marked = wrap(prepare("2023年{{|}}（超）统计", "zh-Hans", "label"), 20, len)
    assert marked == "2023年（超）统计"  # what fits stays one line, with no break character drawn
    latin = wrap(prepare("visitors to {{Nanxun Ancient Town}}", "en", "label"), 12, len).split("\n")
    assert "Nanxun Ancient Town" in latin


def test_the_bundled_bar_labels_stay_whole_on_a_portrait_stage(fonts):
    # The summer chart on a 1080x1920 screen: three bars in a 1000-pixel-wide area.
    fig = draw.figure_for(spec("bars", [item("2019年", 152, True), item("2022年", 68, True),
                                        item("2023年（超）", 1200)], unit="万人次", derivedLabel="推算值"),
                          THEME, 1000, 700, 1920)
    fig.canvas.draw()
    labels = [t.get_text() for t in shown_texts(fig) if "年" in t.get_text()]
    assert any(text.split("\n")[0] == "2023年" or text == "2023年（超）" for text in labels), labels
    assert not any(line.startswith("年") for text in labels for line in text.split("\n")), labels


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_derived_bar_says_so_beside_its_value_and_no_legend_is_drawn(lang):
    word = "推算" if lang == "zh" else "derived"
    s = copy.deepcopy(SPECS["bars", lang]) | {"derivedLabel": word}
    fig = draw.figure_for(s, THEME, 1000, 560)
    fig.canvas.draw()
    ax, renderer = fig.axes[0], fig.canvas.get_renderer()
    texts = [(t.get_text(), t.get_window_extent(renderer)) for t in shown_texts(fig)]
    words = [box for text, box in texts if text == word]
    bars = sorted(ax.patches, key=lambda p: p.get_x())
    derived = [bar for bar, i in zip(bars, s["items"]) if i["derived"]]
    assert len(words) == len(derived)  # one on each derived bar, none for the stated one
    for bar in derived:
        box = bar.get_window_extent(renderer)
        centre = (box.x0 + box.x1) / 2
        mine = [w for w in words if abs((w.x0 + w.x1) / 2 - centre) < 2]
        assert len(mine) == 1 and mine[0].y0 > box.y1  # over this bar's value, centred on it
    assert not fig.patches and not fig.artists  # no swatch: nothing to look up


def test_a_derived_horizontal_bar_says_so_after_its_value():
    s = copy.deepcopy(SPECS["hbars", "en"]) | {"derivedLabel": "derived"}
    fig = draw.figure_for(s, THEME, 1000, 560)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes_by_text = {t.get_text(): t.get_window_extent(renderer) for t in shown_texts(fig)}
    value, word = boxes_by_text["≈56 days"], boxes_by_text["derived"]
    assert word.x0 > value.x1 and abs((word.y0 + word.y1) / 2 - (value.y0 + value.y1) / 2) < 0.5 * value.height


def test_a_derived_milestone_says_so_in_its_own_label():
    s = copy.deepcopy(SPECS["milestones", "zh"]) | {"derivedLabel": "推算"}
    s["items"][1]["derived"] = True
    fig = draw.figure_for(s, THEME, 1000, 560)
    fig.canvas.draw()
    texts = [squash(t.get_text()) for t in shown_texts(fig)]
    assert "开工后设备进场（推算）" in texts and "推算" not in texts
    assert not fig.patches and not fig.artists


def test_an_english_chart_takes_its_quotes_from_the_latin_quotes_face(fonts):
    from dataclasses import replace

    from huzhou_viewer.resources import quote_font_files

    register_fonts(quote_font_files())
    label = "the \u201cHuzhou speed\u201d site"
    s = spec("bars", [item(label, 24)], unit="days")
    widths = {}
    for quotes in ("", "HuzhouViewer Quotes"):
        fig = draw.figure_for(s, replace(THEME, quotes_family=quotes), 1000, 560)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        drawn_label = next(t for t in shown_texts(fig) if "Huzhou" in t.get_text())
        assert drawn_label.get_text() == label
        widths[quotes] = drawn_label.get_window_extent(renderer).width
        em = drawn_label.get_fontsize() * fig.dpi / 72
    # Two full-width quotes are two ems; the Latin ones about a third of that.
    assert widths[""] - widths["HuzhouViewer Quotes"] > 0.8 * em, (widths, em)
