"""What a screen reader meets: every control a visitor or an operator can press has a role and a name in the
language on screen, and the stage says where the show is when it moves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from huzhou_viewer.content.marks import unbroken
from tests.accessibility import controls, spoken, unnamed
from tests.qtsupport import centre_in_window, find, settle
from tests.stage.test_chart_view import chart_step


def names(stage) -> set[str]:
    return {said[1] for item in controls(stage.view.rootObject()) if (said := spoken(item))}


def gallery_index(stage) -> int:
    return next(i for i, v in enumerate(stage.controller.deck.scenes("zh-Hans")) if v["kind"] == "gallery")


def walk(stage):
    """Every place a visitor can reach: each scene's every step, the gallery with its search open, and the key map."""
    show = stage.controller
    for scene in range(show.sceneCount):
        show.goTo(scene, 0)
        for step in range(show.stepCount):
            show.goTo(scene, step)
            settle(stage)
            yield f"scene {scene} step {step}"
    show.goTo(gallery_index(stage), 0)
    settle(stage)
    button = find(stage, "searchButton")  # the search opens from its button, keyboard and field with it
    QTest.mouseClick(stage.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre_in_window(button).toPoint())
    settle(stage)
    yield "the gallery's search"
    show.toggleHelp()
    settle(stage)
    yield "the key map"
    show.toggleHelp()


def test_every_control_on_every_step_has_a_role_and_a_name(stage):
    missing = {}
    for place in walk(stage):
        if found := unnamed(stage.view.rootObject()):
            missing[place] = found
    assert not missing


def test_the_names_are_in_the_language_on_screen(stage):
    show = stage.controller
    show.goTo(gallery_index(stage), 0)
    settle(stage)
    show.setLanguage("zh-Hans")
    settle(stage)
    chinese = names(stage)
    show.setLanguage("en")
    settle(stage)
    english = names(stage)
    words = show.words
    assert words["next-language"] in english and words["search"] in english
    assert chinese.isdisjoint({words["next-language"], words["search"]})
    assert {"English", "中文 (简体)"} <= english & chinese  # each language's own name, in either language


def test_the_stage_says_where_the_show_is_when_it_moves(stage):
    show = stage.controller
    heard = []
    show.placeChanged.connect(lambda: heard.append(show.place))
    show.setLanguage("en")
    show.goTo(1, 0)
    show.next()
    settle(stage)
    pane = QAccessible.queryAccessibleInterface(find(stage, "stage"))
    title = unbroken(show.deck.scenes("en")[1]["title"])  # said as written
    assert heard[-1].startswith(title) and "2" in heard[-1]
    assert pane.text(QAccessible.Text.Name) == heard[-1]


def test_the_stage_holds_the_focus_whenever_no_field_does(stage):
    # Orca reads a new name only of what has the focus: a stage without it moves in silence.
    show = stage.controller
    pane = QAccessible.queryAccessibleInterface(find(stage, "stage"))
    assert stage.view.activeFocusItem() is find(stage, "stage") and pane.state().focused
    show.goTo(gallery_index(stage), 0)
    settle(stage)
    button = find(stage, "searchButton")
    QTest.mouseClick(stage.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre_in_window(button).toPoint())
    settle(stage)
    assert stage.view.activeFocusItem() is find(stage, "searchQuery")  # typing still goes to the field
    show.goTo(0, 0)  # the field leaves with its scene
    settle(stage)
    assert stage.view.activeFocusItem() is find(stage, "stage") and pane.state().focused


def test_a_chart_is_its_description_to_a_screen_reader(stage):
    show = stage.controller
    show.setLanguage("en")
    scene, step = chart_step(stage, "bars")
    show.goTo(scene, step)
    settle(stage)
    description = show.deck.scenes("en")[scene]["blocks"][step - 1]["description"]
    said = QAccessible.queryAccessibleInterface(find(stage, "chartImage"))
    assert said.role() == QAccessible.Role.Graphic
    assert description and said.text(QAccessible.Text.Name) == description


def test_the_stage_s_description_is_what_the_step_shows_and_a_tab_is_selected_with_its_scene(stage):
    """A blind visitor reads the step's text from the stage (its texts are not in the tree one by one), and the
    timeline's tab for the scene on screen is the selected one."""
    show = stage.controller
    show.setLanguage("en")
    pane = QAccessible.queryAccessibleInterface(find(stage, "stage"))
    for scene, step in ((0, 0), (1, 1), (gallery_index(stage), 1)):
        show.goTo(scene, step)
        settle(stage)
        said = pane.text(QAccessible.Text.Description)
        view = show.deck.scenes("en")[scene]
        if view["kind"] == "gallery":
            shown = [view["people"][0]["name"], view["people"][0]["citation"]]
        elif step == 0:
            shown = [view["title"]]
        else:
            shown = [view["blocks"][step - 1].get("title") or view["blocks"][step - 1].get("text", "")]
        assert all(unbroken(text).split()[0] in said for text in shown if text), (scene, step, said)
        tabs = [QAccessible.queryAccessibleInterface(find(stage, f"timeline-{i}")) for i in range(show.sceneCount)]
        assert [i for i, tab in enumerate(tabs) if tab.state().selected] == [scene]
