"""The show as QML sees it: position, language, blanking and the few slots QML may call."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from huzhou_viewer.show.commands import Command, Op
from huzhou_viewer.show.deck import Deck
from huzhou_viewer.show.fonts import text_family
from huzhou_viewer.show.labels import key_map_rows, language_mark, spoken_place
from huzhou_viewer.show.state import ShowState, apply

log = logging.getLogger(__name__)

SETTLE_MS = 400  # longer than any transition (ui/stage/components/Theme.qml)


class ShowController(QObject):
    """Owns the running show; QML binds to its properties and calls its slots.

    Signals:
        positionChanged: the scene or the step changed.
        blankingChanged: black-out or white-out turned on or off.
        languageChanged: the language changed; every text must be read again.
        packChanged: a different deck (another pack, or a reload) replaced the content.
        helpChanged, noticeChanged: the key map overlay, the on-screen notice.
        announcementChanged: a venue's announcement (a line on every screen) came or went.
        preloadNeighboursChanged: neighbours of the current scene may now be built ahead (or not); asyncBuilds.
        settledChanged: the position has stayed put past a transition; neighbours of it may now be built.
        windowRequest(str): the window should go 'fullscreen', 'windowed' or 'toggle-fullscreen'.
        chromeChanged: the audience window's chrome (touch controls or the clean feed) or its place mark changed.
        placeMarkChanged: the clean feed's place mark reads differently (a move, the language, the chrome).
    """

    positionChanged = Signal()
    blankingChanged = Signal()
    languageChanged = Signal()
    packChanged = Signal()
    helpChanged = Signal()
    noticeChanged = Signal()
    announcementChanged = Signal()
    preloadNeighboursChanged = Signal()
    settledChanged = Signal()
    transitionsChanged = Signal()
    exportingChanged = Signal()
    chartsReadyChanged = Signal()
    placeChanged = Signal()
    windowRequest = Signal(str)
    chromeChanged = Signal()
    placeMarkChanged = Signal()

    def __init__(self, deck: Deck, language: str | None = None, font_family: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.font_family = font_family  # the bundled font's family, for what Python draws (charts, handouts)
        self._deck = deck
        self._generation = 0
        self._language = deck.language(language)
        self._state = ShowState(deck.step_counts)
        self._previous = (0, 0)
        self._settled = (self._state.scene, self._state.step)
        # Building what comes next waits until a move has settled, so it never lengthens a key press.
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._on_settled)
        self._help = False
        self._notice = ""
        self._announcement = ""
        self.held = False  # by another screen (a venue's follower): the attract loop and the spotlight leave it alone
        self._moved = False  # the last change of position was a move (not a new deck): see asyncBuilds
        self._preload_neighbours = False
        self._transitions = True
        self._exporting = False
        self._charts_ready = False
        self._chrome = "touch"
        self._place_mark = True
        for signal in (self.positionChanged, self.languageChanged, self.chromeChanged):
            signal.connect(self.placeMarkChanged)

    # The content and the language ----------------------------------------------------------------------

    @property
    def deck(self) -> Deck:
        return self._deck

    @property
    def state(self) -> ShowState:
        return self._state

    def set_deck(self, deck: Deck) -> None:
        self._deck = deck
        self._generation += 1
        self._language = deck.language(self._language)
        self._set_moved(False)
        self._set_state(self._state.with_step_counts(deck.step_counts), moved=False)
        self.packChanged.emit()
        self.languageChanged.emit()
        self.noticeChanged.emit()
        self.placeChanged.emit()

    def _get_language(self) -> str:
        return self._language

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        if language == self._language or language not in self._deck.languages:
            return
        self._language = language
        self.languageChanged.emit()
        self.noticeChanged.emit()
        self.placeChanged.emit()

    language = Property(str, _get_language, setLanguage, notify=languageChanged)

    @Property("QVariantList", notify=packChanged)
    def languages(self) -> list[dict[str, str]]:
        languages = self._deck.languages
        return [{"tag": tag, "mark": language_mark(tag, languages), "name": self._deck.language_name(tag)}
                for tag in languages]

    @Property("QVariantMap", notify=packChanged)
    def palette(self) -> dict:
        return self._deck.palette

    @Property("QVariantMap", notify=languageChanged)
    def words(self) -> dict[str, str]:
        return self._deck.words(self._language)

    @Property("QVariantList", notify=languageChanged)
    def keyMap(self) -> list[dict[str, str]]:
        from huzhou_viewer.qt.stage.keys import unreachable_keys

        return key_map_rows(self._language, len(self._deck.scene_ids), unreachable_keys(),
                            self._deck.words(self._language))

    @Property(int, notify=packChanged)
    def deckGeneration(self) -> int:
        """Counts reloads: image URLs that include it are drawn afresh after the pack changes."""
        return self._generation

    @Property(str, notify=languageChanged)
    def fontFamily(self) -> str:
        """The family text is set in, for the language shown: Latin quotes outside Chinese and Japanese."""
        return text_family(self._language, self.font_family)

    @Property(str, notify=languageChanged)
    def packTitle(self) -> str:
        return self._deck.title(self._language)

    # Position -----------------------------------------------------------------------------------------

    @Property(int, notify=positionChanged)
    def sceneIndex(self) -> int:
        return self._state.scene

    @Property(int, notify=positionChanged)
    def step(self) -> int:
        return self._state.step

    @Property(int, notify=positionChanged)
    def stepCount(self) -> int:
        return self._state.step_count

    @Property(int, notify=packChanged)
    def sceneCount(self) -> int:
        return self._state.scene_count

    @Property(bool, notify=blankingChanged)
    def blackout(self) -> bool:
        return self._state.blackout

    @Property(bool, notify=blankingChanged)
    def whiteout(self) -> bool:
        return self._state.whiteout

    @Property(str, notify=placeChanged)
    def place(self) -> str:
        """Where the show is, as a screen reader says it when it moves: the scene's title and the step."""
        return spoken_place(self._deck.scenes(self._language)[self._state.scene], self._deck.words(self._language),
                            self._state.step, self._state.step_count)

    @Property(int, notify=positionChanged)
    def previousSceneIndex(self) -> int:
        """The scene shown before the last move: the only one that may still be fading out."""
        return self._previous[0]

    @Property(int, notify=positionChanged)
    def previousStep(self) -> int:
        return self._previous[1]

    def _set_state(self, state: ShowState, moved: bool = True) -> None:
        old, self._state = self._state, state
        if (old.scene, old.step) != (state.scene, state.step):
            self._previous = (old.scene, old.step)
            self._set_moved(moved)
            self.positionChanged.emit()
            self.placeChanged.emit()
            self._settle.start()
        if (old.blackout, old.whiteout) != (state.blackout, state.whiteout):
            self.blankingChanged.emit()

    def run(self, command: Command) -> None:
        """Carry out a command from any input: keys, clicker, mouse, touch or QML."""
        op = command.op
        if op is Op.NEXT_LANGUAGE:
            tags = self._deck.languages
            self.setLanguage(tags[(tags.index(self._language) + 1) % len(tags)])
        elif op is Op.TOGGLE_HELP:
            self._help = not self._help
            self.helpChanged.emit()
        elif op is Op.START_FROM_FIRST:
            self._set_state(apply(self._state, Command(Op.FIRST)))
            self.windowRequest.emit("fullscreen")
        elif op is Op.START_FROM_CURRENT:
            self.windowRequest.emit("fullscreen")
        elif op is Op.LEAVE_FULLSCREEN:
            # Esc closes what is open first: the key map, then an honouree's page; only then full screen.
            if self._help:
                self._help = False
                self.helpChanged.emit()
            elif self._on_person_page():
                self._set_state(self._state.at(self._state.scene, 0))
            else:
                self.windowRequest.emit("windowed")
        elif op is Op.TOGGLE_FULLSCREEN:
            self.windowRequest.emit("toggle-fullscreen")
        else:
            self._set_state(apply(self._state, command))

    @Slot()
    def next(self) -> None:
        self.run(Command(Op.NEXT))

    @Slot()
    def previous(self) -> None:
        self.run(Command(Op.PREVIOUS))

    @Slot(int)
    def jump(self, scene: int) -> None:
        self.run(Command(Op.JUMP, scene))

    @Slot(str)
    def openPerson(self, person_id: str) -> None:
        """Show an honouree's page in the gallery (from a story's people, say)."""
        for index, view in enumerate(self._deck.scenes(self._language)):
            ids = [p["id"] for p in view.get("people", [])] if view["kind"] == "gallery" else []
            if person_id in ids:
                self._set_state(self._state.at(index, ids.index(person_id) + 1))
                return

    def _on_person_page(self) -> bool:
        return self._deck.scenes(self._language)[self._state.scene]["kind"] == "gallery" and self._state.step > 0

    # An honouree's page is open (a gallery scene past its first step): Esc and swipes close it.
    onPersonPage = Property(bool, _on_person_page, notify=positionChanged)

    @Slot(int, int)
    def goTo(self, scene: int, step: int) -> None:
        """Put the show at a position directly (export, overview, restore)."""
        self._set_state(self._state.at(scene, step))

    @Slot()
    def toggleLanguage(self) -> None:
        self.run(Command(Op.NEXT_LANGUAGE))

    @Slot()
    def toggleHelp(self) -> None:
        self.run(Command(Op.TOGGLE_HELP))

    # What the screen shows besides the scenes ---------------------------------------------------------

    @Property(bool, notify=helpChanged)
    def helpVisible(self) -> bool:
        return self._help

    def _get_notice(self) -> str:
        return self._deck.words(self._language).get(self._notice, self._notice)

    def set_notice(self, key: str) -> None:
        """Show one of the program's messages (by its key in show.labels) on the stage; '' hides it."""
        if key != self._notice:
            self._notice = key
            self.noticeChanged.emit()

    notice = Property(str, _get_notice, notify=noticeChanged)

    def _get_announcement(self) -> str:
        return self._announcement

    def set_announcement(self, text: str) -> None:
        """A line of text every screen of a venue shows over the show (plain text); '' takes it away."""
        if text != self._announcement:
            self._announcement = text
            self.announcementChanged.emit()

    announcement = Property(str, _get_announcement, notify=announcementChanged)

    def set_blanking(self, blackout: bool, whiteout: bool) -> None:
        """Black-out and white-out as given (a follower copies its leader's), rather than toggled."""
        self._set_state(replace(self._state, blackout=blackout, whiteout=whiteout and not blackout))

    @property
    def notice_key(self) -> str:
        return self._notice

    @Property(int, notify=settledChanged)
    def settledScene(self) -> int:
        return self._settled[0]

    @Property(int, notify=settledChanged)
    def settledStep(self) -> int:
        return self._settled[1]

    def _on_settled(self) -> None:
        self._settled = (self._state.scene, self._state.step)
        self.settledChanged.emit()

    def set_preload_neighbours(self, on: bool) -> None:
        """After the first frame, neighbours of the current scene may be built ahead of time."""
        if on != self._preload_neighbours:
            self._preload_neighbours = on
            self.preloadNeighboursChanged.emit()

    @Property(bool, notify=preloadNeighboursChanged)
    def preloadNeighbours(self) -> bool:
        return self._preload_neighbours

    @Property(bool, notify=preloadNeighboursChanged)
    def asyncBuilds(self) -> bool:
        """A scene a move brings into sight unbuilt is built over the next frames (its fade covers that), not inside
        the press. Not before the first frame, nor for a new deck: built at once, the stage never stands empty."""
        return self._preload_neighbours and self._moved

    def _set_moved(self, moved: bool) -> None:
        if moved != self._moved:
            self._moved = moved
            self.preloadNeighboursChanged.emit()

    def set_transitions(self, on: bool) -> None:
        if on != self._transitions:
            self._transitions = on
            self.transitionsChanged.emit()

    @Property(bool, notify=transitionsChanged)
    def transitions(self) -> bool:
        return self._transitions

    def set_exporting(self, on: bool) -> None:
        """While exporting, pictures load before the frame is taken instead of after."""
        if on != self._exporting:
            self._exporting = on
            self.exportingChanged.emit()

    @Property(bool, notify=exportingChanged)
    def exporting(self) -> bool:
        return self._exporting

    def set_charts_ready(self, ready: bool) -> None:
        if ready != self._charts_ready:
            self._charts_ready = ready
            self.chartsReadyChanged.emit()

    @Property(bool, notify=chartsReadyChanged)
    def chartsReady(self) -> bool:
        return self._charts_ready

    # What the audience window shows besides the show ---------------------------------------------------

    def _get_chrome(self) -> str:
        return self._chrome

    def set_chrome(self, chrome: str, place_mark: bool | None = None) -> None:
        """"touch": the controls a touch screen needs; "none": the clean feed, nothing to operate."""
        if chrome not in ("none", "touch"):
            raise ValueError(f"chrome must be 'none' or 'touch', not {chrome!r}")
        changed = chrome != self._chrome or (place_mark is not None and place_mark != self._place_mark)
        self._chrome = chrome
        if place_mark is not None:
            self._place_mark = place_mark
        if changed:
            self.chromeChanged.emit()

    chrome = Property(str, _get_chrome, notify=chromeChanged)

    @Property(bool, notify=chromeChanged)
    def touchChrome(self) -> bool:
        """The timeline bar, the language switch and the gallery's chips, search and links are on screen."""
        return self._chrome == "touch"

    def _get_place_mark(self) -> str:
        if self._chrome == "touch" or not self._place_mark:
            return ""
        from huzhou_viewer.show.labels import place_mark

        return place_mark(self._deck.scenes(self._language), self._state.scene)

    placeMark = Property(str, _get_place_mark, notify=placeMarkChanged)
