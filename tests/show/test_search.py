"""Finding an honouree by typing part of a name, in any language, or its pinyin in full or by initials."""

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from huzhou_viewer import resources
from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.show.search import NameIndex

HONOUREES = ["fan-li", "greater-yucun-team", "peng-jiwen", "zhang-hui", "fan-chunyi", "wu-tong", "tu-zhanggen"]


@pytest.fixture(scope="module")
def index():
    return NameIndex.of_people(load_pack(resources.bundled_pack()).people.people)


def test_the_bundled_honourees_are_the_ones_these_tests_expect(index):
    assert index.find("") == HONOUREES


@pytest.mark.parametrize("query", ["fanli", "fl", "FanLi", "fan li", "Fan-Li", "范", "范莉", "Fan", "li", "fli",
                                   "范li", "ｆａｎ"])
def test_fan_li_is_found_by_name_and_pinyin(index, query):
    assert "fan-li" in index.find(query)


def test_pinyin_is_matched_from_the_start_of_a_syllable(index):
    assert index.find("li") == ["fan-li"]
    assert index.find("anl") == []


def test_initials_and_surnames_find_everyone_who_has_them(index):
    assert index.find("f") == ["fan-li", "fan-chunyi"]
    assert index.find("范") == ["fan-li", "fan-chunyi"]
    assert index.find("tzg") == ["tu-zhanggen"]
    assert index.find("zh") == ["greater-yucun-team", "zhang-hui", "tu-zhanggen"]  # 专, 张, 章


def test_exact_names_find_exactly_that_person(index):
    assert index.find("涂章根") == ["tu-zhanggen"]
    assert index.find("Tu Zhanggen") == ["tu-zhanggen"]


def test_latin_names_match_by_part_of_a_word_and_by_initials(index):
    assert index.find("ucun") == ["greater-yucun-team"]
    assert index.find("gyt") == ["greater-yucun-team"]
    assert index.find("greater yu") == ["greater-yucun-team"]


def test_no_match_finds_nobody(index):
    assert index.find("Smith") == []
    assert index.find("王") == []


def test_space_and_punctuation_alone_are_no_query(index):
    assert index.find(" ·-, ") == HONOUREES


def test_surnames_with_uncommon_readings_are_found_by_them():
    index = NameIndex([("shan", ["单雄"]), ("zeng", ["曾巩"]), ("ou", ["区华"]), ("lv", ["吕布"])])
    assert index.find("shanxiong") == ["shan"]
    assert index.find("zengg") == ["zeng"]
    assert index.find("ouh") == ["ou"]
    assert index.find("lvbu") == index.find("lubu") == ["lv"]


def test_results_keep_the_index_order():
    index = NameIndex([("b", ["冯波"]), ("a", ["范安"]), ("c", ["Carl Fox"])])
    assert index.find("f") == ["b", "a", "c"]


def test_importing_search_does_not_load_pypinyin():
    # The program imports it at start-up; pypinyin costs a noticeable moment, paid only when search first opens.
    code = "import sys, huzhou_viewer.show.search; print('pypinyin' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@given(query=st.text())
def test_any_query_finds_some_of_the_honourees_in_order(index, query):
    found = index.find(query)
    assert found == [p for p in HONOUREES if p in found]


# -- names as people type them on a plain keyboard

WORLD = NameIndex([("muller", ["Anna Müller"]), ("konig", ["Jörg König"]), ("strasse", ["Eva Straße"]),
                   ("ivanov", ["Иван Иванов"]), ("papadopoulos", ["Νίκος Παπαδόπουλος"]),
                   ("yamada", ["やまだ はなこ"]), ("kim", ["김민수"]), ("fanli", ["范莉"]),
                   ("lopez", ["Ana María López"])])


@pytest.mark.parametrize(("query", "who"), [
    ("Muller", "muller"), ("Mueller", "muller"), ("müller", "muller"), ("MÜLLER", "muller"), ("amu", "muller"),
    ("koenig", "konig"), ("konig", "konig"), ("Jorg", "konig"), ("joerg koenig", "konig"),
    ("strasse", "strasse"), ("Straße", "strasse"), ("STRASSE", "strasse"),
    ("Ivanov", "ivanov"), ("ivan ivanov", "ivanov"), ("Иванов", "ivanov"), ("ii", "ivanov"), ("vanov", "ivanov"),
    ("Papadop", "papadopoulos"), ("papadopoulos", "papadopoulos"), ("papadopoylos", "papadopoulos"),
    ("nikos", "papadopoulos"), ("παπαδόπουλος", "papadopoulos"),
    ("yamada", "yamada"), ("hanako", "yamada"), ("yh", "yamada"), ("やまだ", "yamada"),
    ("gimminsu", "kim"), ("김", "kim"),
    ("fàn lì", "fanli"), ("fanli", "fanli"), ("fl", "fanli"), ("FÀNLÌ", "fanli"),
    ("Lopez", "lopez"), ("maria", "lopez"), ("aml", "lopez"),
])
def test_names_are_found_the_way_people_type_them(query, who):
    assert WORLD.find(query) == [who]


def test_a_character_s_pinyin_is_not_found_from_its_middle():
    assert "fanli" not in WORLD.find("an") and "fanli" not in WORLD.find("anl")  # not from inside fan


def test_umlauts_typed_in_a_query_find_the_ae_oe_ue_spelling():
    index = NameIndex([("m", ["Hans Mueller"])])
    assert index.find("Müller") == index.find("mueller") == ["m"]


def test_importing_search_does_not_load_the_transliteration_library():
    code = "import sys, huzhou_viewer.show.search; print('anyascii' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@given(name=st.text(min_size=1, max_size=20))
def test_any_name_is_found_by_itself(name):
    assert NameIndex([("x", [name])]).find(name) == ["x"]


@given(name=st.text(max_size=20), cut=st.integers(0, 20))
def test_any_name_is_found_by_a_start_of_itself(name, cut):
    assert NameIndex([("x", [name])]).find(name[:cut]) == ["x"]


@given(text=st.text(max_size=30))
def test_folding_is_idempotent(text):
    from huzhou_viewer.show.search import normalized, spellings

    assert normalized(normalized(text)) == normalized(text)
    assert all(spellings(s)[:1] == (s,) for s in spellings(text))
