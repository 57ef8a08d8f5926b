"""Leading a show: every move, language change, black-out and white-out of this screen is published as the
show's retained state, timed a little ahead so that every follower shows it in the same frame. Rides on
whichever mode runs (the presenter's console lists the venue's screens through `Modes.venue`).

A second leader is refused: once the link has settled (every retained status known), another leader online
means this one quits with a message, unless take_over is set; then the other one sees a state that is not
its own, stops leading and follows the new leader from then on. (app.py asks the broker the same before the
window opens; the check here is for a broker that did not answer in time.)"""

from __future__ import annotations

import logging
import sys
import time

import msgspec
from PySide6.QtCore import QCoreApplication, Qt, QTimer

from huzhou_viewer.mqtt import REFUSED_EXIT
from huzhou_viewer.qt.stage import qml_types
from huzhou_viewer.qt.stage.stage import Stage
from huzhou_viewer.qt.venue.presence import Presence
from huzhou_viewer.qt.venue.screen import LIVE_MS, Screen, show_state
from huzhou_viewer.show import venue
from huzhou_viewer.show.commands import Command, Op

log = logging.getLogger(__name__)

COMPOSE_KEY = "M"  # a message for every screen; free in the show's and the presenter's key maps


class Leader(Screen):
    @property
    def role(self) -> venue.Role:  # type: ignore[override]
        return "leader" if self.leading else "follower"

    def __init__(self, settings, stage: Stage) -> None:
        self.leading = False
        topics = venue.Topics(settings.lead)
        super().__init__(settings, stage, settings.lead,
                         [topics.state, topics.statuses, topics.command, topics.clock_probes])
        self._take_over = settings.take_over
        self._lead = settings.apply_lead_seconds
        self._checked = False
        self._seq = 0
        self._sent: venue.State | None = None
        self.statuses: dict[str, venue.Status] = {}
        self._followed: venue.State | None = None  # after a takeover: the new leader's state last shown
        self._pending: venue.State | None = None
        self._applying = False
        self._apply_timer = QTimer(self, singleShot=True)
        self._apply_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._apply_timer.timeout.connect(self._apply_followed)
        self.presence = Presence(self.announce, parent=self)
        qml_types.modes(stage.engine).set_venue(self.presence)
        c = self.controller
        c.announcementChanged.connect(lambda: self.presence.set_announcement(c.announcement))
        stage.keys.add_overlay(self._compose_key)
        self.link.settled.connect(self._on_settled)
        self.link.lost.connect(self._update_presence)
        for signal in (c.positionChanged, c.blankingChanged, c.languageChanged):
            signal.connect(self._on_move)

    @property
    def sent(self) -> venue.State | None:
        """The state this screen published last."""
        return self._sent

    def _compose_key(self, press) -> bool:
        """M, where a console shows the venue: the announcement field takes the keys from there."""
        if press.name != COMPOSE_KEY or qml_types.modes(self.stage.engine).console is None:
            return False
        self.presence.composeRequested.emit()
        return True

    def close(self) -> None:
        self.controller.held = False
        self.stage.keys.remove_overlay(self._compose_key)
        qml_types.modes(self.stage.engine).set_venue(None)
        super().close()

    def announce(self, text: str) -> None:
        try:
            message = venue.announcement(text, time.time())
        except ValueError as error:
            log.warning("venue: %s", error)
            return
        self.link.publish(self.topics.announce, venue.encode(message), retain=True)

    # Leading ------------------------------------------------------------------------------------------

    def _on_settled(self) -> None:
        other = venue.other_leader(self.statuses.values(), self.name)
        if not self._checked:
            self._checked = True
            if other and not self._take_over:
                message = venue.refusal(self.topics.show, other)
                log.error("venue: %s", message)
                print(f"huzhou-viewer: {message}", file=sys.stderr)
                QCoreApplication.exit(REFUSED_EXIT)
                return
            if other:
                log.warning("venue: taking over show %r from %s", self.topics.show, other)
            self.leading = True
        if self.leading:  # also after a reconnection: a restarted broker may have forgotten the retained state
            self._publish_state(moved=False)
        self._update_presence()

    def _on_move(self) -> None:
        if self.leading:
            self._publish_state()
        elif self._followed is not None and not self._applying:
            # Taken over: a key on this laptop no longer moves the show, nor this screen away from it.
            QTimer.singleShot(0, self, self._reassert)

    def _reassert(self) -> None:
        if self._followed is not None and self._pending is None and not self.leading:
            self._show_followed(self._followed)
            self.publish_status()

    def _publish_state(self, moved: bool = True) -> None:
        c, now = self.controller, time.time()
        self._seq = max(self._seq + 1, int(now * 1000))  # rising across restarts of this leader too
        state = venue.state_from(self.name, self._seq, c.deck.pack_id, c.deck.scene_ids, c.sceneIndex, c.step,
                                 c.language, c.blackout, c.whiteout, now, self._lead)
        self._sent = state
        self.link.publish(self.topics.state, venue.encode(state), retain=True)
        self.wait_for_frame(state.seq, now, changed=moved)
        self.publish_status()

    # What the leader hears ------------------------------------------------------------------------------

    def heard(self, topic: str, payload: bytes, at: float) -> None:
        t = self.topics
        if topic == t.state:
            self._heard_state(payload)
        elif topic == t.command:
            self._heard_command(payload)
        elif topic.startswith(t.root + "/status/"):
            self._heard_status(topic, payload)
        elif topic.startswith(t.root + "/clock/"):
            probe, why = venue.decode(venue.ClockProbe, payload)
            if probe is None or topic != t.clock(probe.client) or probe.leader_rx is not None:
                self.ignored(topic, why or "a clock probe for another screen")
                return
            reply = venue.ClockProbe(app=venue.APP, v=venue.VERSION, client=probe.client, t0=probe.t0,
                                     leader_rx=at, leader_tx=time.time())
            self.link.publish(t.clock_reply(probe.client), venue.encode(reply))

    def _heard_state(self, payload: bytes) -> None:
        state, why = venue.decode(venue.State, payload)
        if state is None:
            self.ignored(self.topics.state, why)
        elif state.leader == self.name:
            return
        elif self.leading and self._sent and state.sent_at >= self._sent.sent_at:
            self.leading = False
            log.warning("venue: %s took over show %r; this screen no longer leads it and follows %s", state.leader,
                        self.topics.show, state.leader)
            self._update_presence()
            self._follow(state)
        elif not self.leading and self._checked and venue.fresh(state, self._pending or self._followed):
            self._follow(state)  # taken over: in step with the new leader (a state from before our check is not)

    # Following, once another screen took the show over ------------------------------------------------------

    def _follow(self, state: venue.State) -> None:
        """Show the new leader's state at its apply-at (this screen's clock: it measures no offset; NTP keeps
        the machines together)."""
        self._pending = state
        delay = venue.apply_delay(state.apply_at, None, time.time())
        if delay > 0:
            self._apply_timer.start(round(delay * 1000))
        else:
            self._apply_timer.stop()
            self._apply_followed()

    def _apply_followed(self) -> None:
        state, self._pending = self._pending, None
        if state is None or self.leading:
            return
        self._followed = state
        self.controller.held = True  # its attract loop or spotlight leave it alone, as on any follower
        before = self.on_screen()
        self._show_followed(state)
        live = venue.lag_ms(state.apply_at, None, time.time()) < LIVE_MS
        self.wait_for_frame(state.seq, state.apply_at if live else None, changed=self.on_screen() != before)

    def _show_followed(self, state: venue.State) -> None:
        self._applying = True
        try:
            show_state(self.controller, state, venue.FollowRules(), self.controller.language)
        finally:
            self._applying = False

    def _heard_command(self, payload: bytes) -> None:
        command, why = venue.decode(venue.RemoteCommand, payload)
        if command is None:
            self.ignored(self.topics.command, why)
        elif self.leading:
            log.info("venue: remote command %s %s", command.op, "" if command.arg is None else command.arg)
            self.controller.run(Command(Op(command.op), command.arg))

    def _heard_status(self, topic: str, payload: bytes) -> None:
        status, why = venue.decode(venue.Status, payload)
        if status is None or topic != self.topics.status(status.client):
            self.ignored(topic, why or "a status that names another screen")
            return
        if status.client == self.name:
            return
        known = self.statuses.get(status.client)
        if known is not None and known.online and not status.online:
            log.warning("venue: screen %s went offline", status.client)
            # A last will was written when the screen connected: the console keeps where it was last seen.
            status = msgspec.structs.replace(known, online=False, lag_ms=None)
        self.statuses[status.client] = status
        self._update_presence()

    def _update_presence(self, *_) -> None:
        deck = self.controller.deck
        self.presence.update(self.statuses, deck.pack_id, self.digest, self.link.up, self.leading)


def attach(settings, stage: Stage) -> Leader:
    leader = Leader(settings, stage)
    leader.start()
    return leader
