"""Presenter mode on one screen: the console beside the audience window, driven as a speaker would.

Two screens (windows on the right screens, a projector unplugged and back) are in test_presenter_screens.py.
"""

import shutil

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.qt.presenter.mode import PresenterMode
from huzhou_viewer.show import rehearsal
from huzhou_viewer.show.autoplay import plan
from huzhou_viewer.show.present import build_deck
from tests.accessibility import controls, spoken, unnamed
from tests.clock import Clock
from tests.conftest import BUNDLED_PACK
from tests.qtsupport import find, items, make_stage, settle, shown


def console_item(mode, name):
    found = [item for item in items(mode.console.rootObject()) if item.objectName() == name]
    assert found, f"no console item named {name!r}"
    return ([item for item in found if shown(item)] or found)[0]


def open_console(mode):
    if not mode.console.isVisible():
        QTest.keyClick(mode.stage.view, Qt.Key_S)
    assert mode.console.isVisible()


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def presenting(stage, clock, tmp_path):
    mode = PresenterMode(stage, rehearsal_file=tmp_path / "rehearsal.json", clock=clock, wall=lambda: 0.0)
    yield mode
    mode.close()


def position(show):
    return show.sceneIndex, show.step


def test_on_one_screen_the_audience_is_full_screen_and_s_opens_and_closes_the_console(presenting):
    audience, console = presenting.stage.view, presenting.console
    screen = QGuiApplication.primaryScreen()
    assert audience.screen() is screen and audience.geometry() == screen.geometry()
    assert not console.isVisible()
    QTest.keyClick(audience, Qt.Key_S)
    assert console.isVisible() and console.screen() is screen and presenting.presenter.consoleVisible
    QTest.keyClick(console, Qt.Key_S)
    assert not console.isVisible() and not presenting.presenter.consoleVisible


def test_keys_in_the_console_move_the_audience(presenting, qtbot):
    open_console(presenting)
    show = presenting.stage.controller
    QTest.keyClick(presenting.console, Qt.Key_PageDown)
    QTest.keyClick(presenting.console, Qt.Key_Right)
    after_two = (0, 2) if show.deck.step_counts[0] > 2 else (1, 2 - show.deck.step_counts[0])
    assert position(show) == after_two
    QTest.keyClick(presenting.console, Qt.Key_3)
    assert position(show) == (2, 0)
    QTest.keyClick(presenting.stage.view, Qt.Key_PageDown)  # and the audience window drives the console
    qtbot.waitUntil(lambda: (presenting.presenter.sceneIndex, presenting.presenter.step) == (2, 1))
    assert console_item(presenting, "consoleNow").property("caption").startswith("3. ")


def test_black_out_blanks_the_audience_only_and_the_console_says_so(presenting):
    open_console(presenting)
    stage = presenting.stage
    indicator = console_item(presenting, "blankIndicator")
    assert not shown(indicator)
    QTest.keyClick(presenting.console, Qt.Key_B)
    settle(stage)
    assert shown(find(stage, "blackout"))
    assert shown(indicator)
    assert not [i for i in items(presenting.console.rootObject()) if i.objectName() in ("blackout", "whiteout")]
    picture = presenting.console.grabWindow()
    notes = console_item(presenting, "consoleNotes")
    assert notes.property("text")  # the speaker still reads the notes
    centre = notes.mapToScene(QPointF(10, notes.height() / 2))
    assert picture.pixelColor(int(centre.x()), int(centre.y())).name() != "#000000"
    QTest.keyClick(presenting.console, Qt.Key_W)
    settle(stage)
    label = console_item(presenting, "blankIndicator").childItems()[0].property("text")
    assert shown(find(stage, "whiteout")) and label == stage.controller.words["console-whiteout"]


def test_overview_opens_on_o_and_jumps_by_arrows_number_or_click(presenting, qtbot):
    stage, presenter = presenting.stage, presenting.presenter
    QTest.keyClick(stage.view, Qt.Key_O)  # from the audience window: the overview is on the console
    assert presenting.console.isVisible() and presenter.overviewOpen
    settle(stage)
    QTest.keyClick(presenting.console, Qt.Key_Right)
    QTest.keyClick(presenting.console, Qt.Key_Right)
    assert position(stage.controller) == (0, 0)  # the overview took the arrows
    QTest.keyClick(presenting.console, Qt.Key_Return)
    assert position(stage.controller) == (2, 0) and not presenter.overviewOpen
    QTest.keyClick(presenting.console, Qt.Key_O)
    QTest.keyClick(presenting.console, Qt.Key_5)
    QTest.keyClick(presenting.console, Qt.Key_Enter)
    assert position(stage.controller) == (4, 0)
    QTest.keyClick(presenting.console, Qt.Key_O)
    qtbot.waitUntil(lambda: len([i for i in items(presenting.console.rootObject())
                                 if i.objectName() == "overviewCell"]) == stage.controller.sceneCount)
    cells = [i for i in items(presenting.console.rootObject()) if i.objectName() == "overviewCell"]
    centre = cells[1].mapToScene(QPointF(cells[1].width() / 2, cells[1].height() / 2)).toPoint()
    QTest.mouseClick(presenting.console, Qt.MouseButton.LeftButton, pos=centre)
    assert position(stage.controller) == (1, 0) and not presenter.overviewOpen
    QTest.keyClick(presenting.console, Qt.Key_O)
    QTest.keyClick(presenting.console, Qt.Key_Escape)
    assert not presenter.overviewOpen and position(stage.controller) == (1, 0)
    QTest.keyClick(presenting.console, Qt.Key_O)
    QTest.keyClick(presenting.console, Qt.Key_S)  # hiding the console closes the overview: arrows move again
    QTest.keyClick(stage.view, Qt.Key_Right)
    assert not presenter.overviewOpen and position(stage.controller) == (1, 1)


def test_auto_advance_follows_the_plan_pauses_and_resumes_on_a(presenting, clock):
    show, presenter = presenting.stage.controller, presenting.presenter
    slots = plan(show.deck.step_counts, show.deck.durations, 30.0)
    QTest.keyClick(presenting.stage.view, Qt.Key_A)
    assert presenter.autoState == "on"
    clock.now += slots[0].seconds - 0.01
    presenter.tick()
    assert position(show) == (0, 0)
    clock.now += 0.02
    presenter.tick()
    assert position(show) == (slots[1].scene, slots[1].step)
    QTest.keyClick(presenting.stage.view, Qt.Key_A)
    assert presenter.autoState == "paused"
    clock.now += 1000
    presenter.tick()
    assert position(show) == (slots[1].scene, slots[1].step)  # paused: nothing moves
    QTest.keyClick(presenting.stage.view, Qt.Key_A)
    clock.now += slots[1].seconds
    presenter.tick()
    assert position(show) == (slots[2].scene, slots[2].step)
    # A move by hand: the plan carries on from there with the step's whole time.
    QTest.keyClick(presenting.stage.view, Qt.Key_End)
    here = next(i for i, slot in enumerate(slots) if (slot.scene, slot.step) == position(show))
    clock.now += slots[here].seconds / 2
    presenter.tick()
    assert position(show) == (slots[here].scene, slots[here].step) and presenter.autoState == "on"
    clock.now += sum(slot.seconds for slot in slots[here:])
    presenter.tick()  # no loop by default: the show stays at its end and auto-advance stops
    assert show.sceneIndex == show.sceneCount - 1 and presenter.autoState == "off"


def test_a_black_screen_pauses_auto_advance(presenting, clock):
    show, presenter = presenting.stage.controller, presenting.presenter
    presenter.toggleAuto()
    QTest.keyClick(presenting.stage.view, Qt.Key_B)
    assert presenter.autoState == "paused"
    clock.now += 1000
    presenter.tick()
    assert position(show) == (0, 0)


def test_every_bundled_scene_has_notes_in_every_language(stage):
    deck = stage.controller.deck
    for language in deck.languages:
        for view in deck.scenes(language):
            assert len(view["notes"]) > 20, (language, view["id"])


def test_the_console_shows_the_notes_of_the_scene_in_the_language_shown(presenting, qtbot):
    open_console(presenting)
    show = presenting.stage.controller
    notes = console_item(presenting, "consoleNotes")
    assert notes.property("text") == show.deck.scenes(show.language)[0]["notes"]
    QTest.keyClick(presenting.console, Qt.Key_2)
    QTest.keyClick(presenting.console, Qt.Key_L)
    qtbot.waitUntil(lambda: notes.property("text") == show.deck.scenes(show.language)[1]["notes"])
    size = notes.property("font").pixelSize()
    QTest.keyClick(presenting.console, Qt.Key_Plus)
    QTest.keyClick(presenting.console, Qt.Key_Plus)
    assert notes.property("font").pixelSize() > size
    assert not notes.property("truncated")


def test_the_notes_say_the_chart_in_words_while_a_chart_is_the_step_shown(presenting, qtbot):
    open_console(presenting)
    show = presenting.stage.controller
    scenes = show.deck.scenes(show.language)
    scene, step, chart = next((i, j + 1, b) for i, view in enumerate(scenes)
                              for j, b in enumerate(view["blocks"]) if b["kind"] == "chart")
    notes = console_item(presenting, "consoleNotes")
    show.goTo(scene, step)
    qtbot.waitUntil(lambda: chart["description"] in notes.property("text"))
    assert notes.property("text").startswith(scenes[scene]["notes"])
    show.goTo(scene, 0)
    qtbot.waitUntil(lambda: notes.property("text") == scenes[scene]["notes"])


def test_a_scene_without_notes_shows_an_empty_notes_area(qapp, tmp_path, clock, bundled_pack_dir):
    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    title = pack / "scenes" / "title.yaml"
    text = title.read_text(encoding="utf-8")
    title.write_text(text[:text.index("\nnotes:")] + text[text.index("\nduration:"):], encoding="utf-8")
    stage = make_stage(pack, (1280, 720))
    mode = PresenterMode(stage, clock=clock)
    try:
        open_console(mode)
        settle(stage)
        assert console_item(mode, "consoleNotes").property("text") == ""
    finally:
        mode.close()
        stage.close()


def test_timers_and_the_scene_time_turning_red_when_over(presenting, clock, qtbot):
    open_console(presenting)
    presenter, show = presenting.presenter, presenting.stage.controller
    assert presenter.elapsedText == "0:00" and not presenter.timerRunning
    QTest.keyClick(presenting.console, Qt.Key_PageDown)  # the first move starts the timer
    qtbot.waitUntil(lambda: presenter.timerRunning)  # the console follows the audience's next frame
    planned = show.deck.durations[0]
    clock.now += planned - 1
    presenter.tick()
    scene_time = console_item(presenting, "sceneTime")
    assert not scene_time.property("over")
    colour = scene_time.property("color")
    clock.now += 2
    presenter.tick()
    assert scene_time.property("over") and scene_time.property("color") != colour
    assert presenter.elapsedText == f"0:{int(planned) + 1:02d}"
    QTest.keyClick(presenting.console, Qt.Key_T)  # pause
    clock.now += 50
    presenter.tick()
    assert presenter.elapsedText == f"0:{int(planned) + 1:02d}" and not presenter.timerRunning
    QTest.keyClick(presenting.console, Qt.Key_R)
    assert presenter.elapsedText == "0:00" and not presenter.sceneOver


def test_rehearsal_times_are_saved_and_shown_beside_the_plan_next_time(stage, clock, tmp_path):
    record = tmp_path / "rehearsal.json"
    mode = PresenterMode(stage, rehearsal_file=record, clock=clock)
    QTest.keyClick(stage.view, Qt.Key_2)  # timer starts; 12 s on the second scene
    clock.now += 12
    QTest.keyClick(stage.view, Qt.Key_3)
    clock.now += 7
    mode.close()
    ids = stage.controller.deck.scene_ids
    assert rehearsal.load(record, stage.controller.deck.pack_id) == {ids[1]: 12.0, ids[2]: 7.0}
    stage.controller.goTo(1, 0)
    again = PresenterMode(stage, rehearsal_file=record, clock=clock)
    try:
        open_console(again)
        assert again.presenter.rehearsalText == "0:12"
        rows = again.presenter.sceneRows
        assert rows[1]["rehearsal"] == "0:12" and rows[0]["rehearsal"] == ""
        assert shown(console_item(again, "rehearsalTime"))
    finally:
        again.close()


def test_now_and_next_miniatures_come_from_what_the_audience_showed(presenting, qtbot):
    open_console(presenting)
    stage, presenter = presenting.stage, presenting.presenter
    assert not presenter.nowPicture  # the opening picture waits for the icon fonts, or it would lack them
    stage.icons.load_now()
    assert presenter.nowPicture  # kept as soon as they are there
    with qtbot.waitSignal(presenter.picturesChanged, timeout=3000):
        QTest.keyClick(stage.view, Qt.Key_PageDown)
    qtbot.waitUntil(lambda: presenter.nowPicture.startswith(f"image://miniature/{stage.controller.language}/0/1/"))
    QTest.keyClick(stage.view, Qt.Key_Home)
    qtbot.waitUntil(lambda: presenter.sceneIndex == 0 and presenter.step == 0)
    assert presenter.nextPicture.split("/")[4:6] == ["0", "1"]  # kept from when step 2 was on screen
    kept = presenting.miniatures.image(presenter.nextPicture.removeprefix("image://miniature/"))
    audience = stage.view.grabWindow()
    assert kept.width() <= 640 and abs(kept.height() / kept.width() - audience.height() / audience.width()) < 0.02


@pytest.mark.parametrize("key", [Qt.Key_Escape, Qt.Key_F11])
def test_esc_and_f11_never_take_the_audience_out_of_full_screen(presenting, key):
    view = presenting.stage.view
    QTest.keyClick(view, key)
    assert view.visibility() == view.Visibility.FullScreen


def test_auto_advance_with_loop_goes_round_to_the_first_scene(stage, clock):
    mode = PresenterMode(stage, loop=True, clock=clock)
    try:
        show, presenter = stage.controller, mode.presenter
        slots = plan(show.deck.step_counts, show.deck.durations, 30.0)
        show.goTo(slots[-1].scene, slots[-1].step)
        presenter.toggleAuto()
        clock.now += slots[-1].seconds + 0.01
        presenter.tick()
        assert position(show) == (0, 0) and presenter.autoState == "on"
    finally:
        mode.close()


def test_the_console_goes_on_when_the_pack_is_reloaded(presenting, qtbot, bundled_pack_dir):
    open_console(presenting)
    show, presenter = presenting.stage.controller, presenting.presenter
    QTest.keyClick(presenting.console, Qt.Key_3)
    presenter.toggleAuto()
    show.set_deck(build_deck(load_pack(bundled_pack_dir)))
    assert position(show) == (2, 0) and presenter.autoState == "on"
    QTest.keyClick(presenting.console, Qt.Key_PageDown)
    qtbot.waitUntil(lambda: (presenter.sceneIndex, presenter.step) == (2, 1))
    assert console_item(presenting, "consoleNotes").property("text") == show.deck.scenes(show.language)[2]["notes"]


def test_a_click_on_the_elapsed_timer_pauses_it(presenting, clock, qtbot):
    open_console(presenting)
    presenter = presenting.presenter
    presenter.toggleTimer()
    assert presenter.timerRunning
    settle(presenting.stage)
    elapsed = console_item(presenting, "consoleElapsed")
    centre = elapsed.mapToScene(QPointF(elapsed.width() / 2, elapsed.height() / 2)).toPoint()
    QTest.mouseClick(presenting.console, Qt.MouseButton.LeftButton, pos=centre)
    assert not presenter.timerRunning


def test_pictures_kept_in_a_rehearsal_are_there_for_the_next_start(stage, clock, tmp_path, qtbot):
    pictures = tmp_path / "pictures"
    mode = PresenterMode(stage, clock=clock, pictures_root=pictures)
    with qtbot.waitSignal(mode.presenter.picturesChanged, timeout=3000):
        QTest.keyClick(stage.view, Qt.Key_3)  # the third scene, shown once in the rehearsal
    qtbot.waitUntil(lambda: mode.presenter.nowPicture != "")
    mode.close()
    stage.controller.goTo(1, stage.controller.deck.step_counts[1] - 1)  # the next start: the step before it
    show_time = PresenterMode(stage, clock=clock, pictures_root=pictures)
    try:
        presenter = show_time.presenter
        assert presenter.nextPicture.split("/")[4:6] == ["2", "0"]
        kept = show_time.miniatures.image(presenter.nextPicture.removeprefix("image://miniature/"))
        assert kept.width() > 16  # the picture itself, not the blank stand-in
        # An edited pack: pictures of the old one would show what the audience will not see.
        pack = tmp_path / "pack"
        shutil.copytree(BUNDLED_PACK, pack)
        summer = pack / "scenes" / "summer.yaml"
        summer.write_text(summer.read_text(encoding="utf-8").replace("夏看热潮", "夏看热潮！"), encoding="utf-8")
        stage.controller.set_deck(build_deck(load_pack(pack)))
        assert presenter.nextPicture == "" and len(list(pictures.iterdir())) == 1
    finally:
        show_time.close()


def test_closing_the_console_window_hides_it_and_closing_the_audience_ends_both(presenting):
    open_console(presenting)
    presenting.console.close()  # as the window manager's close button does
    assert not presenting.console.isVisible() and not presenting.presenter.consoleVisible
    QTest.keyClick(presenting.stage.view, Qt.Key_S)
    assert presenting.console.isVisible()
    presenting.stage.view.close()
    assert not presenting.console.isVisible()


def test_a_damaged_kept_picture_is_no_picture(qapp, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from huzhou_viewer.qt.presenter.miniatures import Miniatures

    store = tmp_path / "pack-0123456789abcdef"
    first = Miniatures()
    first.use_store(store)
    frame = QImage(1920, 1080, QImage.Format.Format_RGB32)
    frame.fill(QColor("#336699"))
    first.keep("en", 2, 1, frame)
    (store / "en_2_1.jpg").write_bytes(b"not a picture")
    (store / "stray.txt").write_text("?", encoding="utf-8")
    (store / "not_ours_x.jpg").write_bytes(b"?")
    again = Miniatures()
    again.use_store(store)
    assert again.has("en", 2, 1)
    assert again.image("en/2/1/0").width() == 16  # the blank stand-in, and no error
    assert not again.has("en", 2, 1)


def test_letters_typed_into_a_field_on_the_audience_window_are_text(presenting):
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent

    view = presenting.stage.view
    component = QQmlComponent(presenting.stage.engine)
    component.setData(b"import QtQuick\nTextInput { objectName: 'field'; width: 200; height: 40 }", QUrl("field.qml"))
    field = component.create()
    field.setParentItem(view.rootObject())
    field.forceActiveFocus()
    try:
        QTest.keyClick(view, Qt.Key_S)
        assert not presenting.console.isVisible() and field.property("text") == "s"
    finally:
        field.setParentItem(None)
        field.deleteLater()


def test_the_console_s_scene_list_timer_and_overview_have_names_for_a_screen_reader(presenting):
    open_console(presenting)
    console = presenting.console.rootObject()
    settle(presenting.stage)
    assert not unnamed(console)
    labels = {spoken(item)[1] for item in controls(console) if spoken(item)}
    first = presenting.stage.controller.deck.scenes(presenting.stage.controller.language)[0]["label"]
    assert any(label.endswith(first) for label in labels)
    QTest.keyClick(presenting.console, Qt.Key_O)  # the overview of every scene
    settle(presenting.stage)
    assert not unnamed(console)


def test_the_console_window_s_title_is_in_the_language_shown(presenting):
    """The taskbar and a screen reader name the console window; its word for "console" follows the show."""
    controller = presenting.stage.controller
    titles = {}
    for tag in controller.deck.languages:
        controller.setLanguage(tag)
        title = presenting.console.title()
        assert title.startswith(controller.packTitle), title
        titles[tag] = title.removeprefix(controller.packTitle)
    assert len(set(titles.values())) == len(titles), titles  # not English in every language
    assert "console" not in titles["zh-Hans"]
