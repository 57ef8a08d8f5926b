"""The command line. Parsed before Qt starts (--help and --version need no display), so no PySide6 here."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .settings import CHROMES, RENDERERS

MAX_SIDE = 16384
EXPORT_FORMATS = ("png",)

# Flags whose dest is a Settings field; settings_overrides() passes on the ones that were given.
_SETTING_DESTS = ("pack", "language", "fullscreen", "screen", "start_scene", "renderer", "transitions",
                  "spotlight", "kiosk", "presenter", "audience_screen", "console_screen", "chrome")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1920x1080, got {text!r}")
    width, height = int(match[1]), int(match[2])
    if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
        raise argparse.ArgumentTypeError(f"each side must be 1 to {MAX_SIDE} pixels, got {text!r}")
    return width, height


def _screen(text: str) -> int | str:
    text = text.strip()
    if not text:
        raise argparse.ArgumentTypeError("expected a screen number or name")
    return int(text) if text.isascii() and text.isdigit() else text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="huzhou-viewer",
        # Hand-written: argparse would print the optional COMMAND as if it were required.
        usage=(
            "%(prog)s [options]\n"
            "       %(prog)s validate [PACK]\n"
            "       %(prog)s export --size WxH --out DIR [options]\n"
            "       %(prog)s preflight [PACK] [--sizes WxH,...] [--lang LANG,...] [--json FILE] [--sheet FILE.png]"
        ),
        description="Huzhou Viewer: presents a content pack's seasonal timeline on an event screen.",
        epilog="While the show runs, press ? to see the key map.",
    )
    # Every setting flag defaults to None, meaning "not given", so the settings file can supply it.
    parser.add_argument("--pack", metavar="DIR", help="content pack folder (default: the bundled pack)")
    parser.add_argument("--lang", dest="language", metavar="LANG", help="language to show (default: the pack's)")
    parser.add_argument("--fullscreen", action="store_true", default=None, help="fill the screen")
    parser.add_argument("--screen", type=_screen, metavar="N|NAME", help="screen number (0 = first) or name")
    parser.add_argument("--start-scene", metavar="ID", help="id of the scene to open first")
    parser.add_argument("--renderer", choices=RENDERERS, help="drawing: auto (default), gpu or software")
    parser.add_argument(
        "--no-transitions", dest="transitions", action="store_false", default=None, help="no animations"
    )
    parser.add_argument("--chrome", choices=CHROMES,
                        help="none: the clean feed, nothing to operate on screen; touch: the timeline bar, the "
                             "language switch and the gallery's controls (default: none in presenter mode)")
    parser.add_argument("--kiosk", action="store_true", default=None,
                        help="kiosk mode: full screen, no way out for visitors, attract loop when idle")
    parser.add_argument(
        "--spotlight", action="store_true", default=None,
        help="on the gallery, show one honouree after another once the screen is left alone",
    )
    parser.add_argument("--presenter", action="store_true", default=None,
                        help="presenter mode: audience full screen, speaker's console on another screen (S shows it "
                             "on one screen)")
    parser.add_argument("--audience-screen", type=_screen, metavar="N|NAME",
                        help="presenter mode: the audience's screen (default: the one that is not the main one)")
    parser.add_argument("--console-screen", type=_screen, metavar="N|NAME",
                        help="presenter mode: the console's screen (default: the main screen)")
    parser.add_argument(
        "--config", type=Path, metavar="FILE", help="settings file (default: settings.toml in the config folder)"
    )
    parser.add_argument(
        "--quit-after-first-frame", action="store_true", help="quit once the first frame is drawn (smoke test)"
    )
    parser.add_argument("--version", action="version", version=f"huzhou-viewer {__version__}")

    # prog: otherwise subcommands derive theirs from the hand-written usage above.
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", prog=parser.prog, help="optional; without one, run the show"
    )
    # SUPPRESS: a subcommand's unset option must not overwrite the same option given before the subcommand.
    validate = commands.add_parser(
        "validate", help="check a content pack", description="Check a content pack; problems print as file:line:col."
    )
    validate.add_argument(
        "pack", nargs="?", default=argparse.SUPPRESS, metavar="PACK", help="pack folder (default: the bundled pack)"
    )

    export = commands.add_parser(
        "export", help="save the show as images", description="Save every scene of the show as images."
    )
    export.add_argument("--format", choices=EXPORT_FORMATS, default="png", help="image format (default: png)")
    export.add_argument("--size", type=_size, required=True, metavar="WxH", help="image size, such as 1920x1080")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the images")
    export.add_argument("--lang", dest="language", default=argparse.SUPPRESS, metavar="LANG", help="language")
    export.add_argument("--steps", action="store_true", help="one image per build step, not only per scene")
    export.add_argument("--pack", default=argparse.SUPPRESS, metavar="DIR", help="content pack folder")
    export.add_argument("--chrome", dest="export_chrome", choices=CHROMES, default="none",
                        help="none (default): the clean feed; touch: with the touch screen's controls")
    export.add_argument("--no-progress", dest="progress", action="store_false", help="print no progress")

    preflight = commands.add_parser(
        "preflight", help="render every step and report what would look wrong",
        description="Render every step of every scene offscreen at each size, in each language, and report text "
                    "that is clipped or leaves the stage, characters no font draws and pictures that do not decode "
                    "or are smaller than their slot, each with the pack file:line it comes from. Exit status 0 "
                    "when nothing is wrong, 1 otherwise, 2 for a usage error or a missing pack.",
    )
    preflight.add_argument(
        "pack", nargs="?", default=argparse.SUPPRESS, metavar="PACK", help="pack folder (default: the bundled pack)"
    )
    preflight.add_argument("--sizes", type=_sizes, default=PREFLIGHT_SIZES, metavar="WxH,...",
                           help="window sizes (default: " + ",".join(f"{w}x{h}" for w, h in PREFLIGHT_SIZES) + ")")
    preflight.add_argument("--lang", dest="languages", type=_languages, default=None, metavar="LANG,...",
                           help="languages (default: every language of the pack)")
    preflight.add_argument("--json", type=Path, metavar="FILE", help="write one record per text shown to FILE")
    preflight.add_argument("--sheet", type=Path, metavar="FILE.png", help="write a contact sheet of every step")
    preflight.add_argument("--sheet-size", type=_size, metavar="WxH",
                           help="the size the sheet shows (default: 1920x1080 if checked, else the first size)")
    return parser


PREFLIGHT_SIZES = ((1280, 720), (1920, 1080), (3840, 2160), (1080, 1920))


def _sizes(text: str) -> tuple[tuple[int, int], ...]:
    sizes = tuple(dict.fromkeys(_size(part) for part in text.split(",") if part.strip()))
    if not sizes:
        raise argparse.ArgumentTypeError("expected one or more WIDTHxHEIGHT, such as 1280x720,1920x1080")
    return sizes


def _languages(text: str) -> list[str]:
    languages = list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    if not languages:
        raise argparse.ArgumentTypeError("expected one or more language tags, such as en,zh-Hans")
    return languages


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse `argv` (default: sys.argv[1:]); `command` is None, "validate", "export" or "preflight"."""
    return build_parser().parse_args(argv)


def settings_overrides(ns: argparse.Namespace) -> dict[str, object]:
    """The given setting flags as Settings field names, for load_settings(overrides=...)."""
    return {dest: value for dest in _SETTING_DESTS if (value := getattr(ns, dest, None)) is not None}
