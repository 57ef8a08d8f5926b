"""A chart said in words: what kind it is, what it compares, its highest and lowest values (a timeline's first
and last milestone), and which values are derived, in the language of the chart's view data.

For the audio button, the presenter's notes and the handout, wherever a picture cannot speak. Qt-free and
matplotlib-free: it reads the chart's view data (show/views.py ChartBlockView, already in one language, values in
the language's unit) and the program's words (content/words.py, with the pack's own winning), and writes numbers
with the language's CLDR marks as the chart itself does (content/numbers.py, which charts/text.py uses).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from huzhou_viewer.content.numbers import format_number, with_unit


def describe_chart(chart: Mapping[str, Any], words: Mapping[str, str], language: str = "en") -> str:
    """The generated description of `chart` (a chart's view data) in the words given; "" for a chart
    with nothing to say (no items)."""
    items = [i for i in chart.get("items") or [] if isinstance(i, Mapping)]
    if not items:
        return ""
    style = chart.get("numbers")
    unit = chart.get("unit") or ""
    title = chart.get("title") or ""

    def value(item: Mapping[str, Any]) -> str:
        return with_unit(format_number(item.get("value"), style), unit, style)

    def say(key: str, **fields: str) -> str:
        return fill_in(words[key], fields)

    valued = [i for i in items if isinstance(i.get("value"), (int, float))]
    kind = chart.get("chart")
    if kind == "share":
        parts = [say("chart-share", title=title, label=items[0].get("label", ""), value=value(items[0]))]
    elif kind == "milestones":
        parts = [say("chart-milestones", title=title, count=format_number(len(items), style),
                     start=chart.get("start") or "")]
        if valued:
            parts.append(say("chart-first", label=valued[0].get("label", ""), value=value(valued[0])))
        if len(valued) > 1:
            parts.append(say("chart-last", label=valued[-1].get("label", ""), value=value(valued[-1])))
    else:
        parts = [say("chart-bars", title=title, count=format_number(len(items), style))]
        if valued:
            highest = max(valued, key=lambda i: i["value"])
            lowest = min(valued, key=lambda i: i["value"])
            parts.append(say("chart-highest", label=highest.get("label", ""), value=value(highest)))
            if lowest is not highest and lowest["value"] != highest["value"]:
                parts.append(say("chart-lowest", label=lowest.get("label", ""), value=value(lowest)))
    derived = [str(i.get("label", "")) for i in items if i.get("derived")]
    if derived:
        parts.append(say("chart-derived", labels=listed(derived, language)))
    return _joined(parts)


def listed(names: list[str], language: str) -> str:
    """"2019 and 2022", "2019年和2022年": CLDR's list pattern for the language (Babel), English's for one it
    does not know."""
    from babel import Locale, UnknownLocaleError
    from babel.lists import format_list

    try:
        locale = Locale.parse(language.replace("_", "-"), sep="-")
    except (ValueError, TypeError, UnknownLocaleError):
        locale = Locale("en")
    return format_list(names, locale=locale)


def fill_in(template: str, fields: Mapping[str, str]) -> str:
    """The template with its {names} filled; a name it lacks is left out, and a brace that is no field stays
    (a translator's or a pack's word must never stop a chart from being described)."""
    out = template
    for name, text in fields.items():
        out = out.replace("{" + name + "}", text)
    return out


def _joined(parts: list[str]) -> str:
    """Sentences one after another: with a space after Latin punctuation, none after CJK's (。)."""
    text = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        text += part if not text or text.endswith(("。", "！", "？", "：")) else " " + part
    return text
