"""The door from Python to QML is the HuzhouViewer module: its singletons, typed for qmllint, and no context
property anywhere in ui/."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from huzhou_viewer.qt.stage import qml_types

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
UI = ROOT / "ui"
# The names QML read from context properties before the module: none may come back.
OLD_NAMES = ("presentation", "sceneModel", "peopleModel", "presenter", "admin")


def qml_files() -> list[Path]:
    return sorted(UI.rglob("*.qml"))


def test_the_type_information_for_qmllint_is_what_the_python_classes_say():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "qmltypes.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_qmllint_finds_nothing_in_ui():
    files = [str(path.relative_to(ROOT)) for path in qml_files()]
    result = subprocess.run([str(BIN / "pyside6-qmllint"), "--max-warnings", "0", "-I", "ui/types", "-I", "ui/stage",
                             *files], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and "Warning:" not in result.stdout + result.stderr, result.stdout + result.stderr


def test_no_qml_file_reads_a_context_property():
    pattern = re.compile(r"(?<![\w.\"'])(" + "|".join(OLD_NAMES) + r")\.\w")
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in qml_files() for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if not line.strip().startswith("//") and pattern.search(line.split("//")[0])]
    assert found == []


def test_a_stage_sets_no_context_property_and_each_engine_gets_its_own_objects(qapp, bundled_pack_dir):
    from tests.qtsupport import make_stage

    first, second = make_stage(bundled_pack_dir), make_stage(bundled_pack_dir)
    try:
        for stage in (first, second):
            context = stage.engine.rootContext()
            assert all(context.contextProperty(name) is None for name in OLD_NAMES)
        first.controller.goTo(2, 0)
        assert first.view.rootObject() is not None
        # Each engine's QML reads its own controller: only the first stage moved.
        assert read(first, "ShowController.sceneIndex") == 2 and read(second, "ShowController.sceneIndex") == 0
        assert read(first, "SceneModel.rowCount()") == first.controller.sceneCount
        assert read(second, "Modes.console === null && Modes.admin === null") is True
    finally:
        second.close()
        first.close()


def test_a_singleton_is_only_the_class_it_was_declared_as(qapp):
    from PySide6.QtCore import QObject
    from PySide6.QtQml import QQmlEngine

    engine = QQmlEngine()
    try:
        with pytest.raises(TypeError):
            qml_types.expose(engine, "ShowController", QObject())
    finally:
        qml_types.forget(engine)
        engine.deleteLater()


def read(stage, expression: str):
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent

    component = QQmlComponent(stage.engine)
    component.setData(f"import QtQml\nimport HuzhouViewer\nQtObject {{ property var value: {expression} }}".encode(),
                      QUrl.fromLocalFile(str(UI / "stage" / "probe.qml")))
    probe = component.create()
    assert probe is not None, component.errorString()
    try:
        return probe.property("value")
    finally:
        probe.deleteLater()
