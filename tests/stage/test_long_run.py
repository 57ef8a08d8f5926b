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


def test_jumping_about_never_drops_a_scene_while_it_is_being_built(qapp, bundled_pack_dir):
    # A kiosk's attract loop and its visitors jump across the show; neighbours are built ahead after each move
    # settles. A scene that stops being a neighbour while its blocks are still building must be kept until
    # they are done: dropped mid-build, Qt destroys them with a warning, and a kiosk's log fills with it.
    from PySide6.QtCore import qInstallMessageHandler

    messages: list[str] = []
    previous = qInstallMessageHandler(lambda mode, context, message: messages.append(message))
    try:
        stage = make_stage(bundled_pack_dir, (640, 360))
        show = stage.controller
        show.set_preload_neighbours(True)
        settle(stage)
        last = show.sceneCount - 1
        for scene in [last - 1, 1, last - 3, last, 1, last - 1, 2, last, 1, last - 2, 1] * 3:
            show.jump(scene)
            show._settle.stop()  # the move settles at once (the next jump comes as soon as it is drawn)
            show._on_settled()
            settle(stage)
        stage.close()
    finally:
        qInstallMessageHandler(previous)
    assert [m for m in messages if "incubation" in m] == []
