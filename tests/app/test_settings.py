import subprocess
import sys
from pathlib import Path

import pytest

from huzhou_viewer.settings import (
    Settings,
    SettingsError,
    config_dir,
    load_settings,
    log_dir,
    settings_path,
    settings_template,
)


@pytest.fixture
def config(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("HUZHOU_VIEWER_CONFIG_DIR", str(tmp_path))
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(path: Path | None = None, overrides=None) -> list[str]:
    with pytest.raises(SettingsError) as info:
        load_settings(path, overrides or {})
    assert str(info.value) == "\n".join(info.value.errors)
    return info.value.errors


def test_defaults():
    s = Settings()
    assert (s.pack, s.language, s.fullscreen, s.screen, s.start_scene) == (None, None, False, None, None)
    assert (s.renderer, s.transitions, s.log_level) == ("auto", True, "info")
    with pytest.raises(AttributeError):
        s.fullscreen = True  # frozen


def test_paths_follow_env(config):
    assert config_dir() == config
    assert settings_path() == config / "settings.toml"
    assert log_dir() == config / "logs"


def test_paths_without_env_use_platformdirs(monkeypatch):
    monkeypatch.delenv("HUZHOU_VIEWER_CONFIG_DIR", raising=False)
    assert "huzhou-viewer" in str(config_dir())
    assert "huzhou-viewer" in str(log_dir())


def test_missing_default_file_gives_defaults(config):
    assert load_settings() == Settings()


def test_missing_explicit_file_is_an_error(tmp_path):
    (error,) = errors_of(tmp_path / "nope.toml")
    assert "nope.toml" in error and "not found" in error


def test_default_file_is_read(config):
    write(config / "settings.toml", 'fullscreen = true\nrenderer = "software"\n')
    assert load_settings() == Settings(fullscreen=True, renderer="software")


def test_file_overrides_defaults(tmp_path):
    f = write(
        tmp_path / "s.toml",
        'language = "zh"\nfullscreen = true\nscreen = "HDMI-1"\nstart_scene = "autumn"\n'
        'renderer = "gpu"\ntransitions = false\nlog_level = "DEBUG"\n',
    )
    assert load_settings(f) == Settings(
        language="zh", fullscreen=True, screen="HDMI-1", start_scene="autumn",
        renderer="gpu", transitions=False, log_level="debug",
    )


def test_screen_number_as_int_or_digits(tmp_path):
    assert load_settings(write(tmp_path / "a.toml", "screen = 1\n")).screen == 1
    assert load_settings(write(tmp_path / "b.toml", 'screen = "2"\n')).screen == 2


def test_relative_pack_is_relative_to_the_file(tmp_path):
    f = write(tmp_path / "s.toml", 'pack = "my-pack"\n')
    assert load_settings(f).pack == str(tmp_path / "my-pack")
    f = write(tmp_path / "s.toml", f'pack = "{tmp_path / "abs"}"\n')
    assert load_settings(f).pack == str(tmp_path / "abs")


def test_flags_override_file(tmp_path):
    f = write(tmp_path / "s.toml", 'language = "zh"\nfullscreen = true\nrenderer = "gpu"\npack = "p"\n')
    s = load_settings(f, {"language": "en", "renderer": "software", "fullscreen": None, "pack": "cli-pack"})
    assert s.language == "en" and s.renderer == "software" and s.pack == "cli-pack"
    assert s.fullscreen is True  # None = flag not given; the file's value stays


def test_overrides_without_file(config):
    assert load_settings(overrides={"transitions": False, "screen": "0"}) == Settings(transitions=False, screen=0)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('renderer = "vulkan"', "renderer: expected one of auto, gpu, software, got 'vulkan'"),
        ('log_level = "loud"', "log_level: expected one of debug, info, warning, error, got 'loud'"),
        ('fullscreen = "yes"', "fullscreen: expected true or false, got 'yes'"),
        ("transitions = 0", "transitions: expected true or false, got 0"),
        ("screen = -1", "screen: expected a screen number"),
        ("screen = true", "screen: expected a screen number"),
        ("screen = 1.5", "screen: expected a screen number"),
        ("language = 3", "language: expected non-empty text, got 3"),
        ('start_scene = ""', "start_scene: expected non-empty text, got ''"),
        ("pack = [1]", "pack: expected non-empty text, got [1]"),
        ("renderer = true", "renderer: expected one of auto, gpu, software, got true"),
        ('traditional_chinese = "cn"', "traditional_chinese: expected one of tw, hk, got 'cn'"),
    ],
)
def test_invalid_value_names_file_and_key(tmp_path, line, expected):
    (error,) = errors_of(write(tmp_path / "settings.toml", line + "\n"))
    assert error.startswith(f"{tmp_path / 'settings.toml'}: {expected}")


def test_invalid_override_names_key():
    (error,) = errors_of(None, {"renderer": "vulkan"})
    assert error == "command line: renderer: expected one of auto, gpu, software, got 'vulkan'"


@pytest.mark.parametrize(
    ("key", "guess"), [("lang", "language"), ("start-scene", "start_scene"), ("fulscreen", "fullscreen")]
)
def test_unknown_key_did_you_mean(tmp_path, key, guess):
    (error,) = errors_of(write(tmp_path / "s.toml", f"{key} = 1\n"))
    assert error == f"{tmp_path / 's.toml'}: {key}: unknown setting (did you mean {guess!r}?)"


def test_unknown_key_without_a_close_match_lists_keys(tmp_path):
    (error,) = errors_of(write(tmp_path / "s.toml", "[display]\nx = 1\n"))
    assert "display: unknown setting" in error and "log_level" in error


def test_all_errors_are_collected(tmp_path):
    f = write(tmp_path / "s.toml", 'renderer = "vulkan"\nlang = "en"\nfullscreen = 1\n')
    errors = errors_of(f, {"log_level": "loud"})
    assert [e.split(": ")[1] for e in errors] == ["renderer", "lang", "fullscreen", "log_level"]


def test_toml_syntax_error_names_file_and_line(tmp_path):
    (error,) = errors_of(write(tmp_path / "s.toml", 'fullscreen = true\nrenderer = "gpu\n'))
    assert error.startswith(f"{tmp_path / 's.toml'}: invalid TOML:")
    assert "line 2" in error


def test_non_utf8_file(tmp_path):
    f = tmp_path / "s.toml"
    f.write_bytes(b'language = "\xff"\n')
    (error,) = errors_of(f)
    assert "UTF-8" in error


def test_template_is_valid_and_gives_defaults(tmp_path):
    text = settings_template()
    assert load_settings(write(tmp_path / "s.toml", text)) == Settings()
    for name in Settings.__dataclass_fields__:
        assert f"{name} = " in text


def test_template_examples_are_valid(tmp_path):
    keys = tuple(f"# {name} = " for name in Settings.__dataclass_fields__)
    uncommented = "".join(line[2:] + "\n" for line in settings_template().splitlines() if line.startswith(keys))
    s = load_settings(write(tmp_path / "s.toml", uncommented))
    assert s.pack and s.language and s.screen is not None and s.start_scene


@pytest.mark.slow
def test_import_is_cheap():
    # Both modules run before Qt, on every start: no Qt, and nothing slow until it is needed.
    code = (
        "import sys, huzhou_viewer.settings, huzhou_viewer.cli;"
        "print([m for m in ('PySide6', 'platformdirs', 'tomllib', 'difflib') if m in sys.modules])"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_presenter_settings(tmp_path):
    assert (Settings().presenter, Settings().scene_seconds, Settings().auto_advance_loop) == (False, 30.0, False)
    file = write(tmp_path / "s.toml", 'presenter = true\naudience_screen = "HDMI-1"\nconsole_screen = 0\n'
                                      "scene_seconds = 12\nauto_advance_loop = true\n")
    s = load_settings(file)
    assert (s.presenter, s.audience_screen, s.console_screen, s.scene_seconds, s.auto_advance_loop) == (
        True, "HDMI-1", 0, 12.0, True)


@pytest.mark.parametrize("value", ["0", "-3", "true", '"ten"', "inf"])
def test_scene_seconds_must_be_seconds_above_zero(tmp_path, value):
    (error,) = errors_of(write(tmp_path / "s.toml", f"scene_seconds = {value}\n"))
    assert "scene_seconds: expected a number of seconds above 0" in error


def test_chrome_and_place_mark_settings(tmp_path):
    assert (Settings().chrome, Settings().place_mark) == (None, True)  # None: presenter mode's clean feed
    s = load_settings(write(tmp_path / "s.toml", 'chrome = "None"\nplace_mark = false\n'))
    assert (s.chrome, s.place_mark) == ("none", False)
    (error,) = errors_of(write(tmp_path / "t.toml", 'chrome = "buttons"\n'))
    assert "chrome" in error and "none, touch" in error


def test_the_visitor_s_contrast_and_text_size_defaults(tmp_path):
    s = load_settings(write(tmp_path / "a.toml", "high_contrast = true\ntext_scale = 1.5\n"))
    assert (s.high_contrast, s.text_scale) == (True, 1.5)
    assert (Settings().high_contrast, Settings().text_scale) == (False, 1.0)
    errors = errors_of(write(tmp_path / "b.toml", "text_scale = 2\n"))
    assert len(errors) == 1 and "text_scale" in errors[0] and "1, 1.25 or 1.5" in errors[0]
