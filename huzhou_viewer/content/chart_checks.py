"""What each kind of chart needs beyond the schema: numbers where it draws, a unit, a sane range.

content.checks runs these on every chart block and reports each problem where it says.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from huzhou_viewer.content.locate import KeyPath
from huzhou_viewer.content.messages import Said, said
from huzhou_viewer.content.model import ChartBlock
from huzhou_viewer.content.problems import Severity, quoted

MAX_CHART_VALUE = 1e15  # past this, axis arithmetic overflows or labels run to dozens of digits

# (key path, message, severity, whether it is reported at the key rather than the value) for each problem found.
Found = Iterator[tuple[KeyPath, Said, Severity, bool]]


def _error(where: KeyPath, message: Said, key: bool = False) -> tuple[KeyPath, Said, Severity, bool]:
    return where, message, "error", key


def chart_problems(path: KeyPath, chart: ChartBlock, languages: list[str] | None) -> Found:
    """The chart block at `path`; `languages` are the pack's (None when pack.yaml failed to load)."""
    if not chart.items:
        yield _error(path + ("items",), said("a '{chart}' chart needs at least one item", chart=chart.chart))
    if chart.chart in ("bars", "share") and chart.unit is None:
        yield _error(path + ("chart",), said("a '{chart}' chart needs a 'unit' (such as 万人次 / %)",
                                             chart=chart.chart))
    if chart.chart == "milestones" and chart.start is None:
        yield _error(path + ("chart",), said("a 'milestones' chart needs a 'start': the label of day 0"))
    yield from _values(path, chart)
    if chart.chart == "milestones":
        days = [item.value for item in chart.items if item.value is not None]
        if days != sorted(days):
            yield _error(path + ("items",), said("milestones must be in order of their day (value)"))
    if chart.chart == "share":
        yield from _share(path, chart)
    yield from _scale(path, chart, languages)
    if chart.chart != "bars" and chart.orientation != "vertical":
        yield path + ("orientation",), said("'orientation' applies to 'bars' charts only"), "warning", False


def _values(path: KeyPath, chart: ChartBlock) -> Found:
    for i, item in enumerate(chart.items):
        where = path + ("items", i)
        if item.value is None:
            if item.derived:
                yield _error(where + ("derived",), said("'derived' marks a value, but this item has no 'value'"))
            if chart.chart != "bars":
                yield _error(where, said("each item of a '{chart}' chart needs a 'value'", chart=chart.chart))
        elif not math.isfinite(item.value) or item.value < 0:
            yield _error(where + ("value",), said("value {value:g} is not a number of 0 or more", value=item.value))
        elif item.value > MAX_CHART_VALUE:
            yield _error(where + ("value",), said("value {value:g} is too large to draw (at most {limit:g}; use "
                                                  "'scale' or another unit)", value=item.value, limit=MAX_CHART_VALUE))


def _share(path: KeyPath, chart: ChartBlock) -> Found:
    total = chart.total if chart.total is not None else 100.0
    if len(chart.items) > 1:
        yield _error(path + ("items", 1), said("a 'share' chart shows one share: give one item"))
    if not total > 0:
        yield _error(path + ("total",), said("total must be above 0"))
    elif chart.items and chart.items[0].value is not None and chart.items[0].value > total:
        yield _error(path + ("items", 0, "value"), said("the share is larger than the total ({total:g})", total=total))


def _scale(path: KeyPath, chart: ChartBlock, languages: list[str] | None) -> Found:
    for language, divisor in chart.scale.items():
        where = path + ("scale", language)
        if languages is not None and language not in languages:
            yield _error(where, said("'{language}' is not a language of this pack (languages: {languages})",
                                     language=language, languages=quoted(languages)), key=True)
        elif not divisor > 0 or not math.isfinite(divisor):
            yield _error(where, said("a scale must be a number above 0"))
        elif any(item.value is not None and item.value / divisor > MAX_CHART_VALUE for item in chart.items):
            yield _error(where, said("scale {scale:g} makes a value too large to draw (at most {limit:g} once "
                                     "scaled)", scale=divisor, limit=MAX_CHART_VALUE))
