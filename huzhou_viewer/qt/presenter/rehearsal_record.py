"""The rehearsal record of a talk: seconds per scene, kept for the next run (show/rehearsal.py)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from huzhou_viewer.show import rehearsal
from huzhou_viewer.show.timer import SceneTimes

log = logging.getLogger(__name__)


def spent_per_scene(times: SceneTimes, elapsed: float, scene_ids: Sequence[str]) -> dict[str, float]:
    """Seconds spent per scene id (scenes never shown are left out)."""
    return {scene_id: t for scene_id, t in zip(scene_ids, times.totals(elapsed)) if t > 0}


def save_quietly(path: Path, pack_id: str, spent: dict[str, float]) -> None:
    """Write the record, if there is one; a record is never worth stopping the show, so failures are logged."""
    if not spent:
        return
    try:
        rehearsal.save(path, pack_id, spent)
    except OSError as error:
        log.warning("could not save the rehearsal times to %s: %s", path, error)
