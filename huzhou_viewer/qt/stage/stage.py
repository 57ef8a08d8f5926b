"""Everything one running show needs on the Qt side, wired together: the controller, the models, the
icon fonts, the QML engine, the audience window and the route its keys take."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtQml import QQmlEngine

from huzhou_viewer.qt.platform import heap
from huzhou_viewer.qt.platform.renderer import tune_painting
from huzhou_viewer.qt.stage import qml_types
from huzhou_viewer.qt.stage.controller import ShowController
from huzhou_viewer.qt.stage.icon_font import IconFont
from huzhou_viewer.qt.stage.key_route import KeyRoute
from huzhou_viewer.qt.stage.picture_queue import PictureQueue
from huzhou_viewer.qt.stage.scene_model import SceneModel
from huzhou_viewer.qt.stage.window import StageView
from huzhou_viewer.show.deck import Deck

log = logging.getLogger(__name__)


class StageError(RuntimeError):
    """The QML could not be loaded (a bug in ui/, never a content problem)."""


def register_qml_types() -> None:
    """The HuzhouViewer QML module, registered once a process. Before any QML engine exists: a process that
    makes another engine first (a benchmark's bare window) calls this before it."""
    from huzhou_viewer.qt.stage.access import Access
    from huzhou_viewer.qt.stage.assistive import Assistive
    from huzhou_viewer.qt.stage.line_breaks import Lines
    from huzhou_viewer.qt.stage.people_model import PeopleModel

    qml_types.register({"ShowController": ShowController, "SceneModel": SceneModel, "PeopleModel": PeopleModel,
                        "Access": Access, "Pictures": PictureQueue, "Lines": Lines,
                        "Assistive": Assistive})


class Stage:
    def __init__(self, deck: Deck, language: str | None = None, font_family: str = "",
                 transitions: bool = True, chrome: str = "touch", place_mark: bool = True) -> None:
        register_qml_types()
        tune_painting()
        self.engine = QQmlEngine()
        self.controller = ShowController(deck, language, font_family)
        self.controller.set_transitions(transitions)
        self.controller.set_chrome(chrome, place_mark)
        # What the scenes left behind goes back to the system: after a move settles, and once more after the last
        # of quick moves, when the heap's interval has passed (a screen left alone keeps only what it uses).
        self._trim_later = QTimer(self.controller, singleShot=True)
        self._trim_later.timeout.connect(heap.trim)
        self.controller.settledChanged.connect(self._trim_heap)
        self.icons = IconFont()
        self.scenes = SceneModel(self.controller, self.icons)
        self.charts = None
        self.portraits = None
        qml_types.expose(self.engine, "ShowController", self.controller)
        qml_types.expose(self.engine, "SceneModel", self.scenes)
        from huzhou_viewer.qt.stage.people_model import PeopleModel

        self.people = PeopleModel(self.controller)
        qml_types.expose(self.engine, "PeopleModel", self.people)
        from huzhou_viewer.qt.stage.access import Access

        self.access = Access()
        qml_types.expose(self.engine, "Access", self.access)
        self.pictures = PictureQueue(lambda: self.controller.exporting)
        qml_types.expose(self.engine, "Pictures", self.pictures)
        from huzhou_viewer.qt.stage.line_breaks import Lines

        self.lines = Lines()
        qml_types.expose(self.engine, "Lines", self.lines)
        from huzhou_viewer.qt.stage.assistive import Assistive

        self.assistive = Assistive(self.controller)
        qml_types.expose(self.engine, "Assistive", self.assistive)
        self.view = StageView(self.engine, self.controller)
        self.keys = KeyRoute(self.controller, parent=self.controller)  # modes hand it their keys from the start
        self._keys_served = False
        self.view.load()
        self.touch = None
        if self.view.errors():
            raise StageError("; ".join(e.toString() for e in self.view.errors()))

    def _trim_heap(self) -> None:
        if not heap.trim() and (wait := heap.due_in()) is not None and not self._trim_later.isActive():
            self._trim_later.start(int(wait * 1000) + 1)

    def start_serving(self, chart_folder: Path | None = None) -> None:
        """What the audience needs from the second frame on, none of it on the way to the first: keys, the screen
        reader's announcements, charts and photos (see start_pictures), swipes."""
        self.start_keys()
        self.assistive.start()
        self.start_pictures(chart_folder)
        self.enable_touch()

    def start_keys(self) -> None:
        """Route the audience window's keys from now on. After the first frame: a filter on the window sees
        every event, and the first one builds PySide's event-type enum, a millisecond or two nobody needs sooner."""
        if not self._keys_served:
            self._keys_served = True
            self.keys.serve(self.view)

    def start_pictures(self, chart_folder: Path | None = None) -> None:
        """Register the image providers (charts, people's photos: made off the GUI thread by the picture queue); views
        ask for them from then on. The show does this after its first frame, so none of it is on the way there.
        With a chart folder, charts are kept there and drawn by a worker process (qt/stage/chart_images.py)."""
        if self.charts is not None:
            return
        from huzhou_viewer import resources
        from huzhou_viewer.qt.stage.chart_images import ChartImages
        from huzhou_viewer.qt.stage.portrait_images import PortraitImages

        self.charts = ChartImages(self.controller, [*resources.font_files(), *resources.quote_font_files()],
                                  chart_folder)
        self.engine.addImageProvider("chart", self.charts)  # the engine takes ownership
        self.portraits = PortraitImages()  # people's photos
        self.engine.addImageProvider("portrait", self.portraits)
        for name, provider in (("chart", self.charts), ("portrait", self.portraits)):
            self.pictures.add_provider(name, provider)  # made on the queue's thread, handed over on the GUI thread
        self.controller.set_charts_ready(True)

    def enable_touch(self) -> None:
        """Swipes move the show; multi-finger gestures never do. After the first frame: nobody touches sooner."""
        if self.touch is None:
            from huzhou_viewer.qt.stage.touch import TouchGestures

            self.touch = TouchGestures(self.view, self._swiped)

    def _swiped(self, direction: str) -> None:
        from huzhou_viewer.show.gestures import swipe_command

        controller = self.controller
        command = swipe_command(direction, controller.sceneIndex, controller.step, controller.sceneCount,
                                on_pages=controller.onPersonPage)
        if command is not None:
            controller.run(command)

    def start_at(self, scene_id: str | None) -> None:
        if not scene_id:
            return
        index = self.controller.deck.scene_index(scene_id)
        if index is None:
            ids = ", ".join(self.controller.deck.scene_ids)
            log.warning("start scene %r is not in the pack (scenes: %s); starting at the first", scene_id, ids)
            return
        self.controller.goTo(index, 0)

    def close(self) -> None:
        """Take the QML down before the Python objects it binds to go away (else the engine's
        singletons re-evaluate against a vanished controller)."""
        import shiboken6

        self.icons.finish()
        self.pictures.close()
        if self.charts is not None:
            self.charts.shutdown()
            self.portraits.shutdown()
        self.view.close()
        self.view.setSource(QUrl())
        shiboken6.delete(self.view)
        qml_types.forget(self.engine)
        shiboken6.delete(self.engine)
        # The controller and the models go on the GUI thread, after any QML object whose deletion is still
        # pending (deferred deletions run in order). Left to Python's cycle collector, they could be destroyed
        # on an image provider's thread, whose ~QObject cannot unregister their timers (a later tick would
        # crash); the application as their parent keeps the collector's hands off them until then.
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        for owned in (self.people, self.scenes, self.icons, self.access, self.pictures, self.lines, self.assistive,
                      self.controller):
            if shiboken6.isValid(owned):
                owned.setParent(app)
                owned.deleteLater()
