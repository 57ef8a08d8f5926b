"""The colours and font a chart is drawn in: the pack's palette, as the Qt layer hands it over."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True)
class ChartTheme:
    background: str  # the stage; used as the figure colour only when a chart is drawn opaque
    surface: str     # the card the chart usually sits on
    text: str        # values and category labels
    muted: str       # captions, the empty part of a ring, axis lines
    accent: str      # bars, the milestone line, the share of a ring
    gold: str        # the milestones' starting point (a festive touch, used sparingly)
    font_family: str = "HuzhouViewer Sans"
    # A face that holds only Latin quotation marks, put before font_family outside Chinese and Japanese, whose
    # full-width quotes the CJK font draws (show/fonts.py); "" for none.
    quotes_family: str = ""
    # The visitor's text size (1, 1.25 or 1.5 times the designed one): labels grow with the scenes' text.
    text_scale: float = 1.0

    def __post_init__(self) -> None:
        # Checked here so a bad palette fails where it was made, not deep inside matplotlib.
        for f in fields(self):
            value = getattr(self, f.name)
            colour = f.name not in ("font_family", "quotes_family", "text_scale")
            if colour and not (isinstance(value, str) and _HEX.fullmatch(value)):
                raise ValueError(f"ChartTheme.{f.name} must be a #RRGGBB colour, not {value!r}")
        if not 0.5 <= self.text_scale <= 3:
            raise ValueError(f"ChartTheme.text_scale must be between 0.5 and 3, not {self.text_scale!r}")


DERIVED_FILL_ALPHA = 0.28  # derived bars are paler AND hatched: told apart without colour vision too
TRACK_ALPHA = 0.22  # the empty part of a share's ring: visible on the dark card, clearly not part of the share


@dataclass(frozen=True)
class Pair:
    """Two colours a chart asks its readers to tell apart; `changes` is the theme's field to change to part them."""

    first: str
    second: str
    first_colour: str
    second_colour: str
    changes: str


def over(colour: str, alpha: float, ground: str) -> str:
    """`colour` at `alpha` over `ground`, as the eye sees the two together."""
    mixed = (round(alpha * int(colour[i:i + 2], 16) + (1 - alpha) * int(ground[i:i + 2], 16)) for i in (1, 3, 5))
    return "#" + "".join(f"{c:02X}" for c in mixed)


def told_apart(theme: ChartTheme, kind: str, derived: bool = False) -> list[Pair]:
    """The pairs of colours a `kind` chart drawn in `theme` relies on (with `derived`: it has derived bars)."""
    pairs = [Pair("the chart", "its card", theme.accent, theme.surface, "accent")]
    if kind == "bars" and derived:
        pairs.append(Pair("stated bars", "derived bars", theme.accent,
                          over(theme.accent, DERIVED_FILL_ALPHA, theme.surface), "accent"))
    if kind == "milestones":
        pairs.append(Pair("the start", "the milestones", theme.gold, theme.accent, "accent"))
    if kind == "share":
        pairs.append(Pair("the share", "the rest of the ring", theme.accent,
                          over(theme.muted, TRACK_ALPHA, theme.surface), "accent"))
    return pairs
