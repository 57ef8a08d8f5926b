"""The limits the stage's layouts are built for: validate names each one, and where it is passed."""

from huzhou_viewer.content.limits import MAX_TASKS, NAME_WIDTH
from huzhou_viewer.content.validate import validate_pack
from tests.layoutpack import GERMAN_NAME, LONG_NAME, write_layout_pack
from tests.packfactory import edit, line_of, write_pack


def test_eight_tasks_in_a_block_are_fine_nine_are_an_error_at_the_list(tmp_path):
    pack = write_layout_pack(tmp_path, people=3, counts=[8, 9])
    problems = [p for p in validate_pack(pack) if p.severity == "error"]
    assert [(p.file, p.line) for p in problems] == [("scenes/tasks-9.yaml", line_of(pack, "scenes/tasks-9.yaml",
                                                                                    "tasks: [t1"))]
    assert f"at most {MAX_TASKS}" in problems[0].message and "9 tasks" in problems[0].message


def test_a_block_without_a_list_shows_every_task_so_the_pack_s_count_counts(tmp_path):
    pack = write_layout_pack(tmp_path, people=3, counts=[9])
    edit(pack, "scenes/tasks-9.yaml", "    tasks: [" + ", ".join(f"t{i}" for i in range(1, 10)) + "]\n", "")
    problems = [p for p in validate_pack(pack) if p.severity == "error"]
    assert len(problems) == 1 and "9 tasks" in problems[0].message
    assert problems[0].line == line_of(pack, "scenes/tasks-9.yaml", "kind: tasks")


def test_a_name_too_wide_for_a_card_is_a_warning_a_long_german_compound_is_not(tmp_path):
    pack = write_layout_pack(tmp_path, people=3, counts=[1])
    assert len(LONG_NAME) > NAME_WIDTH >= len(GERMAN_NAME)
    warnings = [p for p in validate_pack(pack) if "gallery card" in p.message]
    assert [(p.file, p.line, p.severity) for p in warnings] == [
        ("people.yaml", line_of(pack, "people.yaml", LONG_NAME), "warning")]


def test_a_story_holds_three_people_and_three_figures(tmp_path):
    pack = write_pack(tmp_path)
    assert not [p for p in validate_pack(pack) if p.severity == "error"]
    edit(pack, "scenes/spring.yaml", "people: [li-ming]", "people: [li-ming, li-ming, li-ming, li-ming]")
    figure = '      - value: "38"\n        caption: {en: villages, zh-Hans: 个村}\n        qualifier: over\n'
    edit(pack, "scenes/spring.yaml", figure, figure * 4)
    problems = [p for p in validate_pack(pack) if "a story shows at most" in p.message]
    assert [(p.line, p.severity) for p in problems] == [(line_of(pack, "scenes/spring.yaml", "people: [li-ming"),
                                                         "error"),
                                                        (line_of(pack, "scenes/spring.yaml", "figures:"), "error")]
    assert "cut 1" in problems[0].message and "3 people" in problems[0].message


def test_more_than_four_figures_and_people_beside_a_picture_is_an_error_at_the_picture(tmp_path):
    """Five tiles beside a story's picture are drawn under the back row's floor on a landscape audience screen, so
    the pack is not ready until one is cut (or the picture)."""
    pack = write_pack(tmp_path)
    figure = '      - value: "38"\n        caption: {en: villages, zh-Hans: 个村}\n        qualifier: over\n'
    edit(pack, "scenes/spring.yaml", "people: [li-ming]", "people: [li-ming, li-ming]")
    edit(pack, "scenes/spring.yaml", figure, figure * 2)  # four: at full size
    assert not [p for p in validate_pack(pack) if "beside the picture" in p.message]
    edit(pack, "scenes/spring.yaml", figure * 2, figure * 3)  # five
    errors = [p for p in validate_pack(pack) if "beside the picture" in p.message]
    assert [(p.line, p.severity) for p in errors] == [(line_of(pack, "scenes/spring.yaml", "picture:"), "error")]
    assert "5 figures and people" in errors[0].message and "cut 1, or the picture" in errors[0].message
    edit(pack, "scenes/spring.yaml", "    picture: pictures/village.png\n", "")
    assert not [p for p in validate_pack(pack) if "beside the picture" in p.message]  # without one, preflight judges
