"""Colours as the back row sees them: WCAG 2 contrast, and the nearest colour that reaches a ratio.

Qt-free: the view data (show/present.py), `validate` (the palette's text pairs) and the layout test use it.
"""

from __future__ import annotations

import colorsys

AA = 4.5  # WCAG 2 AA for text: what every text on the stage reaches against what is behind it
AAA = 7.0  # WCAG 2 AAA for text: the high-contrast theme's (show/contrast.py)


def rgb(colour: str) -> tuple[float, float, float]:
    """#rgb, #rrggbb or #aarrggbb (Qt's order; the alpha left out) as 0-1 channels."""
    digits = colour.strip().lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    digits = digits[-6:]
    return int(digits[0:2], 16) / 255, int(digits[2:4], 16) / 255, int(digits[4:6], 16) / 255


def hex_of(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02X}" for c in (red, green, blue))


def luminance(colour: str | tuple[float, float, float]) -> float:
    """WCAG's relative luminance: 0 (black) to 1 (white)."""
    channels = rgb(colour) if isinstance(colour, str) else colour
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str | tuple[float, float, float], other: str | tuple[float, float, float]) -> float:
    """WCAG's contrast ratio of two colours: 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(top: tuple[float, float, float], alpha: float, below: tuple[float, float, float]) -> tuple[float, ...]:
    """`top` at `alpha` painted over `below` (sRGB channels, as a renderer blends them)."""
    return tuple(t * alpha + b * (1 - alpha) for t, b in zip(top, below))


def nearest_passing(colour: str, background: str, ratio: float = AA) -> str | None:
    """The colour of the same hue and saturation, lighter or darker by the least HSL lightness, that stands
    `ratio` against `background`; `colour` itself when it already does, None when no lightness does."""
    if contrast(colour, background) >= ratio:
        return colour.upper()
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb(colour))
    for step in range(1, 101):
        for shade in (lightness + step / 100, lightness - step / 100):
            if 0 <= shade <= 1:
                candidate = hex_of(*colorsys.hls_to_rgb(hue, shade, saturation))
                if contrast(candidate, background) >= ratio:
                    return candidate
    return None


def nearest_passing_on(colour: str, grounds: list[str], ratio: float = AA) -> str | None:
    """As nearest_passing, against every one of `grounds` at once (a text that sits on the stage and on a card)."""
    def passes(candidate: str) -> bool:
        return all(contrast(candidate, ground) >= ratio for ground in grounds)

    if passes(colour):
        return colour.upper()
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb(colour))
    for step in range(1, 101):
        for shade in (lightness + step / 100, lightness - step / 100):
            if 0 <= shade <= 1 and passes(candidate := hex_of(*colorsys.hls_to_rgb(hue, shade, saturation))):
                return candidate
    return None


def deepest_under(colour: str, ink: str, ratio: float = AA) -> str:
    """`colour` darkened (HSL lightness) until `ink` on it reaches `ratio`: a couplet's paper under its gold."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb(colour))
    shade = lightness
    while shade > 0 and contrast(ink, hex_of(*colorsys.hls_to_rgb(hue, shade, saturation))) < ratio:
        shade -= 0.01
    return hex_of(*colorsys.hls_to_rgb(hue, max(shade, 0.0), saturation))


def text_pairs(palette: dict) -> list[tuple[str, str, str, str]]:
    """The palette's text-on-ground pairs as the stage uses them: (text name, its colour, ground name, its colour)."""
    grounds = [("background", palette["background"]), ("surface", palette["surface"])]
    inks = [("text", palette["text"]), ("muted", palette["muted"]), ("accent", palette["accent"]),
            ("gold", palette["gold"])]
    inks += [(f"seasons.{key}", value) for key, value in palette.get("seasons", {}).items()]
    return [(ink, ink_colour, ground, ground_colour) for ink, ink_colour in inks for ground, ground_colour in grounds]


def scrim_alpha(background: str, inks: list[str], ratio: float = AA) -> float:
    """How opaque a scrim of `background` must lie over any photograph (from black to white) for every one of
    `inks` to stand `ratio` on it: the least such opacity, in steps of 0.02 (1.0 when only a solid ground does)."""
    ground = rgb(background)
    for step in range(25, 51):
        alpha = step / 50
        worst = [over(ground, alpha, photo) for photo in ((0.0, 0.0, 0.0), (1.0, 1.0, 1.0))]
        if all(contrast(rgb(ink), behind) >= ratio for ink in inks for behind in worst):  # type: ignore[arg-type]
            return alpha
    return 1.0
