"""Every user setting in one place: defaults < settings.toml < command-line flags.

This runs before Qt starts (also for --help and --version without a display), so it must not import
PySide6, and its slower imports (platformdirs, tomllib, difflib) wait until they are needed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, get_args

from huzhou_viewer import setting_checks as check

APP_NAME = "huzhou-viewer"
CONFIG_DIR_ENV = "HUZHOU_VIEWER_CONFIG_DIR"
SETTINGS_FILE = "settings.toml"

Renderer = Literal["auto", "gpu", "software"]
RENDERERS: tuple[str, ...] = get_args(Renderer)
Chrome = Literal["none", "touch"]
CHROMES: tuple[str, ...] = get_args(Chrome)
LOG_LEVELS = ("debug", "info", "warning", "error")


class SettingsError(Exception):
    """Bad settings; the message lists every problem, one per line, each naming its file and key."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


def _setting(default: object, doc: str, check: Callable[[object], object], example: object = None):
    # `doc` is the one-line explanation for organisers; settings_template() prints it above each key.
    return field(default=default, metadata={"doc": doc, "check": check, "example": example})


@dataclass(frozen=True)
class Settings:
    pack: str | None = _setting(
        None,
        "Content pack folder (relative to this file); leave out for the pack that comes with the program.",
        check.text,
        "path/to/pack",
    )
    language: str | None = _setting(
        None, "Language to show, such as \"en\"; leave out for the pack's default language.", check.text, "en"
    )
    traditional_chinese: str = _setting(
        "tw",
        "Traditional Chinese (zh-Hant) made from a pack's Simplified texts: \"tw\" in Taiwan's characters and "
        "phrases, \"hk\" in Hong Kong's; a pack's own zh-Hant texts are always shown as written.",
        check.choice(("tw", "hk")),
    )
    fullscreen: bool = _setting(False, "Fill the whole screen instead of opening a window.", check.flag)
    screen: int | str | None = _setting(
        None,
        "Screen to show on: a number (0 = first screen) or a screen name; leave out for the main screen.",
        check.screen,
        1,
    )
    start_scene: str | None = _setting(
        None, "Id of the scene to open first; leave out to start at the beginning.", check.text, "spring"
    )
    renderer: Renderer = _setting(
        "auto",
        "Drawing: \"gpu\" uses the graphics card, \"software\" works on any machine, \"auto\" picks one.",
        check.choice(RENDERERS),
    )
    transitions: bool = _setting(
        True, "Animate between scenes; set to false on slow machines or to avoid motion.", check.flag
    )
    spotlight: bool = _setting(
        False,
        "On the gallery, show one honouree after another by itself once nobody has touched the screen for "
        "spotlight_idle_seconds; for a screen that shows only the gallery.",
        check.flag,
    )
    spotlight_seconds: float = _setting(
        8.0, "Seconds each honouree stays on screen in the spotlight, unless the pack's gallery scene says.",
        check.seconds,
    )
    spotlight_idle_seconds: float = _setting(
        60.0, "Seconds without a touch, key or click before the spotlight starts (again).", check.seconds
    )
    chrome: Chrome | None = _setting(
        None,
        "What the audience window shows besides the show: \"touch\" (the timeline bar, the language switch, "
        "the gallery's filters and links) or \"none\" (the clean feed: nothing to operate); leave out for "
        "\"none\" in presenter mode and \"touch\" otherwise.",
        check.choice(CHROMES),
        "none",
    )
    place_mark: bool = _setting(
        True, "On the clean feed, a small mark of the place in the show (the season and \"2 / 4\").", check.flag
    )
    log_level: str = _setting(
        "info", "How much the log file records: \"debug\", \"info\", \"warning\" or \"error\".",
        check.choice(LOG_LEVELS),
    )
    # Kiosk mode (docs/kiosk.md).
    kiosk: bool = _setting(
        False, "Kiosk mode: full screen, no frame, no way out for visitors, attract loop when left alone.", check.flag
    )
    idle_seconds: float = _setting(
        90.0, "Kiosk: seconds without a touch or key before the show goes home and plays by itself.", check.seconds
    )
    scene_seconds: float = _setting(
        30.0, "Seconds a scene is shown when it plays by itself and the pack gives it no duration.", check.seconds
    )
    admin_chord: str = _setting(
        "Ctrl+Alt+Shift+Q", "Kiosk: the key chord that opens the admin panel (quit, reload, screen, log).", check.chord
    )
    admin_pin: str | None = _setting(
        None,
        "Kiosk: the PIN asked after a long hold on the top-left corner; leave out to allow only the key chord.",
        check.pin,
        "2580",
    )
    opening_hours: str | tuple[str, ...] | None = _setting(
        None,
        "Kiosk: when the screen shows the show, such as \"08:00-20:00\" or a list; outside them it is black.",
        check.hours,
        "08:00-20:00",
    )
    max_rss_mib: int | None = _setting(
        None, "Kiosk: restart cleanly at the next idle moment once memory use passes this many MiB.", check.mib, 1500
    )
    restart_at: str | None = _setting(
        None, "Kiosk: restart cleanly every day at the first idle moment after this time, such as \"04:00\".",
        check.clock_time, "04:00",
    )
    visitor_counts: bool = _setting(
        True,
        "Kiosk: count what visitors look at and search for, and what the screen shows, by the hour, in files "
        "beside the log (nothing personal; never sent); `huzhou-viewer report` reads them. false: count nothing.",
        check.flag,
    )
    speech: bool = _setting(
        False,
        "Kiosk: an audio button reads the current step aloud in the language shown (needs espeak-ng installed).",
        check.flag,
    )
    reach: bool = _setting(
        False, "Kiosk: start with every control a visitor needs within a seated person's reach (the visitor's "
        "reach button switches it; it returns to this when the kiosk goes home).", check.flag,
    )
    high_contrast: bool = _setting(
        False, "Kiosk: start in the high-contrast theme, every text 7:1 against its ground (the visitor's contrast "
        "button switches it; it returns to this when the kiosk goes home).", check.flag,
    )
    text_scale: float = _setting(
        1.0, "Kiosk: the text size to start with, 1, 1.25 or 1.5 times the designed size (the visitor's text-size "
        "button steps through them; it returns to this when the kiosk goes home).", check.text_scale, 1.25,
    )
    screen_bottom_cm: float | None = _setting(
        None, "Kiosk: the height of the screen's lower edge above the floor, in cm, to place the reach band "
        "(38 to 122 cm above the floor); leave out for the lower half of the screen.", check.centimetres, 70,
    )
    screen_height_cm: float | None = _setting(
        None, "Kiosk: the screen's visible height in cm (with screen_bottom_cm).", check.centimetres, 121,
    )
    # Presenter mode (audience window + speaker's console).
    presenter: bool = _setting(
        False,
        "Presenter mode: the show full screen for the audience, a console with notes, timers and the next "
        "scene for the speaker.",
        check.flag,
    )
    audience_screen: int | str | None = _setting(
        None,
        "Presenter mode: the audience's screen, a number (0 = first) or a name; leave out for the screen that "
        "is not the main one.",
        check.screen,
        1,
    )
    console_screen: int | str | None = _setting(
        None,
        "Presenter mode: the speaker's console screen, a number or a name; leave out for the main screen.",
        check.screen,
        0,
    )
    auto_advance_loop: bool = _setting(
        False, "Presenter mode: auto-advance starts again from the first scene after the last.", check.flag
    )
    # A venue: screens that follow one show over an MQTT broker (docs/venue.md).
    lead: str | None = _setting(
        None, "Venue: lead this show (a name such as \"hall-a\"): every move is sent to the screens that follow it.",
        check.show_name, "hall-a",
    )
    follow: str | None = _setting(
        None, "Venue: follow this show: the screen shows what the leader shows.", check.show_name, "hall-a"
    )
    take_over: bool = _setting(
        False, "Venue: lead even when another leader of the show is online (it stops leading).", check.flag
    )
    broker: str | None = _setting(
        None, "Venue: the MQTT broker, mqtt://HOST[:PORT] (mqtts:// for TLS; ports 1883 and 8883 by default).",
        check.text, "mqtt://control-laptop.local",
    )
    broker_ca_file: str | None = _setting(
        None, "Venue: the CA certificate that signed the broker's (mqtts://); leave out for the system's.",
        check.text, "/etc/huzhou-viewer/venue-ca.crt",
    )
    broker_username: str | None = _setting(None, "Venue: the user name on the broker.", check.text, "screen")
    broker_password: str | None = _setting(
        None, "Venue: the password on the broker (better: broker_password_file).", check.text, "secret"
    )
    broker_password_file: str | None = _setting(
        None, "Venue: a file holding the broker password, or username:password, on its first line.",
        check.text, "/etc/huzhou-viewer/broker-password",
    )
    client_name: str | None = _setting(
        None, "Venue: this screen's name on the console; leave out for the computer's name.", check.show_name, "lobby-1"
    )
    follow_language: bool = _setting(
        True, "Venue: a follower shows the leader's language; false keeps its own (an overflow room).", check.flag
    )
    follow_steps: bool = _setting(
        True, "Venue: a follower shows every step; false shows each scene from its start only (a lobby screen).",
        check.flag,
    )
    follow_browse: bool = _setting(
        False, "Venue: visitors may move a follower themselves until the leader's next move.", check.flag
    )
    follow_fallback_seconds: float | None = _setting(
        None, "Venue: once the leader has been gone this long, a follower plays the show by itself; leave out "
        "to keep the last picture.", check.seconds, 120,
    )
    apply_lead_seconds: float = _setting(
        0.03, "Venue: how far ahead of now a move is timed, so every screen shows it in the same frame; more "
        "(0.1) where the network is slow, such as Wi-Fi.", check.seconds
    )


_FIELDS = {f.name: f for f in fields(Settings)}
_NO_OVERRIDES: Mapping[str, object] = MappingProxyType({})


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    # appauthor=False: otherwise Windows nests the name twice (...\huzhou-viewer\huzhou-viewer).
    return Path(user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    # One variable relocates everything, so tests and portable set-ups never write to the user's folders.
    if os.environ.get(CONFIG_DIR_ENV):
        return config_dir() / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    if os.environ.get(CONFIG_DIR_ENV):
        return config_dir() / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None, overrides: Mapping[str, object] = _NO_OVERRIDES) -> Settings:
    """Defaults, then the settings file, then `overrides` (command-line flags; None means not given).

    A missing file is fine when it is the default one, an error when it was asked for by name.
    Raises SettingsError listing every problem found.
    """
    errors: list[str] = []
    values: dict[str, Any] = {}  # each checked against its field by _accept
    file = Path(path) if path is not None else settings_path()
    for key, value in _read_toml(file, required=path is not None, errors=errors).items():
        if _accept(str(file), key, value, values, errors) and key == "pack":
            # Relative to the file, so a settings file and its pack can move together.
            values[key] = str(file.parent / Path(str(values[key])).expanduser())
    for key, value in overrides.items():
        if value is not None:
            _accept("command line", key, value, values, errors)
    if errors:
        raise SettingsError(errors)
    return Settings(**values)


def _read_toml(file: Path, required: bool, errors: list[str]) -> dict[str, object]:
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        if required:
            errors.append(f"{file}: file not found")
        return {}
    except OSError as exc:
        errors.append(f"{file}: cannot read: {exc.strerror or exc}")
        return {}
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        errors.append(f"{file}: not UTF-8 text (byte {exc.start}); save it as UTF-8")
    except tomllib.TOMLDecodeError as exc:  # its message ends "(at line L, column C)"
        errors.append(f"{file}: invalid TOML: {exc}")
    return {}


def _accept(source: str, key: str, value: object, values: dict[str, object], errors: list[str]) -> bool:
    spec = _FIELDS.get(key)
    if spec is None:
        import difflib

        guess = difflib.get_close_matches(key.replace("-", "_"), _FIELDS, n=1)
        hint = f"did you mean {guess[0]!r}?" if guess else "known settings are " + ", ".join(_FIELDS)
        errors.append(f"{source}: {key}: unknown setting ({hint})")
        return False
    try:
        values[key] = spec.metadata["check"](value)
    except ValueError as exc:
        errors.append(f"{source}: {key}: expected {exc}, got {_show(value)}")
        return False
    return True


def _show(value: object) -> str:
    # Spell values as they are written in TOML, so the message matches what the organiser typed.
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def _toml(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else _show(value)


def settings_template() -> str:
    """A commented settings.toml with every key at its default; keys without a fixed default are commented out."""
    lines = [
        "# Huzhou Viewer settings (settings.toml).",
        "# Every line is optional: delete or comment out a line to use the default.",
        "# Command-line flags, such as --fullscreen, override this file.",
    ]
    for spec in fields(Settings):
        lines += ["", f"# {spec.metadata['doc']}"]
        if spec.default is None:
            lines.append(f"# {spec.name} = {_toml(spec.metadata['example'])}")
        else:
            lines.append(f"{spec.name} = {_toml(spec.default)}")
    return "\n".join(lines) + "\n"
