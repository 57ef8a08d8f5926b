"""A scene as the screen shows it: every text in one language, every reference resolved.

The views only lay out what this returns (plain dicts, lists and strings), so what a scene says is decided
and tested here, without Qt.
"""

from __future__ import annotations

import colorsys
import unicodedata
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from huzhou_viewer.content.colours import AAA, contrast, deepest_under, luminance, nearest_passing, scrim_alpha
from huzhou_viewer.content.colours import rgb as _rgb
from huzhou_viewer.content.limits import DENSE_NAME_WIDTH
from huzhou_viewer.content.model import (
    ChartBlock,
    CoupletBlock,
    Figure,
    FiguresBlock,
    Pack,
    Person,
    Scene,
    StatementBlock,
    StoryBlock,
    TasksBlock,
    Text,
)
from huzhou_viewer.content.numbers import is_sign, read_number, write_number
from huzhou_viewer.content.script import display_width, is_chinese, is_rtl, is_wide
from huzhou_viewer.content.text import localize, written_in
from huzhou_viewer.content.traditional import (
    DEFAULT_PHRASING,
    SIMPLIFIED,
    TRADITIONAL,
    converter,
    converts,
    shown_languages,
)
from huzhou_viewer.show.breaks import Kind, clean, prepare
from huzhou_viewer.show.chart_words import describe_chart
from huzhou_viewer.show.contrast import high_contrast
from huzhou_viewer.show.deck import DECK_FORMAT, Deck
from huzhou_viewer.show.labels import language_name, qualifier_fields, shown_words
from huzhou_viewer.show.numbers import number_style
from huzhou_viewer.show.views import (
    AnySceneView,
    BlockView,
    ChartBlockView,
    CoupletBlockView,
    DeckData,
    FigureView,
    GallerySceneView,
    LanguageView,
    PaletteView,
    PersonView,
    SceneView,
    TaskCardView,
)

SCROLL_HOLDS = 11  # characters on a door scroll; longer Chinese lines run across, as other languages do
PASSAGE_WIDTH = 110  # in Latin letters: a longer statement is a passage (a speaker's words), not a slogan
GRID_PAGE_SECONDS = 8.0  # a page of the gallery's grid on the clean feed: time to read eight names and roles


class ViewBuilder:
    """Turns a pack into view data for one language at a time."""

    def __init__(self, pack: Pack, language: str, phrasing: str = DEFAULT_PHRASING) -> None:
        self.pack = pack
        languages = shown_languages(pack.languages)
        self.language = language if language in languages else pack.meta.default_language
        # zh-Hant texts the pack does not give are its zh-Hans ones, converted (content/traditional.py).
        self._convert = converter(phrasing) if self.language == TRADITIONAL and converts(pack.languages) else None
        self.own_words = pack_words(pack, self.language, self._convert)
        self._words = shown_words(self.language, languages, self.own_words)
        self._numbers = number_style(self.language)
        self._people = {p.id: p for p in pack.people.people}
        self._tasks = {t.id: t for t in pack.meta.tasks}

    def text(self, value: Text | None) -> str:
        """A text as written, for what is not laid out in lines on the stage (names, labels, notes, charts)."""
        if self._convert is not None and not (isinstance(value, dict) and TRADITIONAL in value):
            return self._convert(localize(value, SIMPLIFIED, self.pack.meta.default_language))
        return localize(value, self.language, self.pack.meta.default_language)

    def shown(self, value: Text | None, kind: Kind) -> str:
        """A text the stage wraps, with the break characters of its kind (show/breaks.py)."""
        default = self.pack.meta.default_language
        if self._convert is not None and not (isinstance(value, dict) and TRADITIONAL in value):
            written = self._convert(localize(value, SIMPLIFIED, default, marks=True))  # the marks pass through
            return prepare(written, TRADITIONAL, kind)
        return prepare(localize(value, self.language, default, marks=True),
                       written_in(value, self.language, default), kind)

    def accent(self, scene: Scene) -> str:
        palette = self.pack.meta.palette
        return palette.seasons.get(scene.season or "", palette.accent)

    def palette(self) -> PaletteView:
        p = self.pack.meta.palette
        own = {"background": p.background, "surface": p.surface, "text": p.text, "muted": p.muted,
               "accent": p.accent, "gold": p.gold, "seasons": dict(p.seasons), "paper": deepest_under(p.accent, p.gold),
               "scrim": scrim_alpha(p.background, [p.text, p.muted, p.accent, p.gold, *p.seasons.values()])}
        return {**own, "contrast": high_contrast(own)}  # type: ignore[typeddict-item]

    def scene(self, scene: Scene) -> AnySceneView:
        view: SceneView = {
            "id": scene.id,
            "kind": scene.kind,  # type: ignore[typeddict-item]  # a gallery's view is made a GallerySceneView below
            "label": self.text(scene.label) or self.text(scene.title),
            "barLabel": self.shown(scene.label, "tab") or self.shown(scene.title, "tab"),
            "eyebrow": self.shown(scene.eyebrow, "label"),
            "title": self.shown(scene.title, "heading"),
            "subtitle": self.shown(scene.subtitle, "heading"),
            "footer": self.shown(scene.footer, "body"),
            "notes": self.text(scene.notes),
            "accent": self.accent(scene),
            "icon": scene.icon or "",
            "background": self._picture(scene.background),
            "stepCount": scene.step_count,
            "blocks": [self.block(b, f"{scene.id}-{i + 1}") for i, b in enumerate(scene.blocks)],
        }
        if scene.kind != "gallery":
            return view
        # The grid is step 0; each honouree's page is one more step, so a clicker walks through them.
        people = [self.person(p) for p in self.pack.people.people]
        used = {p.category for p in self.pack.people.people}
        gallery: GallerySceneView = {
            **view, "kind": "gallery", "stepCount": 1 + len(people),
            "people": people, "peopleCount": len(people),
            "emptyText": self._words["gallery-empty"],
            "categories": [{"id": c.id, "name": self.text(c.name)}
                           for c in self.pack.people.categories if c.id in used],
            "allLabel": self._words["all-categories"], "spotlight": scene.spotlight, "pageSeconds": GRID_PAGE_SECONDS,
            "denseCards": all(display_width(self.text(p.name)) <= DENSE_NAME_WIDTH for p in self.pack.people.people),
        }
        return gallery

    def block(self, block: Any, block_id: str = "") -> BlockView:
        if isinstance(block, ChartBlock):
            return self.chart(block, block_id)
        if isinstance(block, TasksBlock):
            ids = block.tasks if block.tasks is not None else list(self._tasks)
            cards: list[TaskCardView] = [
                {"id": i, "area": self.shown(self._tasks[i].area, "label"),
                 "task": self.shown(self._tasks[i].task, "body"),
                 "note": self.shown(block.notes.get(i), "body")} for i in ids if i in self._tasks]
            return {"kind": "tasks", "title": self.shown(block.title, "heading"), "cards": cards}
        if isinstance(block, StoryBlock):
            return {"kind": "story", "id": block.id or "", "title": self.shown(block.title, "heading"),
                    "body": self.shown(block.body, "body"),
                    "place": self.shown(block.place, "label") or self._task_area(block.task),
                    "people": [self.person(self._people[i]) for i in block.people if i in self._people],
                    "figures": [self.figure(f) for f in block.figures],
                    "picture": self._picture(block.picture)}
        if isinstance(block, FiguresBlock):
            return {"kind": "figures", "title": self.shown(block.title, "heading"),
                    "note": self.shown(block.note, "body"),
                    "items": [self.figure(f) for f in block.items]}
        if isinstance(block, CoupletBlock):
            return self.couplet(block)
        if isinstance(block, StatementBlock):
            text = self.text(block.text)
            who = self.text(block.attribution)
            # Who said it, after a dash as the language writes one: Chinese a double one (——), others a single.
            dash = "\u2014\u2014" if who and is_wide(who[0]) else "\u2014 "
            passage = display_width(text) > PASSAGE_WIDTH
            return {"kind": "statement", "text": self.shown(block.text, "body" if passage else "quote"),
                    "attribution": dash + who if who else "",
                    "passage": passage}
        raise TypeError(f"no view for block {type(block).__name__}")

    def couplet(self, block: CoupletBlock) -> CoupletBlockView:
        """A couplet on Chinese scrolls wherever the pack has it in Chinese that a scroll holds; in another
        language, the scrolls stay Chinese and the language shown is their subtitle."""
        texts = (block.first, block.second, block.banner)
        shown, scrolls = tuple(self.text(t) for t in texts), self._scroll_lines(block)
        lines, direction = scrolls or shown, block.banner_direction or ("rtl" if scrolls else "ltr")
        # The language shown under the scrolls is wrapped on the stage: with its break characters ({{…}} included).
        translation = tuple(self.shown(t, "heading") for t in texts) if scrolls and shown != scrolls else ("", "", "")
        return {"kind": "couplet", "first": lines[0], "second": lines[1], "banner": lines[2],
                "note": self.text(block.note), "vertical": scrolls is not None, "bannerRtl": direction == "rtl",
                "translationFirst": translation[0], "translationSecond": translation[1],
                "translationBanner": translation[2]}

    def _scroll_lines(self, block: CoupletBlock) -> tuple[str, str, str] | None:
        tags = [self.language] + [t for t in self.pack.languages if t != self.language]
        for tag in tags:
            if isinstance(block.first, dict) and tag not in block.first:
                continue
            first, second = localize(block.first, tag, tag), localize(block.second, tag, tag)
            if is_chinese(first) and is_chinese(second) and max(len(first), len(second)) <= SCROLL_HOLDS:
                return first, second, localize(block.banner, tag, tag)
        return None

    def chart(self, chart: ChartBlock, chart_id: str) -> ChartBlockView:
        """A chart as charts/ draws it and the view frames it (title, source and note are the view's)."""
        derived = any(item.derived for item in chart.items)
        view: ChartBlockView = {
            "kind": "chart", "chart": chart.chart, "id": chart_id,
            "title": self.shown(chart.title, "heading"), "unit": self.text(chart.unit),
            "orientation": chart.orientation,
            "items": [{"label": self.shown(item.label, "label"), "value": self._scaled(item.value, chart),
                       "derived": item.derived, "note": self.text(item.note)} for item in chart.items],
            "start": self.text(chart.start), "total": chart.total,
            "derivedLabel": self._words["derived"] if derived else "",  # on each derived bar or milestone
            "source": self.shown(chart.source, "body"), "sourceLabel": self._words["source"],
            "note": self.shown(chart.note, "body"),
            "unavailable": self._words["chart-unavailable"],
            "numbers": self._numbers,
            "description": "",
        }
        # Read aloud and printed: described from the texts as written, not as the stage breaks them.
        plain: ChartBlockView = {**view, "title": clean(view["title"]), "source": clean(view["source"]),
                                 "note": clean(view["note"]),
                                 "items": [{**item, "label": clean(item["label"])} for item in view["items"]]}
        view["description"] = self.text(chart.description) or describe_chart(plain, self._words, self.language)
        return view

    def _scaled(self, value: float | None, chart: ChartBlock) -> float | None:
        simplified = chart.scale.get(SIMPLIFIED) if self._convert is not None else None  # 万 is 萬: the same scale
        divisor = (chart.scale.get(self.language) or simplified or chart.scale.get(self.pack.meta.default_language)
                   or 1.0)
        return None if value is None else value / divisor

    def figure(self, figure: Figure) -> FigureView:
        written = self.text(figure.value)
        number = read_number(written)  # read as the author wrote it, shown in the language's marks
        return {
            "value": write_number(*number, self._numbers) if number else written,
            "unit": self.text(figure.unit),
            "unitSign": is_sign(self.text(figure.unit)),
            **qualifier_fields(self._words[figure.qualifier] if figure.qualifier else ""),
            "caption": self.shown(figure.caption, "body"),
            "comparison": self.shown(figure.comparison, "body"),
            "source": self.shown(figure.source, "body"),
            "sourceLabel": self._words["source"],
            "derived": figure.derived,
            "derivedLabel": self._words["derived"] if figure.derived else "",
            "note": self.shown(figure.note, "body"),
            "countTo": number.value if number else None,
            "countDecimals": number.decimals if number else 0,
            "countSeparator": self._numbers["group"] if number and number.grouped else "",
            "countDecimalMark": self._numbers["decimal"],
        }

    def person(self, person: Person) -> PersonView:
        name = self.text(person.name)
        # The photo's absolute path when it is a file inside the pack.
        photo = _shown_picture(Path(self.pack.root), person.photo)
        season_scene = next((s for s in self.pack.scenes if s.id == person.season), None)
        seed = zlib.crc32(person.id.encode("utf-8")) % 360
        colour = self.accent(season_scene) if season_scene else self.pack.meta.palette.accent
        disc = disc_colour(colour, seed)
        return {
            "id": person.id,
            "categoryId": person.category or "",
            "seasonIndex": self._scene_index(person.season),
            "seasonLabel": self._scene_label(person.season),
            **self._story_place(person.story),  # type: ignore[typeddict-item]  # its three keys, declared
            "seed": seed,
            "name": self.shown(person.name, "label"),  # a 19-letter surname must break somewhere on a card
            "role": self.shown(person.role, "label"),
            "organisation": self.shown(person.organisation, "label"),
            "citation": self.shown(person.citation, "body"),
            "quote": self.shown(person.quote, "quote"),
            "category": self._category_name(person.category, wrapped=True),
            "initial": initial_of(name),
            "colour": colour,
            "discColour": disc,
            "initialColour": readable_on(disc),
            "contrastDiscColour": field_for(disc, readable_on(disc)),
            "rtl": is_rtl(name),
            "photo": str(photo) if photo is not None else "",  # "" (none, missing, outside): the generated one
        }

    def _scene_index(self, scene_id: str | None) -> int:
        return next((i for i, s in enumerate(self.pack.scenes) if s.id == scene_id), -1)

    def _scene_label(self, scene_id: str | None) -> str:
        scene = next((s for s in self.pack.scenes if s.id == scene_id), None)
        return (self.text(scene.label) or self.text(scene.title)) if scene else ""

    def _story_place(self, story_id: str | None) -> dict[str, Any]:
        """Where a person's story is shown: its title, scene and build step (-1 when there is none)."""
        for index, scene in enumerate(self.pack.scenes):
            for i, block in enumerate(scene.blocks):
                if story_id and isinstance(block, StoryBlock) and block.id == story_id:
                    return {"storyTitle": self.text(block.title), "storyScene": index, "storyStep": i + 1}
        return {"storyTitle": "", "storyScene": -1, "storyStep": -1}

    def _category_name(self, category_id: str | None, wrapped: bool = False) -> str:
        """The category's name; `wrapped`, with the break characters of a label (a card's narrow column)."""
        for c in self.pack.people.categories:
            if c.id == category_id:
                return self.shown(c.name, "label") if wrapped else self.text(c.name)
        return ""

    def _task_area(self, task_id: str | None) -> str:
        task = self._tasks.get(task_id or "")
        return self.text(task.area) if task else ""

    def _picture(self, relative: str | None) -> str:
        """The picture's absolute path when it is a JPEG, PNG or WebP file inside the pack (checked again here: the
        file may have changed since it was validated); "" otherwise, and nothing is shown."""
        path = _shown_picture(Path(self.pack.root), relative)
        return str(path) if path is not None else ""


def _shown_picture(root: Path, relative: str | None) -> Path | None:
    from huzhou_viewer.content.files import picture_problem, resolve_in_pack

    if not relative:
        return None
    path = resolve_in_pack(root, relative).path
    return path if path is not None and picture_problem(path, relative) is None else None


def initial_of(name: str) -> str:
    """What a generated portrait shows: a CJK name's first character (a Chinese surname, a Hangul syllable);
    otherwise the first letters of the first and last words, capitals where the script has them (Ana María López:
    AL), an Arabic or Hebrew name's in its order, kept apart (ZWNJ) so they never join, Arabic's after ال (ز)."""
    words = [w for w in unicodedata.normalize("NFC", name).split() if any(c.isalnum() for c in w)]
    if not words:
        return "?"
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]  # ال, every al- name's alef
    firsts = [next(c for c in word if c.isalnum()) for word in (words[0], words[-1])[:len(words)]]
    if is_wide(firsts[0]):
        return firsts[0]
    if is_rtl(name):
        return "\u200c".join(firsts)
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in firsts)


def disc_colour(colour: str, seed: int) -> str:
    """The generated portrait's field: the colour's value scaled by 0.86 to 1.13 by seed (two of a season look
    different), past full value taken out of its saturation, as Qt's lighter() does."""
    red, green, blue = _rgb(colour)
    hue, saturation, value = colorsys.rgb_to_hsv(red, green, blue)
    value *= 0.86 + (seed % 7) * 0.045
    if value > 1:
        saturation, value = max(0.0, saturation - (value - 1)), 1.0
    return "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hsv_to_rgb(hue, saturation, value))


def field_for(disc: str, ink: str) -> str:
    """The field shown in the high-contrast theme: `disc` lightened or darkened until `ink` on it stands 7:1."""
    return (nearest_passing(disc, ink, AAA + 0.1) or ("#000000" if luminance(ink) > 0.5 else "#FFFFFF")).lower()


def readable_on(background: str) -> str:
    """White, or near-black where white would not stand out 4.5:1 (WCAG AA); black where neither does."""
    for ink in ("#ffffff", "#14161a", "#000000"):
        if contrast(ink, background) >= 4.5:
            return ink
    return "#000000"  # unreachable: black or white always reaches 4.58:1


def pack_words(pack: Pack, language: str, convert: Callable[[str], str] | None = None) -> dict[str, str]:
    """The program words the pack gives in `language` (pack.yaml words:): a plain string is every language's.
    With `convert` (zh-Hant from zh-Hans), the pack's zh-Hans words converted, where it gives no zh-Hant one."""
    own = {}
    for key, text in pack.meta.words.items():
        if isinstance(text, str) or language in text:
            own[key] = localize(text, language, language)
        elif convert is not None and SIMPLIFIED in text:
            own[key] = convert(text[SIMPLIFIED])
    return own


def build_deck(pack: Pack, phrasing: str = DEFAULT_PHRASING, traditional: bool = True) -> Deck:
    """The deck in every language of the pack, and in zh-Hant made from zh-Hans in `phrasing` ("tw", "hk")
    unless `traditional` is false or the pack has no zh-Hans."""
    default = pack.meta.default_language
    languages = shown_languages(pack.languages) if traditional else list(pack.languages)
    by_language: dict[str, LanguageView] = {}
    for language in languages:
        builder = ViewBuilder(pack, language, phrasing)
        by_language[language] = {"title": builder.text(pack.meta.title), "name": language_name(language),
                                 "scenes": [builder.scene(scene) for scene in pack.scenes],
                                 "words": builder.own_words}
    data: DeckData = {
        "format": DECK_FORMAT,
        "pack_id": pack.meta.id,
        "date": pack.meta.date or "",
        "pack_version": pack.meta.version,
        "languages": languages,
        "default_language": default,
        "palette": ViewBuilder(pack, default).palette(),
        "scene_ids": [scene.id for scene in pack.scenes],
        "step_counts": [view["stepCount"] for view in by_language[default]["scenes"]],
        "durations": [scene.duration for scene in pack.scenes],
        "warnings": [str(w) for w in pack.warnings],
        "by_language": by_language,
    }
    return Deck(data)
