"""Chart spec (a plain dict, already in one language) -> matplotlib Figure -> RGBA pixels.

Figures are built with the Figure API, never pyplot: pyplot keeps every figure it made in a registry
until closed, which in a show running for hours is a leak."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import cast

import matplotlib
from matplotlib.backend_bases import FigureCanvasBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from .bars import draw_bars
from .milestones import draw_milestones
from .share import draw_share
from .sheet import Sheet, new_sheet
from .theme import ChartTheme

_DRAWERS: dict[str, Callable[[Sheet, dict], None]] = {
    "bars": draw_bars,
    "milestones": draw_milestones,
    "share": draw_share,
}
CHART_KINDS = tuple(_DRAWERS)
TEXT_SCALE_STEP = 0.125  # how far a larger text size steps down at a time when a chart's texts do not fit


def figure_for(spec: dict, theme: ChartTheme, width_px: int, height_px: int,
               screen_height_px: float | None = None, *, transparent: bool = True) -> Figure:
    """A Figure of exactly width_px x height_px pixels showing `spec`.

    screen_height_px is the height of the screen the chart is shown on (default 2.2 x height_px): no tick
    or value label is smaller than 1/30 of it (a crowded milestone run: 1/40). transparent=True leaves the
    figure background empty so the chart sits on the view's card; False fills it with theme.background.
    The title, source and notes of the spec are not drawn (the view shows them). Raises ValueError for an
    unknown chart kind, LookupError when theme.font_family is not registered (see register_fonts)."""
    kind = spec.get("chart")
    drawer = _DRAWERS.get(kind)  # type: ignore[arg-type]
    if spec.get("kind", "chart") != "chart" or drawer is None:
        raise ValueError(f"chart {spec.get('id')!r}: unknown chart kind {kind!r} "
                         f"(expected one of: {', '.join(CHART_KINDS)})")
    # A visitor's larger text is tried first, then stepped down towards the designed size while any text would
    # leave the picture or lie over another: a chart box does not grow with the text, and the designed size fits.
    scale = theme.text_scale
    while True:
        sheet = new_sheet(replace(theme, text_scale=scale), width_px, height_px, screen_height_px, transparent)
        with matplotlib.rc_context(sheet.rc()):
            drawer(sheet, spec)
        if scale <= 1.0 or _texts_fit(sheet.fig):
            return sheet.fig
        _release(sheet.fig)
        scale = max(1.0, round(scale - TEXT_SCALE_STEP, 3))


def _texts_fit(fig: Figure) -> bool:
    """Every shown text inside the picture (to a pixel) and none over another."""
    fig.draw_without_rendering()
    renderer = cast(FigureCanvasAgg, fig.canvas).get_renderer()
    width, height = cast(FigureCanvasAgg, fig.canvas).get_width_height()
    boxes = [t.get_window_extent(renderer) for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]
    if any(b.x0 < -1 or b.y0 < -1 or b.x1 > width + 1 or b.y1 > height + 1 for b in boxes):
        return False
    return not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def render_rgba(spec: dict, theme: ChartTheme, width_px: int, height_px: int,
                screen_height_px: float | None = None, *, transparent: bool = True) -> tuple[bytes, int, int]:
    """Draw `spec` and return (pixels, width, height): width*height*4 bytes, rows top to bottom, RGBA8888
    with straight (NOT premultiplied) alpha, as matplotlib's Agg renders it, so it matches Qt's
    QImage.Format_RGBA8888 (not Format_RGBA8888_Premultiplied).

    The figure is cleared and dropped before returning; no reference to it is kept."""
    fig = figure_for(spec, theme, width_px, height_px, screen_height_px, transparent=transparent)
    try:
        canvas = cast(FigureCanvasAgg, fig.canvas)  # figure_for draws on Agg
        canvas.draw()
        width, height = canvas.get_width_height()
        pixels = bytes(canvas.buffer_rgba())  # a copy: the renderer's buffer goes with the figure
    finally:
        _release(fig)
        del fig
    return pixels, width, height


def _release(fig: Figure) -> None:
    # The renderer's full-size pixel buffer is held by the canvas (which the figure points back at) and
    # by every drawn Text (matplotlib caches it as Text._renderer, and artists sit in reference cycles).
    # Left alone, it is freed only by a full garbage collection, which in a busy process comes late, so
    # memory would swing by a few buffers. Unhooking it here frees it at once, by reference counting.
    for text in fig.findobj(Text):
        text._renderer = None  # type: ignore[attr-defined]  # private; what Text.__getstate__ does too
    fig.clear()
    FigureCanvasBase(fig)  # replaces the Agg canvas, which then dies with its renderer
