"""What the presenter's console binds to (`presenter` in QML): timers, notes, now and next, auto-advance,
the overview, and the keys of presenter mode.

Time comes from injected clocks (`clock`: monotonic seconds; `wall`: epoch seconds), so tests move it by hand
and call tick(). Everything the console shows about the position follows the audience's next frame (not the
key press), so the console never draws before the audience sees a move.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QWindow

from huzhou_viewer.qt.presenter.miniatures import Miniatures, store_for
from huzhou_viewer.qt.stage.controller import ShowController
from huzhou_viewer.show import rehearsal
from huzhou_viewer.show.autoplay import Autoplay, plan
from huzhou_viewer.show.commands import Command, Op
from huzhou_viewer.show.labels import presenter_key_rows, words
from huzhou_viewer.show.overview import Overview
from huzhou_viewer.show.presenter_keys import action_for
from huzhou_viewer.show.state import apply
from huzhou_viewer.show.timer import SceneTimes, Stopwatch, clock_text, planned

log = logging.getLogger(__name__)

TICK_MS = 250
FOLLOW_MS = 120  # the console follows a move at the latest this long after it, even when no frame came
SAVE_DELAY_MS = 1500  # rehearsal records are written a moment after a scene change, never on the key path
NOTES_SIZES = (20, 24, 28, 32, 36, 42, 48, 56, 64, 72)
DEFAULT_NOTES_SIZE = 2  # index in NOTES_SIZES: 28 px on the 1600x900 console, a CJK font's tall lines


def step_caption(view: dict[str, Any], step: int) -> str:
    """What a step shows, in a few words: the scene's label, then the block's title or the person's name."""
    label = view.get("label") or view.get("title") or ""
    if step == 0:
        return label
    if view.get("kind") == "gallery":
        people = view.get("people", [])
        name = people[step - 1]["name"] if step - 1 < len(people) else ""
        return f"{label} · {name}" if name else label
    blocks = view.get("blocks", [])
    block = blocks[step - 1] if step - 1 < len(blocks) else {}
    title = block.get("title") or ""
    return f"{label} · {title}" if title else label


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

    def __init__(self, show: ShowController, audience: QWindow, miniatures: Miniatures,
                 scene_seconds: float = 30.0, loop: bool = False, rehearsal_file: Path | None = None,
                 clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time,
                 pictures_root: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show, self._audience, self._miniatures = show, audience, miniatures
        self._pictures_root = pictures_root
        miniatures.use_store(store_for(pictures_root, show.deck) if pictures_root else None)
        self._scene_seconds, self._loop = scene_seconds, loop
        self._rehearsal_file = rehearsal_file
        self._clock, self._wall = clock, wall
        self._watch = Stopwatch()
        self._times = SceneTimes.empty(show.sceneCount, show.sceneIndex)
        self._last_run = rehearsal.load(rehearsal_file, show.deck.pack_id) if rehearsal_file else {}
        self._auto: Autoplay | None = None
        self._auto_state = "off"  # off, on, paused
        self._driving = False  # a move made by auto-advance itself
        self._overview: Overview | None = None
        self._console_visible = False
        self._notices: list = []
        self._notes_size = DEFAULT_NOTES_SIZE
        self._serial = 0
        self._shown = (show.sceneIndex, show.step, show.language)
        self._texts: dict[str, Any] = {}
        self._follow_pending = False

        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self._auto_timer = QTimer(self, singleShot=True)
        self._auto_timer.timeout.connect(self.tick)
        self._follow = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._follow.timeout.connect(self._catch_up)
        self._saver = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._saver.timeout.connect(self.save_rehearsal)

        self._links = [(show.positionChanged, self._on_position), (show.languageChanged, self._on_language),
                       (show.packChanged, self._on_pack), (show.blankingChanged, self._on_blanking),
                       (show.settledChanged, self._keep_picture), (audience.frameSwapped, self._catch_up)]
        for signal, slot in self._links:
            signal.connect(slot)
        self._update_texts()

    # Keys ----------------------------------------------------------------------------------------------

    def handle_key(self, name: str | None) -> bool:
        """Carry out a presenter key; False when the key belongs to the show (or to nobody)."""
        if name is None:
            return False
        action = action_for(name, self._overview is not None)
        if action is None:
            if name == "Escape":
                return self._escape()
            return False
        if action == "overview-key":
            overview, go = self._overview.key(name)
            self._overview = overview
            if go is not None:
                self.overviewJump(go)
            else:
                self.overviewChanged.emit()
        elif action == "close-overview":
            self.closeOverview()
        elif action == "toggle-console":
            self.toggleConsole()
        elif action == "overview":
            self.openOverview()
        elif action == "auto-advance":
            self.toggleAuto()
        elif action == "swap-screens":
            self.swapRequest.emit()
        elif action == "timer":
            self.toggleTimer()
        elif action == "timer-reset":
            self.resetTimer()
        elif action == "notes-larger":
            self.zoomNotes(1)
        elif action == "notes-smaller":
            self.zoomNotes(-1)
        return True

    def _escape(self) -> bool:
        """Esc closes the key map or an honouree's page as usual, but never takes the audience out of full
        screen in presenter mode: that would surprise everyone in the hall."""
        show = self._show
        view = show.deck.scenes(show.language)[show.sceneIndex]
        if show.helpVisible or (view["kind"] == "gallery" and show.step > 0):
            show.run(Command(Op.LEAVE_FULLSCREEN))
        return True

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
        return "; ".join(notice.text(self._shown[2]) for notice in self._notices)

    def set_notices(self, notices) -> None:
        """Say these (objects with a text(language) method, such as a screen that is missing) on the
        console, in the language shown; an empty list clears it."""
        self._notices = list(notices)
        self.messageChanged.emit()

    message = Property(str, _get_message, notify=messageChanged)

    # Position, as the console shows it -----------------------------------------------------------------

    def _on_position(self) -> None:
        now = self._clock()
        show = self._show
        if not self._watch.running and not self._driving and self._watch.elapsed(now) == 0:
            self._watch = self._watch.start(now)  # the talk starts with the first move
        self._times = self._times.move(show.sceneIndex, self._watch.elapsed(now))
        if self._auto is not None and not self._driving:
            self._auto = self._auto.jump(now, self._auto.slot_of(show.sceneIndex, show.step))
            self._schedule()
        if self._overview is not None:
            self._overview = self._overview.select(show.sceneIndex)
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
        self._shown = (self._show.sceneIndex, self._show.step, self._show.language)
        self._update_texts()
        self.consoleChanged.emit()
        self.picturesChanged.emit()

    def _on_language(self) -> None:
        self._shown = (self._show.sceneIndex, self._show.step, self._show.language)
        self._serial += 1
        self.rowsChanged.emit()
        self.consoleChanged.emit()
        self.picturesChanged.emit()
        self.messageChanged.emit()
        self._update_texts()

    def _on_pack(self) -> None:
        root = self._pictures_root
        self._miniatures.use_store(store_for(root, self._show.deck) if root else None)
        self._times = SceneTimes.empty(self._show.sceneCount, self._show.sceneIndex)
        self._times = replace(self._times, entered=self._watch.elapsed(self._clock()))
        if self._auto is not None:
            self._start_auto(paused=self._auto_state == "paused")
        self._on_language()

    def keep_picture(self) -> None:
        """Keep a miniature of what the audience shows now (at the start; later, after every settled move)."""
        self._keep_picture()

    def _keep_picture(self) -> None:
        show = self._show
        scene, step = show.settledScene, show.settledStep
        if show.blackout or show.whiteout or show.helpVisible or not self._audience.isVisible():
            return  # the audience sees no scene now: keep what was grabbed before
        if (scene, step) != (show.sceneIndex, show.step):
            return
        self._miniatures.keep(show.language, scene, step, self._audience.grabWindow())
        self._serial += 1
        self.picturesChanged.emit()

    def _view(self, scene: int) -> dict[str, Any]:
        return self._show.deck.scenes(self._shown[2])[scene]

    @Property(int, notify=consoleChanged)
    def sceneIndex(self) -> int:
        return self._shown[0]

    @Property(int, notify=consoleChanged)
    def step(self) -> int:
        return self._shown[1]

    @Property(str, notify=consoleChanged)
    def nowCaption(self) -> str:
        scene, step, _ = self._shown
        count = self._show.deck.step_counts[scene]
        return f"{scene + 1}. {step_caption(self._view(scene), step)}  ({step + 1}/{count})"

    def _next_position(self) -> tuple[int, int] | None:
        state = self._show.state
        state = replace(state.at(*self._shown[:2]), blackout=False, whiteout=False)
        after = apply(state, Command(Op.NEXT))
        return None if (after.scene, after.step) == (state.scene, state.step) else (after.scene, after.step)

    @Property(str, notify=consoleChanged)
    def nextCaption(self) -> str:
        position = self._next_position()
        if position is None:
            return words(self._shown[2])["console-end"]
        scene, step = position
        return f"{scene + 1}. {step_caption(self._view(scene), step)}"

    @Property(str, notify=consoleChanged)
    def notes(self) -> str:
        return self._view(self._shown[0]).get("notes") or ""

    def _url(self, scene: int, step: int | str) -> str:
        return f"image://miniature/{self._shown[2]}/{scene}/{step}/{self._serial}"

    @Property(str, notify=picturesChanged)
    def nowPicture(self) -> str:
        scene, step, language = self._shown
        return self._url(scene, step) if self._miniatures.has(language, scene, step) else ""

    @Property(str, notify=picturesChanged)
    def nextPicture(self) -> str:
        position = self._next_position()
        if position is None or not self._miniatures.has(self._shown[2], *position):
            return ""
        return self._url(*position)

    @Property(int, notify=picturesChanged)
    def pictureSerial(self) -> int:
        return self._serial

    @Slot(int, result=str)
    def scenePicture(self, scene: int) -> str:
        return self._url(scene, "any") if self._miniatures.has(self._shown[2], scene) else ""

    @Property("QVariantList", notify=rowsChanged)
    def sceneRows(self) -> list[dict[str, Any]]:
        language = self._shown[2]
        plan_s = planned(self._show.deck.durations, self._scene_seconds)
        rows = []
        for i, view in enumerate(self._show.deck.scenes(language)):
            last = self._last_run.get(view["id"])
            rows.append({"number": i + 1, "label": view.get("label") or view.get("title") or "",
                         "planned": clock_text(plan_s[i]), "rehearsal": clock_text(last) if last else ""})
        return rows

    @Property("QVariantList", notify=rowsChanged)
    def keyRows(self) -> list[dict[str, str]]:
        return presenter_key_rows(self._shown[2])

    # Timers --------------------------------------------------------------------------------------------

    @Slot()
    def tick(self) -> None:
        """Move the clocks on; let auto-advance move the show when its time has come."""
        now = self._clock()
        if self._auto is not None and self._auto_state == "on":
            self._advance(now)
        if not self._follow_pending:  # else the audience has a move to draw first; the console follows it
            self._update_texts()

    def _update_texts(self) -> None:
        now = self._clock()
        scene = self._show.sceneIndex
        elapsed = self._watch.elapsed(now)
        spent = self._times.spent_on(scene, elapsed)
        plan_s = planned(self._show.deck.durations, self._scene_seconds)[scene]
        last = self._last_run.get(self._show.deck.scene_ids[scene])
        texts = {
            "clock": time.strftime("%H:%M", time.localtime(self._wall())),
            "elapsed": clock_text(elapsed),
            "running": self._watch.running,
            "spent": clock_text(spent),
            "planned": clock_text(plan_s),
            "over": spent > plan_s,
            "fraction": min(1.0, spent / plan_s) if plan_s > 0 else 0.0,
            "rehearsal": clock_text(last) if last else "",
            "autoLeft": self._auto_left(now),
        }
        if texts != self._texts:
            self._texts = texts
            self.timesChanged.emit()

    def _auto_left(self, now: float) -> str:
        if self._auto is None or self._auto_state != "on":
            return ""
        left = self._auto.remaining(now)
        return clock_text(left + 0.999) if left != float("inf") else ""

    @Property(str, notify=timesChanged)
    def clockText(self) -> str:
        return self._texts["clock"]

    @Property(str, notify=timesChanged)
    def elapsedText(self) -> str:
        return self._texts["elapsed"]

    @Property(bool, notify=timesChanged)
    def timerRunning(self) -> bool:
        return self._texts["running"]

    @Property(str, notify=timesChanged)
    def sceneSpentText(self) -> str:
        return self._texts["spent"]

    @Property(str, notify=timesChanged)
    def scenePlannedText(self) -> str:
        return self._texts["planned"]

    @Property(bool, notify=timesChanged)
    def sceneOver(self) -> bool:
        return self._texts["over"]

    @Property(float, notify=timesChanged)
    def sceneFraction(self) -> float:
        return self._texts["fraction"]

    @Property(str, notify=timesChanged)
    def rehearsalText(self) -> str:
        return self._texts["rehearsal"]

    @Property(str, notify=timesChanged)
    def autoLeftText(self) -> str:
        return self._texts["autoLeft"]

    @Slot()
    def toggleTimer(self) -> None:
        self._watch = self._watch.toggle(self._clock())
        self._update_texts()

    @Slot()
    def resetTimer(self) -> None:
        self._watch = Stopwatch()
        self._times = SceneTimes.empty(self._show.sceneCount, self._show.sceneIndex)
        self._update_texts()

    def spent(self) -> dict[str, float]:
        """Seconds spent per scene id in this run (scenes never shown are left out)."""
        totals = self._times.totals(self._watch.elapsed(self._clock()))
        return {scene_id: t for scene_id, t in zip(self._show.deck.scene_ids, totals) if t > 0}

    @Slot()
    def save_rehearsal(self) -> None:
        spent = self.spent()
        if self._rehearsal_file is None or not spent:
            return
        try:
            rehearsal.save(self._rehearsal_file, self._show.deck.pack_id, spent)
        except OSError as error:  # a record is never worth stopping the show
            log.warning("could not save the rehearsal times to %s: %s", self._rehearsal_file, error)

    # Auto-advance --------------------------------------------------------------------------------------

    @Property(str, notify=autoChanged)
    def autoState(self) -> str:
        return self._auto_state

    def _start_auto(self, paused: bool = False) -> None:
        now = self._clock()
        slots = plan(self._show.deck.step_counts, self._show.deck.durations, self._scene_seconds)
        auto = Autoplay(slots, started=now, loop=self._loop)
        self._auto = auto.jump(now, auto.slot_of(self._show.sceneIndex, self._show.step))
        if paused:
            self._auto = self._auto.pause(now)

    @Slot()
    def toggleAuto(self) -> None:
        """Off -> on; on -> paused; paused -> on again with the time the step had left."""
        now = self._clock()
        if self._auto is None:
            self._start_auto()
            self._auto_state = "on"
            if not self._watch.running and self._watch.elapsed(now) == 0:
                self._watch = self._watch.start(now)
        elif self._auto_state == "on":
            self._auto = self._auto.pause(now)
            self._auto_state = "paused"
        else:
            self._auto = self._auto.resume(now)
            self._auto_state = "on"
        self._schedule()
        self.autoChanged.emit()
        self._update_texts()

    def _stop_auto(self) -> None:
        self._auto, self._auto_state = None, "off"
        self._auto_timer.stop()
        self.autoChanged.emit()

    def _advance(self, now: float) -> None:
        slot = self._auto.slot(now)
        if (slot.scene, slot.step) != (self._show.sceneIndex, self._show.step):
            self._driving = True
            try:
                self._show.goTo(slot.scene, slot.step)
            finally:
                self._driving = False
        if self._auto.finished(now):
            self._stop_auto()
        else:
            self._schedule()

    def _schedule(self) -> None:
        self._auto_timer.stop()
        if self._auto is None or self._auto_state != "on":
            return
        now = self._clock()
        at = self._auto.next_change(now)
        if at is not None:
            self._auto_timer.start(max(0, int((at - now) * 1000) + 1))

    def _on_blanking(self) -> None:
        # A blank screen holds the show: auto-advance waits (paused) until the presenter resumes it.
        if (self._show.blackout or self._show.whiteout) and self._auto_state == "on":
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
        self._overview = Overview(self._show.sceneCount, columns=4, selected=self._show.sceneIndex)
        self.overviewChanged.emit()
        if not self._console_visible:
            self.consoleRequest.emit(True)  # the overview lives on the console

    @Slot()
    def closeOverview(self) -> None:
        if self._overview is not None:
            self._overview = None
            self.overviewChanged.emit()

    @Slot(int)
    def overviewJump(self, scene: int) -> None:
        self._overview = None
        self.overviewChanged.emit()
        self._show.jump(scene)

    @Slot(int)
    def goToScene(self, scene: int) -> None:
        self._show.jump(scene)

    # Notes ---------------------------------------------------------------------------------------------

    @Property(int, notify=notesSizeChanged)
    def notesSize(self) -> int:
        return NOTES_SIZES[self._notes_size]

    @Slot(int)
    def zoomNotes(self, steps: int) -> None:
        size = min(max(0, self._notes_size + steps), len(NOTES_SIZES) - 1)
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
        self._auto_timer.stop()
        self._saver.stop()
        self.save_rehearsal()
