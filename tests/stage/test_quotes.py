"""Quotation marks as each language sets them: proportional in English (the bundled CJK font alone would draw
“ ” an em wide beside their words), full width in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from huzhou_viewer.qt.stage.text_fit import items, shown
from tests.qtsupport import font_family, make_stage, settle

SPRING, FAN_LI = 1, 5  # the spring scene's story that opens with a quotation


def quoted_texts(stage) -> list:
    return [item for item in items(stage.view.rootObject())
            if shown(item) and "\u201c" in str(item.property("text") or "") and item.property("font") is not None]


@pytest.mark.parametrize(("language", "narrow"), [("en", True), ("zh-Hans", False)])
def test_quotes_are_proportional_in_english_and_full_width_in_chinese(qapp, bundled_pack_dir, language, narrow):
    stage = make_stage(bundled_pack_dir, (1920, 1080), language=language)
    try:
        settle(stage)
        stage.controller.goTo(SPRING, FAN_LI)
        settle(stage)
        found = quoted_texts(stage)
        assert found, "no quotation on the story's step"
        for item in found:
            metrics = QFontMetricsF(item.property("font"))
            quote, letter = metrics.horizontalAdvance("\u201c"), metrics.horizontalAdvance("n")
            ideograph = metrics.horizontalAdvance("\u4e2d")
            if narrow:
                assert quote < letter, (item.property("text")[:40], quote, letter)
            else:
                assert quote > 0.9 * ideograph, (item.property("text")[:40], quote, ideograph)
            # Every other character still comes from the bundled font, not from whatever the system has.
            bundled = QFont(item.property("font"))
            bundled.setFamily(font_family())
            letters = "Agy中"
            assert metrics.horizontalAdvance(letters) == QFontMetricsF(bundled).horizontalAdvance(letters)
            assert metrics.height() == QFontMetricsF(bundled).height()
    finally:
        stage.close()


def test_the_latin_quotes_face_holds_only_quotation_marks():
    from fontTools.ttLib import TTFont

    from huzhou_viewer import resources

    files = resources.quote_font_files()
    assert len(files) == 2
    for path in files:
        assert set(TTFont(path).getBestCmap()) <= {*range(0x2018, 0x2020), 0x2039, 0x203A}
