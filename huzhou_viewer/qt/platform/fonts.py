"""The bundled CJK font, registered with Qt and made the application font, so no text depends on
what fonts the machine happens to have."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from huzhou_viewer.show.fonts import QUOTES_FAMILY

log = logging.getLogger(__name__)


def register_bundled_fonts(files: list[Path]) -> str:
    """Register the font files and make their family the application's; returns the family ('' if none).
    The Latin quotation marks are registered with them, the bundled family as their substitute for the rest."""
    from huzhou_viewer import resources

    for path in resources.quote_font_files():
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("font %s could not be loaded; quotes in English are drawn full width", path)
    family = ""
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.error("font %s could not be loaded; Chinese text may show as boxes", path)
            continue
        family = family or families[0]
    if family:
        # The quotes face draws only quotation marks; the bundled font everything else (show/fonts.py).
        QFont.insertSubstitution(QUOTES_FAMILY, family)
        font = QFont(family)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        QGuiApplication.setFont(font)
    return family
