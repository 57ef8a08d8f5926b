"""The shipped hardware-database file gives a presenter remote's buttons keys that reach the program under
X11, in place of systemd's KEY_PRESENTATION and KEY_DISPLAYTOGGLE; checked with systemd-hwdb itself."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import ROOT

HWDB = ROOT / "packaging" / "70-huzhou-viewer-clickers.hwdb"
SYSTEMD_KEYBOARD = next((p for p in (Path("/usr/lib/udev/hwdb.d/60-keyboard.hwdb"),
                                     Path("/lib/udev/hwdb.d/60-keyboard.hwdb")) if p.is_file()), None)
R400 = "evdev:input:b0003v046DpC52De0111-e0"  # the R400's USB receiver, as udev names it


def _query(root: Path, modalias: str) -> dict[str, str]:
    hwdb = shutil.which("systemd-hwdb")
    assert hwdb, "systemd-hwdb is missing: tools/system-deps.sh installs Debian's udev"
    update = subprocess.run([hwdb, "update", "--strict", f"--root={root}"], capture_output=True, text=True)
    assert update.returncode == 0, update.stderr  # --strict: any line it cannot parse fails here
    result = subprocess.run([hwdb, "query", f"--root={root}", modalias], capture_output=True, text=True)
    return dict(line.split("=", 1) for line in result.stdout.split())


def _root(tmp_path: Path, with_ours: bool) -> Path:
    system = tmp_path / "lib" / "udev" / "hwdb.d"
    system.mkdir(parents=True)
    assert SYSTEMD_KEYBOARD is not None, "udev's 60-keyboard.hwdb is missing: tools/system-deps.sh installs udev"
    shutil.copy(SYSTEMD_KEYBOARD, system)
    ours = tmp_path / "etc" / "udev" / "hwdb.d"
    ours.mkdir(parents=True)
    if with_ours:
        shutil.copy(HWDB, ours)
    return tmp_path


def test_without_the_file_the_r400_sends_keys_x11_cannot_deliver(tmp_path):
    keys = _query(_root(tmp_path, with_ours=False), R400)
    assert keys["KEYBOARD_KEY_07003e"] == "presentation" and keys["KEYBOARD_KEY_070037"] == "displaytoggle"


def test_with_the_file_the_r400_sends_f5_esc_and_b(tmp_path):
    keys = _query(_root(tmp_path, with_ours=True), R400)
    assert keys == {"KEYBOARD_KEY_07003e": "f5", "KEYBOARD_KEY_070029": "esc", "KEYBOARD_KEY_070037": "b"}


def test_other_keyboards_are_left_alone(tmp_path):
    other = "evdev:input:b0003v046DpC529e0111-e0"  # Logitech's Cordless Wave Pro, in systemd's file too
    assert _query(_root(tmp_path, with_ours=True), other) == _query(_root(tmp_path / "b", with_ours=False), other)
