"""The bundled font (built by tools/build_font.py) loads, and covers what the content pack uses."""

import pathlib
import unicodedata

import pytest
from fontTools.ttLib import TTFont

ROOT = pathlib.Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
CONTENT = ROOT / "resources" / "content"
FAMILY = "HuzhouViewer Sans"
FILES = {style: FONTS / f"HuzhouViewerSans-{style}.otf" for style in ("Regular", "Bold")}
TEXT_SUFFIXES = {".yaml", ".yml", ".md", ".txt", ".toml", ".json", ".qml", ".py"}  # as in build_font.py
REBUILD = "rerun `python tools/build_font.py` after changing content"


@pytest.fixture(scope="module")
def cmap() -> set[int]:
    return set(TTFont(FILES["Regular"]).getBestCmap())


def is_cjk_ideograph(cp: int) -> bool:
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3FFFF


def test_fonts_load_in_qt_as_one_family(qapp):
    from PySide6.QtGui import QFontDatabase

    for path in FILES.values():
        assert path.is_file(), path
        font_id = QFontDatabase.addApplicationFont(str(path))
        assert font_id >= 0, f"Qt rejected {path}"
        assert QFontDatabase.applicationFontFamilies(font_id) == [FAMILY]
    # Bold must be the bold face of the same family, so `font.bold: true` picks it instead of faking it.
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(FAMILY))
    assert QFontDatabase.weight(FAMILY, "Bold") == 700
    assert QFontDatabase.weight(FAMILY, "Regular") == 400


def test_content_characters_are_covered(cmap):
    files = [p for p in sorted(CONTENT.rglob("*")) if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES]
    # No content means nothing was checked: that is a broken tree, not a reason to skip.
    assert files, f"no text files under {CONTENT}"
    missing = {}
    for path in files:
        for ch in path.read_text(encoding="utf-8"):
            # Control/format characters (BOM, ZWJ...) and variation selectors are never drawn.
            if ord(ch) > 0x7F and not unicodedata.category(ch).startswith("C") and not 0xFE00 <= ord(ch) <= 0xFE0F:
                if ord(ch) not in cmap:
                    missing.setdefault(path.relative_to(ROOT).as_posix(), set()).add(ch)
    assert not missing, f"characters missing from the bundled font ({REBUILD}): " + "; ".join(
        f"{p}: {' '.join(f'{c} U+{ord(c):04X}' for c in sorted(cs))}" for p, cs in missing.items()
    )


def test_coverage_file_matches_font(cmap):
    listed = set()
    for line in (FONTS / "coverage.txt").read_text(encoding="ascii").split():
        lo, _, hi = line.partition("-")
        listed.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    assert listed == cmap, f"coverage.txt is stale ({REBUILD})"


def test_font_is_complete_but_small(cmap):
    assert sum(map(is_cjk_ideograph, cmap)) > 7000
    assert set(TTFont(FILES["Bold"]).getBestCmap()) == cmap
    for path in FILES.values():
        assert path.stat().st_size < 4_000_000, path


def _east_asian(ch: str) -> bool:
    """Han, kana, Hangul and CJK punctuation: no font the program relies on besides the bundled one has them."""
    return unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC",
                                                  "FULLWIDTH", "HALFWIDTH"))


def test_the_program_s_own_words_in_every_catalogue_are_covered(cmap):
    # The key map, the console and the kiosk's panel in Japanese or Korean showed boxes on a machine without a
    # system CJK font: the catalogues' characters were not in the subset.
    catalogues = sorted((ROOT / "huzhou_viewer" / "locale").glob("*/LC_MESSAGES/*.po"))
    assert catalogues
    missing = {path.parent.parent.name: {ch for ch in path.read_text(encoding="utf-8")
                                         if _east_asian(ch) and ord(ch) not in cmap} for path in catalogues}
    assert not {k: v for k, v in missing.items() if v}, REBUILD
