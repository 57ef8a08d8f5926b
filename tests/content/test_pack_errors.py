"""Broken packs: each breaks one thing in the minimal pack and checks what a pack author is told, and where."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from huzhou_viewer.content import validate
from huzhou_viewer.content.files import MAX_PICTURE_BYTES, MAX_YAML_BYTES
from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.problems import PackError
from tests import opened_files
from tests.packfactory import (
    CLOSING_YAML,
    OPENING_YAML,
    PEOPLE_YAML,
    PICTURE_BYTES,
    column_in,
    edit,
    line_of,
    write_pack,
)

PACK = "pack.yaml"
SPRING = "scenes/spring.yaml"
OPENING = "scenes/opening.yaml"
CLOSING = "scenes/closing.yaml"
PEOPLE = "people.yaml"
CLOSING_TITLE = "title: {en: Thank you, zh-Hans: 谢谢}"
SCENE_LIST = "scenes:\n  - scenes/opening.yaml\n  - scenes/spring.yaml\n  - scenes/closing.yaml\n"
TWIN = "  - {id: li-ming, name: Twin, role: r, citation: c}\n"


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    """The pack in a subfolder, so tests can put files 'outside the pack' in tmp_path."""
    return write_pack(tmp_path / "pack")


def replace(file: str, old: str, new: str) -> Callable[[Path], None]:
    return lambda root: edit(root, file, old, new)


def rewrite(file: str, content: str | bytes) -> Callable[[Path], None]:
    return lambda root: write_pack(root, {file: content})


def link_outside(file: str) -> Callable[[Path], None]:
    """Replace a pack file by a symlink to a copy of it outside the pack folder."""

    def breaks(root: Path) -> None:
        outside = root.parent / ("outside-" + Path(file).name)
        outside.write_bytes((root / file).read_bytes())
        (root / file).unlink()
        os.symlink(outside, root / file)

    return breaks


def with_outside_file(name: str, then: Callable[[Path], None]) -> Callable[[Path], None]:
    """Create `name` next to the pack folder (so a path to it exists but is outside), then break the pack."""

    def breaks(root: Path) -> None:
        (root.parent / name).write_bytes(PICTURE_BYTES)
        then(root)

    return breaks


def grow(file: str, size: int) -> Callable[[Path], None]:
    def breaks(root: Path) -> None:
        with open(root / file, "r+b") as stream:
            stream.truncate(size)  # sparse: no need to write the bytes

    return breaks


@dataclass(frozen=True)
class Broken:
    name: str
    breaks: Callable[[Path], None]
    file: str
    line: str | int  # text found on the expected line (after breaking), or the line number
    column: str | int | None  # text starting at the expected column on that line, the column, or None
    message: str  # part of the expected message


STORY_TWIN = """blocks:
  - kind: story
    id: village
    title: {en: Another village, zh-Hans: 另一个村庄}
    body: {en: Another river., zh-Hans: 另一条河。}
"""

CHART_BLOCK = """\
  - kind: chart
    chart: bars
    title: Visitors
    unit: people
    items:
      - {{label: "2022", value: {value}}}
      - {{label: "2023", value: 2}}
"""

BROKEN = [
    # -- shape of one file (detailed path: schema walk over the model's structs)
    Broken("unsupported format", replace(PACK, "format: 1", "format: 2"),
           PACK, "format: 2", "2", "format 2 is not supported; this program reads format 1"),
    Broken("unknown key", replace(PACK, '  accent: "#F05A4E"', '  acent: "#F05A4E"'),
           PACK, "acent", "acent", "unknown key 'acent'; did you mean 'accent'?"),
    Broken("missing required key", replace(PACK, '  gold: "#D4AF37"\n', ""),
           PACK, "palette:", "palette", "missing required key 'gold'"),
    Broken("text for a whole number", replace(PACK, "format: 1", "format: one"),
           PACK, "format: one", "one", "expected a whole number, got text 'one'"),
    Broken("text for a number", replace(SPRING, "duration: 30", "duration: abc"),
           SPRING, "duration", "abc", "expected a number, got text 'abc'"),
    Broken("YAML 1.1 base-60 number", replace(SPRING, "duration: 30", "duration: 1:30"),
           SPRING, "duration", "1:30", "expected a number, got text '1:30'"),
    Broken("choice outside a Literal", replace(SPRING, "qualifier: over", "qualifier: abuot"),
           SPRING, "abuot", "abuot", "'abuot' is not one of 'over', 'about'; did you mean 'about'?"),
    Broken("unknown scene kind", replace(OPENING, "kind: title", "kind: tittle"),
           OPENING, "tittle", "tittle", "'tittle' is not one of 'title', 'season', 'gallery', 'closing'"),
    Broken("unknown block kind", replace(SPRING, "  - kind: figures", "  - kind: figure"),
           SPRING, "kind: figure", "figure",
           "unknown block kind 'figure'; did you mean 'figures'? "
           "(expected one of 'tasks', 'story', 'figures', 'couplet', 'statement', 'chart')"),
    Broken("block without kind", replace(CLOSING, "  - kind: couplet\n    first:", "  - first:"),
           CLOSING, "- first", "first", "missing 'kind'"),
    Broken("number where text is expected", replace(SPRING, 'value: "38"', "value: 38"),
           SPRING, "value: 38", "38", "got a whole number 38 (put it in quotes to keep it as text)"),
    Broken("list inside a text", replace(CLOSING, CLOSING_TITLE, "title: {en: [Thank, you]}"),
           CLOSING, "title:", "en", "expected text, got a list"),
    Broken("key that is not text", replace(OPENING, "kind: title", "kind: title\n1: one"),
           OPENING, "1: one", 1, "keys must be text, got a whole number 1"),
    Broken("custom YAML tag", replace(OPENING, "title:\n  en:", "title: !loc\n  en:"),
           OPENING, "title: !loc", 1, "YAML tag '!loc' is not supported"),
    # -- files that are not YAML mappings
    Broken("YAML syntax error", replace(SPRING, "tasks: [green, jobs]", "tasks: [green, jobs"),
           SPRING, "notes:", 10, "YAML syntax error: expected ',' or ']'"),
    Broken("tab indentation", replace(OPENING, "  en: A year", "\ten: A year"),
           OPENING, "A year in Huzhou", 1, "YAML syntax error"),
    Broken("duplicate key", replace(OPENING, "id: opening", "id: opening\nid: opening-2"),
           OPENING, "opening-2", 1, "duplicate key 'id'"),
    Broken("two YAML documents", rewrite(CLOSING, CLOSING_YAML + "---\nid: again\n"),
           CLOSING, "---", 1, "more than one YAML document"),
    Broken("empty file", rewrite(CLOSING, "# nothing yet\n"),
           CLOSING, 1, 1, "file is empty; expected a mapping with keys id, kind, title, ..."),
    Broken("file is a list", rewrite(CLOSING, "- just\n- a list\n"),
           CLOSING, 1, 1, "expected a mapping with keys id, kind, title, ..., got a list"),
    Broken("not UTF-8", rewrite(CLOSING, CLOSING_YAML.encode().replace(b"closing", b"clos\xe9ng", 1)),
           CLOSING, 1, 9, "not UTF-8 text (byte 0xE9)"),
    Broken("YAML file over 1 MiB", rewrite(CLOSING, CLOSING_YAML + "#" * MAX_YAML_BYTES),
           CLOSING, 0, 0, "larger than 1 MiB"),
    # -- files named by the pack
    Broken("scene file missing", replace(PACK, "- scenes/closing.yaml", "- scenes/closng.yaml"),
           PACK, "closng", "scenes/closng",
           "file not found: 'scenes/closng.yaml' (did you mean 'scenes/closing.yaml'?)"),
    Broken("scene file outside via ..",
           with_outside_file("closing.yaml", replace(PACK, "- scenes/closing.yaml", "- ../closing.yaml")),
           PACK, "../closing", "../", "'../closing.yaml' points outside the pack folder"),
    Broken("scene file absolute", replace(PACK, "- scenes/closing.yaml", "- /etc/hostname"),
           PACK, "/etc", "/etc", "absolute path '/etc/hostname'; write it relative to the pack folder"),
    Broken("scene file symlinked out", link_outside(CLOSING),
           PACK, "scenes/closing.yaml", "scenes/", "outside the pack folder"),
    Broken("people file missing", replace(PACK, "people: people.yaml", "people: persons.yaml"),
           PACK, "persons", "persons", "file not found: 'persons.yaml' (did you mean 'people.yaml'?)"),
    Broken("picture missing", replace(SPRING, "pictures/village.png", "pictures/vilage.png"),
           SPRING, "picture:", "pictures/",
           "file not found: 'pictures/vilage.png' (did you mean 'pictures/village.png'?)"),
    Broken("picture outside via ..", with_outside_file("x.png", replace(SPRING, "pictures/village.png", "../x.png")),
           SPRING, "picture:", "../x.png", "'../x.png' points outside the pack folder"),
    Broken("picture absolute", replace(SPRING, "pictures/village.png", "/tmp/x.png"),
           SPRING, "picture:", "/tmp", "absolute path '/tmp/x.png'"),
    Broken("photo symlinked out", link_outside("photos/li-ming.png"),
           PEOPLE, "photo:", "photos/", "outside the pack folder"),
    Broken("picture over 32 MiB", grow("pictures/village.png", MAX_PICTURE_BYTES + 1),
           SPRING, "picture:", "pictures/", "picture is 32.0 MiB; pictures may be at most 32 MiB"),
    # -- meaning: ids, references, colours, languages
    Broken("colour not #RRGGBB", replace(PACK, '  accent: "#F05A4E"', "  accent: red"),
           PACK, "accent", "red", "colour 'red' is not written as #RRGGBB"),
    Broken("no scenes", replace(PACK, SCENE_LIST, "scenes: []\n"),
           PACK, "scenes: []", "scenes", "no scenes: list at least one scene file"),
    Broken("default language not declared", replace(PACK, "default_language: en", "default_language: fr"),
           PACK, "default_language", "fr", "default_language 'fr' is not one of languages ('en', 'zh-Hans')"),
    Broken("undeclared language in a text", replace(SPRING, "zh-Hans: 春}", "zh-Hant: 春}"),
           SPRING, "zh-Hant", "zh-Hant",
           "'zh-Hant' is not one of the pack's languages ('en', 'zh-Hans'); did you mean 'zh-Hans'?"),
    Broken("empty text mapping", replace(CLOSING, CLOSING_TITLE, "title: {}"),
           CLOSING, "title", "title", "empty text"),
    Broken("negative duration", replace(SPRING, "duration: 30", "duration: -5"),
           SPRING, "duration", "-5", "duration -5 is not a number of seconds above 0"),
    Broken("spotlight of no time", replace(SPRING, "duration: 30", "duration: 30\nspotlight: 0"),
           SPRING, "spotlight", "0", "spotlight 0 is not a number of seconds above 0"),
    Broken("season without a colour", replace(SPRING, "season: spring", "season: sprng"),
           SPRING, "sprng", "sprng", "season 'sprng' has no colour in palette.seasons; did you mean 'spring'?"),
    Broken("season scene without season", replace(SPRING, "season: spring\n", ""),
           SPRING, "kind: season", "season",
           "a scene of kind 'season' needs a 'season' key (one of 'spring', 'autumn')"),
    Broken("scene id used twice", replace(CLOSING, "id: closing", "id: spring"),
           CLOSING, "id: spring", "spring", "scene id 'spring' is already used by scenes/spring.yaml"),
    Broken("task id used twice", replace(PACK, "  - id: jobs", "  - id: green # again"),
           PACK, "# again", "green", "task id 'green' is used twice (first on line 23)"),
    Broken("unknown task in tasks block", replace(SPRING, "tasks: [green, jobs]", "tasks: [green, job]"),
           SPRING, "tasks: [", "job]", "unknown task 'job'; did you mean 'jobs'?"),
    Broken("unknown task in notes", replace(SPRING, "      green: {en: Rivers", "      gren: {en: Rivers"),
           SPRING, "gren", "gren", "unknown task 'gren'; did you mean 'green'?"),
    Broken("story about an unknown task", replace(SPRING, "    task: green", "    task: blue"),
           SPRING, "task: blue", "blue", "unknown task 'blue'; known: 'green', 'jobs'"),
    Broken("story with an unknown person", replace(SPRING, "people: [li-ming]", "people: [li-min]"),
           SPRING, "people:", "li-min", "unknown person 'li-min'; did you mean 'li-ming'?"),
    Broken("person id used twice", rewrite(PEOPLE, PEOPLE_YAML + TWIN),
           PEOPLE, "Twin", "li-ming", "person id 'li-ming' is used twice (first on line 5)"),
    Broken("person in an unknown category", replace(PEOPLE, "category: farmer", "category: farmers"),
           PEOPLE, "category", "farmers", "unknown category 'farmers'; did you mean 'farmer'?"),
    Broken("person in an unknown scene", replace(PEOPLE, "season: spring", "season: summer"),
           PEOPLE, "summer", "summer", "unknown scene 'summer'; known: 'opening', 'spring', 'closing'"),
    Broken("person with an unknown story", replace(PEOPLE, "story: village", "story: vilage"),
           PEOPLE, "story:", "vilage", "unknown story 'vilage'; did you mean 'village'?"),
    Broken("story id used twice", replace(CLOSING, "blocks:\n", STORY_TWIN),
           CLOSING, "id: village", "village", "story id 'village' is used twice (first at scenes/spring.yaml:"),
    # -- files and links (nothing outside the pack is opened: see the audit in the test)
    Broken("pack.yaml symlinked out", link_outside(PACK), PACK, 0, None, "outside the pack folder"),
    Broken("opening scene symlinked out", link_outside(OPENING), PACK, "scenes/opening.yaml", None,
           "outside the pack folder"),
    Broken("closing scene symlinked out", link_outside(CLOSING), PACK, "scenes/closing.yaml", None,
           "outside the pack folder"),
    Broken("people file symlinked out", link_outside(PEOPLE), PACK, "people: people.yaml", None,
           "outside the pack folder"),
    Broken("story picture symlinked out", link_outside("pictures/village.png"), SPRING, "picture:", None,
           "outside the pack folder"),
    Broken("people file outside via ..", with_outside_file("people.yaml", replace(PACK, "people: people.yaml",
           "people: ../people.yaml")), PACK, "people: ../", None, "points outside the pack folder"),
    Broken("people file absolute", replace(PACK, "people: people.yaml", "people: /etc/hostname"),
           PACK, "people: /etc", None, "absolute path"),
    Broken("photo outside via ..", with_outside_file("x.png", replace(PEOPLE, "photo: photos/li-ming.png",
           "photo: ../x.png")), PEOPLE, "photo:", None, "points outside the pack folder"),
    Broken("picture with a backslash", replace(SPRING, "picture: pictures/village.png",
           "picture: pictures\\village.png"), SPRING, "picture:", None, "use '/' between folders"),
    Broken("picture is a folder", replace(SPRING, "picture: pictures/village.png", "picture: pictures"),
           SPRING, "picture:", None, "is a folder, not a file"),
    # -- pictures by their content
    *[Broken(f"story picture that is {what}", rewrite("pictures/village.png", data), SPRING, "picture:", None,
             "is not a JPEG, PNG or WebP picture") for what, data in (
        ("an SVG", b'<svg xmlns="http://www.w3.org/2000/svg"><image href="../../x.png"/></svg>'),
        ("text", b"hello\n"), ("empty", b""), ("a GIF", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
        ("HTML", b"<html><body>x</body></html>"), ("a PDF", b"%PDF-1.4\n%\xe2\xe3\n"))],
    # -- unknown keys at every level
    *[Broken(f"unknown key in {where}", replace(file, old, new), file, needle, needle.split(":")[0],
             f"unknown key '{needle.split(':')[0]}'")
      for where, file, old, new, needle in (
        ("a scene", OPENING, "kind: title", "kind: title\nsubtitel: x", "subtitel"),
        ("a tasks block", SPRING, "    tasks: [green, jobs]", "    tasks: [green, jobs]\n    colums: 2", "colums"),
        ("a story", SPRING, "    task: green", "    task: green\n    pictur: x.png", "pictur"),
        ("a figure", SPRING, "        qualifier: over", "        qualifier: over\n        unti: x", "unti"),
        ("a couplet", CLOSING, "    second:", "    thrid: x\n    second:", "thrid"),
        ("a statement", OPENING, "  - kind: statement", "  - kind: statement\n    txt: x", "txt"),
        ("a person", PEOPLE, "    category: farmer", "    category: farmer\n    rol: x", "rol: x"),
        ("a category", PEOPLE, "    name: {en: Farmers", "    nam: x\n    name: {en: Farmers", "nam"),
        ("a key task", PACK, "    area: {en: Ecology", "    aera: x\n    area: {en: Ecology", "aera"),
        ("the pack", PACK, "people: people.yaml", "people: people.yaml\nauthor: x", "author"))],
    # -- wrong types
    *[Broken(f"a list for {what}", replace(file, old, new), file, needle, None, "expected")
      for what, file, old, new, needle in (
        ("a scene's title", SPRING, "title: {en: Spring, zh-Hans: 春}", "title: [Spring]", "title: [Spring]"),
        ("a person's role", PEOPLE, "role: {en: Village head, zh-Hans: 村主任}", "role: [head]", "role: [head]"),
        ("the pack's id", PACK, "id: test-pack", "id: [test-pack]", "id: [test-pack]"),
        ("a duration", SPRING, "duration: 30", "duration: [30]", "duration: [30]"),
        ("a picture path", SPRING, "picture: pictures/village.png", "picture: [a.png]", "picture: [a.png]"))],
    # -- YAML itself
    Broken("unclosed flow mapping", replace(CLOSING, CLOSING_TITLE, "title: {en: Thank you"),
           CLOSING, "notes:", None, "YAML syntax error"),  # where the parser stopped
    Broken("unclosed quote", replace(OPENING, 'subtitle: "2023"', 'subtitle: "2023'),
           OPENING, len(OPENING_YAML.splitlines()) + 1, None, "YAML syntax error"),  # the quote runs to the end
    Broken("duplicate key in pack.yaml", replace(PACK, "format: 1", "format: 1\nformat: 1"),
           PACK, 2, None, "duplicate key 'format'"),
    Broken("a control character", replace(OPENING, "subtitle:", "subtitle: \x07\nx:"),
           OPENING, "subtitle", None, "character U+0007 is not allowed in YAML"),
    Broken("a lone surrogate", replace(PACK, "  en: Test pack\n", '  en: "Four\\ud800Seasons"\n'),
           PACK, "Four", None, "U+D800 is half of a character"),
    Broken("an alias bomb", rewrite(SPRING, "id: spring\nkind: season\nseason: spring\ntitle: Spring\nblocks:\n"
           "  - kind: story\n    id: village\n    title: t\n    body: b\n    figures: &f\n"
           + "".join(f"      - {{value: '{i}', caption: x}}\n" for i in range(400))
           + "".join("  - {kind: story, title: t, body: b, figures: *f}\n" for _ in range(400))),
           SPRING, "kind: story", None, "a pack file may hold at most 200,000"),  # the blocks that add up
    Broken("a flood of merge keys", rewrite(SPRING, "id: spring\nkind: season\nseason: spring\ntitle: Spring\n"
           "base: &b {kind: statement}\nblocks:\n" + "".join("- {<<: *b, text: x}\n" for _ in range(600))),
           SPRING, 7 + 500, None, "merge keys ('<<') in one file"),  # the 501st
    # -- files of the wrong kind, beyond the scene file the cases above use
    Broken("scene file is a folder", replace(PACK, "- scenes/closing.yaml", "- ./scenes"),
           PACK, "./scenes", None, "is a folder, not a file"),
    Broken("people file empty", rewrite(PEOPLE, "# nobody yet\n"), PEOPLE, 1, 1, "file is empty"),
    Broken("people file a list", rewrite(PEOPLE, "- li-ming\n"), PEOPLE, 1, 1, "got a list"),
    Broken("people file not UTF-8", rewrite(PEOPLE, PEOPLE_YAML.encode().replace(b"Ming", b"M\xefng", 1)),
           PEOPLE, PEOPLE_YAML[:PEOPLE_YAML.index("Ming")].count("\n") + 1, None, "not UTF-8 text (byte 0xEF)"),
    Broken("pack.yaml not UTF-8", rewrite(PACK, b"format: 1\nid: t\xe9st\n"), PACK, 2, None, "not UTF-8 text"),
    Broken("tab in the people file", replace(PEOPLE, "    role: {en: Village head", "\trole: {en: Village head"),
           PEOPLE, "Village head", None, "YAML syntax error"),
    # -- what the checks add
    Broken("a person without a name", replace(PEOPLE, "name: {en: Li Ming, zh-Hans: 李明}", 'name: ""'),
           PEOPLE, 'name: ""', None, "a person needs a name"),
    Broken("a chart value too large to draw", replace(CLOSING, "blocks:\n", "blocks:\n" + CHART_BLOCK.format(
           value="1.7e308")), CLOSING, "value: 1.7e308", None, "too large to draw"),
    Broken("a chart value over the drawable limit", replace(CLOSING, "blocks:\n", "blocks:\n" + CHART_BLOCK.format(
           value="1e16")), CLOSING, "value: 1e16", None, "too large to draw (at most 1e+15"),
    Broken("a chart value below zero", replace(CLOSING, "blocks:\n", "blocks:\n" + CHART_BLOCK.format(value="-3")),
           CLOSING, "value: -3", None, "is not a number of 0 or more"),
    Broken("a chart without its unit", replace(CLOSING, "blocks:\n", "blocks:\n" + CHART_BLOCK.format(value="3")
           .replace("    unit: people\n", "")), CLOSING, "chart: bars", None, "needs a 'unit'"),
    Broken("a chart scale that blows a value up", replace(CLOSING, "blocks:\n", "blocks:\n" + CHART_BLOCK.format(
           value="3") + "    scale: {en: 1e-300}\n"), CLOSING, "scale:", None, "makes a value too large to draw"),
]


@pytest.mark.parametrize("case", BROKEN, ids=lambda case: case.name)
def test_broken_pack_says_where_and_what(case: Broken, pack_dir: Path) -> None:
    case.breaks(pack_dir)
    opened = opened_files.start()
    try:
        with pytest.raises(PackError) as caught:
            load_pack(pack_dir)
        validated = validate.validate_pack(pack_dir)
    finally:
        opened_files.stop()
    # A file kept beside the pack (a link's target, a path climbing out) is never opened, not even to say why.
    assert opened_files.outside(opened, pack_dir, pack_dir.parent) == []
    matching = [p for p in caught.value.errors if case.message in p.message]
    assert matching, f"no error saying {case.message!r} in:\n{caught.value}"
    problem = matching[0]
    assert problem.file == case.file
    line = case.line if isinstance(case.line, int) else line_of(pack_dir, case.file, case.line)
    assert problem.line == line, str(problem)
    if case.column is not None:
        column = case.column if isinstance(case.column, int) else column_in(pack_dir, case.file, line, case.column)
        assert problem.column == column, str(problem)
    # The validator (always the detailed path) reports the same problem.
    assert problem in validated


def test_the_cases_are_distinct() -> None:
    assert len(BROKEN) >= 100
    assert len({case.name for case in BROKEN}) == len(BROKEN)


def test_problem_reads_like_a_compiler_message(pack_dir: Path) -> None:
    edit(pack_dir, SPRING, "season: spring", "season: sprng")
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    line = line_of(pack_dir, SPRING, "sprng")
    assert str(caught.value.problems[0]) == (
        f"scenes/spring.yaml:{line}:9: error: season 'sprng' has no colour in palette.seasons; "
        "did you mean 'spring'? (seasons: 'spring', 'autumn')"
    )
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)


def test_every_error_is_reported_at_once(pack_dir: Path) -> None:
    edit(pack_dir, "pack.yaml", "format: 1", "format: 2")
    edit(pack_dir, SPRING, "season: spring", "season: sprng")
    edit(pack_dir, CLOSING, "id: closing", "id: closing\nid: again")
    edit(pack_dir, "people.yaml", "category: farmer", "category: farmers")
    edit(pack_dir, OPENING, "zh-Hans: 绿水青山就是金山银山}", "zh: 绿水青山就是金山银山}")
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    errors = [(p.file, p.message.split(";")[0]) for p in caught.value.errors]
    assert errors == [
        ("pack.yaml", "format 2 is not supported"),
        (OPENING, "'zh' is not one of the pack's languages ('en', 'zh-Hans')"),
        (SPRING, "season 'sprng' has no colour in palette.seasons"),
        (CLOSING, "duplicate key 'id': a key may appear only once in a mapping"),
        ("people.yaml", "unknown category 'farmers'"),
    ]
    # Errors come first; the warning about the now missing zh-Hans translation follows them.
    severities = [p.severity for p in caught.value.problems]
    assert severities == sorted(severities)  # "error" < "warning"
    assert severities[-1] == "warning"


def test_missing_pack_yaml_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(PackError) as caught:
        load_pack(tmp_path)
    assert [(p.file, p.line) for p in caught.value.problems] == [("pack.yaml", 0)]
    assert "no pack.yaml in" in caught.value.problems[0].message
    with pytest.raises(PackError) as caught:
        load_pack(tmp_path / "nowhere")
    assert str(caught.value) == f"pack.yaml:0:0: error: pack folder not found: '{tmp_path / 'nowhere'}'"


def test_missing_photo_is_only_a_warning(pack_dir: Path) -> None:
    (pack_dir / "photos/li-ming.png").unlink()
    pack = load_pack(pack_dir)
    assert [str(w) for w in pack.warnings] == [
        f"people.yaml:{line_of(pack_dir, 'people.yaml', 'photo:')}:12: warning: "
        "file not found: 'photos/li-ming.png'; a generated portrait will be shown instead"
    ]


# -- the validator's command-line entry


def test_run_passes_a_good_pack(pack_dir: Path) -> None:
    out = io.StringIO()
    assert validate.run(pack_dir, out=out) == 0
    *notes, summary = out.getvalue().splitlines()
    assert summary == "test-pack: OK, 0 errors, 0 warnings"
    # The pack is written in zh-Hans without zh-Hant: each file says how many of its texts zh-Hant converts.
    assert notes and all(": note: zh-Hant: " in note and "converted from zh-Hans" in note for note in notes)


def test_run_prints_problems_and_fails(pack_dir: Path) -> None:
    edit(pack_dir, "pack.yaml", '  accent: "#F05A4E"', "  accent: red")
    (pack_dir / "photos/li-ming.png").unlink()
    out = io.StringIO()
    assert validate.run(pack_dir, out=out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("pack.yaml:13:11: error: colour 'red'")
    assert lines[1].startswith("people.yaml:10:12: warning: file not found")
    assert lines[-1] == "test-pack: FAILED, 1 error, 1 warning"


def test_run_never_lets_a_traceback_out(pack_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_reader(root: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(validate, "read_detailed", broken_reader)
    out = io.StringIO()
    assert validate.run(pack_dir, out=out) == 1
    assert out.getvalue() == "internal error while validating: KeyError('boom')\n"


def test_run_on_a_missing_folder(tmp_path: Path) -> None:
    out = io.StringIO()
    assert validate.run(tmp_path / "nowhere", out=out) == 1
    assert out.getvalue().splitlines()[-1] == "nowhere: FAILED, 1 error, 0 warnings"

