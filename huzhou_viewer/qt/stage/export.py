"""Every scene to PNG at any size, without showing a window."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem

from huzhou_viewer.atomic import replacing
from huzhou_viewer.qt.stage.stage import Stage
from huzhou_viewer.show.deck import Deck

# What an export waits for: each has a `settled` property, false while its picture is on its way. The
# pictures are Images, judged whatever their own visibility; a chart only when shown.
PICTURES = ("portraitPhoto", "storyPicture", "sceneBackground")


def export_png(stage: Stage, size: tuple[int, int], out_dir: Path, steps: bool = False,
               progress: Callable[[str], None] = lambda line: None) -> list[Path]:
    """Render each scene in its final step (or every step) at `size`; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    view, show = stage.view, stage.controller
    show.set_exporting(True)
    stage.icons.load_now()  # every icon in the first picture too
    view.resize(*size)
    view.show()
    written: list[Path] = []
    deck = show.deck
    jobs = picture_jobs(deck, deck.scenes(show.language), steps)
    for n, (index, step) in enumerate(jobs, 1):
        show.goTo(index, step)
        image = grab(stage)
        name = f"{index + 1:02d}-{deck.scene_ids[index]}" + (f"-step{step + 1}" if steps else "") + ".png"
        written.append(save_atomically(image, out_dir / name))
        progress(f"export: {n}/{len(jobs)} {name}")
    return written


def picture_jobs(deck: Deck, views: list, steps: bool, gallery_pages: bool = True) -> list[tuple[int, int]]:
    """(scene, step) of each picture: a scene's last build, or every step. The gallery's picture is its grid; its
    steps are the honourees' pages, left out with `gallery_pages` false (a handout sets them as text)."""
    jobs = []
    for index, (view, count) in enumerate(zip(views, deck.step_counts)):
        if view["kind"] == "gallery":
            jobs += [(index, s) for s in (range(count) if steps and gallery_pages else [0])]
        else:
            jobs += [(index, s) for s in (range(count) if steps else [count - 1])]
    return jobs


def grab(stage: Stage, timeout_s: float = 60.0) -> QImage:
    """The view's next frame, after pending loads (photos, pictures, the icon fonts), layout and charts drawn on
    the worker have settled."""
    deadline = time.monotonic() + timeout_s
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    while (stage.icons.loading or _charts_drawing(stage.view.rootObject())) and time.monotonic() < deadline:
        # Sleep, don't wait inside processEvents: that would hold the GIL the chart-drawing thread needs.
        time.sleep(0.005)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    return stage.view.grabWindow()


def _charts_drawing(item: QQuickItem) -> bool:
    """Whether a chart, a photo or a story's picture on screen is still waiting for its picture. Judged by its
    own `settled` (an Image's status) whatever its own visibility: a photo stays hidden until it has loaded,
    over the generated portrait. Only what sits inside a hidden item is left out: it is not on screen."""
    parent = item.parentItem()
    if item.objectName() in PICTURES and not item.property("settled"):
        return parent is None or parent.isVisible()
    if not item.isVisible():
        return False
    if item.objectName() == "chart" and not item.property("settled"):
        return True
    return any(_charts_drawing(child) for child in item.childItems())


def save_atomically(image: QImage, target: Path) -> Path:
    # A half-written PNG must never sit under the final name (a press folder is read while we write).
    with replacing(target) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise OSError(f"could not write {target}")
    return target
