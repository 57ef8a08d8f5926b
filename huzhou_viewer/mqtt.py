"""The broker connection from the settings (paho-mqtt), and the shell's one-shot commands `announce` and
`remote`. paho is imported here only, and only when a venue mode or one of these commands runs."""

from __future__ import annotations

import logging
import socket
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from huzhou_viewer.show import venue

log = logging.getLogger(__name__)

RECONNECT_MIN, RECONNECT_MAX = 0.25, 4.0  # seconds: quick after a broker restart, never a storm
KEEPALIVE = 5  # seconds; a screen that vanishes without a word is declared gone (its last will) after 1.5x
REFUSED_EXIT = 3  # a second leader for a show quits with this status


class VenueError(Exception):
    """A venue setting or the broker said no; the message says which and what to do."""


@dataclass(frozen=True)
class Connection:
    broker: venue.Broker
    username: str | None
    password: str | None
    ca_file: str | None
    client: str


def connection(settings: Any) -> Connection:
    """The broker, the credentials and this screen's name from the settings. Raises VenueError."""
    if not settings.broker:
        raise VenueError("no broker: give --broker mqtt://HOST[:PORT] or the broker setting")
    try:
        broker = venue.parse_broker(settings.broker)
    except ValueError as error:
        raise VenueError(str(error)) from None
    username, password = settings.broker_username, settings.broker_password
    if settings.broker_password_file:
        path = Path(settings.broker_password_file).expanduser()
        try:
            user_in_file, password = venue.read_password_file(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise VenueError(f"{path}: cannot read the broker password: {error}") from None
        username = username or user_in_file
    if password is not None and not username:
        raise VenueError("a broker password needs a broker_username (or username:password in the password file)")
    client = settings.client_name or _host_name()
    if not venue.valid_name(client):
        raise VenueError(f"client name {client!r}: expected 1 to 64 letters, digits, '-', '_' or '.'")
    ca_file = settings.broker_ca_file
    if ca_file and not Path(ca_file).expanduser().is_file():
        raise VenueError(f"{ca_file}: the broker's CA file is not there")
    return Connection(broker, username, password, ca_file, client)


def _host_name() -> str:
    name = "".join(c if c.isalnum() or c in "-_." else "-" for c in socket.gethostname())[:64]
    return name or "screen"


def new_client(conn: Connection, client_id: str, will: tuple[str, bytes] | None = None, v5: bool = False):
    """A paho client for `conn`: MQTT 3.1.1 with a clean session (the retained messages are the state), or
    MQTT 5 where the broker's refusal of one message must be heard (3.1.1 acknowledges what the ACL drops)."""
    from paho.mqtt.client import CallbackAPIVersion, Client, MQTTProtocolVersion

    if v5:
        client = Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=MQTTProtocolVersion.MQTTv5)
    else:
        client = Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=MQTTProtocolVersion.MQTTv311,
                        clean_session=True)
    if conn.username:
        client.username_pw_set(conn.username, conn.password)
    if conn.broker.tls:
        client.tls_set(ca_certs=str(Path(conn.ca_file).expanduser()) if conn.ca_file else None)
    if will is not None:
        client.will_set(will[0], will[1], qos=1, retain=True)
    client.reconnect_delay_set(RECONNECT_MIN, RECONNECT_MAX)  # type: ignore[arg-type]  # floats work
    return client


def release(client) -> None:
    """Leave the broker, stop the client's thread and close its sockets now. paho closes the socket pair that
    wakes its thread only in __del__, and a client in a reference cycle may be collected after its sockets
    (an unclosed-socket warning); its own reset is what __del__ calls."""
    client.disconnect()
    client.loop_stop()
    for callback in ("on_connect", "on_connect_fail", "on_disconnect", "on_message", "on_publish", "on_subscribe"):
        setattr(client, callback, None)
    reset = getattr(client, "_reset_sockets", None)
    if reset is not None:
        reset()


def publish_once(conn: Connection, topic: str, payload: bytes, retain: bool, timeout: float = 10.0) -> None:
    """Connect, publish one message (QoS 1), wait for the broker's acknowledgement, leave. Raises VenueError."""
    client = new_client(conn, f"{conn.client}-cli-{int(time.time() * 1000) % 100000}", v5=True)
    answered, published = threading.Event(), threading.Event()
    outcome: list[str] = []
    refusal: list[str] = []

    def on_connect(_client, _userdata, _flags, reason_code, _properties) -> None:
        outcome.append("" if not reason_code.is_failure else str(reason_code))
        answered.set()

    def on_publish(_client, _userdata, _mid, reason_code, _properties) -> None:
        if reason_code.is_failure:
            refusal.append(str(reason_code))
        published.set()

    client.on_connect = on_connect
    client.on_publish = on_publish
    try:
        client.connect(conn.broker.host, conn.broker.port, keepalive=KEEPALIVE)
    except OSError as error:
        raise VenueError(f"cannot reach the broker at {conn.broker.host}:{conn.broker.port}: {error}") from None
    client.loop_start()
    try:
        if not answered.wait(timeout):
            raise VenueError("the broker did not answer")
        if outcome[0]:
            raise VenueError(f"the broker refused the connection: {outcome[0]}")
        client.publish(topic, payload, qos=1, retain=retain)
        if not published.wait(timeout) or refusal:
            why = f" ({refusal[0]})" if refusal else ""
            raise VenueError(f"the broker did not take the message{why}: is this user allowed to publish it?")
    finally:
        release(client)


LEADER_CHECK_S = 3.0  # seconds a leader waits, before its window, to learn whether the show has one already


class LeaderCheck:
    """Whether another screen leads the show, asked of the broker before this leader's window opens: connect,
    read every retained status, and stop at the echo of our own probe (it comes after all of them). Runs on
    paho's thread while Qt starts; `result()` waits at most until the deadline. None: no other leader, or the
    broker did not answer in time (the leader then checks again once its link is up)."""

    def __init__(self, conn: Connection, topics: venue.Topics, timeout: float = LEADER_CHECK_S) -> None:
        import secrets

        self._topics, self._me = topics, conn.client
        self._deadline = time.monotonic() + timeout
        self._nonce = secrets.token_hex(4)
        self._probe_topic = topics.probe(conn.client)
        self._statuses: dict[str, venue.Status] = {}
        self._done = threading.Event()
        self.why = ""  # why nothing was learnt, for the log
        self._client = new_client(conn, f"{conn.client}-check-{self._nonce}")
        self._client.on_connect = self._on_connect
        self._client.on_subscribe = self._on_subscribe
        self._client.on_message = self._on_message
        self._client.on_connect_fail = self._on_connect_fail
        self._client.connect_async(conn.broker.host, conn.broker.port, keepalive=KEEPALIVE)
        self._client.loop_start()

    def _on_connect(self, client, _userdata, _flags, reason_code, _properties) -> None:
        if reason_code.is_failure:
            self.why = f"refused: {reason_code}"
            self._done.set()
            return
        client.subscribe([(self._topics.statuses, 1), (self._probe_topic, 1)])

    def _on_connect_fail(self, *_) -> None:
        self.why = "unreachable"  # a broker that is down costs the window no wait (paho goes on trying: stopped)
        self._done.set()

    def _on_subscribe(self, client, *_) -> None:
        client.publish(self._probe_topic, venue.encode(venue.Probe(app=venue.APP, v=venue.VERSION,
                                                                   nonce=self._nonce)), qos=1)

    def _on_message(self, _client, _userdata, message) -> None:
        if message.topic == self._probe_topic:
            probe, _ = venue.decode(venue.Probe, bytes(message.payload))
            if probe is not None and probe.nonce == self._nonce:
                self._done.set()
            return
        status, _ = venue.decode(venue.Status, bytes(message.payload))
        if status is not None and message.topic == self._topics.status(status.client):
            self._statuses[status.client] = status

    @classmethod
    def start(cls, settings: Any) -> LeaderCheck:
        return cls(connection(settings), venue.Topics(settings.lead))

    def refused(self, log_dir: Path) -> int | None:
        """REFUSED_EXIT, said on stderr and in the log, when another screen leads the show; else None."""
        other = self.result()
        if other is None:
            if self.why:
                log.info("venue: could not ask the broker for a leader before the window (%s); asking once "
                         "connected", self.why)
            return None
        from huzhou_viewer.logs import open_log_file

        log.error("venue: %s", venue.refusal(self._topics.show, other))  # stderr too (the console handler)
        open_log_file(log_dir)
        return REFUSED_EXIT

    def result(self) -> str | None:
        """The other leader's client name, or None. Leaves the broker either way."""
        answered = self._done.wait(max(0.0, self._deadline - time.monotonic()))
        release(self._client)
        if not answered:
            self.why = self.why or "no answer in time"
            return None
        return venue.other_leader(self._statuses.values(), self._me)


def run_command(ns: Any, settings: Any) -> int:
    """`announce` and `remote`: one message to the show's leader and screens; 0 when the broker took it."""
    try:
        conn = connection(settings)
        topics = venue.Topics(ns.show)
        now = time.time()
        if ns.command == "announce":
            if ns.clear == bool(ns.text):
                raise VenueError('announce takes either "text" or --clear')
            message = venue.announcement("" if ns.clear else ns.text, now)
            publish_once(conn, topics.announce, venue.encode(message), retain=True)
        else:
            arg = None
            if ns.op == "jump":
                if ns.scene is None or ns.scene < 1:
                    raise VenueError("jump takes a scene number, from 1")
                arg = ns.scene - 1
            elif ns.scene is not None:
                raise VenueError(f"{ns.op} takes no scene number")
            publish_once(conn, topics.command, venue.encode(venue.remote_command(ns.op, arg, now)), retain=False)
    except (VenueError, ValueError) as error:
        print(f"huzhou-viewer: {ns.command}: {error}", file=sys.stderr)
        return 2 if isinstance(error, ValueError) else 1
    return 0
