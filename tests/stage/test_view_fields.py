"""The views follow the view data's calls: a couplet's scrolls, a statement's size."""

from tests.qtsupport import items, settle, shown


def step_of(stage, kind, language):
    views = stage.controller.deck.scenes(language)
    return [(i, b + 1, block) for i, v in enumerate(views) for b, block in enumerate(v["blocks"])
            if block["kind"] == kind]


def shown_named(stage, name):
    return [i for i in items(stage.view.rootObject()) if i.objectName() == name and shown(i)]


def test_chinese_couplets_stand_on_scrolls_and_english_ones_run_across(stage):
    for language, upright in (("zh-Hans", True), ("en", False)):
        stage.controller.setLanguage(language)
        index, step, block = step_of(stage, "couplet", language)[0]
        assert block["vertical"] is upright
        stage.controller.goTo(index, step)
        settle(stage)
        (line,) = shown_named(stage, "firstLine")
        assert (line.height() > line.width()) is upright, language


def test_a_passage_is_set_smaller_than_a_slogan(stage):
    stage.controller.setLanguage("en")
    sizes = {}
    for index, step, block in step_of(stage, "statement", "en"):
        stage.controller.goTo(index, step)
        settle(stage)
        texts = [i for i in shown_named(stage, "statementText") if i.property("text") == block["text"]]
        sizes[block["passage"]] = texts[0].property("font").pixelSize()
    assert sizes[True] < sizes[False]
