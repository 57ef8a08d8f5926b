"""What validate used to fail on itself: a half character it could not print, a file it could not read. (The
other gaps it used to pass in silence are cases of the broken-pack corpus, tests/content/test_pack_errors.py.)"""

from __future__ import annotations

import io

import pytest

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.problems import PackError
from huzhou_viewer.content.validate import run, validate_pack
from tests.packfactory import edit, line_of, write_pack


def _errors(pack) -> list[str]:
    return [str(p) for p in validate_pack(pack) if p.is_error]


def test_a_lone_surrogate_is_reported_and_printing_it_never_fails(tmp_path):
    pack = write_pack(tmp_path / "pack")
    edit(pack, "pack.yaml", "  en: Test pack\n", '  en: "Four\\ud800Seasons"\n')
    line = line_of(pack, "pack.yaml", "Four")
    out = io.StringIO()
    assert run(pack, out=out) == 1
    said = out.getvalue()
    assert f"pack.yaml:{line}:7: error: U+D800 is half of a character (a lone surrogate)" in said
    assert "internal error" not in said and "FAILED" in said
    with pytest.raises(PackError):
        load_pack(pack)


def test_a_file_that_cannot_be_read_is_named_not_an_internal_error(tmp_path, monkeypatch):
    pack = write_pack(tmp_path / "pack")
    import huzhou_viewer.content.detailed as detailed

    def refuse(root):
        raise PermissionError(13, "Permission denied", str(root / "scenes"))

    monkeypatch.setattr(detailed, "read_detailed", refuse)
    monkeypatch.setattr("huzhou_viewer.content.validate.read_detailed", refuse)
    out = io.StringIO()
    assert run(pack, out=out) == 1
    assert out.getvalue().strip() == f"{pack / 'scenes'}: error: cannot read: Permission denied"
    with pytest.raises(PackError) as refused:
        (pack / "people.yaml").write_text("people: [", encoding="utf-8")  # sends the start to the detailed reader
        load_pack(pack)
    assert "cannot read: Permission denied" in str(refused.value) and "internal error" not in str(refused.value)
