"""Small geometry for laying out labels: packing boxes along a line, and collision tests.

All in pixels; a box is (left, bottom, right, top), a segment is (x0, y0, x1, y1)."""

from __future__ import annotations

Box = tuple[float, float, float, float]
Segment = tuple[float, float, float, float]


def pack(ideal: list[float], widths: list[float], lo: float, hi: float, gap: float) -> list[float]:
    """Centres for boxes kept in order, at least `gap` apart, within [lo, hi], each as near its ideal
    centre as possible (least squares: a crowded run is shifted as a whole, not pushed to one side).

    Runs of boxes that would overlap are merged into blocks placed at the mean of their wishes, the
    usual pool-adjacent-violators step; a block is clamped to the bounds before it is compared."""
    blocks: list[list] = []  # [first index, last index, left, width, sum of wished lefts, count]
    for i, (c, w) in enumerate(zip(ideal, widths)):
        block = [i, i, 0.0, w, c - w / 2, 1]
        _settle(block, lo, hi)
        while blocks and blocks[-1][2] + blocks[-1][3] + gap > block[2]:
            prev = blocks.pop()
            offset = prev[3] + gap  # where this block's members start inside the merged one
            block = [prev[0], block[1], 0.0, offset + block[3], prev[4] + block[4] - offset * block[5],
                     prev[5] + block[5]]
            _settle(block, lo, hi)
        blocks.append(block)
    centres: list[float] = []
    for first, last, left, _, _, _ in blocks:
        for j in range(first, last + 1):
            centres.append(left + widths[j] / 2)
            left += widths[j] + gap
    return centres


def _settle(block: list, lo: float, hi: float) -> None:
    block[2] = max(lo, min(block[4] / block[5], hi - block[3]))


def boxes_overlap(a: Box, b: Box, clearance: float = 0.0) -> bool:
    return a[0] < b[2] + clearance and b[0] < a[2] + clearance and a[1] < b[3] and b[1] < a[3]


def segment_hits_box(s: Segment, box: Box, clearance: float = 0.0) -> bool:
    """Liang-Barsky: does the segment pass through the box grown by `clearance` on the left and right?"""
    x0, y0, x1, y1 = s
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    edges = ((-dx, x0 - (box[0] - clearance)), (dx, box[2] + clearance - x0), (-dy, y0 - box[1]), (dy, box[3] - y0))
    for p, q in edges:
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def segments_cross(a: Segment, b: Segment) -> bool:
    def side(px, py, qx, qy, rx, ry):
        return (qx - px) * (ry - py) - (qy - py) * (rx - px)

    d1 = side(b[0], b[1], b[2], b[3], a[0], a[1])
    d2 = side(b[0], b[1], b[2], b[3], a[2], a[3])
    d3 = side(a[0], a[1], a[2], a[3], b[0], b[1])
    d4 = side(a[0], a[1], a[2], a[3], b[2], b[3])
    return d1 * d2 < 0 and d3 * d4 < 0
