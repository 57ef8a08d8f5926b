"""Pictures (charts, photos, backgrounds) are made on the picture queue's thread and handed to Qt on the GUI
thread: Qt's own image-loading thread never calls into Python, where it could wait for the interpreter's lock
while the GUI thread, holding that lock, waits for the loader's (the show would freeze for good)."""

import threading

from PySide6.QtQml import QQmlImageProviderBase

from tests.qtsupport import items, make_stage, settle

FORCE_ASYNC = QQmlImageProviderBase.Flag.ForceAsynchronousImageLoading


def walk_every_step(stage):
    show = stage.controller
    for scene, count in enumerate(show.deck.step_counts):
        for step in range(count):
            show.goTo(scene, step)
            settle(stage)
            yield


def test_no_picture_is_loaded_through_qt_s_loader_thread(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (960, 540))
    try:
        for provider in (stage.charts, stage.portraits):
            assert not provider.flags() & FORCE_ASYNC
        seen = set()
        for _ in walk_every_step(stage):
            for item in items(stage.view.rootObject()):
                if item.inherits("QQuickImage") and item.property("source").toString().startswith("image://"):
                    seen.add(item.objectName())
                    assert item.property("asynchronous") is False, item.objectName()
        assert "chartImage" in seen
    finally:
        stage.close()


def test_charts_and_photos_are_made_off_the_gui_thread_and_shown_from_memory(qapp, bundled_pack_dir):
    stage = make_stage(bundled_pack_dir, (960, 540))
    made_on: list[str] = []
    for provider in (stage.charts, stage.portraits):
        original = provider.image

        def recording(*args, _original=original, **kwargs):
            made_on.append(threading.current_thread().name)
            return _original(*args, **kwargs)

        provider.image = recording
    try:
        shown = 0
        for _ in walk_every_step(stage):
            charts = [i for i in items(stage.view.rootObject()) if i.objectName() == "chart" and i.isVisible()]
            for chart in charts:
                qapp.processEvents()
                assert chart.property("settled")
            shown += len(charts)
        assert shown > 0 and made_on
        assert set(made_on) == {"pictures"}  # never the GUI thread (MainThread), never Qt's loader
    finally:
        stage.close()


def test_a_picture_made_for_a_view_stays_until_qt_takes_it_whatever_the_budget(monkeypatch):
    import time
    import types

    from PySide6.QtGui import QImage

    from huzhou_viewer.qt.stage import picture_cache
    from huzhou_viewer.qt.stage.picture_cache import PictureCache

    cache = PictureCache(budget=3 * 100 * 100 * 4)  # three 100 x 100 pictures

    def made_off_the_gui_thread(keys):
        worker = threading.Thread(target=lambda: [cache.put(k, QImage(100, 100, QImage.Format.Format_ARGB32))
                                                  for k in keys], name="pictures")
        worker.start()
        worker.join()

    made_off_the_gui_thread(range(6))  # six asked at once: all wait for their views
    assert len(cache) == 6
    for key in range(6):
        assert cache.get(key) is not None  # each view takes its own (the GUI thread)
    made_off_the_gui_thread([6])  # now the budget holds: the oldest taken ones go
    assert len(cache) == 3 and cache.bytes <= cache.budget
    assert 6 in cache and 0 not in cache
    made_off_the_gui_thread(range(7, 12))  # made for views that went away before taking them
    assert len(cache) == 6
    later = time.monotonic() + picture_cache.HANDOVER_S + 1
    monkeypatch.setattr(picture_cache, "time", types.SimpleNamespace(monotonic=lambda: later))
    made_off_the_gui_thread([12])  # nobody came for them: the budget holds again
    assert cache.bytes <= cache.budget and 12 in cache
