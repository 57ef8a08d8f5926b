"""The check every test gets (tests/leaks.py): what a test leaves alive is named, and nothing else is."""

from tests import leaks


def test_a_qobject_left_alive_is_named_and_its_children_go_with_it(qapp):
    from PySide6.QtCore import QObject, QTimer

    before = leaks.snapshot()
    kept = QObject()
    kept.setObjectName("kept")
    QTimer(kept)
    assert leaks.leaked_since(before) == ["QObject QObject 'kept'"]
    assert leaks.leaked_since(before, allowed={"QObject"}) == []
    del kept
    assert leaks.leaked_since(before) == []


def test_a_window_left_open_is_named(qapp):
    from PySide6.QtGui import QWindow

    before = leaks.snapshot()
    window = QWindow()
    window.setObjectName("forgotten")
    assert "window QWindow 'forgotten'" in leaks.leaked_since(before)
    window.destroy()
    del window
    assert leaks.leaked_since(before) == []


def test_a_figure_kept_is_named():
    from matplotlib.figure import Figure

    before = leaks.snapshot()
    figure = Figure(figsize=(2, 1), dpi=100)
    assert [text.startswith("matplotlib Figure") for text in leaks.leaked_since(before)] == [True]
    del figure
    assert leaks.leaked_since(before) == []
