"""Headings of two lines are balanced (CSS's `text-wrap: balance`): two lines of about one width, never a full
line over a word or two alone, in English, German and Chinese, and no heading gains a line by it."""

from __future__ import annotations

import itertools

import pytest

from huzhou_viewer.qt.stage.line_breaks import line_widths
from tests.packfactory import edit, write_pack
from tests.qtsupport import find, make_stage, settle

# Titles that break at the full width into a long first line and a short second one (checked: the test can fail).
TITLES = {
    "en": "Clean water returns to every village",
    "de": "Sauberes Wasser fließt wieder durch jedes Dorf",
    "zh-Hans": "湖州以绿色发展推动共同富裕之路",
}
# The season's title, shown large as its opening and then as the heading over its blocks.
SEASON_TITLES = {
    "en": "A spring of new jobs in the villages around the lake",
    "de": "Ein Frühling mit neuen Stellen in den Dörfern am See",
    "zh-Hans": "春天里湖边的乡村新增了许多就业岗位和创业机会呀",
}
UNEVEN = 0.7  # the shorter of two lines at least this share of the longer one's width


def _mapping(texts: dict[str, str]) -> str:
    return "{" + ", ".join(f'{language}: "{text}"' for language, text in texts.items()) + "}"


@pytest.fixture
def pack(tmp_path):
    folder = write_pack(tmp_path)
    edit(folder, "pack.yaml", "languages: [en, zh-Hans]", "languages: [en, de, zh-Hans]")
    edit(folder, "scenes/opening.yaml", "title:\n  en: A year in Huzhou\n  zh-Hans: 湖州这一年",
         f"title: {_mapping(TITLES)}")
    edit(folder, "scenes/spring.yaml", "title: {en: Spring, zh-Hans: 春}", f"title: {_mapping(SEASON_TITLES)}")
    return folder


def _lines(item, width: float) -> list[float]:
    return line_widths(str(item.property("text")), item.property("font"), width)


@pytest.mark.parametrize("language", ["en", "de", "zh-Hans"])
def test_a_two_line_heading_has_lines_of_about_one_width(qapp, pack, language):
    stage = make_stage(pack, language=language)
    try:
        uneven = 0  # headings of two lines that Qt alone would break unevenly
        for size in ((1920, 1080), (1080, 1920)):
            stage.view.resize(*size)
            for scene, step, name in (("opening", 0, "heroTitle"), ("spring", 0, "heroTitle"),
                                      ("spring", 1, "compactTitle")):
                stage.controller.goTo(stage.controller.deck.scene_ids.index(scene), step)
                settle(stage)
                title = find(stage, name)
                room = title.parentItem().width()  # the heading's whole width, as it was before balancing
                before, after = _lines(title, room), _lines(title, title.width())
                where = f"{size[0]}x{size[1]} {scene} {name}"
                assert title.property("lineCount") == len(before), f"{where}: gained a line"
                assert not title.property("truncated"), where
                if len(before) == 2:
                    uneven += min(before) / max(before) < UNEVEN
                    assert min(after) / max(after) >= UNEVEN, f"{where}: lines of {after} px"
        assert uneven, "no heading breaks unevenly at this size without balancing: the titles test nothing"
    finally:
        stage.close()


CLOSING = "，。、；：！？）」』》"
OPENING = "（「『《"


def test_balancing_breaks_chinese_between_characters_never_at_punctuation_and_latin_only_between_words(qapp):
    from PySide6.QtGui import QFont

    from huzhou_viewer.qt.stage.line_breaks import balanced_width, lines_of
    from tests.qtsupport import font_family

    font = QFont(font_family())
    font.setPixelSize(72)
    for text, width in (("湖州以「绿色发展」推动共同富裕，走出一条新路。", 1400),
                        ("Clean water returns to every village", 1000)):
        lines = lines_of(text, font, balanced_width(text, font, width))
        assert len(lines) == len(lines_of(text, font, width)) == 2
        for line, following in itertools.pairwise(lines):
            assert following[0] not in CLOSING and line.rstrip()[-1] not in OPENING, lines
            assert line.endswith(" ") or not text.isascii(), lines  # Latin: between words


def test_balancing_hyphenates_no_word_that_the_full_width_keeps_whole(qapp):
    from PySide6.QtGui import QFont

    from huzhou_viewer.content.marks import SHY
    from huzhou_viewer.qt.stage.line_breaks import balanced_width, lines_of
    from huzhou_viewer.show.breaks import prepare
    from tests.qtsupport import font_family

    font = QFont(font_family())
    font.setPixelSize(72)
    font.setBold(True)
    text = prepare("Ein Frühling neuer Arbeitsplätze in den Dörfern am See", "de", "heading")
    assert SHY in text  # "Arbeitsplätze" may break, and a narrower width would break it
    assert not any(line.endswith(SHY) for line in lines_of(text, font, 1412))
    lines = lines_of(text, font, balanced_width(text, font, 1412))
    assert len(lines) == 2 and not any(line.endswith(SHY) for line in lines), lines
