"""Charts drawn from a scene's figures, as pixels for the Qt layer to show on a card.

Qt-free (an import-linter contract forbids PySide6 here) and pyplot-free: figures are made with the
`matplotlib.figure.Figure` API and dropped after drawing, so a long show keeps flat memory.

Importing this package must stay cheap: the program imports it before its first frame and matplotlib
only after. So the drawing names are resolved lazily on first use:

    from huzhou_viewer.charts import ChartTheme, register_fonts, render_rgba
    register_fonts(resources.font_files())          # once, before the first chart
    rgba, w, h = render_rgba(spec, theme, 1100, 560)  # straight (not premultiplied) RGBA8888
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .theme import ChartTheme

# name -> submodule that defines it; those submodules import matplotlib, so load them only when asked.
_LAZY = {"figure_for": "draw", "render_rgba": "draw", "register_fonts": "fonts", "CHART_KINDS": "draw"}

__all__ = ["ChartTheme", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
