"""Shared bits of the benchmarks: the environment they run in and the statistics they print."""

from __future__ import annotations

import os
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def headless_env() -> dict[str, str]:
    """Set (unless already set) the offscreen platform and the software Qt Quick renderer: the only set-up
    that works on every machine, so figures from different machines compare. Returns os.environ."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    return dict(os.environ)


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
