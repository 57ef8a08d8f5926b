"""Sizes that keep the code readable: a module fits in 400 lines, a QML file in 250."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
MAX_MODULE_LINES = 400
MAX_QML_LINES = 250


def _too_long(files, limit: int) -> list[str]:
    sizes = {path: len(path.read_text(encoding="utf-8").splitlines()) for path in files}
    return [f"{path.relative_to(ROOT)}: {lines} lines" for path, lines in sorted(sizes.items()) if lines > limit]


def test_every_module_fits_in_400_lines():
    modules = list((ROOT / "huzhou_viewer").rglob("*.py"))
    assert modules
    too_long = _too_long(modules, MAX_MODULE_LINES)
    assert not too_long, f"over {MAX_MODULE_LINES} lines, to split: " + "; ".join(too_long)


def test_every_qml_file_fits_in_250_lines():
    qml_files = list((ROOT / "ui").rglob("*.qml"))
    assert qml_files
    too_long = _too_long(qml_files, MAX_QML_LINES)
    assert not too_long, f"over {MAX_QML_LINES} lines, to split: " + "; ".join(too_long)
