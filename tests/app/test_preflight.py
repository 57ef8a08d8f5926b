"""`huzhou-viewer preflight`: every step rendered offscreen, and what would look wrong reported with its source."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from huzhou_viewer.qt.stage.preflight_command import preflight
from huzhou_viewer.qt.stage.preflight_sheet import sheet_size
from tests.conftest import BUNDLED_PACK, ROOT
from tests.packfactory import PICTURE_BYTES, edit, line_of, write_pack
from tests.qtsupport import font_family

SMALL = ((640, 360),)
LONG_TITLE = ("A very long title " * 23)[:400]


def run_preflight(pack, sizes=SMALL, languages=("en",), **options):
    out, err = io.StringIO(), io.StringIO()
    code = preflight(pack, sizes, list(languages), font_family(), out=out, err=err, **options)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def long_title_pack(tmp_path):
    pack = write_pack(tmp_path / "pack")
    edit(pack, "scenes/opening.yaml", "  en: A year in Huzhou", f"  en: {LONG_TITLE}")
    return pack


@pytest.mark.slow
def test_the_bundled_pack_is_ready_at_two_sizes():
    result = subprocess.run(
        [sys.executable, "-m", "huzhou_viewer", "preflight", str(BUNDLED_PACK), "--sizes", "1280x720,1920x1080"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ready for the show" in result.stdout
    # One progress line per size and language.
    assert sum(line.startswith("preflight: ") for line in result.stderr.splitlines()) == 4


def test_an_overlong_title_fails_with_its_file_and_line(qapp, long_title_pack, tmp_path):
    records = tmp_path / "texts.json"
    code, out, err = run_preflight(long_title_pack, json_path=records)
    line = line_of(long_title_pack, "scenes/opening.yaml", LONG_TITLE[:20])
    assert code == 1
    reported = [row for row in out.splitlines() if f"scenes/opening.yaml:{line}: text: 'A very long" in row]
    assert reported and ("is elided" in reported[0] or "overflows" in reported[0] or "leaves" in reported[0])
    assert "NOT READY" in out and "640x360 en" in err
    rows = json.loads(records.read_text(encoding="utf-8"))
    title = [r for r in rows if r["text"] == LONG_TITLE]
    assert any(r["clipped"] for r in title)
    assert {r["source"] for r in title} == {f"scenes/opening.yaml:{line}"}
    assert {"scene", "step", "size", "language", "text", "pixel_size", "box", "clipped", "source"} <= set(rows[0])
    clipped = next(r for r in title if r["clipped"])
    assert clipped["scene"] == "opening" and clipped["size"] == "640x360" and clipped["language"] == "en"
    assert clipped["pixel_size"] > 0 and len(clipped["box"]) == 4 and clipped["problems"]


def test_the_report_speaks_the_language_asked_for_and_keeps_its_places(qapp, long_title_pack):
    _, english, english_progress = run_preflight(long_title_pack)
    code, german, german_progress = run_preflight(long_title_pack, report_language="de")
    assert code == 1
    english_lines, german_lines = english.splitlines(), german.splitlines()
    assert len(german_lines) == len(english_lines)
    for said_in_english, said_in_german in zip(english_lines, german_lines, strict=True):
        assert said_in_german != said_in_english
        if ": text: " in said_in_english and ".yaml:" in said_in_english.split(": text: ")[0]:  # stays, for tools
            prefix = said_in_english[:said_in_english.index(": text: ") + len(": text: ")]
            assert said_in_german.startswith(prefix)
    assert "NOT READY" not in german and "640x360 en" in german_progress
    assert german_progress != english_progress


def test_each_frame_is_checked_on_the_audience_screen_and_on_a_touch_screen(qapp, long_title_pack, tmp_path):
    records = tmp_path / "texts.json"
    run_preflight(long_title_pack, json_path=records)
    rows = json.loads(records.read_text(encoding="utf-8"))
    title = [(r["chrome"], r["step"]) for r in rows if r["text"] == LONG_TITLE]
    assert {chrome for chrome, _ in title} == {"none", "touch"}
    assert sorted(step for chrome, step in title if chrome == "none") == sorted(
        step for chrome, step in title if chrome == "touch")


def test_text_drawn_smaller_than_the_back_row_reads_is_reported_with_its_line(qapp, tmp_path):
    """A story's side of three wordy figures and a person, beside its picture, is drawn smaller to fit."""
    from tests.stage.test_story_layout import story_pack

    pack = story_pack(tmp_path / "p", 1, 3)
    code, out, _ = run_preflight(pack, sizes=((1920, 1080),))
    caption = line_of(pack, "scenes/spring.yaml", "caption: {en: villages cleaned up")
    small = [row.strip() for row in out.splitlines() if "too small for the back row" in row]
    assert code == 1
    # Said once for the side drawn smaller, by its first text, not once for each of its dozen texts.
    assert len(small) == 1 and small[0].startswith(f"scenes/spring.yaml:{caption}: text: 'villages cleaned up along")
    assert "and the texts with it are drawn under 36 px" in small[0] and "cut what stands with them" in small[0]
    assert "on the audience screen" in small[0]  # the touch screen is read from arm's length


def test_a_picture_smaller_than_its_slot_is_reported(qapp, tmp_path):
    pack = write_pack(tmp_path / "pack")  # its pictures are 1 x 1 pixel
    code, out, _ = run_preflight(pack)
    line = line_of(pack, "scenes/spring.yaml", "picture: pictures/village.png")
    assert code == 1
    assert any(row.strip().startswith(f"scenes/spring.yaml:{line}: picture: village.png is 1x1 pixels, smaller "
                                      "than its slot") for row in out.splitlines()), out


@pytest.mark.qt_log_ignore("Failed to get image from provider")
def test_a_picture_that_does_not_decode_is_reported(qapp, tmp_path):
    pack = write_pack(tmp_path / "pack", {"pictures/village.png": PICTURE_BYTES[:45]})  # header whole, data cut
    code, out, _ = run_preflight(pack)
    assert code == 1
    assert "village.png does not decode" in out


def test_a_character_no_font_has_is_reported(qapp, tmp_path):
    pack = write_pack(tmp_path / "pack")
    edit(pack, "scenes/opening.yaml", "  en: A year in Huzhou", "  en: A year in Huzhou \ue000")
    code, out, _ = run_preflight(pack)
    line = line_of(pack, "scenes/opening.yaml", "A year in Huzhou")
    assert code == 1
    assert f"scenes/opening.yaml:{line}: font: no font draws '\ue000' (U+E000)" in out


def test_the_contact_sheet_has_every_step_on_both_screens(qapp, tmp_path):
    pack = write_pack(tmp_path / "pack")
    sheet = tmp_path / "sheet.png"
    run_preflight(pack, sheet_path=sheet)
    image = QImage(str(sheet))
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.show.present import build_deck

    frames = sum(build_deck(load_pack(pack)).step_counts)
    assert (image.width(), image.height()) == sheet_size(2 * frames, SMALL[0])  # the audience's, the touch screen's


def test_a_pack_with_errors_prints_them_as_validate_does(qapp, tmp_path):
    pack = write_pack(tmp_path / "pack")
    edit(pack, "scenes/opening.yaml", "kind: title", "kind: titel")
    code, out, _ = run_preflight(pack)
    assert code == 1
    assert "scenes/opening.yaml:2:7: error:" in out and "FAILED" in out


def test_a_missing_pack_or_language_is_a_usage_error(qapp, tmp_path):
    assert run_preflight(tmp_path / "nowhere")[0] == 2
    assert run_preflight(write_pack(tmp_path / "pack"), languages=("fr",))[0] == 2


def test_a_shown_text_is_traced_to_its_pack_line_by_its_wording(tmp_path):
    from huzhou_viewer.content.detailed import read_detailed
    from huzhou_viewer.content.sources import pack_sources

    pack = write_pack(tmp_path / "pack")
    detailed = read_detailed(pack)
    sources = pack_sources(detailed.parts, detailed.where)
    title = f"scenes/opening.yaml:{line_of(pack, 'scenes/opening.yaml', 'A year in Huzhou')}"
    assert sources.text("A year in Huzhou") == title  # exactly
    assert sources.text("Opening · A year in Huzhou") == title  # composed with the program's words
    assert sources.text("河道清理 →") == f"scenes/spring.yaml:{line_of(pack, 'scenes/spring.yaml', '河道清理')}"
    assert sources.text("← All honourees") is None  # the program's own words
    assert sources.picture(pack / "pictures" / "village.png") == (
        f"scenes/spring.yaml:{line_of(pack, 'scenes/spring.yaml', 'picture:')}")


def test_the_command_line_of_preflight():
    from huzhou_viewer.cli import PREFLIGHT_SIZES, parse_args

    ns = parse_args(["preflight"])
    assert ns.command == "preflight" and ns.pack is None and ns.sizes == PREFLIGHT_SIZES and ns.languages is None
    ns = parse_args(["preflight", "p", "--sizes", "1280x720, 1920x1080", "--lang", "en,zh-Hans", "--json", "t.json",
                     "--sheet", "s.png", "--sheet-size", "1280x720"])
    assert ns.pack == "p" and ns.sizes == ((1280, 720), (1920, 1080)) and ns.languages == ["en", "zh-Hans"]
    assert str(ns.json) == "t.json" and str(ns.sheet) == "s.png" and ns.sheet_size == (1280, 720)


def test_program_words_a_language_shows_in_english_are_reported_where_the_language_is_listed(qapp, tmp_path):
    pack = write_pack(tmp_path / "pack")
    edit(pack, "pack.yaml", "languages: [en, zh-Hans]", "languages: [en, zh-Hans,\n  nl]")
    code, out, _ = run_preflight(pack, languages=("nl",))
    line = line_of(pack, "pack.yaml", "  nl]")
    assert code == 1
    reported = [row.strip() for row in out.splitlines() if ": words: " in row]
    assert len(reported) == 1 and reported[0].startswith(f"pack.yaml:{line}: words: 'nl' shows ")
    assert "source" in reported[0]  # the keys, as words: takes them
    assert "program words shown in English: 1" in out


def test_a_language_with_its_catalogue_has_no_words_in_english(qapp, tmp_path):
    pack = write_pack(tmp_path / "pack")
    _, out, _ = run_preflight(pack, languages=("zh-Hans",))
    assert ": words: " not in out


def test_the_program_s_derived_word_is_not_traced_to_a_pack_line_that_merely_contains_it(tmp_path):
    """A French pack's note says "calculée"; the badge "calculé" on a derived figure is the program's word, not
    that line's: a problem with the badge is reported with no pack source, not at the note."""
    from huzhou_viewer.content.detailed import read_detailed
    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.content.sources import pack_sources
    from huzhou_viewer.qt.stage.preflight import _Collector, _program_labels
    from huzhou_viewer.show.present import build_deck

    pack = write_pack(tmp_path / "pack")
    detailed = read_detailed(pack)
    sources = pack_sources(detailed.parts, detailed.where)
    sources.texts["La couverture est calculée à partir des vaccinés."] = ["scenes/spring.yaml:40"]
    labels = _program_labels(build_deck(load_pack(pack)).scenes("en"))
    assert "derived" in labels  # the badge's word, as the deck hands it to the stage
    found = _Collector(sources, frozenset(labels | {"calculé"}))
    assert sources.text("calculé") == "scenes/spring.yaml:40"  # by wording alone it would be
    assert found.text_source("calculé") is None
    title = f"scenes/opening.yaml:{line_of(pack, 'scenes/opening.yaml', 'A year in Huzhou')}"
    assert found.text_source("A year in Huzhou") == title


def test_words_written_in_two_scenes_are_traced_to_the_scene_they_were_seen_in(tmp_path):
    """A unit ("patients") or a caption the pack writes in two scenes: each scene's report names its own line."""
    from huzhou_viewer.content.detailed import read_detailed
    from huzhou_viewer.content.sources import pack_sources

    pack = write_pack(tmp_path / "pack")
    edit(pack, "scenes/closing.yaml", "title: {en: Thank you,", "title: {en: Rivers cleaned,")
    detailed = read_detailed(pack)
    sources = pack_sources(detailed.parts, detailed.where)
    spring = f"scenes/spring.yaml:{line_of(pack, 'scenes/spring.yaml', 'Rivers cleaned')}"
    closing = f"scenes/closing.yaml:{line_of(pack, 'scenes/closing.yaml', 'Rivers cleaned')}"
    assert sources.text("Rivers cleaned", "closing") == closing
    assert sources.text("Rivers cleaned", "spring") == spring
    assert sources.text("Rivers cleaned") == spring  # seen nowhere in particular: the first
    assert sources.text("Rivers cleaned", "opening") == spring  # not in that scene's file: the first


def test_a_text_drawn_under_the_floor_alone_is_told_as_one_and_a_box_of_them_as_many(tmp_path):
    """The floor's message speaks of one text as "it", of a box drawn smaller as "them"."""
    from PySide6.QtGui import QFont

    from huzhou_viewer.content.detailed import read_detailed
    from huzhou_viewer.content.sources import pack_sources
    from huzhou_viewer.qt.stage.preflight import Place, _check_floor, _Collector
    from huzhou_viewer.qt.stage.text_fit import TextFit

    detailed = read_detailed(write_pack(tmp_path / "pack"))
    found = _Collector(pack_sources(detailed.parts, detailed.where))
    place = Place((1920, 1080), "en", "spring", 1)

    def fit(text: str, x: float, shrunk_in: int) -> TextFit:
        return TextFit("", text, 20.0, 20.0, shrunk_in, (x, 10.0, 100.0, 20.0), QFont())

    _check_floor([fit("alone", 0, 0), fit("first", 0, 1), fit("second", 200, 1)], place, found)
    alone, box = (finding.message for finding in found.by_key.values())
    assert "'alone' is drawn under 36 px" in alone and "fit its room: shorten it, or cut what stands with it" in alone
    assert "'first' and the texts with it" in box and "shorten them, or cut what stands with them" in box


def test_the_places_a_finding_was_seen_in_are_counted_in_each_language():
    from huzhou_viewer.content.messages import said
    from huzhou_viewer.qt.stage.preflight import Finding, Place

    places = [Place((1920, 1080), "en", "spring", step) for step in (1, 2)]
    finding = Finding("text", "scenes/spring.yaml:3", said("is elided"), places)
    assert finding.line().endswith("(spring step 1 at 1920x1080 en on the audience screen; 2 places in all)")
    assert finding.line("de").endswith("; insgesamt 2 Stellen)")
    assert "موضعان" in finding.line("ar")  # Arabic's dual: the count has its own form for two
