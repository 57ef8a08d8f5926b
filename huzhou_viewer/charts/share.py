"""Share: one percentage as a ring, the share in the accent colour over a faint full circle, the
percentage large in the middle and the item's label beside the ring (or under it, if the area is tall)."""

from __future__ import annotations

from matplotlib.colors import to_rgba
from matplotlib.patches import Wedge

from .parts import derived_style, pad, stated_style, with_derived
from .sheet import Sheet
from .text import DASH, format_number, with_unit
from .theme import TRACK_ALPHA

RING = 0.2          # ring thickness, as a fraction of its radius


def draw_share(sheet: Sheet, spec: dict) -> None:
    items = spec.get("items") or []
    if not items:
        raise ValueError(f"chart {spec.get('id')!r}: a share chart needs one item")
    item = items[0]  # one ring per chart; a second share would need a second chart
    value = item.get("value")
    total = spec.get("total") or 100.0
    percent = None if value is None else 100.0 * value / total
    style = spec.get("numbers")
    big = DASH if percent is None else with_unit(format_number(round(percent, 1), style), "%", style)
    top = sheet.height

    m = pad(sheet)
    label_font = sheet.font(sheet.value_px)
    label = with_derived(item.get("label", ""), spec.get("derivedLabel") or "" if item.get("derived") else "")
    beside = sheet.width >= 1.3 * (top - m)
    gap = 1.2 * sheet.label_px
    if beside:
        size = min(top - 2 * m, 0.5 * (sheet.width - 2 * m))
        label = sheet.wrap(label, sheet.width - 2 * m - size - gap, label_font)
        label_w, _ = sheet.measure(label, label_font)
        left = (sheet.width - (size + (gap + label_w if label else 0))) / 2  # the pair centred
        bottom = m + (top - 2 * m - size) / 2
        if label:
            sheet.text(left + size + gap, bottom + size / 2, label, label_font, sheet.theme.text,
                       ha="left", va="center")
    else:
        label = sheet.wrap(label, sheet.width - 2 * m, label_font)
        label_h = sheet.measure(label, label_font)[1] + gap if label else 0.0
        size = max(min(sheet.width - 2 * m, top - 2 * m - label_h), 2 * sheet.label_px)
        left, bottom = (sheet.width - size) / 2, m + label_h
        if label:
            sheet.text(sheet.width / 2, m + label_h - gap, label, label_font, sheet.theme.text,
                       ha="center", va="top", multialignment="center")

    ax = sheet.fig.add_axes(sheet.rect(left, bottom, left + size, bottom + size))
    ax.set_axis_off()
    ax.set_xlim(-1, 1)
    ax.set_ylim(-1, 1)
    ax.add_patch(Wedge((0, 0), 1, 0, 360, width=RING, facecolor=to_rgba(sheet.theme.muted, TRACK_ALPHA),
                       edgecolor="none"))
    if percent is not None and percent > 0:
        style = derived_style(sheet) if item.get("derived") else stated_style(sheet)
        sweep = 360.0 * min(percent, 100.0) / 100.0
        ax.add_patch(Wedge((0, 0), 1, 90 - sweep, 90, width=RING, **style))  # clockwise from twelve
    # The number as large as the hole allows: a quarter of the ring's size, narrowed to fit the hole.
    font_px = 0.26 * size
    width = sheet.measure(big, sheet.font(font_px, bold=True))[0]
    font_px *= min(1.0, 0.78 * (1 - RING) * size / width)
    ax.text(0, 0, sheet.shown(big), fontproperties=sheet.font(max(font_px, sheet.value_px), bold=True),
            color=sheet.theme.text, ha="center", va="center_baseline")
