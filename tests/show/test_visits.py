"""The kiosk's counters: what visitors looked for and what the screen showed, by the hour, with a clock moved by
hand across hours and a day change, kept in month files and read back as a report and as CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta

from huzhou_viewer.show.visits import BLACKOUT, CLOSED, Visits, forget_old, month_file, read_hours
from huzhou_viewer.show.visits_report import print_report, proof_of_show, write_csv


class Wall:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def a_day(folder, wall: Wall) -> Visits:
    """23:30 to 00:40 on one screen: attract loop, a visitor, two searches (one finds nobody), a black-out."""
    visits = Visits(folder, "HDMI-1", clock=wall)
    visits.showing("attract:spring")
    wall.advance(minutes=10)  # 23:40
    visits.tap("title")
    visits.showing("visitors:title")
    wall.advance(minutes=2)
    visits.tap("gallery")
    visits.showing("visitors:gallery")
    visits.search("fan li", found=1)
    visits.person("fan-li")
    visits.search("  Zhang   Wei ", found=0)
    wall.advance(minutes=28)  # 00:10 the next day
    visits.showing(BLACKOUT)
    wall.advance(minutes=5)
    visits.showing(CLOSED)
    wall.advance(minutes=25)  # 00:40
    visits.close()
    return visits


def test_counts_are_kept_by_the_hour_and_time_is_split_at_midnight(tmp_path):
    wall = Wall(datetime(2026, 11, 30, 23, 30))
    a_day(tmp_path, wall)
    hours = list(read_hours(tmp_path, date(2026, 11, 30)))
    assert [(h.start, h.screen) for h in hours] == [(datetime(2026, 11, 30, 23), "HDMI-1"),
                                                   (datetime(2026, 12, 1, 0), "HDMI-1")]
    before, after = hours
    assert before.taps == {"title": 1, "gallery": 1}
    assert before.people == {"fan-li": 1}
    assert before.seconds == {"title": 120, "gallery": 18 * 60}  # the gallery until midnight
    assert after.seconds == {"gallery": 10 * 60}  # and on after it
    assert before.shown["attract:spring"] == 600
    assert after.shown == {"visitors:gallery": 600, BLACKOUT: 300, CLOSED: 1500}
    # November's hour in November's file, December's in December's.
    assert month_file(tmp_path, date(2026, 11, 1)).is_file() and month_file(tmp_path, date(2026, 12, 1)).is_file()


def test_the_typed_text_is_kept_only_for_a_search_that_found_nobody(tmp_path):
    a_day(tmp_path, Wall(datetime(2026, 11, 30, 23, 30)))
    (hour, _) = read_hours(tmp_path, date(2026, 11, 30))
    assert hour.searches == 2
    assert dict(hour.not_found) == {"Zhang Wei": 1}
    written = "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("*.jsonl"))
    assert "fan li" not in written  # a search that found someone leaves no trace of what was typed


def test_today_starts_afresh_after_midnight_and_a_restart_reads_what_today_already_counted(tmp_path):
    wall = Wall(datetime(2026, 11, 30, 23, 50))
    visits = Visits(tmp_path, "HDMI-1", clock=wall)
    visits.tap("spring")
    assert visits.today.taps == {"spring": 1}
    wall.advance(minutes=20)  # 00:10
    visits.tap("summer")
    assert visits.today.taps == {"summer": 1}
    visits.close()
    again = Visits(tmp_path, "HDMI-1", clock=wall)
    assert again.today.taps == {"summer": 1}
    assert Visits(tmp_path, "HDMI-2", clock=wall).today.taps == {}  # another screen counts on its own


def test_lines_of_the_same_hour_from_two_runs_are_added(tmp_path):
    wall = Wall(datetime(2026, 12, 1, 10, 0))
    for _ in range(2):
        visits = Visits(tmp_path, "HDMI-1", clock=wall)
        visits.tap("spring")
        wall.advance(minutes=1)
        visits.close()
    (hour,) = read_hours(tmp_path, date(2026, 12, 1))
    assert hour.taps == {"spring": 2}


def test_lines_that_are_not_ours_are_skipped_and_nothing_is_written_for_an_empty_hour(tmp_path):
    wall = Wall(datetime(2026, 12, 1, 10, 0))
    Visits(tmp_path, "HDMI-1", clock=wall).close()
    assert list(tmp_path.iterdir()) == []
    month_file(tmp_path, date(2026, 12, 1)).write_text(
        '{"hour": "2026-12-01T09:00", "screen": "x", "taps": {"spring": 3}}\n{"hour": \nnot json\n[1]\n',
        encoding="utf-8")
    assert [h.taps for h in read_hours(tmp_path, date(2026, 12, 1))] == [{"spring": 3}]


def test_month_files_older_than_two_years_are_deleted(tmp_path):
    for name in ("visits-2024-11.jsonl", "visits-2024-12.jsonl", "visits-2026-12.jsonl", "notes.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    forget_old(tmp_path, date(2026, 12, 1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.jsonl", "visits-2024-12.jsonl",
                                                         "visits-2026-12.jsonl"]


def test_the_report_prints_a_table_and_the_csv_reads_back(tmp_path):
    a_day(tmp_path / "visits", Wall(datetime(2026, 11, 30, 23, 30)))
    hours = list(read_hours(tmp_path / "visits", date(2026, 11, 30)))
    out = io.StringIO()
    print_report(hours, date(2026, 11, 30), out)
    text = out.getvalue()
    assert "gallery" in text and "0:28:00" in text  # the gallery's time with visitors, both hours together
    assert "'Zhang Wei'" in text and "Searches: 2, of which 1 found nobody" in text
    path = tmp_path / "visits.csv"
    count = write_csv(hours, path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        read = list(csv.DictReader(file))
    assert len(read) == count
    assert {"date": "2026-11-30", "hour": "23", "screen": "HDMI-1", "what": "found-nobody", "item": "Zhang Wei",
            "count": "1", "seconds": ""} in read
    assert {(r["date"], r["what"], r["item"], r["seconds"]) for r in read if r["what"] == "shown"} >= {
        ("2026-11-30", "shown", "attract:spring", "600"), ("2026-12-01", "shown", "closed", "1500")}


def test_proof_of_show_gives_a_line_per_day_and_screen(tmp_path):
    a_day(tmp_path, Wall(datetime(2026, 11, 30, 23, 30)))
    lines = proof_of_show(read_hours(tmp_path, date(2026, 11, 30)))
    assert lines == [
        "2026-11-30 HDMI-1: on screen 0:30:00 (attract loop 0:10:00, with visitors 0:20:00): gallery 0:18:00, "
        "spring 0:10:00, title 0:02:00; black-out 0:00:00; closed (outside opening hours) 0:00:00",
        "2026-12-01 HDMI-1: on screen 0:10:00 (attract loop 0:00:00, with visitors 0:10:00): gallery 0:10:00; "
        "black-out 0:05:00; closed (outside opening hours) 0:25:00",
    ]


def test_the_clock_set_back_counts_no_negative_time(tmp_path):
    wall = Wall(datetime(2026, 12, 1, 10, 30))
    visits = Visits(tmp_path, "s", clock=wall)
    visits.showing("visitors:spring")
    wall.advance(minutes=-20)
    visits.showing("visitors:summer")
    wall.advance(minutes=5)
    visits.close()
    (hour,) = read_hours(tmp_path, date(2026, 12, 1))
    assert hour.seconds == {"summer": 300}
    assert all(json.loads(line)["hour"] == "2026-12-01T10:00"
               for line in month_file(tmp_path, date(2026, 12, 1)).read_text(encoding="utf-8").splitlines())
