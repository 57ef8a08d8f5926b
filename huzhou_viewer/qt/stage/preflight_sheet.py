"""The contact sheet of a preflight: every step at one size as a thumbnail in a grid, labelled, with what
was found wrong outlined in red."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from huzhou_viewer.qt.stage.export import save_atomically
from huzhou_viewer.qt.stage.preflight import Finding, Frame, Place

THUMB_WIDTH = 384  # a landscape frame's thumbnail; a portrait one is as tall as a landscape one is wide
GAP = 12
LABEL = 26
BACKGROUND = "#202020"


def thumb_width(size: tuple[int, int]) -> int:
    width, height = size
    return THUMB_WIDTH if width >= height else max(1, round(THUMB_WIDTH * 9 / 16 * width / height))


def columns(size: tuple[int, int]) -> int:
    return 4 if size[0] >= size[1] else 8


def sheet_size(count: int, size: tuple[int, int]) -> tuple[int, int]:
    """The sheet's pixel size for `count` frames of window size `size`."""
    tw = thumb_width(size)
    th = round(tw * size[1] / size[0])
    cols = min(columns(size), max(1, count))
    rows = max(1, -(-count // cols))
    return cols * (tw + GAP) + GAP, rows * (th + LABEL + GAP) + GAP


def write_sheet(frames: list[Frame], findings: list[Finding], size: tuple[int, int], target: Path,
                font_family: str = "") -> Path:
    shown = [frame for frame in frames if frame.image is not None and frame.place.size == size]
    width, height = sheet_size(len(shown), size)
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor(BACKGROUND))
    boxes = _boxes_by_place(findings)
    tw = thumb_width(size)
    th = round(tw * size[1] / size[0])
    scale = tw / size[0]
    cols = min(columns(size), max(1, len(shown)))
    painter = QPainter(sheet)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(font_family) if font_family else QFont()
        font.setPixelSize(13)
        painter.setFont(font)
        for n, frame in enumerate(shown):
            x, y = GAP + (n % cols) * (tw + GAP), GAP + (n // cols) * (th + LABEL + GAP)
            assert frame.image is not None
            painter.drawImage(QRectF(x, y, tw, th), frame.image)
            marked = boxes.get(frame.place, [])
            painter.setPen(QPen(QColor("#ff2020"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setClipRect(QRectF(x, y, tw, th))
            for bx, by, bw, bh in marked:
                painter.drawRect(QRectF(x + bx * scale, y + by * scale, max(2.0, bw * scale), max(2.0, bh * scale)))
            painter.setClipping(False)
            place = frame.place
            touch = " · touch" if place.chrome == "touch" else ""
            count = f" · {len(marked)} ✗" if marked else ""
            label = f"{place.language} · {place.scene} · step {place.step}{touch}{count}"
            painter.setPen(QColor("#ff6060" if marked else "#dddddd"))
            painter.drawText(QRectF(x, y + th + 4, tw, LABEL - 4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
    finally:
        painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    return save_atomically(sheet, target)


def _boxes_by_place(findings: list[Finding]) -> dict[Place, list[tuple[float, float, float, float]]]:
    found: dict[Place, list[tuple[float, float, float, float]]] = {}
    for finding in findings:
        for place, boxes in finding.boxes.items():
            found.setdefault(place, []).extend(boxes)
    return found
