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


def quote_font_files() -> list[Path]:
    """The Latin quotation marks the stage sets before the CJK font in other languages (show/fonts.py)."""
    return sorted((resources_dir() / "fonts").glob("HuzhouViewerQuotes-*.ttf"))


def font_coverage_file() -> Path:
    return resources_dir() / "fonts" / "coverage.txt"


def schema_dir() -> Path:
    """The pack format's JSON Schemas (written from the model by tools/schemas.py)."""
    return resources_dir() / "schema"


def packaging_dir() -> Path:
    """The desktop, autostart, systemd and hwdb files and the application icon, as `install-kiosk` writes them."""
    installed = _PACKAGE / "_data" / "packaging"
    return installed if installed.is_dir() else _PACKAGE.parent / "packaging"


def example_pack() -> Path:
    """The small, complete example pack: docs/example-pack in a checkout, the starter of `huzhou-viewer new`."""
    installed = _PACKAGE / "_data" / "example-pack"
    return installed if installed.is_dir() else _PACKAGE.parent / "docs" / "example-pack"
