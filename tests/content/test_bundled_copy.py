"""The bundled pack as an audience reads it: editorial remarks are in the speaker notes, never on a slide."""

import pytest

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.show.present import build_deck
from tests.conftest import BUNDLED_PACK

# What the editors say about the pack itself (its sources, its choices, its placeholders): for the speaker.
EDITORIAL = ["编者", "可编辑文本", "区名待核", "镇名待核", "占位图", "字迹错乱", "editor", "editable pack content",
             "placeholder", "area unconfirmed", "town name unconfirmed", "garbled"]


def shown_texts(value, key=""):
    """Every string of a scene's view data that reaches the stage (the speaker notes do not)."""
    if key == "notes" and isinstance(value, str):
        return
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from shown_texts(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from shown_texts(v, key)


@pytest.fixture(scope="module")
def deck():
    return build_deck(load_pack(BUNDLED_PACK))


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_no_editorial_remark_reaches_the_stage(deck, language):
    found = [(scene["id"], key, text) for scene in deck.scenes(language) for key, text in shown_texts(scene)
             if any(word.lower() in text.lower() for word in EDITORIAL)]
    assert found == []


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_the_speaker_notes_keep_them(deck, language):
    notes = {scene["id"]: scene["notes"] for scene in deck.scenes(language)}
    mark = "编者注" if language == "zh-Hans" else "Editor\u2019s note"
    for season in ("spring", "summer", "autumn", "winter"):
        assert mark in notes[season]
        assert ("对联" if language == "zh-Hans" else "couplet") in notes[season]
    assert ("占位图" if language == "zh-Hans" else "placeholders") in notes["gallery"]
