"""The kept deck: used while the pack is unchanged, renewed when it changes, never hiding an error."""

import json
import os
import shutil
import time

import pytest

from huzhou_viewer.content.problems import PackError
from huzhou_viewer.show import deck_cache, shape, views
from huzhou_viewer.show.breaks import clean
from huzhou_viewer.show.deck_cache import load_deck
from tests.packfactory import PACK_YAML, write_pack


@pytest.fixture
def pack(tmp_path, bundled_pack_dir):
    copy = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, copy)
    return copy


def test_a_kept_deck_is_used_while_the_pack_is_unchanged(pack, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = load_deck(pack, cache)
    assert list(cache.glob("*.deck.json"))

    def no_loading(*args):
        raise AssertionError("the pack was loaded again")

    monkeypatch.setattr("huzhou_viewer.content.loader.load_pack", no_loading)
    again = load_deck(pack, cache)
    assert again.data == first.data


def test_the_kept_deck_gets_the_mode_the_umask_gives_and_leaves_no_temporary_file(pack, tmp_path):
    cache = tmp_path / "cache"
    before = os.umask(0o022)
    try:
        load_deck(pack, cache)
    finally:
        os.umask(before)
    (kept,) = cache.iterdir()
    assert kept.name.endswith(".deck.json") and kept.stat().st_mode & 0o777 == 0o644


def test_an_edited_scene_is_shown_at_the_next_start(pack, tmp_path):
    cache = tmp_path / "cache"
    load_deck(pack, cache)
    spring = pack / "scenes" / "spring.yaml"
    spring.write_text(spring.read_text(encoding="utf-8").replace("春看方案", "春看蓝图", 1), encoding="utf-8")
    deck = load_deck(pack, cache)
    assert clean(deck.scenes("zh-Hans")[1]["title"]) == "春看蓝图"


def test_a_pack_broken_after_a_good_start_is_reported_not_hidden(pack, tmp_path):
    cache = tmp_path / "cache"
    load_deck(pack, cache)
    (pack / "pack.yaml").write_text("format: 1\nid: [unclosed\n", encoding="utf-8")
    with pytest.raises(PackError):
        load_deck(pack, cache)


def test_a_damaged_cache_file_is_ignored(pack, tmp_path):
    cache = tmp_path / "cache"
    load_deck(pack, cache)
    for kept in cache.glob("*.deck.json"):
        kept.write_text("{not json", encoding="utf-8")
    assert load_deck(pack, cache).pack_id == "huzhou-2023"


def test_an_unwritable_cache_only_costs_time(pack, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    assert load_deck(pack, blocker / "cache").pack_id == "huzhou-2023"


def test_another_program_version_does_not_reuse_the_deck(pack, tmp_path, monkeypatch):
    import huzhou_viewer.content.loader as loader

    cache = tmp_path / "cache"
    load_deck(pack, cache)
    monkeypatch.setattr(deck_cache, "_program", lambda: "another")
    original, calls = loader.load_pack, []
    monkeypatch.setattr(loader, "load_pack", lambda root: calls.append(root) or original(root))
    load_deck(pack, cache)
    assert calls


def test_a_kept_deck_of_the_wrong_shape_is_built_again(pack, tmp_path):
    cache = tmp_path / "cache"
    load_deck(pack, cache)
    (kept,) = cache.glob("*.deck.json")
    entry = json.loads(kept.read_text(encoding="utf-8"))
    for scene in entry["deck"]["by_language"]["en"]["scenes"]:
        del scene["notes"]  # as an older program, with the same stamps, would have kept it
    kept.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    deck = load_deck(pack, cache)
    assert all("notes" in scene for scene in deck.scenes("en"))
    assert "notes" in json.loads(kept.read_text(encoding="utf-8"))["deck"]["by_language"]["en"]["scenes"][0]


def test_a_field_added_to_the_view_data_retires_kept_decks(monkeypatch):
    before = deck_cache._program()
    monkeypatch.setattr(views.PersonView, "__annotations__", {**views.PersonView.__annotations__, "age": int})
    shape._describe.cache_clear()
    try:
        assert deck_cache._program() != before
    finally:
        monkeypatch.undo()
        shape._describe.cache_clear()
    assert deck_cache._program() == before


def _settled_pack(folder):
    """The small test pack, its files dated a minute back: as a pack copied in before the show starts."""
    return _dated_back(write_pack(folder))


def _dated_back(pack_dir):
    old = time.time() - 60
    for path in pack_dir.rglob("*"):
        os.utime(path, (old, old), follow_symlinks=False)
    return pack_dir


def test_a_picture_swapped_for_a_link_out_of_the_pack_is_refused_at_the_next_start(tmp_path):
    pack_dir = _settled_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    load_deck(pack_dir, cache)
    assert list(cache.glob("*.deck.json"))  # kept
    outside = tmp_path / "outside.png"
    outside.write_bytes((pack_dir / "pictures" / "village.png").read_bytes())
    picture = pack_dir / "pictures" / "village.png"
    picture.unlink()
    picture.symlink_to(outside)
    with pytest.raises(PackError) as refused:
        load_deck(pack_dir, cache)
    assert "outside the pack folder" in str(refused.value)


def test_a_photo_added_after_a_start_appears_at_the_next(tmp_path):
    gallery = "id: gallery\nkind: gallery\ntitle: {en: People, zh-Hans: 人物}\n"
    pack_yaml = PACK_YAML.replace("  - scenes/closing.yaml\n", "  - scenes/gallery.yaml\n  - scenes/closing.yaml\n")
    pack_dir = write_pack(tmp_path / "pack", {"pack.yaml": pack_yaml, "scenes/gallery.yaml": gallery})
    photo = pack_dir / "photos" / "li-ming.png"
    data = photo.read_bytes()
    photo.unlink()
    _dated_back(pack_dir)
    cache = tmp_path / "cache"

    def shown_photo(deck):
        return next(s for s in deck.scenes("en") if s["kind"] == "gallery")["people"][0]["photo"]

    assert shown_photo(load_deck(pack_dir, cache)) == ""  # the generated portrait
    assert list(cache.glob("*.deck.json"))
    photo.write_bytes(data)
    assert shown_photo(load_deck(pack_dir, cache)).endswith("photos/li-ming.png")


def test_a_file_changed_while_the_pack_loads_is_never_kept(tmp_path, monkeypatch):
    pack_dir = _settled_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    from huzhou_viewer.show import present

    build = present.build_deck

    def build_while_someone_saves(pack, *args):
        deck = build(pack, *args)
        spring = pack_dir / "scenes" / "spring.yaml"
        spring.write_text("id: [unclosed\n", encoding="utf-8")  # an organiser's half-done save, mid-load
        return deck

    monkeypatch.setattr(present, "build_deck", build_while_someone_saves)
    load_deck(pack_dir, cache)  # this start still shows what it read
    assert not list(cache.glob("*.deck.json"))
    monkeypatch.setattr(present, "build_deck", build)
    with pytest.raises(PackError):
        load_deck(pack_dir, cache)  # the next start reads the file as it is now, and says it is broken
