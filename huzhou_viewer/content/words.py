"""The program's own words (not the pack's): key-map labels, notices and small captions, per language.

Here, below the show, because a pack may override them (pack.yaml `words:`) and the validator checks its keys.

The English words are the source, written here; every other language's come from a gettext catalogue,
huzhou_viewer/locale/<language>/LC_MESSAGES/huzhou_viewer.po (compiled to .mo beside it, which is what is
read: the stdlib's gettext, cheap enough for the first frame). Each entry's context (msgctxt) is its key.
`make locale` extracts the words from this file and brings every catalogue up to date (docs/translating.md).

A language is looked up by its tag, then by its base language (de-AT -> de; zh-TW, zh-HK -> zh-Hant;
zh -> zh-Hans), then English: a word the catalogue lacks is shown in English, never empty.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

DOMAIN = "huzhou_viewer"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def N_(key: str, english: str) -> tuple[str, str]:  # noqa: N802 - gettext's name for a marker
    """Marks a word for extraction (pybabel extract -k N_:1c,2): the key is the context, English the message."""
    return key, english


SOURCE: dict[str, str] = dict([
    N_("next", "Next step or scene"),
    N_("previous", "Previous step or scene"),
    N_("first", "First scene"),
    N_("last", "Last scene"),
    N_("jump", "Jump to scene 1-9"),
    N_("blackout", "Black screen (toggle)"),
    N_("whiteout", "White screen (toggle)"),
    N_("start-from-first", "Full screen from the first scene"),
    N_("start-from-current", "Full screen from this scene"),
    N_("toggle-fullscreen", "Full screen on / off"),
    N_("leave-fullscreen", "Leave full screen"),
    N_("next-language", "Switch language"),
    N_("toggle-help", "Show / hide this key map"),
    N_("keymap-title", "Keys"),
    # A figure's qualifier: {number} is where the figure (with its unit) stands, before or after the word as the
    # language puts it ("over {number}", Japanese "{number}以上"); a pack's word without it goes before.
    N_("over", "over {number}"),
    N_("about", "about {number}"),
    N_("derived", "derived"),
    N_("derived-values", "derived (computed from the stated figures)"),
    N_("chart-unavailable", "Chart unavailable"),
    N_("source", "Source"),
    N_("pack-fallback", "The chosen content pack has errors; showing the bundled one. See the log."),
    N_("pack-reload-failed", "The pack was changed but has errors; still showing the last good version. See the log."),
    N_("gallery-empty", "No honourees in this pack yet."),
    N_("all-categories", "All"),
    N_("search", "Search"),
    N_("search-hint", "Type a name"),
    N_("search-hint-pinyin", "Type a name or its pinyin"),
    N_("search-none", "No one by that name."),
    N_("close", "Close"),
    # What a screen reader says for the controls that show a mark rather than a word
    N_("a11y-language", "Language"),
    N_("a11y-scenes", "Scenes"),
    N_("a11y-search-field", "Name to search for"),
    N_("a11y-key-delete", "Delete"),
    N_("a11y-key-clear", "Clear"),
    N_("a11y-key-space", "Space"),
    N_("a11y-close-overlay", "Close the key map"),
    N_("a11y-back", "Back to the grid"),
    N_("a11y-pin-digit", "Digit {digit}"),
    N_("a11y-step", "Step {step} of {steps}"),
    N_("a11y-reach", "Within reach"),
    N_("a11y-contrast", "High contrast"),
    N_("a11y-text-normal", "Text size: normal"),
    N_("a11y-text-larger", "Text size: larger"),
    N_("a11y-text-largest", "Text size: largest"),
    N_("back-to-grid", "All honourees"),
    N_("step", "step"),
    N_("admin-title", "Kiosk administration"),
    N_("admin-quit", "Quit the show"),
    N_("admin-reload", "Reload the pack"),
    N_("admin-screen", "Screen"),
    N_("admin-log", "Last lines of the log"),
    N_("admin-close", "Back to the show"),
    N_("admin-pin", "Enter the PIN"),
    N_("admin-pin-wrong", "Wrong PIN"),
    N_("admin-pin-locked", "Too many wrong PINs: try again in {seconds} s"),
    N_("admin-reloaded", "Pack reloaded"),
    # Presenter console
    N_("presenter-toggle-console", "Show / hide the console"),
    N_("presenter-overview", "Overview of every scene"),
    N_("presenter-auto-advance", "Auto-advance: start, pause, resume"),
    N_("presenter-swap-screens", "Swap the two screens"),
    N_("presenter-timer", "Timer: start / pause"),
    N_("presenter-timer-reset", "Timer: reset"),
    N_("presenter-notes-larger", "Notes larger"),
    N_("presenter-notes-smaller", "Notes smaller"),
    N_("console-window", "{title} · console"),
    N_("console-now", "Now"),
    N_("console-next", "Next"),
    N_("console-notes", "Notes"),
    N_("console-clock", "Clock"),
    N_("console-elapsed", "Elapsed"),
    N_("console-paused", "paused"),
    N_("console-scene-time", "This scene"),
    N_("console-planned", "plan"),
    N_("console-rehearsal", "last rehearsal"),
    N_("console-scenes", "Scenes"),
    N_("console-blackout", "AUDIENCE: BLACK"),
    N_("console-whiteout", "AUDIENCE: WHITE"),
    N_("console-auto-on", "Auto-advance on"),
    N_("console-auto-paused", "Auto-advance paused"),
    N_("console-end", "End of the show"),
    N_("console-no-picture", "not shown yet"),
    N_("console-overview-hint", "Arrows or a number, then Enter; Esc closes"),
    # A chart said in words (charts/description.py): {title}, {count}, {label}, {value}, {start}, {labels}
    N_("chart-bars", "{title}: a bar chart comparing {count} values."),
    N_("chart-milestones", "{title}: a timeline of {count} milestones, in days from {start}."),
    N_("chart-share", "{title}: a ring showing a share: {label}, {value}."),
    N_("chart-highest", "Highest: {label}, {value}."),
    N_("chart-lowest", "Lowest: {label}, {value}."),
    N_("chart-first", "First: {label}, after {value}."),
    N_("chart-last", "Last: {label}, after {value}."),
    N_("chart-derived", "Derived, computed from the stated figures: {labels}."),
    N_("console-chart", "Chart"),
    # The kiosk's audio button and what visitors looked for (the admin panel)
    N_("audio", "Listen"),
    N_("speak-person", "{name}, {role}. {citation}"),
    N_("audio-stop", "Stop"),
    N_("admin-today", "Today"),
    N_("admin-today-none", "Nothing yet today."),
    N_("admin-today-not-found", "Searched, found nobody"),
    N_("screen-missing-audience", "audience screen {wanted} does not exist (screens: {screens}); using {used}"),
    # A venue's screens, on the leader's console (qt/venue)
    N_("venue-screens", "Screens"),
    N_("venue-gone", "gone"),
    N_("venue-other-pack", "other pack"),
    N_("venue-no-broker", "broker unreachable: the screens keep their picture"),
    N_("venue-not-leading", "another screen leads this show now"),
    N_("venue-announcement", "On every screen"),
    N_("venue-clear", "Clear"),
    N_("venue-compose-hint", "M: a line on every screen (Enter sends, Esc leaves)"),
    N_("screen-missing-console", "console screen {wanted} does not exist (screens: {screens}); using {used}"),
])
SOURCE_LANGUAGE = "en"

_TRADITIONAL_REGIONS = {"TW", "HK", "MO"}


def catalogue_names(language: str) -> list[str]:
    """The catalogues `language` reads, nearest first, as their folder names: 'de-AT' -> ['de_AT', 'de'],
    'zh-TW' -> ['zh_Hant'], 'zh' -> ['zh_Hans']. English, the source, is the last resort and needs none."""
    parts = [p for p in language.replace("_", "-").split("-") if p]
    if not parts:
        return []
    base, rest = parts[0].lower(), parts[1:]
    if base == "zh":
        script = next((p.title() for p in rest if len(p) == 4), "")
        regions = {p.upper() for p in rest if len(p) == 2}
        return ["zh_Hant" if script == "Hant" or (not script and regions & _TRADITIONAL_REGIONS) else "zh_Hans"]
    full = "_".join([base, *(p.title() if len(p) == 4 else p.upper() for p in rest)])
    return list(dict.fromkeys([full, base]))


def available_languages() -> list[str]:
    """The folder names of the catalogues shipped (compiled)."""
    return sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))


@cache
def _catalogue(name: str) -> gettext.NullTranslations | None:
    path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not path.is_file():
        return None
    with path.open("rb") as file:
        return gettext.GNUTranslations(file)


@cache
def _words(language: str) -> tuple[tuple[str, str], ...]:
    found = [c for c in map(_catalogue, catalogue_names(language)) if c is not None]
    shown = []
    for key, english in SOURCE.items():
        text = next((t for c in found if (t := c.pgettext(key, english)) != english and t), english)
        shown.append((key, text))
    return tuple(shown)


def words(language: str) -> dict[str, str]:
    """Every word of the program in `language` (English where its catalogue has none), by key."""
    return dict(_words(language))


def untranslated(language: str) -> list[str]:
    """The keys whose words `language` shows in English because no catalogue of it has them."""
    names = catalogue_names(language)
    if not names or names[-1] == SOURCE_LANGUAGE:
        return []
    found = [getattr(c, "_catalog", {}) for c in map(_catalogue, names) if c is not None]
    return [key for key, english in SOURCE.items() if not any(f.get(f"{key}\x04{english}") for f in found)]
