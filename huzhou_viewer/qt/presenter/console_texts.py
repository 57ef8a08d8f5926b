"""What the console says, worked out from plain values: a step in a few words, the clocks, the scene list."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any, NamedTuple

from huzhou_viewer.show.commands import Command, Op
from huzhou_viewer.show.deck import Deck
from huzhou_viewer.show.state import ShowState, apply
from huzhou_viewer.show.timer import SceneTimes, Stopwatch, clock_text, planned


class Shown(NamedTuple):
    """The position and language the console shows: the audience's, once the audience has drawn it."""

    scene: int
    step: int
    language: str

    @classmethod
    def of(cls, controller) -> Shown:
        return cls(controller.sceneIndex, controller.step, controller.language)


NOTES_SIZES = (20, 24, 28, 32, 36, 42, 48, 56, 64, 72)
DEFAULT_NOTES_SIZE = 2  # index in NOTES_SIZES: 28 px on the 1600x900 console, a CJK font's tall lines


def notes_with_chart(view: dict[str, Any], step: int, words: dict[str, str]) -> str:
    """The scene's speaker notes, and under them, while a chart is the step shown, the chart in words (what a
    listener who cannot see it would be told)."""
    notes = view.get("notes") or ""
    blocks = view.get("blocks", []) if view.get("kind") != "gallery" else []
    block = blocks[step - 1] if 0 < step <= len(blocks) else {}
    if block.get("kind") != "chart" or not block.get("description"):
        return notes
    chart = f"{words.get('console-chart', 'Chart')}: {block['description']}"
    return f"{notes}\n\n{chart}" if notes else chart


def step_caption(view: dict[str, Any], step: int) -> str:
    """What a step shows, in a few words: the scene's label, then the block's title or the person's name."""
    label = view.get("label") or view.get("title") or ""
    if step == 0:
        return label
    if view.get("kind") == "gallery":
        people = view.get("people", [])
        name = people[step - 1]["name"] if step - 1 < len(people) else ""
        return f"{label} · {name}" if name else label
    blocks = view.get("blocks", [])
    block = blocks[step - 1] if step - 1 < len(blocks) else {}
    title = block.get("title") or ""
    return f"{label} · {title}" if title else label


def clock_texts(wall: float, watch: Stopwatch, elapsed: float, times: SceneTimes, scene: int, plan_s: float,
                last: float | None, auto_left: str) -> dict[str, Any]:
    """The console's clock, talk timer and scene timer, as shown (keys: the console's text properties)."""
    spent = times.spent_on(scene, elapsed)
    return {
        "clock": time.strftime("%H:%M", time.localtime(wall)),
        "elapsed": clock_text(elapsed),
        "running": watch.running,
        "spent": clock_text(spent),
        "planned": clock_text(plan_s),
        "over": spent > plan_s,
        "fraction": min(1.0, spent / plan_s) if plan_s > 0 else 0.0,
        "rehearsal": clock_text(last) if last else "",
        "autoLeft": auto_left,
    }


def scene_rows(deck: Deck, language: str, scene_seconds: float, last_run: dict[str, float]) -> list[dict[str, Any]]:
    """The console's list of scenes: number, label, planned time and the last rehearsal's time."""
    plan_s = planned(deck.durations, scene_seconds)
    rows = []
    for i, view in enumerate(deck.scenes(language)):
        last = last_run.get(view["id"])
        rows.append({"number": i + 1, "label": view.get("label") or view.get("title") or "",
                     "planned": clock_text(plan_s[i]), "rehearsal": clock_text(last) if last else ""})
    return rows


def next_position(state: ShowState, scene: int, step: int) -> tuple[int, int] | None:
    """Where the next press goes from (scene, step), blanking aside; None at the end of the show."""
    state = replace(state.at(scene, step), blackout=False, whiteout=False)
    after = apply(state, Command(Op.NEXT))
    return None if (after.scene, after.step) == (state.scene, state.step) else (after.scene, after.step)


def _reader(key: str):
    def read(console) -> Any:
        return console._texts[key]

    return read


# The console's text properties read what clock_texts last gave (named functions: the QML type dump needs names).
read_clock = _reader("clock")
read_elapsed = _reader("elapsed")
read_running = _reader("running")
read_spent = _reader("spent")
read_planned = _reader("planned")
read_over = _reader("over")
read_fraction = _reader("fraction")
read_rehearsal = _reader("rehearsal")
read_auto_left = _reader("autoLeft")
