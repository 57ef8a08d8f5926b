"""Milestones: days since a start, on one horizontal line. Each event is a dot with its day number above
and its label below. Labels sit in one or more rows (neighbours alternating), each row packed so no two
touch; a leader runs from each dot to its label, slanting when a crowded run had to be spread out.
On a tall picture (a portrait screen) the line stands upright: days down the line, numbers to its left,
labels to its right, each with the whole width beside it, so a label wraps between words, never squeezed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from matplotlib.lines import Line2D
from matplotlib.patches import Circle

from .parts import derived_marker_style, header, pad, with_derived
from .placement import Box, Segment, boxes_overlap, pack, segment_hits_box, segments_cross
from .sheet import Sheet
from .text import format_number, unit_is_short, with_unit

MAX_ROWS = 4
LABEL_SCALES = (1.0, 0.9, 0.8, 0.75)  # of the label size: 0.75 of 1/30 of the screen is 1/40
OVERLAP = 100  # a layout's score at or past this has texts or leaders over one another (see _side)
LABEL_CAP = 0.34  # of the width: a label wider than this reads as a paragraph, not a tag


@dataclass
class _Point:
    day: float
    number: str
    label: str
    start: bool = False
    derived: bool = False


@dataclass
class _Row:
    """Texts on one side of the line: their boxes and the leaders to them (relative to the axis at y=0)."""
    texts: list[str]
    boxes: list[Box | None]
    leaders: list[Segment | None]
    rows: int
    extent: float  # how far the farthest text reaches from the axis
    score: float   # lower reads better (overlaps first)


def draw_milestones(sheet: Sheet, spec: dict) -> None:
    unit = spec.get("unit") or ""
    short = unit_is_short(unit)
    # An event without a day has no place on a day axis: it is left out (the view lists the figures).
    events = sorted((i for i in spec.get("items") or [] if i.get("value") is not None), key=lambda i: i["value"])
    points = [_Point(0.0, "", spec.get("start") or "", start=True)]
    style = spec.get("numbers")
    word = spec.get("derivedLabel") or ""  # said on the derived milestone's own label, not in a legend
    points += [_Point(float(i["value"]), with_unit(format_number(i["value"], style), unit if short else "", style),
                      with_derived(i.get("label", ""), word if i.get("derived") else ""),
                      derived=bool(i.get("derived"))) for i in events]
    top = sheet.height - header(sheet, "" if short else unit)
    if sheet.height > 1.1 * sheet.width:
        _upright(sheet, points, top)
        return

    m = pad(sheet)
    r = 0.42 * sheet.label_px  # dot radius
    last = max(p.day for p in points) or 1.0
    x0, x1 = m + 2 * r, sheet.width - m - 2 * r
    xs = [x0 + (x1 - x0) * p.day / last for p in points]

    # The labels at the back row's size (1/30 of the screen); a run too crowded for any layout at that size
    # steps down, to no less than 1/40 (MIN_LABEL_SCALE), before it would draw labels over one another.
    for scale in LABEL_SCALES:
        label_font, number_font = sheet.font(sheet.label_px * scale), sheet.font(sheet.value_px * scale, bold=True)
        start_font = sheet.font(sheet.label_px * scale, bold=True)
        numbers = _best(_side(sheet, xs, [p.number for p in points], [number_font] * len(points), r, rows, 1.0, -1)
                        for rows in (1, 2))
        room = top - m - numbers.extent
        labels = min((_side(sheet, xs, [p.label for p in points],
                            [start_font if p.start else label_font for p in points], r, rows, narrow, +1)
                      for rows in range(1, min(MAX_ROWS, len(points)) + 1) for narrow in (1.0, 0.75, 0.5)),
                     key=lambda row: (row.extent > room, row.score))  # clipped is worse than anything else
        if labels.score < OVERLAP and numbers.score < OVERLAP and labels.extent <= room:
            break
    free = top - m - numbers.extent - labels.extent
    axis_y = m + labels.extent + max(free, 0) / 2  # the whole drawing centred in the space left

    # One axes over the whole figure with data units = pixels: layout is plain arithmetic.
    ax = sheet.fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(0, sheet.width)
    ax.set_ylim(0, sheet.height)
    theme = sheet.theme
    leader: dict[str, Any] = {"color": theme.muted, "linewidth": sheet.pt(0.0012 * sheet.screen_height),
                              "alpha": 0.7, "zorder": 1}
    for side, sign in ((labels, -1), (numbers, +1)):
        for i, (text, box, seg) in enumerate(zip(side.texts, side.boxes, side.leaders)):
            if box is None or seg is None:
                continue
            ax.add_line(Line2D([seg[0], seg[2]], [axis_y + sign * seg[1], axis_y + sign * seg[3]], **leader))
            is_label = side is labels
            font = (start_font if points[i].start else label_font) if is_label else number_font
            colour = theme.gold if points[i].start else theme.text
            edge = box[1]  # the edge nearer the axis: top of a label, bottom of a number
            ax.text((box[0] + box[2]) / 2, axis_y + sign * edge, sheet.shown(text), fontproperties=font, color=colour,
                    ha="center", va="top" if is_label else "bottom", multialignment="center",
                    linespacing=1.2, zorder=3)
    ax.add_line(Line2D([xs[0], xs[-1]], [axis_y, axis_y], color=theme.accent, zorder=2,
                       linewidth=sheet.pt(0.0055 * sheet.screen_height), solid_capstyle="round"))
    for p, x in zip(points, xs):
        if p.derived:
            style = derived_marker_style(sheet)
        else:
            style = {"facecolor": theme.gold if p.start else theme.accent, "edgecolor": theme.text,
                     "linewidth": sheet.pt(0.0022 * sheet.screen_height)}
        ax.add_patch(Circle((x, axis_y), r, zorder=4, **style))


def _upright(sheet: Sheet, points: list[_Point], top: float) -> None:
    """The line from top to bottom: each event's number on its left, its label on its right, packed so none
    touch; a leader from the dot when a label had to move."""
    m, theme = pad(sheet), sheet.theme
    r = 0.42 * sheet.label_px
    label_font, number_font = sheet.font(sheet.label_px), sheet.font(sheet.value_px, bold=True)
    start_font = sheet.font(sheet.label_px, bold=True)
    gap = 0.6 * sheet.label_px
    number_width = max((sheet.measure(p.number, number_font)[0] for p in points if p.number), default=0.0)
    axis_x = m + number_width + gap + r
    label_room = sheet.width - m - axis_x - r - 2 * gap
    labels = [sheet.wrap(p.label, label_room, start_font if p.start else label_font) for p in points]
    heights = [max(sheet.measure(t, start_font if p.start else label_font)[1] if t else 0.0,
                   sheet.measure(p.number, number_font)[1] if p.number else 0.0) for t, p in zip(labels, points)]
    last = max(p.day for p in points) or 1.0
    y_top, y_bottom = top - m - heights[0] / 2, m + heights[-1] / 2
    dots = [y_top - (y_top - y_bottom) * p.day / last for p in points]
    # Packed downwards from the top: pack() works on rising coordinates, so on the distance from the top.
    placed = pack([y_top - y for y in dots], heights, 0.0, y_top - m, 0.25 * sheet.label_px)
    centres = [y_top - c for c in placed]
    ax = sheet.fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(0, sheet.width)
    ax.set_ylim(0, sheet.height)
    ax.add_line(Line2D([axis_x, axis_x], [dots[0], dots[-1]], color=theme.accent, zorder=2,
                       linewidth=sheet.pt(0.0055 * sheet.screen_height), solid_capstyle="round"))
    leader: dict[str, Any] = {"color": theme.muted, "linewidth": sheet.pt(0.0012 * sheet.screen_height),
                              "alpha": 0.7, "zorder": 1}
    for p, y, c, label in zip(points, dots, centres, labels):
        if abs(c - y) > 0.5:
            ax.add_line(Line2D([axis_x + r, axis_x + r + gap * 0.8], [y, c], **leader))
        ax.text(axis_x + r + gap, c, sheet.shown(label), fontproperties=start_font if p.start else label_font,
                color=theme.gold if p.start else theme.text, ha="left", va="center", linespacing=1.2, zorder=3)
        if p.number:
            ax.text(axis_x - r - gap, c, sheet.shown(p.number), fontproperties=number_font, color=theme.text,
                    ha="right", va="center", zorder=3)
        style = derived_marker_style(sheet) if p.derived else {
            "facecolor": theme.gold if p.start else theme.accent, "edgecolor": theme.text,
            "linewidth": sheet.pt(0.0022 * sheet.screen_height)}
        ax.add_patch(Circle((axis_x, y), r, zorder=4, **style))


def _best(candidates) -> _Row:
    return min(candidates, key=lambda row: row.score)


def _side(sheet: Sheet, xs: list[float], texts: list[str], fonts, r: float, rows: int, narrow: float,
          direction: int) -> _Row:
    """Lay out the texts of one side (labels below: direction +1 counts downwards from the axis; numbers
    above). Coordinates are distances from the axis, so both sides are planned before the axis is placed.
    Text i goes to row i % rows; each row is packed along the line; a leader joins the dot to the text."""
    m, n = pad(sheet), len(xs)
    gap = 0.45 * sheet.label_px
    clearance = 0.3 * sheet.label_px
    separation = (1.1 if direction > 0 else 0.8) * sheet.label_px
    usable = sheet.width - 2 * m
    wrapped, sizes = list(texts), [(0.0, 0.0)] * n
    for i in range(n):
        if not texts[i]:
            continue
        if direction > 0:  # labels wrap; numbers are short and stay on one line
            # Room: the stretch between the neighbours in its row, or an equal share of the row if crowded.
            same = [j for j in range(n) if j % rows == i % rows and texts[j]]
            k = same.index(i)
            left = xs[same[k - 1]] if k else m - (xs[i] - m)
            right = xs[same[k + 1]] if k + 1 < len(same) else sheet.width - m + (sheet.width - m - xs[i])
            room = max((right - left) / 2, usable / len(same)) - gap
            wrapped[i] = sheet.wrap(texts[i], max(narrow * min(room, LABEL_CAP * sheet.width), 3 * sheet.label_px),
                                    fonts[i])
        sizes[i] = sheet.measure(wrapped[i], fonts[i])

    centres = [0.0] * n
    for row in range(rows):
        members = [i for i in range(n) if i % rows == row and texts[i]]
        widths = [sizes[i][0] for i in members]
        # A wide gap between neighbours in a row, or two short labels read as one line; narrower only
        # when the row would not fit otherwise.
        sep = separation
        if len(members) > 1 and sum(widths) + sep * (len(members) - 1) > usable:
            sep = max(2 * clearance, (usable - sum(widths)) / (len(members) - 1))
        placed = pack([xs[i] for i in members], widths, m, sheet.width - m, sep)
        for i, c in zip(members, placed):
            centres[i] = c
    shift = max((abs(centres[i] - xs[i]) for i in range(n) if texts[i]), default=0.0)
    # Slanted leaders need a taller channel between the line and the first row to stay legible.
    channel = r + gap + min(0.35 * shift, 2.0 * sheet.label_px)
    step = max(h for _, h in sizes) + gap

    boxes: list[Box | None] = [None] * n
    leaders: list[Segment | None] = [None] * n
    for i in range(n):
        if not texts[i]:
            continue
        w, h = sizes[i]
        near = channel + (i % rows) * step  # distance from the axis to the text's near edge
        boxes[i] = (centres[i] - w / 2, near, centres[i] + w / 2, near + h)
        # Straight down (or up) when the text still spans its dot; slanted only for a text moved aside.
        inside = centres[i] - w / 2 + clearance <= xs[i] <= centres[i] + w / 2 - clearance
        leaders[i] = (xs[i], 0.0, xs[i] if inside else centres[i], near - 0.15 * sheet.label_px)
    extent = channel + (rows - 1) * step + max(h for _, h in sizes)

    overlaps = 0
    live = {i: (box, seg) for i, (box, seg) in enumerate(zip(boxes, leaders)) if box is not None and seg is not None}
    for a, (box, seg) in live.items():
        overlaps += box[0] < m - 1 or box[2] > sheet.width - m + 1
        overlaps += sum(boxes_overlap(box, other, clearance) for b, (other, _) in live.items() if b > a)
        overlaps += sum(segment_hits_box(seg, other, clearance) for b, (other, _) in live.items() if b != a)
        overlaps += sum(segments_cross(seg, other) for b, (_, other) in live.items() if b > a)
    lines = max(s.count("\n") + 1 for s in wrapped)
    # One more row costs about as much as 1.5 more lines per label; a shifted label a little less.
    score = overlaps * 100 + lines + 1.5 * (rows - 1) + shift / (4 * sheet.label_px)
    return _Row(wrapped, boxes, leaders, rows, extent, score)
