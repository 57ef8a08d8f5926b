"""Texts the stage wraps carry the characters that make Qt break them well; everything else reads them clean."""

from __future__ import annotations

from pathlib import Path

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.marks import NBSP, SHY, WJ, ZWSP, strip_marks
from huzhou_viewer.show.breaks import clean, prepare
from huzhou_viewer.show.present import ViewBuilder, build_deck
from tests.packfactory import OPENING_YAML, PEOPLE_YAML, SPRING_YAML, write_pack


def test_a_long_german_compound_gets_soft_hyphens_where_the_dictionary_allows():
    shown = prepare("Die Kreislaufwirtschaft", "de", "heading")
    assert shown == f"Die Kreis{SHY}lauf{SHY}wirt{SHY}schaft"
    assert clean(shown) == "Die Kreislaufwirtschaft"


def test_running_text_hyphenates_shorter_words_than_a_heading_does():
    assert SHY in prepare("Wasserversorgung", "de", "body")
    assert prepare("Die Stadtwerke", "de", "heading") == f"Die{NBSP}Stadtwerke"  # 10 letters: kept whole


def test_no_part_of_a_hyphenated_word_is_a_single_letter():
    # LibreOffice's German patterns allow "Kreis-l-auf"; a one-letter line would be worse than none.
    parts = prepare("Kreislaufwirtschaft", "de", "body").split(SHY)
    assert min(len(p) for p in parts) >= 2


def test_languages_without_a_dictionary_and_acronyms_are_left_alone():
    assert SHY not in prepare("Nachhaltigkeitsbericht", "zh-Hans", "body")
    assert prepare("UNESCOWELTERBE", "de", "body") == "UNESCOWELTERBE"


def test_a_heading_never_ends_on_one_word_or_one_or_two_chinese_characters():
    assert prepare("That was a good choice.", "en", "heading") == f"That was a good{NBSP}choice."
    assert prepare("绿水青山就是金山银山", "zh-Hans", "heading") == f"绿水青山就是金山{WJ}银{WJ}山"
    assert prepare("湖州的发展为什么。", "zh-Hans", "quote").endswith(f"为{WJ}什{WJ}么{WJ}。")


def test_a_hyphenated_last_word_does_not_leave_its_last_part_alone():
    shown = prepare("Foire d'automne de Pont-aux-Lanternes", "fr", "heading")
    assert shown.endswith(f"Pont-aux-{WJ}Lanternes") and clean(shown) == "Foire d'automne de Pont-aux-Lanternes"


def test_two_last_words_too_long_to_join_stay_apart():
    # Joined, they could not wrap, and would break anywhere on a narrow screen.
    assert NBSP not in prepare("Winter: look at the transformation", "en", "heading")


def test_running_text_keeps_its_own_ending():
    assert NBSP not in prepare("It was a good choice.", "en", "body")


def test_the_packs_marks_keep_a_run_together_or_allow_a_break():
    assert prepare("在{{湖州}}工作", "zh-Hans", "body") == f"在湖{WJ}州工作"
    assert prepare("{{New York}} is big today", "en", "body") == f"New{NBSP}York is big today"
    assert prepare("Stadt{{|}}werke", "de", "label") == f"Stadt{SHY}werke"
    assert prepare("青山{{|}}绿水", "zh-Hans", "body") == f"青山{ZWSP}绿水"


def test_a_brace_that_is_no_mark_is_text():
    for text in ("{x}", "{{ not closed", "a }} b", "{{}}"):
        assert strip_marks(text) == text
        assert clean(prepare(text, "en", "body")) == text


def test_the_stage_reads_prepared_texts_and_everything_else_the_clean_ones(tmp_path):
    opening = OPENING_YAML.replace("  en: A year in Huzhou", "  en: A year in {{Huzhou city}}")
    opening = opening.replace("notes: {en: Welcome everyone.", "notes: {en: 'Welcome {{every|one}}.'")
    people = PEOPLE_YAML.replace("name: {en: Li Ming, zh-Hans: 李明}", "name: {en: '{{Li Ming}}', zh-Hans: 李明}")
    spring = SPRING_YAML.replace("title: {en: Spring,", "title: {en: 'Spring {{is here}}',")
    pack = load_pack(write_pack(tmp_path / "p", {"scenes/opening.yaml": opening, "people.yaml": people,
                                                  "scenes/spring.yaml": spring}))
    deck = build_deck(pack)
    title = deck.scenes("en")[0]["title"]
    assert "{{" not in title and NBSP in title and clean(title) == "A year in Huzhou city"
    spring = deck.scenes("en")[1]
    assert spring["label"] == "Spring is here" and spring["title"] == f"Spring is{NBSP}here"  # the bar's: as written
    assert deck.scenes("en")[0]["notes"] == "Welcome every|one."  # speaker notes are read, not laid out here
    assert ViewBuilder(pack, "en").text(pack.people.people[0].name) == "Li Ming"  # what search reads


def test_a_name_breaks_only_inside_a_word_too_long_for_a_card_and_search_reads_it_whole(tmp_path):
    people = PEOPLE_YAML.replace("name: {en: Li Ming, zh-Hans: 李明}", "name: {en: Петров Константинопольский}")
    pack = load_pack(write_pack(tmp_path / "p", {"people.yaml": people}))
    story = next(block for block in build_deck(pack).scenes("en")[1]["blocks"] if block["kind"] == "story")
    shown = story["people"][0]["name"]
    assert shown.startswith("Петров Кон") and SHY in shown  # by the Russian dictionary, on an English screen
    assert clean(shown) == "Петров Константинопольский"
    assert story["people"][0]["initial"] == "ПК"
    assert story["figures"][0]["value"] == "38"  # numbers are never prepared


def test_what_is_read_aloud_or_described_has_no_break_characters(tmp_path):
    from huzhou_viewer.show.labels import shown_words
    from huzhou_viewer.show.speech_text import step_text

    spring = SPRING_YAML.replace("title: {en: Spring,", "title: {en: 'Spring in the Kreislaufwirtschaftsgebiet',")
    deck = build_deck(load_pack(write_pack(tmp_path / "p", {"scenes/spring.yaml": spring})))
    scene = deck.scenes("en")[1]
    assert SHY in scene["title"]  # the stage's text has them...
    said = step_text(scene, 0, shown_words("en", ["en"], {}), "en")
    assert "Kreislaufwirtschaftsgebiet" in said and not any(ch in said for ch in (SHY, WJ, NBSP, ZWSP))
    example = build_deck(load_pack(Path(__file__).resolve().parents[2] / "docs" / "example-pack"))
    charts = [b for s in example.scenes("en") for b in s["blocks"] if b["kind"] == "chart"]
    assert any(NBSP in chart["title"] for chart in charts)  # "Visits, last year and this": its ending kept whole
    assert all(chart["description"] and not any(ch in chart["description"] for ch in (SHY, WJ, NBSP, ZWSP))
               for chart in charts)
