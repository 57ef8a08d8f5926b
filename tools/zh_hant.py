"""Writes the Traditional Chinese catalogue from the Simplified one with OpenCC (s2twp: Taiwan's
characters and phrases), keeping every entry's key. Run after editing zh_Hans, then `make locale`:

    .venv/bin/python tools/zh_hant.py   (OpenCC is one of the program's dependencies)
"""

from __future__ import annotations

from pathlib import Path

import opencc
from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "huzhou_viewer" / "locale"


def main() -> None:
    convert = opencc.OpenCC("s2twp.json").convert
    with (LOCALE / "zh_Hans" / "LC_MESSAGES" / "huzhou_viewer.po").open("rb") as file:
        catalogue = read_po(file)
    catalogue.locale = "zh_Hant"
    catalogue.language_team = "zh_Hant <LL@li.org>"
    catalogue.header_comment = catalogue.header_comment.replace("(Simplified)", "(Traditional)")
    for message in catalogue:
        if message.id and message.string:
            message.string = convert(message.string)
    with (LOCALE / "zh_Hant" / "LC_MESSAGES" / "huzhou_viewer.po").open("wb") as file:
        write_po(file, catalogue, width=120)


if __name__ == "__main__":
    main()
