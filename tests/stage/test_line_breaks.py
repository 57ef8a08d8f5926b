"""Lines break where a reader expects, as Qt really lays them out and draws them: a German compound with a
hyphen, a Chinese heading never with one or two characters left alone on its last line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickView

from huzhou_viewer.content.marks import SHY, WJ, unbroken
from huzhou_viewer.qt.stage.line_breaks import bad_breaks, lines_of
from huzhou_viewer.qt.stage.stage import register_qml_types
from huzhou_viewer.show.breaks import prepare
from tests.germanpack import FRUEHLING_YAML, write_german_pack
from tests.qtsupport import find, font_family, make_stage, settle

COMPOUND = "Kreislaufwirtschaftsgesetzgebung"
HEADING = "湖州以绿色发展推动共同富裕的实践与探索之路"


@pytest.fixture
def texts(qapp, tmp_path):
    """A bare QQuickView of three Texts in the bundled font, set from the test; grab(i) is Text i's pixels."""
    qml = tmp_path / "texts.qml"
    qml.write_text(
        "import QtQuick\nRectangle {\n  width: 1400; height: 900; color: 'white'\n"
        + "".join(f"  Text {{ objectName: 't{i}'; y: {i * 300}; font.family: '{font_family()}'; "
                  "font.pixelSize: 48; wrapMode: Text.Wrap; textFormat: Text.PlainText; color: 'black' }\n"
                  for i in range(3)) + "}\n", encoding="utf-8")
    register_qml_types()  # before this first engine, or a stage's engine made later cannot use the module
    view = QQuickView()
    view.setSource(QUrl.fromLocalFile(str(qml)))
    view.show()
    root = view.rootObject()
    found = {i: root.findChild(object, f"t{i}") for i in range(3)}

    def grab(i: int) -> QImage:
        item = found[i]
        image = view.grabWindow()
        return image.copy(0, int(item.y()), 1400, 300)

    yield found, grab
    view.close()


def test_qt_draws_a_hyphen_where_it_breaks_at_a_soft_hyphen(texts):
    found, grab = texts
    width = 420  # "Kreislauf-" fits, "Kreislaufwirtschaft" does not
    for i, text in enumerate((f"Kreislauf{SHY}wirtschaft", "Kreislauf-\nwirtschaft", "Kreislaufwirtschaft")):
        found[i].setProperty("width", width)
        found[i].setProperty("text", text)
    images = [grab(i) for i in range(3)]
    assert found[0].property("lineCount") == 2
    assert images[0] == images[1]  # the soft hyphen's break looks like a hyphen written at a line's end
    assert images[0] != images[2]  # and unlike Qt's own break of a word it cannot fit


def test_a_word_joiner_keeps_characters_together_and_draws_nothing(texts):
    found, grab = texts
    for i, text in enumerate(("青山绿水", f"青山绿{WJ}水", "青山绿水")):
        found[i].setProperty("width", 1200)
        found[i].setProperty("text", text)
    assert grab(0) == grab(1)  # nothing drawn for the joiner
    width = 48 * 3 + 10  # three characters a line
    font = found[0].property("font")
    assert lines_of("青山绿水", font, width) == ["青山绿", "水"]
    assert lines_of(f"青山绿{WJ}水", font, width) == ["青山", f"绿{WJ}水"]


def test_a_chinese_heading_never_ends_on_one_or_two_characters_at_any_width(texts):
    found, _ = texts
    item = found[0]
    item.setProperty("text", prepare(HEADING, "zh-Hans", "heading"))
    lonely_without = 0
    for width in range(150, 1100, 13):
        item.setProperty("width", width)
        lines = lines_of(item.property("text"), item.property("font"), width)
        assert len(lines) == item.property("lineCount")  # the layout Qt's Text item made itself
        if len(lines) > 1:
            assert len(unbroken(lines[-1])) >= 3, (width, lines)
        plain = lines_of(HEADING, item.property("font"), width)
        lonely_without += len(plain) > 1 and len(plain[-1]) <= 2
    assert lonely_without > 0  # the same heading unprepared would have, at some of these widths


def test_a_japanese_heading_breaks_at_its_space_not_inside_a_phrase(texts):
    """冬から春へ　流行の波を越えて on a portrait stage broke as 冬から春へ　流 / 行の波を越えて: the writer's space is
    the break, and each phrase stands whole on its line at any width that holds it."""
    heading = "冬から春へ\u3000流行の波を越えて"
    found, _ = texts
    item = found[0]
    item.setProperty("text", prepare(heading, "ja", "heading"))
    split_without = 0
    for width in range(48 * 8 + 10, 1100, 13):  # from eight characters a line (the longer phrase) up
        lines = [unbroken(line).strip("\u3000 ") for line in lines_of(item.property("text"), item.property("font"),
                                                                       width)]
        assert lines in (["冬から春へ\u3000流行の波を越えて"], ["冬から春へ", "流行の波を越えて"]), (width, lines)
        plain = lines_of(heading, item.property("font"), width)
        split_without += len(plain) > 1 and plain[-1].strip() != "流行の波を越えて"
    assert split_without > 0  # unprepared, Qt breaks inside the phrase at some of these widths


def test_a_german_compound_in_a_story_title_breaks_with_a_hyphen_on_a_portrait_stage(qapp, tmp_path):
    scene = FRUEHLING_YAML.replace("blocks:\n", f"blocks:\n  - kind: story\n    title: {COMPOUND}\n"
                                   "    body: Die Stadtwerke haben die Wasserversorgungsanlagen erneuert.\n", 1)
    stage = make_stage(write_german_pack(tmp_path / "p", files={"scenes/fruehling.yaml": scene}), (1080, 1920))
    try:
        settle(stage)
        stage.controller.goTo(1, 1)
        settle(stage)
        title = find(stage, "storyTitle")
        lines = lines_of(title.property("text"), title.property("font"), title.width())
        assert title.property("lineCount") == len(lines) >= 2
        assert all(line.endswith(SHY) for line in lines[:-1])  # each break shows a hyphen
        assert len(lines[-1]) >= 6  # and leaves no scrap of the word alone
        assert bad_breaks(title) == [] and bad_breaks(find(stage, "storyBody")) == []
        plain = lines_of(COMPOUND, title.property("font"), title.width())
        assert plain[0][-1].isalpha() and plain[1][0].isalpha()  # unprepared, Qt would cut it anywhere
    finally:
        stage.close()


def test_devanagari_on_the_stage_is_shaped_into_its_conjuncts(qapp):
    from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

    if "Noto Sans Devanagari" not in QFontDatabase.families():
        pytest.skip("no Devanagari face installed (Debian: fonts-noto-core)")

    def glyphs(text: str) -> int:
        layout = QTextLayout(text, QFont(font_family(), 48))  # the stage's font, falling back for Devanagari
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        return sum(len(run.glyphIndexes()) for run in layout.glyphRuns())

    assert glyphs("क्ष") == 1  # ka, virama and ssa: one conjunct
    assert glyphs("क्\u200cष") >= 3  # kept apart by a zero-width non-joiner: the letters and the virama


def test_a_label_is_set_a_size_smaller_rather_than_hyphenated_where_that_keeps_its_word_whole(qapp):
    from PySide6.QtGui import QFont

    from huzhou_viewer.qt.stage.line_breaks import fitted_size, line_widths

    font = QFont(font_family())
    font.setBold(True)
    font.setPixelSize(36)
    word = prepare("Printemps", "fr", "tab")
    assert SHY in word  # a tab's word may break at its hyphenation points
    whole_at_36 = line_widths(unbroken(word), font, 1e6)[0]
    small = QFont(font)
    small.setPixelSize(30)
    width = (line_widths(unbroken(word), small, 1e6)[0] + whole_at_36) / 2  # whole at 30 px, not at 36
    size = fitted_size(word, font, width, 200, 0.9, 28)
    small.setPixelSize(size)
    assert 30 <= size < 36 and lines_of(word, small, width) == [word]
    # A word no size down to the floor keeps whole still breaks at its hyphen, at the largest size that allows.
    assert fitted_size(word, font, line_widths(unbroken(word), small, 1e6)[0] * 0.7, 200, 0.9, 28) > 28
