"""The visitor's high contrast and larger text at the kiosk: switched by a tap or a click on the buttons beside
reach mode's, the stage redrawn in the 7:1 theme and its text set larger and reflowed, named for screen readers in
the language shown, and back to the installation's defaults when the kiosk goes home after the visitor."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from huzhou_viewer.content.colours import contrast
from huzhou_viewer.content.words import words as words_for
from huzhou_viewer.qt.stage.legibility import readings
from huzhou_viewer.qt.stage.text_fit import text_fits
from tests.accessibility import spoken
from tests.qtsupport import centre_in_window, find, settle


def click(stage, name: str) -> None:
    QTest.mouseClick(stage.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre_in_window(find(stage, name)).toPoint())
    settle(stage)


def tap(stage, name: str) -> None:
    device = QTest.createTouchDevice()
    at = centre_in_window(find(stage, name)).toPoint()
    QTest.touchEvent(stage.view, device).press(0, at).commit()
    QTest.touchEvent(stage.view, device).release(0, at).commit()
    settle(stage)


def test_a_tap_on_the_contrast_button_redraws_every_text_at_7_to_1(stage, make_kiosk):
    make_kiosk()
    settle(stage)
    designed = {r.text: r.contrast for r in readings(stage.view)}
    assert not stage.access.highContrast and min(designed.values()) < 7.0  # the designed theme has some under 7:1
    tap(stage, "contrastButton")
    assert stage.access.highContrast
    shown = readings(stage.view)
    assert shown and min(r.contrast for r in shown) >= 7.0
    tap(stage, "contrastButton")
    assert not stage.access.highContrast


def test_the_text_size_button_steps_through_1_25_and_1_5_times_and_the_scene_reflows(stage, make_kiosk):
    make_kiosk()
    stage.view.resize(1920, 1080)
    stage.controller.goTo(1, next(i + 1 for i, b in enumerate(stage.controller.deck.scenes("en")[1]["blocks"])
                                  if b["kind"] == "story"))  # spring's first story: a passage of body text
    settle(stage)
    body = find(stage, "storyBody")
    sizes, heights = [], []
    for expected in (1.25, 1.5, 1.0):
        sizes.append(body.property("font").pixelSize())
        heights.append(body.height())
        click(stage, "textSizeButton")
        assert stage.access.textScale == expected
        assert not [f for f in text_fits(stage.view) if f.problems]  # reflowed, nothing clipped or elided
    assert sizes[1:] == [round(sizes[0] * 1.25), round(sizes[0] * 1.5)]
    assert heights[2] > heights[0]
    assert body.property("font").pixelSize() == sizes[0]  # round again to the designed size


def test_the_switches_are_named_in_the_language_shown(stage, make_kiosk):
    make_kiosk()
    stage.controller.setLanguage("zh-Hans")
    settle(stage)
    words = words_for("zh-Hans")
    assert spoken(find(stage, "contrastButton")) == ("CheckBox", words["a11y-contrast"])
    assert spoken(find(stage, "textSizeButton"))[1] == words["a11y-text-normal"]
    click(stage, "textSizeButton")
    assert spoken(find(stage, "textSizeButton"))[1] == words["a11y-text-larger"]
    assert words["a11y-contrast"] != words_for("en")["a11y-contrast"]


def test_the_next_visitor_starts_from_the_installation_s_defaults(stage, make_kiosk, clocks):
    kiosk = make_kiosk(idle_seconds=60.0, high_contrast=True, text_scale=1.25)
    settle(stage)
    assert stage.access.highContrast and stage.access.textScale == 1.25
    click(stage, "contrastButton")
    click(stage, "textSizeButton")
    assert not stage.access.highContrast and stage.access.textScale == 1.5
    clocks.advance(61, kiosk)
    settle(stage)
    assert kiosk.attracting and stage.access.highContrast and stage.access.textScale == 1.25
    ground = stage.controller.palette["contrast"]["background"]
    assert contrast(stage.controller.palette["contrast"]["text"], ground) >= 7.0


def test_charts_are_drawn_anew_with_larger_labels_at_a_larger_text_size(stage, make_kiosk):
    make_kiosk()
    stage.view.resize(1920, 1080)
    scenes = stage.controller.deck.scenes("en")
    scene, step = next((s, i + 1) for s, view in enumerate(scenes) for i, b in enumerate(view["blocks"])
                       if b["kind"] == "chart")
    stage.controller.goTo(scene, step)
    settle(stage)
    designed = find(stage, "chartImage").property("wanted")
    click(stage, "textSizeButton")
    click(stage, "textSizeButton")
    larger = find(stage, "chartImage").property("wanted")
    assert stage.access.textScale == 1.5 and larger == designed + "/text1.5"  # its own picture, asked anew
    pictures = [stage.charts.image(url.removeprefix("image://chart/"), 900, 500) for url in (designed, larger)]
    assert pictures[0] != pictures[1]
