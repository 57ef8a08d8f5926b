"""The PDF handout as the press gets it, read back with poppler: pages, text, fonts, metadata, pictures."""

import os
import shutil
import stat
import subprocess

import pytest
from PIL import Image, ImageStat

from huzhou_viewer import resources
from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.show.deck_cache import load_deck
from tests.app.test_program import run

pytestmark = pytest.mark.slow


def poppler(tool, *args):
    assert shutil.which(tool), f"{tool} is missing: tools/system-deps.sh installs poppler-utils"
    result = subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def flat(text):
    # A line break set in a paragraph is no difference, nor are the stage's break characters (a page sets its own).
    return "".join(unbroken(text).split())


@pytest.fixture(scope="module")
def deck():
    return load_deck(resources.bundled_pack(), None)


def export(tmp_path, *args):
    out = tmp_path / "press" / "handout.pdf"
    before = os.umask(0o022)
    try:
        result = run("export", "--format", "pdf", "--size", "1920x1080", "--out", str(out), *args)
    finally:
        os.umask(before)
    assert result.returncode == 0, result.stderr[-800:]
    return out, result.stderr


def gallery_view(deck, language):
    return next(view for view in deck.scenes(language) if view["kind"] == "gallery")


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_the_handout_has_every_scene_the_honourees_and_the_notes_as_text(tmp_path, deck, language):
    out, stderr = export(tmp_path, "--notes", "--lang", language)
    info = poppler("pdfinfo", str(out))
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= len(deck.scene_ids) + 1  # a page a scene, and the honourees' pages
    assert f"Title:           {deck.title(language)}" in info
    assert "2024-02-07" in poppler("pdfinfo", "-meta", str(out))  # the pack's date
    text = flat(poppler("pdftotext", str(out), "-"))
    first = gallery_view(deck, language)["people"][0]
    assert flat(first["name"]) in text and flat(first["citation"]) in text
    spring = deck.scenes(language)[1]
    assert spring["notes"] and flat(spring["notes"]) in text  # selectable, searchable notes
    charts = [b["description"] for v in deck.scenes(language) for b in v["blocks"] if b["kind"] == "chart"]
    # Each chart in words too (pdftotext joins a word hyphenated at a line's end, its own hyphen with it).
    assert charts and all(flat(d).replace("-", "") in text.replace("-", "") for d in charts)
    fonts = poppler("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # every font embedded
    assert any("HuzhouViewerSans" in line for line in fonts)
    # English quotes from the Latin quotes face, not the CJK font's full-width ones (the notes quote the theme).
    assert any("HuzhouViewerQuotes" in line for line in fonts) == (language == "en"), fonts
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # the press folder's readers can open it
    assert [p.name for p in out.parent.iterdir()] == ["handout.pdf"]  # nothing half-written left
    assert f"({pages} pages)" in stderr and "1/7" in stderr


def test_without_notes_the_scenes_are_landscape_pictures_at_print_resolution(tmp_path, deck):
    out, _ = export(tmp_path, "--lang", "en")
    assert "842 x 595 pts (A4)" in poppler("pdfinfo", str(out))
    images = poppler("pdfimages", "-list", str(out)).splitlines()[2:]
    assert len(images) == len(deck.scene_ids) and all(line.split()[3:5] == ["1920", "1080"] for line in images)
    assert flat(deck.scenes("en")[1]["notes"]) not in flat(poppler("pdftotext", str(out), "-"))
    poppler("pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", str(out), str(tmp_path / "page"))
    page = Image.open(next(tmp_path.glob("page*.png")))
    assert max(ImageStat.Stat(page.convert("L")).stddev) > 10  # the title scene is on it, not a white page


def test_a_handout_in_traditional_chinese_from_a_pack_written_in_simplified(tmp_path, deck):
    out, _ = export(tmp_path, "--lang", "zh-Hant")
    text = flat(poppler("pdftotext", str(out), "-"))
    title = gallery_view(deck, "zh-Hant")["title"]
    assert title != gallery_view(deck, "zh-Hans")["title"] and flat(title) in text  # 看見身邊的奮鬥者


def test_notes_are_for_the_pdf_only_and_png_needs_a_size():
    assert run("export", "--out", "x").returncode == 2
    assert run("export", "--size", "320x180", "--notes", "--out", "x").returncode == 2


def test_an_honourees_photo_stands_beside_their_citation(tmp_path, example_pack_dir):
    out, _ = export(tmp_path, "--pack", str(example_pack_dir), "--lang", "en")
    example = load_deck(example_pack_dir, None)
    with_photo = [p for p in gallery_view(example, "en")["people"] if p["photo"]]
    images = [line.split() for line in poppler("pdfimages", "-list", str(out)).splitlines()[2:]]
    scenes = [i for i in images if i[3:5] == ["1920", "1080"]]
    photos = [i for i in images if int(i[3]) < 1920]  # decoded at the size the page shows, not the camera's
    assert with_photo and len(scenes) == len(example.scene_ids) and len(photos) == len(with_photo)


def test_each_paragraph_of_the_notes_starts_its_own_line(tmp_path, deck):
    out, _ = export(tmp_path, "--notes", "--lang", "en")
    lines = [line.strip() for line in poppler("pdftotext", str(out), "-").splitlines()]
    paragraphs = [p.strip() for v in deck.scenes("en") for p in v["notes"].split("\n") if p.strip()]
    assert len(paragraphs) > len(deck.scene_ids)  # some scene's notes have more than one paragraph
    # Each paragraph's opening words begin a line (they ran on after the last full stop before).
    assert all(any(line.startswith(" ".join(p.split()[:3])) for line in lines) for p in paragraphs)
