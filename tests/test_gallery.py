"""The honourees' gallery: grid, filter, pages in order, ways back, links to and from the seasons."""

import re
import shutil

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.qtsupport import centre_in_window, find, items, make_stage, settle, shown


def gallery_index(stage):
    return next(i for i, v in enumerate(stage.show.deck.scenes("zh-Hans")) if v["kind"] == "gallery")


def people(stage):
    return stage.show.deck.scenes(stage.show.language)[gallery_index(stage)]["people"]


def click(stage, item):
    QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier, centre_in_window(item).toPoint())
    settle(stage)


def test_a_tap_on_a_card_opens_that_honouree_s_page(stage):
    stage.show.jump(gallery_index(stage))
    settle(stage)
    third = people(stage)[2]
    click(stage, find(stage, f"person-{third['id']}"))
    assert (stage.show.sceneIndex, stage.show.step) == (gallery_index(stage), 3)
    assert find(stage, "detailName").property("text") == third["name"]


def test_a_clicker_walks_through_every_honouree_then_on_to_the_next_scene(stage):
    g = gallery_index(stage)
    stage.show.goTo(g, 0)
    names = []
    for _ in people(stage):
        QTest.keyClick(stage.view, Qt.Key_PageDown)
        settle(stage)
        names.append(find(stage, "detailName").property("text"))
    assert names == [p["name"] for p in people(stage)]
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    assert stage.show.sceneIndex == g + 1


def test_esc_and_a_tap_beside_the_page_go_back_to_the_grid(stage):
    g = gallery_index(stage)
    stage.show.goTo(g, 2)
    settle(stage)
    requests = []
    stage.show.windowRequest.connect(requests.append)
    QTest.keyClick(stage.view, Qt.Key_Escape)
    assert (stage.show.sceneIndex, stage.show.step) == (g, 0) and requests == []
    QTest.keyClick(stage.view, Qt.Key_Escape)
    assert requests == ["windowed"]  # nothing left open: Esc leaves full screen
    stage.show.goTo(g, 2)
    settle(stage)
    QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(6, 360))
    assert stage.show.step == 0


def test_the_back_button_and_the_season_link(stage):
    g = gallery_index(stage)
    person = next(i for i, p in enumerate(people(stage)) if p["seasonIndex"] >= 0)
    stage.show.goTo(g, person + 1)
    settle(stage)
    click(stage, find(stage, "toSeason"))
    assert stage.show.sceneIndex == people(stage)[person]["seasonIndex"]
    stage.show.goTo(g, person + 1)
    settle(stage)
    click(stage, find(stage, "backToGrid"))
    assert (stage.show.sceneIndex, stage.show.step) == (g, 0)


def test_a_category_chip_filters_the_grid(stage):
    stage.show.jump(gallery_index(stage))
    settle(stage)
    everyone = people(stage)
    category = everyone[0]["categoryId"]
    click(stage, find(stage, f"chip-{category}"))
    grid = find(stage, "galleryGrid")
    assert grid.property("count") == sum(p["categoryId"] == category for p in everyone)
    click(stage, find(stage, "chip-all"))
    assert grid.property("count") == len(everyone)


def test_a_story_s_person_opens_their_page(stage):
    views = stage.show.deck.scenes("zh-Hans")
    index, step, person = next((i, b + 1, block["people"][0]) for i, v in enumerate(views)
                               for b, block in enumerate(v["blocks"]) if block["kind"] == "story" and block["people"])
    stage.show.goTo(index, step)
    settle(stage)
    chip = next(i for i in items(stage.view.rootObject()) if i.inherits("QQuickRectangle")
                and shown(i) and i.metaObject().className().startswith("PersonChip"))
    click(stage, chip)
    assert stage.show.sceneIndex == gallery_index(stage)
    assert people(stage)[stage.show.step - 1]["id"] == person["id"]


def test_generated_portraits_are_the_same_for_a_person_and_differ_between_people(bundled_pack_dir):
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.show.present import build_deck

    first, again = build_deck(load_pack(bundled_pack_dir)), build_deck(load_pack(bundled_pack_dir))

    def faces(deck, language):
        view = next(v for v in deck.scenes(language) if v["kind"] == "gallery")
        return [(p["initial"], p["colour"], p["seed"]) for p in view["people"]]

    assert faces(first, "zh-Hans") == faces(again, "zh-Hans") == faces(first, "en")
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
    stage.show.jump(g)
    settle(stage)
    assert stage.show.deck.step_counts[g] == 1
    empty = [i for i in items(stage.view.rootObject()) if i.inherits("QQuickText") and shown(i)
             and i.property("text") == stage.show.words["gallery-empty"]]
    assert empty
    stage.close()
