"""Charts in any script: what the bundled (CJK) font lacks comes from the system's fonts, and Arabic comes out
joined and right to left, as Qt draws it in the scenes.

The Arabic and Hebrew cases need a face for them (Debian's fonts-noto-core; tools/system-deps.sh installs it)."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font
from matplotlib.text import Text

from huzhou_viewer.charts import ChartTheme, draw, register_fonts
from huzhou_viewer.charts.fonts import drawing_family, fallback_families, font_chain
from huzhou_viewer.charts.text import shown
from huzhou_viewer.resources import font_files

THEME = ChartTheme(background="#1A0E0C", surface="#2A1816", text="#F6EDE3", muted="#B9A89A",
                   accent="#6FBF73", gold="#D9B45A")
FAMILY = "HuzhouViewer Sans"
LABELS = ["€ 1,200", "Hà Nội ế ễ", "سلام 2023", "שלום"]


@pytest.fixture(scope="module", autouse=True)
def fonts():
    return register_fonts(font_files())


def bars(labels, orientation="vertical"):
    items = [{"label": label, "value": 10 * (i + 1), "derived": False, "note": ""} for i, label in enumerate(labels)]
    return {"kind": "chart", "chart": "bars", "id": "scripts", "title": "", "unit": "", "orientation": orientation,
            "items": items, "start": "", "total": None, "derivedLabel": "", "source": "", "sourceLabel": "",
            "note": ""}


def charmap(family: str) -> set[int]:
    path = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    return set(FT2Font(path).get_charmap())


def needs_arabic_face():
    if "Noto Sans Arabic" not in fallback_families():
        pytest.skip("no Arabic face installed (Debian: fonts-noto-core)")


def test_the_chain_starts_with_the_bundled_font_and_falls_back_on_dejavu():
    chain = font_chain(FAMILY)
    assert chain[0] == FAMILY and "DejaVu Sans" in chain and len(set(chain)) == len(chain)
    assert drawing_family("€") == "DejaVu Sans" and drawing_family("ế") == "DejaVu Sans"
    assert drawing_family("\U000F0000") is None  # private use: no font has it


@pytest.mark.parametrize("orientation", ["vertical", "horizontal"])
def test_euro_vietnamese_arabic_and_hebrew_labels_draw_no_box(orientation):
    """Drawn with warnings as errors (matplotlib warns of a glyph no font of the list has), and each character
    of what was drawn is in one of the chain's fonts."""
    needs_arabic_face()
    fig = draw.figure_for(bars(LABELS, orientation), THEME, 1000, 560)
    fig.canvas.draw()
    covered = set().union(*(charmap(family) for family in font_chain(FAMILY)))
    drawn = "".join(t.get_text() for t in fig.findobj(Text))
    for label in LABELS:
        assert label in drawn, label
    assert not [ch for ch in drawn if not ch.isspace() and ord(ch) not in covered]


def pixels(text: str, family: list[str]) -> np.ndarray:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(1, 0.5), dpi=100, facecolor="none")  # alpha: where ink is
    FigureCanvasAgg(fig)
    fig.text(0.1, 0.2, text, fontproperties=font_manager.FontProperties(family=family, size=20))
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba())[..., 3].copy()


def test_a_fallen_back_glyph_is_not_the_box(recwarn):
    """'₫' (the dong, which the bundled font lacks) drawn with the chain looks like DejaVu's, not like the bundled
    font's missing-glyph box."""
    box = pixels("₫", [FAMILY])  # matplotlib warns that the glyph is missing: that is the box
    assert any("missing" in str(w.message).lower() for w in recwarn)
    with_chain = pixels("₫", font_chain(FAMILY))
    assert np.array_equal(with_chain, pixels("₫", ["DejaVu Sans"]))
    assert box.any() and with_chain.any() and not np.array_equal(with_chain, box)


def qt_pixels(text: str, family: str) -> np.ndarray:
    """`text` as Qt draws it in the scenes (HarfBuzz, with the bidi algorithm): the reference."""
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(600, 100, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    font = QFont(family)
    font.setPixelSize(40)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(20, 70, text)
    painter.end()
    return np.frombuffer(image.constBits(), np.uint8).reshape(100, 600, 4)[..., 3].astype(float)


def chart_pixels(text: str) -> np.ndarray:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 1), dpi=100, facecolor="none")
    FigureCanvasAgg(fig)
    fig.text(0.03, 0.3, shown(text), fontproperties=font_manager.FontProperties(family=font_chain(FAMILY), size=28.8))
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba())[..., 3].astype(float)


def ink_profile(image: np.ndarray) -> np.ndarray:
    """How much ink each column holds, from the first inked column to the last, on 200 steps: the shape of a
    word, whatever its size or place."""
    columns = image.sum(axis=0)
    inked = np.where(columns > 0)[0]
    run = columns[inked.min():inked.max() + 1]
    return np.interp(np.linspace(0, len(run) - 1, 200), np.arange(len(run)), run)


@pytest.mark.parametrize("text", ["مارس", "ولادة", "يناير إلى مارس", "سلام"])
def test_arabic_in_a_chart_is_drawn_as_qt_draws_it_in_the_scenes(qapp, text):
    """Joined letters, right to left: a chart's word has the shape Qt gives it (the same face), and not the
    shape of the same word drawn in reverse, as it came out when it was shaped and reordered twice."""
    needs_arabic_face()
    reference = ink_profile(qt_pixels(text, "Noto Sans Arabic"))
    drawn = ink_profile(chart_pixels(text))
    likeness = float(np.corrcoef(reference, drawn)[0, 1])
    assert likeness > 0.9, f"{text!r} drawn unlike Qt's (correlation {likeness:.2f})"
    assert likeness > float(np.corrcoef(reference, drawn[::-1])[0, 1]) + 0.2


def test_a_label_reaches_matplotlib_as_written_without_its_break_marks():
    for text in ("Hà Nội", "2023年（推算）", "€ 1,200", "", "سلام\n2023 سلام"):
        assert shown(text) == text
    assert shown("Kranken\u00adhaus\u2060 2023\u200b") == "Krankenhaus 2023"


def ink_width(image: np.ndarray) -> int:
    columns = np.where(image.any(axis=0))[0]
    return int(columns.max() - columns.min()) if len(columns) else 0


def test_devanagari_in_a_chart_is_shaped_into_its_conjuncts():
    """क्ष is one conjunct glyph (matplotlib shapes through libraqm, in the fallback face), narrower than its
    letters with the virama shown, as a zero-width non-joiner forces them."""
    if "Noto Sans Devanagari" not in fallback_families():
        pytest.skip("no Devanagari face installed (Debian: fonts-noto-core)")
    chain = font_chain(FAMILY)
    conjunct, spelled = pixels("क्ष", chain), pixels("क्\u200cष", chain)
    assert conjunct.any() and 0 < ink_width(conjunct) < ink_width(spelled) * 0.8
    fig = draw.figure_for(bars(["क्षेत्र", "राष्ट्र"]), THEME, 1000, 560)
    fig.canvas.draw()  # warnings are errors: a glyph no face has would fail here
    drawn = "".join(t.get_text() for t in fig.findobj(Text))
    assert "क्षेत्र" in drawn and "राष्ट्र" in drawn
