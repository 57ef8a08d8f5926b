"""The checks each setting's value passes: each returns the cleaned value or raises ValueError saying what was
expected (settings.py puts the file and key in front)."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast


def text(value: object) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise ValueError("non-empty text")


def flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError("true or false")


def choice(options: tuple[str, ...]) -> Callable[[object], str]:
    def check(value: object) -> str:
        # Case-insensitive: "INFO" in a hand-written file should not stop a show.
        if isinstance(value, str) and value.strip().lower() in options:
            return value.strip().lower()
        raise ValueError("one of " + ", ".join(options))

    return check


def screen(value: object) -> int | str:
    if isinstance(value, str) and value.strip():
        text = value.strip()
        # "1" from the command line or a quoted TOML value means the index, not a screen named "1".
        return int(text) if text.isascii() and text.isdigit() else text
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:  # bool is an int subclass
        return value
    raise ValueError("a screen number (0 = first screen) or a screen name")


def seconds(value: object) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 10**7:
        return float(value)
    raise ValueError("a number of seconds above 0")


def centimetres(value: object) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1000:
        return float(value)
    raise ValueError("a length in centimetres, 0 to 1000")


def mib(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 64:
        return value
    raise ValueError("a whole number of MiB, at least 64")


def clock_time(value: object) -> str:
    import re

    if isinstance(value, str) and re.fullmatch(r"\s*([01]?\d|2[0-3]):[0-5]\d\s*", value):
        return value.strip()
    raise ValueError('a time of day such as "04:00"')


def hours(value: object) -> str | tuple[str, ...]:
    from huzhou_viewer.show.opening_hours import parse_hours

    parse_hours(value)  # raises ValueError saying what was expected
    return value.strip() if isinstance(value, str) else tuple(v.strip() for v in cast(list[str], value))


def chord(value: object) -> str:
    import re

    mods = r"(?:(?:ctrl|alt|shift|meta)\+)+"
    if isinstance(value, str) and re.fullmatch(mods + r"(?:[a-z0-9]|f\d{1,2})", value.strip(), re.IGNORECASE):
        return value.strip()
    raise ValueError('a key chord with at least one of Ctrl, Alt, Shift, Meta, such as "Ctrl+Alt+Shift+Q"')


def pin(value: object) -> str:
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if text.isascii() and text.isdigit() and 4 <= len(text) <= 12:
        return text
    raise ValueError('4 to 12 digits, such as "2580"')


def show_name(value: object) -> str:
    from huzhou_viewer.show.venue import valid_name

    if isinstance(value, str) and valid_name(value.strip()):
        return value.strip()
    raise ValueError("1 to 64 letters, digits, '-', '_' or '.'")


def text_scale(value: object) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value) in (1.0, 1.25, 1.5):
        return float(value)
    raise ValueError("1, 1.25 or 1.5")
