#!/usr/bin/env python3
"""Build the bundled CJK font, "HuzhouViewer Sans", as a subset of Noto Sans CJK SC.

Usage: python tools/build_font.py [--source-dir DIR] [--out-dir DIR]

Reads NotoSansCJK-Regular.ttc / NotoSansCJK-Bold.ttc from Debian's fonts-noto-cjk
(apt-get install fonts-noto-cjk), takes the SC face of each and writes to resources/fonts/:
  HuzhouViewerSans-Regular.otf, HuzhouViewerSans-Bold.otf, OFL.txt, coverage.txt

Coverage: ASCII, Latin-1, common punctuation/symbol blocks, all of GB2312, Big5 level 1, JIS X 0208
(kana and both kanji levels: every Joyo kanji but the four of 2010 outside it, added by name, and the Jinmeiyo
ones), plus every non-ASCII character used in the text files (the catalogues' .po included) of
resources/content/, ui/ and huzhou_viewer/. RERUN THIS SCRIPT WHENEVER THAT CONTENT CHANGES, or new characters will
render as tofu (tests/app/test_font.py checks the content pack against the font).

The family is renamed so that an installed system Noto never wins font matching, and the
OFL reserved names are not used. Layout tables (GSUB/GPOS), vertical metrics and hinting are
dropped: the program only sets horizontal text, and this keeps each weight ~2.2 MB.
Needs fontTools (pip install fonttools).
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
FAMILY = "HuzhouViewer Sans"
PS_FAMILY = "HuzhouViewerSans"
SOURCE_FAMILY = "Noto Sans CJK SC"
EXPECTED_FACE = 2  # SC's index in Debian's .ttc; verified against the name table below
CONTENT_DIRS = ("resources/content", "ui", "huzhou_viewer")
TEXT_SUFFIXES = {".yaml", ".yml", ".md", ".txt", ".toml", ".json", ".qml", ".py", ".po"}

# Blocks taken whole (only what the source font has ends up in the subset). All are small.
BLOCKS = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x2100, 0x214F),  # Letterlike Symbols
    (0x2150, 0x218F),  # Number Forms
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators (U+2212 is matplotlib's minus sign)
    (0x25A0, 0x25FF),  # Geometric Shapes (bullets for slides)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]

OFL_HEADER = (
    "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n"
    "\n"
    "HuzhouViewer Sans (HuzhouViewerSans-Regular.otf, HuzhouViewerSans-Bold.otf) is a Modified\n"
    "Version of Noto Sans CJK SC: a subset with renamed family, made by tools/build_font.py.\n"
    "Noto is a trademark of Google Inc.\n"
    "HuzhouViewer Quotes (HuzhouViewerQuotes-Regular.ttf, HuzhouViewerQuotes-Bold.ttf) is a Modified\n"
    "Version of Noto Sans (Copyright 2015 Google LLC): its quotation marks only, with\n"
    "renamed family, made by tools/build_quotes_font.py, under the same licence.\n"
    "\n"
    "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
    "This license is copied below, and is also available with a FAQ at:\n"
    "https://openfontlicense.org\n"
    "\n"
)


def encoding_chars(codec: str, lead: range, trail: range) -> set[int]:
    """Every character a 2-byte codec decodes from lead x trail byte pairs."""
    out = set()
    for a in lead:
        for b in trail:
            try:
                out.update(map(ord, bytes((a, b)).decode(codec)))
            except UnicodeDecodeError:
                pass
    return out


def big5_level1() -> set[int]:
    """Big5 level 1 (frequent hanzi): 0xA440-0xC67E in Big5 code order."""
    out = set()
    for code in range(0xA440, 0xC67F):
        if (code & 0xFF) in range(0x40, 0x7F) or (code & 0xFF) in range(0xA1, 0xFF):
            try:
                out.update(map(ord, code.to_bytes(2, "big").decode("big5")))
            except UnicodeDecodeError:
                pass
    return out


# Joyo kanji (2010) that JIS X 0208 lacks: 𠮟, 塡, 剝, 頰 (JIS X 0213).
JOYO_OUTSIDE_JIS = {0x20B9F, 0x5861, 0x525D, 0x9830}


def jis_x0208() -> set[int]:
    """JIS X 0208 as EUC-JP decodes it: symbols, kana, Greek, Cyrillic, and kanji levels 1 and 2 (rows 16-84)."""
    return encoding_chars("euc_jp", range(0xA1, 0xF5), range(0xA1, 0xFF))


def content_chars(root: pathlib.Path) -> set[int]:
    """Non-ASCII characters used by text files of the content pack, QML and Python code."""
    out = set()
    for d in CONTENT_DIRS:
        for path in sorted((root / d).rglob("*")):
            if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES:
                out.update(ord(c) for c in path.read_text(encoding="utf-8", errors="replace") if ord(c) > 0x7F)
    out.discard(0xFFFD)  # from errors="replace"
    return out


def load_sc_face(ttc: pathlib.Path) -> TTFont:
    """The SC face of a Noto Sans CJK .ttc, checked by its family name rather than trusted by index."""
    fonts = TTCollection(str(ttc)).fonts
    names = [f["name"].getDebugName(1) for f in fonts]
    if names[EXPECTED_FACE] != SOURCE_FAMILY:
        sys.exit(f"{ttc}: face {EXPECTED_FACE} is {names[EXPECTED_FACE]!r}, not {SOURCE_FAMILY!r}: {names}")
    return fonts[EXPECTED_FACE]


def rename(font: TTFont, style: str) -> None:
    """Give the font its own family name; keep copyright (0), trademark (7) and licence (13, 14)."""
    ps_name = f"{PS_FAMILY}-{style}"
    version = font["name"].getDebugName(5)
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    name = font["name"]
    for name_id in (16, 17, 18, 21, 22, 25):  # typographic/WWS names: a plain R/B family needs none
        name.removeNames(nameID=name_id)
    for name_id, value in {
        1: FAMILY,
        2: style,
        3: f"{version.split(';')[0].removeprefix('Version ')};HuzhouViewer;{ps_name}",
        4: full,
        5: f"{version}; subset of Noto Sans CJK SC",
        6: ps_name,
    }.items():
        name.removeNames(nameID=name_id)
        name.setName(value, name_id, 3, 1, 0x409)  # Windows/Unicode/en-US, as in the source
    # CFF carries its own copy of the names; keep it consistent with the name table.
    cff = font["CFF "].cff
    cff.fontNames = [ps_name]
    top = cff.topDictIndex[0]
    top.FullName, top.FamilyName = full, FAMILY
    # The .ttc faces share one CFF (named for JP); its FD names are e.g. 'NotoSansCJKjp-Regular-Ideographs'.
    for fd in getattr(top, "FDArray", []):
        if hasattr(fd, "FontName"):
            fd.FontName = PS_FAMILY + fd.FontName[fd.FontName.index("-"):]


def build(src: pathlib.Path, dst: pathlib.Path, style: str, unicodes: set[int]) -> TTFont:
    font = load_sc_face(src)
    font.recalcTimestamp = False  # keep the source's dates, so reruns give identical bytes
    opts = subset.Options()
    opts.layout_features = []
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "VORG", "vhea", "vmtx", "DSIG"]
    opts.hinting = False
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
    opts.name_languages = [0x409]  # the zh-CN records repeat the Noto family name
    opts.notdef_outline = True
    opts.glyph_names = False
    subsetter = subset.Subsetter(opts)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    rename(font, style)
    font.save(str(dst))
    return TTFont(str(dst))


def ranges(codepoints: list[int]) -> list[str]:
    """Sorted code points as compact hex ranges: '4E00-4E05' or '3000'."""
    out, start = [], None
    for i, cp in enumerate(codepoints):
        if start is None:
            start = cp
        if i + 1 == len(codepoints) or codepoints[i + 1] != cp + 1:
            out.append(f"{start:04X}" if start == cp else f"{start:04X}-{cp:04X}")
            start = None
    return out


def ofl_text(debian_copyright: pathlib.Path) -> str:
    """OFL 1.1 text from Debian's copyright file (DEP-5: one-space indent, '.' for blank lines)."""
    lines = debian_copyright.read_text(encoding="utf-8").splitlines()
    # The text is in the stand-alone licence paragraph: the last 'License: SIL-1.1' line (the
    # first one belongs to the 'Files: *' paragraph).
    start = len(lines) - lines[::-1].index("License: SIL-1.1")
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        body.append("" if line == " ." else line[1:])
    text = "\n".join(body).strip("\n") + "\n"
    if "SIL OPEN FONT LICENSE Version 1.1" not in text or "DISCLAIMER" not in text:
        sys.exit(f"{debian_copyright}: could not extract the OFL 1.1 text")
    return OFL_HEADER + text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source-dir", type=pathlib.Path, default=pathlib.Path("/usr/share/fonts/opentype/noto"))
    ap.add_argument("--out-dir", type=pathlib.Path, default=ROOT / "resources" / "fonts")
    ap.add_argument("--licence", type=pathlib.Path, default=pathlib.Path("/usr/share/doc/fonts-noto-cjk/copyright"),
                    help="Debian copyright file to take the OFL text from")
    args = ap.parse_args()

    base = set()
    for lo, hi in BLOCKS:
        base.update(range(lo, hi + 1))
    gb = encoding_chars("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    big5 = big5_level1()
    jis = jis_x0208() | JOYO_OUTSIDE_JIS
    base |= gb | big5 | jis
    used = content_chars(ROOT)
    extra = used - base
    print(f"GB2312: {len(gb)} chars, Big5 level 1: {len(big5)}, JIS X 0208 and Joyo: {len(jis)} "
          f"({len(jis - gb - big5)} beyond the other two); "
          f"content: {len(used)} non-ASCII chars, {len(extra)} extra beyond the fixed sets")

    args.out_dir.mkdir(parents=True, exist_ok=True)
    cmaps = {}
    for style in ("Regular", "Bold"):
        out = args.out_dir / f"{PS_FAMILY}-{style}.otf"
        font = build(args.source_dir / f"NotoSansCJK-{style}.ttc", out, style, base | used)
        cmaps[style] = set(font.getBestCmap())
        print(f"{out}: {out.stat().st_size / 1e6:.2f} MB, {len(cmaps[style])} code points")
    if cmaps["Regular"] != cmaps["Bold"]:
        print("warning: Regular and Bold cover different code points", file=sys.stderr)
    missing = sorted(used - cmaps["Regular"])
    if missing:
        print(f"warning: {len(missing)} content characters are not in Noto Sans CJK SC: "
              + " ".join(f"U+{cp:04X}" for cp in missing), file=sys.stderr)

    (args.out_dir / "coverage.txt").write_text("\n".join(ranges(sorted(cmaps["Regular"]))) + "\n", encoding="ascii")
    (args.out_dir / "OFL.txt").write_text(ofl_text(args.licence), encoding="utf-8")


if __name__ == "__main__":
    main()
