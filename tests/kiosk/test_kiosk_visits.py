"""The kiosk counts what visitors looked for, from the show's own signals, and what the screen showed; the admin
panel shows today's most looked-for; the counts are kept beside the log and `huzhou-viewer report` reads them."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from huzhou_viewer.qt.kiosk.kiosk import Kiosk
from huzhou_viewer.settings import Settings
from huzhou_viewer.show.visits import read_hours
from tests.qtsupport import find, settle

CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def counting_kiosk(stage, clocks, folder, **settings) -> Kiosk:
    values = dict(kiosk=True, idle_seconds=60.0, scene_seconds=10.0)
    values.update(settings)
    kiosk = Kiosk(stage, Settings(**values), clock=lambda: clocks.now, wall=lambda: clocks.wall,
                  rss=lambda: clocks.rss, visits_dir=folder)
    kiosk.start()
    return kiosk


def later(clocks, kiosk, seconds: float) -> None:
    clocks.wall += timedelta(seconds=seconds)
    clocks.advance(seconds, kiosk)


def test_visitors_moves_pages_and_searches_are_counted_and_the_attract_loop_is_time_shown(stage, clocks, tmp_path,
                                                                                        qtbot):
    folder = tmp_path / "visits"
    kiosk = counting_kiosk(stage, clocks, folder)
    try:
        controller = stage.controller
        QTest.keyClick(stage.view, Qt.Key_PageDown)  # a visitor: the title scene's next step
        later(clocks, kiosk, 20)
        gallery = next(i for i, v in enumerate(controller.deck.scenes(controller.language))
                       if v["kind"] == "gallery")
        controller.jump(gallery)
        people = controller.deck.scenes(controller.language)[gallery]["people"]
        controller.openPerson(people[0]["id"])
        kiosk.visits._settle.setInterval(1)
        stage.people.query = "zzzz"
        qtbot.waitUntil(lambda: kiosk.visits.visits.today.searches == 1)
        stage.people.query = ""
        later(clocks, kiosk, 61)  # left alone: the attract loop
        assert kiosk.attracting
        for _ in range(3):
            later(clocks, kiosk, 4)
        today = kiosk.visits.visits.today
        assert today.taps[controller.deck.scene_ids[0]] == 1  # the loop's own moves are no visitor's taps
        assert today.people == {people[0]["id"]: 1}
        assert dict(today.not_found) == {"zzzz": 1}
        assert today.seconds[controller.deck.scene_ids[0]] == 20
        assert today.shown[f"attract:{controller.deck.scene_ids[0]}"] > 0
    finally:
        kiosk.release()
    (hour,) = read_hours(folder, clocks.wall.date())
    assert hour.people == {people[0]["id"]: 1} and dict(hour.not_found) == {"zzzz": 1}


def test_outside_opening_hours_the_time_is_counted_as_closed(stage, clocks, tmp_path):
    clocks.wall = datetime(2026, 3, 2, 21, 0)
    kiosk = counting_kiosk(stage, clocks, tmp_path, opening_hours="08:00-20:00")
    try:
        clocks.wall = datetime(2026, 3, 2, 21, 30)
    finally:
        kiosk.release()
    (hour,) = read_hours(tmp_path, date(2026, 3, 2))
    assert hour.shown == {"closed": 1800}


def test_with_the_setting_off_nothing_is_counted_or_kept(stage, clocks, tmp_path):
    kiosk = counting_kiosk(stage, clocks, tmp_path, visitor_counts=False)
    try:
        QTest.keyClick(stage.view, Qt.Key_PageDown)
        later(clocks, kiosk, 30)
        assert kiosk.visits is None
    finally:
        kiosk.release()
    assert list(tmp_path.iterdir()) == []


def test_the_admin_panel_shows_today_s_most_looked_for(stage, clocks, tmp_path):
    kiosk = counting_kiosk(stage, clocks, tmp_path)
    try:
        controller = stage.controller
        QTest.keyClick(stage.view, Qt.Key_PageDown)
        QTest.keyClick(stage.view, Qt.Key_PageUp)
        kiosk.visits.visits.search("Nobody Here", 0)
        QTest.keyClick(stage.view, Qt.Key_Q, CHORD)
        settle(stage)
        text = find(stage, "adminToday").property("text")
        words = controller.deck.words(controller.language)
        label = controller.deck.scenes(controller.language)[0]["label"]
        assert text.startswith(f"{words['admin-today']}\uff1a{label} 2")  # zh-Hans, the pack's first language
        assert f"{words['admin-today-not-found']}\uff1a\u201cNobody Here\u201d 1" in text
    finally:
        kiosk.release()


def test_the_report_command_reads_the_counts_kept_beside_the_log(stage, clocks, tmp_path, monkeypatch, capsys):
    from huzhou_viewer import app
    from huzhou_viewer.settings import CONFIG_DIR_ENV, log_dir

    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path))
    kiosk = counting_kiosk(stage, clocks, log_dir() / "visits")
    try:
        QTest.keyClick(stage.view, Qt.Key_PageDown)
        later(clocks, kiosk, 60)
        later(clocks, kiosk, 30)
        device = QTest.createTouchDevice()  # the loop runs; a touch wakes it
        QTest.touchEvent(stage.view, device).press(0, QPoint(600, 300)).commit()
        QTest.touchEvent(stage.view, device).release(0, QPoint(600, 300)).commit()
    finally:
        kiosk.release()
    out = tmp_path / "report.csv"
    assert app.main(["report", "--since", f"{clocks.wall:%Y-%m-%d}", "--csv", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Shown (proof of show)" in printed and "attract loop 0:00:30" in printed
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    first = stage.controller.deck.scene_ids[0]
    assert {"what": "taps", "item": first, "count": "2"}.items() <= next(
        r for r in rows if r["what"] == "taps").items()  # the step, and the touch that woke it home
