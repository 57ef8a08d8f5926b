"""One rule for Chinese text: how wide it stands, and whether a text is Chinese."""

from huzhou_viewer.content.script import display_width, is_chinese
from huzhou_viewer.show.present import initial_of


def test_a_chinese_character_stands_two_letters_wide():
    assert display_width("湖州 2023") == 9
    assert display_width("，") == 2 and display_width("") == 0


def test_chinese_is_ideographs_and_cjk_punctuation_only():
    assert is_chinese("八方各领一重任") and is_chinese("春，夏！")
    assert not is_chinese("") and not is_chinese("春 夏") and not is_chinese("第3个") and not is_chinese("한국")


def test_the_generated_initial_follows_the_same_rule():
    assert initial_of("湖州") == "湖" and initial_of("hu zhou") == "HZ"
