"""The high-contrast theme, derived from any pack's palette: the grounds pushed towards black (or white, for a
light pack), every text colour moved by the least lightness that stands 7:1 (WCAG AAA) on each of them, the
couplets' paper deepened under the gold to 7:1, and a scrim over photographs opaque enough for 7:1 too.

Qt-free: made with the deck's palette (its `contrast`), which the stage's Theme takes while a visitor has high
contrast on (qt/stage/access.py); the charts are drawn in it too.
"""

from __future__ import annotations

import colorsys
from collections.abc import Mapping

from huzhou_viewer.content.colours import AAA, contrast, deepest_under, hex_of, luminance, nearest_passing_on, rgb
from huzhou_viewer.content.colours import scrim_alpha as _scrim_alpha
from huzhou_viewer.show.views import ContrastPaletteView

RATIO = AAA + 0.1  # a margin over 7:1: blending on the screen rounds each channel to 8 bits
DARK_GROUND = 0.05  # HSL lightness of the stage's ground in a dark pack: the pack's hue, nearly black
DARK_SURFACE = 0.12  # a card, still told from the ground
LIGHT_GROUND, LIGHT_SURFACE = 0.98, 0.91
BAR_DARKER = 1.25  # the timeline bar's ground is the stage's, darker by this (Qt.darker in TimelineBar.qml)
SCRIM_FLOOR = 0.9  # a photograph behind a scene stays a hint, not a picture to read text over


def high_contrast(palette: Mapping) -> ContrastPaletteView:
    """`palette` made AAA: the same hues, with `inks` mapping each of the pack's text and accent colours (lower
    case #rrggbb) to the colour that replaces it, for the scenes' and people's own accents."""
    dark = luminance(palette["text"]) > luminance(palette["background"])
    background = _shade(palette["background"], DARK_GROUND if dark else LIGHT_GROUND, dark)
    surface = _shade(palette["surface"], DARK_SURFACE if dark else LIGHT_SURFACE, dark)
    grounds = [background, surface, _darker(background)]
    inks: dict[str, str] = {}

    def ink(colour: str) -> str:
        passing = nearest_passing_on(colour, grounds, RATIO) or ("#FFFFFF" if dark else "#000000")
        inks[colour.lower()] = passing.lower()
        return passing

    text, muted, accent, gold = (ink(palette[k]) for k in ("text", "muted", "accent", "gold"))
    seasons = {key: ink(colour) for key, colour in palette["seasons"].items()}
    every = [text, muted, accent, gold, *seasons.values()]
    return {"background": background, "surface": surface, "text": text, "muted": muted, "accent": accent,
            "gold": gold, "seasons": seasons, "paper": _paper(accent, gold, dark),
            "scrim": max(SCRIM_FLOOR, _scrim_alpha(background, every, RATIO)), "inks": inks}


def _paper(accent: str, gold: str, dark: bool) -> str:
    """The couplets' scrolls: the accent deepened (a dark pack) or paled (a light one) until the gold reads 7:1."""
    if dark:
        return deepest_under(accent, gold, RATIO)
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb(accent))
    while lightness < 1 and contrast(gold, hex_of(*colorsys.hls_to_rgb(hue, lightness, saturation))) < RATIO:
        lightness = min(1.0, lightness + 0.01)
    return hex_of(*colorsys.hls_to_rgb(hue, lightness, saturation))


def _shade(colour: str, lightness: float, dark: bool) -> str:
    """`colour` at most (dark) or at least (light) `lightness`, keeping its hue and saturation."""
    hue, own, saturation = colorsys.rgb_to_hls(*rgb(colour))
    return hex_of(*colorsys.hls_to_rgb(hue, min(own, lightness) if dark else max(own, lightness), saturation))


def _darker(colour: str) -> str:
    hue, saturation, value = colorsys.rgb_to_hsv(*rgb(colour))
    return hex_of(*colorsys.hsv_to_rgb(hue, saturation, value / BAR_DARKER))


def worst(palette: ContrastPaletteView) -> float:
    """The least ratio of any text colour of `palette` on any of its grounds (a check, and for the tests)."""
    grounds = [palette["background"], palette["surface"], _darker(palette["background"])]
    inks = [palette["text"], palette["muted"], palette["accent"], palette["gold"], *palette["seasons"].values()]
    return min(contrast(i, g) for i in inks for g in grounds)
