"""The organiser's and the technician's commands: new, schema, settings-template, install-kiosk, uninstall-kiosk."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import tomllib

import jsonschema
import pytest
import yaml

from huzhou_viewer import __version__, kiosk_install
from huzhou_viewer.app import main
from huzhou_viewer.content.json_schema import KINDS, schema_file_name, schema_text
from huzhou_viewer.content.validate import validate_pack
from huzhou_viewer.resources import schema_dir
from tests.conftest import BUNDLED_PACK, EXAMPLE_PACK, ROOT

PACKAGING = ROOT / "packaging"


# --- new -------------------------------------------------------------------------------------------------------

def test_new_writes_a_starter_pack_that_validates_cleanly(tmp_path, capsys):
    assert main(["new", str(tmp_path / "my-pack")]) == 0
    assert (tmp_path / "my-pack" / "pack.yaml").is_file() and (tmp_path / "my-pack" / "pictures").is_dir()
    assert validate_pack(tmp_path / "my-pack") == []  # no error, and no warning either
    # Ready for an editor: each file's first line names its schema, which is there.
    first = (tmp_path / "my-pack" / "scenes" / "autumn.yaml").read_text("utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/scene.schema.json"
    assert (tmp_path / "my-pack" / "scenes" / "../schema/scene.schema.json").is_file()
    assert "validate" in capsys.readouterr().err  # it says what to do next


def test_the_starter_pack_passes_preflight_at_every_default_size(qapp, tmp_path):
    from huzhou_viewer.cli import PREFLIGHT_SIZES
    from tests.app.test_preflight import run_preflight

    assert main(["new", str(tmp_path / "my-pack")]) == 0
    code, out, _ = run_preflight(tmp_path / "my-pack", sizes=PREFLIGHT_SIZES, languages=("zh-Hans", "en"))
    assert code == 0, out


def test_new_never_writes_into_a_folder_that_has_something_in_it(tmp_path, capsys):
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", "utf-8")
    assert main(["new", str(folder)]) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert "not an empty folder" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["new", str(tmp_path / "empty")]) == 0  # an empty one is fine


# --- settings-template -----------------------------------------------------------------------------------------

def test_settings_template_prints_a_settings_file_the_program_reads(tmp_path, capsys):
    from huzhou_viewer.settings import load_settings

    assert main(["settings-template"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# Huzhou Viewer settings") and "idle_seconds" in text
    config = tmp_path / "settings.toml"
    config.write_text(text, "utf-8")
    assert tomllib.loads(text) and load_settings(config).idle_seconds == 90


# --- schema ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", list(KINDS))
def test_the_shipped_schema_is_the_one_the_model_gives(kind):
    # tools/schemas.py writes them afresh when the model changes.
    assert (schema_dir() / schema_file_name(kind)).read_text("utf-8") == schema_text(kind)


def _pack_files(pack):
    meta = yaml.safe_load((pack / "pack.yaml").read_text("utf-8"))
    yield "pack", pack / "pack.yaml"
    for scene in meta["scenes"]:
        yield "scene", pack / scene
    if meta.get("people"):
        yield "people", pack / meta["people"]


@pytest.mark.parametrize("pack", [BUNDLED_PACK, EXAMPLE_PACK], ids=["bundled", "example"])
def test_every_file_of_the_bundled_and_example_packs_fits_its_schema(pack, capsys):
    for kind, path in _pack_files(pack):
        assert main(["schema", kind]) == 0
        schema = json.loads(capsys.readouterr().out)
        jsonschema.Draft7Validator.check_schema(schema)
        jsonschema.validate(yaml.safe_load(path.read_text("utf-8")), schema)


def test_the_pack_schema_names_every_word_key_with_its_english():
    from huzhou_viewer.content.words import SOURCE

    schema = json.loads(schema_text("pack"))
    words = next(d for d in schema["definitions"].values() if "words" in d.get("properties", {}))["properties"]["words"]
    assert {key: value["description"] for key, value in words["properties"].items()} == SOURCE  # an editor shows it
    validator = jsonschema.Draft7Validator(schema)
    pack = {"format": 1, "id": "x", "title": "T", "languages": ["de"], "scenes": []}
    assert not [e for e in validator.iter_errors({**pack, "words": {"source": {"de": "Quelle"}}}) if "words" in e.path]
    assert any("sorce" in e.message for e in validator.iter_errors({**pack, "words": {"sorce": "Quelle"}}))


@pytest.mark.parametrize("kind, text, where", [
    ("pack", "format: 1\nid: x\ntitel: oops\n", "titel"),  # a misspelt key
    ("scene", "id: s\nkind: season\ntitle: T\nblocks:\n  - kind: chart\n    chart: pie\n    title: x\n    items: []\n",
     "pie"),
    ("people", "people:\n  - id: a\n    name: A\n    role: 3\n    citation: C\n", "3"),
])
def test_a_broken_file_fails_its_schema(kind, text, where):
    schema = json.loads(schema_text(kind))
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(yaml.safe_load(text)))
    assert errors and any(where in str(error.instance) or where in error.message for error in errors)


def test_schema_all_writes_the_three_files_and_the_docs_show_the_editor_line(tmp_path, capsys):
    assert main(["schema", "all", "--out", str(tmp_path / "schema")]) == 0
    assert sorted(p.name for p in (tmp_path / "schema").iterdir()) == sorted(schema_file_name(k) for k in KINDS)
    assert main(["schema", "all"]) == 2  # three files need a folder
    guide = (ROOT / "docs" / "content-pack.md").read_text("utf-8")
    assert "# yaml-language-server: $schema=schema/pack.schema.json" in guide
    assert "huzhou-viewer schema all --out" in guide


# --- install-kiosk / uninstall-kiosk ---------------------------------------------------------------------------

@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def _entry(path):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read_string(path.read_text("utf-8"))
    return parser


def _files(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_install_kiosk_user_writes_the_files_for_this_installation_and_uninstall_removes_them(home, capsys):
    (home / "config" / "autostart").mkdir(parents=True)
    (home / "config" / "autostart" / "other.desktop").write_text("[Desktop Entry]\n", "utf-8")  # not ours
    assert main(["install-kiosk", "--user"]) == 0
    assert "systemctl --user daemon-reload" in capsys.readouterr().err
    command = kiosk_install.installed_command()
    unit = _entry(home / "config" / "systemd" / "user" / "huzhou-viewer-kiosk.service")
    assert unit["Service"]["ExecStart"].split()[0] == command[0] and unit["Service"]["ExecStart"].endswith("--kiosk")
    assert os.path.isabs(command[0])
    autostart = _entry(home / "config" / "autostart" / "huzhou-viewer-kiosk.desktop")["Desktop Entry"]
    assert autostart["Exec"].startswith(command[0]) and autostart["Icon"] == "huzhou-viewer"
    menu = _entry(home / "data" / "applications" / "huzhou-viewer.desktop")
    assert menu["Desktop Action Kiosk"]["Exec"].endswith(" --kiosk")
    for size in (48, 128, 256):
        assert (home / "data" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "huzhou-viewer.png").is_file()
    assert (home / "data" / "icons" / "hicolor" / "scalable" / "apps" / "huzhou-viewer.svg").is_file()
    assert not list(home.rglob("*.hwdb"))  # udev reads no user's folder

    assert main(["uninstall-kiosk", "--user"]) == 0
    assert _files(home) == ["config/autostart/other.desktop"]  # exactly what it wrote is gone
    assert sorted(p.name for p in home.iterdir()) == ["config"]  # and the folders it made


def test_uninstall_leaves_a_file_changed_since_and_says_so(home, capsys):
    assert main(["install-kiosk", "--user"]) == 0
    unit = home / "config" / "systemd" / "user" / "huzhou-viewer-kiosk.service"
    unit.write_text(unit.read_text("utf-8") + "Environment=DISPLAY=:0\n", "utf-8")
    assert main(["uninstall-kiosk", "--user"]) == 1
    assert unit.is_file() and "kept" in capsys.readouterr().err
    assert _files(home) == ["config/systemd/user/huzhou-viewer-kiosk.service"]


def test_a_system_install_adds_the_hwdb_file(tmp_path):
    places = kiosk_install.system_places(destdir=tmp_path)
    written = kiosk_install.install(places, say=lambda line: None)
    assert tmp_path / "etc" / "udev" / "hwdb.d" / "70-huzhou-viewer-clickers.hwdb" in written
    assert tmp_path / "etc" / "systemd" / "user" / "huzhou-viewer-kiosk.service" in written
    assert kiosk_install.uninstall(places, say=lambda line: None) == 0
    assert _files(tmp_path) == []


def test_a_path_with_spaces_is_quoted_in_unit_and_desktop_entry(home):
    places = kiosk_install.user_places()
    files = dict(kiosk_install.planned_files(places, ["/opt/Huzhou Viewer/bin/huzhou-viewer"]))
    unit = files[places.units / "huzhou-viewer-kiosk.service"].decode()
    assert "ExecStart='/opt/Huzhou Viewer/bin/huzhou-viewer' --kiosk" in unit
    menu = files[places.applications / "huzhou-viewer.desktop"].decode()
    assert 'Exec="/opt/Huzhou Viewer/bin/huzhou-viewer"\n' in menu


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed")
def test_systemd_accepts_the_installed_unit_and_finds_its_command(home, tmp_path):
    assert main(["install-kiosk", "--user"]) == 0
    unit = home / "config" / "systemd" / "user" / "huzhou-viewer-kiosk.service"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)  # --user wants a runtime folder; a bare container has none
    env = {**os.environ, "SYSTEMD_LOG_LEVEL": "warning", "XDG_RUNTIME_DIR": str(runtime)}
    result = subprocess.run(["systemd-analyze", "verify", "--user", str(unit)], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-validate is not installed")
def test_the_desktop_entries_are_valid(home):
    assert main(["install-kiosk", "--user"]) == 0
    for path in (home / "config" / "autostart" / "huzhou-viewer-kiosk.desktop",
                 home / "data" / "applications" / "huzhou-viewer.desktop"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli is not installed")
def test_the_appstream_metainfo_is_valid_and_names_this_version():
    metainfo = PACKAGING / "huzhou-viewer.metainfo.xml"
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f'<release version="{__version__}"' in metainfo.read_text("utf-8")


def test_the_toolkit_commands_start_no_qt():
    code = ("import sys; from huzhou_viewer.app import main; main(['schema']); main(['settings-template']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
