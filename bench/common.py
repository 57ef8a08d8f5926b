"""Shared bits of the benchmarks: the environment they run in and the statistics they print."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def headless_env() -> dict[str, str]:
    """Set (unless already set) the offscreen platform and the software Qt Quick renderer: the only set-up
    that works on every machine, so figures from different machines compare. Returns os.environ."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    return dict(os.environ)


def compile_modules() -> None:
    """Write the program's .pyc files, as installing the wheel does: where PYTHONDONTWRITEBYTECODE is set, a
    module changed since its last compile would otherwise be compiled again at every start and timed with it."""
    import compileall
    compileall.compile_dir(ROOT / "huzhou_viewer", quiet=1)


EXTRA_LANGUAGES = ("de", "fr")  # what four_language_pack adds to the bundled pack's zh-Hans and en


def four_language_pack(folder: Path) -> Path:
    """A copy of the bundled pack in four languages: every text that has an English version also in German and
    French (the English words: the cost of a language is its texts and the program's words, not what they say),
    the program's own words from their catalogues. For the benches that must hold with more languages."""
    import shutil

    from ruamel.yaml import YAML

    sys.path.insert(0, str(ROOT))
    from huzhou_viewer import resources

    pack = folder / "four-languages"
    shutil.copytree(resources.bundled_pack(), pack)
    yaml = YAML()  # round trip: the files stay as written, with the two languages added beside English
    yaml.width = 4096
    for path in [pack / "pack.yaml", pack / "people.yaml", *sorted((pack / "scenes").glob("*.yaml"))]:
        data = yaml.load(path)
        _add_languages(data)
        if path.name == "pack.yaml":
            data["languages"].extend(EXTRA_LANGUAGES)
        yaml.dump(data, path)
    # Dated a few minutes back, as a pack copied onto a machine is: a deck read from files changed in the last
    # moments is not kept (show/deck_cache.py), which would make every start of the run build it again.
    past = time.time() - 300
    for path in pack.rglob("*"):
        os.utime(path, (past, past))
    return pack


def _add_languages(node) -> None:
    if isinstance(node, dict):
        if "en" in node and ("zh-Hans" in node or "zh-Hant" in node) and isinstance(node["en"], str):
            for language in EXTRA_LANGUAGES:
                node.setdefault(language, node["en"])
        for value in node.values():
            _add_languages(value)
    elif isinstance(node, list):
        for value in node:
            _add_languages(value)


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (x, y) points."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    spread = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / spread if spread else 0.0


def warm_up_end(samples: list[tuple[float, float]], window: int, rise: float) -> int:
    """The index of the sample where a memory curve's warm-up ends, the soaks' one rule: the first after the last
    stretch of `window` + 1 samples that still rises by `rise` of its first sample or more from its first sample
    to its last (a least-squares slope; one sample's noise cannot make a stretch rise)."""
    end = 0
    for i in range(len(samples) - window):
        stretch = samples[i:i + window + 1]
        if slope(stretch) * (stretch[-1][0] - stretch[0][0]) >= rise * stretch[0][1]:
            end = i + 1
    return min(end, len(samples) - 1)


def setup_line() -> str:
    return (f"platform={os.environ.get('QT_QPA_PLATFORM')} quick-backend={os.environ.get('QT_QUICK_BACKEND')} "
            f"cores={os.cpu_count()}")


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: a real observed value, no interpolation between samples."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil(n * p / 100)
    return ordered[int(rank) - 1]


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def free_display() -> int:
    for n in range(90, 200):
        if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
            return n
    sys.exit("no free X display number between :90 and :199")


def start_xvfb(size: tuple[int, int]) -> tuple[subprocess.Popen, str]:
    """An X server of its own on a free display (no window manager); returns it and its DISPLAY."""
    n = free_display()
    server = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not os.path.exists(f"/tmp/.X11-unix/X{n}"):
        if server.poll() is not None or time.monotonic() > deadline:
            sys.exit(f"Xvfb :{n} did not start")
        time.sleep(0.05)
    return server, f":{n}"
