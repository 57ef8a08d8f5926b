"""Write the type information of the QML module HuzhouViewer (huzhou_viewer/qt/stage/qml_types.py) for qmllint:
ui/types/HuzhouViewer/{qmldir,HuzhouViewer.qmltypes}, from the Python classes behind its singletons, with
PySide6's own tools (pyside6-metaobjectdump reads the classes' Properties, Signals and Slots from the source;
pyside6-qmltyperegistrar writes the qmltypes).

    python tools/qmltypes.py           # regenerate the files
    python tools/qmltypes.py --check   # exit 1 when the committed files differ from what the code says

The engine never reads these files: at run time the module is registered from Python."""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ui" / "types" / "HuzhouViewer"
BIN = Path(sys.executable).parent


sys.path.insert(0, str(ROOT))


def _qml_types():
    spec = importlib.util.spec_from_file_location("qml_types", ROOT / "huzhou_viewer/qt/stage/qml_types.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source(module: str) -> Path:
    return ROOT / (module.replace(".", "/") + ".py")


def _constant_properties(module: str, class_name: str) -> set[str]:
    """metaobjectdump drops `constant=True`; the class's meta-object has it."""
    meta = getattr(importlib.import_module(module), class_name).staticMetaObject
    return {meta.property(i).name() for i in range(meta.propertyCount()) if meta.property(i).isConstant()}


def _metatypes(qml_types) -> list[dict]:
    """The metaobjectdump entries of the classes QML sees, marked as the singletons and the types they are."""
    wanted = {**{cls: name for name, (_, cls) in qml_types.SINGLETONS.items()},
              **{cls: None for _, cls in qml_types.MODE_OBJECTS.values()}}
    sources = sorted({_source(m) for m, _ in [*qml_types.SINGLETONS.values(), *qml_types.MODE_OBJECTS.values()]})
    dumped = json.loads(subprocess.run([BIN / "pyside6-metaobjectdump", "--suppress-file", "--compact", "--quiet",
                                        *map(str, sources)], check=True, capture_output=True, text=True).stdout)
    mode_types = {prop: cls for prop, (_, cls) in qml_types.MODE_OBJECTS.items()}
    modules = {cls: module for module, cls in [*qml_types.SINGLETONS.values(), *qml_types.MODE_OBJECTS.values()]}
    entries = []
    for entry in dumped:
        classes = [c for c in entry["classes"] if c["className"] in wanted]
        for cls in classes:
            name = wanted[cls["className"]]
            if name is not None:
                cls["classInfos"] = [{"name": "QML.Element", "value": name},
                                     {"name": "QML.Singleton", "value": "true"}]
            else:
                cls["classInfos"] = [{"name": "QML.Element", "value": "anonymous"}]
            constant = _constant_properties(modules[cls["className"]], cls["className"])
            for prop in cls.get("properties", []):
                if prop["name"] in constant:
                    prop["constant"] = True
            if cls["className"] == "Modes":
                for prop in cls.get("properties", []):
                    prop["type"] = mode_types[prop["name"]] + "*"
        if classes:
            entries.append({**entry, "classes": classes})
    return entries


def _add_prototypes(qmltypes: Path, metatypes: list[dict]) -> None:
    """qmltyperegistrar leaves out a Python class's Qt base (QObject, QAbstractListModel): without it qmllint
    knows neither objectName nor rowCount(). Written in after each such component's name."""
    bases = {cls["className"]: cls["superClasses"][0]["name"]
             for entry in metatypes for cls in entry["classes"] if cls.get("superClasses")}
    lines = qmltypes.read_text(encoding="utf-8").splitlines(keepends=True)
    out, current = [], None
    for line in lines:
        out.append(line)
        stripped = line.strip()
        if stripped.startswith('name: "') and current is None and out[-2].strip() == "Component {":
            current = stripped[len('name: "'):-1]
            if current in bases and not any('prototype:' in later for later in lines[len(out):len(out) + 3]):
                out.append(line[:len(line) - len(line.lstrip())] + f'prototype: "{bases[current]}"\n')
        if stripped == "Component {":
            current = None
    qmltypes.write_text("".join(out), encoding="utf-8")


def generate(into: Path) -> None:
    qml_types = _qml_types()
    into.mkdir(parents=True, exist_ok=True)
    import PySide6

    metatypes_dir = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    foreign = ",".join(str(next(metatypes_dir.glob(f"qt6{m}_*metatypes.json"))) for m in ("core", "qml"))
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "huzhouviewer_metatypes.json"
        metatypes = _metatypes(qml_types)
        source.write_text(json.dumps(metatypes, indent=1), encoding="utf-8")
        subprocess.run([BIN / "pyside6-qmltyperegistrar", "--import-name", qml_types.URI,
                        "--major-version", str(qml_types.MAJOR), "--minor-version", str(qml_types.MINOR),
                        f"--foreign-types={foreign}", "--generate-qmltypes", str(into / "HuzhouViewer.qmltypes"),
                        "-o", str(Path(tmp) / "registrations.cpp"), str(source)], check=True,
                       capture_output=True)  # it says each Python class's base "is not a JavaScript type"
    _add_prototypes(into / "HuzhouViewer.qmltypes", metatypes)
    (into / "qmldir").write_text(f"module {qml_types.URI}\ntypeinfo HuzhouViewer.qmltypes\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    check = parser.parse_args().check
    if not check:
        generate(OUT)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp))
        stale = [name for name in ("qmldir", "HuzhouViewer.qmltypes")
                 if not (OUT / name).is_file() or (OUT / name).read_bytes() != (Path(tmp) / name).read_bytes()]
    if stale:
        print(f"{', '.join(stale)} in {OUT.relative_to(ROOT)} are stale: run python tools/qmltypes.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
