"""The kiosk as a screen reader meets it: from outside the process, over AT-SPI (the bus Orca reads), in a real
X window on its own session bus. Every control has a name in the language on screen, and a move is heard."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from huzhou_viewer.content.loader import load_pack
from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.show.labels import spoken_place
from huzhou_viewer.show.present import build_deck
from huzhou_viewer.show.speech_text import step_words
from tests.conftest import BUNDLED_PACK
from tests.kiosk.test_kiosk_process import _start_x_server, _x, start, stop_all

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi; the venv has no PyGObject
A11Y_BUS = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")  # at-spi2-core's bus launcher
# Roles a visitor presses or types into: each must be named.
NAME_CHANGE = "object:property-change:accessible-name"
SELECTED = "object:state-changed:selected"
FOCUSED = "object:state-changed:focused"
CONTROLS = {"push button", "toggle button", "check box", "radio button", "page tab", "text", "entry", "link",
            "combo box", "slider", "spin button", "list item", "menu item"}


def _has_pyatspi() -> bool:
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30).returncode == 0


needs_atspi = pytest.mark.skipif(
    not (all(shutil.which(t) for t in ("Xvfb", "openbox", "xdotool", "xprop", "dbus-daemon", "dbus-send"))
         and A11Y_BUS.exists() and _has_pyatspi()),
    reason="needs AT-SPI (at-spi2-core, python3-pyatspi), a session bus (dbus-daemon) and Xvfb, openbox, xdotool "
           "(tools/system-deps.sh --test installs them)")


class ScreenReaderView:
    """Xvfb, a window manager, a session bus with the accessibility bus on it, and the kiosk with Qt's AT-SPI
    bridge on; `tree()` and `press()` ask the walker (tests/kiosk/atspi_walker.py), a separate process."""

    def __init__(self, qtbot, tmp_path: Path, mode: str = "--kiosk") -> None:
        self.processes: list[subprocess.Popen] = []
        self.xvfb, self.display = _start_x_server()
        self.processes.append(self.xvfb)
        runtime = tmp_path / "runtime"  # the accessibility bus's socket, apart from any other session's
        runtime.mkdir(mode=0o700)
        self.env = dict(os.environ, DISPLAY=self.display, XDG_RUNTIME_DIR=str(runtime))
        self.processes.append(subprocess.Popen(["openbox"], env=self.env, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL))
        qtbot.waitUntil(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in _x(self.display, "xprop", "-root"),
                        timeout=20_000)
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"], env=self.env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.processes.append(bus)
        if not select.select([bus.stdout], [], [], 20)[0]:
            pytest.fail("the session bus did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        # Qt joins the accessibility bus only if it is there when the program starts: start it first.
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                        "org.a11y.Bus.GetAddress"], env=self.env, check=True, capture_output=True, timeout=30)
        (tmp_path / "settings.toml").write_text("speech = true\n", encoding="utf-8")
        bridge = {name: self.env[name] for name in ("DISPLAY", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS")}
        self.app = start(tmp_path, env_extra={**bridge, "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1",
                                              "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}, mode=mode)
        self.processes.append(self.app)
        # Keys go to the window with the focus: the program's, once the window manager has given it.
        qtbot.waitUntil(lambda: self.app.poll() is not None or _x(
            self.display, "xdotool", "getactivewindow", "getwindowpid").strip() == str(self.app.pid), timeout=60_000)
        assert self.app.poll() is None, self.app.stderr.read()[-800:]

    def walker(self, *arguments: str):
        result = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_walker.py"), *arguments], env=self.env,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, f"walker {arguments}: {result.stdout[-1500:]} {result.stderr[-1500:]}"
        return json.loads(result.stdout)

    def tree(self, *showing: str) -> list[dict]:
        """Every object of the program, once, for each (role, name) pair given, such an object is showing."""
        return self.walker("tree", *showing)

    def press(self, key: str, role: str, name: str, *types: str) -> list[dict]:
        """Press `key` and return what was heard, once `role` has had an event of each type (a name change if
        none is given) with `name`; fails if that is not heard before the walker's deadline."""
        return self.walker("key", key, role, name, *types)

    def close(self) -> str:
        return stop_all(self.processes, self.app)


@pytest.fixture
def screen_reader(qtbot, tmp_path):
    view = ScreenReaderView(qtbot, tmp_path)
    yield view
    assert "Traceback" not in view.close()


def named(tree: list[dict], role: str) -> list[str]:
    return [o["name"] for o in tree if o["role"] == role and o["showing"]]


def unnamed(tree: list[dict]) -> list[dict]:
    return [o for o in tree if o["role"] in CONTROLS and o["enabled"] and not o["name"].strip()]


def bundled_deck():
    """The bundled pack's deck, its first language, and that language's words and scenes."""
    deck = build_deck(load_pack(BUNDLED_PACK))
    first = deck.default_language
    return deck, first, deck.words(first), deck.scenes(first)


def chinese(text: str) -> bool:
    return any(unicodedata.name(c, "").startswith("CJK UNIFIED") for c in text)


@needs_atspi
# A real X server, a session bus and the kiosk on a loaded 2-core machine: a start can miss its deadline.
@pytest.mark.flaky(reruns=2)
def test_a_screen_reader_finds_every_control_named_in_the_language_shown_and_hears_each_move(screen_reader):
    deck, first, words, scenes = bundled_deck()
    speech = shutil.which("espeak-ng")  # the audio button is there only with a speech engine
    tree = screen_reader.tree("push button", words["audio"]) if speech else screen_reader.tree()
    stage = next(o for o in tree if o["role"] == "panel")
    assert stage["name"] == spoken_place(scenes[0], words, 0, scenes[0]["stepCount"])
    # What the step shows is the stage's description (the scenes' texts are not in the tree one by one).
    assert stage["description"] == step_words(scenes[0], 0, words, first)
    assert unbroken(scenes[0]["title"]) in stage["description"]
    # The stage has the focus: Orca reads a new name only of what has it.
    assert stage["focused"]
    assert named(tree, "frame") == [deck.title(first)]
    assert named(tree, "page tab list") == [words["a11y-scenes"]] and len(named(tree, "page tab")) == len(scenes)
    assert words["a11y-reach"] in named(tree, "check box")
    assert words["next-language"] in named(tree, "push button")
    assert set(named(tree, "radio button")) == {deck.language_name(lang) for lang in deck.languages}
    if speech:
        assert words["audio"] in named(tree, "push button")
    assert not unnamed(tree)

    # Tab takes the focus to the first control, as a screen reader hears it (and says the control), and round
    # to the show again.
    screen_reader.press("Tab", "check box", words["a11y-reach"], FOCUSED)
    screen_reader.press("shift+Tab", "panel", stage["name"], FOCUSED)

    # A move is heard: the stage's new name (Orca reads it, the stage having the focus) and an announcement (for
    # screen readers that take them).
    place = spoken_place(scenes[0], words, 1, scenes[0]["stepCount"])
    screen_reader.press("Right", "panel", place, NAME_CHANGE, "object:announcement")

    gallery = next(i for i, scene in enumerate(scenes) if scene["kind"] == "gallery")
    # The scene's tab is heard becoming the selected one (Qt's bridge sends no change of the state itself).
    heard = screen_reader.press(str(gallery + 1), "page tab", scenes[gallery]["label"], SELECTED)
    assert {"type": SELECTED, "role": "page tab", "text": ""} in heard  # the first scene's tab let go
    tree = screen_reader.tree("push button", scenes[gallery]["people"][0]["name"])  # the cards are made
    stage = next(o for o in tree if o["role"] == "panel")
    assert stage["name"] == spoken_place(scenes[gallery], words, 0, scenes[gallery]["stepCount"])
    selected = [o["name"] for o in tree if o["role"] == "page tab" and o["selected"]]
    assert selected == [scenes[gallery]["label"]]
    people = {person["name"] for person in scenes[gallery]["people"]}
    cards = set(named(tree, "push button")) & people
    assert cards, f"no honouree's card among {named(tree, 'push button')}"
    assert words["search"] in named(tree, "push button")
    assert scenes[gallery]["allLabel"] in named(tree, "radio button")
    assert not unnamed(tree)

    # Switched to a language of another script, every name follows, the window's title too.
    english = next(lang for lang in deck.languages if lang.startswith("en"))
    languages = deck.languages
    shown = first
    for lang in languages[languages.index(first) + 1:languages.index(english) + 1]:  # L: the next language
        # The window's new title is sent as a name change (Qt sends none itself: Orca kept the old title).
        if deck.title(lang) != deck.title(shown):
            screen_reader.press("l", "frame", deck.title(lang))
        else:
            screen_reader.press("l", "push button", deck.words(lang)["next-language"])
        shown = lang
    words, scenes = deck.words(english), deck.scenes(english)
    tree = screen_reader.tree("push button", scenes[gallery]["people"][0]["name"])  # the cards are renamed
    assert words["next-language"] in named(tree, "push button") and words["search"] in named(tree, "push button")
    assert named(tree, "frame") == [deck.title(english)]
    assert named(tree, "panel") == [spoken_place(scenes[gallery], words, 0, scenes[gallery]["stepCount"])]
    own_names = {deck.language_name(lang) for lang in deck.languages}  # each language says its own name
    still_chinese = [o for o in tree if o["showing"] and chinese(o["name"]) and o["name"] not in own_names]
    assert not still_chinese
    assert not unnamed(tree)

    # An honouree's page says whose it is.
    page = spoken_place(scenes[gallery], words, 1, scenes[gallery]["stepCount"])
    assert scenes[gallery]["people"][0]["name"] in page
    screen_reader.press("Right", "panel", page)
