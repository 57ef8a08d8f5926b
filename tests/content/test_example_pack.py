"""The small example pack of docs/content-pack.md: it loads, it validates clean, it fits the stage, and the
document shows the files as they are."""

import re

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.validate import validate_pack
from tests.conftest import ROOT
from tests.qtsupport import make_stage, settle
from tests.stage.test_stage_layout import text_problems


def test_the_example_pack_loads_with_every_block_kind(example_pack_dir):
    pack = load_pack(example_pack_dir)
    kinds = {type(block).__name__ for scene in pack.scenes for block in scene.blocks}
    assert kinds == {"TasksBlock", "StoryBlock", "FiguresBlock", "CoupletBlock", "StatementBlock", "ChartBlock"}
    assert pack.people.people and set(pack.languages) == {"zh-Hans", "en"}


def test_the_example_pack_validates_without_errors(example_pack_dir):
    assert [p for p in validate_pack(example_pack_dir) if p.is_error] == []


def test_the_document_shows_each_example_file_as_it_is(example_pack_dir):
    doc = (ROOT / "docs" / "content-pack.md").read_text(encoding="utf-8")
    shown = dict(re.findall(r"### \[`([^`]+)`\]\(example-pack/[^)]+\)\n\n```yaml\n(.*?)```", doc, re.S))
    files = sorted(p.relative_to(example_pack_dir).as_posix() for p in example_pack_dir.rglob("*.yaml"))
    assert sorted(shown) == files
    for name, text in shown.items():
        assert text == (example_pack_dir / name).read_text(encoding="utf-8"), name


def test_every_step_of_the_example_fits(qapp, example_pack_dir):
    for size in ((1920, 1080), (1080, 1920)):
        for language in ("zh-Hans", "en"):
            stage = make_stage(example_pack_dir, size, language)
            problems = []
            for index, count in enumerate(stage.controller.deck.step_counts):
                for step in range(count):
                    stage.controller.goTo(index, step)
                    settle(stage)
                    problems += text_problems(stage, f"{language} {size} scene {index + 1} step {step + 1}")
            stage.close()
            assert problems == []


def test_each_kind_of_chart_draws_from_the_example_pack(example_pack_dir):
    from huzhou_viewer import resources
    from huzhou_viewer.charts.draw import render_rgba
    from huzhou_viewer.charts.fonts import register_fonts
    from huzhou_viewer.charts.theme import ChartTheme
    from huzhou_viewer.show.present import build_deck

    register_fonts(resources.font_files())
    deck = build_deck(load_pack(example_pack_dir))
    p = deck.palette
    for language in deck.languages:
        for view in deck.scenes(language):
            theme = ChartTheme(background=p["background"], surface=p["surface"], text=p["text"], muted=p["muted"],
                               accent=view["accent"], gold=p["gold"])
            charts = [b for b in view["blocks"] if b["kind"] == "chart"]
            for chart in charts:
                data, width, height = render_rgba(chart, theme, 900, 450)
                assert (width, height) == (900, 450) and len(data) == 900 * 450 * 4
                assert len(set(data[3::4])) > 1  # something is drawn on the transparent sheet
    kinds = {b["chart"] for v in deck.scenes("en") for b in v["blocks"] if b["kind"] == "chart"}
    assert kinds == {"bars", "milestones", "share"}
