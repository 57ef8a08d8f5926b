"""A story holds what the format allows (three people, three figures, a picture) inside its box at every shape of
screen: its side column never runs under the timeline bar, the picture shrinks into the room that is left, goes
under the text when the side is full, and is left out, with a log line, only when neither has room."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from huzhou_viewer.content.limits import STORY_TILES_WITH_PICTURE
from huzhou_viewer.qt.stage.preflight_command import preflight
from huzhou_viewer.qt.stage.text_fit import rect_in, text_fits
from tests.packfactory import PEOPLE_YAML, SPRING_YAML, line_of, write_pack
from tests.qtsupport import find, font_family, items, make_stage, settle

ROLE = "{en: Head of the village committee and party secretary, zh-Hans: 村委会主任兼党支部书记}"
FIGURES = '''    figures:
      - value: "38"
        caption: {en: villages, zh-Hans: 个村}
        qualifier: over
'''


LONG_BODY = ("The river that runs through the village was cleaned over the whole year by the volunteers of every "
             "household, who cleared the banks, planted reeds along the water, rebuilt the old stone steps down to "
             "the washing places and now keep a rota of weekly walks to see that it stays as clear as it is today")


def story_pack(folder, people: int, figures: int, body: str | None = None):
    """A story of `people` and `figures` with its picture, when the format lets a picture stand with that many."""
    extra = "".join(f"  - id: p{i}\n    name: {{en: Person Number {i} With A Long Name, zh-Hans: 某某{i}}}\n"
                    f"    role: {ROLE}\n    citation: {{en: c, zh-Hans: c}}\n" for i in range(people - 1))
    ids = ", ".join(["li-ming"] + [f"p{i}" for i in range(people - 1)])
    tiles = "".join(f'      - value: "{i}38"\n        caption: {{en: villages cleaned up along the river banks, '
                    f"zh-Hans: 个村}}\n        comparison: {{en: up from 20 the year before, zh-Hans: 比上年多}}\n"
                    for i in range(figures))
    spring = SPRING_YAML.replace("    people: [li-ming]\n", f"    people: [{ids}]\n")
    spring = spring.replace(FIGURES, "    figures:\n" + tiles if figures else "")
    if people + figures > STORY_TILES_WITH_PICTURE:
        spring = spring.replace("    picture: pictures/village.png\n", "")
    if body is not None:
        spring = spring.replace('body: {en: "The village <b>river</b> runs clear."', f'body: {{en: "{body}"')
    pack = write_pack(folder, {"scenes/spring.yaml": spring, "people.yaml": PEOPLE_YAML + extra})
    Image.new("RGB", (1600, 900), (90, 140, 200)).save(pack / "pictures/village.png")
    return pack


def _story_stage(pack, size, language="en"):
    stage = make_stage(pack, size, language=language)
    settle(stage)
    stage.controller.goTo(1, 2)
    settle(stage)
    return stage


@pytest.mark.parametrize("people, figures", [(2, 0), (2, 2), (3, 1), (3, 3)])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_a_story_within_the_limits_stays_inside_its_box(qapp, tmp_path, people, figures, size):
    stage = _story_stage(story_pack(tmp_path / "p", people, figures), size)
    try:
        problems = [f"{fit.text[:30]!r} {p}" for fit in text_fits(stage.view) for p in fit.problems]
        assert problems == []
        block = find(stage, "block-story")
        for name in ("storySide", "storyPeopleUnderText"):
            part = find(stage, name)
            if part.isVisible():  # each ends above the timeline bar, drawn as it is (smaller, if it must be)
                assert rect_in(part, block).bottom() <= block.height() + 1, name
    finally:
        stage.close()


def test_the_picture_shrinks_into_the_room_figures_and_people_leave_then_goes_under_the_text(qapp, tmp_path):
    heights, under = [], []
    for people, figures in ((1, 0), (1, 1), (2, 0), (2, 1), (1, 2), (2, 2), (3, 1)):
        stage = _story_stage(story_pack(tmp_path / f"p{people}{figures}", people, figures), (1920, 1080))
        try:
            picture = find(stage, "storyPicture")
            side = find(stage, "storySide").parentItem()
            story = side.parentItem()
            assert picture.isVisible(), (people, figures)
            box = rect_in(picture, story)
            if abs(picture.width() - side.width()) <= 1:
                heights.append(picture.height())
                full = picture.width() * 9 / 16
            else:  # the side is full: under the text, across the text's column, inside the story's box
                body = find(stage, "storyBody")
                under.append((people, figures))
                assert box.top() >= rect_in(body, story).bottom() and box.bottom() <= story.height() + 1
                assert not box.intersects(rect_in(side, story))
        finally:
            stage.close()
    assert heights[0] == pytest.approx(full, abs=1)  # alone: 16:9 at the side column's width
    assert all(h <= heights[0] + 1 for h in heights)  # never bigger than alone
    assert any(80 < h < full - 1 for h in heights), heights  # shrunk, still shown, for some of them
    assert (2, 2) in under and (3, 1) in under  # the most the format allows keeps its picture


def test_a_picture_with_no_room_left_is_left_out_and_the_log_says_so(qapp, qtbot, qtlog, tmp_path):
    stage = _story_stage(story_pack(tmp_path / "p", 2, 2, body=LONG_BODY), (1920, 1080))
    try:
        assert not find(stage, "storyPicture").isVisible()

        def said() -> list[str]:
            return [r.message for r in qtlog.records if "picture is left out" in r.message]
        qtbot.waitUntil(lambda: said() != [])
        settle(stage)
        assert len(said()) == 1 and "story 'village'" in said()[0]  # once, however often it is laid out
    finally:
        stage.close()


@pytest.mark.parametrize("body, reported", [(LONG_BODY, True), (None, False)])
def test_preflight_names_a_story_picture_that_will_be_left_out_and_what_to_cut(qapp, tmp_path, body, reported):
    pack = story_pack(tmp_path / "p", 2, 2, body=body)
    out = io.StringIO()
    preflight(pack, ((1920, 1080),), ["en"], font_family(), out=out, err=io.StringIO())
    line = line_of(pack, "scenes/spring.yaml", "picture: pictures/village.png")
    said = [row.strip() for row in out.getvalue().splitlines() if "left out" in row]
    if reported:
        assert said and said[0].startswith(f"scenes/spring.yaml:{line}: picture: village.png is left out at "
                                           "1920x1080"), out.getvalue()
        assert "shorten the body" in said[0]
    else:
        assert said == []


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (3840, 2160)])
@pytest.mark.parametrize("step", [3, 4, 5])  # the bundled spring's three stories: short ones
def test_a_short_story_sits_in_the_middle_of_the_stage_not_under_the_heading(qapp, bundled_pack_dir, size, step):
    stage = make_stage(bundled_pack_dir, size, language="zh-Hans")
    try:
        settle(stage)
        stage.controller.goTo(1, step)
        settle(stage)
        body = find(stage, "storyBody")
        text = body.parentItem()
        story = text.parentItem()
        box = rect_in(story, story)
        parts = [rect_in(text, story)]
        side = find(stage, "storySide").parentItem()
        if side.isVisible():
            parts.append(rect_in(side, story))
        top = min(p.top() for p in parts)
        bottom = max(p.bottom() for p in parts)
        assert bottom - top < 0.8 * box.height()  # a short story: room to spare
        above, below = top - box.top(), box.bottom() - bottom
        assert above > 0.1 * box.height() and abs(above - below) <= 2, (above, below)
    finally:
        stage.close()


@pytest.mark.parametrize("people, figures", [(2, 2), (1, 3)])
def test_a_side_column_too_tall_for_the_story_stands_in_two_when_that_is_shorter(qapp, tmp_path, people, figures):
    """Four tiles one under another are taller than the story's box: in two columns they are drawn larger."""
    stage = _story_stage(story_pack(tmp_path / "p", people, figures), (1920, 1080))
    try:
        side = find(stage, "storySide")
        story = side.parentItem().parentItem()
        one_column = story.property("oneColumnHeight")
        assert side.property("columns") == 2 and 0 < side.height() < one_column
        assert side.scale() > side.property("room") / one_column  # what one column would be drawn at
        assert find(stage, "storyPicture").isVisible()
        chips = [i for i in items(side) if i.metaObject().className().startswith("PersonChip")]
        assert chips and all(chip.property("stacked") for chip in chips)  # portrait above the name, narrow
    finally:
        stage.close()
