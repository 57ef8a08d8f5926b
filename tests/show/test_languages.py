"""Another event's pack, in German: the program's words and the numbers are German, and the pack may
supply or override any of the program's words."""

from __future__ import annotations

import pytest

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.validate import validate_pack
from huzhou_viewer.show.labels import SOURCE, key_map_rows
from huzhou_viewer.show.present import build_deck
from tests.germanpack import write_german_pack
from tests.packfactory import line_of


def _deck(folder):
    return build_deck(load_pack(folder))


def _blocks(deck, language, kind):
    return [b for v in deck.scenes(language) for b in v["blocks"] if b["kind"] == kind]


@pytest.fixture
def german(tmp_path):
    return write_german_pack(tmp_path / "freiburg")


def test_a_german_pack_shows_german_program_words(german):
    deck = _deck(german)
    shown = deck.words("de")
    assert (shown["over"], shown["about"], shown["derived"]) == ("über {number}", "etwa {number}", "abgeleitet")
    assert (shown["source"], shown["all-categories"], shown["search"]) == ("Quelle", "Alle", "Suchen")
    assert shown["back-to-grid"] == "Alle Geehrten"
    figures = _blocks(deck, "de", "figures")[0]["items"]
    assert figures[0]["qualifier"] == "über" and figures[0]["sourceLabel"] == "Quelle"
    assert figures[1]["derivedLabel"] == "abgeleitet"
    gallery = deck.scenes("de")[2]
    assert gallery["allLabel"] == "Alle" and _blocks(deck, "de", "chart")[0]["sourceLabel"] == "Quelle"
    rows = key_map_rows("de", 3, texts=shown)
    assert rows[0]["action"] == "Nächster Schritt oder nächste Szene"
    assert not any(row["action"] in SOURCE.values() for row in rows)


def test_the_search_hint_names_no_one_and_speaks_of_pinyin_only_for_a_chinese_pack(german, bundled_pack_dir):
    assert _deck(german).words("de")["search-hint"] == "Einen Namen eingeben"
    huzhou = _deck(bundled_pack_dir)
    assert huzhou.words("en")["search-hint"] == "Type a name or its pinyin"
    assert "fanli" not in huzhou.words("zh-Hans")["search-hint"]


def test_german_figures_are_written_with_german_marks_and_count_up_with_them(german):
    big, share = _blocks(_deck(german), "de", "figures")[0]["items"]
    assert big["value"] == "1.610"
    assert (big["countTo"], big["countDecimals"], big["countSeparator"]) == (1610, 0, ".")
    assert share["value"] == "96,5"
    assert (share["countTo"], share["countDecimals"], share["countDecimalMark"]) == (96.5, 1, ",")


def test_the_same_figure_stays_english_in_an_english_pack(tmp_path):
    from tests.packfactory import SPRING_YAML, write_pack

    spring = SPRING_YAML.replace('value: "38"', 'value: "1,610"')
    deck = _deck(write_pack(tmp_path / "p", {"scenes/spring.yaml": spring}))
    story = _blocks(deck, "en", "story")[0]
    assert story["figures"][0]["value"] == "1,610" and story["figures"][0]["countSeparator"] == ","


def test_a_year_is_not_grouped(tmp_path):
    pack = write_german_pack(tmp_path / "p", files={"scenes/fruehling.yaml": _fruehling('"2024"', '"96.5"')})
    assert _blocks(_deck(pack), "de", "figures")[0]["items"][0]["value"] == "2024"


def test_a_german_chart_writes_german_numbers(german):
    from huzhou_viewer.charts import ChartTheme, figure_for, register_fonts
    from huzhou_viewer.resources import font_files

    chart = _blocks(_deck(german), "de", "chart")[0]
    assert chart["numbers"] == {"group": ".", "decimal": ",", "percent": "{}\u00a0%"}
    register_fonts(font_files())
    theme = ChartTheme(background="#101418", surface="#1C2228", text="#F2F2F2", muted="#9AA4AE",
                       accent="#C8102E", gold="#D4AF37")
    fig = figure_for(chart, theme, 800, 450)
    texts = {t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))}
    assert {"1.610", "1.205,5", "640"} <= texts, texts


@pytest.mark.parametrize("language, word, before, after", [
    ("ja", "over", "", "以上"), ("ja", "about", "約", ""), ("ko", "over", "", " 이상"), ("zh-Hans", "over", "超", ""),
    ("fr", "over", "plus de", ""), ("ar", "about", "نحو", "")])
def test_a_qualifier_stands_before_or_after_its_number_as_the_language_puts_it(language, word, before, after):
    from huzhou_viewer.show.labels import qualifier_fields, words

    assert qualifier_fields(words(language)[word]) == {"qualifier": before, "qualifierAfter": after}


def test_a_pack_word_wins_over_the_catalogue(tmp_path):
    pack = write_german_pack(tmp_path / "p", 'words:\n  source: {de: Herkunft}\n  over: mehr als\n')
    deck = _deck(pack)
    assert deck.words("de")["source"] == "Herkunft" and deck.words("de")["over"] == "mehr als"
    big = _blocks(deck, "de", "figures")[0]["items"][0]
    assert (big["sourceLabel"], big["qualifier"]) == ("Herkunft", "mehr als")
    assert deck.words("de")["derived"] == "abgeleitet"  # the words it leaves out are the catalogue's
    assert [p for p in validate_pack(pack)] == []


def test_an_unknown_word_key_is_an_error_that_says_what_was_meant(tmp_path):
    pack = write_german_pack(tmp_path / "p", "words:\n  sorce: {de: Herkunft}\n")
    errors = [p for p in validate_pack(pack) if p.is_error]
    assert len(errors) == 1
    assert "unknown word 'sorce'" in str(errors[0]) and "did you mean 'source'" in str(errors[0])
    assert f"pack.yaml:{line_of(pack, 'pack.yaml', 'sorce')}:" in str(errors[0])


def test_a_language_without_a_catalogue_shows_english_words_and_validate_says_so_once(tmp_path):
    pack = write_german_pack(tmp_path / "p", languages="[de, sw]")
    deck = _deck(pack)
    assert deck.words("sw")["source"] == "Source" and all(deck.words("sw").values())
    warnings = [str(p) for p in validate_pack(pack) if not p.is_error and "program has no words" in str(p)]
    assert len(warnings) == 1
    assert "'sw'" in warnings[0] and "back-to-grid" in warnings[0] and "source" in warnings[0]
    assert f"{len(SOURCE)} of {len(SOURCE)}" in warnings[0]


def test_pack_words_make_the_warning_shorter(tmp_path):
    pack = write_german_pack(tmp_path / "p", "words:\n  source: {sw: Chanzo}\n", languages="[de, sw]")
    assert _deck(pack).words("sw")["source"] == "Chanzo"
    warning = next(str(p) for p in validate_pack(pack) if "program has no words" in str(p))
    assert f"{len(SOURCE) - 1} of {len(SOURCE)}" in warning and " source," not in warning


def _fruehling(first: str, second: str) -> str:
    from tests.germanpack import FRUEHLING_YAML

    return FRUEHLING_YAML.replace('"1,610"', first).replace('"96.5"', second)


@pytest.mark.parametrize("written", ['"1,652%"', '"\uff11\uff12\uff10\uff10"'])
def test_a_number_no_language_can_format_is_shown_as_written_and_validate_says_how_to_write_it(tmp_path, written):
    pack = write_german_pack(tmp_path / "p", files={"scenes/fruehling.yaml": _fruehling(written, '"96.5"')})
    value = _blocks(_deck(pack), "de", "figures")[0]["items"][0]
    assert value["value"] == written.strip('"') and value["countTo"] is None
    line = line_of(pack, "scenes/fruehling.yaml", written)
    warnings = [str(p) for p in validate_pack(pack) if "shown as written" in str(p)]
    assert len(warnings) == 1 and f"fruehling.yaml:{line}:" in warnings[0] and "1,610 or 96.5" in warnings[0]
