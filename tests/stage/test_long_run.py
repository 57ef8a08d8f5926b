"""A show runs for weeks: moving through it many times must not wear anything out."""

import sys

from PySide6.QtCore import QObject

from tests.qtsupport import make_stage, settle


def test_many_moves_leave_the_interpreter_intact(qapp, bundled_pack_dir):
    # Some Qt binding releases mis-count references on every signal emission; after enough moves the
    # process dies. Thousands of moves here must not move the count by more than a few stored references.
    stage = make_stage(bundled_pack_dir, (640, 360))
    settle(stage)
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(2000):
        stage.controller.next()
        stage.controller.previous()
    probe = QObject()
    for _ in range(200):
        probe.property("no-such-property")
    assert abs(sys.getrefcount(True) - before_true) < 20
    assert abs(sys.getrefcount(None) - before_none) < 20
    stage.close()
