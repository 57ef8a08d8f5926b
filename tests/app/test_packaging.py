"""The files a technician installs: they parse, and they start the kiosk the way docs/kiosk.md says."""

import configparser

from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"


def read(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in both formats
    parser.read_string((PACKAGING / name).read_text(encoding="utf-8"))
    return parser


def test_the_systemd_unit_restarts_the_kiosk_on_failure_only():
    unit = read("huzhou-viewer-kiosk.service")
    assert unit["Service"]["ExecStart"].endswith("/huzhou-viewer --kiosk")
    assert unit["Service"]["Restart"] == "on-failure"
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


def test_the_autostart_and_menu_entries_are_desktop_entries():
    autostart = read("huzhou-viewer-kiosk.desktop")["Desktop Entry"]
    assert autostart["Type"] == "Application" and autostart["Exec"] == "huzhou-viewer --kiosk"
    menu = read("huzhou-viewer.desktop")
    assert menu["Desktop Entry"]["Exec"] == "huzhou-viewer" and "Kiosk" in menu["Desktop Entry"]["Actions"]
    assert menu["Desktop Action Kiosk"]["Exec"] == "huzhou-viewer --kiosk"


def test_the_kiosk_guide_names_every_packaged_file_and_kiosk_setting():
    guide = (ROOT / "docs" / "kiosk.md").read_text(encoding="utf-8")
    for path in PACKAGING.iterdir():
        assert path.name in guide
    for key in ("idle_seconds", "scene_seconds", "admin_chord", "admin_pin", "opening_hours", "max_rss_mib",
                "restart_at"):
        assert key in guide
