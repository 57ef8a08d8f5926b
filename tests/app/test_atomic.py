"""Files the program writes: whole or not at all, with the mode the user's umask gives (not mkstemp's 0600)."""

import os
import stat

import pytest

from huzhou_viewer.atomic import replacing, write_bytes


@pytest.fixture
def umask():
    def set_to(mask):
        os.umask(mask)

    before = os.umask(0o022)
    yield set_to
    os.umask(before)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path, umask, mask, expected):
    umask(mask)
    target = write_bytes(tmp_path / "slide.png", b"picture")
    assert mode(target) == expected and target.read_bytes() == b"picture"


def test_a_replaced_file_keeps_its_mode(tmp_path, umask):
    target = tmp_path / "rehearsal.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)  # someone made it private: a rewrite does not open it up
    write_bytes(target, b"new")
    assert mode(target) == 0o600 and target.read_bytes() == b"new"


def test_an_interrupted_write_leaves_the_old_file_and_nothing_else(tmp_path):
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"the old handout")
    with pytest.raises(KeyboardInterrupt), replacing(target) as tmp:
        tmp.write_bytes(b"half a hand")
        raise KeyboardInterrupt  # Ctrl+C in the middle of the export
    assert target.read_bytes() == b"the old handout"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_an_interrupted_first_write_leaves_no_file(tmp_path):
    with pytest.raises(OSError), replacing(tmp_path / "01-title.png"):
        raise OSError("disk full")
    assert not list(tmp_path.iterdir())
