"""A minimal valid content pack written to a folder, for tests that break one thing at a time.

The files are literal YAML text, so a test can edit a line and ask where it now is (line_of, column_in)
instead of hard-coding line numbers that shift whenever the template changes.
"""

from __future__ import annotations

from pathlib import Path

PALETTE_YAML = """\
  background: "#101418"
  surface: "#1C2228"
  text: "#F2F2F2"
  muted: "#9AA4AE"
  accent: "#F05A4E"
  gold: "#D4AF37"
  seasons:
    spring: "#7BB661"
    autumn: "#E0782A"
"""

PACK_YAML = """\
format: 1
id: test-pack
title:
  en: Test pack
  zh-Hans: 测试包
default_language: en
languages: [en, zh-Hans]
palette:
""" + PALETTE_YAML + """\
scenes:
  - scenes/opening.yaml
  - scenes/spring.yaml
  - scenes/closing.yaml
tasks:
  - id: green
    area: {en: Ecology, zh-Hans: 生态}
    task: {en: Clear water, zh-Hans: 绿水青山}
  - id: jobs
    area: {en: Work, zh-Hans: 就业}
    task: {en: New jobs, zh-Hans: 新增就业}
people: people.yaml
"""

OPENING_YAML = """\
id: opening
kind: title
label: {en: Opening, zh-Hans: 开篇}
title:
  en: A year in Huzhou
  zh-Hans: 湖州这一年
subtitle: "2023"
notes: {en: Welcome everyone., zh-Hans: 欢迎大家。}
blocks:
  - kind: statement
    text: {en: Green is gold, zh-Hans: 绿水青山就是金山银山}
"""

SPRING_YAML = """\
id: spring
kind: season
season: spring
title: {en: Spring, zh-Hans: 春}
duration: 30
blocks:
  - kind: tasks
    title: {en: Key tasks, zh-Hans: 重点任务}
    tasks: [green, jobs]
    notes:
      green: {en: Rivers cleaned, zh-Hans: 河道清理}
  - kind: story
    id: village
    title: {en: A village, zh-Hans: 一个村庄}
    body: {en: "The village <b>river</b> runs clear.", zh-Hans: 村里的河水清了。}
    task: green
    people: [li-ming]
    picture: pictures/village.png
    figures:
      - value: "38"
        caption: {en: villages, zh-Hans: 个村}
        qualifier: over
  - kind: figures
    title: {en: In numbers, zh-Hans: 数字}
    items:
      - value: "1.2"
        unit: {en: bn yuan, zh-Hans: 亿元}
        caption: {en: invested, zh-Hans: 投资}
        derived: true
# Speaker notes last: tests find the tasks block's "notes:" by its text.
notes: {en: First the plans., zh-Hans: 先看方案。}
"""

CLOSING_YAML = """\
id: closing
kind: closing
title: {en: Thank you, zh-Hans: 谢谢}
notes: {en: Thank the guests., zh-Hans: 感谢来宾。}
blocks:
  - kind: couplet
    first: {en: Green hills, zh-Hans: 青山绿水}
    second: {en: Golden years, zh-Hans: 金山银山}
"""

PEOPLE_YAML = """\
categories:
  - id: farmer
    name: {en: Farmers, zh-Hans: 农民}
people:
  - id: li-ming
    name: {en: Li Ming, zh-Hans: 李明}
    role: {en: Village head, zh-Hans: 村主任}
    citation: {en: Cleaned the river, zh-Hans: 治理河道}
    category: farmer
    photo: photos/li-ming.png
    season: spring
    story: village
"""

FILES: dict[str, str] = {
    "pack.yaml": PACK_YAML,
    "scenes/opening.yaml": OPENING_YAML,
    "scenes/spring.yaml": SPRING_YAML,
    "scenes/closing.yaml": CLOSING_YAML,
    "people.yaml": PEOPLE_YAML,
}
PICTURES = ("pictures/village.png", "photos/li-ming.png")
# Not a real PNG: the loader checks that pictures exist and are not too big, it does not decode them.
# A real 1 x 1 PNG: the loader reads a photo's header (never its pixels) to warn about one Qt cannot show.
PICTURE_BYTES = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS"
                 b"\xde\x00\x00\x00\x0cIDATx\x9cchhh\x00\x00\x03\x04\x01\x81K\xd3\xd2\x10\x00\x00\x00\x00IEND\xaeB`\x82")


def write_pack(folder: Path, files: dict[str, str | bytes | None] | None = None) -> Path:
    """Write the minimal pack into `folder`; `files` replaces (text or bytes) or, with None, leaves out a file."""
    contents: dict[str, str | bytes | None] = {**FILES, **{p: PICTURE_BYTES for p in PICTURES}, **(files or {})}
    for relative, content in contents.items():
        if content is None:
            continue
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def edit(folder: Path, file: str, old: str, new: str) -> None:
    """Replace the one occurrence of `old` in a pack file (failing loudly if the template changed)."""
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def line_of(folder: Path, file: str, needle: str) -> int:
    """1-based number of the first line of `file` containing `needle`."""
    for number, line in enumerate((folder / file).read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not found in {file}")


def column_in(folder: Path, file: str, line: int, needle: str) -> int:
    """1-based column where `needle` starts on line `line` of `file`."""
    text = (folder / file).read_text(encoding="utf-8").splitlines()[line - 1]
    assert needle in text, f"{needle!r} not on line {line} of {file}: {text!r}"
    return text.index(needle) + 1


def add_honourees(pack: Path, count: int, photo: str | None = None) -> None:
    """`count` more honourees (ids p0, p1, ...; "Person N" in English) in the founders category of a copy of
    the bundled pack, each with `photo` (a path in the pack, "{i}" for the number) if given."""
    extra = "".join(f"\n  - id: p{i}\n    name: {{zh-Hans: 范{i}, en: Person {i}}}"
                    f"\n    role: {{en: Role, zh-Hans: 代表}}\n    citation: {{en: Work, zh-Hans: 奋斗}}"
                    "\n    category: founders" + (f"\n    photo: {photo.format(i=i)}" if photo else "")
                    for i in range(count))
    people_file = pack / "people.yaml"
    people_file.write_text(people_file.read_text(encoding="utf-8") + extra + "\n", encoding="utf-8")
