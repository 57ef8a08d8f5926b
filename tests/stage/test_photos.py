"""People's photos: the deck names them, the `portrait` image provider decodes them (turned by EXIF, scaled
while decoding, refused when too large, cached within a budget), Portrait.qml shows them as a disc over the
generated portrait, which stays in view when a photo cannot be shown, and the validator warns about those."""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from huzhou_viewer.content import photos
from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.validate import validate_pack
from huzhou_viewer.qt.stage import portrait_images
from huzhou_viewer.qt.stage.export import grab
from huzhou_viewer.qt.stage.portrait_images import PortraitImages
from huzhou_viewer.show.present import build_deck
from tests.conftest import ROOT
from tests.packfactory import line_of
from tests.qtsupport import centre_in_window, find, items, make_stage, settle

PHOTO_LINE = "photo: pictures/li-ming.png"
GREEN = (20, 200, 60)
# QML reports a photo the provider could not give; Qt's decoders report what is wrong with the file.
UNREADABLE = ["Failed to get image from provider", "JPEG data", "libpng error"]


@pytest.fixture
def pack_dir(tmp_path: Path, example_pack_dir: Path) -> Path:
    """The example pack (its Li Ming has a photo, Zhou Lan none), to change one photo at a time."""
    return Path(shutil.copytree(example_pack_dir, tmp_path / "pack"))


def set_photo(pack_dir: Path, name: str, data: bytes) -> Path:
    """Li Ming's photo becomes `data`, saved as pictures/<name>."""
    path = pack_dir / "pictures" / name
    path.write_bytes(data)
    people = pack_dir / "people.yaml"
    text = people.read_text(encoding="utf-8")
    assert text.count("photo:") == 1  # Li Ming's
    people.write_text(re.sub(r"photo: .*", f'photo: "pictures/{name}"', text), encoding="utf-8")
    return path


def picture(size: tuple[int, int], colour=GREEN, kind: str = "JPEG", **options) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, kind, **options)
    return out.getvalue()


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims width x height but holds a few bytes of pixels: cheap to make, never decoded."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small real JPEG whose frame header (SOF0) claims width x height."""
    data = bytearray(picture((16, 16)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def person_view(pack_dir: Path, person_id: str) -> dict:
    deck = build_deck(load_pack(pack_dir))
    gallery = next(v for v in deck.scenes(deck.languages[0]) if v["kind"] == "gallery")
    return next(p for p in gallery["people"] if p["id"] == person_id)


def wait_until(predicate, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        QTest.qWait(5)  # runs the event loop without holding the GIL the provider's thread needs


# -- the deck


def test_the_deck_gives_the_photo_s_absolute_path_or_nothing(pack_dir):
    assert person_view(pack_dir, "li-ming")["photo"] == str((pack_dir / "pictures/li-ming.png").resolve())
    assert person_view(pack_dir, "zhou-lan")["photo"] == ""
    (pack_dir / "pictures/li-ming.png").unlink()  # a warning when loading; the generated portrait on screen
    assert person_view(pack_dir, "li-ming")["photo"] == ""


# -- the provider


def test_exif_orientation_turns_the_photo(tmp_path):
    # Stored landscape, left half red and right half blue; orientation 6 says: turn 90 degrees clockwise.
    stored = Image.new("RGB", (300, 200), (0, 0, 255))
    stored.paste((255, 0, 0), (0, 0, 150, 200))
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "turned.jpg"
    stored.save(path, exif=exif, quality=95)

    provider = PortraitImages()
    whole = provider.image(str(path))
    assert (whole.width(), whole.height()) == (200, 300)  # portrait-shaped
    assert whole.pixelColor(100, 40).red() > 200 and whole.pixelColor(100, 260).blue() > 200  # red on top
    size = QSize()
    scaled = provider.requestImage(str(path).replace("/", "%2F"), size, QSize(100, 100))
    assert (scaled.width(), scaled.height()) == (100, 150)  # covers 100 x 100, decoded at that size
    assert (size.width(), size.height()) == (100, 150)


def test_round_portraits_are_cut_to_a_disc(tmp_path):
    path = tmp_path / "wide.png"
    path.write_bytes(picture((400, 200), kind="PNG"))
    disc = PortraitImages().requestImage("round/" + str(path).replace("/", "%2F"), QSize(), QSize(100, 100))
    assert (disc.width(), disc.height()) == (100, 100)  # the centre of the photo, in the portrait's shape
    assert disc.pixelColor(50, 50) == QColor(*GREEN)
    assert disc.pixelColor(2, 2).alpha() == 0 and disc.pixelColor(97, 97).alpha() == 0  # outside the disc
    assert disc.pixelColor(50, 1).alpha() > 0  # the disc reaches the edge


def test_webp_png_and_jpeg_are_read(tmp_path):
    provider = PortraitImages()
    for kind, suffix in (("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp")):
        path = tmp_path / f"photo.{suffix}"
        path.write_bytes(picture((64, 48), kind=kind))
        assert provider.image(str(path)).size() == QSize(64, 48), kind


@pytest.mark.qt_log_ignore(*UNREADABLE)
def test_what_cannot_be_shown_gives_an_empty_image_and_one_log_line(tmp_path, caplog):
    files = {
        "corrupt.jpg": b"\xff\xd8\xff\xe0 this is not a photograph",
        "text.png": b"hello",
        "huge.png": png_header(20000, 20000),
        "huge.jpg": jpeg_claiming(11000, 10000),  # 110 megapixels: over the limit although JPEG scales
        "whole.png": png_header(9000, 9000),  # 81 megapixels, but a PNG is decoded whole: over Qt's limit
        "picture.bmp": picture((8, 8), kind="BMP"),  # Qt reads it, but photos are JPEG, PNG or WebP
        # Qt's SVG plugin would draw this and follow its link out of the pack; it is never asked to.
        "drawing.png": b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><image href="/etc/x.png"/></svg>',
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    provider = PortraitImages()
    caplog.set_level(logging.WARNING, logger=portrait_images.__name__)
    for name in [*files, "missing.jpg"]:
        for _ in range(3):
            size = QSize()
            image = provider.requestImage("round/" + str(tmp_path / name).replace("/", "%2F"), size, QSize(88, 88))
            assert image.isNull() and size == QSize(0, 0), name
        logged = [r.getMessage() for r in caplog.records if str(tmp_path / name) in r.getMessage()]
        assert len(logged) == 1, (name, logged)  # once per file, not at every request
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "20000 x 20000 pixels, over the limit" in messages
    assert "11000 x 10000 pixels, over the limit" in messages
    assert "9000 x 9000 pixels, over Qt's allocation limit" in messages
    assert "photos may be JPEG, PNG or WebP" in messages
    assert provider.cached_count == 0


def test_a_large_jpeg_is_scaled_while_it_is_decoded(tmp_path):
    # 8500 x 8500: over Qt's allocation limit decoded whole (at 4 bytes a pixel), fine scaled on the way.
    path = tmp_path / "large.jpg"
    Image.new("L", (8500, 8500), 128).save(path, quality=20)  # grey: cheap to make
    provider = PortraitImages()
    assert provider.image(str(path), 400, 400).size() == QSize(400, 400)
    assert provider.image(str(path)).isNull()  # whole, it is refused before decoding


def test_the_cache_stays_within_its_budget(tmp_path):
    provider = PortraitImages()
    budget = portrait_images.CACHE_BYTES
    paths = []
    for i in range(200):
        path = tmp_path / f"p{i:03d}.png"
        path.write_bytes(picture((512, 512), colour=(i, 255 - i, 0), kind="PNG", compress_level=1))
        paths.append(path)
    for path in paths:
        assert provider.image(str(path), 512, 512).size() == QSize(512, 512)
        assert provider.cached_bytes <= budget
    assert provider.cached_bytes > budget // 2  # the budget is used, not thrown away
    assert provider.cached_count == provider.cached_bytes // (512 * 512 * 4) < 200
    # The most recent ones are kept; a file that changes is read again.
    last = provider.image(str(paths[-1]), 512, 512)
    assert provider.image(str(paths[-1]), 512, 512).cacheKey() == last.cacheKey()
    paths[-1].write_bytes(picture((512, 512), colour=(0, 0, 255), kind="PNG"))
    os.utime(paths[-1], ns=(time.time_ns(), time.time_ns() + 10**9))
    assert provider.image(str(paths[-1]), 512, 512).pixelColor(0, 0) == QColor(0, 0, 255)


def test_the_provider_and_the_validator_agree_on_the_limit():
    assert portrait_images.MAX_PIXELS == photos.MAX_PHOTO_PIXELS


# -- on the stage


def detail_photo(stage, person_id: str):
    """Open the person's page; (the page's Portrait, its photo Image)."""
    views = stage.controller.deck.scenes(stage.controller.language)
    gallery = next(i for i, v in enumerate(views) if v["kind"] == "gallery")
    person = next(i for i, p in enumerate(views[gallery]["people"]) if p["id"] == person_id)
    stage.controller.goTo(gallery, person + 1)
    settle(stage)
    photos_settled(stage)
    portrait = find(stage, "detailPortrait")
    photo = next(item for item in items(portrait) if item.objectName() == "portraitPhoto")
    return portrait, photo


def photos_settled(stage) -> None:
    """Wait for every portrait on the stage (the grid's cards too): a photo that fails after its test has
    ended would print its Qt warning into the next test."""
    photos = [item for item in items(stage.view.rootObject()) if item.objectName() == "portraitPhoto"]
    wait_until(lambda: all(status(p) != "loading" for p in photos))


def status(photo) -> str:
    """The photo Image's status, from what Portrait.qml says of it (PySide cannot convert Image.Status)."""
    if not photo.property("settled"):  # being decoded (by the picture queue) or loaded
        return "loading"
    if not photo.property("source").toString():
        return "null"
    return "ready" if photo.parentItem().property("showsPhoto") else "error"


@pytest.fixture
def stage_of(qapp):
    stages = []

    def make(pack_dir):
        stages.append(make_stage(pack_dir, (1280, 720)))
        settle(stages[-1])
        return stages[-1]

    yield make
    for stage in stages:
        photos_settled(stage)
        stage.close()


def test_a_portrait_shows_the_photo_as_a_disc(pack_dir, stage_of):
    # A name that needs encoding on its way through the image URL.
    set_photo(pack_dir, "李 明 #1 %41.jpg", picture((300, 400), quality=95))
    stage = stage_of(pack_dir)
    portrait, photo = detail_photo(stage, "li-ming")
    wait_until(lambda: status(photo) != "loading")
    assert status(photo) == "ready" and portrait.property("showsPhoto") and photo.isVisible()
    # Decoded at the size shown in device pixels: its design size at the 1280 x 720 window's scale.
    assert photo.property("sourceSize").width() == round(portrait.width() * 720 / 1080)
    frame = grab(stage)
    centre = centre_in_window(portrait).toPoint()
    shown = frame.pixelColor(centre)
    assert max(abs(shown.red() - GREEN[0]), abs(shown.green() - GREEN[1]), abs(shown.blue() - GREEN[2])) <= 12
    corner = portrait.mapToScene(portrait.boundingRect().topLeft()).toPoint()
    assert frame.pixelColor(corner.x() + 2, corner.y() + 2) != shown  # round: the corner is the page behind


def test_the_grid_and_the_stories_show_the_photo_too(pack_dir, stage_of):
    stage = stage_of(pack_dir)
    views = stage.controller.deck.scenes(stage.controller.language)
    for index in range(len(views)):
        stage.controller.goTo(index, 0)
        settle(stage)
        photos_settled(stage)
        photos = [item for item in items(stage.view.rootObject()) if item.objectName() == "portraitPhoto"]
        assert all(status(p) in ("ready", "null") for p in photos)
    sources = {p.property("source").toString() for p in photos if status(p) == "ready"}
    assert sources and all(s.startswith("image://portrait/round/") for s in sources)


@pytest.mark.qt_log_ignore(*UNREADABLE)
def test_a_corrupt_photo_leaves_the_generated_portrait(pack_dir, stage_of):
    set_photo(pack_dir, "li-ming.jpg", b"\xff\xd8\xff\xe0 not a photograph at all")
    stage = stage_of(pack_dir)
    portrait, photo = detail_photo(stage, "li-ming")
    wait_until(lambda: status(photo) != "loading")
    assert status(photo) == "error" and not photo.isVisible() and not portrait.property("showsPhoto")
    initial = next(i for i in items(portrait) if i.property("text") == person_view(pack_dir, "li-ming")["initial"])
    assert initial.isVisible()


@pytest.mark.qt_log_ignore(*UNREADABLE)
def test_an_oversized_photo_leaves_the_generated_portrait(pack_dir, stage_of):
    set_photo(pack_dir, "li-ming.png", png_header(20000, 20000))
    stage = stage_of(pack_dir)
    portrait, photo = detail_photo(stage, "li-ming")
    wait_until(lambda: status(photo) != "loading")
    assert status(photo) == "error" and not portrait.property("showsPhoto")


def test_a_missing_photo_is_never_asked_for(pack_dir, stage_of):
    (pack_dir / "pictures/li-ming.png").unlink()
    stage = stage_of(pack_dir)
    portrait, photo = detail_photo(stage, "li-ming")
    assert status(photo) == "null" and photo.property("source").toString() == ""
    assert not portrait.property("showsPhoto") and portrait.isVisible()


# -- the validator


def photo_warnings(pack_dir: Path) -> list[str]:
    found = [str(p) for p in validate_pack(pack_dir) if p.file == "people.yaml"]
    assert [str(w) for w in load_pack(pack_dir).warnings if w.file == "people.yaml"] == found  # both paths
    return found


def test_the_validator_warns_about_photos_that_will_not_be_shown(pack_dir):
    line = line_of(pack_dir, "people.yaml", PHOTO_LINE)
    assert photo_warnings(pack_dir) == []  # the example's photo is fine

    set_photo(pack_dir, "li-ming.jpg", b"\xff\xd8\xff\xe0 not a photograph at all")
    assert photo_warnings(pack_dir) == [
        f"people.yaml:{line}:12: warning: 'pictures/li-ming.jpg' is not a picture Qt can read (JPEG, PNG or WebP);"
        " the generated portrait will be shown"
    ]
    set_photo(pack_dir, "li-ming.jpg", jpeg_claiming(11000, 10000))
    assert photo_warnings(pack_dir) == [
        f"people.yaml:{line}:12: warning: 'pictures/li-ming.jpg' is 11000 x 10000 pixels, over the limit"
        " (100 megapixels); the generated portrait will be shown"
    ]
    set_photo(pack_dir, "li-ming.png", png_header(20000, 20000))
    assert "is 20000 x 20000 pixels, over the limit (67 megapixels for PNG and WebP)" in photo_warnings(pack_dir)[0]
    set_photo(pack_dir, "li-ming.webp", b"RIFF\x10\0\0\0WEBPVP8 broken")
    assert "is not a picture Qt can read" in photo_warnings(pack_dir)[0]
    set_photo(pack_dir, "whole.png", png_header(9000, 9000))
    assert "is 9000 x 9000 pixels, over the limit (67 megapixels for PNG and WebP)" in photo_warnings(pack_dir)[0]
    set_photo(pack_dir, "large.jpg", jpeg_claiming(9000, 9000))  # a JPEG is scaled while decoded: fine
    assert photo_warnings(pack_dir) == []
    for kind in ("PNG", "WEBP", "JPEG"):
        set_photo(pack_dir, f"fine.{kind.lower()}", picture((40, 30), kind=kind))
        assert photo_warnings(pack_dir) == [], kind


@pytest.mark.slow
def test_pillow_is_imported_only_for_a_pack_with_photos(bundled_pack_dir, example_pack_dir):
    code = ("import sys; from huzhou_viewer.content.loader import load_pack; load_pack(sys.argv[1]); "
            "print('PIL' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for pack, imported in ((bundled_pack_dir, "False"), (example_pack_dir, "True")):
        done = subprocess.run([sys.executable, "-c", code, str(pack)], capture_output=True, text=True, env=env)
        assert done.stdout.strip() == imported, done.stdout + done.stderr


def test_photos_pushed_out_of_the_cache_before_a_card_took_them_are_decoded_again_off_the_gui_thread(
        qapp, tmp_path, bundled_pack_dir):
    import threading

    from tests.packfactory import add_honourees

    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    (pack / "photos").mkdir(exist_ok=True)
    for i in range(8):
        Image.new("RGB", (300, 300), (30 * i, 90, 200)).save(pack / "photos" / f"p{i}.png")
    add_honourees(pack, 8, photo="photos/p{i}.png")
    stage = make_stage(pack, (1920, 1080), language="en")
    stage.portraits.cache.budget = 1  # each photo decoded would push out the one before, often before its card took it
    decoded_on: list[str] = []
    original = stage.portraits.image

    def recording(*args, **kwargs):
        decoded_on.append(threading.current_thread().name)
        return original(*args, **kwargs)

    stage.portraits.image = recording
    try:
        stage.controller.goTo(stage.controller.deck.scene_ids.index("gallery"), 0)
        settle(stage)
        photos_settled(stage)
        wanted = [p for p in items(stage.view.rootObject())
                  if p.objectName() == "portraitPhoto" and p.property("wanted")]
        assert len(wanted) >= 4 and [status(p) for p in wanted] == ["ready"] * len(wanted)  # each card shows its photo
        assert set(decoded_on) == {"pictures"}  # decoded by the picture queue only, never on the GUI thread
    finally:
        stage.close()
