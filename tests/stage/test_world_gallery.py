"""A gallery of people named in many scripts, some with real photos, in a pack of four languages: an export
shows every photo, initials stand out from their discs, right-to-left names align right, and the language
pill offers every language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from huzhou_viewer.qt.stage.export import export_png, grab
from tests.qtsupport import centre_in_window, find, items, make_stage, settle, shown
from tests.worldpack import PEOPLE, write_world_pack

LANGUAGES = ("en", "zh-Hans", "de", "ar")


@pytest.fixture
def world(qapp, tmp_path: Path):
    stage = make_stage(write_world_pack(tmp_path / "pack", LANGUAGES), (1920, 1080))
    yield stage
    stage.close()


def portrait_of(stage, person_id):
    card = find(stage, f"person-{person_id}")
    return next(i for i in items(card) if i.property("initial") is not None and i.property("photo") is not None)


def close(pixel: QColor, rgb: tuple[int, int, int], within: int = 16) -> bool:
    return all(abs(a - b) <= within for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), rgb))


@pytest.fixture
def big_photos(qapp, tmp_path: Path):
    # Photos that take a moment to decode, so a grab that does not wait for them shows the generated discs.
    stage = make_stage(write_world_pack(tmp_path / "pack", LANGUAGES, photo_size=(3000, 4000)), (1920, 1080))
    yield stage
    stage.close()


def test_a_grab_waits_for_the_photos_though_they_are_hidden_until_loaded(big_photos):
    # Straight from a fresh stage, no frame settled before.
    big_photos.controller.goTo(gallery(big_photos), 0)
    image = grab(big_photos)
    check_photos(big_photos, image)


def test_an_exported_gallery_shows_every_photo(world, tmp_path):
    files = export_png(world, (1920, 1080), tmp_path / "out")
    image = QImage(str(files[1]))
    assert image.width() == 1920
    check_photos(world, image)


def on_screen(world, image) -> set[str]:
    """The people whose card the grid shows (whole rows: the rest wait below it)."""
    shown = set()
    for person_id, _, _ in PEOPLE:
        portrait = portrait_of(world, person_id)
        centre = portrait.mapToScene(QPointF(portrait.width() / 2, portrait.height() / 2)).toPoint()
        if image.rect().contains(centre):
            shown.add(person_id)
    return shown


def check_photos(world, image):
    shown = on_screen(world, image)
    photographed = [(pid, colour) for pid, _, colour in PEOPLE if colour is not None and pid in shown]
    assert len(photographed) >= 4
    for person_id, colour in photographed:
        portrait = portrait_of(world, person_id)
        assert portrait.property("showsPhoto"), person_id
        # Left of the centre, clear of where the initials would be.
        point = portrait.mapToScene(QPointF(portrait.width() * 0.3, portrait.height() * 0.5)).toPoint()
        assert close(image.pixelColor(point), colour), (person_id, image.pixelColor(point).name(), colour)
    for person_id, _, colour in PEOPLE:
        if colour is None and person_id in shown:
            portrait = portrait_of(world, person_id)
            point = portrait.mapToScene(QPointF(portrait.width() * 0.5, portrait.height() * 0.1)).toPoint()
            assert not portrait.property("showsPhoto")
            assert close(image.pixelColor(point), QColor(portrait.property("disc")).getRgb()[:3], 40)


def gallery(stage):
    return next(i for i, v in enumerate(stage.controller.deck.scenes("en")) if v["kind"] == "gallery")


def test_initials_stand_out_from_their_disc_and_rtl_names_align_right(world):
    world.controller.jump(gallery(world))
    settle(world)
    people = {p["id"]: p for p in world.controller.deck.scenes("en")[gallery(world)]["people"]}
    initial = next(i for i in items(portrait_of(world, "ali")) if i.objectName() == "portraitInitial")
    assert initial.property("text") == people["ali"]["initial"]
    assert QColor(initial.property("color")).name() == people["ali"]["initialColour"]
    assert find(world, "person-ali").property("align") == Qt.AlignmentFlag.AlignRight.value
    assert find(world, "person-lopez").property("align") == Qt.AlignmentFlag.AlignLeft.value
    world.controller.openPerson("ben-gurion")
    settle(world)
    assert find(world, "detailName").property("align") == Qt.AlignmentFlag.AlignRight.value
    world.controller.openPerson("lopez")
    settle(world)
    assert find(world, "detailName").property("align") == Qt.AlignmentFlag.AlignLeft.value


def test_the_language_pill_offers_every_language_and_a_tap_picks_one(world):
    settle(world)
    toggle = find(world, "languageToggle")
    choices = [i for i in items(toggle) if i.objectName().startswith("languageChoice-") and shown(i)]
    # The pack's four, and zh-Hant made from its zh-Hans right after it.
    assert [c.property("tag") for c in choices] == ["en", "zh-Hans", "zh-Hant", "de", "ar"]
    assert [c.property("text") for c in choices][1:3] == ["简", "繁"]
    assert toggle.width() < 400  # five still fit in the corner
    assert world.controller.language == "en"
    QTest.mouseClick(world.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier, centre_in_window(choices[3]).toPoint())
    settle(world)
    assert world.controller.language == "de" and choices[3].property("current")
    QTest.mouseClick(world.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier, centre_in_window(choices[4]).toPoint())
    settle(world)
    assert world.controller.language == "ar"


def test_the_gallery_s_search_folds_names_once_its_index_is_built(qtbot, world):
    assert world.people.find("Mueller") == []  # plain text until the index is ready
    with qtbot.waitSignal(world.people.searchReadyChanged, timeout=20000):
        world.people.prepareSearch()
    assert world.people.find("Mueller") == ["muller"]
    assert world.people.find("Ivanov") == ["ivanov"]
    assert world.people.find("papadopoulos") == ["papadopoulos"]


def test_an_honouree_page_s_way_back_points_the_way_its_language_reads(world):
    world.controller.set_chrome("touch")
    world.controller.jump(gallery(world))
    world.controller.openPerson("lopez")
    settle(world)
    back = find(world, "backToGrid")
    assert back.property("text").startswith("\u2190 ")  # English: back to the left
    world.controller.setLanguage("ar")
    settle(world)
    assert back.property("text") == "\u2192 " + world.controller.words["back-to-grid"]  # Arabic reads from the right
    assert world.controller.words["back-to-grid"] != "All honourees"  # in Arabic words, not the English fallback
