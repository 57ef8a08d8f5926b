"""Which family the stage sets a language's text in.

The bundled CJK font draws the curly quotes (U+2018-U+201F) full width, as Chinese and Japanese set them. In
any other language they would stand an em wide beside their words, so there the text is set in a face that
holds only Latin quotation marks, with the CJK font as its substitute (qt/platform/fonts.py): Qt takes the
quotes from the first and every other character from the second, and the line height from either, as the
quotes face carries the CJK font's vertical metrics (tools/build_quotes_font.py). A comma-separated family list
would not do: QML's font.family falls back to the system's fonts after its first family, not to the next one."""

from __future__ import annotations

QUOTES_FAMILY = "HuzhouViewer Quotes"  # resources/fonts/HuzhouViewerQuotes-*.ttf
FULL_WIDTH_QUOTES = ("zh", "ja")  # languages that set their quotation marks full width


def text_family(language: str, family: str) -> str:
    """The family for text in `language`, given the bundled font's."""
    if not family or language.replace("_", "-").split("-")[0].lower() in FULL_WIDTH_QUOTES:
        return family
    return QUOTES_FAMILY
