"""Whether the colours a chart asks readers to tell apart stay apart for people with colour-vision deficiency.

Each chart kind puts a few pairs side by side (charts/theme.py `told_apart`): stated against derived bars, the
bars against their card, the milestones' start against the milestones, the share against the rest of its ring.
Each pair is seen through a simulation of deuteranopia, protanopia and tritanopia (colorspacious: Machado et
al. 2009, at full severity) and measured in CAM02-UCS, where a distance means the same step everywhere; a pair
closer than MIN_DIFFERENCE under any of them is a warning for `validate`, with the nearest colour (to the eye
with full colour vision) that passes under all three. Imported by `validate` only (numpy and colorspacious).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from huzhou_viewer.charts.theme import ChartTheme, told_apart
from huzhou_viewer.content.messages import Said, said

# CAM02-UCS distance: about 10 is where a small mark and its neighbour begin to read as one colour; kept above it.
MIN_DIFFERENCE = 12.0
CONDITIONS = {"deuteranopia": "deuteranomaly", "protanopia": "protanomaly", "tritanopia": "tritanomaly"}


@dataclass(frozen=True)
class TooClose:
    """A pair a chart asks readers to tell apart, too close under `condition`: `suggestion` replaces `key`."""

    first: str  # what the reader tells apart, as docs/content-pack.md names it ("the start")
    second: str
    first_colour: str
    second_colour: str
    condition: str
    difference: float
    key: str  # the palette's key of the colour to change ("accent", "seasons.autumn", "gold")
    suggestion: str | None  # "#RRGGBB" that passes under every condition; None when none near enough does


def _rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])


def _hex(rgb: np.ndarray) -> str:
    return "#" + "".join(f"{round(float(c) * 255):02X}" for c in np.clip(rgb, 0, 1))


def differences(one: np.ndarray, other: np.ndarray) -> dict[str, np.ndarray]:
    """The CAM02-UCS distance of each pair of sRGB colours (0-1, shape (..., 3)) as each condition sees them."""
    from colorspacious import cspace_convert

    seen = {}
    for condition, cvd_type in CONDITIONS.items():
        space = {"name": "sRGB1+CVD", "cvd_type": cvd_type, "severity": 100}
        a, b = (np.clip(cspace_convert(c, space, "sRGB1"), 0, 1) for c in (one, other))
        seen[condition] = np.linalg.norm(cspace_convert(a, "sRGB1", "CAM02-UCS")
                                         - cspace_convert(b, "sRGB1", "CAM02-UCS"), axis=-1)
    return seen


def check_theme(theme: ChartTheme, kind: str, derived: bool, accent_key: str = "accent") -> list[TooClose]:
    """Every pair of a `kind` chart drawn in `theme` that some condition cannot tell apart, once per pair (the
    worst condition), each with a suggestion for the pack's colour that makes the pair."""
    found = []
    for pair in told_apart(theme, kind, derived):
        seen = differences(_rgb(pair.first_colour), _rgb(pair.second_colour))
        condition, difference = min(((c, float(d)) for c, d in seen.items()), key=lambda cd: cd[1])
        if difference >= MIN_DIFFERENCE:
            continue
        key = accent_key if pair.changes == "accent" else pair.changes
        found.append(TooClose(pair.first, pair.second, pair.first_colour, pair.second_colour, condition,
                              difference, key, _suggest(theme, kind, derived, pair.changes)))
    return found


def _suggest(theme: ChartTheme, kind: str, derived: bool, field: str) -> str | None:
    """The colour nearest the theme's `field` for which every pair of the chart passes under every condition."""
    from colorspacious import cspace_convert

    original = cspace_convert(_rgb(getattr(theme, field)), "sRGB1", "CAM02-UCS")
    candidates = _around(original)
    with np.errstate(all="ignore"):  # colours out of the visible range convert to NaN: left out below
        rgb = cspace_convert(candidates, "CAM02-UCS", "sRGB1")
    inside = np.all(np.isfinite(rgb) & (rgb >= -0.002) & (rgb <= 1.002), axis=1)
    rgb, candidates = np.clip(rgb[inside], 0, 1), candidates[inside]
    passing = np.ones(len(rgb), dtype=bool)
    for pair in told_apart(theme, kind, derived):
        if pair.changes != field:
            continue
        ones, others = _pair_colours(theme, kind, derived, field, rgb, pair.first)
        for difference in differences(ones, others).values():
            passing &= difference >= MIN_DIFFERENCE
    if not passing.any():
        return None
    distance = np.linalg.norm(candidates[passing] - original, axis=1)
    return _hex(rgb[passing][int(np.argmin(distance))])


def _around(ucs: np.ndarray) -> np.ndarray:
    """Colours near `ucs` (CAM02-UCS J', a', b'): lightness up and down, colourfulness and hue turned a little."""
    lightness, a, b = ucs
    chroma, hue = np.hypot(a, b), np.arctan2(b, a)
    points = []
    for dj in np.arange(-40, 41, 2.0):
        for scale in (0.6, 0.8, 1.0, 1.15, 1.3):
            for turn in np.radians(np.arange(-30, 31, 6)):
                c, h = chroma * scale, hue + turn
                points.append((min(99.0, max(1.0, lightness + dj)), c * np.cos(h), c * np.sin(h)))
    return np.array(points)


def _pair_colours(theme: ChartTheme, kind: str, derived: bool, field: str, trial: np.ndarray,
                  first: str) -> tuple[np.ndarray, np.ndarray]:
    """The pair named `first` for every trial colour of `field`, as two arrays of sRGB colours."""
    ones, others = [], []
    for colour in trial:
        changed = ChartTheme(**{**theme.__dict__, field: _hex(colour)})
        pair = next(p for p in told_apart(changed, kind, derived) if p.first == first)
        ones.append(_rgb(pair.first_colour))
        others.append(_rgb(pair.second_colour))
    return np.array(ones), np.array(others)


def worst(found: Iterable[TooClose]) -> Iterator[TooClose]:
    """Each pair of colours once, at its worst condition."""
    seen: dict[tuple[str, str, str], TooClose] = {}
    for one in found:
        key = (one.first_colour, one.second_colour, one.key)
        if key not in seen or one.difference < seen[key].difference:
            seen[key] = one
    yield from seen.values()


def palette_problems(parts, where) -> list:
    """`validate`'s warnings (content.problems.Problem) for the pack read into `parts` (content.checks.PackParts):
    one per palette colour and pair that a chart of the pack cannot keep apart, at the colour's line in pack.yaml."""
    from huzhou_viewer.content.model import ChartBlock

    meta = parts.meta
    if meta is None:
        return []
    palette = meta.palette
    problems, reported = [], set()
    for file, scene in parts.scenes:
        for block in scene.blocks if scene is not None else []:
            if not isinstance(block, ChartBlock):
                continue
            season = scene.season if scene.season in palette.seasons else None
            key = f"seasons.{season}" if season else "accent"
            try:
                theme = ChartTheme(background=palette.background, surface=palette.surface, text=palette.text,
                                   muted=palette.muted, accent=palette.seasons[season] if season else palette.accent,
                                   gold=palette.gold)
            except ValueError:
                continue  # a colour that is no colour is an error of its own
            for found in check_theme(theme, block.chart, any(i.derived for i in block.items), key):
                if (found.key, found.first, found.second) in reported:
                    continue
                reported.add((found.key, found.first, found.second))
                problems.append(where.problem("pack.yaml", ("palette", *found.key.split(".")),
                                              _message(found, file, block.chart), "warning"))
    return problems


# One whole sentence for each pair a chart tells apart (charts/theme.py `told_apart`) under each condition, as the
# words around a pair's names and a condition's change with them in many languages. {kind}: bars, share, milestones.
_LOOK_ALIKE: dict[tuple[str, str, str], Callable[..., Said]] = {
    ("the chart", "its card", "deuteranopia"): lambda **f: said(
        "in the {kind} chart of {file}, the chart ({first_colour}) and its card ({second_colour}) look "
        "alike under deuteranopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("the chart", "its card", "protanopia"): lambda **f: said(
        "in the {kind} chart of {file}, the chart ({first_colour}) and its card ({second_colour}) look "
        "alike under protanopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("the chart", "its card", "tritanopia"): lambda **f: said(
        "in the {kind} chart of {file}, the chart ({first_colour}) and its card ({second_colour}) look "
        "alike under tritanopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("stated bars", "derived bars", "deuteranopia"): lambda **f: said(
        "in the {kind} chart of {file}, stated bars ({first_colour}) and derived bars ({second_colour}) look "
        "alike under deuteranopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("stated bars", "derived bars", "protanopia"): lambda **f: said(
        "in the {kind} chart of {file}, stated bars ({first_colour}) and derived bars ({second_colour}) look "
        "alike under protanopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("stated bars", "derived bars", "tritanopia"): lambda **f: said(
        "in the {kind} chart of {file}, stated bars ({first_colour}) and derived bars ({second_colour}) look "
        "alike under tritanopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("the start", "the milestones", "deuteranopia"): lambda **f: said(
        "in the {kind} chart of {file}, the start ({first_colour}) and the milestones ({second_colour}) look "
        "alike under deuteranopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("the start", "the milestones", "protanopia"): lambda **f: said(
        "in the {kind} chart of {file}, the start ({first_colour}) and the milestones ({second_colour}) look "
        "alike under protanopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("the start", "the milestones", "tritanopia"): lambda **f: said(
        "in the {kind} chart of {file}, the start ({first_colour}) and the milestones ({second_colour}) look "
        "alike under tritanopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("the share", "the rest of the ring", "deuteranopia"): lambda **f: said(
        "in the {kind} chart of {file}, the share ({first_colour}) and the rest of the ring ({second_colour}) look "
        "alike under deuteranopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("the share", "the rest of the ring", "protanopia"): lambda **f: said(
        "in the {kind} chart of {file}, the share ({first_colour}) and the rest of the ring ({second_colour}) look "
        "alike under protanopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
    ("the share", "the rest of the ring", "tritanopia"): lambda **f: said(
        "in the {kind} chart of {file}, the share ({first_colour}) and the rest of the ring ({second_colour}) look "
        "alike under tritanopia (difference {difference:.1f}, at least {needed:.0f} needed)", **f),
}


# A pair charts/theme.py adds before it has sentences above: its names are English only, so it is said by its
# colours alone, still one whole sentence per condition (the conditions are this module's own, CONDITIONS).
_UNNAMED_PAIR: dict[str, Callable[..., Said]] = {
    "deuteranopia": lambda **f: said(
        "in the {kind} chart of {file}, two colours it asks readers to tell apart ({first_colour} and "
        "{second_colour}) look alike under deuteranopia (difference {difference:.1f}, at least {needed:.0f} needed)",
        **f),
    "protanopia": lambda **f: said(
        "in the {kind} chart of {file}, two colours it asks readers to tell apart ({first_colour} and "
        "{second_colour}) look alike under protanopia (difference {difference:.1f}, at least {needed:.0f} needed)",
        **f),
    "tritanopia": lambda **f: said(
        "in the {kind} chart of {file}, two colours it asks readers to tell apart ({first_colour} and "
        "{second_colour}) look alike under tritanopia (difference {difference:.1f}, at least {needed:.0f} needed)",
        **f),
}


def _message(found: TooClose, file: str, kind: str) -> Said:
    fields = dict(kind=kind, file=file, first_colour=found.first_colour, second_colour=found.second_colour,
                  difference=found.difference, needed=MIN_DIFFERENCE)
    sentence = _LOOK_ALIKE.get((found.first, found.second, found.condition)) or _UNNAMED_PAIR[found.condition]
    alike = sentence(**fields)
    if found.suggestion is None:
        # translators: {alike} says which two colours of a chart look alike; {key}: a palette key (accent ...)
        return said("{alike}; choose a lighter or darker {key}", alike=alike, key=found.key)
    # translators: {alike} says which two colours of a chart look alike; {key}: a palette key (accent ...)
    return said("{alike}; {key}: \"{suggestion}\" passes for deuteranopia, protanopia and tritanopia",
                alike=alike, key=found.key, suggestion=found.suggestion)
