"""YAML that asks for too much work (alias bombs, floods of merge keys, aliases into themselves) is refused
with the place it starts, by the validator and by the show's start alike, before anything is built from it."""

from __future__ import annotations

import pytest

from huzhou_viewer.content import yaml_limits
from huzhou_viewer.content.files import MAX_YAML_BYTES
from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.problems import PackError
from huzhou_viewer.content.validate import validate_pack
from tests.packfactory import SPRING_YAML, write_pack


def _bomb(figures: int, copies: int) -> str:
    """A scene whose story's `figures` figures are shown again by `copies` more stories, through an alias."""
    figure_lines = "".join(f"      - {{value: '{i}', caption: x}}\n" for i in range(figures))
    story = f"  - kind: story\n    id: village\n    title: big\n    body: text\n    figures: &figs\n{figure_lines}"
    return ("id: spring\nkind: season\nseason: spring\ntitle: Spring\nblocks:\n" + story
            + "".join("  - {kind: story, title: again, body: text, figures: *figs}\n" for _ in range(copies)))


def _merges(count: int) -> str:
    entries = "".join(f"- {{<<: *b, text: {i}}}\n" for i in range(count))
    return "id: spring\nkind: season\nseason: spring\ntitle: Spring\nbase: &b {kind: statement}\nblocks:\n" + entries


def _errors(pack) -> list[str]:
    return [str(p) for p in validate_pack(pack) if p.is_error]


def test_an_alias_bomb_is_refused_at_the_aliased_story(tmp_path):
    text = _bomb(figures=400, copies=400)
    assert len(text.encode()) < MAX_YAML_BYTES  # small on disk, 480,000 values once expanded
    pack = write_pack(tmp_path / "pack", {"scenes/spring.yaml": text})
    errors = _errors(pack)
    assert len(errors) == 1, errors
    assert errors[0].startswith("scenes/spring.yaml:6:")  # the story's blocks list, where the expansion adds up
    assert f"a pack file may hold at most {yaml_limits.MAX_NODES:,}" in errors[0]
    with pytest.raises(PackError) as refused:
        load_pack(pack)
    assert "at most 200,000" in str(refused.value)


def test_an_alias_bomb_within_the_limit_still_loads(tmp_path):
    pack = write_pack(tmp_path / "pack", {"scenes/spring.yaml": _bomb(figures=3, copies=3)})
    assert _errors(pack) == []
    assert load_pack(pack).scenes[1].id == "spring"


def test_a_flood_of_merge_keys_is_refused_before_the_slow_reader_sees_it(tmp_path):
    text = _merges(40_000)
    assert len(text.encode()) < MAX_YAML_BYTES
    pack = write_pack(tmp_path / "pack", {"scenes/spring.yaml": text})
    errors = _errors(pack)
    assert len(errors) == 1 and f"more than {yaml_limits.MAX_MERGES} merge keys" in errors[0], errors
    assert errors[0].startswith("scenes/spring.yaml:")


def test_a_few_merge_keys_are_fine(tmp_path):
    pack = write_pack(tmp_path / "pack", {"scenes/spring.yaml": _merges(3).replace("base: &b {kind: statement}\n", "")})
    assert "merge keys" not in " ".join(_errors(pack))


def test_an_alias_inside_the_value_it_names_is_refused():
    import yaml

    # libyaml's composer refuses such a file; a graph with the cycle is built by hand, as another one could.
    inner = yaml.SequenceNode("tag:yaml.org,2002:seq", [])
    inner.value.append(inner)
    problem = yaml_limits.node_problem(inner, "scenes/x.yaml")
    assert problem is not None and "refers to a value that contains it" in problem.message


def test_every_file_of_the_bundled_pack_is_well_within_the_limits(bundled_pack_dir):
    for path in sorted(bundled_pack_dir.rglob("*.yaml")):
        assert yaml_limits.text_problem(path.read_text(encoding="utf-8"), path.name) is None


def test_the_spring_template_is_untouched_by_the_limits():
    assert yaml_limits.text_problem(SPRING_YAML, "scenes/spring.yaml") is None
