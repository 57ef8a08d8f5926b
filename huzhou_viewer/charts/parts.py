"""Pieces shared by the chart kinds: how a derived value looks, and the header row above a chart
(the unit when it is too long to repeat after each value), and how a derived value says so on itself."""

from __future__ import annotations

from matplotlib.colors import to_rgba

from .sheet import Sheet
from .text import has_cjk
from .theme import DERIVED_FILL_ALPHA

DERIVED_HATCH = "//"


def stated_style(sheet: Sheet) -> dict:
    return {"facecolor": sheet.theme.accent, "edgecolor": "none", "linewidth": 0}


def derived_style(sheet: Sheet) -> dict:
    """A worked-out value: a pale fill with hatching and an outline, all in the accent colour."""
    return {"facecolor": to_rgba(sheet.theme.accent, DERIVED_FILL_ALPHA), "edgecolor": sheet.theme.accent,
            "hatch": DERIVED_HATCH, "linewidth": sheet.pt(0.0016 * sheet.screen_height)}


def derived_marker_style(sheet: Sheet) -> dict:
    """A worked-out milestone: a hollow dot (a hatch would not show on something this small)."""
    return {"facecolor": sheet.theme.background, "edgecolor": sheet.theme.accent,
            "linewidth": sheet.pt(0.0028 * sheet.screen_height)}


def pad(sheet: Sheet) -> float:
    """The margin kept clear round the chart's edges, in pixels."""
    return 0.5 * sheet.label_px


def header(sheet: Sheet, caption: str) -> float:
    """Draw the unit caption (top left); return the height it takes from the top of the figure, in pixels (0
    without one). Derived values say so where they are drawn (`with_derived`, the bars' own labels): no legend."""
    if not caption:
        return 0.0
    font = sheet.font(sheet.label_px)
    m = pad(sheet)
    caption = sheet.wrap(caption, sheet.width - 2 * m, font)
    sheet.text(m, sheet.height - m, caption, font, sheet.theme.muted, ha="left", va="top")
    return m + sheet.measure(caption, font)[1] + 1.2 * sheet.label_px  # breathing room above the chart


def with_derived(label: str, derived_label: str) -> str:
    """A label that says its value is worked out, in the label's script: "2019年（推算）", "2019 (derived)"."""
    if not derived_label:
        return label
    if not label:
        return derived_label
    return f"{label}\uff08{derived_label}\uff09" if has_cjk(label + derived_label) else f"{label} ({derived_label})"
