"""Logging to stderr and to a rotating file in the user's log folder (best effort: a read-only home
must not stop the show).

The file handler (and logging.handlers, which pulls in sockets and pickle) is attached after the first
frame; what is logged before then is kept and written to the file when it opens.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _OneLine(logging.Formatter):
    """The terminal gets one line per record; tracebacks go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


class _Held(logging.Handler):
    """Keeps records until the log file is open."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < 10_000:
            self.records.append(record)


def setup_logging(level: str = "info") -> None:
    """Configure the root logger: warnings and errors to stderr, everything held for the file."""
    root = logging.getLogger()
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    for handler in list(root.handlers):
        root.removeHandler(handler)
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(_OneLine("huzhou-viewer: %(levelname)s: %(message)s"))
    console.setLevel(logging.WARNING)
    root.addHandler(console)
    root.addHandler(_Held())


def open_log_file(log_dir: Path, only_if_warned: bool = False) -> Path | None:
    """Start writing the log file (and write what was held); None when it cannot be opened, or, with
    `only_if_warned`, when nothing held is a warning or worse (a smoke test's start that went well writes
    nothing, and pays nothing: logging.handlers alone costs a start several milliseconds)."""
    root = logging.getLogger()
    held = next((h for h in root.handlers if isinstance(h, _Held)), None)
    if held is None:
        return None  # opened already (every command that loads a pack asks), or logging is not set up
    if only_if_warned and not any(r.levelno >= logging.WARNING for r in held.records):
        return None
    from logging.handlers import RotatingFileHandler

    if held is not None:
        root.removeHandler(held)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "huzhou-viewer.log"
        file = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    file.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(file)
    for record in held.records if held else []:
        file.handle(record)
    return path
