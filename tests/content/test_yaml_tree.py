"""The detailed reader's YAML: what YAML 1.2 allows reads as the format document says, what the reader refuses
is said with its place, and a big file's every message still has its own line."""

from __future__ import annotations

from huzhou_viewer.content.detailed import read_detailed
from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.validate import validate_pack
from tests.packfactory import PEOPLE_YAML, SPRING_YAML, column_in, line_of, write_pack

PEOPLE = "people.yaml"


def _problems(pack) -> list[str]:
    return [str(p) for p in validate_pack(pack)]


def test_an_anchor_defined_twice_names_its_later_value(tmp_path):
    # YAML allows it (libyaml does not): the second `&r` is what the later alias names.
    people = PEOPLE_YAML.replace("role: {en: Village head, zh-Hans: 村主任}",
                                 "role: &r {en: Old, zh-Hans: 旧}\n    organisation: &r {en: Co-op, zh-Hans: 合作社}\n"
                                 "    quote: *r")
    pack = write_pack(tmp_path / "pack", {PEOPLE: people})
    assert [p for p in _problems(pack) if "error" in p] == []
    assert load_pack(pack).people.people[0].quote == {"en": "Co-op", "zh-Hans": "合作社"}


def test_written_keys_win_over_merged_ones_and_an_error_is_placed_where_it_was_written(tmp_path):
    spring = SPRING_YAML.replace("blocks:\n", "blocks:\n  - &d {kind: statement, text: {en: Base, zh-Hans: 基}}\n"
                                 "  - {<<: *d, text: {en: Own, zh-Hans: 自己}}\n  - {<<: *d, attribution: 5}\n", 1)
    pack = write_pack(tmp_path / "pack", {"scenes/spring.yaml": spring})
    line = line_of(pack, "scenes/spring.yaml", "attribution: 5")
    column = column_in(pack, "scenes/spring.yaml", line, "5}")
    assert _problems(pack) == [f"scenes/spring.yaml:{line}:{column}: error: expected text (or a mapping from "
                               "language to text), got a whole number 5 (put it in quotes to keep it as text)"]
    good = write_pack(tmp_path / "good", {"scenes/spring.yaml": spring.replace("  - {<<: *d, attribution: 5}\n", "")})
    result = read_detailed(good)
    assert result.ok and result.parts is not None
    blocks = result.parts.scenes[1][1].blocks
    assert [b.text["en"] for b in blocks[:2]] == ["Base", "Own"]


def test_a_merge_of_something_that_is_no_mapping_is_an_error_at_the_merge(tmp_path):
    people = PEOPLE_YAML.replace("  - id: li-ming\n", "  - <<: [1, 2]\n    id: li-ming\n")
    pack = write_pack(tmp_path / "pack", {PEOPLE: people})
    line = line_of(pack, PEOPLE, "<<: [1, 2]")
    assert f"{PEOPLE}:{line}:9: error: '<<' merges a mapping or a list of mappings into this one" in _problems(pack)


def test_nesting_past_the_limit_is_an_error_where_it_goes_too_deep(tmp_path):
    deep = "[" * 150 + "x" + "]" * 150
    people = PEOPLE_YAML.replace("    season: spring\n", f"    season: {deep}\n")
    pack = write_pack(tmp_path / "pack", {PEOPLE: people})
    line = line_of(pack, PEOPLE, "season: [[[")
    problems = _problems(pack)
    assert problems[0].startswith(f"{PEOPLE}:{line}:")
    assert "nested more than 100 levels deep" in problems[0]


def test_a_scalar_with_a_tag_of_its_own_is_named_by_its_tag(tmp_path):
    people = PEOPLE_YAML.replace("    season: spring\n", "    season: !season spring\n")
    pack = write_pack(tmp_path / "pack", {PEOPLE: people})
    line = line_of(pack, PEOPLE, "!season")
    assert f"{PEOPLE}:{line}:13: error: YAML tag '!season' is not supported; remove it" in _problems(pack)


def test_a_timestamp_tag_on_text_that_is_no_date_is_an_error_at_its_place(tmp_path):
    people = PEOPLE_YAML.replace("    season: spring\n", "    season: !!timestamp 'spring'\n")
    pack = write_pack(tmp_path / "pack", {PEOPLE: people})
    line = line_of(pack, PEOPLE, "!!timestamp")
    assert any(p.startswith(f"{PEOPLE}:{line}:13: error: 'spring' cannot be read as timestamp")
               for p in _problems(pack)), _problems(pack)


def test_yaml_1_2_numbers_and_words(tmp_path):
    # 1:30 is text in YAML 1.2 (90 in 1.1); 0o17 and 1_000 are numbers; `off` is text.
    spring = SPRING_YAML.replace("blocks:\n", "blocks:\n  - {kind: statement, text: 1:30}\n"
                                 "  - {kind: statement, text: off}\n  - {kind: statement, text: 1_000}\n", 1)
    pack = write_pack(tmp_path / "pack", {"scenes/spring.yaml": spring})
    problems = _problems(pack)
    assert len([p for p in problems if "error" in p]) == 1
    assert "got a whole number 1000 (put it in quotes to keep it as text)" in problems[0]


def test_every_error_of_a_file_of_thousands_of_unknown_keys_has_its_own_line(tmp_path):
    extra = "".join(f"    xk{i}: v\n" for i in range(3000))
    people = PEOPLE_YAML.replace("    story: village\n", "    story: village\n" + extra)
    pack = write_pack(tmp_path / "pack", {PEOPLE: people})
    unknown = [p for p in validate_pack(pack) if "unknown key 'xk" in p.message]
    assert len(unknown) == 3000
    first = line_of(pack, PEOPLE, "xk0:")
    assert [(p.line, p.column) for p in unknown] == [(first + i, 5) for i in range(3000)]


def test_a_file_of_tens_of_thousands_of_unknown_keys_reports_each_and_guesses_for_the_first(tmp_path):
    extra = "".join(f"    nmae{i}: v\n" for i in range(1500))
    people = PEOPLE_YAML.replace("    story: village\n", "    story: village\n" + extra)
    unknown = [p.message for p in validate_pack(write_pack(tmp_path / "pack", {PEOPLE: people}))
               if "unknown key 'nmae" in p.message]
    assert len(unknown) == 1500
    assert "did you mean 'name'?" in unknown[0]
    assert unknown[-1].endswith("expected one of 'id', 'name', 'role', 'citation', 'organisation', 'category', "
                                "'quote', 'photo', 'season', 'story'")  # past the first thousand: no guess
