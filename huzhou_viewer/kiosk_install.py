"""`huzhou-viewer install-kiosk [--user]` and `uninstall-kiosk`: the packaging files, written for this installation.

The files come from packaging/ (inside the wheel: huzhou_viewer/_data/packaging). The unit's ExecStart and the
desktop entries' Exec name the command of the installation that runs this (a pipx venv, a system install),
so a kiosk never starts some other copy found on PATH. What was written is recorded, with each file's SHA-256,
in a manifest; uninstall removes exactly those files (a file changed since is left, and said), the folders it
had to create once they are empty, and the manifest.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from huzhou_viewer import resources

UNIT = "huzhou-viewer-kiosk.service"
AUTOSTART = "huzhou-viewer-kiosk.desktop"
MENU = "huzhou-viewer.desktop"
METAINFO = "huzhou-viewer.metainfo.xml"
METAINFO_ID = "io.github.huzhouviewer.HuzhouViewer"
HWDB = "70-huzhou-viewer-clickers.hwdb"
ICON = "huzhou-viewer"
ICON_SIZES = (48, 128, 256)
MANIFEST = "kiosk-install.json"


@dataclass(frozen=True)
class Places:
    """Where each kind of file goes, for one user (XDG folders) or for the whole system."""

    units: Path
    autostart: Path
    applications: Path
    icons: Path
    metainfo: Path
    hwdb: Path | None  # only the system's: udev reads no user's folder
    manifest: Path


def user_places(environ: dict[str, str] | None = None) -> Places:
    env = os.environ if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    data = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
    return Places(config / "systemd" / "user", config / "autostart", data / "applications",
                  data / "icons" / "hicolor", data / "metainfo", None, data / "huzhou-viewer" / MANIFEST)


def system_places(destdir: Path | None = None) -> Places:
    def at(path: str) -> Path:
        return destdir / path.lstrip("/") if destdir else Path(path)

    # /etc/systemd/user: a user unit every user's session may enable; /usr/local: not the package manager's.
    return Places(at("/etc/systemd/user"), at("/etc/xdg/autostart"), at("/usr/local/share/applications"),
                  at("/usr/local/share/icons/hicolor"), at("/usr/local/share/metainfo"), at("/etc/udev/hwdb.d"),
                  at("/var/lib/huzhou-viewer") / MANIFEST)


def installed_command() -> list[str]:
    """The command that starts this installation: its console script beside its Python, else `python -m`."""
    beside = Path(sys.executable).parent / "huzhou-viewer"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside.absolute())]
    found = shutil.which("huzhou-viewer")
    if found and _same_installation(Path(found)):
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "huzhou_viewer"]


def _same_installation(script: Path) -> bool:
    try:
        first = script.read_text("utf-8", errors="replace").split("\n", 1)[0]
    except OSError:
        return False
    return first.startswith("#!") and Path(first[2:].strip().split()[0]).resolve() == Path(sys.executable).resolve()


def _desktop_exec(command: list[str]) -> str:
    """Quoted as the Desktop Entry spec wants: double quotes around an argument with a space or a reserved mark."""
    def quote(arg: str) -> str:
        if not re.search(r'[\s"\'\\><~|&;$*?#()`]', arg):
            return arg
        return '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'

    return " ".join(quote(arg) for arg in command)


def _unit_exec(command: list[str]) -> str:
    # systemd splits ExecStart like a shell does for quotes; '%' would start a specifier.
    return " ".join(shlex.quote(arg).replace("%", "%%") for arg in command)


def _with_command(text: str, key: str, command: str) -> str:
    """Every `key=huzhou-viewer ARGS` (or `key=/some/path/huzhou-viewer ARGS`) line, with `command` in its place."""
    pattern = re.compile(rf"^({key}=)\S*huzhou-viewer(?=\s|$)", re.M)
    return pattern.sub(lambda match: match.group(1) + command.replace("\\", "\\\\"), text)


def planned_files(places: Places, command: list[str] | None = None) -> list[tuple[Path, bytes]]:
    """(where, what) for each file install writes."""
    command = command or installed_command()
    source = resources.packaging_dir()

    def text(name: str) -> str:
        return (source / name).read_text("utf-8")

    files = [
        (places.units / UNIT, _with_command(text(UNIT), "ExecStart", _unit_exec(command)).encode()),
        (places.autostart / AUTOSTART, _with_command(text(AUTOSTART), "Exec", _desktop_exec(command)).encode()),
        (places.applications / MENU, _with_command(text(MENU), "Exec", _desktop_exec(command)).encode()),
        (places.metainfo / f"{METAINFO_ID}.metainfo.xml", (source / METAINFO).read_bytes()),
        (places.icons / "scalable" / "apps" / f"{ICON}.svg", (source / "icons" / f"{ICON}.svg").read_bytes()),
    ]
    for size in ICON_SIZES:
        png = (source / "icons" / f"{ICON}-{size}.png").read_bytes()
        files.append((places.icons / f"{size}x{size}" / "apps" / f"{ICON}.png", png))
    if places.hwdb is not None:
        files.append((places.hwdb / HWDB, (source / HWDB).read_bytes()))
    return files


def install(places: Places, say: Callable[[str], None] = print) -> list[Path]:
    files = planned_files(places)
    manifest = _read_manifest(places.manifest)
    created: list[str] = list(manifest.get("folders", []))
    written: dict[str, str] = dict(manifest.get("files", {}))
    for path, data in files:
        created += [str(folder) for folder in _make_folders(path.parent)]
        replaced = path.is_file() and str(path) not in written and path.read_bytes() != data
        path.write_bytes(data)
        path.chmod(0o644)
        written[str(path)] = hashlib.sha256(data).hexdigest()
        say(f"wrote {path}" + (" (in place of a copy made by hand)" if replaced else ""))
    created += [str(folder) for folder in _make_folders(places.manifest.parent)]
    record = {"files": written, "folders": list(dict.fromkeys(created))}
    places.manifest.write_text(json.dumps(record, indent=2) + "\n", "utf-8")
    return [path for path, _ in files]


def uninstall(places: Places, say: Callable[[str], None] = print) -> int:
    """0 when everything install wrote is gone; 1 when some file had been changed and was left."""
    if not places.manifest.is_file():
        say(f"nothing to remove: no {places.manifest} (install-kiosk writes it)")
        return 0
    manifest = _read_manifest(places.manifest)
    kept = 0
    for name, digest in manifest.get("files", {}).items():
        path = Path(name)
        if not path.is_file():
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            say(f"kept {path}: changed since install-kiosk wrote it")
            kept += 1
            continue
        path.unlink()
        say(f"removed {path}")
    places.manifest.unlink()
    for name in sorted(manifest.get("folders", []), key=len, reverse=True):  # the deepest first
        folder = Path(name)
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return 1 if kept else 0


def _make_folders(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents; the ones this created, outermost first."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
    return list(reversed(missing))


def _read_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def next_steps(places: Places, user: bool) -> list[str]:
    """What the technician runs next, said after the install."""
    if user:
        unit = f"  systemctl --user daemon-reload && systemctl --user enable --now {UNIT}"
    else:
        unit = f"  systemctl --global enable {UNIT}   (or, as the kiosk's user: systemctl --user enable --now {UNIT})"
    steps = ["To start the kiosk with the session, and restart it if it dies:", unit,
             f"or let the autostart entry start it ({places.autostart / AUTOSTART}); both make one show."]
    if places.hwdb is not None:
        steps.append("For presenter remotes: systemd-hwdb update && udevadm trigger --subsystem-match=input")
    return steps
