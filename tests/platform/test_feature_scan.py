"""PySide's `__feature__` scan skipped at start: a module imported afterwards is not read for the word PySide6."""

import importlib
import inspect
import sys

import PySide6.QtCore  # noqa: F401 - the scan runs once PySide6 is imported

from huzhou_viewer.qt.platform.feature_scan import skip_feature_scan


def test_modules_imported_after_the_skip_are_not_read(tmp_path, monkeypatch):
    from PySide6.support import feature

    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # put back after the test
    for name in ("scan_probe_before", "scan_probe_after"):
        (tmp_path / f"{name}.py").write_text("# imports nothing from PySide6\nVALUE = 1\n")
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    read = []
    real_getsource = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda module: read.append(module.__name__) or real_getsource(module))

    importlib.invalidate_caches()
    exec("import scan_probe_before", {})  # an import statement, as the program's are (PySide hooks __import__)
    assert "scan_probe_before" in read  # PySide's own scan, as it is without the skip
    assert skip_feature_scan()
    exec("import scan_probe_after", {})
    assert "scan_probe_after" not in read
    assert sys.modules["scan_probe_after"].VALUE == 1
