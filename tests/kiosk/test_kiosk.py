"""Kiosk mode on the real stage: no way out for visitors, the admin chord and panel, idle return and the
attract loop with an injected clock, opening hours, restarts at an idle moment, errors logged."""

import logging
import sys
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtTest import QTest

from huzhou_viewer.qt.kiosk.kiosk import Kiosk
from huzhou_viewer.settings import Settings
from tests.accessibility import controls, spoken, tree_names, unnamed
from tests.qtsupport import centre_in_window, find, settle, shown

CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def position(stage):
    return stage.controller.sceneIndex, stage.controller.step


def full_screen(stage):
    return stage.view.visibility() == stage.view.Visibility.FullScreen


def test_it_starts_frameless_and_full_screen_with_the_cursor_hidden(stage, kiosk):
    assert full_screen(stage) and stage.view.flags() & Qt.WindowType.FramelessWindowHint
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor


@pytest.mark.parametrize(("key", "mods"), [
    (Qt.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key_Q, Qt.KeyboardModifier.ControlModifier), (Qt.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key_F4, Qt.KeyboardModifier.AltModifier)])
def test_escape_keys_leave_nothing(stage, kiosk, key, mods):
    stage.controller.goTo(2, 1)
    QTest.keyClick(stage.view, key, mods)
    assert full_screen(stage) and stage.view.isVisible() and position(stage) == (2, 1)


def test_esc_still_closes_an_honourees_page_and_the_key_map(stage, kiosk):
    gallery = stage.controller.deck.scene_ids.index("gallery")
    stage.controller.goTo(gallery, 2)
    QTest.keyClick(stage.view, Qt.Key_Escape)
    assert position(stage) == (gallery, 0) and full_screen(stage)


def test_a_close_request_is_refused(stage, kiosk):
    event = QCloseEvent()
    QCoreApplication.sendEvent(stage.view, event)
    assert not event.isAccepted() and stage.view.isVisible() and full_screen(stage)


def test_right_click_does_not_move_back(stage, kiosk):
    stage.controller.goTo(1, 2)
    QTest.mouseClick(stage.view, Qt.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(600, 300))
    assert position(stage) == (1, 2)


def test_the_admin_chord_opens_the_panel_and_it_quits(stage, kiosk, qtbot):
    QTest.keyClick(stage.view, Qt.Key_Q, CHORD)
    settle(stage)
    panel = find(stage, "adminPanel")
    assert shown(panel) and not kiosk.admin.locked
    assert "line 39" in find(stage, "adminLog").property("text")  # the end of the log
    with qtbot.waitSignal(QCoreApplication.instance().aboutToQuit, timeout=2000, raising=False) as quitting:
        QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier,
                         centre_in_window(find(stage, "adminQuit")).toPoint())
        qtbot.waitUntil(lambda: kiosk.leaving)
    del quitting
    assert kiosk.leaving and kiosk.restart_reason is None


def test_a_swipe_on_the_admin_panel_does_not_move_the_show(stage, kiosk):
    QTest.keyClick(stage.view, Qt.Key_Q, CHORD)
    device = QTest.createTouchDevice()
    w, y = stage.view.width(), stage.view.height() // 2
    QTest.touchEvent(stage.view, device).press(0, QPoint(w * 9 // 10, y)).commit()
    for x in (w * 7 // 10, w // 2, w // 4):
        QTest.touchEvent(stage.view, device).move(0, QPoint(x, y)).commit()
    QTest.touchEvent(stage.view, device).release(0, QPoint(w // 4, y)).commit()
    assert position(stage) == (0, 0) and kiosk.admin.open


def test_the_admin_panel_closes_with_esc_and_keys_do_not_reach_the_show_meanwhile(stage, kiosk):
    QTest.keyClick(stage.view, Qt.Key_Q, CHORD)
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    assert position(stage) == (0, 0) and kiosk.admin.open
    QTest.keyClick(stage.view, Qt.Key_Escape)
    settle(stage)
    assert not kiosk.admin.open and not shown(find(stage, "adminPanel")) and full_screen(stage)


def hold_the_corner(stage, kiosk, qtbot):
    """A finger held on the top-left corner until the admin panel opens; the touch device it used."""
    device = QTest.createTouchDevice()
    QTest.touchEvent(stage.view, device).press(0, QPoint(5, 5)).commit()
    qtbot.waitUntil(lambda: kiosk.admin.open, timeout=2000)
    QTest.touchEvent(stage.view, device).release(0, QPoint(5, 5)).commit()
    settle(stage)
    return device


def test_a_long_hold_on_the_corner_asks_for_the_pin(stage, kiosk, qtbot):
    device = hold_the_corner(stage, kiosk, qtbot)
    assert kiosk.admin.locked and shown(find(stage, "adminKeypad"))
    kiosk.admin.quit()  # locked: does nothing
    assert not kiosk.leaving

    def tap(name):
        point = centre_in_window(find(stage, name)).toPoint()
        QTest.touchEvent(stage.view, device).press(0, point).commit()
        QTest.touchEvent(stage.view, device).release(0, point).commit()

    for digit in "1111":
        tap(f"adminPinKey-{digit}")
    assert kiosk.admin.locked and kiosk.admin.wrongPin
    for digit in "2580":
        tap(f"adminPinKey-{digit}")
    settle(stage)
    assert not kiosk.admin.locked and shown(find(stage, "adminQuit"))
    assert position(stage) == (0, 0)  # nothing reached the show under the panel


def test_a_visitor_who_held_the_corner_by_chance_gets_back(stage, kiosk, clocks):
    kiosk.open_admin(with_pin=True)
    settle(stage)
    QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre_in_window(find(stage, "adminPinCancel")).toPoint())
    assert not kiosk.admin.open
    kiosk.open_admin(with_pin=True)  # or walks away: the attract loop closes it
    clocks.advance(61, kiosk)
    assert not kiosk.admin.open and kiosk.attracting


def test_without_a_pin_the_corner_does_nothing(stage, make_kiosk, qtbot):
    kiosk = make_kiosk(admin_pin=None)
    device = QTest.createTouchDevice()
    QTest.touchEvent(stage.view, device).press(0, QPoint(5, 5)).commit()
    QTest.qWait(150)  # three times the hold time the fixture gives
    QTest.touchEvent(stage.view, device).release(0, QPoint(5, 5)).commit()
    assert not kiosk.admin.open


def test_idle_returns_home_and_the_attract_loop_walks_every_step(stage, kiosk, clocks):
    language = stage.controller.language
    QTest.keyClick(stage.view, Qt.Key_L)  # a visitor switched the language
    stage.controller.goTo(3, 2)
    QTest.keyClick(stage.view, Qt.Key_Question, Qt.KeyboardModifier.ShiftModifier)  # a visitor opened the key map
    clocks.advance(59.9, kiosk)
    assert position(stage) == (3, 2) and not kiosk.attracting
    assert kiosk.next_wakeup == pytest.approx(clocks.now + 0.101) and 0 < kiosk.wakeup_ms <= 150
    clocks.advance(0.1, kiosk)
    assert kiosk.attracting and position(stage) == (0, 0) and not stage.controller.helpVisible
    assert stage.controller.language == language
    seen = [position(stage)]
    counts = stage.controller.deck.step_counts
    for _ in range(sum(counts)):
        clocks.until_wakeup(kiosk)
        seen.append(position(stage))
    expected = [(scene, step) for scene, n in enumerate(counts) for step in range(n)] + [(0, 0)]
    assert seen == expected  # the gallery's honourees are among the steps: the spotlight is in the loop


def test_the_first_touch_stops_the_loop_and_starts_from_home(stage, kiosk, clocks):
    clocks.advance(61, kiosk)
    for _ in range(5):
        clocks.until_wakeup(kiosk)
    assert kiosk.attracting and position(stage) != (0, 0)
    device = QTest.createTouchDevice()
    QTest.touchEvent(stage.view, device).press(0, QPoint(600, 300)).commit()
    QTest.touchEvent(stage.view, device).release(0, QPoint(600, 300)).commit()
    assert not kiosk.attracting and position(stage) == (0, 0)  # the touch woke it, it did not also move on
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    assert position(stage) == (0, 1)
    clocks.advance(30, kiosk)
    assert position(stage) == (0, 1)


def test_a_key_stops_the_loop_too(stage, kiosk, clocks):
    clocks.advance(61, kiosk)
    clocks.until_wakeup(kiosk)
    QTest.keyClick(stage.view, Qt.Key_Right)
    assert not kiosk.attracting and position(stage) == (0, 0)


def test_outside_opening_hours_the_screen_is_black_and_wakes_by_itself(stage, make_kiosk, clocks):
    clocks.wall = datetime(2026, 3, 2, 21, 0)
    kiosk = make_kiosk(opening_hours="08:00-20:00")
    assert kiosk.closed and not stage.view.rootObject().isVisible()
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    assert position(stage) == (0, 0)
    QTest.keyClick(stage.view, Qt.Key_Q, CHORD)  # a technician can still reach the panel, on black
    settle(stage)
    assert shown(find(stage, "adminPanel")) and not shown(find(stage, "stage"))
    QTest.keyClick(stage.view, Qt.Key_Escape)
    assert not stage.view.rootObject().isVisible()
    clocks.wall = datetime(2026, 3, 3, 8, 0)
    kiosk.apply_hours()
    assert shown(find(stage, "stage"))
    assert not kiosk.closed and stage.view.rootObject().isVisible() and kiosk.attracting


def test_a_restart_waits_for_an_idle_moment(stage, make_kiosk, clocks):
    kiosk = make_kiosk(max_rss_mib=1000)
    clocks.rss = 1200
    QTest.keyClick(stage.view, Qt.Key_PageDown)  # a visitor is using it
    kiosk.check_health()
    assert kiosk.restart_reason is None and not kiosk.leaving
    clocks.advance(61, kiosk)  # left alone: idle, and the check runs as the loop starts
    assert kiosk.leaving and "1200 MiB" in kiosk.restart_reason


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_the_show_goes_on(stage, kiosk, caplog):
    from huzhou_viewer.app import _log_uncaught

    def broken():
        raise RuntimeError("a broken slot")

    stage.controller.goTo(1, 0)
    stage.controller.positionChanged.connect(broken)
    sys.excepthook, saved = _log_uncaught, sys.excepthook
    try:
        with caplog.at_level(logging.ERROR):
            QTest.keyClick(stage.view, Qt.Key_PageDown)
            QTest.keyClick(stage.view, Qt.Key_PageDown)
    finally:
        sys.excepthook = saved
        stage.controller.positionChanged.disconnect(broken)
    assert position(stage) == (1, 2) and full_screen(stage)
    assert any("a broken slot" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)


def test_a_close_is_allowed_once_the_kiosk_lets_go(stage, kiosk):
    kiosk.release()
    event = QCloseEvent()
    QCoreApplication.sendEvent(stage.view, event)
    assert event.isAccepted()
    assert QEvent.Type.Close  # the stage fixture closes the window afterwards


def test_the_cursor_shows_while_the_mouse_moves_and_hides_again(stage, clocks, tmp_path, qtbot):
    kiosk = Kiosk(stage, Settings(kiosk=True), clock=lambda: clocks.now, cursor_seconds=0.05)
    kiosk.start()
    try:
        QTest.mouseMove(stage.view, QPoint(300, 300))
        assert QGuiApplication.overrideCursor() is None
        qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is not None, timeout=2000)
        assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    finally:
        kiosk.release()
    assert QGuiApplication.overrideCursor() is None  # given back


def test_the_admin_panel_reloads_the_pack_and_moves_the_show(stage, clocks):
    reloads, moves = [], []
    kiosk = Kiosk(stage, Settings(kiosk=True), clock=lambda: clocks.now, reload=lambda: reloads.append(1))
    kiosk.start()
    try:
        kiosk.choose_screen = moves.append  # the panel calls what the kiosk gives it
        kiosk.admin._choose_screen = kiosk.choose_screen
        QTest.keyClick(stage.view, Qt.Key_Q, CHORD)
        settle(stage)
        QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier,
                         centre_in_window(find(stage, "adminReload")).toPoint())
        QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier,
                         centre_in_window(find(stage, "adminScreen-0")).toPoint())
        assert reloads == [1] and moves == [0] and kiosk.admin.status == "admin-reloaded"
        assert len(kiosk.admin.screens) == len(QGuiApplication.screens())
        QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier,
                         centre_in_window(find(stage, "adminClose")).toPoint())
        assert not kiosk.admin.open and position(stage) == (0, 0)
    finally:
        kiosk.release()


def test_the_nightly_restart_comes_at_the_first_idle_moment_after_its_time(stage, make_kiosk, clocks):
    kiosk = make_kiosk(restart_at="04:00")
    clocks.wall = datetime(2026, 3, 3, 4, 30)
    QTest.keyClick(stage.view, Qt.Key_PageDown)  # someone is at the screen at 04:30
    kiosk.check_health()
    assert kiosk.restart_reason is None
    clocks.advance(61, kiosk)
    assert kiosk.leaving and "04:00" in kiosk.restart_reason


def test_the_admin_panel_s_buttons_and_pin_keys_have_names_for_a_screen_reader(stage, kiosk, qtbot):
    hold_the_corner(stage, kiosk, qtbot)
    assert kiosk.admin.locked and not unnamed(stage.view.rootObject())
    digits = {name for item in controls(find(stage, "adminKeypad")) if (name := spoken(item)[1])}
    assert stage.controller.words["a11y-pin-digit"].format(digit="5") in digits
    # The keypad's two blanks (they keep the 0 in the middle) are no keys to a screen reader ("Digit " of nothing).
    assert stage.controller.words["a11y-pin-digit"].format(digit="") not in tree_names(stage.view)
    kiosk.admin.close()
    QTest.keyClick(stage.view, Qt.Key_Q, CHORD)
    settle(stage)
    assert not kiosk.admin.locked and not unnamed(stage.view.rootObject())


def test_the_admin_panel_takes_the_focus_while_open_and_gives_it_back_to_the_stage(stage, kiosk):
    # A screen reader reads what has the focus: the panel, named by what it asks for, then the show again.
    from PySide6.QtGui import QAccessible

    QTest.keyClick(stage.view, Qt.Key_Q, CHORD)
    settle(stage)
    panel = find(stage, "adminPanel")
    said = QAccessible.queryAccessibleInterface(panel)
    assert stage.view.activeFocusItem() is panel and said.state().focused
    assert said.role() == QAccessible.Role.Dialog
    assert said.text(QAccessible.Text.Name) == stage.controller.words["admin-title"]
    QTest.keyClick(stage.view, Qt.Key_Escape)
    settle(stage)
    assert not kiosk.admin.open and stage.view.activeFocusItem() is find(stage, "stage")
    kiosk.open_admin(with_pin=True)
    settle(stage)
    assert stage.view.activeFocusItem() is panel
    assert said.text(QAccessible.Text.Name) == stage.controller.words["admin-pin"]
