"""Writes the Traditional Chinese catalogues (the program's words and the checks' messages) from the Simplified
ones with OpenCC (s2twp: Taiwan's characters and phrases), keeping every entry's key. Run after editing zh_Hans,
then `make locale`:

    .venv/bin/python tools/zh_hant.py   (OpenCC is one of the program's dependencies)
"""

from __future__ import annotations

import re
from pathlib import Path

import opencc
from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "huzhou_viewer" / "locale"
DOMAINS = ("huzhou_viewer", "checks")
# A sheet's rows and columns: the mainland's 行 and 列 are Taiwan's 列 and 欄 (OpenCC leaves them as they are).
SHEET_WORDS = re.compile(r"\b(rows?|columns?)\b")


def main() -> None:
    convert = opencc.OpenCC("s2twp.json").convert
    for domain in DOMAINS:
        if (LOCALE / "zh_Hans" / "LC_MESSAGES" / f"{domain}.po").is_file():
            write(domain, convert)


def write(domain: str, convert) -> None:
    with (LOCALE / "zh_Hans" / "LC_MESSAGES" / f"{domain}.po").open("rb") as file:
        catalogue = read_po(file)
    catalogue.locale = "zh_Hant"
    catalogue.language_team = "zh_Hant <LL@li.org>"
    catalogue.header_comment = catalogue.header_comment.replace("(Simplified)", "(Traditional)")
    for message in catalogue:
        english = message.id if isinstance(message.id, str) else " ".join(message.id)
        def taiwan(text: str) -> str:
            text = convert(text)
            if SHEET_WORDS.search(english) and "line" not in english and "back row" not in english:
                text = text.replace("列", "欄").replace("行", "列")
            return text
        if message.id and isinstance(message.string, str) and message.string:
            message.string = taiwan(message.string)
        elif message.id and message.string:  # a message with plural forms: each form converted
            message.string = tuple(taiwan(form) for form in message.string)
    (LOCALE / "zh_Hant" / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
    with (LOCALE / "zh_Hant" / "LC_MESSAGES" / f"{domain}.po").open("wb") as file:
        write_po(file, catalogue, width=120)


if __name__ == "__main__":
    main()
