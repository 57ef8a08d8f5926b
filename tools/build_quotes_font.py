#!/usr/bin/env python3
"""Build "HuzhouViewer Quotes": the proportional quotation marks of a Latin face, and nothing else.

Usage: python tools/build_quotes_font.py [--source-dir DIR] [--out-dir DIR]

The bundled CJK font draws the curly quotes (U+2018-U+201F) full width, as Chinese sets them; in English,
German, French... they then stand a whole em wide beside their words. The stage puts this face before the CJK
one for a language that is not Chinese or Japanese (show/fonts.py), so Qt takes the quotes from it and
everything else from the CJK font.
Reads NotoSans-Regular.ttf / NotoSans-Bold.ttf from Debian's fonts-noto-core (OFL 1.1, like the CJK font; same
1000-unit em) and writes resources/fonts/HuzhouViewerQuotes-Regular.ttf and -Bold.ttf (a few KB each; .ttf, so
the CJK font's `*.otf` stays the first family everywhere). Needs fontTools.
"""

from __future__ import annotations

import argparse
import pathlib

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
FAMILY = "HuzhouViewer Quotes"
PS_FAMILY = "HuzhouViewerQuotes"
# U+2018-U+201F and U+2039, U+203A: the marks Latin-script languages quote with, which the CJK font sets full width.
QUOTES = [*range(0x2018, 0x2020), 0x2039, 0x203A]


def build(src: pathlib.Path, dst: pathlib.Path, style: str) -> None:
    font = TTFont(str(src))
    font.recalcTimestamp = False  # the same bytes on every run
    opts = subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.name_IDs = [0, 7, 13, 14]  # copyright, trademark, licence: the rest is renamed below
    opts.name_languages = [0x409]
    opts.notdef_outline = True
    subsetter = subset.Subsetter(opts)
    subsetter.populate(unicodes=QUOTES)
    subsetter.subset(font)
    _same_line_height(font, TTFont(str(ROOT / "resources" / "fonts" / f"HuzhouViewerSans-{style}.otf")))
    name = font["name"]
    for name_id, value in {1: FAMILY, 2: style, 3: f"HuzhouViewer;{PS_FAMILY}-{style}",
                           4: FAMILY if style == "Regular" else f"{FAMILY} {style}",
                           5: "Version 1.0; subset of Noto Sans", 6: f"{PS_FAMILY}-{style}"}.items():
        name.removeNames(nameID=name_id)
        name.setName(value, name_id, 3, 1, 0x409)
    font.save(str(dst))


def _same_line_height(font: TTFont, cjk: TTFont) -> None:
    """The CJK font's vertical metrics: Qt takes a line's height from the first family of the list, and the
    quotes must not change where a single line of English sits."""
    for attr in ("ascent", "descent", "lineGap"):
        setattr(font["hhea"], attr, getattr(cjk["hhea"], attr))
    for attr in ("sTypoAscender", "sTypoDescender", "sTypoLineGap", "usWinAscent", "usWinDescent"):
        setattr(font["OS/2"], attr, getattr(cjk["OS/2"], attr))
    use_typo = 1 << 7
    font["OS/2"].fsSelection = (font["OS/2"].fsSelection & ~use_typo) | (cjk["OS/2"].fsSelection & use_typo)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source-dir", type=pathlib.Path, default=pathlib.Path("/usr/share/fonts/truetype/noto"))
    ap.add_argument("--out-dir", type=pathlib.Path, default=ROOT / "resources" / "fonts")
    args = ap.parse_args()
    for style in ("Regular", "Bold"):
        dst = args.out_dir / f"{PS_FAMILY}-{style}.ttf"
        build(args.source_dir / f"NotoSans-{style}.ttf", dst, style)
        print(dst, dst.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
