"""The kiosk's audio button: reads the step on screen aloud in the language shown, through espeak-ng run as a
child process (QProcess: the show never waits for it), to the default audio output (a headphone jack, say).

What it says is show/speech_text.py's; the voice is chosen by language. Speaking stops when the step or the
language changes and when the kiosk goes home. The button (ui/kiosk/AudioButton.qml, `Modes.speech`) is there
only when the setting `speech` is on and espeak-ng is installed.

Signals:
    changed: available, speaking or the button's words changed.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence

from PySide6.QtCore import Property, QObject, QProcess, Signal, Slot

from huzhou_viewer.qt.kiosk.overlay import build_overlay
from huzhou_viewer.qt.stage import qml_types
from huzhou_viewer.show.speech_text import step_text, voice_for

log = logging.getLogger(__name__)
ENGINE = "espeak-ng"


def find_engine() -> tuple[str, ...]:
    """The speech engine's command, or () when it is not installed."""
    found = shutil.which(ENGINE)
    return (found,) if found else ()


class Speech(QObject):
    changed = Signal()

    def __init__(self, stage, command: Sequence[str] | None = None) -> None:
        super().__init__(None)  # the button's bindings read it until the engine goes: the kiosk lets go in release()
        self._stage, self._controller = stage, stage.controller
        self._command = tuple(find_engine() if command is None else command)
        self._process = QProcess(self)
        self._process.stateChanged.connect(self.changed)
        self._process.errorOccurred.connect(self._failed)
        self._controller.positionChanged.connect(self.stop)
        self._controller.languageChanged.connect(self._language_changed)
        self._item = None
        if self._command:
            self._item = self._build()

    @Property(bool, notify=changed)
    def available(self) -> bool:
        return bool(self._command)

    @Property(bool, notify=changed)
    def speaking(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    @Property(str, notify=changed)
    def label(self) -> str:
        words = self._controller.deck.words(self._controller.language)
        return words["audio-stop"] if self.speaking else words["audio"]

    def text(self) -> str:
        """What the button says for the step on screen."""
        controller = self._controller
        view = controller.deck.scenes(controller.language)[controller.sceneIndex]
        return step_text(view, controller.step, controller.deck.words(controller.language), controller.language)

    @Slot()
    def toggle(self) -> None:
        if self.speaking:
            self.stop()
        else:
            self.speak()

    def speak(self) -> None:
        if not self._command:
            return
        self.stop()
        language = self._controller.language
        self._process.start(self._command[0], [*self._command[1:], "-v", voice_for(language)])
        self._process.write(self.text().encode("utf-8"))
        self._process.closeWriteChannel()
        log.debug("speech: reading scene %s step %s aloud (%s)", self._controller.sceneIndex,
                  self._controller.step, language)

    @Slot()
    def stop(self) -> None:
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()
            self._process.waitForFinished(1000)  # killed: it ends at once; the next one must not overlap it

    def release(self) -> None:
        self.stop()
        self._controller.positionChanged.disconnect(self.stop)
        self._controller.languageChanged.disconnect(self._language_changed)
        self._command = ()
        self.changed.emit()

    def _language_changed(self) -> None:
        self.stop()
        self.changed.emit()

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.Crashed:  # a kill reads as a crash
            log.warning("speech: %s could not be run: %s", self._command[:1], self._process.errorString())

    def _build(self):
        qml_types.modes(self._stage.view.engine()).set_speech(self)
        return build_overlay(self._stage.view, "AudioButton", "audio button")
