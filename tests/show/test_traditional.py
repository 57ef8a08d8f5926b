"""Traditional Chinese made from a pack's Simplified texts: shown, phrased as set, the pack's own winning, kept."""

import os
import subprocess
import sys
import time

import pytest

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.content.validate import validate_pack
from huzhou_viewer.show.deck_cache import load_deck
from huzhou_viewer.show.present import build_deck
from tests.conftest import ROOT
from tests.germanpack import write_german_pack
from tests.packfactory import edit, write_pack


@pytest.fixture
def pack_dir(tmp_path):
    folder = write_pack(tmp_path / "pack")
    # Words whose Taiwan and Hong Kong spellings differ: software is 軟體 in Taiwan, 軟件 in Hong Kong.
    edit(folder, "scenes/opening.yaml", "zh-Hans: 湖州这一年", "zh-Hans: 湖州这一年的软件")
    return folder


def opening_title(deck, language):
    return unbroken(deck.scenes(language)[0]["title"])  # as written, without the stage's break characters


def test_a_pack_in_simplified_chinese_is_also_shown_in_traditional(pack_dir):
    deck = build_deck(load_pack(pack_dir))
    assert deck.languages == ["en", "zh-Hans", "zh-Hant"]
    assert opening_title(deck, "zh-Hant") == "湖州這一年的軟體"  # Taiwan's characters and phrases by default
    assert deck.title("zh-Hant") == "測試包"
    people = next(view for view in deck.scenes("zh-Hant") if view["id"] == "spring")["blocks"][1]["people"]
    assert people[0]["role"] == "村主任" and people[0]["citation"] == "治理河道"
    assert deck.scenes("zh-Hant")[0]["notes"] == "歡迎大家。"  # the speaker's notes too
    assert opening_title(deck, "zh-Hans") == "湖州这一年的软件" and opening_title(deck, "en") == "A year in Huzhou"


def test_hong_kong_phrasing_is_a_setting(pack_dir):
    deck = build_deck(load_pack(pack_dir), phrasing="hk")
    assert opening_title(deck, "zh-Hant") == "湖州這一年的軟件"


def test_the_packs_own_traditional_text_wins_over_the_conversion(pack_dir):
    edit(pack_dir, "scenes/opening.yaml", "  zh-Hans: 湖州这一年的软件",
         "  zh-Hans: 湖州这一年的软件\n  zh-Hant: 湖州的這一年")
    edit(pack_dir, "pack.yaml", "languages: [en, zh-Hans]", "languages: [en, zh-Hans, zh-Hant]")
    deck = build_deck(load_pack(pack_dir))
    assert deck.languages == ["en", "zh-Hans", "zh-Hant"]
    assert opening_title(deck, "zh-Hant") == "湖州的這一年"
    assert deck.scenes("zh-Hant")[0]["notes"] == "歡迎大家。"  # what it does not give is still converted


def test_a_pack_without_simplified_chinese_gets_no_traditional(tmp_path):
    assert build_deck(load_pack(write_german_pack(tmp_path / "pack"))).languages == ["de"]


def test_the_kept_deck_holds_the_conversion_and_a_warm_start_never_imports_opencc(pack_dir, tmp_path):
    cache = tmp_path / "cache"
    old = time.time() - 60  # copied in a minute ago: a pack saved just now is not kept (it may be mid-save)
    for path in pack_dir.rglob("*"):
        os.utime(path, (old, old))
    code = ("import sys; from huzhou_viewer.show.deck_cache import load_deck; "
            f"deck = load_deck({str(pack_dir)!r}, __import__('pathlib').Path({str(cache)!r}), sys.argv[1]); "
            "from huzhou_viewer.content.marks import unbroken; "
            "print(unbroken(deck.scenes('zh-Hant')[0]['title']), 'opencc' in sys.modules)")

    def start(phrasing):
        result = subprocess.run([sys.executable, "-c", code, phrasing], cwd=ROOT, capture_output=True, text=True,
                                timeout=120, env=dict(os.environ, PYTHONIOENCODING="utf-8"))
        assert result.returncode == 0, result.stderr[-800:]
        return result.stdout.split()

    assert start("tw") == ["湖州這一年的軟體", "True"]  # built: converted here
    assert start("tw") == ["湖州這一年的軟體", "False"]  # kept: read as it was converted
    assert start("hk") == ["湖州這一年的軟件", "True"]  # another phrasing is another deck
    assert opening_title(load_deck(pack_dir, cache, "hk"), "zh-Hant") == "湖州這一年的軟件"


def test_a_pack_may_correct_the_conversion_in_one_text_without_listing_zh_hant(pack_dir):
    # 范 as a surname stays 范: the conversion would write 範.
    edit(pack_dir, "people.yaml", "name: {en: Li Ming, zh-Hans: 李明}",
         "name: {en: Fan Li, zh-Hans: 范莉, zh-Hant: 范莉}")
    assert [p for p in validate_pack(pack_dir) if p.is_error] == []
    deck = build_deck(load_pack(pack_dir))
    (person,) = next(view for view in deck.scenes("zh-Hant") if view["id"] == "spring")["blocks"][1]["people"]
    assert person["name"] == "范莉" and person["role"] == "村主任"


def test_a_pack_that_lists_zh_hant_is_not_warned_about_texts_it_converts(pack_dir):
    edit(pack_dir, "pack.yaml", "languages: [en, zh-Hans]", "languages: [en, zh-Hans, zh-Hant]")
    assert not [p for p in validate_pack(pack_dir) if "zh-Hant" in p.message]
