"""The organiser's and the technician's commands: new, import-people, schema, settings-template, install-kiosk and
uninstall-kiosk. None of them reads the settings file or starts Qt; each imports what it needs when it runs."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from huzhou_viewer import resources


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def run_toolkit(ns: argparse.Namespace) -> int:
    command = ns.command
    if command == "new":
        return new_pack(ns.folder)
    if command == "import-people":
        return import_people(ns.sheet, ns.target_pack, ns.merge)
    if command == "schema":
        return schema(ns.kind, ns.out)
    if command == "settings-template":
        from huzhou_viewer.settings import settings_template

        sys.stdout.write(settings_template())
        return 0
    if command in ("install-kiosk", "uninstall-kiosk"):
        return kiosk_files(command == "install-kiosk", ns.user)
    raise AssertionError(command)


def new_pack(folder: Path) -> int:
    """A copy of the example pack: it passes validate and preflight as it is (tests/app/test_toolkit.py)."""
    try:
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            _say(f"huzhou-viewer: {folder} exists and is not an empty folder; choose a new folder for the pack")
            return 2
        shutil.copytree(resources.example_pack(), folder, dirs_exist_ok=True)
        _link_schemas(folder)
    except OSError as error:
        _say(f"huzhou-viewer: cannot write {folder}: {error.strerror or error}")
        return 1
    _say(f"new pack in {folder}: edit its YAML files, then check it with `huzhou-viewer validate {folder}` "
         f"and show it with `huzhou-viewer --pack {folder}`")
    return 0


def _link_schemas(pack: Path) -> None:
    """The schemas in the pack's schema/ folder and each YAML file's first line naming its own, so an editor with
    the YAML extension checks and completes the files from the start (docs/content-pack.md, Editor support)."""
    import os

    import yaml

    from huzhou_viewer.content.json_schema import KINDS, schema_file_name

    (pack / "schema").mkdir(exist_ok=True)
    for kind in KINDS:
        shutil.copyfile(resources.schema_dir() / schema_file_name(kind), pack / "schema" / schema_file_name(kind))
    meta = yaml.safe_load((pack / "pack.yaml").read_text("utf-8"))
    files = [("pack", "pack.yaml")] + [("scene", scene) for scene in meta.get("scenes", [])]
    files += [("people", meta["people"])] if meta.get("people") else []
    for kind, relative in files:
        path = pack / relative
        schema = os.path.relpath(pack / "schema" / schema_file_name(kind), path.parent).replace(os.sep, "/")
        path.write_text(f"# yaml-language-server: $schema={schema}\n" + path.read_text("utf-8"), "utf-8")


def import_people(sheet: Path, pack: Path, merge: bool) -> int:
    from huzhou_viewer.content.messages import in_language, said, said_n
    from huzhou_viewer.content.people_import import PeopleImportError
    from huzhou_viewer.content.people_import import import_people as run

    if not sheet.is_file():
        _say(in_language(said("huzhou-viewer: no sheet at {sheet}", sheet=str(sheet)), None))
        return 2
    if not pack.is_dir():
        _say(in_language(said("huzhou-viewer: no content pack at {pack} (expected a folder with a pack.yaml)",
                              pack=str(pack)), None))
        return 2
    try:
        result = run(sheet, pack, merge)
    except PeopleImportError as error:
        for line in error.lines:
            print(in_language(line, None), file=sys.stderr)
        nothing = said_n("{sheet}: nothing written ({count} problem)", "{sheet}: nothing written ({count} problems)",
                         len(error.lines), sheet=sheet.name)
        _say(in_language(nothing, None))
        return 1
    for note in result.notes:
        _say(in_language(note, None))
    # translators: {files} are the paths written, separated by commas
    done = said_n("{sheet}: {count} person ({added} new, {updated} updated) written to {files}",
                  "{sheet}: {count} people ({added} new, {updated} updated) written to {files}", result.people,
                  sheet=sheet.name, added=result.added, updated=result.updated,
                  files=", ".join(str(path) for path in result.written))
    _say(in_language(done, None))
    return 0


def schema(kind: str, out: Path | None) -> int:
    from huzhou_viewer.content.json_schema import KINDS, schema_file_name

    if kind == "all":
        if out is None:
            _say("huzhou-viewer: schema all writes three files: give the folder with --out DIR")
            return 2
        out.mkdir(parents=True, exist_ok=True)
        for each in KINDS:
            shutil.copyfile(resources.schema_dir() / schema_file_name(each), out / schema_file_name(each))
            _say(f"wrote {out / schema_file_name(each)}")
        return 0
    text = (resources.schema_dir() / schema_file_name(kind)).read_text("utf-8")
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, "utf-8")
        _say(f"wrote {out}")
    return 0


def kiosk_files(install: bool, user: bool) -> int:
    from huzhou_viewer import kiosk_install

    places = kiosk_install.user_places() if user else kiosk_install.system_places()
    try:
        if not install:
            return kiosk_install.uninstall(places, _say)
        kiosk_install.install(places, _say)
    except PermissionError as error:
        _say(f"huzhou-viewer: cannot write {error.filename}: permission denied; run as root, or add --user")
        return 1
    for line in kiosk_install.next_steps(places, user):
        _say(line)
    return 0
