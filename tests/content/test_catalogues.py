"""The program's words in every shipped language: complete catalogues, current .mo files, the fallbacks."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from huzhou_viewer.content import words as labels
from huzhou_viewer.content.words import SOURCE, catalogue_names, untranslated, words

LOCALE = labels.LOCALE_DIR
SHIPPED = ["ar", "de", "en", "es", "fr", "ja", "ko", "zh_Hans", "zh_Hant"]


def _po(name: str):
    with (LOCALE / name / "LC_MESSAGES" / "huzhou_viewer.po").open("rb") as file:
        return read_po(file)


def _entries(catalogue) -> dict[tuple[str, str], str]:
    return {(m.context, m.id): m.string for m in catalogue if m.id}


def test_every_language_the_program_promises_is_shipped():
    assert sorted(labels.available_languages()) == SHIPPED


def test_the_english_catalogue_is_the_source_in_content_words_py():
    """A word added to labels.py without `make locale` would show in English everywhere: caught here."""
    assert {key: english for (key, english) in _entries(_po("en"))} == SOURCE


@pytest.mark.parametrize("name", SHIPPED)
def test_every_catalogue_has_every_word_english_has_and_none_empty(name):
    english = set(_entries(_po("en")))
    entries = _entries(_po(name))
    assert set(entries) == english
    assert [msgid for msgid, text in entries.items() if not text.strip()] == []
    # The placeholders of a message survive translation: "{wanted}" in English is "{wanted}" in German.
    for (key, english_text), text in entries.items():
        assert sorted(_fields(text)) == sorted(_fields(english_text)), (name, key)


def _fields(text: str) -> list[str]:
    import string

    return [field for _, field, _, _ in string.Formatter().parse(text) if field]


@pytest.mark.parametrize("name", SHIPPED)
def test_the_committed_mo_files_are_compiled_from_the_current_po_files(name):
    with (LOCALE / name / "LC_MESSAGES" / "huzhou_viewer.mo").open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    assert {key: compiled.pgettext(key, english) for (key, english) in _entries(_po(name))} == {
        key: text for (key, _), text in _entries(_po(name)).items()}, "run `make locale`"


def test_a_language_reads_its_own_then_its_base_catalogue_then_english():
    assert words("de")["source"] == "Quelle"
    assert words("de-AT")["source"] == "Quelle"
    assert words("fr-CA")["all-categories"] == "Tous"
    assert words("zh")["source"] == "来源"
    assert words("zh-CN")["source"] == "来源"
    assert words("ja")["source"] == "出典"
    assert words("ko")["source"] == "출처"
    assert words("es")["source"] == "Fuente"


@pytest.mark.parametrize("tag", ["zh-TW", "zh-HK", "zh-Hant", "zh-Hant-TW", "zh_TW"])
def test_taiwan_and_hong_kong_get_traditional_characters(tag):
    assert catalogue_names(tag) == ["zh_Hant"]
    shown = words(tag)
    assert shown["search-hint-pinyin"] == "輸入姓名或拼音"
    assert shown["presenter-swap-screens"] == "交換觀眾螢幕與簡報者螢幕"  # Taiwan's words, not the mainland's 屏
    assert shown["pack-fallback"] != words("zh-Hans")["pack-fallback"]


def test_a_language_without_a_catalogue_shows_english_and_says_which_words():
    assert words("sw") == SOURCE
    assert untranslated("sw") == list(SOURCE)
    assert untranslated("de") == untranslated("de-AT") == untranslated("en") == untranslated("en-GB") == []


def test_no_word_of_any_language_is_empty():
    for tag in ["en", "de", "fr", "es", "ja", "ko", "zh-Hans", "zh-Hant", "sw", "x-unknown", ""]:
        assert all(text.strip() for text in words(tag).values()), tag


def test_the_search_hint_names_no_one():
    for name in SHIPPED:
        for (key, _), text in _entries(_po(name)).items():
            if key.startswith("search-hint"):
                assert "fanli" not in text and "fl" not in text.split(), (name, text)


def test_the_catalogues_lie_inside_the_package_so_a_wheel_carries_them():
    assert Path(labels.__file__).resolve().parent.parent in LOCALE.parents
