"""Following a show: this screen shows what the leader shows, at the moment the leader's state says
(apply-at, on the leader's clock, less this screen's measured offset to it).

The state is retained, so a screen that starts, restarts or reconnects mid-show lands on the live step.
When the broker or the leader is gone the screen keeps its last picture (and says so in the log and in its
status, never on screen); after follow_fallback_seconds without a leader it plays the show by itself until
the leader is back. What visitors may do on it is follow_browse (show/venue.py's FollowRules)."""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import Qt, QTimer

from huzhou_viewer.mqtt import connection
from huzhou_viewer.qt.stage.stage import Stage
from huzhou_viewer.qt.venue.screen import LIVE_MS, Screen, show_state
from huzhou_viewer.show import venue
from huzhou_viewer.show.commands import Command, Op

log = logging.getLogger(__name__)

CLOCK_PROBE_MS = 5000
FIRST_PROBES, FIRST_PROBE_MS = 8, 250  # a quick first estimate after connecting, then one probe every 5 s


class Follower(Screen):
    role: venue.Role = "follower"

    def __init__(self, settings, stage: Stage) -> None:
        topics = venue.Topics(settings.follow)
        self._own_language = stage.controller.language
        self.rules = venue.FollowRules(settings.follow_language, settings.follow_steps, settings.follow_browse)
        self._reply_topic = topics.clock_reply(connection(settings).client)
        super().__init__(settings, stage, settings.follow, [topics.state, topics.statuses, self._reply_topic])
        self.clock = venue.Clock()
        self.state: venue.State | None = None  # the last state applied
        self._pending: venue.State | None = None
        self._applying = False
        self._leader_online = False
        self._apply_timer = QTimer(self, singleShot=True)
        self._apply_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._apply_timer.timeout.connect(self._apply_pending)
        self._collector_held = False
        self.shown.connect(lambda _seq: self._hold_collector(False))
        self._probe_timer = QTimer(self, interval=FIRST_PROBE_MS)
        self._probes = 0
        self._probe_timer.timeout.connect(self._probe_clock)
        self._fallback_seconds = settings.follow_fallback_seconds
        self._kiosk = settings.kiosk  # its own attract loop plays once the follower lets go
        self._fallback = QTimer(self, singleShot=True)
        self._fallback.timeout.connect(self._start_playing)
        self._playing = False
        self._play = QTimer(self, interval=int(settings.scene_seconds * 1000))
        self._play.timeout.connect(self._play_on)
        self.link.connected.connect(self._on_connected)
        self.link.lost.connect(self._on_lost)
        c = self.controller
        c.held = True
        c.positionChanged.connect(self._hold)
        c.blankingChanged.connect(self._hold)
        c.languageChanged.connect(self._hold)

    def _on_connected(self) -> None:
        self.link_state = "live" if self._leader_online else "no-leader"
        self.publish_status()  # online, with the last picture, until the retained state says otherwise
        self._probes = 0
        self._probe_clock()
        self._probe_timer.start(FIRST_PROBE_MS)

    def _on_lost(self, _why: str) -> None:
        self._probe_timer.stop()
        self.link_state = "no-broker"

    def _probe_clock(self) -> None:
        probe = venue.ClockProbe(app=venue.APP, v=venue.VERSION, client=self.name, t0=time.time())
        self.link.publish(self.topics.clock(self.name), venue.encode(probe))

    # What the follower hears ----------------------------------------------------------------------------

    def heard(self, topic: str, payload: bytes, at: float) -> None:
        if topic == self.topics.state:
            state, why = venue.decode(venue.State, payload)
            if state is None:
                self.ignored(topic, why)
            elif venue.fresh(state, self._pending or self.state):
                self._schedule(state)
        elif topic == self._reply_topic:
            reply, why = venue.decode(venue.ClockProbe, payload)
            if reply is None or reply.leader_rx is None or reply.leader_tx is None or reply.client != self.name:
                self.ignored(topic, why or "not a clock reply for this screen")
                return
            self.clock.add(reply.t0, reply.leader_rx, reply.leader_tx, at)
            self._probes += 1
            if self._probes == FIRST_PROBES:
                self._probe_timer.setInterval(CLOCK_PROBE_MS)
            offset = self.clock.offset
            self.offset_ms = None if offset is None else round(offset * 1000.0, 1)
        elif topic.startswith(self.topics.root + "/status/"):
            status, why = venue.decode(venue.Status, payload)
            if status is None or topic != self.topics.status(status.client):
                self.ignored(topic, why or "a status that names another screen")
            elif status.role == "leader" or (self.state is not None and status.client == self.state.leader):
                self._leader_seen(status.online and status.role == "leader")

    def _leader_seen(self, online: bool) -> None:
        if online == self._leader_online:
            return
        self._leader_online = online
        if online:
            self._fallback.stop()
            if self._playing:
                self._stop_playing()
                self._reassert()  # back on the leader's last state until its next move
            self._set_link("live")
        else:
            log.warning("venue: the leader of %r is gone; keeping the last picture", self.topics.show)
            self._set_link("no-leader")
            if self._fallback_seconds is not None:
                self._fallback.start(int(self._fallback_seconds * 1000))

    def _set_link(self, link: venue.Link) -> None:
        if link != self.link_state:
            self.link_state = link
            self.publish_status()

    # Applying the leader's state --------------------------------------------------------------------------

    def _schedule(self, state: venue.State) -> None:
        self._pending = state
        self._hold_collector(True)
        delay = venue.apply_delay(state.apply_at, self.clock.offset, time.time())
        if delay > 0:
            self._apply_timer.start(max(0, round(delay * 1000)))
        else:
            self._apply_timer.stop()
            self._apply_pending()

    def _apply_pending(self) -> None:
        state, self._pending = self._pending, None
        if state is None:
            self._hold_collector(False)
            return
        self._stop_playing()
        self.state = state
        before = self.on_screen()
        self._show(state)
        # A state caught up with (retained, on joining or reconnecting) has no lag worth telling: it was not live.
        live = venue.lag_ms(state.apply_at, self.clock.offset, time.time()) < LIVE_MS
        self.wait_for_frame(state.seq, state.apply_at if live else None, changed=self.on_screen() != before)

    def _show(self, state: venue.State) -> None:
        self._applying = True
        try:
            show_state(self.controller, state, self.rules, self._own_language)
        finally:
            self._applying = False

    def _hold_collector(self, hold: bool) -> None:
        """No garbage collection between hearing a move and painting it: a full collection of a show's heap
        takes tens of milliseconds, the whole apply-at lead. It runs again once the frame is out."""
        if hold and gc.isenabled():
            gc.disable()
            self._collector_held = True
        elif not hold and self._collector_held:
            self._collector_held = False
            gc.enable()

    def _hold(self) -> None:
        """A move that did not come from the leader (a key, a touch) is undone unless visitors may browse."""
        if self._applying or self.rules.browse or self.state is None or self._playing:
            return
        QTimer.singleShot(0, self, self._reassert)

    def _reassert(self) -> None:
        if self.state is not None and self._pending is None and not self._playing:
            self._show(self.state)
            self.publish_status()

    # Playing alone while the leader is away -------------------------------------------------------------------

    def _start_playing(self) -> None:
        log.warning("venue: no leader for %s s; the screen plays the show by itself", self._fallback_seconds)
        self._set_link("fallback")
        self.controller.held = False
        self._playing = True
        if not self._kiosk:
            self._play.start()

    def _play_on(self) -> None:
        c = self.controller
        if c.state.at_end:
            c.goTo(0, 0)
        else:
            c.run(Command(Op.NEXT))

    def _stop_playing(self) -> None:
        if self._playing:
            self._playing = False
            self._play.stop()
            self.controller.held = True
            self._set_link("live")

    def close(self) -> None:
        self._hold_collector(False)
        self.controller.held = False
        super().close()


def attach(settings, stage: Stage) -> Follower:
    follower = Follower(settings, stage)
    follower.start()
    return follower
