"""Pictures and links a hostile or careless pack may hold: only JPEG, PNG and WebP inside the pack are used,
judged by their content, and nothing outside the pack folder is ever opened."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.problems import PackError
from huzhou_viewer.content.validate import run, validate_pack
from huzhou_viewer.show.present import ViewBuilder, build_deck
from tests import opened_files
from tests.packfactory import write_pack

SVG_READING_OUTSIDE = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                       b'width="10" height="10"><image href="../../secret.png" width="10" height="10"/></svg>')
NOT_PICTURES = {
    "an SVG named .png": SVG_READING_OUTSIDE,
    "a text file named .png": b"hello, I am text\n",
    "an empty file": b"",
    "a GIF": b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
    "HTML": b"<html><body>x</body></html>",
}

@pytest.fixture
def opened():
    """The paths the process opens while the test runs."""
    yield opened_files.start()
    opened_files.stop()


def _errors(folder: Path) -> list[str]:
    return [str(p) for p in validate_pack(folder) if p.is_error]


@pytest.mark.parametrize("content", NOT_PICTURES.values(), ids=NOT_PICTURES.keys())
def test_a_photo_that_is_not_a_picture_is_never_handed_on_and_the_portrait_is_generated(tmp_path, content):
    pack = write_pack(tmp_path / "pack", {"photos/li-ming.png": content})
    problems = [str(p) for p in validate_pack(pack)]
    assert any("people.yaml:" in p and "warning: 'photos/li-ming.png' is not a JPEG, PNG or WebP picture" in p
               and "generated portrait" in p for p in problems), problems
    loaded = load_pack(pack)
    assert ViewBuilder(loaded, "en").person(loaded.people.people[0])["photo"] == ""


def test_a_picture_swapped_for_svg_after_validation_is_not_shown(tmp_path):
    pack_dir = write_pack(tmp_path / "pack")
    pack = load_pack(pack_dir)
    (pack_dir / "pictures" / "village.png").write_bytes(SVG_READING_OUTSIDE)  # changed while the show runs
    story = next(b for s in build_deck(pack).scenes("en") for b in s["blocks"] if b.get("kind") == "story")
    assert story["picture"] == ""


def test_real_pictures_of_each_format_are_shown(tmp_path):
    from PIL import Image

    pictures = {}
    for name, fmt in (("a.jpg", "JPEG"), ("b.png", "PNG"), ("c.webp", "WEBP")):
        data = io.BytesIO()
        Image.new("RGB", (4, 4), "red").save(data, fmt)
        pictures[name] = data.getvalue()
    for name, data in pictures.items():
        pack = write_pack(tmp_path / name, {f"pictures/{name}": data})
        spring = pack / "scenes" / "spring.yaml"
        spring.write_text(spring.read_text(encoding="utf-8").replace("pictures/village.png", f"pictures/{name}"),
                          encoding="utf-8")
        assert _errors(pack) == []
        story = next(b for s in build_deck(load_pack(pack)).scenes("en") for b in s["blocks"]
                     if b.get("kind") == "story")
        assert story["picture"].endswith(f"/pictures/{name}")


def test_pack_yaml_linked_to_a_file_outside_is_refused_unread(tmp_path, opened):
    secret = tmp_path / "secret.yaml"
    secret.write_text("format: 1\nid: SECRET-CONTENT\n", encoding="utf-8")
    pack = write_pack(tmp_path / "pack")
    (pack / "pack.yaml").unlink()
    (pack / "pack.yaml").symlink_to(secret)
    opened.clear()  # from here on, the program's opens only
    out = io.StringIO()
    assert run(pack, out=out) == 1
    with pytest.raises(PackError) as refused:
        load_pack(pack)
    said = out.getvalue() + str(refused.value)
    assert "pack.yaml" in said and "outside the pack folder" in said
    assert "SECRET-CONTENT" not in said
    assert str(secret) not in opened


