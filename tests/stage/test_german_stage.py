"""A German pack on the stage: what the audience reads is German, the program's words and the numbers."""

from __future__ import annotations

from tests.germanpack import write_german_pack
from tests.qtsupport import find, items, make_stage, settle


def _texts(stage) -> set[str]:
    return {str(i.property("text")) for i in items(stage.view.rootObject())
            if i.property("text") is not None and i.isVisible()}


def test_a_german_pack_reads_german_on_the_stage(qapp, tmp_path):
    pack = write_german_pack(tmp_path / "p", "words:\n  source: {de: Herkunft}\n")
    stage = make_stage(pack, (1280, 720))
    try:
        settle(stage)
        stage.controller.goTo(1, 1)
        settle(stage)
        assert find(stage, "value").property("text") == "1.610"
        assert find(stage, "qualifier").property("text") == "über"
        shown = _texts(stage)
        assert "96,5" in shown and "abgeleitet" in shown
        assert stage.controller.words["source"] == "Herkunft"  # the pack's word, over the catalogue's
        assert stage.controller.keyMap[0]["action"] == "Nächster Schritt oder nächste Szene"
    finally:
        stage.close()
