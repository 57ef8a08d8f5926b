"""The broker connection, driven for the GUI thread: paho's network thread only hands what it hears to
Qt signals (queued to this object's thread); reconnecting with back-off is paho's.

After every (re)connection the link subscribes to its topics and then sends itself a probe; the probe's
echo comes after every retained message of those topics, so `settled` says "you now know what the broker
knows" (the leader's check for another leader waits on it)."""

from __future__ import annotations

import logging
import secrets
import socket
import sys
import time

from PySide6.QtCore import QObject, Qt, Signal

from huzhou_viewer.mqtt import KEEPALIVE, Connection, new_client, release
from huzhou_viewer.show import venue

log = logging.getLogger(__name__)


def no_delay(client) -> None:
    """Send each small message at once: with Nagle's algorithm a move could wait out the peer's delayed
    acknowledgement (40 ms on Linux), longer than the whole apply-at lead."""
    sock = client.socket()
    if sock is not None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:  # not a TCP socket (a test's socket pair, say): nothing to tune
            pass


class Link(QObject):
    """Signals:
        connected: the broker took us (again); subscriptions follow.
        settled: every retained message of our topics has arrived since the last connection.
        lost(str): the connection went (why); paho tries again with back-off.
        refused(str): the broker said no (a wrong password, say); paho tries again.
        received(str, object, float): a message (topic, payload bytes, the wall-clock time paho read it:
            a clock probe's round trip must not count the wait for the GUI thread), on the GUI thread.
    """

    connected = Signal()
    settled = Signal()
    lost = Signal(str)
    refused = Signal(str)
    received = Signal(str, object, float)
    _heard = Signal(str, object, float)  # from paho's thread
    _up = Signal(bool, str)

    def __init__(self, conn: Connection, topics: venue.Topics, subscriptions: list[str],
                 will: bytes | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn, self.topics = conn, topics
        self.client_name = conn.client
        self._subscriptions = subscriptions
        self._probe_topic = topics.probe(conn.client)
        self._nonce = ""
        self.up = False
        self._stopping = False
        self._said = ""  # the last refusal logged: a retry that fails alike is not logged again
        will_of = (topics.status(conn.client), will) if will is not None else None
        self._client = new_client(conn, f"{conn.client}-{secrets.token_hex(3)}", will_of)
        self._client.on_connect = self._on_connect
        self._client.on_disconnect = self._on_disconnect
        self._client.on_message = self._on_message
        self._client.on_subscribe = self._on_subscribe
        self._client.on_connect_fail = self._on_connect_fail
        self._heard.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._up.connect(self._on_up, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        broker = self.conn.broker
        log.info("venue: connecting to %s:%s as %s", broker.host, broker.port, self.client_name)
        self._client.connect_async(broker.host, broker.port, keepalive=KEEPALIVE)
        self._client.loop_start()

    def publish(self, topic: str, payload: bytes, retain: bool = False) -> None:
        """Sent now when connected; while the broker is away, paho keeps QoS 1 messages for the reconnection."""
        self._client.publish(topic, payload, qos=1, retain=retain)

    def stop(self, farewell: bytes | None = None) -> None:
        """Leave: say `farewell` on our status topic first (a clean exit sends no last will)."""
        if farewell is not None and self.up:
            info = self._client.publish(self.topics.status(self.client_name), farewell, qos=1, retain=True)
            info.wait_for_publish(1.0)
        self._stopping = True
        release(self._client)

    # paho's thread: hand over, nothing else ------------------------------------------------------------

    def _on_connect(self, client, _userdata, _flags, reason_code, _properties) -> None:
        if reason_code.is_failure:
            self._up.emit(False, f"refused: {reason_code}")
            return
        no_delay(client)
        self._nonce = secrets.token_hex(4)
        client.subscribe([(topic, 1) for topic in (*self._subscriptions, self._probe_topic)])
        self._up.emit(True, "")

    def _on_connect_fail(self, _client, _userdata) -> None:
        # paho calls this inside its `except OSError`: the error is the one being handled.
        error = sys.exc_info()[1]
        self._up.emit(False, f"unreachable: {error}" if error is not None else "unreachable")

    def _on_subscribe(self, client, _userdata, _mid, _codes, _properties) -> None:
        probe = venue.Probe(app=venue.APP, v=venue.VERSION, nonce=self._nonce)
        client.publish(self._probe_topic, venue.encode(probe), qos=1)

    def _on_disconnect(self, _client, _userdata, _flags, reason_code, _properties) -> None:
        self._up.emit(False, str(reason_code))

    def _on_message(self, _client, _userdata, message) -> None:
        self._heard.emit(message.topic, bytes(message.payload), time.time())

    # The GUI thread ------------------------------------------------------------------------------------

    def _on_up(self, up: bool, why: str) -> None:
        if up:
            self.up, self._said = True, ""
            log.info("venue: connected to the broker as %s", self.client_name)
            self.connected.emit()
        elif why.startswith("refused: "):
            if why != self._said:
                self._said = why
                log.error("venue: the broker %s", why)
            self.refused.emit(why.removeprefix("refused: "))
        elif why.startswith("unreachable"):
            if why != self._said:  # said once, not at every retry
                self._said = why
                broker = self.conn.broker
                level = logging.ERROR if "certificate" in why.lower() or "ssl" in why.lower() else logging.WARNING
                log.log(level, "venue: cannot reach the broker at %s:%s (%s); trying again", broker.host,
                        broker.port, why.removeprefix("unreachable: "))
        else:
            was_up, self.up = self.up, False
            if was_up and not self._stopping:
                log.warning("venue: lost the broker (%s); trying again", why)
                self.lost.emit(why)

    def _deliver(self, topic: str, payload: bytes, at: float) -> None:
        if topic == self._probe_topic:
            probe, _ = venue.decode(venue.Probe, payload)
            if probe is not None and probe.nonce == self._nonce:
                self.settled.emit()
            return
        self.received.emit(topic, payload, at)
