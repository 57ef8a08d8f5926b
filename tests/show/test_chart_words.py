"""A chart said in words: what a listener who cannot see the chart is told, in each language of the pack."""

from __future__ import annotations

import shutil

import pytest

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.show.chart_words import describe_chart
from huzhou_viewer.show.labels import words
from huzhou_viewer.show.numbers import number_style
from huzhou_viewer.show.present import build_deck


@pytest.fixture(scope="module")
def charts() -> dict[tuple[str, str], dict]:
    from huzhou_viewer import resources

    deck = build_deck(load_pack(resources.bundled_pack()))
    return {(language, block["chart"]): block for language in deck.languages
            for view in deck.scenes(language) for block in view["blocks"] if block["kind"] == "chart"}


def test_bars_say_what_they_compare_the_highest_and_lowest_and_what_is_derived_in_english(charts):
    text = charts[("en", "bars")]["description"]
    assert text.startswith("Visitors to Nanxun Ancient Town: a bar chart comparing 3 values.")
    assert "Highest: 2023 (over), 12 million visits." in text
    assert "Lowest: 2022, 0.68 million visits." in text
    assert text.endswith("Derived, computed from the stated figures: 2019 and 2022.")


def test_bars_are_described_in_chinese_with_chinese_units_and_lists(charts):
    text = charts[("zh-Hans", "bars")]["description"]
    assert text.startswith("南浔古镇游客：柱状图，比较3项数值。")
    assert "最高：2023年（超），1,200万人次。" in text
    assert "最低：2022年，68万人次。" in text
    assert "推算值（由公布数字计算得出）：2019年和2022年。" in text
    assert " " not in text.replace("（超）", "")  # Chinese sentences run on without spaces


def test_milestones_say_the_first_and_the_last_in_days_from_the_start(charts):
    assert charts[("en", "milestones")]["description"] == (
        "Fangzheng Motor: ground-breaking to production: a timeline of 3 milestones, in days from Ground-breaking. "
        "First: Equipment in, after 56 days. Last: First product off the line, after 191 days.")
    assert "最先：设备进场，第56天。最后：首件产品下线，第191天。" in charts[("zh-Hans", "milestones")]["description"]


def test_a_share_says_its_part(charts):
    assert charts[("en", "share")]["description"].endswith("(unconfirmed), 70.6%.")
    assert "占70.6%" in charts[("zh-Hans", "share")]["description"]


def test_numbers_are_written_in_the_language_s_marks():
    chart = {"chart": "bars", "title": "Besucher", "unit": "Mio.", "numbers": number_style("de"),
             "items": [{"label": "2019", "value": 1.52, "derived": True}, {"label": "2023", "value": 1200.5}]}
    text = describe_chart(chart, words("de"), "de")
    assert "Höchster Wert: 2023, 1.200,5 Mio." in text
    assert "Niedrigster Wert: 2019, 1,52 Mio." in text
    assert "Abgeleitet" in text


def test_one_bar_has_a_highest_but_no_lowest_and_a_chart_without_items_says_nothing():
    one = {"chart": "bars", "title": "T", "unit": "%", "items": [{"label": "a", "value": 5}]}
    assert "Highest: a, 5%." in describe_chart(one, words("en"))
    assert "Lowest" not in describe_chart(one, words("en"))
    assert describe_chart({"chart": "bars", "title": "T", "items": []}, words("en")) == ""


def test_a_pack_s_own_description_wins_in_each_language(tmp_path, bundled_pack_dir):
    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    summer = pack / "scenes" / "summer.yaml"
    text = summer.read_text(encoding="utf-8")
    text = text.replace("    chart: bars\n", "    chart: bars\n    description: {zh-Hans: 游客增长了十倍。, "
                        "en: \"Visits grew tenfold.\"}\n", 1)
    summer.write_text(text, encoding="utf-8")
    deck = build_deck(load_pack(pack))
    found = {language: block["description"] for language in deck.languages for view in deck.scenes(language)
             for block in view["blocks"] if block["kind"] == "chart" and block["chart"] == "bars"}
    # The pack's own text in its languages; Traditional Chinese made from the Simplified one.
    assert found == {"zh-Hans": "游客增长了十倍。", "en": "Visits grew tenfold.", "zh-Hant": "遊客增長了十倍。"}


def test_a_translator_s_word_without_a_field_never_stops_a_description():
    odd = {**words("en"), "chart-highest": "Top {oops}: {label}."}
    chart = {"chart": "bars", "title": "T", "unit": "", "items": [{"label": "a", "value": 1}]}
    assert "Top {oops}: a." in describe_chart(chart, odd)
