from pathlib import Path

import pytest

from huzhou_viewer import __version__
from huzhou_viewer.cli import COMMANDS, build_parser, parse_args, settings_overrides
from huzhou_viewer.settings import Settings, load_settings


def exit_code(argv) -> int:
    with pytest.raises(SystemExit) as info:
        parse_args(argv)
    return info.value.code


def test_no_subcommand_runs_the_show_with_nothing_given():
    ns = parse_args([])
    assert ns.command is None
    assert ns.config is None and ns.quit_after_first_frame is False
    assert settings_overrides(ns) == {}


def test_all_show_flags():
    ns = parse_args(
        "--pack P --lang zh-Hans --fullscreen --screen 1 --start-scene spring --renderer software "
        "--no-transitions --config c.toml --quit-after-first-frame".split()
    )
    assert ns.config == Path("c.toml") and ns.quit_after_first_frame is True
    assert settings_overrides(ns) == {
        "pack": "P", "language": "zh-Hans", "fullscreen": True, "screen": 1,
        "start_scene": "spring", "renderer": "software", "transitions": False,
    }


def test_overrides_are_settings_fields_and_beat_the_file(tmp_path):
    f = tmp_path / "s.toml"
    f.write_text('renderer = "gpu"\nlanguage = "zh"\n')
    s = load_settings(f, settings_overrides(parse_args(["--renderer", "software", "--screen", "HDMI-1"])))
    assert s == Settings(renderer="software", language="zh", screen="HDMI-1")


def test_bad_renderer_and_unknown_flag_exit_2(capsys):
    assert exit_code(["--renderer", "vulkan"]) == 2
    assert "invalid choice: 'vulkan'" in capsys.readouterr().err
    assert exit_code(["--bogus"]) == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_a_start_of_the_show_is_read_as_the_whole_parser_reads_it():
    """A start is read without the subcommands' parsers (cli.COMMANDS says when): what it gives, and what it refuses,
    is what the whole parser gives."""
    subcommands = next(action for action in build_parser()._actions if action.dest == "command")
    assert set(COMMANDS) == set(subcommands.choices)
    argv = "--pack P --lang de --kiosk --broker mqtt://h:1883 --follow s --quit-after-first-frame".split()
    assert vars(parse_args(argv)) == {**vars(build_parser().parse_args(argv)), "command": None}


def test_a_misspelt_command_is_named_with_what_it_could_be(capsys):
    assert exit_code(["--lang", "de", "valdate"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'valdate'" in err and "validate" in err


def test_help_abbreviated_lists_the_commands(capsys):
    assert exit_code(["--hel"]) == 0
    assert "preflight" in capsys.readouterr().out


def test_version(capsys):
    assert exit_code(["--version"]) == 0
    assert capsys.readouterr().out == f"huzhou-viewer {__version__}\n"


def test_help_says_what_it_is_and_mentions_the_key_map(capsys):
    assert exit_code(["--help"]) == 0
    out = capsys.readouterr().out
    assert "event screen" in out and "press ? to see the key map" in out
    for flag in ("--pack", "--lang", "--fullscreen", "--screen", "--start-scene", "--renderer", "--no-transitions",
                 "--config", "--quit-after-first-frame", "--version", "validate", "export"):
        assert flag in out


def test_validate_with_and_without_pack():
    ns = parse_args(["validate"])
    assert ns.command == "validate" and ns.pack is None
    ns = parse_args(["validate", "my-pack"])
    assert ns.command == "validate" and ns.pack == "my-pack"


def test_export_defaults():
    ns = parse_args(["export", "--size", "1920x1080", "--out", "shots"])
    assert ns.command == "export"
    assert (ns.format, ns.size, ns.out, ns.steps, ns.progress) == ("png", (1920, 1080), Path("shots"), False, True)
    assert ns.pack is None and ns.language is None


def test_export_all_options():
    ns = parse_args(
        "export --format png --size 800X600 --out o --lang en --steps --pack p --no-progress".split()
    )
    assert (ns.size, ns.steps, ns.progress) == ((800, 600), True, False)
    assert settings_overrides(ns) == {"pack": "p", "language": "en"}


def test_options_before_subcommand_are_kept():
    ns = parse_args(["--lang", "zh", "--pack", "p", "export", "--size", "1x1", "--out", "o"])
    assert (ns.language, ns.pack) == ("zh", "p")


@pytest.mark.parametrize("size", ["16384x16384", "1x1", " 640 x 480 "])
def test_export_size_good(size):
    w, h = (int(n) for n in size.lower().split("x"))
    assert parse_args(["export", "--size", size, "--out", "o"]).size == (w, h)


@pytest.mark.parametrize(
    ("size", "message"),
    [
        ("1920*1080", "expected WIDTHxHEIGHT"),
        ("1920", "expected WIDTHxHEIGHT"),
        ("-1x5", "expected WIDTHxHEIGHT"),
        ("axb", "expected WIDTHxHEIGHT"),
        ("1.5x2", "expected WIDTHxHEIGHT"),
        ("0x5", "each side must be 1 to 16384"),
        ("5x16385", "each side must be 1 to 16384"),
    ],
)
def test_export_size_bad(capsys, size, message):
    assert exit_code(["export", f"--size={size}", "--out", "o"]) == 2
    err = capsys.readouterr().err
    assert "argument --size" in err and message in err and repr(size) in err


def test_export_requires_size_and_out_and_png(capsys):
    assert exit_code(["export", "--out", "o"]) == 2
    assert "--size" in capsys.readouterr().err
    assert exit_code(["export", "--size", "1x1"]) == 2
    assert "--out" in capsys.readouterr().err
    assert exit_code(["export", "--format", "jpg", "--size", "1x1", "--out", "o"]) == 2
    assert "invalid choice: 'jpg'" in capsys.readouterr().err


def test_empty_screen_is_rejected(capsys):
    assert exit_code(["--screen", " "]) == 2
    assert "argument --screen" in capsys.readouterr().err


def test_subcommand_usage_names_the_program(capsys):
    assert exit_code(["export"]) == 2
    assert capsys.readouterr().err.startswith("usage: huzhou-viewer export ")
    assert build_parser().prog == "huzhou-viewer"


def test_presenter_flags():
    ns = parse_args("--presenter --audience-screen HDMI-1 --console-screen 0".split())
    assert settings_overrides(ns) == {"presenter": True, "audience_screen": "HDMI-1", "console_screen": 0}


def test_export_renders_the_clean_feed_unless_asked_for_the_touch_controls():
    assert parse_args(["export", "--size", "1x1", "--out", "o"]).export_chrome == "none"
    assert parse_args(["export", "--size", "1x1", "--out", "o", "--chrome", "touch"]).export_chrome == "touch"


def test_chrome_flag_is_a_setting(capsys):
    assert settings_overrides(parse_args(["--chrome", "none"])) == {"chrome": "none"}
    with pytest.raises(SystemExit):
        parse_args(["--chrome", "buttons"])
