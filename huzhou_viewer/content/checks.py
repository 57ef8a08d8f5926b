"""Checks that need more than the shape of one file: ids, references between files, paths, colours, languages.

They run on the msgspec structs and name what is wrong by key path; the Locator turns the path into a
line and column. Both loading paths run them. A part that failed to load (None) is skipped, so that a
broken scene file does not hide problems elsewhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from huzhou_viewer.content.chart_checks import chart_problems
from huzhou_viewer.content.check_messages import photo_not_readable, photo_too_large, unknown, used_twice
from huzhou_viewer.content.files import MAX_PICTURE_BYTES, picture_problem, resolve_in_pack, size_problem
from huzhou_viewer.content.limits import block_limits, name_limits
from huzhou_viewer.content.locate import KeyPath, Locator
from huzhou_viewer.content.marks import strip_marks
from huzhou_viewer.content.messages import Said, said
from huzhou_viewer.content.model import (
    FORMAT_VERSION,
    ChartBlock,
    FiguresBlock,
    PackFile,
    PeopleFile,
    Scene,
    StoryBlock,
    TasksBlock,
    Text,
)
from huzhou_viewer.content.numbers import unreadable_number
from huzhou_viewer.content.photos import MAX_PHOTO_PIXELS, MAX_WHOLE_DECODE_PIXELS, photo_header
from huzhou_viewer.content.problems import Problem, Severity, did_you_mean, quoted
from huzhou_viewer.content.script import display_width
from huzhou_viewer.content.text import iter_texts, localize, shown_instead
from huzhou_viewer.content.traditional import SIMPLIFIED, TRADITIONAL, converts, is_converted
from huzhou_viewer.content.words import SOURCE, untranslated

COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
PACK_FILE = "pack.yaml"


@dataclass
class PackParts:
    """What the loaders read. Files are named relative to the pack root; None stands for a part that failed."""

    root: Path  # resolved
    meta: PackFile | None
    scenes: list[tuple[str, Scene | None]] = field(default_factory=list)
    people_file: str | None = None
    people: PeopleFile | None = None

    @property
    def files(self) -> list[str]:
        """The pack's files in reading order: the order problems are reported in."""
        listed = [PACK_FILE] + [file for file, _ in self.scenes]
        return listed + [self.people_file] if self.people_file else listed

    def structs(self) -> list[tuple[str, object]]:
        """(file, what was read from it) for every file that was read, in reading order."""
        found: list[tuple[str, object]] = [(PACK_FILE, self.meta), *self.scenes, (self.people_file or "", self.people)]
        return [(file, struct) for file, struct in found if struct is not None and file]

    def strings(self) -> Iterator[tuple[str, KeyPath, str]]:
        """(file, key path, string) for every text of the pack, each language of it on its own, as it is read
        (without its line-break marks)."""
        for file, struct in self.structs():
            for path, text in iter_texts(struct):
                if isinstance(text, str):
                    yield file, path, strip_marks(text)
                else:
                    yield from ((file, path + (tag,), strip_marks(s)) for tag, s in text.items()
                                if isinstance(s, str))


LABEL_WIDTH = 12  # in Latin letters; a CJK character counts two


def check_pack(parts: PackParts, where: Locator) -> list[Problem]:
    checker = _Checker(parts, where)
    checker.run()
    return checker.problems


class _Checker:
    def __init__(self, parts: PackParts, where: Locator):
        self.parts = parts
        self.where = where
        self.problems: list[Problem] = []
        meta = parts.meta
        self.task_ids = [t.id for t in meta.tasks] if meta else []
        self.scene_ids = [s.id for _, s in parts.scenes if s is not None]
        people = parts.people
        self.person_ids = [p.id for p in people.people] if people else []
        # Every story with an id, where it is: (file, key path, id).
        self.stories = [(file, ("blocks", i, "id"), block.id) for file, scene in parts.scenes if scene is not None
                        for i, block in enumerate(scene.blocks) if isinstance(block, StoryBlock) and block.id]

    def report(self, file: str, path: KeyPath, message: str, severity: Severity = "error", key: bool = False) -> None:
        self.problems.append(self.where.problem(file, path, message, severity, key))

    def run(self) -> None:
        if self.parts.meta is not None:
            self.check_meta(self.parts.meta)
        self.check_scenes()
        self.check_story_ids()
        if self.parts.people is not None and self.parts.people_file is not None:
            self.check_people(self.parts.people_file, self.parts.people)
        if self.parts.meta is not None:
            self.check_texts(self.parts.meta)

    def check_meta(self, meta: PackFile) -> None:
        if meta.format != FORMAT_VERSION:
            message = said("format {format} is not supported; this program reads format {supported}",
                           format=meta.format, supported=FORMAT_VERSION)
            self.report(PACK_FILE, ("format",), message)
        if not meta.scenes:
            self.report(PACK_FILE, ("scenes",), said("no scenes: list at least one scene file, e.g. "
                                                  "[scenes/title.yaml]"))
        if not meta.languages:
            self.report(PACK_FILE, ("languages",), said("no languages: list at least one language tag, "
                                                     "e.g. [en]"))
        elif meta.default_language not in meta.languages:
            self.report(
                PACK_FILE,
                ("default_language",),
                said("default_language '{language}' is not one of languages ({languages})",
                     language=meta.default_language, languages=quoted(meta.languages)),
            )
        for name in meta.palette.__struct_fields__:  # every colour the model declares, so none is forgotten
            value = getattr(meta.palette, name)
            if isinstance(value, str):
                self._colour(("palette", name), value)
            elif isinstance(value, dict):
                for key, colour in value.items():
                    self._colour(("palette", name, key), colour)
        self._unique(PACK_FILE, [(("tasks", i, "id"), t.id) for i, t in enumerate(meta.tasks)], "task id")
        self._unique(PACK_FILE, [(("scenes", i), s) for i, s in enumerate(meta.scenes)], "scene file")
        self._words(meta)

    def _words(self, meta: PackFile) -> None:
        """Unknown word keys are errors; each pack language shown some program words in another language
        (no catalogue has them, nor the pack) gets one warning listing them."""
        for key in meta.words:
            if key not in SOURCE:
                self._unknown(PACK_FILE, ("words", key), "word", key, list(SOURCE), key=True)
        for index, language in enumerate(meta.languages):
            missing = [k for k in untranslated(language) if not _has_word(meta.words.get(k), language)]
            if missing:
                # translators: {keys} lists the program's word keys; {key} is the first of them
                message = said("the program has no words in '{language}' for {missing} of {total} keys, shown in "
                               "English instead: {keys}; give them under words: (for example words: "
                               "{{{key}: {{{language}: ...}}}})", language=language, missing=len(missing),
                               total=len(SOURCE), keys=", ".join(missing), key=missing[0])
                self.report(PACK_FILE, ("languages", index), message, "warning")

    def _colour(self, path: KeyPath, colour: str) -> None:
        if not COLOUR.fullmatch(colour):
            self.report(PACK_FILE, path, said("colour '{colour}' is not written as #RRGGBB (for example '#C8102E')",
                                              colour=colour))

    def _unique(self, file: str, entries: list[tuple[KeyPath, str]], what: str) -> None:
        first: dict[str, KeyPath] = {}
        for path, value in entries:
            if value in first:
                line = self.where.line_of(file, first[value])
                self.report(file, path, used_twice(what, value, line))
            else:
                first[value] = path

    def _unknown(self, file: str, path: KeyPath, what: str, value: str, known: list[str], key: bool = False) -> None:
        self.report(file, path, unknown(what, value, known), key=key)

    def check_scenes(self) -> None:
        meta = self.parts.meta
        seasons = list(meta.palette.seasons) if meta else []
        owner: dict[str, str] = {}
        for file, scene in self.parts.scenes:
            if scene is None or owner.get(scene.id) == file:
                continue  # failed to load, or the same file listed twice (reported on pack.yaml)
            if scene.id in owner:
                self.report(file, ("id",), said("scene id '{id}' is already used by {file}", id=scene.id,
                                                file=owner[scene.id]))
            owner.setdefault(scene.id, file)
            if scene.duration is not None and not 0 < scene.duration < math.inf:
                self.report(file, ("duration",), said("duration {seconds:g} is not a number of seconds above 0",
                                                      seconds=scene.duration))
            if scene.spotlight is not None and not 0 < scene.spotlight < math.inf:
                self.report(file, ("spotlight",), said("spotlight {seconds:g} is not a number of seconds above 0",
                                                       seconds=scene.spotlight))
            if scene.kind == "season" and scene.season is None:
                message = said("a scene of kind 'season' needs a 'season' key (one of {seasons})",
                               seasons=quoted(seasons))
                self.report(file, ("kind",), message)
            if meta is not None and scene.season is not None and scene.season not in seasons:
                self.report(file, ("season",), said("season '{season}' has no colour in palette.seasons{hint} "
                                                    "(seasons: {seasons})", season=scene.season,
                                                    hint=did_you_mean(scene.season, seasons), seasons=quoted(seasons)))
            if scene.label is None and meta is not None:
                self._long_title_as_label(file, scene, meta.languages)
            if scene.background is not None:  # without it the scene shows on the plain ground
                self._picture(file, ("background",), scene.background, missing_is="warning")
            if scene.notes is None:
                self.report(file, ("id",), said("no speaker 'notes': the presenter console will show an empty "
                                                "notes area for this scene"), "warning", key=True)
            for index, block in enumerate(scene.blocks):
                self._block(file, ("blocks", index), block)
            if meta is not None:
                self.check_texts(scene, file)

    def _figure_value(self, file: str, path: KeyPath, value: Text) -> None:
        for where, text in [(path, value)] if isinstance(value, str) else [(path + (t,), v) for t, v in value.items()]:
            if isinstance(text, str) and unreadable_number(text):
                self.report(file, where, said("'{text}' is shown as written, the same in every language; write a "
                                              "number with the digits 0-9, ',' between thousands and '.' before "
                                              "decimals (1,610 or 96.5), and a '%' or other unit under unit:, so "
                                              "each language shows it its own way", text=text), "warning")

    def _long_title_as_label(self, file: str, scene: Scene, languages: list[str]) -> None:
        # The timeline bar shows the title when there is no label; about 12 letters (6 characters) fit.
        long = [lang for lang in languages if display_width(localize(scene.title, lang, lang)) > LABEL_WIDTH]
        if long:
            self.report(file, ("title",), said("the title is too long for the timeline bar ({languages}); add a "
                                               "short 'label', such as the season's name", languages=", ".join(long)),
                        "warning", key=True)

    def _block(self, file: str, path: KeyPath, block: object) -> None:
        figures = getattr(block, "items", None) if isinstance(block, FiguresBlock) else getattr(block, "figures", None)
        for i, figure in enumerate(figures or []):
            self._figure_value(file, path + ("items" if isinstance(block, FiguresBlock) else "figures", i, "value"),
                               figure.value)
        if isinstance(block, TasksBlock) and self.parts.meta is not None:
            for i, task in enumerate(block.tasks or []):
                if task not in self.task_ids:
                    self._unknown(file, path + ("tasks", i), "task", task, self.task_ids)
            for task in block.notes:
                if task not in self.task_ids:
                    self._unknown(file, path + ("notes", task), "task", task, self.task_ids, key=True)
        if isinstance(block, StoryBlock):
            if block.task is not None and self.parts.meta is not None and block.task not in self.task_ids:
                self._unknown(file, path + ("task",), "task", block.task, self.task_ids)
            if self.parts.people is not None:
                for i, person in enumerate(block.people):
                    if person not in self.person_ids:
                        self._unknown(file, path + ("people", i), "person", person, self.person_ids)
            if block.picture is not None:
                self._picture(file, path + ("picture",), block.picture, missing_is="error")
        if isinstance(block, ChartBlock):
            languages = self.parts.meta.languages if self.parts.meta is not None else None
            for where, message, severity, key in chart_problems(path, block, languages):
                self.report(file, where, message, severity, key)
        for where, message, severity in block_limits(path, block, len(self.task_ids)):
            self.report(file, where, message, severity, key=True)

    def _picture(self, file: str, path: KeyPath, relative: str, missing_is: Severity, photo: bool = False) -> None:
        ref = resolve_in_pack(self.parts.root, relative)
        if ref.missing:
            self.report(file, path, _with_portrait(ref.problem, photo), missing_is)
        elif ref.problem:
            self.report(file, path, ref.problem)
        elif ref.path is not None:
            too_big = size_problem(ref.path, MAX_PICTURE_BYTES, "picture")
            problem = too_big or picture_problem(ref.path, relative)
            if problem:
                # A photo has a stand-in (the generated portrait); a story's picture has none.
                self.report(file, path, _with_portrait(problem, photo), "error" if too_big else missing_is)

    def check_story_ids(self) -> None:
        first: dict[str, tuple[str, KeyPath]] = {}
        for file, path, story in self.stories:
            if story in first:
                self.report(file, path, said("story id '{story}' is used twice (first at {file}:{line})", story=story,
                                             file=first[story][0], line=self.where.line_of(*first[story])))
            else:
                first[story] = (file, path)

    def check_people(self, file: str, people: PeopleFile) -> None:
        categories = [c.id for c in people.categories]
        self._unique(file, [(("categories", i, "id"), c.id) for i, c in enumerate(people.categories)], "category id")
        self._unique(file, [(("people", i, "id"), p.id) for i, p in enumerate(people.people)], "person id")
        for i, person in enumerate(people.people):
            path: KeyPath = ("people", i)
            names = [person.name] if isinstance(person.name, str) else list(person.name.values())
            if not any(isinstance(n, str) and n.strip() for n in names):
                self.report(file, path + ("name",), said("a person needs a name"))
            for where, message, severity in name_limits(path + ("name",), person.name):
                self.report(file, where, message, severity)
            if person.category is not None and person.category not in categories:
                self._unknown(file, path + ("category",), "category", person.category, categories)
            scenes_complete = all(scene is not None for _, scene in self.parts.scenes)  # else ids may be missing
            if person.season is not None and scenes_complete and person.season not in self.scene_ids:
                self._unknown(file, path + ("season",), "scene", person.season, self.scene_ids)
            if person.story is not None and scenes_complete and person.story not in {s for _, _, s in self.stories}:
                self._unknown(file, path + ("story",), "story", person.story, [s for _, _, s in self.stories])
            if person.photo is not None:
                self._picture(file, path + ("photo",), person.photo, missing_is="warning", photo=True)
                self._photo(file, path + ("photo",), person.photo)
        if self.parts.meta is not None:
            self.check_texts(people, file)

    def _photo(self, file: str, path: KeyPath, relative: str) -> None:
        """A photo that is there but that the program will not show: the generated portrait is shown."""
        ref = resolve_in_pack(self.parts.root, relative)
        if ref.path is None or picture_problem(ref.path, relative):
            return  # reported by _picture
        header = photo_header(ref.path)
        if header is None:
            message = photo_not_readable(relative)
        else:
            kind, width, height = header
            limit = MAX_PHOTO_PIXELS if kind == "JPEG" else min(MAX_PHOTO_PIXELS, MAX_WHOLE_DECODE_PIXELS)
            if width * height <= limit:
                return
            message = photo_too_large(relative, width, height, limit, jpeg=kind == "JPEG")
        self.report(file, path, message, "warning")

    def check_texts(self, struct: object, file: str = PACK_FILE) -> None:
        """Language tags must be declared (error); a declared language left out is a warning."""
        meta = self.parts.meta
        assert meta is not None
        languages = meta.languages
        for path, text in iter_texts(struct):
            for where, string in ([(path, text)] if isinstance(text, str) else
                                  [(path + (tag,), t) for tag, t in text.items() if isinstance(t, str)]):
                bad = next((c for c in string if 0xD800 <= ord(c) <= 0xDFFF), None)
                if bad is not None:  # only a "\ud800" escape makes one; no font, printer or file can take it
                    self.report(file, where, said("U+{code:04X} is half of a character (a lone surrogate); write "
                                                  "the character itself", code=ord(bad)))
            if not isinstance(text, dict):
                continue
            if not text:
                self.report(file, path, said("empty text: write the text, or a mapping such as {{en: ...}}"))
                continue
            for tag in text:
                if tag not in languages and not (tag == TRADITIONAL and SIMPLIFIED in text and converts(languages)):
                    # zh-Hant beside zh-Hans needs no listing: it corrects that text's conversion.
                    hint = did_you_mean(tag, languages)
                    message = said("'{tag}' is not one of the pack's languages ({languages}){hint}", tag=tag,
                                   languages=quoted(languages), hint=hint)
                    self.report(file, path + (tag,), message, key=True)
            if path[:1] == ("words",):
                continue  # a program word a pack leaves out is the catalogue's, not another language's
            shown = shown_instead(text, meta.default_language)
            for language in languages:
                if language == TRADITIONAL and is_converted(text):
                    continue  # converted from its zh-Hans: validate's notes count these
                if language not in text:
                    message = said("missing '{language}' translation; '{shown}' will be shown", language=language,
                                   shown=shown)
                    self.report(file, path, message, "warning", key=True)


def _with_portrait(problem: Said | str | None, photo: bool) -> Said | str:
    """A picture's problem; for a person's photo, saying that the generated portrait stands in for it."""
    if not photo:
        return problem or ""
    return said("{problem}; a generated portrait will be shown instead", problem=problem)


def _has_word(text: Text | None, language: str) -> bool:
    return isinstance(text, str) or (isinstance(text, dict) and language in text)
