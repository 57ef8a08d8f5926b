"""The audio button: what it says for a step (numbers and units as words), rendered by espeak-ng to a WAV file in
both languages of the bundled pack (not silent, longer text for longer), and the button on the kiosk."""

from __future__ import annotations

import array
import math
import shutil
import subprocess
import wave

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtTest import QTest

from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.qt.kiosk.kiosk import Kiosk
from huzhou_viewer.settings import Settings
from huzhou_viewer.show.speech_text import spoken_numbers, step_text, voice_for
from tests.qtsupport import centre_in_window, find, settle, shown

ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (tools/system-deps.sh)")
RMS_FLOOR = 300  # 16-bit samples; espeak-ng's speech is in the thousands, silence 0


def chart_step(deck, language: str, kind: str) -> tuple[dict, int]:
    for view in deck.scenes(language):
        for i, block in enumerate(view["blocks"]):
            if block["kind"] == "chart" and block["chart"] == kind:
                return view, i + 1
    raise LookupError(kind)


def render(text: str, language: str, path) -> tuple[float, float]:
    """Seconds and RMS of what espeak-ng says for `text`, written to a WAV file."""
    subprocess.run([ESPEAK, "-v", voice_for(language), "-w", str(path), "--stdin"], input=text.encode("utf-8"),
                   check=True, timeout=60)
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2
        frames = wav.readframes(wav.getnframes())
        seconds = wav.getnframes() / wav.getframerate()
    samples = array.array("h", frames)
    return seconds, math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


def phonemes(text: str, language: str) -> str:
    return subprocess.run([ESPEAK, "-q", "-x", "-v", voice_for(language), text], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def test_numbers_are_written_as_the_engine_reads_them():
    assert spoken_numbers("1,200万人次，增长1652%，约0.68万", "zh-Hans") == "1200万人次，增长百分之1652，约0点六八万"
    assert spoken_numbers("over 12,000,000 visits; 1,610 people", "en") == "over 12 million visits; 1,610 people"
    assert spoken_numbers("1.200,5 Mio.", "de") == "1.200,5 Mio."
    assert voice_for("zh-Hant") == voice_for("zh-Hans") == "cmn-latn-pinyin" and voice_for("en-GB") == "en"


def test_a_step_says_the_chart_a_person_and_the_figures_in_the_language_shown(stage):
    deck = stage.controller.deck
    view, step = chart_step(deck, "en", "bars")
    assert "Highest: 2023 (over), 12 million visits." in step_text(view, step, deck.words("en"), "en")
    view, step = chart_step(deck, "zh-Hans", "bars")
    said = step_text(view, step, deck.words("zh-Hans"), "zh-Hans")
    assert "1200万人次" in said and "," not in said
    gallery = next(v for v in deck.scenes("en") if v["kind"] == "gallery")
    person = gallery["people"][0]
    said = step_text(gallery, 1, deck.words("en"), "en")
    assert said == unbroken(f"{person['name']}, {person['role']}. {person['citation']}")  # no soft hyphens said


@needs_espeak
@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_speech_renders_to_a_wav_that_is_not_silent_and_longer_for_more_text(stage, tmp_path, language):
    deck = stage.controller.deck
    view, step = chart_step(deck, language, "bars")
    whole = step_text(view, step, deck.words(language), language)
    title = view["blocks"][step - 1]["title"]
    long_seconds, long_rms = render(whole, language, tmp_path / "whole.wav")
    short_seconds, short_rms = render(title, language, tmp_path / "title.wav")
    assert long_rms > RMS_FLOOR and short_rms > RMS_FLOOR
    assert 0.5 < short_seconds < long_seconds
    assert long_seconds > 2 * short_seconds  # the description is several sentences, the title a few words


@needs_espeak
def test_the_mandarin_voice_says_the_numbers_in_chinese():
    said = phonemes(spoken_numbers("增长1,652%，0.68万人次", "zh-Hans"), "zh-Hans")
    assert "(en)" not in said  # nothing fell back to English ("percent", tone numbers)
    assert "p'ai21" in said and "t'iE21n" in said  # 百(分之), (零)点
    assert "_!_" not in said  # no pause in the middle of 1652


def kiosk_with_speech(stage, clocks, command) -> Kiosk:
    kiosk = Kiosk(stage, Settings(kiosk=True, speech=True), clock=lambda: clocks.now, wall=lambda: clocks.wall,
                  speech_command=command)
    kiosk.start()
    return kiosk


def test_without_an_engine_the_button_is_hidden(stage, clocks):
    kiosk = kiosk_with_speech(stage, clocks, ())
    try:
        assert kiosk.speech is not None and not kiosk.speech.available
        assert stage.view.rootObject().findChild(object, "audioButton") is None
    finally:
        kiosk.release()


def test_the_button_reads_the_step_and_a_move_stops_it(stage, clocks, qtbot, tmp_path):
    # A stand-in engine that keeps on speaking until stopped, and notes the voice it was asked for.
    voice = tmp_path / "voice"
    kiosk = kiosk_with_speech(stage, clocks, ("sh", "-c", f'echo "$@" > {voice}; exec sleep 60', "sh"))
    try:
        settle(stage)
        button = find(stage, "audioButton")
        assert shown(button)
        QTest.mouseClick(stage.view, Qt.LeftButton, Qt.KeyboardModifier.NoModifier,
                         centre_in_window(button).toPoint())
        qtbot.waitUntil(lambda: kiosk.speech.speaking)
        assert (stage.controller.sceneIndex, stage.controller.step) == (0, 0)  # the tap did not also move on
        qtbot.waitUntil(voice.is_file)
        assert voice.read_text().split() == ["-v", voice_for(stage.controller.language)]
        stage.controller.next()
        assert not kiosk.speech.speaking
        kiosk.speech.speak()
        qtbot.waitUntil(lambda: kiosk.speech.speaking)
    finally:
        kiosk.release()
    assert kiosk.speech._process.state() == QProcess.ProcessState.NotRunning


@needs_espeak
def test_the_kiosk_speaks_through_espeak_to_a_file(stage, clocks, qtbot, tmp_path):
    wav = tmp_path / "said.wav"
    kiosk = kiosk_with_speech(stage, clocks, (ESPEAK, "-w", str(wav)))
    try:
        kiosk.speech.speak()
        qtbot.waitUntil(lambda: not kiosk.speech.speaking and wav.is_file(), timeout=20000)
    finally:
        kiosk.release()
    with wave.open(str(wav), "rb") as said:
        assert said.getnframes() / said.getframerate() > 0.5


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_button_stands_under_the_language_switch_on_either_side(qapp, clocks, tmp_path, language):
    """On a mirrored stage the switch is at the top left: the button goes with it, off the heading at the right."""
    from tests.packfactory import FILES, write_pack
    from tests.qtsupport import make_stage, rect_in

    pack = write_pack(tmp_path / "p", {path: text.replace("zh-Hans", "ar") for path, text in FILES.items()})
    stage = make_stage(pack, (1920, 1080), language=language)
    kiosk = kiosk_with_speech(stage, clocks, ("sh", "-c", "exec sleep 60", "sh"))
    try:
        stage.controller.goTo(1, 1)
        settle(stage)
        root = stage.view.rootObject()
        button, switch, title = (rect_in(find(stage, name), root)
                                 for name in ("audioButton", "languageToggle", "compactTitle"))
        assert abs(button.center().x() - switch.center().x()) < switch.width() / 2 + button.width() / 2
        assert not button.intersects(title)
        assert (button.center().x() < root.width() / 2) == (language == "ar")
    finally:
        kiosk.release()
        stage.close()
