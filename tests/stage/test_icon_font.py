"""The icon fonts arrive after the first frame without dragging widgets into the show."""

import os
import subprocess
import sys
import textwrap

from tests.conftest import ROOT

# A show that was told to quit while its icon worker imported qtawesome (which imports QtWidgets on that thread)
# crashed with SIGSEGV about one start in fifteen: the worker must read the font files and nothing else.
PROBE = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtCore import QTimer
    app = QGuiApplication([])
    from huzhou_viewer.qt.stage.icon_font import IconFont
    icons = IconFont()
    icons.readyChanged.connect(app.quit)
    QTimer.singleShot(30_000, app.quit)
    icons.load_later()
    app.exec()
    print(icons.known("mdi6.leaf-maple"), "qtawesome" in sys.modules, "PySide6.QtWidgets" in sys.modules)
""")


def test_icons_load_on_the_worker_without_importing_qtawesome_or_widgets():
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.split() == ["True", "False", "False"]
