"""The visitor's high-contrast theme: every text on every step stands 7:1 (WCAG AAA) against what is painted behind
it, read from the live items with the kiosk's touch controls on screen (timeline bar, switches, language toggle);
the theme is made from whatever palette a pack has, and the charts are drawn in it under their own cache key."""

import pytest

from huzhou_viewer.content.colours import contrast
from huzhou_viewer.qt.stage.legibility import readings
from huzhou_viewer.show.contrast import high_contrast, worst
from tests.qtsupport import make_stage, settle

BUNDLED = {"background": "#1A0E0C", "surface": "#2B1814", "text": "#F5EDE1", "muted": "#B9A898",
           "accent": "#F5473F", "gold": "#E8C46A",
           "seasons": {"spring": "#7DC36B", "summer": "#3DB8A8", "autumn": "#CD8518", "winter": "#9FD0F0"},
           "paper": "#7A1A14", "scrim": 0.7}


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_text_of_every_step_stands_7_to_1_in_high_contrast(qapp, bundled_pack_dir, size):
    stage = make_stage(bundled_pack_dir, size, "en")
    stage.icons.load_now()
    stage.access.setHighContrast(True)
    show = stage.controller
    weak = []
    for index, (scene_id, count) in enumerate(zip(show.deck.scene_ids, show.deck.step_counts)):
        for step in range(min(count, 4)):  # the gallery's grid and its first pages
            show.goTo(index, step)
            settle(stage)
            weak += [f"{scene_id} step {step + 1}: {r.name or 'text'} {r.text[:24]!r} {r.contrast}:1"
                     for r in readings(stage.view) if r.contrast < 7.0]
    stage.close()
    assert weak == []


def test_the_designed_theme_has_texts_under_7_to_1_so_the_switch_changes_what_is_seen(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (1920, 1080), "en")
    show = stage.controller

    def least() -> float:
        found = []
        for index in range(len(show.deck.scene_ids)):
            show.goTo(index, 0)
            settle(stage)
            found += [r.contrast for r in readings(stage.view)]
        return min(found)

    designed = least()
    stage.access.setHighContrast(True)
    assert designed < 7.0 <= least()
    stage.close()


@pytest.mark.parametrize("palette", [
    BUNDLED,
    # A light pack: dark ink on paper-white, pale accents that fail even 4.5:1.
    {**BUNDLED, "background": "#FAF7F0", "surface": "#FFFFFF", "text": "#3A3A3A", "muted": "#8C8C8C",
     "accent": "#FF6F61", "gold": "#F2C14E", "seasons": {"spring": "#A8E6A1", "summer": "#7FD8D0"}},
    # A mid-grey ground where neither black nor white is far away.
    {**BUNDLED, "background": "#5A5A66", "surface": "#6A6A78", "text": "#DDDDDD", "muted": "#AAAAAA"},
], ids=["bundled", "light", "mid-grey"])
def test_the_high_contrast_palette_is_made_from_any_pack_s_own(palette):
    made = high_contrast(palette)
    assert worst(made) >= 7.0
    assert contrast(made["gold"], made["paper"]) >= 7.0  # the couplets' characters on their scrolls
    # Each colour keeps its place: a scene's accent maps to its 7:1 version, in the same hue family.
    assert set(made["inks"]) >= {palette["accent"].lower(), *(c.lower() for c in palette["seasons"].values())}
    assert made["inks"][palette["accent"].lower()] == made["accent"].lower()
    assert made["scrim"] >= 0.9


def test_charts_are_drawn_in_the_high_contrast_colours_under_their_own_key(qapp, bundled_pack_dir):
    from dataclasses import asdict

    from huzhou_viewer.charts.worker import cache_key

    stage = make_stage(bundled_pack_dir, (1920, 1080), "en")
    deck = stage.controller.deck
    chart = next(b for v in deck.scenes("en") for b in v["blocks"] if b.get("kind") == "chart")
    base = f"en/{chart['id']}/0/1080"
    spec, designed = stage.charts.spec(base)
    _, contrasted = stage.charts.spec(base + "/contrast", high_contrast=True)
    theme_ground = stage.controller.palette["contrast"]["background"]
    stage.close()
    assert contrasted.background == theme_ground != designed.background
    assert contrast(contrasted.text, contrasted.surface) >= 7.0
    keys = {cache_key({"spec": spec, "theme": asdict(theme), "width": 800, "height": 400, "screen": 1080.0,
                       "fonts": []}) for theme in (designed, contrasted)}
    assert len(keys) == 2
