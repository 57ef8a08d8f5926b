"""What the presenter's console binds to (`Modes.console` in QML): timers, notes, now and next, auto-advance
(auto_advance.py) and the overview. Its keys are in console_keys.py, what it says in console_texts.py.

Time comes from injected clocks (`clock`: monotonic seconds; `wall`: epoch seconds), so tests move it by hand
and call tick(). Everything the console shows about the position follows the audience's next frame (not the
key press), so the console never draws before the audience sees a move.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QWindow

from huzhou_viewer.qt.presenter import console_texts as texts
from huzhou_viewer.qt.presenter.auto_advance import AutoAdvance
from huzhou_viewer.qt.presenter.console_texts import (  # getters by name: the QML type dump reads them
    read_auto_left,
    read_clock,
    read_elapsed,
    read_fraction,
    read_over,
    read_planned,
    read_rehearsal,
    read_running,
    read_spent,
)
from huzhou_viewer.qt.presenter.miniatures import Miniatures, store_for
from huzhou_viewer.qt.presenter.rehearsal_record import save_quietly, spent_per_scene
from huzhou_viewer.qt.stage.controller import ShowController
from huzhou_viewer.show import rehearsal
from huzhou_viewer.show.labels import presenter_key_rows
from huzhou_viewer.show.overview import Overview
from huzhou_viewer.show.timer import SceneTimes, Stopwatch, planned

TICK_MS = 250
FOLLOW_MS = 120  # the console follows a move at the latest this long after it, even when no frame came
SAVE_DELAY_MS = 1500  # rehearsal records are written a moment after a scene change, never on the key path


class ConsoleController(QObject):
    """Signals:
        consoleChanged: the position (or language) the console shows changed, after the audience's frame.
        timesChanged: a clock, timer or scene time moved on (at most a few times a second).
        autoChanged, overviewChanged, consoleVisibleChanged, messageChanged, notesSizeChanged, rowsChanged.
        consoleRequest(bool): the console window should be shown (True) or hidden.
        swapRequest: the audience and the console should change screens.
        picturesChanged: a new miniature was kept.
    """

    consoleChanged = Signal()
    timesChanged = Signal()
    autoChanged = Signal()
    overviewChanged = Signal()
    consoleVisibleChanged = Signal()
    messageChanged = Signal()
    notesSizeChanged = Signal()
    rowsChanged = Signal()
    picturesChanged = Signal()
    consoleRequest = Signal(bool)
    swapRequest = Signal()

    def __init__(self, controller: ShowController, audience: QWindow, miniatures: Miniatures,
                 scene_seconds: float = 30.0, loop: bool = False, rehearsal_file: Path | None = None,
                 clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time,
                 pictures_root: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller, self._audience, self._miniatures = controller, audience, miniatures
        self._pictures_root = pictures_root
        miniatures.use_store(store_for(pictures_root, controller.deck) if pictures_root else None)
        self._scene_seconds = scene_seconds
        self._rehearsal_file = rehearsal_file
        self._clock, self._wall = clock, wall
        self._watch = Stopwatch()
        self._times = SceneTimes.empty(controller.sceneCount, controller.sceneIndex)
        self._last_run = rehearsal.load(rehearsal_file, controller.deck.pack_id) if rehearsal_file else {}
        self._auto = AutoAdvance(controller, scene_seconds, loop, clock, parent=self)
        self._auto.changed.connect(self.autoChanged)
        self._auto.player.due.connect(self.tick)
        self._overview: Overview | None = None
        self._console_visible = False
        self._notices: list = []
        self._notes_size = texts.DEFAULT_NOTES_SIZE
        self._serial = 0
        self._shown = texts.Shown.of(self._controller)
        self._texts: dict[str, Any] = {}
        self._follow_pending = False

        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self._follow = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._follow.timeout.connect(self._catch_up)
        self._saver = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._saver.timeout.connect(self.save_rehearsal)

        self._links = [(controller.positionChanged, self._on_position), (controller.languageChanged, self._on_language),
                       (controller.packChanged, self._on_pack), (controller.blankingChanged, self._on_blanking),
                       (controller.settledChanged, self.keep_picture), (audience.frameSwapped, self._catch_up)]
        for signal, slot in self._links:
            signal.connect(slot)
        self._update_texts()

    # Console window ------------------------------------------------------------------------------------

    @Property(bool, notify=consoleVisibleChanged)
    def consoleVisible(self) -> bool:
        return self._console_visible

    def set_console_visible(self, visible: bool) -> None:
        if not visible:
            self.closeOverview()  # an overview nobody sees must not keep the arrow keys
        if visible != self._console_visible:
            self._console_visible = visible
            self.consoleVisibleChanged.emit()

    @Slot()
    def toggleConsole(self) -> None:
        self.consoleRequest.emit(not self._console_visible)

    def _get_message(self) -> str:
        return "; ".join(notice.text(self._shown.language) for notice in self._notices)

    def set_notices(self, notices) -> None:
        """Say these (objects with a text(language) method, such as a screen that is missing) on the
        console, in the language shown; an empty list clears it."""
        self._notices = list(notices)
        self.messageChanged.emit()

    message = Property(str, _get_message, notify=messageChanged)

    # Position, as the console shows it -----------------------------------------------------------------

    def _on_position(self) -> None:
        now = self._clock()
        controller = self._controller
        by_hand = not self._auto.player.moving
        if not self._watch.running and by_hand and self._watch.elapsed(now) == 0:
            self._watch = self._watch.start(now)  # the talk starts with the first move
        self._times = self._times.move(controller.sceneIndex, self._watch.elapsed(now))
        if by_hand:
            self._auto.follow()
        if self._overview is not None:
            self._overview = self._overview.select(controller.sceneIndex)
            self.overviewChanged.emit()
        if self._watch.running:
            self._saver.start()
        self._follow_pending = True
        self._follow.start()

    def _catch_up(self) -> None:
        """The audience has drawn its frame (or the fallback timer ran out): now the console may follow."""
        if not self._follow_pending:
            return
        self._follow_pending = False
        self._follow.stop()
        self._shown = texts.Shown.of(self._controller)
        self._update_texts()
        self.consoleChanged.emit()
        self.picturesChanged.emit()

    def _on_language(self) -> None:
        self._shown = texts.Shown.of(self._controller)
        self._serial += 1
        self.rowsChanged.emit()
        self.consoleChanged.emit()
        self.picturesChanged.emit()
        self.messageChanged.emit()
        self._update_texts()

    def _on_pack(self) -> None:
        root = self._pictures_root
        self._miniatures.use_store(store_for(root, self._controller.deck) if root else None)
        self._times = SceneTimes.empty(self._controller.sceneCount, self._controller.sceneIndex)
        self._times = replace(self._times, entered=self._watch.elapsed(self._clock()))
        self._auto.replan()
        self._on_language()

    def keep_picture(self) -> None:
        """Keep a miniature of what the audience shows now (at the start; later, after every settled move)."""
        controller = self._controller
        scene, step = controller.settledScene, controller.settledStep
        if controller.blackout or controller.whiteout or controller.helpVisible or not self._audience.isVisible():
            return  # the audience sees no scene now: keep what was grabbed before
        if (scene, step) != (controller.sceneIndex, controller.step):
            return
        self._miniatures.keep(controller.language, scene, step, self._audience.grabWindow())
        self._serial += 1
        self.picturesChanged.emit()

    def _view(self, scene: int) -> dict[str, Any]:
        return self._controller.deck.scenes(self._shown.language)[scene]

    @Property(int, notify=consoleChanged)
    def sceneIndex(self) -> int:
        return self._shown.scene

    @Property(int, notify=consoleChanged)
    def step(self) -> int:
        return self._shown.step

    @Property(str, notify=consoleChanged)
    def nowCaption(self) -> str:
        scene, step, _ = self._shown
        count = self._controller.deck.step_counts[scene]
        return f"{scene + 1}. {texts.step_caption(self._view(scene), step)}  ({step + 1}/{count})"

    def _next_position(self) -> tuple[int, int] | None:
        return texts.next_position(self._controller.state, self._shown.scene, self._shown.step)

    @Property(str, notify=consoleChanged)
    def nextCaption(self) -> str:
        position = self._next_position()
        if position is None:
            return self._controller.deck.words(self._shown.language)["console-end"]
        scene, step = position
        return f"{scene + 1}. {texts.step_caption(self._view(scene), step)}"

    @Property(str, notify=consoleChanged)
    def notes(self) -> str:
        words = self._controller.deck.words(self._shown.language)
        return texts.notes_with_chart(self._view(self._shown.scene), self._shown.step, words)

    def _url(self, scene: int, step: int | str) -> str:
        return f"image://miniature/{self._shown.language}/{scene}/{step}/{self._serial}"

    @Property(str, notify=picturesChanged)
    def nowPicture(self) -> str:
        scene, step, language = self._shown
        return self._url(scene, step) if self._miniatures.has(language, scene, step) else ""

    @Property(str, notify=picturesChanged)
    def nextPicture(self) -> str:
        position = self._next_position()
        if position is None or not self._miniatures.has(self._shown.language, *position):
            return ""
        return self._url(*position)

    @Property(int, notify=picturesChanged)
    def pictureSerial(self) -> int:
        return self._serial

    @Slot(int, result=str)
    def scenePicture(self, scene: int) -> str:
        return self._url(scene, "any") if self._miniatures.has(self._shown.language, scene) else ""

    @Property("QVariantList", notify=rowsChanged)
    def sceneRows(self) -> list[dict[str, Any]]:
        return texts.scene_rows(self._controller.deck, self._shown.language, self._scene_seconds, self._last_run)

    @Property("QVariantList", notify=rowsChanged)
    def keyRows(self) -> list[dict[str, str]]:
        return presenter_key_rows(self._shown.language, self._controller.deck.words(self._shown.language))

    # Timers --------------------------------------------------------------------------------------------

    @Slot()
    def tick(self) -> None:
        """Move the clocks on; let auto-advance move the show when its time has come."""
        now = self._clock()
        if self._auto.on:
            self._auto.advance(now)
        if not self._follow_pending:  # else the audience has a move to draw first; the console follows it
            self._update_texts()

    def _update_texts(self) -> None:
        now = self._clock()
        deck, scene = self._controller.deck, self._controller.sceneIndex
        said = texts.clock_texts(self._wall(), self._watch, self._watch.elapsed(now), self._times, scene,
                                 planned(deck.durations, self._scene_seconds)[scene],
                                 self._last_run.get(deck.scene_ids[scene]), self._auto.left_text(now))
        if said != self._texts:
            self._texts = said
            self.timesChanged.emit()

    # What the clocks say, as _update_texts last put it.
    clockText = Property(str, read_clock, notify=timesChanged)
    elapsedText = Property(str, read_elapsed, notify=timesChanged)
    timerRunning = Property(bool, read_running, notify=timesChanged)
    sceneSpentText = Property(str, read_spent, notify=timesChanged)
    scenePlannedText = Property(str, read_planned, notify=timesChanged)
    sceneOver = Property(bool, read_over, notify=timesChanged)
    sceneFraction = Property(float, read_fraction, notify=timesChanged)
    rehearsalText = Property(str, read_rehearsal, notify=timesChanged)
    autoLeftText = Property(str, read_auto_left, notify=timesChanged)

    @Slot()
    def toggleTimer(self) -> None:
        self._watch = self._watch.toggle(self._clock())
        self._update_texts()

    @Slot()
    def resetTimer(self) -> None:
        self._watch = Stopwatch()
        self._times = SceneTimes.empty(self._controller.sceneCount, self._controller.sceneIndex)
        self._update_texts()

    def spent(self) -> dict[str, float]:
        """Seconds spent per scene id in this run (scenes never shown are left out)."""
        return spent_per_scene(self._times, self._watch.elapsed(self._clock()), self._controller.deck.scene_ids)

    @Slot()
    def save_rehearsal(self) -> None:
        if self._rehearsal_file is not None:
            save_quietly(self._rehearsal_file, self._controller.deck.pack_id, self.spent())

    # Auto-advance --------------------------------------------------------------------------------------

    @Property(str, notify=autoChanged)
    def autoState(self) -> str:
        return self._auto.state

    @Slot()
    def toggleAuto(self) -> None:
        """Off -> on; on -> paused; paused -> on again with the time the step had left."""
        now = self._clock()
        if self._auto.toggle() and not self._watch.running and self._watch.elapsed(now) == 0:
            self._watch = self._watch.start(now)
        self._update_texts()

    def _on_blanking(self) -> None:
        # A blank screen holds the show: auto-advance waits (paused) until the presenter resumes it.
        if (self._controller.blackout or self._controller.whiteout) and self._auto.state == "on":
            self.toggleAuto()

    # Overview ------------------------------------------------------------------------------------------

    @Property(bool, notify=overviewChanged)
    def overviewOpen(self) -> bool:
        return self._overview is not None

    @Property(int, notify=overviewChanged)
    def overviewSelected(self) -> int:
        return self._overview.selected if self._overview else -1

    @Property(str, notify=overviewChanged)
    def overviewTyped(self) -> str:
        return self._overview.typed if self._overview else ""

    @Slot()
    def openOverview(self) -> None:
        self._overview = Overview(self._controller.sceneCount, columns=4, selected=self._controller.sceneIndex)
        self.overviewChanged.emit()
        if not self._console_visible:
            self.consoleRequest.emit(True)  # the overview lives on the console

    def overview_key(self, name: str) -> None:
        """A navigation key or a typed digit in the open overview (show/overview.py); Return jumps."""
        overview, go = self._overview.key(name)
        self._overview = overview
        if go is not None:
            self.overviewJump(go)
        else:
            self.overviewChanged.emit()

    @Slot()
    def closeOverview(self) -> None:
        if self._overview is not None:
            self._overview = None
            self.overviewChanged.emit()

    @Slot(int)
    def overviewJump(self, scene: int) -> None:
        self._overview = None
        self.overviewChanged.emit()
        self._controller.jump(scene)

    @Slot(int)
    def goToScene(self, scene: int) -> None:
        self._controller.jump(scene)

    # Notes ---------------------------------------------------------------------------------------------

    @Property(int, notify=notesSizeChanged)
    def notesSize(self) -> int:
        return texts.NOTES_SIZES[self._notes_size]

    @Slot(int)
    def zoomNotes(self, steps: int) -> None:
        size = min(max(0, self._notes_size + steps), len(texts.NOTES_SIZES) - 1)
        if size != self._notes_size:
            self._notes_size = size
            self.notesSizeChanged.emit()

    def close(self) -> None:
        """The windows are going away: stop listening to them and the show, and save the rehearsal."""
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []
        self._follow.stop()
        self._ticker.stop()
        self._auto.stop()
        self._saver.stop()
        self.save_rehearsal()
