"""Colours a chart asks readers to tell apart stay apart under deuteranopia, protanopia and tritanopia."""

from __future__ import annotations

import io
import re
import shutil

from huzhou_viewer.charts.colour_safety import MIN_DIFFERENCE, check_theme, differences, palette_problems
from huzhou_viewer.charts.theme import ChartTheme
from huzhou_viewer.content.validate import run, validate_pack

DARK = {"background": "#1A0E0C", "surface": "#2B1814", "text": "#F5EDE1", "muted": "#B9A898", "gold": "#D9B45A"}


def test_an_amber_next_to_gold_fails_for_deuteranopia_and_the_suggestion_passes_every_condition():
    found = check_theme(ChartTheme(accent="#E69A2E", **DARK), "milestones", False, "seasons.autumn")
    assert [(f.first, f.second, f.condition, f.key) for f in found] == [
        ("the start", "the milestones", "deuteranopia", "seasons.autumn")]
    assert found[0].difference < MIN_DIFFERENCE
    suggestion = found[0].suggestion
    assert suggestion is not None and suggestion != "#E69A2E"
    assert check_theme(ChartTheme(accent=suggestion, **DARK), "milestones", False) == []


def test_a_palette_whose_pairs_stay_apart_passes():
    for accent, kind, derived in (("#3DB8A8", "bars", True), ("#9FD0F0", "share", False),
                                  ("#C8102E", "milestones", False)):
        assert check_theme(ChartTheme(accent=accent, **DARK), kind, derived) == [], accent


def test_derived_bars_too_close_to_stated_ones_are_caught():
    # A dark accent on a dark card: the pale derived bars all but vanish into the card.
    found = check_theme(ChartTheme(accent="#5A2A22", **DARK), "bars", True)
    assert {(f.first, f.second) for f in found} >= {("stated bars", "derived bars"), ("the chart", "its card")}


def test_the_simulation_tells_red_from_green_apart_only_for_full_colour_vision():
    import numpy as np

    red, green = np.array([0.8, 0.25, 0.2]), np.array([0.45, 0.55, 0.2])
    seen = differences(red, green)
    assert seen["deuteranopia"] < MIN_DIFFERENCE < seen["tritanopia"]


def test_validate_names_the_pair_the_condition_the_line_and_a_colour_that_passes(tmp_path, bundled_pack_dir):
    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    meta = pack / "pack.yaml"
    text = meta.read_text(encoding="utf-8")
    start = text.index("    autumn: ")
    line = text[:start].count("\n") + 1
    meta.write_text(text[:start] + '    autumn: "#E69A2E"\n' + text[text.index("\n", start) + 1:], encoding="utf-8")
    out = io.StringIO()
    assert run(pack, out=out, extra=(palette_problems,)) == 0  # a warning, not an error
    said = [s for s in out.getvalue().splitlines() if "deuteranopia" in s]
    assert len(said) == 1
    assert said[0].startswith(f"pack.yaml:{line}:")
    gold = re.search(r'^\s*gold: "(#[0-9A-Fa-f]{6})"', text, re.M).group(1)  # the milestones' start is drawn in gold
    assert f"the start ({gold.upper()}) and the milestones (#E69A2E)" in said[0]
    assert "scenes/autumn.yaml" in said[0] and 'seasons.autumn: "#' in said[0]


def test_the_bundled_pack_passes(bundled_pack_dir):
    problems = validate_pack(bundled_pack_dir, extra=(palette_problems,))
    assert [p for p in problems if "look alike" in p.message] == []


def test_every_pair_a_chart_tells_apart_has_a_whole_sentence_under_every_condition():
    """Said by its own names in every language; a pair charts/theme.py adds without sentences here is said by its
    colours alone (below), never with English names inside a translated sentence."""
    from huzhou_viewer.charts.colour_safety import _LOOK_ALIKE, CONDITIONS
    from huzhou_viewer.charts.theme import told_apart

    theme = ChartTheme(accent="#5A2A22", **DARK)
    for kind in ("bars", "share", "milestones"):
        for pair in told_apart(theme, kind, derived=True):
            assert all((pair.first, pair.second, condition) in _LOOK_ALIKE for condition in CONDITIONS), pair


def test_a_pair_without_sentences_of_its_own_is_said_by_its_colours_in_every_language():
    from huzhou_viewer.charts.colour_safety import TooClose, _message
    from huzhou_viewer.content.messages import in_language

    found = TooClose("the axis", "the grid", "#111111", "#121212", "protanopia", 3.0, "accent", None)
    message = _message(found, "scenes/a.yaml", "bars")
    assert "two colours it asks readers to tell apart (#111111 and #121212) look alike under protanopia" in message
    assert "the axis" not in message
    for language in ("ar", "de", "es", "fr", "ja", "ko", "zh-Hans", "zh-Hant"):
        told = in_language(message, language)
        assert "#111111" in told and "look alike" not in told and "protanopia" not in told, (language, told)
