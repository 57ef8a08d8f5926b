"""Numbers a pack writes as text ("1,610", "96.5"), read as the author wrote them, and written again with a
language's marks. Pure Python: the marks themselves (CLDR's, through Babel) are looked up where a deck is
built (show/numbers.py) and travel with the view data, so drawing a chart never needs Babel.
"""

from __future__ import annotations

import re
from typing import NamedTuple, TypedDict

# A plain number as a figure writes it ("1200", "12,000", "70.6"): it counts up when its tile comes on
# screen and is shown with the language's marks. Anything else ("第3个", "13th", "7万") is shown as written.
PLAIN_NUMBER = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?")
# Digits and number marks only (full-width ones too), yet not a plain number: most likely a slip, such as
# "1,652%" or "1200" in full-width digits.
_MARKS = r".,\uff0c\uff0e\u3001%\uff05\s"
_DIGIT = r"0-9\uff10-\uff19"
_NUMBER_LIKE = re.compile(rf"[{_DIGIT}{_MARKS}+\-\u2212]*[{_DIGIT}][{_DIGIT}{_MARKS}]*")


class NumberStyle(TypedDict):
    """A language's number marks: "group" between thousands, "decimal" before the fraction, and "percent",
    a template with {} where the number goes ("{}%", "{}\u00a0%")."""

    group: str
    decimal: str
    percent: str


ENGLISH: NumberStyle = {"group": ",", "decimal": ".", "percent": "{}%"}


class Reading(NamedTuple):
    value: float
    decimals: int  # as many as the author wrote: "96.50" keeps two
    grouped: bool  # the author grouped the thousands ("1,610"); "2023" stays ungrouped


def read_number(text: str) -> Reading | None:
    """The number `text` is, when it is a plain number written the English way; None otherwise."""
    match = PLAIN_NUMBER.fullmatch(text)
    if match is None:
        return None
    return Reading(float(text.replace(",", "")), len(match[2] or ""), "," in match[1])


def unreadable_number(text: str) -> bool:
    """True for a text made of digits and number marks that is not a plain number (shown as written, in
    every language alike): "1,652%", "1200" in full-width digits, "1 200"."""
    text = text.strip()
    return bool(_NUMBER_LIKE.fullmatch(text)) and PLAIN_NUMBER.fullmatch(text) is None


def write_number(value: float, decimals: int, grouped: bool, style: NumberStyle | None = None) -> str:
    """`value` with `decimals` places, thousands grouped or not, in the marks of `style` (English if None)."""
    style = style or ENGLISH
    text = f"{value:{',' if grouped else ''}.{decimals}f}"
    return text.translate({ord(","): style["group"], ord("."): style["decimal"]})


def write_percent(number: str, style: NumberStyle | None = None) -> str:
    """An already written number as a percentage: "70.6" -> "70.6%", German "70,6" -> "70,6 %"."""
    return (style or ENGLISH)["percent"].replace("{}", number, 1)


DASH = "\u2014"  # shown where a value is missing (None)


def format_number(value: float | None, style: NumberStyle | None = None, group_from: float = 1000) -> str:
    """1200 -> "1,200", 68.0 -> "68", 0.68 -> "0.68", 70.6 -> "70.6", None -> an em dash; in the marks of
    `style`, a language's (the chart spec's "numbers"; English when None): German 1200 -> "1.200", 70.6 -> "70,6".
    Thousands are grouped from `group_from` on (10000 before 万 or 亿: "1200万", never "1,200万")."""
    if value is None:
        return DASH
    decimals = 3 if abs(value) < 1 else 2  # figures on a screen: no more precision than the source gives
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        return "0"
    whole, _, fraction = text.partition(".")
    return write_number(float(text.replace(",", "")), len(fraction),
                        abs(float(whole.replace(",", ""))) >= group_from, style)


def is_sign(unit: str) -> bool:
    """A unit that is a sign (%, ‰, °C), written against its number and read with its digits, left to right."""
    return unit[:1] in ("%", "‰", "°")


def with_unit(number: str, unit: str, style: NumberStyle | None = None) -> str:
    """"24" + "天" -> "24天", "70.6" + "%" -> "70.6%" (German "70,6 %", as `style` writes a percentage),
    "24" + "days" -> "24 days"."""
    if not unit or number == DASH:
        return number
    if unit == "%":
        return write_percent(number, style)
    if _is_cjk(unit[0]) or is_sign(unit):
        return number + unit
    return f"{number} {unit}"


_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def _is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))
