"""The program's own words as the screen lists them: the key map, the presenter's keys, the language marks.

The words themselves, in every language, are content.words' (gettext catalogues); `words` is re-exported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.content.words import SOURCE, untranslated, words
from huzhou_viewer.show.views import QualifierView

__all__ = ["KEY_DISPLAY", "SOURCE", "key_map_rows", "language_mark", "place_mark", "presenter_key_rows",
           "qualifier_fields", "shown_words", "untranslated", "words"]

# Shown on the language toggle.
_LANGUAGE_MARKS = {"zh": "中", "en": "EN"}


def shown_words(language: str, languages: list[str], own: dict[str, str]) -> dict[str, str]:
    """The words a pack in `languages` shows in `language`: the catalogue's, the pack's own (`own`) winning.
    The search hint speaks of pinyin only where the pack has Chinese (its names then answer to pinyin)."""
    shown = words(language)
    if any(tag.split("-")[0].lower() == "zh" for tag in languages):
        shown["search-hint"] = shown["search-hint-pinyin"]
    return {**shown, **own}


def qualifier_fields(template: str) -> QualifierView:
    """A figure's qualifier as its view carries it, the words before its number and those after it (after its
    unit): "over {number}" -> "over" before; "{number}以上" -> "以上" after, "{number} 이상" -> " 이상", the space
    as the language writes it. A word without the placeholder (a pack's own "mehr als") stands before."""
    before, _, after = template.partition("{number}") if "{number}" in template else (template, "", "")
    return {"qualifier": before.strip(), "qualifierAfter": after.rstrip()}


_TRADITIONAL = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")


def language_mark(language: str, languages: tuple[str, ...] | list[str] = ()) -> str:
    """What the language switch shows for `language` among the pack's `languages`: 中 for Chinese, but 简 and
    繁 when the pack has both scripts (two 中 would be no choice at all)."""
    tag = language.lower()
    if tag.startswith("zh"):
        chinese = [t.lower() for t in languages if t.lower().startswith("zh")]
        traditional = [t.startswith(_TRADITIONAL) for t in chinese]
        if any(traditional) and not all(traditional):
            return "繁" if tag.startswith(_TRADITIONAL) else "简"
    return _LANGUAGE_MARKS.get(language.split("-")[0], language.upper())


def language_name(language: str) -> str:
    """The language's name in itself ("Deutsch", "中文 (简体)") from CLDR, for a screen reader to say what the
    switch's marks mean; the tag itself when CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(language, sep="-").get_display_name()
    except (UnknownLocaleError, ValueError):
        return language
    return name or language


def spoken_place(scene: Mapping[str, Any], texts: Mapping[str, str], step: int, step_count: int) -> str:
    """"Summer: the surge, step 2 of 5": a scene's title and the step, for a screen reader to say on a move; on a
    gallery's honouree page, whose page it is ("The people behind the change, Fan Li, step 2 of 8")."""
    title = unbroken(scene["title"]) or scene["label"]  # said: without the stage's break characters
    if step_count <= 1:
        return title
    where = texts["a11y-step"].format(step=step + 1, steps=step_count)
    people = (scene.get("people") or []) if scene.get("kind") == "gallery" else []
    whose = unbroken(people[step - 1]["name"]) if 0 < step <= len(people) else ""
    return f"{title}, {whose}, {where}" if whose else f"{title}, {where}"


# Key names as people read them on the key map.
KEY_DISPLAY = {
    "Right": "→", "Left": "←", "Up": "↑", "Down": "↓", "PageDown": "PgDn", "PageUp": "PgUp",
    "Space": "Space", "Return": "Enter", "Enter": "Enter", "Backspace": "Backspace", "Period": ".",
    "Comma": ",", "Question": "?", "Escape": "Esc", "Presentation": "Presentation", "DisplayToggle": "Display",
    "Plus": "+", "Equal": "=", "Minus": "-",
}


def presenter_key_rows(language: str, texts: dict[str, str] | None = None) -> list[dict[str, str]]:
    """The presenter's own keys, listed on the console (in `texts`, the words with the pack's, when given)."""
    from huzhou_viewer.show.presenter_keys import BINDINGS

    w = texts or words(language)
    return [{"keys": " ".join(KEY_DISPLAY.get(k, k) for k in names), "action": w[label]}
            for names, _, label in BINDINGS]


def key_map_rows(language: str, scene_count: int = 9, unreachable: frozenset[str] = frozenset(),
                 texts: dict[str, str] | None = None) -> list[dict[str, str]]:
    """The on-screen key map: one row per action, keys as people read them, each once (Return and Enter
    are one key to a reader), leaving out keys that cannot reach the program on this platform; digits as
    far as there are scenes. `texts`: the words to use (the pack's among them), words(language) if None."""
    from huzhou_viewer.show.keymap import BINDINGS

    w = texts or words(language)
    rows = []
    for names, _, label in BINDINGS:
        shown = dict.fromkeys(KEY_DISPLAY.get(k, k) for k in names if k not in unreachable)
        if shown:
            rows.append({"keys": "  ".join(shown), "action": w[label]})
    last = min(9, scene_count)
    if last >= 1:
        rows.insert(4, {"keys": "1" if last == 1 else f"1 … {last}", "action": w["jump"]})
    return rows


def place_mark(scenes: list, index: int) -> str:
    """The clean feed's discreet mark of where the show is: a season scene's label and its place among the
    seasons ("夏 · 2 / 4"); nothing on the scenes around them (title, gallery, closing speak for themselves)."""
    seasons = [i for i, view in enumerate(scenes) if view.get("kind") == "season"]
    if index not in seasons:
        return ""
    return f"{scenes[index].get('label', '')} \u00b7 {seasons.index(index) + 1} / {len(seasons)}"
