"""Packs the bundled one does not resemble (tests/generatedpack.py): every step of every scene, at a landscape and a
portrait screen, holds its texts on their cards and in the window. A small, fixed sample: the stage is costly."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings

from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.content.validate import validate_pack
from huzhou_viewer.qt.stage.text_fit import items, shown, text_fits
from tests.generatedpack import packs, write_generated
from tests.qtsupport import find, make_stage, settle

SIZES = ((1920, 1080), (1080, 1920))
CHROMES = ("touch", "none")  # a kiosk's screen, and the audience's (larger type, the place mark)
PERSON_PAGES = 2  # of a gallery's steps past its grid, the first two: every honouree's page is alike


# No shrinking: a failing example is printed as drawn (each costs seconds of rendering).
@settings(max_examples=10, derandomize=True, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(files=packs())
def test_a_generated_pack_keeps_every_text_on_its_card_and_in_the_window(qapp, tmp_path_factory, files):
    pack = write_generated(tmp_path_factory.mktemp("generated"), files)
    errors = [str(p) for p in validate_pack(pack) if p.is_error]
    assert errors == []  # the generator writes packs the format allows
    stage = make_stage(pack, SIZES[0])
    problems = []
    try:
        show = stage.controller
        for size, chrome in ((size, chrome) for size in SIZES for chrome in CHROMES):
            stage.view.resize(*size)
            show.set_chrome(chrome, place_mark=True)
            for index, (scene_id, count) in enumerate(zip(show.deck.scene_ids, show.deck.step_counts)):
                steps = min(count, 1 + PERSON_PAGES) if scene_id == "gallery" else count
                for step in range(steps):
                    show.goTo(index, step)
                    settle(stage)
                    problems += [f"{size[0]}x{size[1]} {chrome} {scene_id} step {step + 1}: {fit.text[:40]!r} {problem}"
                                 for fit in text_fits(stage.view) for problem in fit.problems]
    finally:
        stage.close()
    assert problems == [], "\n".join(problems[:20])


# Periods named with long German compounds (and shorter English names): on a portrait bar of seven scenes a mark
# is about 110 px wide, where a 36 px label holds five or six letters a line.
LONG_LABELS = [{"de": de, "en": en} for de, en in (
    ("Frühjahrsbilanz", "Spring review"), ("Sommerhalbjahr", "Summer"), ("Herbstrückblick", "Autumn review"),
    ("Jahresabschluss", "Year's end"), ("Wintervorbereitung", "Winter"), ("Nachhaltigkeitsbericht", "Sustainability"))]
CHROME_FLOOR = 28  # Theme.controlTextSize: the touch screen's controls, read from arm's length


@settings(max_examples=1, derandomize=True, deadline=None, database=None, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(files=packs(labels=LONG_LABELS))
def test_the_timeline_bar_shows_long_period_names_whole(qapp, tmp_path_factory, files):
    pack = write_generated(tmp_path_factory.mktemp("labels"), files)
    stage = make_stage(pack, SIZES[0], language="de")
    problems, shown_labels = [], set()
    try:
        for size in (*SIZES, (3840, 2160)):
            stage.view.resize(*size)
            for index in (0, 1, len(LONG_LABELS)):  # the lit mark set bold: the title's, the first and the last
                stage.controller.goTo(index, 0)
                settle(stage)
                labels = [item for item in items(stage.view.rootObject())
                          if item.objectName() == "timelineLabel" and shown(item)]
                for label in labels:
                    text = unbroken(str(label.property("text")))
                    shown_labels.add(text)
                    where = f"{size[0]}x{size[1]} {text!r}"
                    if label.property("truncated"):
                        problems.append(f"{where} is elided")
                    if label.property("font").pixelSize() < CHROME_FLOOR:
                        problems.append(f"{where} is set under {CHROME_FLOOR} px")
                problems += [f"{size[0]}x{size[1]} {fit.text!r} {problem}" for fit in text_fits(stage.view)
                             for problem in fit.problems if fit.text in shown_labels]
    finally:
        stage.close()
    assert {label["de"] for label in LONG_LABELS} <= shown_labels
    assert problems == [], "\n".join(problems)


@settings(max_examples=1, derandomize=True, deadline=None, database=None, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(files=packs(labels=[{"fr": fr, "ar": ar} for fr, ar in (
    ("Printemps", "الربيع"), ("Été", "الصيف"), ("Automne", "الخريف"), ("Hiver", "الشتاء"), ("Bilan", "الحصيلة"))]))
def test_a_bar_with_room_keeps_each_word_of_its_labels_whole_in_any_script(qapp, tmp_path_factory, files):
    """A lit 'Printemps' is set a size smaller rather than hyphenated 'Prin-temps' where the bar has room for it
    on one line; an Arabic label is as wide as its shaped text, never elided for the want of a pixel."""
    pack = write_generated(tmp_path_factory.mktemp("whole"), files)
    problems = []
    for language in ("fr", "ar"):
        stage = make_stage(pack, SIZES[0], language=language)
        try:
            for size in ((1920, 1080), (1280, 720)):
                stage.view.resize(*size)
                for index in range(len(stage.controller.deck.scene_ids)):
                    stage.controller.goTo(index, 0)
                    settle(stage)
                    for label in items(stage.view.rootObject()):
                        if label.objectName() != "timelineLabel" or not shown(label):
                            continue
                        where = f"{size[0]}x{size[1]} {language} {unbroken(str(label.property('text')))!r}"
                        if label.property("truncated"):
                            problems.append(f"{where} is elided")
                        if label.property("lineCount") > 1 and " " not in str(label.property("text")):
                            problems.append(f"{where} breaks inside its one word")
        finally:
            stage.close()
    assert problems == [], "\n".join(problems)


@settings(max_examples=1, derandomize=True, deadline=None, database=None, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(files=packs(labels=[{"de": "Ein Frühling der Pläne und der Zeitpläne für jede Gemeinde des Kreises",
                            "en": "A spring of plans and timetables for every township of the county"}]))
def test_the_clean_feed_s_place_mark_stays_inside_the_title_safe_area(qapp, tmp_path_factory, files):
    pack = write_generated(tmp_path_factory.mktemp("mark"), files)
    stage = make_stage(pack, (1080, 1920), language="de")
    try:
        stage.controller.set_chrome("none", place_mark=True)
        stage.controller.goTo(1, 0)
        settle(stage)
        mark = find(stage, "placeMark")
        stage_item = find(stage, "stage")
        box = mark.mapRectToItem(stage_item, mark.boundingRect())
        safe_x = 54  # Theme.safeX on a portrait stage (design pixels)
        assert str(mark.property("text")).startswith("Ein Frühling")
        assert box.left() >= safe_x - 1 and box.right() <= stage_item.width() - safe_x + 1, box
        assert not mark.property("truncated")
    finally:
        stage.close()
