"""A language's number marks from CLDR (through Babel), for the deck: looked up only when a deck is built,
so a kept deck starts without importing Babel."""

from __future__ import annotations

from functools import cache

from huzhou_viewer.content.numbers import ENGLISH, NumberStyle


@cache
def number_style(language: str) -> NumberStyle:
    """The marks `language` writes numbers with (de: "1.610", "96,5", "50 %"); English's for a tag CLDR
    does not know."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import format_percent, get_decimal_symbol, get_group_symbol

    try:
        locale = Locale.parse(language.replace("_", "-"), sep="-")
    except (ValueError, TypeError, UnknownLocaleError):
        return ENGLISH
    percent = format_percent(0.5, locale=locale).replace("50", "{}", 1)
    return {"group": get_group_symbol(locale), "decimal": get_decimal_symbol(locale),
            "percent": percent if "{}" in percent else ENGLISH["percent"]}
