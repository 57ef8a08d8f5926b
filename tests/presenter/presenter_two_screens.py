"""Driver for test_presenter_screens.py: presenter mode on two offscreen screens, in its own process.

The QGuiApplication's screens are fixed when it starts (QT_QPA_PLATFORM="offscreen:configfile=..."), so each
screen set-up runs here, in a subprocess, and prints what it saw as one JSON line for the test to judge.

    python tests/presenter/presenter_two_screens.py windows|missing|app
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QUICK_BACKEND", "software")


def where(window) -> dict:
    geometry = window.geometry()
    return {"screen": window.screen().name(), "visible": window.isVisible(),
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "fullscreen": window.visibility().name == "FullScreen"}


def windows() -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from huzhou_viewer.qt.presenter.mode import PresenterMode
    from huzhou_viewer.qt.presenter.screens import place_audience
    from tests.conftest import BUNDLED_PACK
    from tests.qtsupport import make_stage, settle

    app = QGuiApplication.instance()
    stage = make_stage(BUNDLED_PACK, (1280, 720))
    place_audience(stage.view, None, None)
    settle(stage)
    mode = PresenterMode(stage)
    settle(stage)
    seen = {"screens": [s.name() for s in app.screens()], "primary": app.primaryScreen().name(),
            "start": {"audience": where(stage.view), "console": where(mode.console)}}
    for key in (Qt.Key_PageDown, Qt.Key_PageDown, Qt.Key_3, Qt.Key_PageDown):
        QTest.keyClick(mode.console, key)
    seen["position after console keys"] = [stage.controller.sceneIndex, stage.controller.step]
    projector = next(s for s in app.screens() if s is not app.primaryScreen())
    app.screenRemoved.emit(projector)  # as Qt does when the projector is unplugged
    settle(stage)
    seen["unplugged"] = {"audience": where(stage.view), "console": where(mode.console),
                         "position": [stage.controller.sceneIndex, stage.controller.step]}
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    app.screenAdded.emit(projector)
    settle(stage)
    seen["plugged in again"] = {"audience": where(stage.view), "console": where(mode.console),
                                "position": [stage.controller.sceneIndex, stage.controller.step]}
    QTest.keyClick(mode.console, Qt.Key_X)
    seen["swapped"] = {"audience": where(stage.view), "console": where(mode.console)}
    QTest.keyClick(stage.view, Qt.Key_X)
    seen["swapped back"] = {"audience": where(stage.view), "console": where(mode.console)}
    mode.close()
    stage.close()
    return seen


def missing() -> dict:
    from PySide6.QtGui import QGuiApplication

    from huzhou_viewer.qt.presenter.mode import PresenterMode
    from huzhou_viewer.qt.presenter.screens import place_audience
    from tests.conftest import BUNDLED_PACK
    from tests.qtsupport import make_stage, settle

    app = QGuiApplication.instance()
    stage = make_stage(BUNDLED_PACK, (1280, 720))
    missing_screens = place_audience(stage.view, "HDMI-9", None)
    mode = PresenterMode(stage, audience_screen="HDMI-9", missing_screens=missing_screens)
    settle(stage)
    seen = {"audience": where(stage.view), "console": where(mode.console), "message": mode.presenter.message}
    stage.controller.setLanguage("en")
    seen["message in English"] = mode.presenter.message
    mode.presenter.set_notices([])  # the speaker has read it
    app.screenAdded.emit(app.screens()[1])  # screens change: the same problem is not said again
    settle(stage)
    seen["message after a change of screens"] = mode.presenter.message
    mode.close()
    stage.close()
    return seen


def run_app() -> dict:
    """The program itself, `--presenter --audience-screen HDMI-9`, looked at once its console is up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from huzhou_viewer import app as program
    from huzhou_viewer.qt.presenter.entry import Presenting
    from tests.qtsupport import items

    seen: dict = {}
    started = Presenting.after_first_frame

    def look(mode) -> None:
        if "audience" in seen:
            return
        message = next(i for i in items(mode.console.rootObject()) if i.objectName() == "consoleMessage")
        seen.update(audience=where(mode.stage.view), console=where(mode.console), message=message.property("text"))
        QGuiApplication.instance().quit()

    def after_first_frame(presenting):  # the program's own, looked at once it is up
        started(presenting)
        stage, mode = presenting.stage, presenting.mode
        # Quit only once the icon fonts have loaded: quitting while their worker thread still imports
        # qtawesome can crash the interpreter on its way out (with or without presenter mode).
        if stage.icons.ready:
            QTimer.singleShot(0, lambda: look(mode))
        else:
            stage.icons.readyChanged.connect(lambda: look(mode))

    Presenting.after_first_frame = after_first_frame
    seen["exit"] = program.main(["--presenter", "--audience-screen", "HDMI-9", "--no-transitions"])
    return seen


if __name__ == "__main__":
    scenario = {"windows": windows, "missing": missing, "app": run_app}[sys.argv[1]]
    if scenario is not run_app:
        from PySide6.QtGui import QGuiApplication

        from huzhou_viewer.qt.platform.renderer import apply_renderer

        application = QGuiApplication(sys.argv[:1])
        apply_renderer("software")
    print(json.dumps(scenario()))
