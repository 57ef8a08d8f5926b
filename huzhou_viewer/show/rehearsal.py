"""Rehearsal records: seconds spent per scene in the last run, kept per pack in one JSON file.

The file sits next to the settings and is written atomically, so a crash mid-write never leaves half a
record. A file that cannot be read is treated as empty (a rehearsal record is never worth stopping a show).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from huzhou_viewer.atomic import write_text

REHEARSAL_FILE = "rehearsal.json"
FORMAT = 1


def load(path: Path, pack_id: str) -> dict[str, float]:
    """Seconds per scene id of the pack's last recorded run ({} when there is none or the file is unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        scenes = data["packs"][pack_id]["scenes"]
        return {str(k): float(v) for k, v in scenes.items() if isinstance(v, (int, float)) and v >= 0}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save(path: Path, pack_id: str, seconds: Mapping[str, float]) -> None:
    """Record `seconds` (per scene id) as the pack's last run, keeping other packs' records."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("packs"), dict):
            raise ValueError
    except (OSError, ValueError):
        data = {"format": FORMAT, "packs": {}}
    data["packs"][pack_id] = {"scenes": {k: round(v, 1) for k, v in seconds.items()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, json.dumps(data, ensure_ascii=False, indent=1))
