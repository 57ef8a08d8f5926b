"""A pack that fills the layouts: one tasks scene for each count from 1 to 8 (a block's most), and a gallery of
40 honourees (one with a 60-letter name, one with a long German compound), for tests that check grids adapt to
what a pack holds."""

from __future__ import annotations

from pathlib import Path

from tests.packfactory import PALETTE_YAML

TASK_COUNTS = range(1, 9)
LONG_NAME = "Maria Magdalena Theodora Wilhelmina von Hohenzollern-Sigmaring"  # 60 letters and more
GERMAN_NAME = "Oberbürgermeisterstellvertreterin Müller"  # a 33-letter compound, 40 letters in all
PEOPLE_COUNT = 40


def task_scene(n: int) -> str:
    return f"scenes/tasks-{n}.yaml"


def write_layout_pack(folder: Path, people: int = PEOPLE_COUNT, counts=TASK_COUNTS) -> Path:
    (folder / "scenes").mkdir(parents=True, exist_ok=True)
    scenes = "".join(f"  - {task_scene(n)}\n" for n in counts) + "  - scenes/gallery.yaml\n"
    tasks = "".join(f"  - id: t{i}\n    area: Area {i}\n    task: Task number {i} of the year's plan\n"
                    for i in range(1, max(counts) + 1))
    (folder / "pack.yaml").write_text("format: 1\nid: layouts\ntitle: Layouts\ndefault_language: en\n"
                                      "languages: [en]\npalette:\n" + PALETTE_YAML + "scenes:\n" + scenes
                                      + "tasks:\n" + tasks + "people: people.yaml\n", encoding="utf-8")
    for n in counts:
        ids = ", ".join(f"t{i}" for i in range(1, n + 1))
        (folder / task_scene(n)).write_text(
            f"id: tasks-{n}\nkind: season\nseason: spring\ntitle: {n} tasks\nlabel: T{n}\nnotes: Plans.\n"
            f"blocks:\n  - kind: tasks\n    title: Key tasks\n    tasks: [{ids}]\n"
            f"    notes: {{t1: A note on the first task}}\n", encoding="utf-8")
    (folder / "scenes/gallery.yaml").write_text("id: gallery\nkind: gallery\ntitle: Honourees\nlabel: All\n"
                                                "notes: Everyone.\n", encoding="utf-8")
    lines = ["people:"]
    for i in range(people):
        name = LONG_NAME if i == 1 else GERMAN_NAME if i == 2 else f"Person Number{i}"
        lines += [f"  - id: p{i}", f'    name: "{name}"', "    role: Volunteer", "    citation: Helped"]
    (folder / "people.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
