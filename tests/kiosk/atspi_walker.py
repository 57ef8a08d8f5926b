"""A screen reader's view of the running program, from outside its process, over AT-SPI: what Orca reads.

Run with the system Python that has Debian's python3-pyatspi (the project's venv has no PyGObject), in the
program's session bus and X display:
    python3 atspi_walker.py tree [ROLE NAME]...   every object of the program: role, name, states, as JSON
                                                  (once a showing ROLE named NAME is among them, for each pair)
    python3 atspi_walker.py key KEY ROLE NAME [TYPE...]
                                                  press KEY (xdotool) and print the name changes,
                                                  announcements and selections that follow, until ROLE has had
                                                  an event of each TYPE with NAME (default: a name change to
                                                  NAME; a state's change, the name of what gained it)
Either waits for its condition up to a deadline (exit status 3 when it passes), never a fixed time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP = "huzhou-viewer"
DEADLINE_S = 20.0


def wait_until(condition, seconds: float = DEADLINE_S) -> bool:
    """Run the event loop until `condition()` holds or the deadline passes; a timer wakes it to look again."""
    context = GLib.MainContext.default()
    wake = GLib.timeout_add(50, lambda: True)
    end = time.monotonic() + seconds
    try:
        while not condition():
            if time.monotonic() > end:
                return False
            context.iteration(True)
        return True
    finally:
        GLib.source_remove(wake)


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == APP and app.childCount > 0:
            return app
    return None


STATES = {"showing": pyatspi.STATE_SHOWING, "focused": pyatspi.STATE_FOCUSED, "checked": pyatspi.STATE_CHECKED,
          "selected": pyatspi.STATE_SELECTED, "enabled": pyatspi.STATE_ENABLED}


def objects(node, depth: int = 0, out: list | None = None) -> list[dict]:
    out = [] if out is None else out
    states = node.getState()
    out.append({"role": node.getRoleName(), "name": node.name or "", "description": node.description or "",
                "depth": depth,
                **{key: states.contains(state) for key, state in STATES.items()}})
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            objects(child, depth + 1, out)
    return out


def tree(*pairs: str) -> int:
    wanted = list(zip(pairs[::2], pairs[1::2], strict=True))
    found: list[dict] = []

    def there() -> bool:
        try:
            app = application()
            found[:] = objects(app) if app is not None else []
        except Exception:  # noqa: BLE001 - an object went while the tree was read: read it again
            return False
        showing = {(o["role"], o["name"]) for o in found if o["showing"]}
        return bool(found) and all(pair in showing for pair in wanted)

    done = wait_until(there)
    print(json.dumps(found, ensure_ascii=False))
    return 0 if done else 3


NAME_CHANGE = "object:property-change:accessible-name"
SELECTED = "object:state-changed:selected"  # a state's change is heard as the name of what gained it ("" if lost)
FOCUSED = "object:state-changed:focused"


def key(name: str, role: str, expected: str, *types: str) -> int:
    heard: list[dict] = []

    def on_event(event) -> None:
        try:
            source = event.source.getRoleName()
            changed = event.type.startswith("object:state-changed:")
            text = (event.source.name if event.detail1 else "") if changed else str(event.any_data)
        except Exception:  # noqa: BLE001 - an object gone by the time it is asked
            source = text = ""
        heard.append({"type": event.type, "role": source, "text": text})

    pyatspi.Registry.registerEventListener(on_event, NAME_CHANGE, "object:announcement", SELECTED, FOCUSED)
    if not wait_until(lambda: application() is not None):
        return 3
    subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True, timeout=10)
    wanted = [{"type": kind, "role": role, "text": expected} for kind in types or (NAME_CHANGE,)]
    done = wait_until(lambda: all(event in heard for event in wanted))
    print(json.dumps(heard, ensure_ascii=False))
    return 0 if done else 3


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    sys.exit(tree(*arguments) if command == "tree" else key(*arguments))
