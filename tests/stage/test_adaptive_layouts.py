"""Layouts that adapt to what the pack holds: the key-task grid for 1 to 8 tasks, a gallery of 40 in whole
rows, names of any length on its cards."""

import shutil

import pytest

from huzhou_viewer.content.limits import DENSE_NAME_WIDTH
from huzhou_viewer.content.script import display_width
from huzhou_viewer.qt.stage.text_fit import text_fits
from tests.layoutpack import GERMAN_NAME, LONG_NAME, write_layout_pack
from tests.packfactory import add_honourees
from tests.qtsupport import find, items, make_stage, rect_in, settle, shown

SIZES = [(1920, 1080), (1080, 1920)]


@pytest.fixture(scope="module")
def layout_pack(tmp_path_factory):
    return write_layout_pack(tmp_path_factory.mktemp("layouts"))


def shown_named(stage, prefix):
    root = find(stage, "stage")
    return [(item.objectName(), rect_in(item, root)) for item in items(stage.view.rootObject())
            if item.objectName().startswith(prefix) and shown(item)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_task_grid_has_no_empty_slot_and_every_card_fits(qapp, layout_pack, size):
    stage = make_stage(layout_pack, size)
    show = stage.controller
    settle(stage)
    stage_box = rect_in(find(stage, "stage"), find(stage, "stage")).adjusted(-1, -1, 1, 1)
    problems = []
    for index, scene_id in enumerate(show.deck.scene_ids):
        if not scene_id.startswith("tasks-"):
            continue
        count = int(scene_id.split("-")[1])
        show.goTo(index, 1)
        settle(stage)
        cards = shown_named(stage, "task-")
        assert len(cards) == count, scene_id
        rows: dict[int, list] = {}
        for name, box in cards:
            if not stage_box.contains(box):
                problems.append(f"{scene_id}: {name} leaves the stage")
            rows.setdefault(round(box.top()), []).append(box)
        for a, (name_a, box_a) in enumerate(cards):
            for name_b, box_b in cards[a + 1:]:
                if box_a.adjusted(1, 1, -1, -1).intersects(box_b.adjusted(1, 1, -1, -1)):
                    problems.append(f"{scene_id}: {name_a} overlaps {name_b}")
        widths = [len(r) for _, r in sorted(rows.items())]
        # No empty slot: every row but the last is full, the last is at most one card shorter... or as full.
        assert all(w == widths[0] for w in widths[:-1]) and 0 < widths[-1] <= widths[0], (scene_id, widths)
        assert widths[0] - widths[-1] <= max(1, widths[0] // 2), (scene_id, widths)
        heights = {round(box.height()) for _, box in cards}
        assert len(heights) == 1, (scene_id, heights)  # equal height
        if widths[-1] < widths[0]:  # the short last row is centred
            grid = rect_in(find(stage, "tasksGrid"), find(stage, "stage"))
            last = sorted(rows.items())[-1][1]
            left, right = min(b.left() for b in last) - grid.left(), grid.right() - max(b.right() for b in last)
            assert left == pytest.approx(right, abs=2), scene_id
        problems += [f"{scene_id}: {fit.text[:30]!r} {p}" for fit in text_fits(stage.view) for p in fit.problems]
    stage.close()
    assert problems == []


def gallery_on_screen(stage):
    """The cards wholly inside the gallery's view, and those only partly inside it."""
    root = find(stage, "stage")
    view = rect_in(find(stage, "galleryGrid"), root).adjusted(-1, -1, 1, 1)
    cards = [rect_in(item, root) for item in items(stage.view.rootObject())
             if item.objectName().startswith("person-") and shown(item)]
    inside = [c for c in cards if view.contains(c)]
    partly = [c for c in cards if c not in inside and view.intersects(c.adjusted(1, 1, -1, -1))]
    return inside, partly


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_gallery_shows_whole_rows_of_at_least_eight_legible_names(qapp, layout_pack, size):
    stage = make_stage(layout_pack, size)
    gallery = stage.controller.deck.scene_ids.index("gallery")
    stage.controller.goTo(gallery, 0)
    settle(stage)
    grid = find(stage, "galleryGrid")
    for scrolled in (0, 1, 2):  # at rest, and after a flick stops (it snaps to a row)
        grid.setProperty("contentY", scrolled * grid.property("cellHeight"))
        settle(stage)
        inside, partly = gallery_on_screen(stage)
        assert len(inside) >= 8 and partly == [], (scrolled, len(inside), len(partly))
    grid.setProperty("contentY", 0)
    settle(stage)
    names = [fit for fit in text_fits(stage.view) if fit.text.startswith(("Person", "Maria", "Ober"))]
    assert len(names) >= 8
    assert min(fit.pixel_size for fit in names) >= min(size) / 30 - 0.01  # 36 px on a 1080 screen
    stage.close()


@pytest.mark.parametrize("chrome", ["touch", "none"])
def test_with_names_short_enough_a_1080_gallery_page_holds_twelve_legible_honourees(qapp, tmp_path, bundled_pack_dir,
                                                                                  chrome):
    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    add_honourees(pack, 13)
    stage = make_stage(pack, (1920, 1080), language="zh-Hans")
    try:
        gallery = stage.controller.deck.scenes("zh-Hans")[stage.controller.deck.scene_ids.index("gallery")]
        assert max(display_width(p["name"]) for p in gallery["people"]) <= DENSE_NAME_WIDTH
        stage.controller.set_chrome(chrome, place_mark=False)
        stage.controller.goTo(stage.controller.deck.scene_ids.index("gallery"), 0)
        settle(stage)
        inside, partly = gallery_on_screen(stage)
        assert len(inside) >= 12 and partly == [], (len(inside), len(partly))
        names = [fit for fit in text_fits(stage.view) if fit.text in {p["name"] for p in gallery["people"]}]
        assert len(names) >= 12 and all(fit.problems == [] for fit in names), [f for f in names if f.problems]
        assert min(fit.pixel_size for fit in names) >= 36 - 0.01
    finally:
        stage.close()


def test_a_gallery_smaller_than_a_page_sits_in_the_middle_of_the_clean_feed(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (1920, 1080), language="en")
    try:
        stage.controller.set_chrome("none", place_mark=False)
        stage.controller.goTo(stage.controller.deck.scene_ids.index("gallery"), 0)
        settle(stage)
        inside, partly = gallery_on_screen(stage)
        people = stage.controller.deck.scenes("en")[stage.controller.deck.scene_ids.index("gallery")]["people"]
        assert len(inside) == len(people) and partly == []
        view = rect_in(find(stage, "galleryGrid"), find(stage, "stage"))
        above = min(c.top() for c in inside) - view.top()
        below = view.bottom() - max(c.bottom() for c in inside)
        assert above == pytest.approx(below, abs=2) and above > 40, (above, below)  # no blank band below
        assert [f for f in text_fits(stage.view) if f.problems] == []
    finally:
        stage.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_long_name_wraps_then_shrinks_and_never_leaves_its_card(qapp, layout_pack, size):
    stage = make_stage(layout_pack, size)
    stage.controller.goTo(stage.controller.deck.scene_ids.index("gallery"), 0)
    settle(stage)
    fits = {fit.text: fit for fit in text_fits(stage.view)}
    german, long = fits[GERMAN_NAME], fits[LONG_NAME]
    assert german.problems == []  # a 33-letter compound breaks inside the word and fits
    assert long.problems == ["is elided"]  # past 40 letters (validate warns): cut, but inside its card
    assert long.pixel_size == pytest.approx(36 * min(size) / 1080)  # shrunk to the floor first
    other = [f for f in fits.values() if f.text not in (GERMAN_NAME, LONG_NAME) and f.problems]
    assert other == []
    stage.close()
