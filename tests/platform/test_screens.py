"""One screen lookup: the audience's screen in plain and kiosk mode and the presenter's choice of screens
find a screen asked for the same way."""

from PySide6.QtGui import QGuiApplication

from huzhou_viewer.qt.platform.screens import find_screen
from huzhou_viewer.show.screen_choice import choose, find


def test_find_by_number_or_name(qapp):
    names = ("DP-1", "HDMI-1")
    assert find(names, 1) == 1 and find(names, "DP-1") == 0
    assert find(names, 2) is None and find(names, "HDMI-9") is None and find(names, -1) is None


def test_the_window_placer_and_the_presenter_s_choice_agree(qapp, caplog):
    screens = QGuiApplication.screens()
    names = [s.name() for s in screens]
    for wanted in (0, names[0], len(names), "HDMI-9"):
        index = choose(names, 0, audience=wanted).audience
        assert find_screen(wanted) is screens[index]
    assert "does not exist" in caplog.text
