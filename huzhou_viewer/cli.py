"""The command line. Parsed before Qt starts (--help and --version need no display), so no PySide6 here."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .settings import CHROMES, RENDERERS

MAX_SIDE = 16384
EXPORT_FORMATS = ("png", "pdf")
PDF_SIZE = (3840, 2160)  # a PDF's scenes at print resolution unless --size says

# Flags whose dest is a Settings field; settings_overrides() passes on the ones that were given.
_SETTING_DESTS = ("pack", "language", "fullscreen", "screen", "start_scene", "renderer", "transitions",
                  "spotlight", "kiosk", "presenter", "audience_screen", "console_screen",
                  "lead", "follow", "take_over", "broker", "client_name", "chrome")


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


def _show_parser() -> argparse.ArgumentParser:
    """The show's own options: the whole command line but its subcommands."""
    parser = argparse.ArgumentParser(
        prog="huzhou-viewer",
        # Hand-written: argparse would print the optional COMMAND as if it were required.
        usage=(
            "%(prog)s [options]\n"
            "       %(prog)s validate [PACK] [--lang LANG]\n"
            "       %(prog)s export --size WxH --out DIR [options]\n"
            "       %(prog)s export --format pdf --out FILE.pdf [--notes] [--steps] [--lang LANG] [--size WxH]\n"
            "       %(prog)s preflight [PACK] [--sizes WxH,...] [--lang LANG,...] [--json FILE] [--sheet FILE.png]\n"
            "                 [--report-lang LANG]\n"
            "       %(prog)s report [--since DATE] [--csv FILE]\n"
            "       %(prog)s new PACK | import-people SHEET --pack PACK [--merge] | schema [KIND] [--out FILE]\n"
            "       %(prog)s settings-template | install-kiosk [--user] | uninstall-kiosk [--user]\n"
            "       %(prog)s announce --broker URL SHOW (TEXT | --clear)\n"
            "       %(prog)s remote --broker URL SHOW (next | previous | first | last | jump N | blackout | whiteout)"
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
    parser.add_argument("--lead", metavar="SHOW",
                        help="venue: lead SHOW; the screens that follow it show what this one shows (docs/venue.md)")
    parser.add_argument("--follow", metavar="SHOW", help="venue: show what the leader of SHOW shows")
    parser.add_argument("--take-over", action="store_true", default=None,
                        help="venue: with --lead, lead even when another leader of SHOW is online")
    _broker_flags(parser, argparse_default=None)
    parser.add_argument(
        "--config", type=Path, metavar="FILE", help="settings file (default: settings.toml in the config folder)"
    )
    parser.add_argument(
        "--quit-after-first-frame", action="store_true", help="quit once the first frame is drawn (smoke test)"
    )
    parser.add_argument("--version", action="version", version=f"huzhou-viewer {__version__}")
    return parser


# Every subcommand's name (tests/app/test_cli.py holds it to the parser's): an argument list with none of them, and
# no --help, starts the show and is read without the commands' parsers.
COMMANDS = ("validate", "export", "preflight", "report", "announce", "remote", "new", "import-people", "schema",
            "settings-template", "install-kiosk", "uninstall-kiosk")


def build_parser() -> argparse.ArgumentParser:
    parser = _show_parser()
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
    validate.add_argument("--lang", dest="report_language", metavar="LANG",
                          help="the language of the report, such as de or zh-Hant (default: the user's, from LANG)")

    export = commands.add_parser(
        "export", help="save the show as images or a PDF handout",
        description="Save every scene of the show as PNG images, or the whole show as a PDF handout: the scenes "
                    "as pictures, the honourees with their citations and (with --notes) the speaker's notes as text.",
    )
    export.add_argument("--format", choices=EXPORT_FORMATS, default="png", help="png images or a pdf handout "
                        "(default: png)")
    export.add_argument("--size", type=_size, metavar="WxH",
                        help="picture size, such as 1920x1080 (needed for png; pdf: default 3840x2160)")
    export.add_argument("--out", type=Path, required=True, metavar="DIR|FILE.pdf",
                        help="folder for the images, or the PDF file")
    export.add_argument("--notes", action="store_true", help="pdf: the speaker's notes under each scene")
    export.add_argument("--lang", dest="language", default=argparse.SUPPRESS, metavar="LANG",
                        help="language, such as zh-Hans, zh-Hant or en")
    export.add_argument("--steps", action="store_true", help="one image per build step, not only per scene")
    export.add_argument("--pack", default=argparse.SUPPRESS, metavar="DIR", help="content pack folder")
    export.add_argument("--chrome", dest="export_chrome", choices=CHROMES, default="none",
                        help="none (default): the clean feed; touch: with the touch screen's controls")
    export.add_argument("--high-contrast", action="store_true", help="in the high-contrast theme (7:1), as a visitor "
                        "switches it at a kiosk")
    export.add_argument("--text-scale", type=float, choices=(1.0, 1.25, 1.5), default=1.0,
                        help="the visitor's larger text: 1 (default), 1.25 or 1.5")
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
    preflight.add_argument("--report-lang", dest="report_language", metavar="LANG",
                           help="the language of the report (default: the user's, from LANG)")
    preflight.add_argument("--json", type=Path, metavar="FILE", help="write one record per text shown to FILE")
    preflight.add_argument("--sheet", type=Path, metavar="FILE.png", help="write a contact sheet of every step")
    preflight.add_argument("--sheet-size", type=_size, metavar="WxH",
                           help="the size the sheet shows (default: 1920x1080 if checked, else the first size)")
    report = commands.add_parser(
        "report", help="what kiosk visitors looked for, and what each screen showed",
        description="From the kiosk's counts on this machine: taps and time per scene, honourees opened, searches "
                    "and the ones that found nobody, and a line per day and screen of what was shown for how long.",
    )
    report.add_argument("--since", type=_date, default=None, metavar="DATE",
                        help="first day, such as 2026-12-01 (default: seven days ago)")
    report.add_argument("--csv", type=Path, metavar="FILE", help="also write every count to FILE as CSV")
    announce = commands.add_parser(
        "announce", help="put a line of text on every screen of a show, or take it away",
        description="Put a line of text on every screen of a venue's show (or take it away with --clear).",
    )
    _broker_flags(announce, argparse_default=argparse.SUPPRESS)
    announce.add_argument("show", metavar="SHOW", help="the show's name")
    announce.add_argument("text", nargs="?", default="", metavar="TEXT", help="the announcement")
    announce.add_argument("--clear", action="store_true", help="take the announcement away")

    remote = commands.add_parser(
        "remote", help="move a show from a script (a Stream Deck, a show-control system)",
        description="Ask the leader of a venue's show to move; exit status 0 once the broker has the request.",
    )
    _broker_flags(remote, argparse_default=argparse.SUPPRESS)
    remote.add_argument("show", metavar="SHOW", help="the show's name")
    remote.add_argument("op", choices=("next", "previous", "first", "last", "jump", "blackout", "whiteout"))
    remote.add_argument("scene", nargs="?", type=int, metavar="N", help="jump: the scene number, from 1")
    _add_toolkit(commands)
    return parser


def _broker_flags(parser: argparse.ArgumentParser, argparse_default: object) -> None:
    parser.add_argument("--broker", default=argparse_default, metavar="URL",
                        help="venue: the MQTT broker, mqtt://HOST[:PORT] or mqtts://HOST[:PORT]")
    parser.add_argument("--client-name", default=argparse_default, metavar="NAME",
                        help="venue: this screen's name on the console (default: the computer's name)")


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date such as 2026-12-01, got {text!r}") from None


# The organiser's and the technician's commands: run before the settings are read (commands.py), never Qt.
TOOLKIT_COMMANDS = ("new", "import-people", "schema", "settings-template", "install-kiosk", "uninstall-kiosk")
SCHEMA_KINDS = ("pack", "scene", "people", "all")


def _add_toolkit(commands) -> None:
    new = commands.add_parser("new", help="start a content pack from the example",
                              description="Copy the example pack into a new folder, ready to edit: it passes "
                                          "validate and preflight. An existing folder must be empty.")
    new.add_argument("folder", type=Path, metavar="PACK", help="the new pack's folder")

    people = commands.add_parser(
        "import-people", help="write people.yaml from a spreadsheet",
        description="Read honourees from a .xlsx, .ods or .csv sheet into the pack's people file. The first row "
                    "names the columns: id, name.LANG, role.LANG, citation.LANG (one column per language of the "
                    "pack, or one without a language for the same text in all), organisation.LANG, quote.LANG, "
                    "category (an id; category.LANG its name), photo (a file name in the pack's pictures folder), "
                    "season, story. Each bad cell is reported as SHEET:ROW:COLUMN; nothing is written unless "
                    "every row is good.",
    )
    people.add_argument("sheet", type=Path, metavar="SHEET", help=".xlsx, .ods or .csv file")
    people.add_argument("--pack", dest="target_pack", type=Path, required=True, metavar="PACK", help="pack folder")
    people.add_argument("--merge", action="store_true",
                        help="merge into the existing people file by id (its comments are kept)")

    schema = commands.add_parser(
        "schema", help="print the pack format as JSON Schema",
        description="The pack format as JSON Schema, for editors: pack (pack.yaml), scene (a scene file) or "
                    "people (the people file); all writes the three into the folder --out names.",
    )
    schema.add_argument("kind", nargs="?", choices=SCHEMA_KINDS, default="pack", help="which file (default: pack)")
    schema.add_argument("--out", type=Path, metavar="FILE", help="write it there (a folder for all), not to stdout")

    commands.add_parser("settings-template", help="print a commented settings.toml",
                        description="Print a settings file with every key, its default and what it does.")
    for name, verb in (("install-kiosk", "install"), ("uninstall-kiosk", "remove")):
        kiosk = commands.add_parser(
            name, help=f"{verb} the kiosk's systemd unit, autostart and desktop entries and icon",
            description=f"{verb.capitalize()} the systemd unit, the autostart and menu entries, the icon and the "
                        "presenter-remote hwdb file for this installation (system folders; with --user, the "
                        "current user's, without the hwdb file).",
        )
        kiosk.add_argument("--user", action="store_true", help="the current user's folders, not the system's")


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
    """Parse `argv` (default: sys.argv[1:]); `command` is None (run the show) or the subcommand's name."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(arg in COMMANDS or arg == "-h" or (len(arg) > 2 and "--help".startswith(arg)) for arg in args):
        # A start of the show: the subcommands' parsers are most of the cost of reading it (5 ms of a start).
        # Anything left over (a misspelt command) goes to the whole parser, which says what it could be.
        ns, rest = _show_parser().parse_known_args(args)
        if not rest:
            ns.command = None
            return ns
    parser = build_parser()
    ns = parser.parse_args(args)
    if ns.command == "export":
        if ns.size is None and ns.format == "png":
            parser.error("export --format png needs --size WxH, such as --size 1920x1080")
        if ns.notes and ns.format != "pdf":
            parser.error("--notes is for --format pdf")
        ns.size = ns.size or PDF_SIZE
    return ns


def settings_overrides(ns: argparse.Namespace) -> dict[str, object]:
    """The given setting flags as Settings field names, for load_settings(overrides=...)."""
    return {dest: value for dest in _SETTING_DESTS if (value := getattr(ns, dest, None)) is not None}
