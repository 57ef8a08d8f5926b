"""Good packs: what load_pack gives back, by which path, and the YAML corners that must still load."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huzhou_viewer.content import loader
from huzhou_viewer.content.detailed import read_detailed
from huzhou_viewer.content.loader import build_pack, load_pack
from huzhou_viewer.content.model import Figure, Pack, PeopleFile, StoryBlock
from huzhou_viewer.content.problems import PackError, Problem
from huzhou_viewer.content.validate import validate_pack
from tests.packfactory import FILES, edit, line_of, write_pack

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "pack")


@pytest.fixture
def fast_path_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the detailed path unavailable, to prove a pack loaded without it."""

    def no_detailed_path(root: object) -> None:
        raise AssertionError("the detailed path was used")

    monkeypatch.setattr(loader, "_load_detailed", no_detailed_path)


def test_minimal_pack_loads_through_the_fast_path(pack_dir: Path, fast_path_only: None) -> None:
    pack = load_pack(pack_dir)
    assert pack.root == str(pack_dir.resolve())
    assert pack.meta.id == "test-pack"
    assert pack.languages == ["en", "zh-Hans"]
    assert [scene.id for scene in pack.scenes] == ["opening", "spring", "closing"]
    assert pack.scene_index("closing") == 2
    assert [p.id for p in pack.people.people] == ["li-ming"]
    assert pack.warnings == ()
    story = pack.scenes[1].blocks[1]
    assert isinstance(story, StoryBlock)
    assert story.people == ["li-ming"] and story.picture == "pictures/village.png"
    assert story.figures == [Figure(value="38", caption={"en": "villages", "zh-Hans": "个村"}, qualifier="over")]
    assert pack.scenes[1].duration == 30.0


def test_text_is_kept_exactly_as_written(pack_dir: Path) -> None:
    story = load_pack(pack_dir).scenes[1].blocks[1]
    assert isinstance(story, StoryBlock)
    assert story.body == {"en": "The village <b>river</b> runs clear.", "zh-Hans": "村里的河水清了。"}


def test_both_paths_build_the_same_pack(pack_dir: Path) -> None:
    result = read_detailed(pack_dir)
    assert result.ok and result.parts is not None
    assert build_pack(result.parts, result.problems) == load_pack(pack_dir)


@pytest.mark.slow
def test_loading_imports_neither_qt_nor_the_detailed_path(pack_dir: Path) -> None:
    # A good pack never pays for the detailed reader (its tree builder, the schema walk, difflib's hints).
    code = (
        "import sys; from huzhou_viewer.content.loader import load_pack; load_pack(sys.argv[1]); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'huzhou_viewer.content.detailed', "
        "'huzhou_viewer.content.yaml_tree', 'difflib'))]; print(bad); sys.exit(bool(bad))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code, str(pack_dir)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr


def test_missing_translation_is_a_located_warning(pack_dir: Path, fast_path_only: None) -> None:
    edit(pack_dir, "scenes/closing.yaml", "title: {en: Thank you, zh-Hans: 谢谢}", "title: {en: Thank you}")
    pack = load_pack(pack_dir)
    line = line_of(pack_dir, "scenes/closing.yaml", "title:")
    assert pack.warnings == (
        Problem("scenes/closing.yaml", line, 1, "missing 'zh-Hans' translation; 'en' will be shown", "warning"),
    )


def test_yaml_1_1_words_stay_text(pack_dir: Path) -> None:
    # The fast path (libyaml, YAML 1.1) reads `no` and `on` as booleans and fails; the detailed path (YAML 1.2)
    # reads them as text, finds nothing wrong, and the pack is built from its data.
    edit(pack_dir, "pack.yaml", "languages: [en, zh-Hans]", "languages: [en, zh-Hans, no]")
    edit(pack_dir, "scenes/closing.yaml", "zh-Hans: 谢谢}", "zh-Hans: 谢谢, no: Takk}")
    edit(pack_dir, "scenes/opening.yaml", 'subtitle: "2023"', "subtitle: on")
    pack = load_pack(pack_dir)
    assert pack.languages == ["en", "zh-Hans", "no"]
    assert pack.scenes[2].title == {"en": "Thank you", "zh-Hans": "谢谢", "no": "Takk"}
    assert pack.scenes[0].subtitle == "on"
    assert "missing 'no' translation; 'en' will be shown" in {w.message for w in pack.warnings}
    assert not any(p.is_error for p in validate_pack(pack_dir))


def test_yes_is_true_where_true_or_false_is_expected(pack_dir: Path) -> None:
    edit(pack_dir, "scenes/spring.yaml", "derived: true", "derived: yes")
    pack = load_pack(pack_dir)
    assert pack.scenes[1].blocks[2].items[0].derived is True  # type: ignore[union-attr]
    assert validate_pack(pack_dir) == []  # the validator agrees with the loader


def test_anchors_and_merge_keys(pack_dir: Path) -> None:
    edit(
        pack_dir,
        "scenes/spring.yaml",
        "    items:\n",
        "    items:\n"
        "      - &base {value: '7', caption: {en: towns, zh-Hans: 个镇}}\n"
        "      - {<<: *base, value: '8', unit: {en: more}}\n",
    )
    pack = load_pack(pack_dir)
    items = pack.scenes[1].blocks[2].items  # type: ignore[union-attr]
    towns = {"en": "towns", "zh-Hans": "个镇"}
    assert [(f.value, f.caption) for f in items[:2]] == [("7", towns), ("8", towns)]
    line = line_of(pack_dir, "scenes/spring.yaml", "<<: *base")
    warning = (line, "missing 'zh-Hans' translation; 'en' will be shown")  # the `unit` with only `en`
    assert [(w.line, w.message) for w in pack.warnings] == [warning]


def test_byte_order_mark_is_accepted(pack_dir: Path, fast_path_only: None) -> None:
    (pack_dir / "pack.yaml").write_bytes(b"\xef\xbb\xbf" + FILES["pack.yaml"].encode())
    assert load_pack(pack_dir).meta.id == "test-pack"


def test_pack_without_people_file(pack_dir: Path) -> None:
    edit(pack_dir, "pack.yaml", "people: people.yaml\n", "")
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)  # the story still names li-ming
    assert [p.message for p in caught.value.errors] == ["unknown person 'li-ming'; the pack has no people"]
    edit(pack_dir, "scenes/spring.yaml", "    people: [li-ming]\n", "")
    assert load_pack(pack_dir).people == PeopleFile()


def test_links_inside_the_pack_are_fine(pack_dir: Path, fast_path_only: None) -> None:
    (pack_dir / "pictures/village.png").rename(pack_dir / "pictures/real.png")
    os.symlink("real.png", pack_dir / "pictures/village.png")
    assert load_pack(pack_dir).scenes[1].blocks[1].picture == "pictures/village.png"  # type: ignore[union-attr]


def test_scene_files_may_sit_anywhere_inside_the_pack(pack_dir: Path, fast_path_only: None) -> None:
    (pack_dir / "scenes/closing.yaml").rename(pack_dir / "closing.yaml")
    edit(pack_dir, "pack.yaml", "- scenes/closing.yaml", "- ./scenes/../closing.yaml")
    assert load_pack(pack_dir).scenes[2].id == "closing"


# -- properties: whatever is in a field or a file, load_pack returns a Pack or raises PackError, nothing else

yaml_junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8) | st.integers(), inner, max_size=4),
    max_leaves=12,
)
FIELDS = [
    ("pack.yaml", ("title",)),
    ("pack.yaml", ("languages",)),
    ("pack.yaml", ("palette",)),
    ("pack.yaml", ("scenes",)),
    ("pack.yaml", ("tasks", 0)),
    ("pack.yaml", ("people",)),
    ("scenes/spring.yaml", ("blocks", 1, "people")),
    ("scenes/spring.yaml", ("blocks", 1, "figures", 0, "value")),
    ("scenes/spring.yaml", ("blocks", 0)),
    ("scenes/spring.yaml", ("season",)),
    ("scenes/spring.yaml", ("duration",)),
    ("scenes/spring.yaml", ("blocks", 2, "items", 0, "derived")),
    ("pack.yaml", ("format",)),
    ("people.yaml", ("people", 0, "photo")),
]


def _load_or_pack_error(root: Path) -> Pack | PackError:
    try:
        return load_pack(root)
    except PackError as error:
        assert not any("internal error" in p.message for p in error.problems), str(error)
        return error


def _with_field(file: str, path: tuple, value: object) -> str:
    data = yaml.safe_load(FILES[file])
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(FIELDS), junk=yaml_junk)
def test_junk_in_any_field_gives_a_pack_or_pack_error(field: tuple, junk: object) -> None:
    file, path = field
    with tempfile.TemporaryDirectory() as folder:
        root = write_pack(Path(folder), {file: _with_field(file, path, junk)})
        loaded = _load_or_pack_error(root)
        # The loader and the validator agree: a pack loads exactly when the validator finds no error.
        errors = [p for p in validate_pack(root) if p.is_error]
        assert isinstance(loaded, Pack) == (not errors), errors


@settings(max_examples=60, deadline=None)
@given(title=st.dictionaries(st.text(max_size=10), st.text(max_size=20), max_size=4))
def test_any_text_mapping_gives_a_pack_or_pack_error(title: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        closing = "scenes/closing.yaml"
        root = write_pack(Path(folder), {closing: _with_field(closing, ("title",), title)})
        result = _load_or_pack_error(root)
        if isinstance(result, Pack):
            assert result.scenes[2].title == title  # kept exactly as written


@settings(max_examples=60, deadline=None)
@given(content=st.binary(max_size=200) | st.text(max_size=200))
def test_any_file_content_gives_a_pack_or_pack_error(content: bytes | str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write_pack(Path(folder), {"scenes/spring.yaml": content})
        _load_or_pack_error(root)


def test_without_libyaml_packs_load_with_the_pure_python_loader_and_one_log_line():
    from tests.conftest import ROOT

    code = ("import logging, yaml; del yaml.CSafeLoader\n"
            "logging.basicConfig(level=logging.INFO, format='%(message)s')\n"
            "from huzhou_viewer import resources; from huzhou_viewer.content.loader import load_pack\n"
            "print(*(scene.id for scene in load_pack(resources.bundled_pack()).scenes))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    from huzhou_viewer import resources

    with_libyaml = [scene.id for scene in load_pack(resources.bundled_pack()).scenes]
    assert result.returncode == 0 and result.stdout.split() == with_libyaml, result.stderr[-800:]
    assert result.stderr.count("CSafeLoader") == 1
