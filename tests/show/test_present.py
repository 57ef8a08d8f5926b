"""What each scene says, decided without Qt: texts in one language, references resolved, derived figures."""

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.show.breaks import clean
from huzhou_viewer.show.present import build_deck, initial_of


def test_every_language_has_every_scene(bundled_pack_dir):
    deck = build_deck(load_pack(bundled_pack_dir))
    for language in deck.languages:
        views = deck.scenes(language)
        assert [v["id"] for v in views] == deck.scene_ids
        assert [v["stepCount"] for v in views] == list(deck.step_counts)
        assert all(v["title"] for v in views)


def test_english_scenes_are_in_english(bundled_pack_dir):
    deck = build_deck(load_pack(bundled_pack_dir))
    assert all(clean(v["title"]).isascii() for v in deck.scenes("en"))
    assert not deck.scenes("zh-Hans")[1]["title"].isascii()


def test_derived_values_are_marked_and_qualifiers_are_words(bundled_pack_dir):
    deck = build_deck(load_pack(bundled_pack_dir))
    blocks = [b for v in deck.scenes("en") for b in v["blocks"]]
    figures = [f for b in blocks if b["kind"] == "figures" for f in b["items"]]
    assert {f["qualifier"] for f in figures} >= {"over"}
    bars = next(b for b in blocks if b["kind"] == "chart" and b["chart"] == "bars")
    derived = [i for i in bars["items"] if i["derived"]]
    assert derived and bars["derivedLabel"].startswith("derived") and bars["note"]


def test_chart_values_are_scaled_to_each_language_s_unit(bundled_pack_dir):
    deck = build_deck(load_pack(bundled_pack_dir))

    def bars(language):
        return next(b for v in deck.scenes(language) for b in v["blocks"] if b.get("chart") == "bars")

    assert [i["value"] for i in bars("zh-Hans")["items"]] == [152, 68, 1200]
    assert [i["value"] for i in bars("en")["items"]] == [1.52, 0.68, 12]
    assert bars("zh-Hans")["unit"] == "万人次" and bars("en")["unit"] == "million visits"


def test_story_people_and_task_areas_are_resolved(bundled_pack_dir):
    deck = build_deck(load_pack(bundled_pack_dir))
    stories = [b for v in deck.scenes("zh-Hans") for b in v["blocks"] if b["kind"] == "story"]
    named = [p for s in stories for p in s["people"]]
    assert named and all(p["name"] and p["initial"] for p in named)
    blocks = [b for b in deck.scenes("zh-Hans")[1]["blocks"] if b["kind"] == "tasks"]  # eight, in two steps of four
    cards = [c for b in blocks for c in b["cards"]]
    assert len(cards) == 8 and len({c["id"] for c in cards}) == 8 and all(c["area"] and c["task"] for c in cards)


def test_a_missing_language_falls_back_to_the_default(bundled_pack_dir):
    deck = build_deck(load_pack(bundled_pack_dir))
    assert deck.language("fr") == deck.default_language == "zh-Hans"
    assert deck.scenes("fr") == deck.scenes("zh-Hans")


def test_generated_portrait_initials():
    assert initial_of("范莉") == "范"
    assert initial_of("Greater Yucun task team") == "GT"  # the first and last words
    assert initial_of("  ") == "?"


def test_a_chart_label_keeps_the_pack_s_kept_run_and_is_described_as_written(tmp_path, bundled_pack_dir):
    import shutil

    from huzhou_viewer.content.loader import load_pack
    from huzhou_viewer.content.marks import WJ
    from huzhou_viewer.show.present import build_deck

    pack = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir, pack)
    summer = pack / "scenes" / "summer.yaml"
    text = summer.read_text(encoding="utf-8")
    summer.write_text(text.replace("label: {zh-Hans: 2019年,", 'label: {zh-Hans: "{{南浔}}2019年",'), encoding="utf-8")
    deck = build_deck(load_pack(pack))
    chart = next(b for v in deck.scenes("zh-Hans") for b in v["blocks"] if b["kind"] == "chart"
                 and b["chart"] == "bars")
    assert chart["items"][0]["label"] == f"南{WJ}浔2019年"  # the chart's wrapping keeps 南浔 on one line
    assert "南浔2019年" in chart["description"] and WJ not in chart["description"]
