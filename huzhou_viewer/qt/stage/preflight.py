"""`huzhou-viewer preflight`: render every step of every scene offscreen at each size in each language, as the
audience sees it (the clean feed: larger type, the place mark at its foot) and as a touch screen shows it, and
find what would look wrong on the day: the program's own words shown in English for want of a translation, text
clipped, elided, overflowing or leaving the stage, lines that break
badly (a word broken without a hyphen, a heading's last line of one word), characters no font draws, pictures that
do not decode, are smaller than their slot or have no room left (a story's picture).

One Stage per language; its window is resized for each size and its chrome switched (a Stage is costly to build,
a resize is not).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QRawFont
from PySide6.QtQuick import QQuickItem

from huzhou_viewer.content.coverage import LAYOUT_CHARACTERS, describe_characters
from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.content.messages import Said, in_language, said, said_n
from huzhou_viewer.content.sources import Sources
from huzhou_viewer.qt.stage.export import grab
from huzhou_viewer.qt.stage.picture_sizes import PictureSizes
from huzhou_viewer.qt.stage.stage import Stage
from huzhou_viewer.qt.stage.text_fit import FLOOR, TextFit, items, shown, stage_item, text_fits
from huzhou_viewer.show.deck import Deck

SIZES = ((1280, 720), (1920, 1080), (3840, 2160), (1080, 1920))
# Texts that are part of a picture, not read: a generated portrait's initials (the name stands beside them).
UNREAD = ("portraitInitial",)
CHROMES = ("none", "touch")  # the audience screen (a clean feed) and a touch screen (the timeline bar)
PICTURE_ITEMS = ("storyPicture", "portraitPhoto")
# A story's picture is hidden when there is no room for it (80 stage units or less).
MIN_STORY_PICTURE = 80


@dataclass(frozen=True)
class Place:
    """One rendered frame: a step of a scene at a window size in a language, on a screen's chrome."""

    size: tuple[int, int]
    language: str
    scene: str
    step: int  # 1-based, as people count
    chrome: str = "none"  # a key of CHROMES

    def __str__(self) -> str:
        return str(self.said())

    def said(self) -> Said:
        size = f"{self.size[0]}x{self.size[1]}"
        if self.chrome == "none":
            return said("{scene} step {step} at {size} {language} on the audience screen", scene=self.scene,
                        step=self.step, size=size, language=self.language)
        return said("{scene} step {step} at {size} {language} on a touch screen", scene=self.scene, step=self.step,
                    size=size, language=self.language)


@dataclass
class Finding:
    """One thing wrong, said once with the places it was seen (the same clipped title shows on every step)."""

    kind: str  # "text", "break", "font", "picture" or "words"
    source: str | None  # "file:line" in the pack, None when unknown (program words, composed strings)
    message: str
    places: list[Place] = field(default_factory=list)
    boxes: dict[Place, list[tuple[float, float, float, float]]] = field(default_factory=dict)

    def line(self, language: str | None = "en") -> str:
        """The finding as a report's line, in `language` (None: the user's). Its kind stays English, as the
        severity of a validate line does: a word for tools to match."""
        where = in_language(self.source or said("(not from a pack file)"), language)
        if not self.places:  # said of the pack as a whole (its languages), not of a frame
            return f"{where}: {self.kind}: {in_language(self.message, language)}"
        seen = self.places[0].said()
        if len(self.places) > 1:
            seen = said_n("{place}; {count} place in all", "{place}; {count} places in all", len(self.places),
                          place=seen)
        return f"{where}: {self.kind}: {in_language(self.message, language)} ({in_language(seen, language)})"


def frames_said(count: int) -> Said:
    """"12 frames", a part of the progress and summary lines."""
    return said_n("{count} frame", "{count} frames", count)


@dataclass
class Frame:
    place: Place
    image: QImage | None  # kept only at the contact sheet's size


@dataclass
class PreflightResult:
    findings: list[Finding] = field(default_factory=list)
    records: list[dict] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.findings


def _program_labels(tree: Any) -> set[str]:
    """The program's own words a deck's view data carries ("derived", "Source"...: its keys ending in Label)."""
    found: set[str] = set()
    if isinstance(tree, dict):
        for key, value in tree.items():
            if isinstance(value, str) and key.endswith("Label") and value.strip():
                found.add(value.strip())
            else:
                found |= _program_labels(value)
    elif isinstance(tree, list):
        for value in tree:
            found |= _program_labels(value)
    return found


class _Collector:
    def __init__(self, sources: Sources, program_words: frozenset[str] = frozenset()) -> None:
        self.sources = sources
        self.program_words = program_words
        self.by_key: dict[tuple[str, str | None, str], Finding] = {}
        self._text_source: dict[tuple[str, str | None], str | None] = {}

    def text_source(self, text: str, scene: str | None = None) -> str | None:
        """The pack line a shown text comes from (in the file of the `scene` it was seen in, when the same words
        are in several); none for one of the program's words the pack did not write itself (else "derived"
        would be traced to whatever pack line contains that word)."""
        if (text, scene) not in self._text_source:
            key = unbroken(text).strip()
            if key in self.program_words:
                self._text_source[text, scene] = self.sources.texts.get(key, [None])[0]
            else:
                self._text_source[text, scene] = self.sources.text(text, scene)
        return self._text_source[text, scene]

    def add(self, kind: str, source: str | None, message: str, place: Place,
            box: tuple[float, float, float, float] | None) -> None:
        finding = self.by_key.setdefault((kind, source, message), Finding(kind, source, message))
        if place not in finding.boxes:
            finding.places.append(place)
            finding.boxes[place] = []
        if box is not None:
            finding.boxes[place].append(box)


def run_preflight(deck: Deck, sources: Sources, font_family: str, sizes=SIZES, languages: list[str] | None = None,
                  sheet_size: tuple[int, int] | None = None, thumb_width: int = 0,
                  progress: Callable[[str], None] = lambda line: None) -> PreflightResult:
    """Every step at every size in every language; frames at `sheet_size` are kept, scaled to `thumb_width`."""
    started = time.monotonic()
    result = PreflightResult()
    found = _Collector(sources, frozenset().union(*(_program_labels(deck.scenes(lang)) for lang in deck.languages)))
    glyphs = _Glyphs()
    pictures = PictureSizes()
    for language in languages or deck.languages:
        stage = Stage(deck, language, font_family, transitions=False)
        try:
            stage.icons.load_now()
            stage.start_pictures()
            stage.controller.set_exporting(True)  # pictures load before the frame is taken
            stage.view.show()
            for size in sizes:
                begun = time.monotonic()
                stage.view.resize(*size)
                frames = []
                for chrome in CHROMES:
                    stage.controller.set_chrome(chrome, place_mark=True)
                    frames += _walk(stage, size, language, chrome, found, glyphs, pictures, result.records,
                                    keep=size == sheet_size, thumb_width=thumb_width)
                result.frames += frames
                progress(said_n("preflight: {size} {language}: {frames}, {count} problem so far ({seconds:.1f} s)",
                                "preflight: {size} {language}: {frames}, {count} problems so far ({seconds:.1f} s)",
                                len(found.by_key), size=f"{size[0]}x{size[1]}", language=language,
                                frames=frames_said(len(frames)), seconds=time.monotonic() - begun))
        finally:
            stage.close()
    result.findings = list(found.by_key.values())
    result.seconds = time.monotonic() - started
    return result


def _walk(stage: Stage, size: tuple[int, int], language: str, chrome: str, found: _Collector, glyphs: _Glyphs,
          pictures: PictureSizes, records: list[dict], keep: bool, thumb_width: int) -> list[Frame]:
    controller = stage.controller
    frames = []
    for index, (scene_id, count) in enumerate(zip(controller.deck.scene_ids, controller.deck.step_counts)):
        for step in range(count):
            controller.goTo(index, step)
            image = grab(stage)
            place = Place(size, language, scene_id, step + 1, chrome)
            _check_texts(stage, place, found, glyphs, records)
            _check_pictures(stage, place, found, pictures)
            smooth = Qt.TransformationMode.SmoothTransformation
            frames.append(Frame(place, image.scaledToWidth(thumb_width, smooth) if keep and thumb_width else None))
    return frames


def _check_texts(stage: Stage, place: Place, found: _Collector, glyphs: _Glyphs, records: list[dict]) -> None:
    fits = text_fits(stage.view)
    if place.chrome == "none":
        _check_floor(fits, place, found)
    for fit in fits:
        source = found.text_source(fit.text, place.scene)
        quoted = _quote(fit.text)
        for problem in fit.problems:
            found.add("text", source, said("{text} {problem}", text=quoted, problem=problem), place, fit.box)
        for problem in fit.breaks:
            found.add("break", source, said("{text} {problem}", text=quoted, problem=problem), place, fit.box)
        missing, fallback = glyphs.check(fit.font, fit.text)
        if missing:
            found.add("font", source, said("no font draws {characters} in {text}",
                                           characters=describe_characters(missing), text=quoted), place, fit.box)
        records.append({
            "scene": place.scene, "step": place.step, "size": f"{place.size[0]}x{place.size[1]}",
            "language": place.language, "chrome": place.chrome, "text": fit.text, "font_family": fit.font.family(),
            "pixel_size": fit.pixel_size, "drawn_size": fit.drawn_size, "box": list(fit.box), "clipped": fit.clipped,
            "problems": fit.problems, "bad_breaks": fit.breaks, "missing_glyphs": missing,
            "fallback_glyphs": fallback, "source": source,
        })


def _check_floor(fits: list[TextFit], place: Place, found: _Collector) -> None:
    """Texts the audience screen draws under the back row's floor, said once for each box drawn smaller to fit (a
    story's side of six tiles is one problem, named by its first text), with the box of each."""
    groups: dict[int | str, list[TextFit]] = {}
    for fit in fits:
        if fit.drawn_size < FLOOR - 0.5 and fit.name not in UNREAD:
            groups.setdefault(fit.shrunk_in or fit.text, []).append(fit)
    # The first in reading order: of the top line (texts half a line apart or less), the leftmost, or the rightmost
    # in a language read right to left.
    rtl = QLocale(place.language).textDirection() == Qt.LayoutDirection.RightToLeft
    for group in groups.values():
        top = min(fit.box[1] for fit in group)
        line = [fit for fit in group if fit.box[1] <= top + fit.box[3] / 2]
        first = max(line, key=lambda fit: fit.box[0] + fit.box[2]) if rtl else min(line, key=lambda fit: fit.box[0])
        if len(group) > 1:
            message = said("{text} and the texts with it are drawn under {floor} px, too small for the back row (set "
                           "smaller to fit their room: shorten them, or cut what stands with them)",
                           text=_quote(first.text), floor=FLOOR)
        else:
            message = said("{text} is drawn under {floor} px, too small for the back row (set smaller to fit its "
                           "room: shorten it, or cut what stands with it)", text=_quote(first.text), floor=FLOOR)
        for fit in group:
            found.add("text", found.text_source(first.text, place.scene), message, place, fit.box)


def _quote(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[:limit - 1] + "…")


class _Glyphs:
    """Which characters of a text no font draws, asked of Qt for the item's own font: QFontMetrics.inFontUcs4
    answers for the whole fallback chain Qt would use (the bundled font, then the system's), QRawFont for the
    primary font alone, so a character drawn only by a system fallback is told apart."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, bool, str], tuple[bool, bool]] = {}

    def check(self, font: QFont, text: str) -> tuple[str, str]:
        """(characters no font draws, characters only a fallback font draws), each distinct, in order."""
        missing, fallback = [], []
        metrics: QFontMetrics | None = None
        raw: list[QRawFont] | None = None
        for ch in sorted(set(text)):
            if ch.isspace() or ch in LAYOUT_CHARACTERS or ord(ch) < 0x20:
                continue
            key = (font.family(), font.bold(), ch)
            if key not in self._cache:
                metrics = metrics or QFontMetrics(font)
                raw = raw or _primary_fonts(font)
                self._cache[key] = (metrics.inFontUcs4(ord(ch)), any(r.supportsCharacter(ord(ch)) for r in raw))
            any_font, primary = self._cache[key]
            if not any_font:
                missing.append(ch)
            elif not primary:
                fallback.append(ch)
        return "".join(missing), "".join(fallback)


def _primary_fonts(font: QFont) -> list[QRawFont]:
    """The item's font and the bundled fonts it names as substitutes (the quotes face's, show/fonts.py)."""
    fonts = [QRawFont.fromFont(font)]
    for family in QFont.substitutes(font.family()):
        substitute = QFont(font)
        substitute.setFamily(family)
        fonts.append(QRawFont.fromFont(substitute))
    return fonts


def _check_pictures(stage: Stage, place: Place, found: _Collector, pictures: PictureSizes) -> None:
    root = stage_item(stage.view)
    if root is None:
        return
    ratio = stage.view.devicePixelRatio()
    for item in items(root):
        if item.objectName() not in PICTURE_ITEMS or not shown(item.parentItem()):
            continue
        if item.objectName() == "storyPicture" and item.parentItem().property("pictureLeftOut"):
            _left_out(item.parentItem(), place, found)
            continue
        path = _picture_path(item)
        if not path or not _meant_to_show(item):
            continue
        box = _screen_box(item)
        source = found.sources.picture(path)
        name = Path(path).name
        size = pictures.size_or_error(path)
        if isinstance(size, str):
            found.add("picture", source, said("{picture} {problem}", picture=name, problem=size), place, box)
            continue
        slot = (round(box[2] * ratio), round(box[3] * ratio))
        if size[0] < slot[0] or size[1] < slot[1]:
            # Cropped to fill its slot: the size it needs is the picture's own shape at the slot's scale, one
            # figure for every flatter crop of the same width.
            enlarged = max(slot[0] / size[0], slot[1] / size[1])
            needed = (math.ceil(size[0] * enlarged), math.ceil(size[1] * enlarged))
            message = said("{picture} is {width}x{height} pixels, smaller than its slot at {screen}, which needs "
                           "{needed}", picture=name, width=size[0], height=size[1],
                           screen=f"{place.size[0]}x{place.size[1]}", needed=f"{needed[0]}x{needed[1]}")
            found.add("picture", source, message, place, box)


def _left_out(story: QQuickItem, place: Place, found: _Collector) -> None:
    """A story whose text and side column leave its picture no room: the stage shows it without (and logs it)."""
    path = str(story.property("picture") or "")
    message = said("{picture} is left out at {screen}: the story's text and what stands beside it leave under "
                   "{room} stage units for it; shorten the body, or cut a figure or a person",
                   picture=Path(path).name, screen=f"{place.size[0]}x{place.size[1]}", room=MIN_STORY_PICTURE)
    found.add("picture", found.sources.picture(path), message, place, _screen_box(story))


def _meant_to_show(item: QQuickItem) -> bool:
    """Shown, or hidden only because it failed to load (each view hides a picture that fails)."""
    if item.isVisible():
        return True
    if item.objectName() == "storyPicture":
        return item.height() > MIN_STORY_PICTURE
    return True  # a portrait asks for its photo only once it is big enough to show it


def _picture_path(item: QQuickItem) -> str:
    """The file an image item shows, from its provider URL (image://portrait/[round/]ENCODED-PATH)."""
    url = item.property("source")
    text = url.toString() if hasattr(url, "toString") else str(url or "")
    for prefix in ("image://portrait/round/", "image://portrait/"):
        if text.startswith(prefix):
            return unquote(text[len(prefix):])
    return ""


def _screen_box(item: QQuickItem) -> tuple[float, float, float, float]:
    box = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    return (round(box.x(), 1), round(box.y(), 1), round(box.width(), 1), round(box.height(), 1))



def word_findings(deck: Deck, languages: list[str], source: Callable[[str], str | None]) -> list[Finding]:
    """The program's words each language shows in English: no catalogue of the language has them and the pack
    gives none (`words:` in pack.yaml). `source(language)` is where the language is listed."""
    from huzhou_viewer.content.words import untranslated

    found = []
    for language in languages:
        own = deck.data["by_language"][language].get("words", {})
        missing = [key for key in untranslated(language) if key not in own]
        if missing:
            found.append(Finding("words", source(language),
                                 said_n("'{language}' shows {count} of the program's words in English: {keys}; "
                                        "give it under words: in pack.yaml",
                                        "'{language}' shows {count} of the program's words in English: {keys}; "
                                        "give them under words: in pack.yaml", len(missing), language=language,
                                        keys=", ".join(missing))))
    return found
