"""The program as a user starts it: command line, exit codes, messages, export files."""

import os
import stat
import subprocess
import sys

import pytest
from PIL import Image, ImageStat

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def run(*args, display=False, env_extra=None, timeout=180):
    env = dict(os.environ)
    env.pop("QT_QUICK_BACKEND", None)
    if not display:
        env.pop("QT_QPA_PLATFORM", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_version_and_help_need_no_display():
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("huzhou-viewer ")
    helptext = run("--help")
    assert helptext.returncode == 0 and "validate" in helptext.stdout and "export" in helptext.stdout


def test_without_a_display_the_program_says_so_in_one_line():
    result = run()
    assert result.returncode == 2
    assert "no display" in result.stderr and "export" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_missing_pack_is_one_line_and_exit_2(tmp_path):
    result = run("--pack", str(tmp_path / "nowhere"), display=True)
    assert result.returncode == 2
    assert str(tmp_path / "nowhere") in result.stderr and "Traceback" not in result.stderr


def test_an_invalid_setting_names_the_key(tmp_path):
    config = tmp_path / "settings.toml"
    config.write_text('renderer = "vulkan"\n', encoding="utf-8")
    result = run("--config", str(config), "--quit-after-first-frame", display=True)
    assert result.returncode == 2 and "renderer" in result.stderr and "Traceback" not in result.stderr


def test_validate_passes_the_bundled_pack_and_fails_a_broken_one(tmp_path):
    assert run("validate").returncode == 0
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.yaml").write_text("format: 1\nid: x\ntitel: oops\n", encoding="utf-8")
    result = run("validate", str(broken))
    assert result.returncode == 1
    assert "pack.yaml:3" in result.stdout + result.stderr and "Traceback" not in result.stdout + result.stderr


def test_first_frame_leaves_heavy_libraries_unloaded(tmp_path):
    code = ("import sys; from huzhou_viewer.app import main; rc = main(['--quit-after-first-frame']); "
            "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'matplotlib', 'qtawesome', 'pypinyin', "
            "'ruamel', 'pydantic', 'msgspec', 'yaml', 'babel', 'opencc'}); print(rc, heavy)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HUZHOU_VIEWER_CONFIG_DIR=str(tmp_path))

    def start():
        return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=120)

    first = start()  # a new cache: the pack is loaded and checked, its deck kept
    # Building the deck writes its numbers with CLDR's marks (Babel); a kept deck has them written already.
    assert first.stdout.strip().startswith("0 ") and "msgspec" in first.stdout, first.stderr[-500:]
    assert "babel" in first.stdout and "opencc" in first.stdout  # zh-Hant made from zh-Hans, kept in the deck
    again = start()  # the pack is unchanged: the kept deck is all the first frame needs
    assert again.stdout.strip() == "0 []", again.stderr[-500:]


def test_after_the_first_frame_a_full_collection_walks_only_what_came_later(tmp_path):
    """Start-up's objects (modules, the deck, the stage) are frozen out of the collector's way at the first frame: a
    full collection mid-show walked all of them, about 10 ms, most of a frame."""
    code = ("import gc; from huzhou_viewer.app import main; rc = main(['--quit-after-first-frame']); "
            "print(rc, gc.get_freeze_count(), len(gc.get_objects()))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HUZHOU_VIEWER_CONFIG_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    rc, frozen, walked = map(int, done.stdout.split())
    assert rc == 0 and frozen > 10_000 and walked < frozen / 10, done.stderr[-500:]


@pytest.mark.parametrize("size", [(640, 360), (360, 640)])
def test_export_writes_one_picture_per_scene(tmp_path, size):
    out = tmp_path / "png"
    before = os.umask(0o022)
    try:
        result = run("export", "--format", "png", "--size", f"{size[0]}x{size[1]}", "--out", str(out))
    finally:
        os.umask(before)
    assert result.returncode == 0, result.stderr[-800:]
    files = sorted(out.glob("*.png"))
    assert [f.name for f in files] == ["01-title.png", "02-spring.png", "03-summer.png", "04-autumn.png",
                                       "05-winter.png", "06-gallery.png", "07-closing.png"]
    for f in files:
        image = Image.open(f)
        assert image.size == size
        assert max(ImageStat.Stat(image.convert("L")).stddev) > 3, f"{f.name} is blank"
        assert stat.S_IMODE(f.stat().st_mode) == 0o644  # as any program's files: the press folder is shared
    assert "7/7" in result.stderr
    assert not list(out.glob(".*"))  # no temporary files left behind


def test_export_steps_writes_every_build(tmp_path):
    out = tmp_path / "steps"
    result = run("export", "--size", "320x180", "--out", str(out), "--steps", "--lang", "en")
    assert result.returncode == 0, result.stderr[-800:]
    names = sorted(f.name for f in out.glob("*.png"))
    assert "02-spring-step1.png" in names and len(names) > 7


def test_export_shows_what_a_visitor_switches_at_the_kiosk(tmp_path):
    from PySide6.QtGui import QImage

    def gallery(name, *flags):
        out = tmp_path / name
        result = run("export", "--size", "320x180", "--out", str(out), *flags)
        assert result.returncode == 0, result.stderr[-800:]
        return QImage(str(out / "06-gallery.png"))

    plain, contrast = gallery("plain"), gallery("contrast", "--high-contrast")
    larger = gallery("larger", "--text-scale", "1.5")
    # The high-contrast theme's ground is the pack's pushed towards black (the bundled pack's is dark already).
    assert contrast.pixelColor(2, 2).lightnessF() < plain.pixelColor(2, 2).lightnessF()
    assert larger.pixelColor(2, 2) == plain.pixelColor(2, 2) and larger != plain  # the same ground, other words
    assert run("export", "--size", "320x180", "--out", str(tmp_path / "x"), "--text-scale", "2").returncode == 2


def test_the_module_and_the_launcher_are_the_same_program():
    for command in ([sys.executable, "-m", "huzhou_viewer", "--version"], [sys.executable, "main.py", "--version"]):
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and result.stdout.startswith("huzhou-viewer ")


def test_an_export_that_cannot_write_says_so_in_one_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("export", "--size", "320x180", "--out", str(blocker / "png"))
    assert result.returncode == 1
    assert "export failed" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["export", "--size", "320x180", "--out", "OUT"], ["--quit-after-first-frame"]])
def test_a_fallback_to_the_bundled_pack_is_always_in_the_log(tmp_path, command):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.yaml").write_text("format: 1\nid: x\ntitel: oops\n", encoding="utf-8")
    args = [str(tmp_path / "png") if a == "OUT" else a for a in command]
    config = tmp_path / "config"
    result = run("--pack", str(broken), *args, display=True,
                 env_extra={"QT_QPA_PLATFORM": "offscreen", "HUZHOU_VIEWER_CONFIG_DIR": str(config)})
    assert result.returncode == 0, result.stderr[-800:]
    logged = (config / "logs" / "huzhou-viewer.log").read_text(encoding="utf-8")
    assert "showing the bundled pack instead" in logged and "pack.yaml:3" in logged
