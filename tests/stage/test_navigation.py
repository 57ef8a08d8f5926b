"""Driving the show as a presenter would: keys, clicker codes, mouse, the timeline bar, language."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest

from huzhou_viewer.show.breaks import clean
from tests.qtsupport import centre_in_window, find, make_stage, settle, shown


def position(stage):
    return stage.controller.sceneIndex, stage.controller.step


@pytest.mark.parametrize("key", [Qt.Key_Right, Qt.Key_Down, Qt.Key_PageDown, Qt.Key_Space, Qt.Key_Return,
                                 Qt.Key_Enter, Qt.Key_N])
def test_next_keys_move_one_step(stage, key):
    QTest.keyClick(stage.view, key)
    assert position(stage) == (0, 1)


@pytest.mark.parametrize("key", [Qt.Key_Left, Qt.Key_Up, Qt.Key_PageUp, Qt.Key_Backspace, Qt.Key_P])
def test_previous_keys_move_back(stage, key):
    stage.controller.goTo(1, 0)
    QTest.keyClick(stage.view, key)
    last_step_of_first = stage.controller.deck.step_counts[0] - 1
    assert position(stage) == (0, last_step_of_first)


def test_home_end_and_digits(stage):
    QTest.keyClick(stage.view, Qt.Key_End)
    assert stage.controller.sceneIndex == len(stage.controller.deck.scene_ids) - 1
    QTest.keyClick(stage.view, Qt.Key_Home)
    assert position(stage) == (0, 0)
    QTest.keyClick(stage.view, Qt.Key_3)
    assert position(stage) == (2, 0)
    QTest.keyClick(stage.view, Qt.Key_9)  # no ninth scene: nothing happens
    assert position(stage) == (2, 0)


def test_a_scene_is_built_step_by_step_before_the_next_scene(stage):
    stage.controller.goTo(1, 0)
    for step in range(1, stage.controller.deck.step_counts[1]):
        QTest.keyClick(stage.view, Qt.Key_PageDown)
        assert position(stage) == (1, step)
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    assert position(stage) == (2, 0)


def test_keys_pressed_during_a_transition_all_land(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (1280, 720), transitions=True)
    settle(stage)
    for _ in range(5):
        QTest.keyClick(stage.view, Qt.Key_PageDown)  # no waiting: each lands mid-fade
    assert position(stage) == (1, 3)
    stage.close()


def test_blackout_and_whiteout_cover_the_screen_and_the_next_press_restores(stage):
    QTest.keyClick(stage.view, Qt.Key_B)
    settle(stage)
    assert shown(find(stage, "blackout"))
    QTest.keyClick(stage.view, Qt.Key_Period)
    settle(stage)
    assert not shown(find(stage, "blackout"))
    QTest.keyClick(stage.view, Qt.Key_W)
    settle(stage)
    assert shown(find(stage, "whiteout"))
    QTest.keyClick(stage.view, Qt.Key_PageDown)  # first press brings the picture back, moves nothing
    settle(stage)
    assert not shown(find(stage, "whiteout")) and position(stage) == (0, 0)


def test_linux_clicker_codes(stage):
    # KEY_DISPLAYTOGGLE arrives with no Qt key, only its native scan code (evdev 431 + 8).
    press = QKeyEvent(QKeyEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, 439, 0, 0, "")
    qapp_send(stage, press)
    assert stage.controller.blackout
    stage.controller.goTo(2, 0)
    presentation = QKeyEvent(QKeyEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, 433, 0, 0, "")
    requests = []
    stage.controller.windowRequest.connect(requests.append)
    qapp_send(stage, presentation)
    assert position(stage) == (0, 0) and requests == ["fullscreen"]


def qapp_send(stage, event):
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.sendEvent(stage.view, event)


def test_f5_starts_from_the_first_scene_in_full_screen_and_esc_leaves(stage):
    stage.controller.goTo(3, 1)
    QTest.keyClick(stage.view, Qt.Key_F5)
    assert position(stage) == (0, 0)
    assert stage.view.visibility() == stage.view.Visibility.FullScreen
    QTest.keyClick(stage.view, Qt.Key_Escape)
    assert stage.view.visibility() != stage.view.Visibility.FullScreen
    stage.controller.goTo(3, 1)
    QTest.keyClick(stage.view, Qt.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert position(stage) == (3, 1)
    assert stage.view.visibility() == stage.view.Visibility.FullScreen
    QTest.keyClick(stage.view, Qt.Key_F11)
    assert stage.view.visibility() != stage.view.Visibility.FullScreen


def test_ctrl_and_alt_chords_do_not_move_the_show(stage):
    QTest.keyClick(stage.view, Qt.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(stage.view, Qt.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert position(stage) == (0, 0)


def test_question_mark_shows_the_key_map(stage):
    QTest.keyClick(stage.view, Qt.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    settle(stage)
    assert shown(find(stage, "keyMap"))
    QTest.keyClick(stage.view, Qt.Key_Escape)
    settle(stage)
    assert not shown(find(stage, "keyMap"))


def test_mouse_click_and_wheel_navigate(stage):
    QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(640, 300))
    assert position(stage) == (0, 1)
    QTest.mouseClick(stage.view, Qt.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(640, 300))
    assert position(stage) == (0, 0)


def test_the_timeline_bar_jumps_and_lights_the_current_scene(stage):
    settle(stage)
    target = find(stage, "timeline-4")
    QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier, centre_in_window(target).toPoint())
    assert position(stage) == (4, 0)
    settle(stage)
    assert target.property("current") is True
    assert find(stage, "timeline-0").property("current") is False


def test_language_switch_keeps_the_position_and_changes_the_words(stage):
    stage.controller.goTo(1, 0)
    settle(stage)
    before = find(stage, "heroTitle").property("text")
    QTest.keyClick(stage.view, Qt.Key_L)  # the pack is written in zh-Hans and en: zh-Hant, converted, comes next
    settle(stage)
    assert stage.controller.language == "zh-Hant" and position(stage) == (1, 0)
    assert "四季看變" in stage.view.title()
    QTest.keyClick(stage.view, Qt.Key_L)
    settle(stage)
    assert stage.controller.language == "en" and position(stage) == (1, 0)
    after = find(stage, "heroTitle").property("text")
    assert after != before and clean(after).isascii()
    assert stage.view.title() == stage.controller.packTitle and stage.view.title().isascii()  # the taskbar too
    marks = [find(stage, f"languageChoice-{i}").property("text") for i in range(3)]
    assert marks == ["简", "繁", "EN"]  # the switch offers both scripts
    simplified = find(stage, "languageChoice-0")
    QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre_in_window(simplified).toPoint())
    settle(stage)
    assert stage.controller.language == "zh-Hans" and find(stage, "heroTitle").property("text") == before


def test_icons_arrive_after_the_first_frame(qtbot, stage):
    assert not stage.icons.ready  # nothing waits for qtawesome before the first picture
    with qtbot.waitSignal(stage.icons.readyChanged, timeout=20000):
        stage.icons.load_later()
    season = stage.scenes.row(1)
    assert season["iconGlyph"] and season["iconFamily"]


def test_quick_presses_never_stack_more_than_two_scenes(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (1280, 720), transitions=True)
    settle(stage)
    for digit in (Qt.Key_2, Qt.Key_3, Qt.Key_4, Qt.Key_5):
        QTest.keyClick(stage.view, digit)
        settle(stage)
    from tests.qtsupport import items

    on_screen = {i.objectName() for i in items(stage.view.rootObject())
                 if i.objectName().startswith("scene-") and i.isVisible()}
    assert stage.controller.sceneIndex == 4
    assert on_screen <= {"scene-autumn", "scene-winter"}  # the scene left last, and the one arriving
    stage.close()


def test_the_wheel_moves_one_step_per_notch(stage):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    def wheel(dy):
        event = QWheelEvent(QPointF(640, 300), QPointF(640, 300), QPoint(0, 0), QPoint(0, dy),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        qapp_send(stage, event)

    wheel(-120)
    assert position(stage) == (0, 1)
    wheel(-60)
    assert position(stage) == (0, 1)  # half a notch (a touchpad's small scroll) waits for the rest
    wheel(-60)
    wheel(120)
    assert position(stage) == (0, 1)


def test_what_comes_next_is_built_after_a_move_settles_not_during_the_press(qtbot, qapp, bundled_pack_dir):
    from tests.qtsupport import items

    stage = make_stage(bundled_pack_dir, (1280, 720), transitions=True)
    stage.controller.set_preload_neighbours(True)
    settle(stage)

    def loader_of(scene_id):
        host = next(i for i in items(stage.view.rootObject()) if i.objectName() == f"scene-{scene_id}")
        return next(c for c in host.childItems() if c.inherits("QQuickLoader"))

    QTest.keyClick(stage.view, Qt.Key_3)  # to summer; autumn is next
    assert loader_of("autumn").property("active") is False
    with qtbot.waitSignal(stage.controller.settledChanged, timeout=5000):
        pass
    assert loader_of("autumn").property("active") is True
    stage.close()


def test_big_numbers_count_up_when_they_arrive_and_end_on_the_figure(qtbot, qapp, bundled_pack_dir):
    from tests.qtsupport import items

    stage = make_stage(bundled_pack_dir, (1280, 720), transitions=True)
    settle(stage)
    views = stage.controller.deck.scenes("zh-Hans")
    index, step = next((i, b + 1) for i, v in enumerate(views) for b, block in enumerate(v["blocks"])
                       if block["kind"] == "figures" and block["items"][0]["value"].isdigit())
    final = views[index]["blocks"][step - 1]["items"][0]["value"]
    stage.controller.goTo(index, step)
    settle(stage)

    def first_value():
        values = [i for i in items(stage.view.rootObject()) if i.objectName() == "value" and i.isVisible()]
        return values[0].property("text") if values else None

    qtbot.waitUntil(lambda: first_value() is not None, timeout=5000)
    assert first_value() != final  # still counting
    qtbot.waitUntil(lambda: first_value() == final, timeout=5000)
    stage.close()


def test_ctrl_q_quits_a_plain_window_and_is_no_key_of_the_show(qapp, bundled_pack_dir, monkeypatch):
    from types import SimpleNamespace

    from huzhou_viewer import app

    quits = []
    monkeypatch.setattr(app._PlainWindow, "quit", lambda self: quits.append(True))
    launch = SimpleNamespace(build_stage=lambda: make_stage(bundled_pack_dir, (640, 360)),
                             settings=SimpleNamespace(screen=None, fullscreen=False))
    window = app._PlainWindow(launch)
    try:
        settle(window.stage)
        QTest.keyClick(window.stage.view, Qt.Key_Q, Qt.KeyboardModifier.ControlModifier)
        assert quits == [True] and position(window.stage) == (0, 0)
    finally:
        window.stage.close()
