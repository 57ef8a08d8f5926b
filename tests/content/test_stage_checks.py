"""`validate` reads a pack as the back row will: text colours that reach 4.5:1 (with the nearest colour that
does when one does not), and couplets whose lines look swapped by their tones."""

import pytest

from huzhou_viewer.content.colours import contrast, deepest_under, nearest_passing, text_pairs
from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.validate import validate_pack
from tests.conftest import BUNDLED_PACK
from tests.packfactory import edit, line_of, write_pack


def test_wcag_contrast_of_the_colours_the_stage_had():
    assert contrast("#D9B45A", "#C8102E") == pytest.approx(2.98, abs=0.01)  # the old couplet gold on red
    assert contrast("#C8102E", "#1A0E0C") == pytest.approx(3.21, abs=0.01)  # the old red accent on the dark
    assert contrast("#FFFFFF", "#000000") == pytest.approx(21)


def test_the_nearest_passing_colour_keeps_the_hue_and_just_passes():
    better = nearest_passing("#C8102E", "#1A0E0C")
    assert contrast(better, "#1A0E0C") >= 4.5
    assert contrast(nearest_passing(better, "#1A0E0C", 4.5), "#1A0E0C") >= 4.5
    red, green, blue = (int(better[i:i + 2], 16) for i in (1, 3, 5))
    assert red > 3 * max(green, blue)  # still a red
    assert nearest_passing("#777777", "#777777", 22) is None  # nothing reaches more than 21:1


def test_a_couplets_paper_is_the_accent_deepened_until_the_gold_reads():
    paper = deepest_under("#C8102E", "#D9B45A")
    assert contrast("#D9B45A", paper) >= 4.5 and paper != "#C8102E"


def test_the_bundled_palette_passes_every_text_pair():
    palette = load_pack(BUNDLED_PACK).meta.palette
    colours = {name: getattr(palette, name) for name in palette.__struct_fields__}
    failing = [(ink, ground, round(contrast(a, b), 2)) for ink, a, ground, b in text_pairs(colours)
               if contrast(a, b) < 4.5]
    assert failing == []
    assert not [p for p in validate_pack(BUNDLED_PACK) if "4.5:1" in p.message or "swapped" in p.message]


def test_validate_warns_about_a_text_colour_under_4_5_and_says_what_passes(tmp_path):
    pack = write_pack(tmp_path / "p")
    edit(pack, "pack.yaml", '  accent: "#F05A4E"', '  accent: "#C8102E"')
    found = [p for p in validate_pack(pack) if "4.5:1" in p.message]
    assert found and all(not p.is_error for p in found)
    first = found[0]
    assert (first.file, first.line) == ("pack.yaml", line_of(pack, "pack.yaml", "accent:"))
    assert "accent #C8102E on background #101418 is 3.14:1" in first.message
    suggested = first.message.rsplit(" ", 1)[-1]
    assert contrast(suggested, "#101418") >= 4.5


def test_validate_warns_when_a_couplets_lines_look_swapped(tmp_path):
    pack = write_pack(tmp_path / "p")
    assert not [p for p in validate_pack(pack) if "swapped" in p.message]  # 青山绿水 (shuǐ) / 金山银山 (shān)
    edit(pack, "scenes/closing.yaml", "zh-Hans: 青山绿水}", "zh-Hans: 金山银山}")
    edit(pack, "scenes/closing.yaml", "Golden years, zh-Hans: 金山银山}", "Golden years, zh-Hans: 青山绿水}")
    (warning,) = [p for p in validate_pack(pack) if "swapped" in p.message]
    assert warning.file == "scenes/closing.yaml" and not warning.is_error
    assert warning.line == line_of(pack, "scenes/closing.yaml", "first:")
    assert "tone 1" in warning.message and "tone 3" in warning.message
