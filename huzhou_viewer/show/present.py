"""A scene as the screen shows it: every text in one language, every reference resolved.

The views only lay out what this returns (plain dicts, lists and strings), so what a scene says is decided
and tested here, without Qt.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from huzhou_viewer.content.model import (
    ChartBlock, CoupletBlock, Figure, FiguresBlock, Pack, Person, Scene, StatementBlock, StoryBlock, TasksBlock, Text,
)
from huzhou_viewer.content.text import localize
from huzhou_viewer.show.deck import DECK_FORMAT, Deck
from huzhou_viewer.show.labels import words


class ViewBuilder:
    """Turns a pack into view data for one language at a time."""

    def __init__(self, pack: Pack, language: str) -> None:
        self.pack = pack
        self.language = language if language in pack.languages else pack.meta.default_language
        self._words = words(self.language)
        self._people = {p.id: p for p in pack.people.people}
        self._tasks = {t.id: t for t in pack.meta.tasks}

    def text(self, value: Text | None) -> str:
        return localize(value, self.language, self.pack.meta.default_language)

    def accent(self, scene: Scene) -> str:
        palette = self.pack.meta.palette
        return palette.seasons.get(scene.season or "", palette.accent)

    def palette(self) -> dict[str, Any]:
        p = self.pack.meta.palette
        return {"background": p.background, "surface": p.surface, "text": p.text, "muted": p.muted,
                "accent": p.accent, "gold": p.gold, "seasons": dict(p.seasons)}

    def scene(self, scene: Scene) -> dict[str, Any]:
        view = {
            "id": scene.id,
            "kind": scene.kind,
            "label": self.text(scene.label) or self.text(scene.title),
            "eyebrow": self.text(scene.eyebrow),
            "title": self.text(scene.title),
            "subtitle": self.text(scene.subtitle),
            "footer": self.text(scene.footer),
            "notes": self.text(scene.notes),
            "accent": self.accent(scene),
            "icon": scene.icon or "",
            "stepCount": scene.step_count,
            "blocks": [self.block(b, f"{scene.id}-{i + 1}") for i, b in enumerate(scene.blocks)],
        }
        if scene.kind == "gallery":
            # The grid is step 0; each honouree's page is one more step, so a clicker walks through them.
            view["people"] = people = [self.person(p) for p in self.pack.people.people]
            view["stepCount"] = 1 + len(people)
            view["emptyText"] = self._words["gallery-empty"]
            used = {p.category for p in self.pack.people.people}
            view["categories"] = [{"id": c.id, "name": self.text(c.name)}
                                  for c in self.pack.people.categories if c.id in used]
            view["allLabel"] = self._words["all-categories"]
            view["spotlight"] = scene.spotlight
        return view

    def block(self, block: Any, block_id: str = "") -> dict[str, Any]:
        if isinstance(block, ChartBlock):
            return self.chart(block, block_id)
        if isinstance(block, TasksBlock):
            ids = block.tasks if block.tasks is not None else list(self._tasks)
            cards = [{"id": i, "area": self.text(self._tasks[i].area), "task": self.text(self._tasks[i].task),
                      "note": self.text(block.notes.get(i))} for i in ids if i in self._tasks]
            return {"kind": "tasks", "title": self.text(block.title), "cards": cards}
        if isinstance(block, StoryBlock):
            return {"kind": "story", "id": block.id or "", "title": self.text(block.title),
                    "body": self.text(block.body),
                    "place": self.text(block.place) or self._task_area(block.task),
                    "people": [self.person(self._people[i]) for i in block.people if i in self._people],
                    "figures": [self.figure(f) for f in block.figures],
                    "picture": self._picture(block.picture)}
        if isinstance(block, FiguresBlock):
            return {"kind": "figures", "title": self.text(block.title), "note": self.text(block.note),
                    "items": [self.figure(f) for f in block.items]}
        if isinstance(block, CoupletBlock):
            return {"kind": "couplet", "first": self.text(block.first), "second": self.text(block.second),
                    "banner": self.text(block.banner), "note": self.text(block.note)}
        if isinstance(block, StatementBlock):
            return {"kind": "statement", "text": self.text(block.text),
                    "attribution": self.text(block.attribution)}
        raise TypeError(f"no view for block {type(block).__name__}")

    def chart(self, chart: ChartBlock, chart_id: str) -> dict[str, Any]:
        """A chart as charts/ draws it and the view frames it (title, source and note are the view's)."""
        derived = any(item.derived for item in chart.items)
        return {
            "kind": "chart", "chart": chart.chart, "id": chart_id,
            "title": self.text(chart.title), "unit": self.text(chart.unit), "orientation": chart.orientation,
            "items": [{"label": self.text(item.label), "value": self._scaled(item.value, chart),
                       "derived": item.derived, "note": self.text(item.note)} for item in chart.items],
            "start": self.text(chart.start), "total": chart.total,
            "derivedLabel": self._words["derived-values"] if derived else "",
            "source": self.text(chart.source), "sourceLabel": self._words["source"],
            "note": self.text(chart.note),
            "unavailable": self._words["chart-unavailable"],
        }

    def _scaled(self, value: float | None, chart: ChartBlock) -> float | None:
        divisor = chart.scale.get(self.language) or chart.scale.get(self.pack.meta.default_language) or 1.0
        return None if value is None else value / divisor

    def figure(self, figure: Figure) -> dict[str, Any]:
        return {
            "value": self.text(figure.value),
            "unit": self.text(figure.unit),
            "qualifier": self._words[figure.qualifier] if figure.qualifier else "",
            "caption": self.text(figure.caption),
            "comparison": self.text(figure.comparison),
            "source": self.text(figure.source),
            "sourceLabel": self._words["source"],
            "derived": figure.derived,
            "derivedLabel": self._words["derived"] if figure.derived else "",
            "note": self.text(figure.note),
        }

    def person(self, person: Person) -> dict[str, Any]:
        from huzhou_viewer.content.files import resolve_in_pack

        name = self.text(person.name)
        # The photo's absolute path when it is a file inside the pack.
        photo = resolve_in_pack(Path(self.pack.root), person.photo).path if person.photo else None
        season_scene = next((s for s in self.pack.scenes if s.id == person.season), None)
        return {
            "id": person.id,
            "categoryId": person.category or "",
            "seasonIndex": self._scene_index(person.season),
            "seasonLabel": self._scene_label(person.season),
            **self._story_place(person.story),
            "seed": zlib.crc32(person.id.encode("utf-8")) % 360,
            "name": name,
            "role": self.text(person.role),
            "organisation": self.text(person.organisation),
            "citation": self.text(person.citation),
            "quote": self.text(person.quote),
            "category": self._category_name(person.category),
            "initial": initial_of(localize(person.name, "zh-Hans", self.language) or name),
            "colour": self.accent(season_scene) if season_scene else self.pack.meta.palette.accent,
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

    def _category_name(self, category_id: str | None) -> str:
        for c in self.pack.people.categories:
            if c.id == category_id:
                return self.text(c.name)
        return ""

    def _task_area(self, task_id: str | None) -> str:
        task = self._tasks.get(task_id or "")
        return self.text(task.area) if task else ""

    def _picture(self, relative: str | None) -> str:
        return (Path(self.pack.root) / relative).as_uri() if relative else ""


def initial_of(name: str) -> str:
    """What a generated portrait shows: a Chinese surname's character, or Latin initials."""
    name = name.strip()
    if not name:
        return "?"
    if ord(name[0]) > 0x2E80:
        return name[0]
    return "".join(word[0] for word in name.split()[:2]).upper()


def build_deck(pack: Pack) -> Deck:
    default = pack.meta.default_language
    by_language: dict[str, dict[str, Any]] = {}
    for language in pack.languages:
        builder = ViewBuilder(pack, language)
        by_language[language] = {"title": builder.text(pack.meta.title),
                                 "scenes": [builder.scene(scene) for scene in pack.scenes]}
    return Deck({
        "format": DECK_FORMAT,
        "pack_id": pack.meta.id,
        "languages": list(pack.languages),
        "default_language": default,
        "palette": ViewBuilder(pack, default).palette(),
        "scene_ids": [scene.id for scene in pack.scenes],
        "step_counts": [view["stepCount"] for view in by_language[default]["scenes"]],
        "durations": [scene.duration for scene in pack.scenes],
        "warnings": [str(w) for w in pack.warnings],
        "by_language": by_language,
    })
