"""The one module that knows where resources/ and ui/ live: beside the package in a checkout,
inside it (huzhou_viewer/_data/) when installed from a wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _base() -> Path:
    installed = _PACKAGE / "_data"
    if (installed / "ui").is_dir():
        return installed
    return _PACKAGE.parent


def ui_dir() -> Path:
    return _base() / "ui"


def resources_dir() -> Path:
    return _base() / "resources"


def bundled_pack() -> Path:
    """The pack shown when none is chosen, or when the chosen one is broken."""
    packs = sorted(p.parent for p in (resources_dir() / "content").glob("*/pack.yaml"))
    return packs[0] if packs else resources_dir() / "content" / "missing"


def font_files() -> list[Path]:
    return sorted((resources_dir() / "fonts").glob("*.otf"))


def font_coverage_file() -> Path:
    return resources_dir() / "fonts" / "coverage.txt"
