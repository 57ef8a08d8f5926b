"""Kiosk settings: defaults, the --kiosk flag, and wrong values named by their key."""

import pytest

from huzhou_viewer import cli
from huzhou_viewer.settings import Settings, SettingsError, load_settings


def test_kiosk_defaults():
    s = Settings()
    assert (s.kiosk, s.idle_seconds, s.scene_seconds, s.admin_chord) == (False, 90.0, 30.0, "Ctrl+Alt+Shift+Q")
    assert (s.admin_pin, s.opening_hours, s.max_rss_mib, s.restart_at) == (None, None, None, None)


def test_the_kiosk_flag_overrides_the_file(tmp_path):
    config = tmp_path / "settings.toml"
    config.write_text('kiosk = false\nopening_hours = ["08:00-12:00", "13:00-18:00"]\nadmin_pin = 2580\n',
                      encoding="utf-8")
    s = load_settings(config, cli.settings_overrides(cli.parse_args(["--kiosk"])))
    assert s.kiosk and s.opening_hours == ("08:00-12:00", "13:00-18:00") and s.admin_pin == "2580"


@pytest.mark.parametrize(("line", "key"), [
    ('opening_hours = "8 to 8"', "opening_hours"), ('restart_at = "25:00"', "restart_at"),
    ('admin_pin = "12"', "admin_pin"), ('admin_chord = "Q"', "admin_chord"), ("idle_seconds = 0", "idle_seconds"),
    ("max_rss_mib = 10", "max_rss_mib"), ('scene_seconds = "long"', "scene_seconds")])
def test_a_wrong_kiosk_value_names_the_file_and_the_key(tmp_path, line, key):
    config = tmp_path / "settings.toml"
    config.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_settings(config)
    (error,) = info.value.errors
    assert error.startswith(f"{config}: {key}: expected ") and "\n" not in error
