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

    def __post_init__(self) -> None:
        # Checked here so a bad palette fails where it was made, not deep inside matplotlib.
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "font_family" and not (isinstance(value, str) and _HEX.fullmatch(value)):
                raise ValueError(f"ChartTheme.{f.name} must be a #RRGGBB colour, not {value!r}")
