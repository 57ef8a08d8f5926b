"""The view data's declared shape, and the rules that used to live in QML: counting, scrolls, passages."""

import typing
from pathlib import Path
from typing import TypedDict

import msgspec
import pytest

from huzhou_viewer.content import model
from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.model import CoupletBlock, Figure, StatementBlock
from huzhou_viewer.show import shape, views
from huzhou_viewer.show.breaks import clean
from huzhou_viewer.show.present import ViewBuilder, build_deck
from huzhou_viewer.show.views import DeckData


@pytest.fixture(scope="module")
def pack():
    return load_pack(Path(__file__).resolve().parents[2] / "resources" / "content" / "huzhou-2023")


def figure(pack, value: str) -> views.FigureView:
    return ViewBuilder(pack, "en").figure(Figure(value=value, caption="c"))


def test_a_grouped_number_counts_up_to_its_value_keeping_the_separator(pack):
    tile = figure(pack, "1,610")
    assert (tile["countTo"], tile["countDecimals"], tile["countSeparator"]) == (1610, 0, ",")
    assert (figure(pack, "1610")["countTo"], figure(pack, "1610")["countSeparator"]) == (1610, "")


def test_a_decimal_counts_with_its_decimals(pack):
    tile = figure(pack, "96.5")
    assert (tile["countTo"], tile["countDecimals"]) == (96.5, 1)


@pytest.mark.parametrize("value", ["96.5%", "第3个", "13th", "7万", "1 million", "12,34", "", "１２"])
def test_a_value_that_is_not_a_plain_number_appears_as_written(pack, value):
    tile = figure(pack, value)
    assert tile["countTo"] is None and tile["value"] == value


def couplet(pack, first, second, language="zh-Hans"):
    return ViewBuilder(pack, language).block(CoupletBlock(first=first, second=second))


def test_seven_character_chinese_lines_hang_on_vertical_scrolls(pack):
    assert couplet(pack, "八方各领一重任", "万众同心共此年")["vertical"] is True


def test_english_lines_and_lines_too_long_for_a_scroll_run_across(pack):
    assert couplet(pack, "Eight areas, each takes up one key task", "One city sets out")["vertical"] is False
    assert couplet(pack, "一二三四五六七八九十壹", "一二三四五六七八九十壹")["vertical"] is True
    assert couplet(pack, "一二三四五六七八九十壹贰", "一二三")["vertical"] is False
    assert couplet(pack, "八方各领一重任", "Mixed line")["vertical"] is False


def test_the_bundled_couplets_stand_on_chinese_scrolls_in_every_language_with_a_subtitle_in_english(pack):
    deck = build_deck(pack)

    def couplets(language):
        return [b for s in deck.scenes(language) for b in s["blocks"] if b["kind"] == "couplet"]

    chinese, english = couplets("zh-Hans"), couplets("en")
    assert chinese and all(b["vertical"] and b["bannerRtl"] and not b["translationFirst"] for b in chinese)
    assert [b["first"] for b in english] == [b["first"] for b in chinese]  # the scrolls stay Chinese
    assert all(b["vertical"] and b["translationFirst"] and b["translationSecond"] for b in english)
    assert clean(english[0]["translationFirst"]) == "Eight areas, each takes up one key task"


def test_a_couplet_without_chinese_runs_across_and_its_banner_reads_as_the_pack_says(pack):
    across = couplet(pack, "Eight areas, each takes up one key task", "One city sets out")
    assert (across["vertical"], across["bannerRtl"], across["translationFirst"]) == (False, False, "")
    block = CoupletBlock(first="八方各领一重任", second="四季同看万象新", banner="谋定而动", banner_direction="ltr")
    assert ViewBuilder(pack, "zh-Hans").block(block)["bannerRtl"] is False


def test_a_long_statement_is_a_passage_counting_chinese_characters_twice(pack):
    def passage(text):
        return ViewBuilder(pack, "en").block(StatementBlock(text=text))["passage"]

    assert passage("Green is gold") is False
    assert passage("x" * 110) is False and passage("x" * 111) is True
    assert passage("绿" * 55) is False and passage("绿" * 56) is True


@pytest.mark.parametrize("which, kinds", [
    ("bundled_pack_dir", {"title", "season", "gallery", "closing", "tasks", "story", "figures", "couplet",
                          "statement", "chart"}),
    ("example_pack_dir", {"gallery", "story", "figures", "couplet", "chart"}),
])
def test_every_deck_a_pack_makes_has_the_declared_shape_in_every_language(request, which, kinds):
    deck = build_deck(load_pack(request.getfixturevalue(which)))
    assert shape.problem(deck.data, DeckData) is None
    assert set(deck.data["by_language"]) == set(deck.languages)
    scenes = [s for lang in deck.data["by_language"].values() for s in lang["scenes"]]
    assert {s["kind"] for s in scenes} | {b["kind"] for s in scenes for b in s["blocks"]} >= kinds  # all checked


def test_a_builder_that_emits_an_undeclared_key_or_omits_one_is_caught(pack, monkeypatch):
    original = ViewBuilder.person
    monkeypatch.setattr(ViewBuilder, "person", lambda self, p: {**original(self, p), "nickname": ""})
    assert "has undeclared nickname" in shape.problem(build_deck(pack).data, DeckData)

    monkeypatch.setattr(ViewBuilder, "person", original)
    statement = ViewBuilder.block
    monkeypatch.setattr(ViewBuilder, "block", lambda self, b, i="": {
        k: v for k, v in statement(self, b, i).items() if k != "passage"})
    found = shape.problem(build_deck(pack).data, DeckData)
    assert found.startswith("deck.by_language.") and "StatementBlockView lacks passage" in found


@pytest.mark.parametrize("change, said", [
    (lambda d: d["by_language"]["en"]["scenes"][0].update(stepCount="2"), "'2' is not int"),
    (lambda d: d["by_language"]["en"]["scenes"][0].update(kind="slide"), "no view has kind 'slide'"),
    (lambda d: d["palette"].pop("gold"), "PaletteView lacks gold"),
    (lambda d: d["durations"].append("long"), "'long' is not float or None"),
    (lambda d: d["by_language"]["en"]["scenes"][0]["blocks"].append({"kind": "story"}), "StoryBlockView lacks"),
])
def test_a_deck_of_the_wrong_shape_is_named_where_it_is_wrong(pack, change, said):
    data = msgspec.json.decode(msgspec.json.encode(build_deck(pack).data))
    change(data)
    assert said in shape.problem(data, DeckData)


def test_the_view_kinds_are_the_model_s():
    scene_kinds = {k for tp in typing.get_args(views.AnySceneView) for k in typing.get_args(tp.__annotations__["kind"])}
    assert scene_kinds == set(typing.get_args(model.SceneKind))
    block_kinds = {k for tp in typing.get_args(views.BlockView) for k in typing.get_args(tp.__annotations__["kind"])}
    assert block_kinds == {msgspec.inspect.type_info(tp).tag for tp in typing.get_args(model.Block)}
    chart = views.ChartBlockView.__annotations__
    assert typing.get_args(chart["chart"]) == typing.get_args(model.ChartKind)
    assert typing.get_args(chart["orientation"]) == typing.get_args(model.Orientation)


def test_the_shape_digest_follows_the_fields():
    one, again = TypedDict("Row", {"a": str}), TypedDict("Row", {"a": str})
    added, renamed, retyped = (TypedDict("Row", {"a": str, "b": int}), TypedDict("Row", {"b": str}),
                               TypedDict("Row", {"a": int}))
    assert shape.digest(one) == shape.digest(again)
    assert len({shape.digest(t) for t in (one, added, renamed, retyped)}) == 4


def test_an_attribution_takes_the_dash_its_language_writes(pack):
    from huzhou_viewer.content.model import StatementBlock

    def who(text, language):
        return ViewBuilder(pack, language).block(StatementBlock(text="x", attribution=text))["attribution"]

    assert who("湖州市委书记 陈浩（大意）", "zh-Hans") == "——湖州市委书记 陈浩（大意）"
    assert who("Chen Hao, Huzhou Party Secretary", "en") == "— Chen Hao, Huzhou Party Secretary"
    assert who(None, "en") == ""
