"""Kiosk mode's one entry: one instance only, frameless and full screen before the first frame."""

from __future__ import annotations

import logging
import sys

from huzhou_viewer.qt.stage.mode import Launch

log = logging.getLogger(__name__)


class KioskMode:
    drives_gallery = True  # the attract loop walks the gallery's pages itself

    def __init__(self, launch: Launch, instance) -> None:
        from huzhou_viewer.qt.kiosk.kiosk import Kiosk
        from huzhou_viewer.qt.platform.screen_saver import ScreenSaverInhibitor
        from huzhou_viewer.settings import log_dir

        self._launch, self._instance = launch, instance
        self._restart: bool | None = None  # read once the kiosk is gone
        self.stage = launch.build_stage()
        self.kiosk = Kiosk(self.stage, launch.settings, reload=self._reload,
                           log_file=lambda: log_dir() / "huzhou-viewer.log", inhibitor=ScreenSaverInhibitor(),
                           visits_dir=log_dir() / "visits")
        instance.raiseRequested.connect(self._come_forward)
        self.kiosk.start(launch.settings.screen)

    @property
    def restart(self) -> bool:
        return self._restart if self._restart is not None else bool(self.kiosk.restart_reason)

    def _reload(self) -> None:
        deck, notice = self._launch.load_content()
        self.stage.controller.set_deck(deck)
        self.stage.controller.set_notice(notice)
        log.info("kiosk: the pack was reloaded from the admin panel")

    def _come_forward(self) -> None:
        self.kiosk.window.come_forward()  # mapped again, on this desktop, above and focused, whatever hid it

    def after_first_frame(self) -> None:
        pass

    def quit(self) -> None:
        self.kiosk.quit()  # a kiosk refuses a plain quit

    def close(self) -> None:
        """Give back what the kiosk took, and take its Qt objects down now, on the GUI thread, in order.

        Left to Python they would go at interpreter exit, in the collector's order (the kiosk, its panel and the
        listener hold each other through bound methods): timers and a socket server destroyed after or while the
        application itself is torn down, which crashed the process now and then after SIGTERM."""
        import shiboken6
        from PySide6.QtCore import QCoreApplication

        self.kiosk.release()
        self._restart = bool(self.kiosk.restart_reason)
        self._instance.close()
        self._instance.raiseRequested.disconnect(self._come_forward)
        admin = self.kiosk.admin
        for owned in (self._instance, self.kiosk):
            if shiboken6.isValid(owned):
                shiboken6.delete(owned)
        # The panel's QML reads it until the engine is gone (stage.close()): it goes with the application.
        if shiboken6.isValid(admin):
            admin.setParent(QCoreApplication.instance())


def start(launch: Launch) -> KioskMode | None:
    """Kiosk mode, or None when a kiosk is already running (it is asked to come to the front instead)."""
    from huzhou_viewer.qt.platform.single_instance import SingleInstance, ask_running_to_raise, server_name
    from huzhou_viewer.settings import config_dir

    name = server_name(str(config_dir()))
    if ask_running_to_raise(name):
        print("huzhou-viewer: the kiosk is already running; it was brought to the front", file=sys.stderr)
        return None
    return KioskMode(launch, SingleInstance(name))
