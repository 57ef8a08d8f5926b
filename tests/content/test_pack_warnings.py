"""Warnings: the pack can be shown, but an organiser should know."""

import shutil

from huzhou_viewer.content.validate import validate_pack


def without(tmp_path, bundled_pack_dir, scene_file, key, next_key):
    """A copy of the bundled pack whose scene file lacks `key` (up to `next_key`); returns the new text."""
    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    scene = pack / "scenes" / scene_file
    text = scene.read_text(encoding="utf-8")
    start, end = text.index(f"\n{key}:"), text.index(f"\n{next_key}:")
    edited = text[:start] + text[end:]
    scene.write_text(edited, encoding="utf-8")
    return pack, edited


def test_a_long_title_standing_in_for_a_missing_label_is_a_warning(tmp_path, bundled_pack_dir):
    pack, edited = without(tmp_path, bundled_pack_dir, "spring.yaml", "label", "title")
    problems = validate_pack(pack)
    warnings = [p for p in problems if p.file == "scenes/spring.yaml" and "label" in p.message]
    assert len(warnings) == 1 and warnings[0].severity == "warning"
    assert warnings[0].line == edited[: edited.index("\ntitle:") + 1].count("\n") + 1
    assert not [p for p in problems if p.is_error]


def test_the_bundled_pack_has_no_warnings(bundled_pack_dir):
    assert validate_pack(bundled_pack_dir) == []


def test_a_scene_without_speaker_notes_is_a_warning(tmp_path, bundled_pack_dir):
    pack, edited = without(tmp_path, bundled_pack_dir, "summer.yaml", "notes", "duration")
    problems = validate_pack(pack)
    warnings = [p for p in problems if "notes" in p.message]
    id_line = edited.count("\n", 0, edited.index("\nid:") + 1) + 1
    assert [(p.file, p.line, p.severity) for p in warnings] == [("scenes/summer.yaml", id_line, "warning")]
    assert not [p for p in problems if p.is_error]
