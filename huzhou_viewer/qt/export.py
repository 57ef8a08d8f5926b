"""Every scene to PNG at any size, without showing a window."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QImage

from huzhou_viewer.qt.stage import Stage


def export_png(stage: Stage, size: tuple[int, int], out_dir: Path, steps: bool = False,
               progress: Callable[[str], None] = lambda line: None) -> list[Path]:
    """Render each scene in its final step (or every step) at `size`; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    view, show = stage.view, stage.show
    show.set_exporting(True)
    view.resize(*size)
    view.show()
    written: list[Path] = []
    deck = show.deck
    jobs = [(i, s) for i, count in enumerate(deck.step_counts) for s in (range(count) if steps else [count - 1])]
    for n, (index, step) in enumerate(jobs, 1):
        show.goTo(index, step)
        image = grab(stage)
        name = f"{index + 1:02d}-{deck.scene_ids[index]}" + (f"-step{step + 1}" if steps else "") + ".png"
        written.append(save_atomically(image, out_dir / name))
        progress(f"export: {n}/{len(jobs)} {name}")
    return written


def grab(stage: Stage) -> QImage:
    """The view's next frame, after pending loads and layout have settled."""
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    return stage.view.grabWindow()


def save_atomically(image: QImage, target: Path) -> Path:
    # A half-written PNG must never sit under the final name (a press folder is read while we write).
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".png", dir=target.parent)
    os.close(fd)
    try:
        if not image.save(tmp, "PNG"):
            raise OSError(f"could not write {target}")
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
