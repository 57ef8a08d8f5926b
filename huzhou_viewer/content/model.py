"""The content pack format, version 1, as msgspec structs.

These classes are the single definition of the format: the fast loader converts parsed YAML into them
with msgspec, and the detailed validator walks the same classes to report every error with a line number.
Field order is the order authors see in docs/content-pack.md.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from huzhou_viewer.content.problems import Problem

FORMAT_VERSION = 1

# A text is a plain string (the same in every language) or a mapping by language tag.
Text = str | dict[str, str]

SceneKind = Literal["title", "season", "gallery", "closing"]
Qualifier = Literal["over", "about"]
ChartKind = Literal["bars", "milestones", "share"]
Orientation = Literal["vertical", "horizontal"]
Direction = Literal["rtl", "ltr"]


class _Strict(msgspec.Struct, forbid_unknown_fields=True, kw_only=True, frozen=True):
    """Base of every pack struct: unknown keys are errors."""


class Palette(_Strict):
    """Colours as #RRGGBB. `seasons` maps a season key (used by scenes) to its colour."""

    background: str
    surface: str
    text: str
    muted: str
    accent: str
    gold: str
    seasons: dict[str, str] = {}


class KeyTask(_Strict):
    id: str
    area: Text
    task: Text
    icon: str | None = None


class Figure(_Strict):
    """A big number. `value` is the number as shown (text, so each language can write it its own way)."""

    value: Text
    caption: Text
    unit: Text = ""
    qualifier: Qualifier | None = None
    comparison: Text | None = None
    source: Text | None = None
    derived: bool = False
    note: Text | None = None


class TasksBlock(_Strict, tag="tasks", tag_field="kind"):
    """The key tasks as cards. `tasks` lists task ids (all tasks when omitted); `notes` adds a line per task."""

    title: Text
    tasks: list[str] | None = None
    notes: dict[str, Text] = {}


class StoryBlock(_Strict, tag="story", tag_field="kind"):
    title: Text
    body: Text
    id: str | None = None  # for a person's `story`; unique in the pack
    place: Text | None = None
    task: str | None = None
    people: list[str] = []
    picture: str | None = None
    figures: list[Figure] = []


class FiguresBlock(_Strict, tag="figures", tag_field="kind"):
    title: Text
    items: list[Figure]
    note: Text | None = None


class CoupletBlock(_Strict, tag="couplet", tag_field="kind"):
    first: Text  # the upper line, hung on the right
    second: Text
    banner: Text | None = None
    note: Text | None = None
    banner_direction: Direction | None = None  # default: right to left over Chinese scrolls, else left to right


class StatementBlock(_Strict, tag="statement", tag_field="kind"):
    text: Text
    attribution: Text | None = None


class ChartItem(_Strict):
    """One bar, one milestone (value = days from the start) or the one share (value = the part)."""

    label: Text
    value: float | None = None
    derived: bool = False
    note: Text | None = None


class ChartBlock(_Strict, tag="chart", tag_field="kind"):
    """A chart drawn from the pack's numbers: bars, milestones on a day axis, or a single share."""

    chart: ChartKind
    title: Text
    items: list[ChartItem]
    unit: Text | None = None
    scale: dict[str, float] = {}  # per language, what values are divided by to match the unit (万 = 10000)
    orientation: Orientation = "vertical"
    start: Text | None = None
    total: float | None = None
    source: Text | None = None
    note: Text | None = None
    description: Text | None = None  # said for screen readers, speech and the handout; generated when omitted


Block = TasksBlock | StoryBlock | FiguresBlock | CoupletBlock | StatementBlock | ChartBlock


class Scene(_Strict):
    """One scene. It opens on its heading (step 0); each block is one more step, as builds in a slide deck."""

    id: str
    kind: SceneKind
    title: Text
    label: Text | None = None  # short name on the timeline bar; the title when omitted
    eyebrow: Text | None = None
    subtitle: Text | None = None
    footer: Text | None = None
    season: str | None = None
    icon: str | None = None
    notes: Text | None = None
    duration: float | None = None
    spotlight: float | None = None  # gallery scenes: seconds per honouree when the spotlight runs
    background: str | None = None  # a photograph behind the scene, under a scrim that keeps its text 4.5:1
    blocks: list[Block] = []

    @property
    def step_count(self) -> int:
        return 1 + len(self.blocks)


class Category(_Strict):
    id: str
    name: Text


class Person(_Strict):
    id: str
    name: Text
    role: Text
    citation: Text
    organisation: Text | None = None
    category: str | None = None
    quote: Text | None = None
    photo: str | None = None
    season: str | None = None
    story: str | None = None


class PeopleFile(_Strict):
    categories: list[Category] = []
    people: list[Person] = []


class PackFile(_Strict):
    """pack.yaml: the pack's identity, languages, palette, key tasks and the scene files in order."""

    format: int
    id: str
    title: Text
    default_language: str
    languages: list[str]
    palette: Palette
    scenes: list[str]
    version: str = ""
    date: str | None = None  # the day of the event, "2024-02-07": the handout's date
    tasks: list[KeyTask] = []
    people: str | None = None
    # The program's own words ("over", "Source", the key map...) by key, for the pack's languages: each wins
    # over the program's catalogue; a language left out reads the catalogue's (content/words.py lists the keys).
    words: dict[str, Text] = {}


class Pack(msgspec.Struct, frozen=True, kw_only=True):
    """A loaded pack: pack.yaml plus the files it names, resolved. Not itself a file."""

    root: str
    meta: PackFile
    scenes: list[Scene]
    people: PeopleFile = PeopleFile()
    warnings: tuple[Problem, ...] = ()  # located warnings (missing translations, photos...); str() reads well

    @property
    def languages(self) -> list[str]:
        return self.meta.languages

    def scene_index(self, scene_id: str) -> int | None:
        for i, scene in enumerate(self.scenes):
            if scene.id == scene_id:
                return i
        return None
