"""Charts drawn by a worker process into a cache folder (huzhou_viewer.charts.worker): the picture is the
one the show would draw itself, a second ask is read from the folder without drawing, a change of text or
size draws anew, and a chart that cannot be drawn says why in one line."""

from __future__ import annotations

import subprocess
from dataclasses import asdict

import pytest

from huzhou_viewer.charts import ChartTheme, worker
from huzhou_viewer.charts.draw import render_rgba
from huzhou_viewer.charts.fonts import register_fonts
from huzhou_viewer.charts.worker import ChartDrawError, draw_cached
from huzhou_viewer.resources import font_files

THEME = ChartTheme(background="#1A0E0C", surface="#2A1816", text="#F6EDE3", muted="#B9A89A",
                   accent="#6FBF73", gold="#D9B45A")
SPEC = {"kind": "chart", "chart": "bars", "id": "visitors", "title": "", "unit": "万人次", "orientation": "vertical",
        "items": [{"label": "2019年", "value": 152, "derived": False, "note": ""},
                  {"label": "2023年", "value": 1200, "derived": False, "note": ""}],
        "start": "", "total": None, "derivedLabel": "", "source": "", "sourceLabel": "", "note": ""}


def request(spec=SPEC, width=400, height=220):
    return {"spec": spec, "theme": asdict(THEME), "width": width, "height": height, "screen": 720.0,
            "fonts": [str(f) for f in font_files()]}


def test_a_chart_is_drawn_once_then_read_from_the_folder(tmp_path, monkeypatch):
    pixels, width, height = draw_cached(request(), tmp_path)
    register_fonts(font_files())
    assert (pixels, width, height) == render_rgba(SPEC, THEME, 400, 220, 720.0)  # as drawn in the show itself

    def no_worker(*args, **kwargs):
        raise AssertionError("the worker ran for a picture already in the folder")

    monkeypatch.setattr(subprocess, "run", no_worker)
    assert draw_cached(request(), tmp_path) == (pixels, width, height)


def test_other_text_or_size_is_drawn_anew(tmp_path):
    first = draw_cached(request(), tmp_path)
    english = {**SPEC, "unit": "10k visits", "items": [{**i, "label": i["label"].replace("年", "")}
                                                       for i in SPEC["items"]]}
    assert draw_cached(request(english), tmp_path)[0] != first[0]
    assert draw_cached(request(width=300), tmp_path)[1] == 300
    assert len(list(tmp_path.glob("*.rgba"))) == 3


def test_a_picture_drawn_by_another_matplotlib_is_drawn_anew(tmp_path, monkeypatch):
    """matplotlib's text layout changes between versions (3.11 began to join and order Arabic itself): a
    picture the cache kept from before an upgrade is not shown."""
    draw_cached(request(), tmp_path)
    ran = []
    monkeypatch.setattr(worker, "_matplotlib_version", lambda: "99.0")
    real_run = subprocess.run
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: ran.append(a) or real_run(*a, **k))
    draw_cached(request(), tmp_path)
    assert ran and len(list(tmp_path.glob("*.rgba"))) == 2


def test_the_folder_keeps_the_newest_pictures_within_its_bound(tmp_path, monkeypatch):
    first = draw_cached(request(), tmp_path)
    size = len(first[0]) + worker.HEADER.size
    monkeypatch.setattr(worker, "KEEP_BYTES", size * 2)
    for width in (300, 320):
        draw_cached(request(width=width), tmp_path)
    widths = sorted(worker.read_picture(p)[1] for p in tmp_path.glob("*.rgba"))
    assert widths == [300, 320]  # the oldest (400 wide) went


def test_a_chart_that_cannot_be_drawn_says_why(tmp_path):
    with pytest.raises(ChartDrawError, match="unknown chart kind 'pie'"):
        draw_cached(request({**SPEC, "chart": "pie"}), tmp_path)
    assert not list(tmp_path.glob("*.rgba"))


def test_a_damaged_picture_in_the_folder_is_drawn_again(tmp_path):
    pixels, _, _ = draw_cached(request(), tmp_path)
    (kept,) = tmp_path.glob("*.rgba")
    kept.write_bytes(kept.read_bytes()[:1000])  # a disk that filled up half-way
    assert draw_cached(request(), tmp_path)[0] == pixels
