"""A pack written in Japanese shows in the bundled font on a machine with no Japanese font: its kana and its
kanji, the everyday shinjitai among them that no Chinese character set has (込, 駅, 売, 読...), draw as
themselves, not as boxes, and `validate` has nothing to say about the font."""

from __future__ import annotations

from huzhou_viewer import resources
from huzhou_viewer.content.coverage import load_coverage
from huzhou_viewer.content.validate import validate_pack
from tests.packfactory import edit, write_pack
from tests.qtsupport import find, make_stage, settle

# Japanese as a programme would have it: kana, common kanji, and the Japanese simplified forms (shinjitai)
# outside GB2312 and Big5 that a Chinese subset lacks.
TITLE = "駅前の広場が込み合う一年"
STATEMENT = "売り場を読み解き、県の図書館で楽しい変化を体験。桜の満開、沢と浜の円い団地、拡大した鉄道網。"
SHINJITAI = "駅売広図県楽験桜沢団拡鉄"  # in neither GB2312 nor Big5 level 1


def _japanese_pack(folder):
    pack = write_pack(folder)
    edit(pack, "pack.yaml", "languages: [en, zh-Hans]", "languages: [en, zh-Hans, ja]")
    edit(pack, "scenes/opening.yaml", "title:\n  en: A year in Huzhou\n  zh-Hans: 湖州这一年",
         f"title: {{en: A busy year, zh-Hans: 湖州这一年, ja: {TITLE}}}")
    edit(pack, "scenes/opening.yaml", "text: {en: Green is gold, zh-Hans: 绿水青山就是金山银山}",
         f"text: {{en: Green is gold, zh-Hans: 绿水青山就是金山银山, ja: {STATEMENT}}}")
    return pack


def test_validate_finds_every_japanese_character_in_the_bundled_font(tmp_path):
    coverage = load_coverage(resources.font_coverage_file())
    problems = [str(p) for p in validate_pack(_japanese_pack(tmp_path), coverage) if "bundled font" in str(p)]
    assert problems == []


def test_the_stage_draws_japanese_pack_text_with_the_bundled_font(qapp, tmp_path):
    from PySide6.QtGui import QFontMetricsF

    assert all(ch in TITLE + STATEMENT and ch.encode("gb2312", "ignore") == b"" for ch in SHINJITAI)
    stage = make_stage(_japanese_pack(tmp_path), language="ja")
    try:
        settle(stage)
        title = find(stage, "heroTitle")
        font = title.property("font")
        assert font.family() == "HuzhouViewer Sans"
        metrics = QFontMetricsF(font)
        shown = str(title.property("text")) + STATEMENT
        missing = [ch for ch in shown if ch.isprintable() and not ch.isspace() and not metrics.inFontUcs4(ord(ch))]
        assert missing == []
    finally:
        stage.close()
