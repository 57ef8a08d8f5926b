"""The honourees' gallery: grid, filter, pages in order, ways back, links to and from the seasons."""

import re
import shutil

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from huzhou_viewer.show.breaks import clean
from tests.packfactory import add_honourees
from tests.qtsupport import centre_in_window, find, items, make_stage, settle, shown


def gallery_index(stage):
    return next(i for i, v in enumerate(stage.controller.deck.scenes("zh-Hans")) if v["kind"] == "gallery")


def people(stage):
    return stage.controller.deck.scenes(stage.controller.language)[gallery_index(stage)]["people"]


def click(stage, item):
    QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier, centre_in_window(item).toPoint())
    settle(stage)


def test_a_tap_on_a_card_opens_that_honouree_s_page(stage):
    stage.controller.jump(gallery_index(stage))
    settle(stage)
    third = people(stage)[2]
    click(stage, find(stage, f"person-{third['id']}"))
    assert (stage.controller.sceneIndex, stage.controller.step) == (gallery_index(stage), 3)
    assert find(stage, "detailName").property("text") == third["name"]


def test_a_clicker_walks_through_every_honouree_then_on_to_the_next_scene(stage):
    g = gallery_index(stage)
    stage.controller.goTo(g, 0)
    names = []
    for _ in people(stage):
        QTest.keyClick(stage.view, Qt.Key_PageDown)
        settle(stage)
        names.append(find(stage, "detailName").property("text"))
    assert names == [p["name"] for p in people(stage)]
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    assert stage.controller.sceneIndex == g + 1


def test_esc_and_a_tap_beside_the_page_go_back_to_the_grid(stage):
    g = gallery_index(stage)
    stage.controller.goTo(g, 2)
    settle(stage)
    requests = []
    stage.controller.windowRequest.connect(requests.append)
    QTest.keyClick(stage.view, Qt.Key_Escape)
    assert (stage.controller.sceneIndex, stage.controller.step) == (g, 0) and requests == []
    QTest.keyClick(stage.view, Qt.Key_Escape)
    assert requests == ["windowed"]  # nothing left open: Esc leaves full screen
    stage.controller.goTo(g, 2)
    settle(stage)
    QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(6, 360))
    assert stage.controller.step == 0


def test_the_back_button_and_the_season_link(stage):
    g = gallery_index(stage)
    person = next(i for i, p in enumerate(people(stage)) if p["seasonIndex"] >= 0)
    stage.controller.goTo(g, person + 1)
    settle(stage)
    click(stage, find(stage, "toSeason"))
    assert stage.controller.sceneIndex == people(stage)[person]["seasonIndex"]
    stage.controller.goTo(g, person + 1)
    settle(stage)
    click(stage, find(stage, "backToGrid"))
    assert (stage.controller.sceneIndex, stage.controller.step) == (g, 0)


def test_a_category_chip_filters_the_grid(stage):
    stage.controller.jump(gallery_index(stage))
    settle(stage)
    everyone = people(stage)
    category = everyone[0]["categoryId"]
    click(stage, find(stage, f"chip-{category}"))
    grid = find(stage, "galleryGrid")
    assert grid.property("count") == sum(p["categoryId"] == category for p in everyone)
    click(stage, find(stage, "chip-all"))
    assert grid.property("count") == len(everyone)


def test_a_story_s_person_opens_their_page(stage):
    views = stage.controller.deck.scenes("zh-Hans")
    index, step, person = next((i, b + 1, block["people"][0]) for i, v in enumerate(views)
                               for b, block in enumerate(v["blocks"]) if block["kind"] == "story" and block["people"])
    stage.controller.goTo(index, step)
    settle(stage)
    chip = next(i for i in items(stage.view.rootObject()) if i.inherits("QQuickRectangle")
                and shown(i) and i.metaObject().className().startswith("PersonChip"))
    click(stage, chip)
    assert stage.controller.sceneIndex == gallery_index(stage)
    assert people(stage)[stage.controller.step - 1]["id"] == person["id"]


def test_generated_portraits_are_the_same_for_a_person_and_differ_between_people(bundled_pack_dir):
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.show.present import build_deck

    first, again = build_deck(load_pack(bundled_pack_dir)), build_deck(load_pack(bundled_pack_dir))

    def faces(deck, language):
        view = next(v for v in deck.scenes(language) if v["kind"] == "gallery")
        return [(p["initial"], p["discColour"], p["initialColour"], p["seed"]) for p in view["people"]]

    assert faces(first, "zh-Hans") == faces(again, "zh-Hans")
    # The same disc in every language; the initials are those of the name shown.
    assert [f[1:] for f in faces(first, "zh-Hans")] == [f[1:] for f in faces(first, "en")]
    assert len(set(faces(first, "zh-Hans"))) == len(faces(first, "zh-Hans"))


def test_an_empty_gallery_says_so(qapp, tmp_path, bundled_pack_dir):
    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    text = (pack / "people.yaml").read_text(encoding="utf-8")
    (pack / "people.yaml").write_text(text[: text.index("\npeople:")] + "\npeople: []\n", encoding="utf-8")
    for scene in (pack / "scenes").glob("*.yaml"):  # the stories name nobody either
        scene.write_text(re.sub(r"\n +people: \[[^\]]*\]", "", scene.read_text(encoding="utf-8")), encoding="utf-8")
    stage = make_stage(pack, (1280, 720))
    g = gallery_index(stage)
    stage.controller.jump(g)
    settle(stage)
    assert stage.controller.deck.step_counts[g] == 1
    empty = [i for i in items(stage.view.rootObject()) if i.inherits("QQuickText") and shown(i)
             and i.property("text") == stage.controller.words["gallery-empty"]]
    assert empty
    stage.close()


def open_search(qtbot, stage):
    stage.controller.jump(gallery_index(stage))
    settle(stage)
    click(stage, find(stage, "searchButton"))
    if not stage.people.searchReady:
        with qtbot.waitSignal(stage.people.searchReadyChanged, timeout=20000):
            pass
    settle(stage)


def grid_names(stage):
    return {i.objectName() for i in items(find(stage, "galleryGrid")) if i.objectName().startswith("person-")}


def test_search_by_pinyin_initials_on_the_on_screen_keyboard(qtbot, stage):
    open_search(qtbot, stage)
    for letter in "fl":
        click(stage, find(stage, f"key-{letter}"))
    fan_li = next(p for p in people(stage) if p["name"] == "范莉")
    assert f"person-{fan_li['id']}" in grid_names(stage)
    assert find(stage, "galleryGrid").property("count") < len(people(stage))
    click(stage, find(stage, "key-\u2715"))  # clear: everyone again
    assert find(stage, "galleryGrid").property("count") == len(people(stage))


def test_search_by_characters_and_full_pinyin_as_you_type(qtbot, stage):
    open_search(qtbot, stage)
    fan_li = next(p for p in people(stage) if p["name"] == "范莉")
    for query in ("范", "fanli", "FanLi"):
        stage.people.query = query
        settle(stage)
        assert f"person-{fan_li['id']}" in grid_names(stage), query
    stage.people.query = "zzzz"
    settle(stage)
    assert find(stage, "galleryGrid").property("count") == 0
    none = stage.controller.words["search-none"]
    assert any(i.property("text") == none and shown(i) for i in items(stage.view.rootObject()))


def test_typing_in_the_search_field_does_not_move_the_show_but_a_clicker_does(qtbot, stage):
    g = gallery_index(stage)
    open_search(qtbot, stage)
    for key in (Qt.Key_N, Qt.Key_P, Qt.Key_Space):
        QTest.keyClick(stage.view, key)
    assert (stage.controller.sceneIndex, stage.controller.step) == (g, 0)
    assert find(stage, "searchQuery").property("text") == "np "
    QTest.keyClick(stage.view, Qt.Key_Escape)  # closes the search, not the show
    settle(stage)
    assert stage.people.query == "" and not find(stage, "onScreenKeyboard").isVisible()
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    assert (stage.controller.sceneIndex, stage.controller.step) == (g, 1)


def test_search_and_category_filter_combine(qtbot, stage):
    open_search(qtbot, stage)
    category = people(stage)[0]["categoryId"]
    stage.people.category = category
    stage.people.query = people(stage)[0]["name"][:1]
    settle(stage)
    assert grid_names(stage) and all(
        next(p for p in people(stage) if f"person-{p['id']}" == n)["categoryId"] == category for n in grid_names(stage))


def test_pinyin_is_not_loaded_until_search_opens(bundled_pack_dir):
    import subprocess
    import sys

    code = ("import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]);"
            "from tests.qtsupport import make_stage, settle;"
            f"s = make_stage({str(bundled_pack_dir)!r}); settle(s); print('pypinyin' in sys.modules); s.close()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip().endswith("False"), out.stderr[-2000:]


def test_a_page_opens_the_story_its_honouree_belongs_to(stage):
    g = gallery_index(stage)
    views = stage.controller.deck.scenes(stage.controller.language)
    for n, person in enumerate(people(stage)):
        stage.controller.goTo(g, n + 1)
        settle(stage)
        click(stage, find(stage, "toStory"))
        story = views[stage.controller.sceneIndex]["blocks"][stage.controller.step - 1]
        assert story["kind"] == "story" and clean(story["title"]) == person["storyTitle"]
        assert person["id"] in {p["id"] for p in story["people"]}


def test_a_thousand_honourees_with_photos_stay_a_handful_of_cards(qtbot, tmp_path, bundled_pack_dir):
    from PIL import Image

    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    (pack / "photos").mkdir()
    Image.new("RGB", (40, 30), (200, 80, 40)).save(pack / "photos" / "face.jpg")
    add_honourees(pack, 993, "photos/face.jpg")
    stage = make_stage(pack, (1280, 720))
    try:
        g = gallery_index(stage)
        assert len(people(stage)) == 1000 and stage.controller.deck.step_counts[g] == 1001
        stage.controller.jump(g)
        settle(stage)
        grid = find(stage, "galleryGrid")
        assert grid.property("count") == 1000
        grid.setProperty("contentY", grid.property("contentHeight") - grid.property("height"))
        settle(stage)
        cards = [i for i in items(grid) if i.objectName().startswith("person-")]
        assert 0 < len(cards) < 60  # only what is on screen (and a little around it) exists
        assert "person-p992" in {c.objectName() for c in cards}
        # The timeline shows the walk through a thousand pages as a track, not a thousand dots.
        dots = [d for row in items(stage.view.rootObject()) if row.objectName() == "stepDots" for d in row.childItems()
                if d.inherits("QQuickRectangle") and d.objectName() != "stepTrack" and d.isVisible()]
        assert not dots and find(stage, "stepTrack").isVisible()
        stage.people.query = "Person 99"  # plain-text search works before the pinyin index is built
        settle(stage)
        assert grid.property("count") == 4  # Person 99 and Person 990 to 992
        stage.controller.goTo(g, 1000)
        settle(stage)
        assert find(stage, "detailName").property("text") == people(stage)[999]["name"]
    finally:
        stage.close()


def test_on_the_clean_feed_the_grid_turns_its_pages_so_everyone_is_seen(qtbot, tmp_path, bundled_pack_dir):
    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    add_honourees(pack, 13)
    stage = make_stage(pack, (1920, 1080))
    try:
        g = gallery_index(stage)
        stage.controller.jump(g)
        settle(stage)
        grid = find(stage, "galleryGrid")
        assert not grid.property("paging")  # with touch controls a finger scrolls it
        stage.controller.set_chrome("none", place_mark=False)
        settle(stage)
        everyone = {f"person-{p['id']}" for p in people(stage)}
        per_page = grid.property("perPage")
        assert len(everyone) == 20 and per_page >= 12 and grid.property("pages") == -(-20 // per_page)
        seen: set[str] = set()

        def shown_cards():
            settle(stage)
            cards = find(stage, "galleryGrid")
            seen.update(i.objectName() for i in items(cards) if i.objectName().startswith("person-")
                        and 0 <= i.mapToItem(cards, QPointF(0, 0)).y() < cards.height() - 1)  # in the view
            return seen

        assert not everyone <= shown_cards()  # the grid cannot show them all at once
        grid.setProperty("pageSeconds", 0.05)
        qtbot.waitUntil(lambda: everyone <= shown_cards(), timeout=10000)
        qtbot.waitUntil(lambda: grid.property("page") == 0, timeout=10000)  # and round again
        stage.controller.next()  # the presenter's clicker still walks the pages of the honourees
        settle(stage)
        assert not grid.property("paging")
    finally:
        stage.close()
