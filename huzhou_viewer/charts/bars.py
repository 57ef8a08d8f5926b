"""Bars: one bar per item, its value written at its end, its label as the category tick label; a derived bar
says so beside its value (a direct label: the eye need not go to a legend and back).

No value axis: the numbers are on the bars, so ticks, grid and a left spine would only be clutter."""

from __future__ import annotations

from .parts import derived_style, header, pad, stated_style
from .sheet import Sheet
from .text import DASH, format_number, group_from, unit_is_short, with_unit

BAR_FRACTION = 0.58   # of each item's slot; the rest is the gap between bars
MAX_BAR_LABELS = 7.0  # bars no thicker than this many label heights: two bars should not look like walls


def draw_bars(sheet: Sheet, spec: dict) -> None:
    items = spec.get("items") or []
    if not items:
        raise ValueError(f"chart {spec.get('id')!r}: a bars chart needs at least one item")
    unit = spec.get("unit") or ""
    short = unit_is_short(unit)
    top = sheet.height - header(sheet, "" if short else unit)
    values = [item.get("value") for item in items]
    style = spec.get("numbers")
    # A derived value says so on the bar itself: "≈152", not a bare number that reads as the source's.
    texts = [("\u2248" if item.get("derived") and v is not None else "")
             + with_unit(format_number(v, style, group_from(unit)), unit if short else "", style)
             for item, v in zip(items, values)]
    # The word for a derived bar, on those with a value (a missing one has no bar to label).
    words = [(spec.get("derivedLabel") or "") if item.get("derived") and v is not None else ""
             for item, v in zip(items, values)]
    if spec.get("orientation") == "horizontal":
        _horizontal(sheet, items, values, texts, words, top)
    else:
        _vertical(sheet, items, values, texts, words, top)


def _value_range(values: list, room: float) -> tuple[float, float]:
    """Axis limits leaving `room` (a fraction of the plot) beyond the longest bar for its value label."""
    room = min(room, 0.4)  # in a cramped area the bars keep some length; the label may then cross the edge
    known = [v for v in values if v is not None]
    hi, lo = max(known + [0.0]), min(known + [0.0])
    span = (hi - lo) or 1.0
    span /= 1 - room * (2 if lo < 0 else 1)
    return lo - (room * span if lo < 0 else 0.0), hi + room * span


def _style(sheet: Sheet, item: dict) -> dict:
    return derived_style(sheet) if item.get("derived") else stated_style(sheet)


def _vertical(sheet: Sheet, items: list, values: list, texts: list, words: list, top: float) -> None:
    m, n = pad(sheet), len(items)
    label_font, value_font = sheet.font(sheet.label_px), sheet.font(sheet.value_px, bold=True)
    slot = (sheet.width - 2 * m) / n
    labels = [sheet.wrap(item.get("label", ""), 0.92 * slot, label_font) for item in items]
    tick_pad = 0.45 * sheet.label_px
    bottom = m + sheet.block_height(max(s.count("\n") + 1 for s in labels), label_font) + tick_pad
    ax = sheet.fig.add_axes(sheet.rect(m, bottom, sheet.width - m, top))
    plot_h = max(top - bottom, 1.0)
    offset = 0.3 * sheet.label_px  # between the bar's end and its value
    # A derived bar's word stands over its value, wrapped to the bar's slot.
    words = [sheet.wrap(w, 0.92 * slot, label_font) if w else "" for w in words]
    word_h = max((sheet.measure(w, label_font)[1] for w in words if w), default=0.0)
    value_h = sheet.block_height(1, value_font)
    room = (value_h + offset + word_h) / plot_h
    lo, hi = _value_range(values, room)
    ax.set_ylim(lo, hi)
    ax.set_xlim(-0.5, n - 0.5)
    width = min(BAR_FRACTION, MAX_BAR_LABELS * sheet.label_px / slot)

    for x, (item, value, text, word) in enumerate(zip(items, values, texts, words)):
        if value is not None:
            ax.bar(x, value, width, **_style(sheet, item))
        up = value is None or value >= 0
        ax.annotate(sheet.shown(text), (x, value or 0), xytext=(0, sheet.pt(offset) * (1 if up else -1)),
                    textcoords="offset points", ha="center", va="bottom" if up else "top",
                    fontproperties=value_font, color=sheet.theme.muted if text == DASH else sheet.theme.text)
        if word:
            ax.annotate(sheet.shown(word), (x, value or 0),
                        xytext=(0, sheet.pt(offset + value_h - 0.15 * sheet.value_px) * (1 if up else -1)),
                        textcoords="offset points", ha="center", va="bottom" if up else "top",
                        fontproperties=label_font, color=sheet.theme.muted, linespacing=1.2,
                        multialignment="center")
    ax.set_xticks(range(n), [sheet.shown(s) for s in labels], fontproperties=label_font,
                  color=sheet.theme.text, linespacing=1.2)
    ax.tick_params(axis="x", length=0, pad=sheet.pt(tick_pad))
    _bare(sheet, ax, baseline="h")


def _horizontal(sheet: Sheet, items: list, values: list, texts: list, words: list, top: float) -> None:
    m, n = pad(sheet), len(items)
    label_font, value_font = sheet.font(sheet.label_px), sheet.font(sheet.value_px, bold=True)
    labels = [sheet.wrap(item.get("label", ""), 0.34 * (sheet.width - 2 * m), label_font) for item in items]
    tick_pad = 0.6 * sheet.label_px
    left = m + max(sheet.measure(s, label_font)[0] for s in labels) + tick_pad
    ax = sheet.fig.add_axes(sheet.rect(left, m, sheet.width - m, top))
    plot_w = max(sheet.width - m - left, 1.0)
    offset = 0.4 * sheet.label_px
    gap = 0.4 * sheet.label_px  # between a value and its derived word
    words = [sheet.wrap(w, 0.22 * (sheet.width - 2 * m), label_font) if w else "" for w in words]
    reach = [sheet.measure(t, value_font)[0] + (gap + sheet.measure(w, label_font)[0] if w else 0.0)
             for t, w in zip(texts, words)]
    room = (max(reach) + offset) / plot_w
    lo, hi = _value_range(values, room)
    ax.set_xlim(lo, hi)
    ax.set_ylim(n - 0.5, -0.5)  # first item on top, as it is read
    row = (top - m) / n
    height = min(BAR_FRACTION, 0.6 * MAX_BAR_LABELS * sheet.label_px / row)

    for y, (item, value, text, word) in enumerate(zip(items, values, texts, words)):
        if value is not None:
            ax.barh(y, value, height, **_style(sheet, item))
        right = value is None or value >= 0
        ax.annotate(sheet.shown(text), (value or 0, y), xytext=(sheet.pt(offset) * (1 if right else -1), 0),
                    textcoords="offset points", ha="left" if right else "right", va="center_baseline",
                    fontproperties=value_font, color=sheet.theme.muted if text == DASH else sheet.theme.text)
        if word:
            beyond = offset + sheet.measure(text, value_font)[0] + gap
            ax.annotate(sheet.shown(word), (value or 0, y), xytext=(sheet.pt(beyond) * (1 if right else -1), 0),
                        textcoords="offset points", ha="left" if right else "right",
                        va="center_baseline" if "\n" not in word else "center",
                        fontproperties=label_font, color=sheet.theme.muted, linespacing=1.2)
    ax.set_yticks(range(n), [sheet.shown(s) for s in labels], fontproperties=label_font,
                  color=sheet.theme.text, linespacing=1.2)
    ax.tick_params(axis="y", length=0, pad=sheet.pt(tick_pad))
    _bare(sheet, ax, baseline="v")


def _bare(sheet: Sheet, ax, baseline: str) -> None:
    """No spines, no grid, no value ticks; one quiet line where the bars start."""
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.grid(False)
    ax.patch.set_visible(False)  # the card shows through
    line = {"color": sheet.theme.muted, "linewidth": sheet.pt(0.0018 * sheet.screen_height), "zorder": 0.5}
    if baseline == "h":
        ax.tick_params(axis="y", left=False, labelleft=False)
        ax.axhline(0, **line)
    else:
        ax.tick_params(axis="x", bottom=False, labelbottom=False)
        ax.axvline(0, **line)
