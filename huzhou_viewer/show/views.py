"""What present.py hands over: the view data of a deck, scene, block, figure and person, declared.

Every key a view reads is a field here; the views lay out what these say and decide nothing (which number
counts up, which couplet stands vertically, which statement is a passage are fields, not QML rules). They
are TypedDicts, so the data stays plain dicts and lists: JSON for the deck cache, a QVariantMap for QML.
show/shape.py checks data against them; the deck cache is stamped with their shape.

Nothing here imports the pack's schema (content/model.py, msgspec): a kept deck is checked without it.
The kinds are spelt out again for that reason; tests/show/test_views.py holds them to the model's.
Annotations are evaluated as the classes are made (no `from __future__ import annotations`), so checking
needs no string evaluation: each class is declared after those it names.
"""

from typing import Literal, TypedDict


class ContrastPaletteView(TypedDict):
    """The high-contrast theme's palette (show/contrast.py): every text colour 7:1 on every ground."""

    background: str
    surface: str
    text: str
    muted: str
    accent: str
    gold: str
    seasons: dict[str, str]
    paper: str
    scrim: float
    inks: dict[str, str]  # a pack colour (lower-case #rrggbb) -> what replaces it: scenes' and people's accents


class PaletteView(TypedDict):
    background: str
    surface: str
    text: str
    muted: str
    accent: str
    gold: str
    seasons: dict[str, str]  # season id -> colour
    paper: str  # the couplets' scrolls: the accent, deepened until the gold on it reaches 4.5:1
    scrim: float  # the background's opacity over a scene's photograph: every text colour 4.5:1 whatever the photo
    contrast: ContrastPaletteView  # the visitor's high-contrast theme, made from these colours



class PersonView(TypedDict):
    id: str
    categoryId: str
    seasonIndex: int  # -1: no season scene
    seasonLabel: str
    storyTitle: str
    storyScene: int  # where the person's story is shown; -1 (both) when there is none
    storyStep: int
    seed: int  # 0-359: the generated portrait's hue and pattern
    name: str
    role: str
    organisation: str
    citation: str
    quote: str
    category: str
    initial: str  # what the generated portrait shows
    colour: str  # the season's colour
    discColour: str  # the generated portrait's field: the season's colour, a shade lighter or darker by seed
    initialColour: str  # the initial's colour on that field: white or near-black, at least 4.5:1 (WCAG)
    contrastDiscColour: str  # the field in the high-contrast theme: the initial on it 7:1
    rtl: bool  # the name is written right to left: its texts align right
    photo: str  # absolute path; "" for the generated portrait


class NumberStyleView(TypedDict):
    """A language's number marks (CLDR's), as content/numbers.py's NumberStyle: charts write with them."""

    group: str  # between thousands: "," in English, "." in German
    decimal: str  # before the fraction: "." in English, "," in German
    percent: str  # a template, {} for the number: "{}%", "{}\u00a0%"


class QualifierView(TypedDict):
    qualifier: str  # the word before the number ("over", "超"), or ""
    qualifierAfter: str  # the words after the number and its unit ("以上", " 이상"), or ""


class FigureView(QualifierView):
    value: str  # a plain number in the language's marks ("1,610" is German "1.610"); else as written
    unit: str
    unitSign: bool  # the unit is a sign (%, °C): it reads with the digits, at their right in every language
    caption: str
    comparison: str
    source: str
    sourceLabel: str
    derived: bool
    derivedLabel: str
    note: str
    countTo: float | None  # the number a plain value ("1,200", "70.6") counts up to from 0; None: no count
    countDecimals: int  # digits after the point while counting
    countSeparator: str  # thousands separator while counting (the language's, when the value groups them; or "")
    countDecimalMark: str  # before the decimals while counting: the language's ("." in English, "," in German)


class TaskCardView(TypedDict):
    id: str
    area: str
    task: str
    note: str


class TasksBlockView(TypedDict):
    kind: Literal["tasks"]
    title: str
    cards: list[TaskCardView]


class StoryBlockView(TypedDict):
    kind: Literal["story"]
    id: str
    title: str
    body: str
    place: str
    people: list[PersonView]
    figures: list[FigureView]
    picture: str  # file URL; "" for none


class FiguresBlockView(TypedDict):
    kind: Literal["figures"]
    title: str
    note: str
    items: list[FigureView]


class CoupletBlockView(TypedDict):
    kind: Literal["couplet"]
    first: str
    second: str
    banner: str
    note: str
    vertical: bool  # on upright scrolls, a character at a time (Chinese lines a door scroll holds)
    bannerRtl: bool  # the banner reads right to left (over Chinese scrolls, unless the pack says)
    translationFirst: str  # the lines in the language shown, under Chinese scrolls; "" when they are that language
    translationSecond: str
    translationBanner: str


class StatementBlockView(TypedDict):
    kind: Literal["statement"]
    text: str
    attribution: str  # with its dash: "——陈浩" in Chinese, "— Chen Hao" otherwise
    passage: bool  # a speaker's words, set at heading size, rather than a slogan set large


class ChartItemView(TypedDict):
    label: str
    value: float | None  # in the language's unit
    derived: bool
    note: str


class ChartBlockView(TypedDict):
    kind: Literal["chart"]
    chart: Literal["bars", "milestones", "share"]
    id: str  # scene id and block number: names the chart's picture
    title: str
    unit: str
    orientation: Literal["vertical", "horizontal"]
    items: list[ChartItemView]
    start: str
    total: float | None
    derivedLabel: str
    source: str
    sourceLabel: str
    note: str
    unavailable: str
    numbers: NumberStyleView  # how the chart writes its numbers, in the language shown
    description: str  # the chart in words (the pack's `description`, else generated): speech, notes, handout


BlockView = TasksBlockView | StoryBlockView | FiguresBlockView | CoupletBlockView | StatementBlockView | ChartBlockView


class CategoryView(TypedDict):
    id: str
    name: str


class _SceneFields(TypedDict):
    id: str
    label: str  # on the timeline bar
    barLabel: str  # the same, with the break characters of a narrow tab (show/breaks.py's "tab")
    eyebrow: str
    title: str
    subtitle: str
    footer: str
    notes: str  # the speaker's, on the presenter console
    accent: str
    icon: str
    background: str  # a photograph's absolute path, behind a scrim; "" for the plain ground
    stepCount: int
    blocks: list[BlockView]


class SceneView(_SceneFields):
    kind: Literal["title", "season", "closing"]


class GallerySceneView(_SceneFields):
    """The honourees' grid (step 0), then one step per person's page."""

    kind: Literal["gallery"]
    people: list[PersonView]
    peopleCount: int
    emptyText: str
    categories: list[CategoryView]  # those someone belongs to
    allLabel: str
    spotlight: float | None  # seconds per person when the spotlight runs
    pageSeconds: float  # on the clean feed, where nobody scrolls the grid: seconds each page of it is shown
    denseCards: bool  # every name fits the dense cards (content/limits.py DENSE_NAME_WIDTH): more on a page


AnySceneView = SceneView | GallerySceneView


class LanguageView(TypedDict):
    title: str
    name: str  # the language's own name ("Deutsch"), for assistive technology
    scenes: list[AnySceneView]
    words: dict[str, str]  # the pack's own program words in this language (pack.yaml words:), by key


class DeckData(TypedDict):
    format: int
    pack_id: str
    date: str  # the day of the event as the pack gives it ("" when it gives none)
    pack_version: str
    languages: list[str]
    default_language: str
    palette: PaletteView
    scene_ids: list[str]
    step_counts: list[int]
    durations: list[float | None]
    warnings: list[str]
    by_language: dict[str, LanguageView]
