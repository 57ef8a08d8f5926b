"""Kiosk pointer and PIN rules on the real stage: only a tap moves the show on (no long press, corner hold or
drag), and the PIN pad locks for longer and longer after wrong PINs (an injected clock)."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from huzhou_viewer.show.labels import words
from tests.kiosk.test_kiosk import position
from tests.qtsupport import centre_in_window, find, settle

NO = Qt.KeyboardModifier.NoModifier


def held_long(stage, qtbot, at: QPoint) -> None:
    """Press at `at` and hold until the stage counts it as a long press (its own timer), then let go."""
    area = find(stage, "clickArea")
    QTest.mousePress(stage.view, Qt.LeftButton, NO, at)
    qtbot.waitUntil(lambda: area.property("held"), timeout=3000)
    QTest.mouseRelease(stage.view, Qt.LeftButton, NO, at)


def test_a_tap_moves_on(stage, kiosk):
    QTest.mouseClick(stage.view, Qt.LeftButton, NO, QPoint(600, 300))
    assert position(stage) == (0, 1)


def test_a_long_press_does_not_move_on(stage, kiosk, qtbot):
    held_long(stage, qtbot, QPoint(600, 300))
    assert position(stage) == (0, 0)
    QTest.mouseClick(stage.view, Qt.LeftButton, NO, QPoint(600, 300))  # a tap after it still counts
    assert position(stage) == (0, 1)


def test_the_corner_hold_opens_the_pin_pad_and_does_not_move_on(stage, kiosk, qtbot):
    area = find(stage, "clickArea")
    QTest.mousePress(stage.view, Qt.LeftButton, NO, QPoint(5, 5))
    qtbot.waitUntil(lambda: kiosk.admin.open)
    qtbot.waitUntil(lambda: area.property("held") or not area.property("pressed"), timeout=3000)
    QTest.mouseRelease(stage.view, Qt.LeftButton, NO, QPoint(5, 5))
    assert kiosk.admin.open and kiosk.admin.locked and position(stage) == (0, 0)


def test_a_drag_is_no_click_whatever_its_direction(stage, kiosk):
    w, h = stage.view.width(), stage.view.height()
    for start, end in ((QPoint(2, h // 2), QPoint(w // 3, h // 2)), (QPoint(w // 2, 2), QPoint(w // 2, h // 2)),
                       (QPoint(w - 2, h // 2), QPoint(w * 2 // 3, h // 2 + 20)), (QPoint(w // 2, h // 2),
                                                                                  QPoint(w // 2 + 40, h // 2))):
        QTest.mousePress(stage.view, Qt.LeftButton, NO, start)
        QTest.mouseMove(stage.view, (start + end) / 2)
        QTest.mouseMove(stage.view, end)
        QTest.mouseRelease(stage.view, Qt.LeftButton, NO, end)
    assert position(stage) == (0, 0)


def type_pin(stage, pin: str) -> None:
    for digit in pin:
        QTest.mouseClick(stage.view, Qt.LeftButton, NO, centre_in_window(find(stage, f"adminPinKey-{digit}")).toPoint())


def test_the_pin_pad_locks_longer_after_each_wrong_pin_and_a_right_one_resets_it(stage, kiosk, clocks, qtbot,
                                                                               caplog):
    kiosk.open_admin(with_pin=True)
    settle(stage)
    text, shown_words = find(stage, "adminPinText"), words(stage.controller.language)
    type_pin(stage, "1111")
    type_pin(stage, "2222")
    assert kiosk.admin.lockedOutSeconds == 0 and text.property("text") == shown_words["admin-pin-wrong"]
    type_pin(stage, "3333")
    assert kiosk.admin.lockedOutSeconds == 30
    assert text.property("text") == shown_words["admin-pin-locked"].format(seconds=30)
    clocks.advance(12)
    kiosk.admin._count_down()  # the pad's one-second tick
    assert text.property("text") == shown_words["admin-pin-locked"].format(seconds=18)
    assert "3 wrong admin PINs in a row; the PIN pad is locked for 30 s" in caplog.text
    type_pin(stage, "2580")  # the right PIN, while locked, is not even read
    assert kiosk.admin.locked
    clocks.advance(18.5)
    type_pin(stage, "4444")
    assert kiosk.admin.lockedOutSeconds == 60 and kiosk.admin.locked
    clocks.advance(61)
    type_pin(stage, "2580")
    assert not kiosk.admin.locked and kiosk.admin.lockedOutSeconds == 0
    kiosk.admin.close()
    kiosk.open_admin(with_pin=True)
    type_pin(stage, "1111")
    type_pin(stage, "1111")
    assert kiosk.admin.lockedOutSeconds == 0  # counted afresh after the right PIN


def test_the_lock_grows_to_a_quarter_hour_at_most():
    from huzhou_viewer.qt.kiosk.admin_panel import lock_seconds

    assert [lock_seconds(n) for n in (1, 2, 3, 4, 5, 6, 9, 30)] == [0, 0, 30, 60, 120, 240, 900, 900]
