"""The views follow the view data's calls: a couplet's scrolls, a statement's size."""

from tests.qtsupport import items, settle, shown


def step_of(stage, kind, language):
    views = stage.controller.deck.scenes(language)
    return [(i, b + 1, block) for i, v in enumerate(views) for b, block in enumerate(v["blocks"])
            if block["kind"] == kind]


def shown_named(stage, name):
    return [i for i in items(stage.view.rootObject()) if i.objectName() == name and shown(i)]


def test_couplets_stand_on_scrolls_with_the_english_as_a_subtitle_never_as_buttons(stage):
    for language in ("zh-Hans", "en"):
        stage.controller.setLanguage(language)
        index, step, block = step_of(stage, "couplet", language)[0]
        stage.controller.goTo(index, step)
        settle(stage)
        (upper,) = shown_named(stage, "firstLine")
        (lower,) = shown_named(stage, "secondLine")
        assert upper.height() > upper.width() and lower.height() > lower.width(), language
        assert upper.x() > lower.x(), "the upper line hangs on the right"
        subtitles = [i.property("text") for i in shown_named(stage, "coupletTranslation")]
        assert subtitles == ([] if language == "zh-Hans" else [block["translationBanner"], block["translationFirst"],
                                                                block["translationSecond"]])


def test_the_banner_reads_right_to_left_over_chinese_scrolls(stage):
    index, step, block = step_of(stage, "couplet", "zh-Hans")[0]
    stage.controller.goTo(index, step)
    settle(stage)
    glyphs = sorted(shown_named(stage, "bannerGlyph"), key=lambda g: -g.mapToScene(g.boundingRect().center()).x())
    assert "".join(g.property("text") for g in glyphs) == block["banner"]


def test_a_passage_is_set_smaller_than_a_slogan(stage):
    stage.controller.setLanguage("en")
    sizes = {}
    for index, step, block in step_of(stage, "statement", "en"):
        stage.controller.goTo(index, step)
        settle(stage)
        texts = [i for i in shown_named(stage, "statementText") if i.property("text") == block["text"]]
        sizes[block["passage"]] = texts[0].property("font").pixelSize()
    assert sizes[True] < sizes[False]
