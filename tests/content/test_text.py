"""Texts in several languages, and whether the font can draw them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from huzhou_viewer.content.coverage import load_coverage, uncovered
from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.text import iter_texts, languages_of, localize
from huzhou_viewer.content.validate import run, validate_pack
from tests.packfactory import FILES, column_in, line_of, write_pack

BILINGUAL = {"en": "Spring", "zh-Hans": "春"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (BILINGUAL, "zh-Hans", "春"),
        (BILINGUAL, "en", "Spring"),
        (BILINGUAL, "fr", "Spring"),  # not there: the pack's default language
        ({"zh-Hans": "春"}, "en", "春"),  # default not there either: any language present
        ("Huzhou", "zh-Hans", "Huzhou"),  # a plain string is the same in every language
        (None, "en", ""),
        ({}, "en", ""),
        ({"en": ""}, "en", ""),  # an empty translation is still the translation
        ("<b>not</b> &amp; markup", "en", "<b>not</b> &amp; markup"),
    ],
)
def test_localize(text: object, language: str, expected: str) -> None:
    assert localize(text, language, fallback="en") == expected  # type: ignore[arg-type]


def test_languages_of() -> None:
    assert languages_of(BILINGUAL) == ("en", "zh-Hans")
    assert languages_of("plain") == ()
    assert languages_of(None) == ()


def test_iter_texts_finds_every_text_with_its_key_path(tmp_path: Path) -> None:
    spring = load_pack(write_pack(tmp_path)).scenes[1]
    paths = [path for path, _ in iter_texts(spring)]
    assert ("title",) in paths
    assert ("blocks", 0, "notes", "green") in paths  # dict[str, Text]
    assert ("blocks", 1, "figures", 0, "caption") in paths
    assert ("blocks", 2, "items", 0, "unit") in paths
    assert ("id",) not in paths and ("season",) not in paths  # ids are not texts
    assert ("blocks", 1, "picture") not in paths


def test_load_coverage(tmp_path: Path) -> None:
    listing = tmp_path / "font.txt"
    listing.write_text("# a font\n0041-0043\n\n  3000   # ideographic space\nU+6625\n", encoding="utf-8")
    assert load_coverage(listing) == frozenset({0x41, 0x42, 0x43, 0x3000, 0x6625})


@pytest.mark.parametrize("bad", ["4E00-", "zz", "9FA5-4E00", "110000"])
def test_load_coverage_names_the_bad_line(tmp_path: Path, bad: str) -> None:
    listing = tmp_path / "font.txt"
    listing.write_text(f"0020-007E\n{bad}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"font\.txt:2: "):
        load_coverage(listing)


def test_uncovered() -> None:
    coverage = frozenset(range(0x20, 0x7F))
    assert uncovered(["Spring", "春天\n", "春"], coverage) == "天春"  # distinct, in code point order
    assert uncovered(["plain ASCII\twith a tab\n"], coverage) == ""


def _coverage_without(root: Path, left_out: str) -> frozenset[int]:
    characters = {ord(ch) for relative in FILES for ch in (root / relative).read_text(encoding="utf-8")}
    return frozenset(characters - {ord(left_out)})


def test_font_check_warns_where_the_missing_glyph_is(tmp_path: Path) -> None:
    root = write_pack(tmp_path)
    problems = validate_pack(root, coverage=_coverage_without(root, "春"))
    line = line_of(root, "scenes/spring.yaml", "title: {en: Spring")
    assert [str(p) for p in problems] == [
        f"scenes/spring.yaml:{line}:{column_in(root, 'scenes/spring.yaml', line, '春')}: "
        "warning: the font has no glyph for '春' (U+6625)"
    ]
    out = io.StringIO()
    assert run(root, out=out, coverage=_coverage_without(root, "春")) == 0
    assert out.getvalue().splitlines()[-1] == "test-pack: OK, 0 errors, 1 warning"


def _coverage_without_all(root: Path, left_out: str) -> frozenset[int]:
    characters = {ord(ch) for relative in FILES for ch in (root / relative).read_text(encoding="utf-8")}
    return frozenset(characters - {ord(ch) for ch in left_out})


def test_font_check_names_the_font_that_draws_what_the_bundled_one_lacks(tmp_path: Path) -> None:
    root = write_pack(tmp_path)
    (root / "scenes/spring.yaml").write_text(
        (root / "scenes/spring.yaml").read_text(encoding="utf-8").replace("title: {en: Spring", "title: {en: Sprïng"),
        encoding="utf-8")
    coverage = _coverage_without_all(root, "春ï")
    fonts = {"ï": "DejaVu Sans"}  # and nothing on this machine draws '春'
    problems = validate_pack(root, coverage=coverage, fallback=fonts.get)
    line = line_of(root, "scenes/spring.yaml", "title: {en: Sprïng")
    spot = "scenes/spring.yaml:{}:{}: "
    assert [str(p) for p in problems] == [
        spot.format(line, column_in(root, "scenes/spring.yaml", line, "春"))
        + "error: '春' (U+6625) is not in the bundled font; no font on this machine draws it: it would show as a box",
        spot.format(line, column_in(root, "scenes/spring.yaml", line, "Sprïng"))
        + "warning: 'ï' (U+00EF) is not in the bundled font; DejaVu Sans draws it",
    ]
    out = io.StringIO()
    assert run(root, out=out, coverage=coverage, fallback=fonts.get) == 1  # a box is an error
    assert out.getvalue().splitlines()[-1] == "test-pack: FAILED, 1 error, 1 warning"
    assert [p.is_error for p in validate_pack(root, coverage=coverage, fallback=lambda ch: "Noto Sans")] == [
        False]  # one font draws both: one warning


def test_a_font_that_stands_in_for_many_texts_is_one_warning_at_the_first_of_them(tmp_path: Path) -> None:
    """An Arabic pack would otherwise get one warning per text; a box stays an error at each text."""
    root = write_pack(tmp_path)
    spring = root / "scenes/spring.yaml"
    spring.write_text(spring.read_text(encoding="utf-8").replace("title: {en: Spring", "title: {en: Sprïnġ"),
                      encoding="utf-8")
    opening = root / "scenes/opening.yaml"
    opening.write_text(opening.read_text(encoding="utf-8") + "footer: {en: \"Ġïven\", zh-Hans: 春}\n", encoding="utf-8")
    coverage = _coverage_without_all(root, "ïġĠ")
    fonts = {"ï": "DejaVu Sans", "ġ": "DejaVu Sans", "Ġ": "DejaVu Sans"}
    messages = [str(p) for p in validate_pack(root, coverage=coverage, fallback=fonts.get)]
    footer = line_of(root, "scenes/opening.yaml", "footer: {en:")
    column = column_in(root, "scenes/opening.yaml", footer, '"Ġïven')
    assert messages == [
        f"scenes/opening.yaml:{footer}:{column}: warning: "
        "'ï' (U+00EF), 'Ġ' (U+0120), 'ġ' (U+0121) are not in the bundled font; DejaVu Sans draws them "
        "(in 2 texts; this is the first)"
    ]
    nothing = {"ï": "DejaVu Sans"}
    problems = validate_pack(root, coverage=coverage, fallback=nothing.get)
    assert [p.is_error for p in problems] == [True, True, False]  # 'ġ' and 'Ġ': a box in each text


def test_font_check_is_off_without_coverage(tmp_path: Path) -> None:
    assert validate_pack(write_pack(tmp_path)) == []
