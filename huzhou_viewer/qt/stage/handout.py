"""The show as a PDF handout for the press: each scene as a picture, the honourees and the speaker's notes as text.

Scenes are the stage's own frames, rendered at print resolution (3840x2160 unless told) and placed on the page;
everything else (titles, notes, the honourees' names and citations) is set as real text in the bundled font, so
it can be selected, searched and copied, with the fonts embedded. Without notes the pages are A4 landscape, one
scene a page; with notes, A4 portrait, the scene on top and its notes below, as a presentation's notes pages.
The file is written whole or not at all (huzhou_viewer.atomic).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QTextLayout,
    QTextOption,
)

from huzhou_viewer import __version__
from huzhou_viewer.atomic import replacing
from huzhou_viewer.content.files import picture_format
from huzhou_viewer.content.marks import unbroken
from huzhou_viewer.content.script import is_rtl
from huzhou_viewer.qt.stage.export import grab, picture_jobs
from huzhou_viewer.qt.stage.stage import Stage

RESOLUTION = 300  # dots per inch of the page's coordinates (the scene pictures keep their own pixels)
MARGIN_MM = 12.0
PORTRAIT_MM = 16.0  # an honouree's photo or generated portrait, beside their citation
INK = QColor("#1c1c1c")
MUTED = QColor("#5f5f5f")
RULE = QColor("#c8102e")
# Where the bundled font lacks a character (a rare Traditional one, a symbol), the systems' usual fonts draw it.
FALLBACK_FAMILIES = ("Noto Sans", "Noto Sans CJK SC", "DejaVu Sans")


def export_pdf(stage: Stage, size: tuple[int, int], target: Path, steps: bool = False, notes: bool = False,
               progress: Callable[[str], None] = lambda line: None) -> int:
    """Write the handout of the stage's show, in its language, to `target`; returns the number of pages."""
    show = stage.controller
    deck, language = show.deck, show.language
    views = deck.scenes(language)
    show.set_exporting(True)
    stage.icons.load_now()
    stage.view.resize(*size)
    stage.view.show()
    target.parent.mkdir(parents=True, exist_ok=True)
    with replacing(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(deck.title(language))
        writer.setCreator(f"Huzhou Viewer {__version__}")
        writer.setDocumentXmpMetadata(xmp_metadata(deck.title(language), deck.date, language))
        orientation = QPageLayout.Orientation.Portrait if notes else QPageLayout.Orientation.Landscape
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))
        # In English the quotes face first (show/fonts.py), then the bundled font, before the system's.
        pages = _Pages(writer, [show.fontFamily, show.font_family], deck.title(language))
        try:
            jobs = picture_jobs(deck, views, steps, gallery_pages=False)
            for n, (index, step) in enumerate(jobs, 1):
                view = views[index]
                show.goTo(index, step)
                picture = grab(stage).convertToFormat(QImage.Format.Format_RGB32)  # no alpha: no soft mask
                heading = f"{index + 1}  {view['title'] or view['label']}"
                pages.scene(picture, heading, _notes(view) if notes else None)
                progress(f"export: {n}/{len(jobs)} page {pages.count}: {deck.scene_ids[index]}"
                         + (f" step {step + 1}" if steps else ""))
                if view["kind"] == "gallery" and view.get("people"):
                    pages.people(view["title"] or view["label"], view["people"])  # type: ignore[typeddict-item]
                    progress(f"export: the honourees, to page {pages.count}")
        finally:
            pages.end()
    show.set_exporting(False)
    return pages.count


def xmp_metadata(title: str, date: str, language: str) -> bytes:
    """The document's XMP packet: its title in its language, the pack's date, the program that made it."""
    made = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    dated = f"<dc:date><rdf:Seq><rdf:li>{escape(date)}</rdf:li></rdf:Seq></dc:date>" if date else ""
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:title><rdf:Alt><rdf:li xml:lang="{escape(language)}">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>
   {dated}
   <dc:format>application/pdf</dc:format>
   <xmp:CreatorTool>Huzhou Viewer {escape(__version__)}</xmp:CreatorTool>
   <xmp:CreateDate>{made}</xmp:CreateDate>
   <pdf:Producer>Huzhou Viewer {escape(__version__)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


@dataclass
class _Paragraph:
    layout: QTextLayout
    height: float
    colour: QColor
    space_after: float
    indent: float = 0.0


class _Pages:
    """The pages, one after another: a scene with its notes, or honourees set as text, flowing on."""

    def __init__(self, writer: QPdfWriter, families: list[str], footer: str) -> None:
        self.writer = writer
        self.painter = QPainter(writer)
        self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.families = list(dict.fromkeys(f for f in (*families, *FALLBACK_FAMILIES) if f))
        self.footer = footer
        self.count = 0
        page = writer.pageLayout().fullRectPixels(RESOLUTION)
        margin = self.mm(MARGIN_MM)
        self.area = QRectF(page).adjusted(margin, margin, -margin, -margin - self.mm(6))
        self._y = self.area.top()

    def mm(self, millimetres: float) -> float:
        return millimetres / 25.4 * RESOLUTION

    def font(self, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def new_page(self) -> None:
        if self.count:
            self.writer.newPage()
        self.count += 1
        self._y = self.area.top()
        self._draw_footer()

    def _draw_footer(self) -> None:
        painter = self.painter
        painter.setFont(self.font(8))
        painter.setPen(MUTED)
        line = QRectF(self.area.left(), self.area.bottom() + self.mm(2), self.area.width(), self.mm(5))
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.footer)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(self.count))

    def scene(self, picture: QImage, heading: str, notes: str | None) -> None:
        """One page: the scene's picture as wide as the page allows; under it its heading, and its notes
        when asked for (flowing on to further pages if they are long)."""
        self.new_page()
        area = self.area
        room = area.height() - (self.mm(40) if notes is not None else self.mm(10))
        width = min(area.width(), room * picture.width() / max(1, picture.height()))
        height = width * picture.height() / max(1, picture.width())
        frame = QRectF(area.left() + (area.width() - width) / 2, area.top(), width, height)
        self.painter.drawImage(frame, picture)
        self._y = frame.bottom() + self.mm(4)
        self.flow([self.paragraph(heading, self.font(11, bold=True), INK, self.mm(2))])
        if notes:
            self.flow([self.paragraph(part, self.font(11), INK, self.mm(2.5)) for part in _paragraphs(notes)])

    def people(self, title: str, people: list[dict]) -> None:
        """The honourees as text, each with role, organisation, category, citation and quote; a person is
        never split across two pages when they fit on one."""
        self.new_page()
        self.flow([self.paragraph(title, self.font(16, bold=True), INK, self.mm(5))])
        for person in people:
            # A citizen observer's role is often their category too: said once.
            about = " · ".join(dict.fromkeys(p for p in (person.get("role"), person.get("organisation"),
                                                         person.get("category")) if p))
            indent = self.mm(PORTRAIT_MM + 5)
            entry = [self.paragraph(person["name"], self.font(12.5, bold=True), RULE, self.mm(1), indent)]
            if about:
                entry.append(self.paragraph(about, self.font(9.5), MUTED, self.mm(1.5), indent))
            entry += [self.paragraph(part, self.font(10.5), INK, self.mm(1.5), indent)
                      for part in _paragraphs(person.get("citation", ""))]
            if person.get("quote"):
                entry.append(self.paragraph(f"“{person['quote']}”", self.font(10, italic=True), MUTED, self.mm(1.5),
                                            indent))
            portrait = self.mm(PORTRAIT_MM)
            height = max(sum(p.height + p.space_after for p in entry), portrait)
            if self._y + height > self.area.bottom() and self._y > self.area.top():
                self.new_page()
            top = self._y
            self.portrait(person, QRectF(self.area.left(), top, portrait, portrait))
            self.flow(entry)
            self._y = max(self._y, top + portrait) + self.mm(5)

    def portrait(self, person: dict, frame: QRectF) -> None:
        """The person's photo in a disc, or the generated portrait the gallery shows (initial on a coloured disc)."""
        painter = self.painter
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        disc = QPainterPath()
        disc.addEllipse(frame)
        photo = _photo(person.get("photo") or "", round(frame.width()))
        if photo is not None:
            painter.setClipPath(disc)
            side = min(photo.width(), photo.height())  # the middle square, as the gallery crops it
            source = QRectF((photo.width() - side) / 2, (photo.height() - side) / 2, side, side)
            painter.drawImage(frame, photo, source)
        else:
            painter.fillPath(disc, QColor(person.get("discColour") or "#888888"))
            painter.setPen(QColor(person.get("initialColour") or "#ffffff"))
            painter.setFont(self.font(frame.height() / RESOLUTION * 72 * 0.4, bold=True))
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, person.get("initial") or "")
        painter.restore()

    def paragraph(self, text: str, font: QFont, colour: QColor, space_after: float, indent: float = 0.0
                  ) -> _Paragraph:
        text = unbroken(text)  # the stage's break characters (show/breaks.py) are for its widths, not a page's
        layout = QTextLayout(text, font, self.writer)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if is_rtl(text):  # an Arabic or Hebrew name reads from the right, and stays beside its portrait
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.area.width() - indent)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return _Paragraph(layout, y, colour, space_after, indent)

    def flow(self, paragraphs: list[_Paragraph]) -> None:
        """Draw the paragraphs from the current place down, line by line, on a new page where one is full."""
        painter = self.painter
        for paragraph in paragraphs:
            painter.setPen(paragraph.colour)
            layout = paragraph.layout
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                if self._y + line.height() > self.area.bottom():
                    self.new_page()
                    painter.setPen(paragraph.colour)
                line.draw(painter, QPointF(self.area.left() + paragraph.indent, self._y - line.y()))
                self._y += line.height()
            self._y += paragraph.space_after

    def end(self) -> None:
        if not self.count:
            self.new_page()  # a PDF without a page is no PDF
        self.painter.end()


def _photo(path: str, pixels: int) -> QImage | None:
    """The photo decoded at about `pixels` on its shorter side, upright by its EXIF orientation; None when there is
    none or it does not decode (the generated portrait stands in, as in the gallery). The deck names only JPEG,
    PNG and WebP files inside the pack, and only those formats are asked of Qt."""
    if not path:
        return None
    kind = picture_format(Path(path))
    if kind is None:
        return None
    reader = QImageReader(path, kind.lower().encode("ascii"))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and min(size.width(), size.height()) > pixels:
        reader.setScaledSize(size.scaled(pixels, pixels, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
    image = reader.read()
    return None if image.isNull() else image.convertToFormat(QImage.Format.Format_RGB32)


def _notes(view: dict) -> str:
    """The speaker's notes, then each chart of the scene in words: a reader of the handout who cannot see the
    chart's picture (or has only its text) gets what it shows."""
    charts = [block.get("description", "") for block in view.get("blocks", []) if block.get("kind") == "chart"]
    return "\n\n".join(part for part in [view.get("notes", ""), *charts] if part)


def _paragraphs(text: str) -> list[str]:
    # A blank line in the pack's folded text reaches the deck as one line break: each break starts a paragraph.
    return [part.strip() for part in text.replace("\r\n", "\n").split("\n") if part.strip()] if text else []

