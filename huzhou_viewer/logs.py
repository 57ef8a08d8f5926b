"""Logging to stderr and to a rotating file in the user's log folder (best effort: a read-only home
must not stop the show)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: str = "info", log_dir: Path | None = None) -> Path | None:
    """Configure the root logger; returns the log file, or None when it could not be opened."""
    root = logging.getLogger()
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    for handler in list(root.handlers):
        root.removeHandler(handler)
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(logging.Formatter("huzhou-viewer: %(levelname)s: %(message)s"))
    console.setLevel(logging.WARNING)
    root.addHandler(console)
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "huzhou-viewer.log"
        file = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    file.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(file)
    return path
