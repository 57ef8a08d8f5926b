"""Generated portraits for a name in any script: its initials, read in its own direction, in a colour that
stands out 4.5:1 from the disc's."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.script import is_rtl
from huzhou_viewer.show.present import build_deck, contrast, disc_colour, initial_of, readable_on

ZWNJ = "\u200c"


@pytest.mark.parametrize(("name", "initial"), [
    ("范莉", "范"), ("欧阳修", "欧"), ("山田太郎", "山"), ("やまだ はなこ", "や"), ("김민수", "김"), ("김 민수", "김"),
    ("Ana María López", "AL"), ("ana maría lópez", "AL"), ("Émile Zola", "ÉZ"), ("Cher", "C"),
    ("Иван Петрович Иванов", "ИИ"), ("Νίκος Παπαδόπουλος", "ΝΠ"), ("  (Bob)  Smith ", "BS"),
    ("محمد بن علي", "م" + ZWNJ + "ع"), ("דוד בן גוריון", "ד" + ZWNJ + "ג"), ("", "?"), (" - ", "?"),
    # An Arabic word's article (ال) is not its initial: every al- name would show an alef.
    ("فاطمة الزهراء", "ف" + ZWNJ + "ز"), ("الزهراء بنعلي", "ز" + ZWNJ + "ب"), ("آل", "آ"),
])
def test_initials_for_any_script(name, initial):
    assert initial_of(name) == initial


def test_right_to_left_is_the_name_s_own_direction():
    assert is_rtl("محمد علي") and is_rtl("דוד") and is_rtl("  «محمد»")
    assert not is_rtl("Ana") and not is_rtl("范莉") and not is_rtl("2023") and not is_rtl("")


def test_known_contrasts():
    assert contrast("#ffffff", "#000000") == pytest.approx(21)
    assert contrast("#777777", "#777777") == 1
    assert readable_on("#1f3a93") == "#ffffff"  # white on a dark blue, as before
    assert readable_on("#f2d16b") != "#ffffff"  # dark on a light gold: white would be unreadable
    assert contrast("#ffffff", "#f2d16b") < 4.5


@given(red=st.integers(0, 255), green=st.integers(0, 255), blue=st.integers(0, 255), seed=st.integers(0, 359))
def test_the_initial_is_readable_on_any_disc(red, green, blue, seed):
    disc = disc_colour(f"#{red:02x}{green:02x}{blue:02x}", seed)
    assert contrast(readable_on(disc), disc) >= 4.5


@given(name=st.text(max_size=30))
def test_any_name_has_a_short_initial(name):
    initial = initial_of(name)
    assert initial and len(initial.replace(ZWNJ, "")) <= 2 and initial.strip() == initial


def test_a_person_s_portrait_follows_the_language_shown(tmp_path):
    from tests.worldpack import write_world_pack

    deck = build_deck(load_pack(write_world_pack(tmp_path / "pack", ("en", "zh-Hans", "ar"))))
    shown = {}
    for language in deck.languages:
        gallery = next(v for v in deck.scenes(language) if v["kind"] == "gallery")
        for person in gallery["people"]:
            assert person["initial"] == initial_of(person["name"])
            assert contrast(person["initialColour"], person["discColour"]) >= 4.5
            assert person["rtl"] is is_rtl(person["name"])
            shown[language, person["id"]] = person["initial"]
    assert shown["en", "fan-li"] == "FL" and shown["zh-Hans", "fan-li"] == "范"  # not the Chinese name first
    assert shown["en", "ali"] == "م" + ZWNJ + "ع" and shown["en", "lopez"] == "AL"
