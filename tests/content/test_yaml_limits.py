"""YAML that asks for too much work (alias bombs, floods of merge keys, aliases into themselves) is refused
with the place it starts, by the validator and by the show's start alike, before anything is built from it."""

from __future__ import annotations

from huzhou_viewer.content import yaml_limits
from huzhou_viewer.content.loader import load_pack
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


def test_an_alias_bomb_within_the_limit_still_loads(tmp_path):
    pack = write_pack(tmp_path / "pack", {"scenes/spring.yaml": _bomb(figures=3, copies=3)})
    assert _errors(pack) == []
    assert load_pack(pack).scenes[1].id == "spring"


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
