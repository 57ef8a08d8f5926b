"""The one route keys take: the mode's guard, a text field, the mode's overlays, the show's overlays, the
mode's key table, the show's key map, in that order."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def position(stage):
    return stage.controller.sceneIndex, stage.controller.step


def test_a_guard_that_takes_a_key_keeps_it_from_the_mode_and_the_show(stage):
    seen = []
    stage.keys.set_guard(lambda press: seen.append(("guard", press.name)) or True)
    stage.keys.set_mode_keys({"PageDown": lambda: seen.append("mode")})
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    assert seen == [("guard", "PageDown")] and position(stage) == (0, 0)
    stage.keys.set_guard(lambda press: False)  # a guard that lets the key by
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    assert seen[-1] == "mode" and position(stage) == (0, 0)
    stage.keys.set_mode_keys({})
    QTest.keyClick(stage.view, Qt.Key_PageDown)
    assert position(stage) == (0, 1)


def test_an_open_overlay_comes_before_the_mode_s_keys(stage):
    seen = []
    overlay = lambda press: press.name == "O" and not seen.append("overlay")  # noqa: E731
    stage.keys.add_overlay(overlay)
    stage.keys.set_mode_keys({"O": lambda: seen.append("mode"), "S": lambda: seen.append("mode S")})
    QTest.keyClick(stage.view, Qt.Key_O)
    QTest.keyClick(stage.view, Qt.Key_S)  # the overlay lets it by
    assert seen == ["overlay", "mode S"]
    stage.keys.remove_overlay(overlay)
    QTest.keyClick(stage.view, Qt.Key_O)
    assert seen[-1] == "mode"
    stage.keys.set_mode_keys({})


def test_the_key_map_takes_esc_before_the_mode_does(stage):
    seen = []
    stage.keys.set_mode_keys({"Escape": lambda: seen.append("mode")})
    QTest.keyClick(stage.view, Qt.Key_Question)
    assert stage.controller.helpVisible
    QTest.keyClick(stage.view, Qt.Key_Escape)
    assert not stage.controller.helpVisible and seen == []
    QTest.keyClick(stage.view, Qt.Key_Escape)
    assert seen == ["mode"]
    stage.keys.set_mode_keys({})


def test_keys_with_ctrl_or_alt_reach_neither_the_mode_nor_the_show(stage):
    seen = []
    stage.keys.set_mode_keys({"PageDown": lambda: seen.append("mode")})
    QTest.keyClick(stage.view, Qt.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(stage.view, Qt.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert seen == [] and position(stage) == (0, 0)
    stage.keys.set_mode_keys({})


def test_the_key_is_named_once_and_the_guard_sees_keys_without_a_name(stage):
    names = []
    stage.keys.set_guard(lambda press: names.append(press.name) or False)
    QTest.keyClick(stage.view, Qt.Key_S)
    QTest.keyClick(stage.view, Qt.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert names[0] == "S" and names[1:] and set(names[1:]) == {None}  # Ctrl itself, then Ctrl+W
    stage.keys.set_guard(None)
