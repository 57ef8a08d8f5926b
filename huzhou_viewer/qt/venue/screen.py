"""What a leader and a follower share: the link, this screen's status (retained, with a last will that says
it went offline), the venue's announcement on the stage, and the time of the frame that showed a change."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from huzhou_viewer.mqtt import connection
from huzhou_viewer.qt.stage.stage import Stage
from huzhou_viewer.qt.venue.link import Link
from huzhou_viewer.show import venue

log = logging.getLogger(__name__)

LIVE_MS = 1000.0  # a state applied later than this after its apply-at was caught up with, not followed live
FRAME_WAIT_MS = 1000  # a change that paints nothing new is reported without its frame after this


def show_state(controller, state: venue.State, rules: venue.FollowRules, own_language: str) -> None:
    """Put the leader's `state` on this screen, as far as `rules` take it."""
    deck = controller.deck
    position = venue.followed_position(state, deck.scene_ids, deck.step_counts, rules)
    if position is None:
        log.warning("venue: the leader shows scene %r, which this screen's pack has not", state.scene_id)
    elif position != (controller.sceneIndex, controller.step):
        controller.goTo(*position)
    controller.setLanguage(venue.followed_language(state, own_language, deck.languages, rules))
    controller.set_blanking(state.blackout, state.whiteout)


class Screen(QObject):
    """Signals:
        shown(int): the change with this seq is on screen (its frame painted, or given up waiting for it).
    """

    role: venue.Role = "follower"
    shown = Signal(object)  # a seq is a millisecond timestamp: beyond a C int
    _painted = Signal()

    def __init__(self, settings, stage: Stage, show: str, subscriptions: list[str]) -> None:
        super().__init__(stage.controller)
        self.stage, self.controller = stage, stage.controller
        self.topics = venue.Topics(show)
        conn = connection(settings)
        self.name = conn.client
        self.started = time.time()
        self.link_state: venue.Link = "live"
        self.shown_seq = 0
        self.connected_at = 0.0
        self._shown_at = self._applied_at = 0.0
        self.lag_ms: float | None = None
        self.offset_ms: float | None = None
        deck = self.controller.deck
        self._digest = venue.deck_digest(deck.data)
        self.link = Link(conn, self.topics, [self.topics.announce, *subscriptions],
                         will=venue.encode(self.status(online=False)), parent=self)
        self.link.received.connect(self._on_received)
        self.link.connected.connect(self._on_link_up)
        self._waiting: tuple[int, float | None] | None = None  # (seq, the reference time its lag counts from)
        self._painted_at = 0.0
        self._frame_timer = QTimer(self, singleShot=True, interval=FRAME_WAIT_MS)
        self._frame_timer.timeout.connect(lambda: self._on_painted(painted=False))
        self._painted.connect(self._on_painted, Qt.ConnectionType.QueuedConnection)
        stage.view.frameSwapped.connect(self._frame_swapped, Qt.ConnectionType.DirectConnection)
        self.controller.packChanged.connect(self._on_pack_changed)
        self.controller.announcementChanged.connect(self._on_announcement)

    def start(self) -> None:
        self.link.start()

    @property
    def digest(self) -> str:
        return self._digest

    def on_screen(self) -> tuple:
        """What the audience sees of the show's state: a change of it paints a new frame."""
        c = self.controller
        return c.sceneIndex, c.step, c.language, c.blackout, c.whiteout

    def status(self, online: bool = True) -> venue.Status:
        c, deck = self.controller, self.controller.deck
        return venue.Status(app=venue.APP, v=venue.VERSION, client=self.name, role=self.role, online=online,
                            scene=c.sceneIndex, step=c.step, language=c.language, blackout=c.blackout,
                            whiteout=c.whiteout, pack=deck.pack_id,
                            pack_version=deck.pack_version, pack_digest=self._digest, link=self.link_state,
                            seq=self.shown_seq, applied_at=self._applied_at, lag_ms=self.lag_ms,
                            offset_ms=self.offset_ms,
                            shown_at=self._shown_at, since=self.started, connected_at=self.connected_at,
                            announcement=c.announcement)

    def publish_status(self) -> None:
        if self.link.up:
            self.link.publish(self.topics.status(self.name), venue.encode(self.status()), retain=True)

    def close(self) -> None:
        self.stage.view.frameSwapped.disconnect(self._frame_swapped)
        self.link.stop(farewell=venue.encode(self.status(online=False)))

    def _on_link_up(self) -> None:
        self.connected_at = time.time()

    def _on_announcement(self) -> None:
        text = self.controller.announcement
        log.info("venue: the announcement %s", f"on screen: {text!r}" if text else "taken away")
        self.publish_status()  # the console and a test see what this screen shows

    def _on_pack_changed(self) -> None:
        self._digest = venue.deck_digest(self.controller.deck.data)
        self.publish_status()

    # Messages ------------------------------------------------------------------------------------------

    def _on_received(self, topic: str, payload: bytes, at: float) -> None:
        if topic == self.topics.announce:
            message, why = venue.decode(venue.Announcement, payload)
            if message is None:
                log.warning("venue: ignored a message on %s: %s", topic, why)
            else:
                self.controller.set_announcement(message.text)
            return
        self.heard(topic, payload, at)

    def heard(self, topic: str, payload: bytes, at: float) -> None:
        """A message on one of this screen's own subscriptions, read off the network at `at`."""

    def ignored(self, topic: str, why: str) -> None:
        log.warning("venue: ignored a message on %s: %s", topic, why)

    # The frame that shows a change ---------------------------------------------------------------------

    def wait_for_frame(self, seq: int, since: float | None, changed: bool = True) -> None:
        """Report the change `seq` once the next frame is painted: its lag counts from `since` (the
        leader's clock: the apply-at for a follower, the move itself for the leader; None: no lag).
        A state that changed nothing on screen (the same one again, after a reconnection) is shown already."""
        self._waiting = (seq, since)
        self._applied_at = time.time()
        if changed:
            self._frame_timer.start()
        else:
            self._painted_at = time.time()
            self._on_painted()

    def _frame_swapped(self) -> None:
        # The render thread: note the time now, the rest on the GUI thread.
        if self._waiting is not None:
            self._painted_at = time.time()
            self._painted.emit()

    def _on_painted(self, painted: bool = True) -> None:
        if self._waiting is None:
            return
        seq, since = self._waiting
        self._waiting = None
        self._frame_timer.stop()
        shown_at = self._painted_at if painted else time.time()
        self.shown_seq, self._shown_at = seq, shown_at
        offset = self.offset_ms / 1000.0 if self.offset_ms is not None else None
        self.lag_ms = None if since is None else venue.lag_ms(since, offset, shown_at)
        self.publish_status()
        self.shown.emit(seq)
