"""Pieces shared by the chart kinds: how a derived value looks, and the header row above a chart
(the unit when it is too long to repeat after each value, and the legend for derived values)."""

from __future__ import annotations

from matplotlib.colors import to_rgba
from matplotlib.patches import Ellipse, Patch, Rectangle

from .sheet import Sheet
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


def header(sheet: Sheet, caption: str, derived_label: str | None, swatch: str = "bar") -> float:
    """Draw the unit caption (top left) and the derived-value legend (top right); return the height
    they take from the top of the figure, in pixels (0 when there is neither)."""
    if not caption and not derived_label:
        return 0.0
    font = sheet.font(sheet.label_px)
    m = pad(sheet)
    usable = sheet.width - 2 * m
    line_h = sheet.block_height(1, font)
    sw = 1.3 * sheet.label_px  # legend swatch width; it sits on the first line of the legend text
    gap = 0.4 * sheet.label_px
    caption_w = min(sheet.measure(caption, font)[0], usable) if caption else 0.0

    rows_h = 0.0
    legend_top = sheet.height - m
    if caption:
        caption = sheet.wrap(caption, usable, font)
        sheet.text(m, sheet.height - m, caption, font, sheet.theme.muted, ha="left", va="top")
        rows_h = sheet.measure(caption, font)[1]
    if derived_label:
        beside = usable - caption_w - 1.5 * sheet.label_px if caption else usable
        if caption and beside < 0.4 * usable:  # too narrow beside the caption: its own row under it
            legend_top -= rows_h + gap
            beside = usable
        label = sheet.wrap(derived_label, beside - sw - gap, font)
        text_w, text_h = sheet.measure(label, font)
        x_text = sheet.width - m - text_w
        sheet.text(x_text, legend_top, label, font, sheet.theme.text, ha="left", va="top")
        _swatch(sheet, swatch, x_text - gap - sw, legend_top - line_h / 2 - 0.1 * sheet.label_px, sw)
        rows_h = max(rows_h, sheet.height - m - legend_top + text_h)
    return m + rows_h + 1.2 * sheet.label_px  # breathing room between the header and the chart


def _swatch(sheet: Sheet, kind: str, x: float, y_mid: float, width: float) -> None:
    """A small sample of the derived style, added to the figure (not an axes: ax.patches stays bars).
    Placed in figure fractions, so a circle is an ellipse of the figure's aspect."""
    cx, cy = (x + width / 2) / sheet.width, y_mid / sheet.height
    if kind == "dot":
        d = 0.62 * sheet.label_px
        patch: Patch = Ellipse((cx, cy), d / sheet.width, d / sheet.height, transform=sheet.fig.transFigure,
                        **derived_marker_style(sheet))
    else:
        w, h = width / sheet.width, 0.8 * sheet.label_px / sheet.height
        patch = Rectangle((cx - w / 2, cy - h / 2), w, h, transform=sheet.fig.transFigure, **derived_style(sheet))
    sheet.fig.add_artist(patch)
