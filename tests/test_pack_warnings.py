"""Warnings: the pack can be shown, but an organiser should know."""

import shutil

from huzhou_viewer.content.validate import validate_pack


def test_a_long_title_standing_in_for_a_missing_label_is_a_warning(tmp_path, bundled_pack_dir):
    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    spring = pack / "scenes" / "spring.yaml"
    text = spring.read_text(encoding="utf-8")
    start, end = text.index("\nlabel:"), text.index("\ntitle:")
    edited = text[:start] + text[end:]
    spring.write_text(edited, encoding="utf-8")
    problems = validate_pack(pack)
    warnings = [p for p in problems if p.file == "scenes/spring.yaml" and "label" in p.message]
    assert len(warnings) == 1 and warnings[0].severity == "warning"
    assert warnings[0].line == edited[: edited.index("\ntitle:") + 1].count("\n") + 1
    assert not [p for p in problems if p.is_error]


def test_the_bundled_pack_has_no_warnings(bundled_pack_dir):
    assert validate_pack(bundled_pack_dir) == []


def test_a_scene_without_speaker_notes_is_a_warning(tmp_path, bundled_pack_dir):
    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    summer = pack / "scenes" / "summer.yaml"
    text = summer.read_text(encoding="utf-8")
    start, end = text.index("\nnotes:"), text.index("\nduration:")
    summer.write_text(text[:start] + text[end:], encoding="utf-8")
    problems = validate_pack(pack)
    warnings = [p for p in problems if "notes" in p.message]
    id_line = text.count("\n", 0, text.index("\nid:") + 1) + 1
    assert [(p.file, p.line, p.severity) for p in warnings] == [("scenes/summer.yaml", id_line, "warning")]
    assert not [p for p in problems if p.is_error]
