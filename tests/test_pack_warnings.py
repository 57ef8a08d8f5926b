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
