"""Charts drawn by a short-lived process of their own, kept as pictures in a cache folder.

matplotlib and numpy hold tens of megabytes once imported, and a running show would hold them for weeks for a
handful of pictures. So the show asks `draw_cached`, which returns the picture from the cache folder when it
was drawn before (by the same pack text, palette, size, fonts and drawing code) and otherwise runs
`python -m huzhou_viewer.charts.worker` to draw it there: a show whose charts are cached never imports
matplotlib, and one that draws a chart gives the memory back when the worker exits.

A picture file is a 16-byte header (MAGIC, width, height as little-endian 32-bit) and the RGBA8888 pixels
with straight alpha, rows top to bottom, as charts.draw.render_rgba returns them: read back with no decoder.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

MAGIC = b"HVRGBA01"
HEADER = struct.Struct("<8sII")
KEEP_BYTES = 256 << 20  # of pictures kept in the folder (a 1080p chart is about 4 MB, a 4K one 15); oldest go first
TIMEOUT_S = 120.0  # a first start may build matplotlib's font cache


@functools.cache
def _matplotlib_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # the installed metadata: matplotlib not imported

    try:
        return version("matplotlib")
    except PackageNotFoundError:
        return ""


class ChartDrawError(RuntimeError):
    """The worker could not draw the chart; the message is its own last line."""


def cache_key(request: dict) -> str:
    """What the picture depends on: the request (spec text in its language, theme, sizes, font files by
    size and time), the drawing code itself and matplotlib's version (its text layout changes between
    versions), so a changed program never shows an old picture."""
    here = Path(__file__).resolve().parent
    code = sorted((p.name, p.stat().st_mtime_ns) for p in here.glob("*.py"))
    fonts = []
    for name in request.get("fonts", []):
        try:
            stat = os.stat(name)
            fonts.append((name, stat.st_size, stat.st_mtime_ns))
        except OSError:
            fonts.append((name, 0, 0))
    text = json.dumps([request, fonts, code, _matplotlib_version()], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def read_picture(path: Path) -> tuple[bytes, int, int]:
    data = path.read_bytes()
    magic, width, height = HEADER.unpack_from(data)
    if magic != MAGIC or len(data) != HEADER.size + width * height * 4:
        raise ValueError(f"{path}: not a whole chart picture")
    return data[HEADER.size:], width, height


def write_picture(path: Path, pixels: bytes, width: int, height: int) -> None:
    # Written under a temporary name and renamed: a show never reads half a picture.
    fd, tmp = tempfile.mkstemp(prefix=".chart-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(HEADER.pack(MAGIC, width, height))
            f.write(pixels)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def draw_cached(request: dict, folder: Path) -> tuple[bytes, int, int]:
    """The picture for `request` ({"spec", "theme" (ChartTheme's fields), "width", "height", "screen",
    "fonts"}) from `folder`, drawn by a worker process first when it is not there. Raises ChartDrawError."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{cache_key(request)}.rgba"
    try:
        picture = read_picture(path)
        os.utime(path)  # recently used: the last to be pruned
        return picture
    except (OSError, ValueError, struct.error):
        pass
    env = dict(os.environ)
    # The worker imports this package from where this process has it (a checkout, a wheel).
    package_root = str(Path(__file__).resolve().parent.parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-m", "huzhou_viewer.charts.worker", str(path)], env=env,
                          input=json.dumps(request, ensure_ascii=False), text=True, capture_output=True,
                          timeout=TIMEOUT_S, check=False)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise ChartDrawError(lines[-1] if lines else f"chart worker exited {done.returncode}")
    _prune(folder)  # the picture just drawn is the newest: it stays
    return read_picture(path)


def _prune(folder: Path) -> None:
    kept = 0
    for picture in sorted(folder.glob("*.rgba"), key=lambda p: p.stat().st_mtime_ns, reverse=True):
        kept += picture.stat().st_size
        if kept > KEEP_BYTES:
            picture.unlink(missing_ok=True)


def draw_request(request: dict) -> tuple[bytes, int, int]:
    """Draw in this process (the worker's job)."""
    from .draw import render_rgba
    from .fonts import register_fonts
    from .theme import ChartTheme

    if request.get("fonts"):
        register_fonts(request["fonts"])
    theme = ChartTheme(**request["theme"])
    return render_rgba(request["spec"], theme, int(request["width"]), int(request["height"]), request.get("screen"))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m huzhou_viewer.charts.worker OUT.rgba < request.json", file=sys.stderr)
        return 2
    try:
        pixels, width, height = draw_request(json.loads(sys.stdin.read()))
        write_picture(Path(argv[0]), pixels, width, height)
    except Exception as error:  # noqa: BLE001 - one line back to the show, which says "chart unavailable"
        print(f"chart could not be drawn: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
