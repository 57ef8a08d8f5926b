"""A venue's screens following one show over MQTT, as plain data and pure rules (no Qt, no network).

One show is one topic tree, `huzhou-viewer/<show>/...`:
  state               retained; only the leader publishes it: where the show is, and when that applies
  status/<client>     retained; each screen's presence, with a last will that says it went offline
  announce            retained; a line of text on every screen ("" takes it away)
  command             not retained; a remote (a Stream Deck, a show-control system) asks the leader to move
  clock/<client>      a follower's clock probe; the leader answers on clock/<client>/reply
  probe/<client>      a screen's own echo: once it comes back, every retained message before it has arrived

Every message is JSON, at most MAX_BYTES, carries `app` and `v`, and is checked against its Struct here:
`decode` returns None and a reason for anything malformed, oversized or foreign, which the caller logs.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar
from urllib.parse import unquote, urlsplit

import msgspec

APP: Literal["huzhou-viewer"] = "huzhou-viewer"
VERSION: Literal[1] = 1
MAX_BYTES = 4096
MAX_ANNOUNCEMENT = 280  # characters: one or two lines the back of the hall can read
DEFAULT_PORT, DEFAULT_TLS_PORT = 1883, 8883
APPLY_LEAD = 0.03  # seconds between the leader's move and the moment every follower shows it
MAX_APPLY_WAIT = 2.0  # an apply-at further ahead than this means clocks are off: apply at once instead
_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")
Role = Literal["leader", "follower"]
Link = Literal["live", "no-broker", "no-leader", "fallback"]
REMOTE_OPS = ("next", "previous", "first", "last", "jump", "blackout", "whiteout")


class _Message(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    app: Literal["huzhou-viewer"]
    v: Literal[1]


class State(_Message, frozen=True, kw_only=True):
    """Where the leader's show is. `apply_at` is on the leader's wall clock (seconds since the epoch)."""

    leader: str
    seq: int
    pack: str
    scene: int
    scene_id: str
    step: int
    language: str
    blackout: bool = False
    whiteout: bool = False
    apply_at: float
    sent_at: float


class Status(_Message, frozen=True, kw_only=True):
    """A screen's presence. `lag_ms`: how late its last change was shown against the apply-at (followers);
    `offset_ms`: the leader's clock minus its own, as measured."""

    client: str
    role: Role
    online: bool
    scene: int = 0
    step: int = 0
    language: str = ""
    blackout: bool = False
    whiteout: bool = False
    pack: str = ""
    pack_version: str = ""
    pack_digest: str = ""
    link: Link = "live"
    seq: int = 0  # the state it shows (the leader: the one it sent)
    applied_at: float = 0.0  # when this screen took that state on, on its clock
    shown_at: float = 0.0  # when that state's frame was painted, on this screen's clock
    lag_ms: float | None = None
    offset_ms: float | None = None
    since: float = 0.0  # the screen started
    connected_at: float = 0.0  # its link to the broker last came up
    announcement: str = ""  # the venue's announcement as this screen shows it ("": none)


class Announcement(_Message, frozen=True, kw_only=True):
    text: str
    at: float


class RemoteCommand(_Message, frozen=True, kw_only=True):
    op: Literal["next", "previous", "first", "last", "jump", "blackout", "whiteout"]
    arg: int | None = None
    at: float


class ClockProbe(_Message, frozen=True, kw_only=True):
    client: str
    t0: float  # the follower sent it
    leader_rx: float | None = None  # the leader read it (set in the leader's reply)
    leader_tx: float | None = None  # the leader answered


class Probe(_Message, frozen=True, kw_only=True):
    nonce: str


class _Envelope(msgspec.Struct):
    app: str = ""
    v: int = 0


AnyMessage = State | Status | Announcement | RemoteCommand | ClockProbe | Probe
T = TypeVar("T", State, Status, Announcement, RemoteCommand, ClockProbe, Probe)
_DECODERS: dict[type, msgspec.json.Decoder] = {}
_ENVELOPE = msgspec.json.Decoder(_Envelope)


def encode(message: AnyMessage) -> bytes:
    return msgspec.json.encode(message)


def decode(kind: type[T], payload: bytes) -> tuple[T | None, str]:
    """The message, or None and why not (for the log): oversized, not JSON, foreign, or malformed."""
    if len(payload) > MAX_BYTES:
        return None, f"oversized ({len(payload)} bytes, at most {MAX_BYTES})"
    decoder = _DECODERS.get(kind)
    if decoder is None:
        decoder = _DECODERS[kind] = msgspec.json.Decoder(kind)
    try:
        message = decoder.decode(payload)
    except msgspec.ValidationError as error:
        try:
            envelope = _ENVELOPE.decode(payload)
        except (msgspec.ValidationError, msgspec.DecodeError):
            return None, f"foreign (not a {APP} message)"
        if envelope.app != APP or envelope.v != VERSION:
            return None, f"foreign (app {envelope.app!r}, version {envelope.v})"
        return None, f"malformed: {error}"
    except msgspec.DecodeError as error:
        return None, f"malformed: {error}"
    if isinstance(message, Announcement) and len(message.text) > MAX_ANNOUNCEMENT:
        return None, f"oversized (an announcement of {len(message.text)} characters, at most {MAX_ANNOUNCEMENT})"
    return message, ""


def valid_name(name: str) -> bool:
    """Show and client names: letters, digits, '-', '_' and '.', so none is an MQTT wildcard or level."""
    return bool(_NAME.fullmatch(name))


@dataclass(frozen=True)
class Topics:
    show: str

    def __post_init__(self) -> None:
        if not valid_name(self.show):
            raise ValueError(f"show name {self.show!r}: expected 1 to 64 letters, digits, '-', '_' or '.'")

    @property
    def root(self) -> str:
        return f"{APP}/{self.show}"

    @property
    def state(self) -> str:
        return f"{self.root}/state"

    @property
    def announce(self) -> str:
        return f"{self.root}/announce"

    @property
    def command(self) -> str:
        return f"{self.root}/command"

    @property
    def statuses(self) -> str:
        return f"{self.root}/status/+"

    def status(self, client: str) -> str:
        return f"{self.root}/status/{client}"

    @property
    def clock_probes(self) -> str:
        return f"{self.root}/clock/+"

    def clock(self, client: str) -> str:
        return f"{self.root}/clock/{client}"

    def clock_reply(self, client: str) -> str:
        return f"{self.root}/clock/{client}/reply"

    def probe(self, client: str) -> str:
        return f"{self.root}/probe/{client}"


@dataclass(frozen=True)
class Broker:
    host: str
    port: int
    tls: bool


def parse_broker(url: str) -> Broker:
    """mqtt://HOST[:PORT] or mqtts://HOST[:PORT] (TLS); a bare HOST[:PORT] is mqtt://. Raises ValueError."""
    text = url.strip()
    if "://" not in text:
        text = "mqtt://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("mqtt", "mqtts") or not parts.hostname:
        raise ValueError(f"broker {url!r}: expected mqtt://HOST[:PORT] or mqtts://HOST[:PORT]")
    if parts.path not in ("", "/") or parts.query or parts.username:
        raise ValueError(f"broker {url!r}: only a host and a port (the user and password are settings)")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"broker {url!r}: the port must be a number from 1 to 65535") from None
    tls = parts.scheme == "mqtts"
    return Broker(unquote(parts.hostname), port or (DEFAULT_TLS_PORT if tls else DEFAULT_PORT), tls)


def read_password_file(text: str) -> tuple[str | None, str]:
    """A password file: one line `password`, or `username:password`. Returns (username or None, password)."""
    line = next((line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")), "")
    if not line:
        raise ValueError("the password file is empty")
    user, colon, password = line.partition(":")
    return (user, password) if colon else (None, line)


def deck_digest(deck_data: Mapping[str, object]) -> str:
    """A short fingerprint of what a deck shows: two screens with the same one show the same thing."""
    shown = {key: value for key, value in deck_data.items() if key != "warnings"}
    return f"{zlib.crc32(msgspec.json.encode(shown, order='deterministic')):08x}"


# The clock --------------------------------------------------------------------------------------------


class Clock:
    """The leader's clock against ours, from probes, as NTP reckons it: the follower sends at t0, the leader
    reads at t1 and answers at t2, the follower reads at t3; offset = leader - local = ((t1-t0) + (t2-t3)) / 2,
    the round trip (t3-t0) - (t2-t1) leaves out the leader's own delay. The sample with the shortest round
    trip among the last few counts: the least-delayed exchange is the least skewed."""

    KEEP = 8

    def __init__(self) -> None:
        self._samples: list[tuple[float, float]] = []  # (round trip, offset)

    def add(self, t0: float, t1: float, t2: float, t3: float) -> None:
        round_trip = (t3 - t0) - (t2 - t1)
        if round_trip < 0 or t2 < t1:
            return
        self._samples = (self._samples + [(round_trip, ((t1 - t0) + (t2 - t3)) / 2)])[-self.KEEP:]

    @property
    def offset(self) -> float | None:
        return min(self._samples)[1] if self._samples else None

    @property
    def round_trip(self) -> float | None:
        return min(self._samples)[0] if self._samples else None


def apply_delay(apply_at: float, offset: float | None, now: float) -> float:
    """Seconds (local) to wait before showing a state that applies at `apply_at` on the leader's clock:
    0 when it is due or past, or when it is so far ahead that the clocks must be wrong."""
    local_at = apply_at - (offset or 0.0)
    delay = local_at - now
    return delay if 0 < delay <= MAX_APPLY_WAIT else 0.0


def lag_ms(apply_at: float, offset: float | None, shown_at: float) -> float:
    """How late (ms) a change was shown against its apply-at, on the leader's clock."""
    return round((shown_at + (offset or 0.0) - apply_at) * 1000.0, 1)


# What a follower shows ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowRules:
    """What a follower takes from the leader and what it may do itself (settings follow_*):
    `language`: the leader's language (False: its own, an overflow room in another language);
    `steps`: every step (False: scenes only, each shown from its start: a lobby screen);
    `browse`: visitors may move this screen themselves until the leader's next move (False: it never moves
    but with the leader). A follower never drives the leader: nothing here publishes."""

    language: bool = True
    steps: bool = True
    browse: bool = False


def followed_position(state: State, scene_ids: Sequence[str], step_counts: Sequence[int],
                      rules: FollowRules) -> tuple[int, int] | None:
    """The position this screen shows for the leader's `state`: its scene found by id (a follower's pack
    may order scenes otherwise); None when the scene is not in this screen's pack (it keeps what it shows)."""
    if state.scene_id not in scene_ids:
        return None
    scene = list(scene_ids).index(state.scene_id)
    step = min(max(state.step, 0), step_counts[scene] - 1) if rules.steps else 0
    return scene, step


def followed_language(state: State, own: str, languages: Sequence[str], rules: FollowRules) -> str:
    """The leader's language when followed and this pack has it; else this screen's own."""
    return state.language if rules.language and state.language in languages else own


def fresh(state: State, last: State | None) -> bool:
    """Whether `state` is newer than the one last applied: a new leader (a takeover) or a higher seq.
    A retained state seen again after a reconnect is not applied twice."""
    return last is None or state.leader != last.leader or state.seq > last.seq


def leader_gone_for(leader_online: bool, gone_since: float | None, now: float) -> float:
    """Seconds the leader has been away (0 while it is online)."""
    return 0.0 if leader_online or gone_since is None else max(0.0, now - gone_since)


# The leader's side ----------------------------------------------------------------------------------


def other_leader(statuses: Iterable[Status], me: str) -> str | None:
    """The client name of another screen leading this show right now, if any."""
    return next((s.client for s in statuses if s.role == "leader" and s.online and s.client != me), None)


def refusal(show: str, other: str) -> str:
    """What a second leader says as it quits."""
    return (f"show {show!r} already has a leader ({other}); this screen does not lead it "
            "(--take-over to lead it instead)")


def state_from(leader: str, seq: int, pack: str, scene_ids: Sequence[str], scene: int, step: int, language: str,
               blackout: bool, whiteout: bool, now: float, lead: float = APPLY_LEAD) -> State:
    return State(app=APP, v=VERSION, leader=leader, seq=seq, pack=pack, scene=scene, scene_id=scene_ids[scene],
                 step=step, language=language, blackout=blackout, whiteout=whiteout, apply_at=now + lead,
                 sent_at=now)


def remote_command(op: str, arg: int | None, now: float) -> RemoteCommand:
    if op not in REMOTE_OPS:
        raise ValueError(f"unknown command {op!r}: expected one of {', '.join(REMOTE_OPS)}")
    if (op == "jump") != (arg is not None):
        raise ValueError("jump takes a scene number; the other commands take none")
    return RemoteCommand(app=APP, v=VERSION, op=op, arg=arg, at=now)  # type: ignore[arg-type]


def announcement(text: str, now: float) -> Announcement:
    text = " ".join(text.split())
    if len(text) > MAX_ANNOUNCEMENT:
        raise ValueError(f"an announcement is at most {MAX_ANNOUNCEMENT} characters, this one has {len(text)}")
    return Announcement(app=APP, v=VERSION, text=text, at=now)


# The console's list of screens -------------------------------------------------------------------------


class ScreenRow(msgspec.Struct, frozen=True):
    client: str
    role: str
    online: bool
    where: str  # "3.2": scene 3 (from 1), step 2 (from 0)
    language: str
    link: str
    lag_ms: float | None
    offset_ms: float | None
    other_pack: bool  # it shows another pack, or another version of this one


def screen_rows(statuses: Mapping[str, Status], pack: str, digest: str) -> list[ScreenRow]:
    """Every screen heard of, leaders first, then by name; a dropped one stays listed, marked offline."""
    rows = [ScreenRow(s.client, s.role, s.online, f"{s.scene + 1}.{s.step}", s.language, s.link, s.lag_ms,
                      s.offset_ms, bool(s.pack) and (s.pack != pack or (bool(digest) and s.pack_digest != digest)))
            for s in statuses.values()]
    return sorted(rows, key=lambda r: (r.role != "leader", r.client))
