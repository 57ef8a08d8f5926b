"""Every step of every scene of the bundled pack, at four window sizes and in both languages, in the designed
theme and the visitor's high-contrast one, at the designed text size and the visitor's 1.25 and 1.5 times: nothing
is clipped, elided, overflowing its card or outside the stage; on the clean feed every text sits inside the
title-safe area (EBU R 95), at or above the back row's floors, and at 4.5:1 or more against what is behind it
(7:1 in high contrast)."""

import pytest
from PySide6.QtQuick import QQuickItem

from huzhou_viewer.qt.stage.legibility import readings
from huzhou_viewer.qt.stage.text_fit import text_fits
from tests.qtsupport import find, items, make_stage, rect_in, settle, shown

SIZES = [(1280, 720), (1920, 1080), (3840, 2160), (1080, 1920)]
# The visitor's settings (qt/stage/access.py): (high contrast, text scale).
LOOKS = [(False, 1.0), (True, 1.0), (False, 1.25), (True, 1.5)]


def look_id(look) -> str:
    contrast, scale = look
    return ("contrast" if contrast else "designed") + ("" if scale == 1 else f"-{scale}x")


def set_look(stage, look) -> None:
    stage.access.setHighContrast(look[0])
    stage.access.setTextScale(look[1])


def text_problems(stage, where: str) -> list[str]:
    """What huzhou_viewer.qt.stage.text_fit finds wrong with the texts on the stage, one line each."""
    return [f"{where}: {fit.text[:30]!r} {problem} at {fit.box}"
            for fit in text_fits(stage.view) for problem in fit.problems]


# The back row's floors, in the stage's design pixels (its short side is 1080 in either orientation).
FLOOR = 1080 / 30  # any text on the clean feed
BODY = 44  # a story's, a task's, a citation's text
HEADLINE = 160  # a figure's number
GLYPH = 100  # a couplet's characters on their scrolls
FLOORS = {"storyBody": BODY, "taskText": BODY, "detailCitation": BODY, "value": HEADLINE,
          "scrollGlyph": GLYPH}


def floor_problems(stage, where: str, ratio: float = 4.5) -> list[str]:
    """What falls short of the floors: outside the title-safe area, under its size, under `ratio` (4.5:1)."""
    shown_texts = readings(stage.view)
    problems = overlap_problems(shown_texts, where)
    for reading in shown_texts:
        label = f"{where}: {reading.name or 'text'} {reading.text[:24]!r}"
        if not reading.safe:
            box = reading.box
            problems.append(f"{label} leaves the title-safe area at {box.x():.0f},{box.y():.0f} "
                            f"{box.width():.0f}x{box.height():.0f}")
        floor = FLOORS.get(reading.name, FLOOR)
        if reading.design_size < floor - 0.5:
            problems.append(f"{label} is {reading.design_size} px, under {floor:.0f}")
        if reading.contrast < ratio:
            problems.append(f"{label} stands {reading.contrast}:1 against what is behind it")
    return problems


def overlap_problems(shown_texts, where: str) -> list[str]:
    """No text over another (a couplet's characters stand in cells tighter than their boxes, by design)."""
    problems = []
    apart = [r for r in shown_texts if r.name != "scrollGlyph"]
    for i, one in enumerate(apart):
        for other in apart[i + 1:]:
            overlap = one.box.intersected(other.box)
            if overlap.width() > 2 and overlap.height() > 2:
                problems.append(f"{where}: {one.text[:20]!r} and {other.text[:20]!r} overlap")
    return problems


@pytest.mark.parametrize("look", LOOKS, ids=look_id)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_every_step_fits_the_stage_and_reads_from_the_back_row(qapp, bundled_pack_dir, size, language, look):
    """On the clean feed (what an audience sees), each step drawn once: every text fits (not clipped, elided or
    overflowing), stays inside the title-safe area, is at or above its floor and stands 4.5:1 (7:1 in high
    contrast)."""
    stage = make_stage(bundled_pack_dir, size, language)
    stage.icons.load_now()  # the marks take their room, as on the show's screen
    set_look(stage, look)
    ratio = 7.0 if look[0] else 4.5
    show = stage.controller
    show.set_chrome("none")
    problems = []
    for index, (scene_id, count) in enumerate(zip(show.deck.scene_ids, show.deck.step_counts)):
        for step in range(count):
            show.goTo(index, step)
            settle(stage)
            where = f"{scene_id} step {step + 1}"
            problems += text_problems(stage, where) + floor_problems(stage, where, ratio)
    stage.close()
    assert problems == []


@pytest.mark.parametrize("look", LOOKS, ids=look_id)
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_with_the_touch_controls_every_step_still_fits(qapp, bundled_pack_dir, size, look):
    """The touch screen's timeline bar takes the bottom of the stage: nothing is clipped above it, and the
    controls it brings (an honouree's page's links) stand over no text."""
    stage = make_stage(bundled_pack_dir, size, "en")
    stage.icons.load_now()
    set_look(stage, look)
    show = stage.controller
    problems = []
    for index, (scene_id, count) in enumerate(zip(show.deck.scene_ids, show.deck.step_counts)):
        for step in range(count):
            show.goTo(index, step)
            settle(stage)
            where = f"{scene_id} step {step + 1}"
            problems += text_problems(stage, where) + overlap_problems(readings(stage.view), where)
    stage.close()
    assert problems == []


def test_every_heading_of_a_kind_stands_in_the_same_place(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir)
    stage.controller.set_chrome("none")
    show = stage.controller
    tops = set()
    for index in range(len(show.deck.step_counts)):
        show.goTo(index, 1)
        settle(stage)
        headings = [i for i in items(stage.view.rootObject()) if i.objectName() == "heading" and shown(i)]
        tops |= {round(rect_in(h, find(stage, "stage")).top()) for h in headings}
    stage.close()
    assert len(tops) == 1 and tops.pop() >= 1080 * 0.05


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_stage_keeps_its_composition_and_fills_the_window(qapp, bundled_pack_dir, size):
    stage = make_stage(bundled_pack_dir, size)
    settle(stage)
    box = rect_in(find(stage, "stage"), stage.view.rootObject())
    portrait = size[1] > size[0]
    assert (box.width(), box.height()) == pytest.approx(size, abs=1)
    design = (1080, 1920) if portrait else (1920, 1080)
    assert find(stage, "stage").width() == design[0]
    stage.close()


def test_a_window_of_another_shape_is_letterboxed_not_stretched(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (1920, 1200))
    settle(stage)
    box = rect_in(find(stage, "stage"), stage.view.rootObject())
    assert box.width() == pytest.approx(1920) and box.height() == pytest.approx(1080)
    assert box.top() == pytest.approx(60)  # centred, bands above and below
    stage.close()


def test_the_bundled_font_draws_the_text(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir)
    settle(stage)
    title = find(stage, "heroTitle")
    assert title.property("font").family() == "HuzhouViewer Sans"
    stage.close()


def test_only_the_current_scene_is_shown(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir)
    stage.controller.goTo(2, 0)
    settle(stage)
    shown_scenes = [i.objectName() for i in items(stage.view.rootObject())
                    if i.objectName().startswith("scene-") and shown(i)]
    assert shown_scenes == [f"scene-{stage.controller.deck.scene_ids[2]}"]
    stage.close()


def test_every_scene_kind_has_a_view(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir)
    for index, scene_id in enumerate(stage.controller.deck.scene_ids):
        stage.controller.goTo(index, 0)
        settle(stage)
        host = find(stage, f"scene-{scene_id}")
        loaded = [c for c in host.childItems() if c.inherits("QQuickLoader")]
        view = loaded[0].property("item") if loaded else None
        assert isinstance(view, QQuickItem) and view.childItems()
    stage.close()


def test_every_text_in_the_views_is_plain_text():
    """A name is never markup: each Text element of ui/ declares PlainText (StageText, which the views use
    for pack text, does so once for all)."""
    import re

    from tests.conftest import ROOT

    unmarked = []
    for qml in sorted((ROOT / "ui").rglob("*.qml")):
        source = qml.read_text(encoding="utf-8")
        for match in re.finditer(r"\bText\s*\{", source):
            depth, end = 0, match.end() - 1
            for end in range(match.end() - 1, len(source)):
                depth += {"{": 1, "}": -1}.get(source[end], 0)
                if depth == 0:
                    break
            block = source[match.start():end]
            if "textFormat: Text.PlainText" not in block:
                unmarked.append(f"{qml.name}:{source.count(chr(10), 0, match.start()) + 1}")
    assert unmarked == []
