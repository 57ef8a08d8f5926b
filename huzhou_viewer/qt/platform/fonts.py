"""The bundled CJK font, registered with Qt and made the application font, so no text depends on
what fonts the machine happens to have."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)


def register_bundled_fonts(files: list[Path]) -> str:
    """Register the font files and make their family the application's; returns the family ('' if none)."""
    family = ""
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.error("font %s could not be loaded; Chinese text may show as boxes", path)
            continue
        family = family or families[0]
    if family:
        font = QFont(family)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        QGuiApplication.setFont(font)
    return family
