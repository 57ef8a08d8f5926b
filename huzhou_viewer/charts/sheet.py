"""The figure a chart is drawn on, with its sizes worked out from the screen it will be seen on.

Sizes are thought of in screen pixels. The dpi is tied to the screen height (100 dpi on a 1080-line
screen, 200 on 2160), so a font size in points is the same fraction of the screen at any resolution and
line widths and hatching scale with it: a chart drawn for 4K is the 1080p chart, twice as sharp."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import cast

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager
from matplotlib.text import Text

from .fonts import font_chain
from .text import shown, wrap
from .theme import ChartTheme

SCREEN_TO_FIGURE_HEIGHT = 2.2  # a chart usually fills a bit under half of the stage's height
LINES_PER_SCREEN = 30          # no label smaller than 1/30 of the screen: readable from the back of a hall
LINE_SPACING = 1.2             # matplotlib's default for multi-line text, used to foresee block heights
# Figure size is pixels/dpi; the canvas takes int(size*dpi), and 1000/dpi*dpi may come back as 999.999.
_SIZE_EPSILON = 1e-3


@dataclass
class Sheet:
    fig: Figure
    theme: ChartTheme
    width: int
    height: int
    screen_height: float

    @property
    def dpi(self) -> float:
        return self.fig.dpi

    @property
    def min_px(self) -> float:
        """The smallest text allowed, in pixels: one thirtieth of the screen height, times the visitor's text size."""
        return self.screen_height / LINES_PER_SCREEN * self.theme.text_scale

    # Text sizes, in pixels, as multiples of the minimum (the 1.05 keeps rounding safely above it).
    @property
    def label_px(self) -> float:
        return 1.05 * self.min_px

    @property
    def value_px(self) -> float:
        return 1.25 * self.min_px

    def pt(self, px: float) -> float:
        """Pixels to points at this figure's dpi (matplotlib sizes text and lines in points)."""
        return px * 72 / self.dpi

    @cached_property
    def families(self) -> list[str]:
        """The bundled font, then the system's for what it lacks (€, Vietnamese, Arabic...): see font_chain; the
        quotes face first where the language sets Latin quotes."""
        quotes = [self.theme.quotes_family] if self.theme.quotes_family else []
        return [*quotes, *font_chain(self.theme.font_family)]

    def font(self, px: float, bold: bool = False) -> FontProperties:
        return FontProperties(family=self.families, size=self.pt(px),
                              weight="bold" if bold else "normal")

    @cached_property
    def _renderer(self):
        # The Agg renderer the figure will be drawn with: measuring with it gives the widths drawn.
        return cast(FigureCanvasAgg, self.fig.canvas).get_renderer()  # new_sheet gave the figure an Agg canvas

    @cached_property
    def _widths(self) -> dict[tuple[str, float, str], float]:
        return {}

    def line_width(self, line: str, font: FontProperties) -> float:
        """Width in pixels of one line. Cached: wrapping and layout search try the same lines again and
        again, and laying out a line of the large CJK font costs about 0.2 ms."""
        key = (line, font.get_size_in_points(), str(font.get_weight()))
        width = self._widths.get(key)
        if width is None:
            width = self._renderer.get_text_width_height_descent(shown(line) or " ", font, ismath=False)[0]
            self._widths[key] = width
        return width

    def measure(self, text: str, font: FontProperties) -> tuple[float, float]:
        """Width and height in pixels of a (possibly multi-line) text."""
        lines = text.split("\n")
        return max(self.line_width(line, font) for line in lines), self.block_height(len(lines), font)

    def block_height(self, lines: int, font: FontProperties) -> float:
        size = font.get_size_in_points() * self.dpi / 72
        return size * (1 + LINE_SPACING * (lines - 1)) + 0.3 * size  # + descent of the last line

    def wrap(self, text: str, max_px: float, font: FontProperties) -> str:
        return wrap(text, max_px, lambda line: self.line_width(line, font))

    @staticmethod
    def shown(text: str) -> str:
        """What matplotlib is given to draw `text` (already wrapped): right-to-left lines shaped and in visual
        order. Every text a chart draws goes through it; measuring (line_width) does so on its own."""
        return shown(text)

    def text(self, x_px: float, y_px: float, s: str, font: FontProperties, color: str, **kw) -> Text:
        """A figure-level text placed in pixels from the bottom left (stored as figure fractions, so
        drawing at another dpi keeps it in place)."""
        return self.fig.text(x_px / self.width, y_px / self.height, shown(s), fontproperties=font, color=color,
                             parse_math=False, linespacing=LINE_SPACING, **kw)

    def rect(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """An axes rectangle from pixel edges, as the figure fractions add_axes wants. At least a pixel
        each way: an area too small for its text still draws (cramped) instead of failing."""
        return (left / self.width, bottom / self.height, max(right - left, 1) / self.width,
                max(top - bottom, 1) / self.height)

    def rc(self) -> dict:
        """rcParams in force while the chart is built. Every Text (tick labels included) takes its font
        family at creation, so nothing is drawn in matplotlib's default DejaVu Sans alone; `$` in a label is
        text, not mathtext."""
        return {
            "font.family": self.families,
            "font.size": self.pt(self.label_px),
            "text.parse_math": False,
            "text.color": self.theme.text,
            "axes.unicode_minus": False,  # a plain hyphen: U+2212 need not be in the font
            "hatch.color": self.theme.accent,
            "hatch.linewidth": self.pt(0.0022 * self.screen_height),
            "axes.linewidth": self.pt(0.0015 * self.screen_height),
        }


def new_sheet(theme: ChartTheme, width_px: int, height_px: int, screen_height_px: float | None,
              transparent: bool) -> Sheet:
    if width_px < 1 or height_px < 1:
        raise ValueError(f"chart size must be positive, not {width_px}x{height_px}")
    if not any(entry.name == theme.font_family for entry in fontManager.ttflist):
        # Without it matplotlib would draw CJK as empty boxes in DejaVu Sans.
        raise LookupError(f"font family {theme.font_family!r} is unknown to matplotlib: "
                          "call huzhou_viewer.charts.register_fonts(font_files()) first")
    screen = float(screen_height_px or SCREEN_TO_FIGURE_HEIGHT * height_px)
    dpi = screen / 10.8
    fig = Figure(figsize=((width_px + _SIZE_EPSILON) / dpi, (height_px + _SIZE_EPSILON) / dpi), dpi=dpi,
                 facecolor="none" if transparent else theme.background)
    FigureCanvasAgg(fig)
    return Sheet(fig, theme, int(width_px), int(height_px), screen)
