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
        self.stage = launch.build_stage()
        self.kiosk = Kiosk(self.stage, launch.settings, reload=self._reload,
                           log_file=lambda: log_dir() / "huzhou-viewer.log", inhibitor=ScreenSaverInhibitor())
        instance.raiseRequested.connect(self._come_forward)
        self.kiosk.start(launch.settings.screen)

    @property
    def restart(self) -> bool:
        return bool(self.kiosk.restart_reason)

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
        self.kiosk.release()
        self._instance.close()


def start(launch: Launch) -> KioskMode | None:
    """Kiosk mode, or None when a kiosk is already running (it is asked to come to the front instead)."""
    from huzhou_viewer.qt.platform.single_instance import SingleInstance, ask_running_to_raise, server_name
    from huzhou_viewer.settings import config_dir

    name = server_name(str(config_dir()))
    if ask_running_to_raise(name):
        print("huzhou-viewer: the kiosk is already running; it was brought to the front", file=sys.stderr)
        return None
    return KioskMode(launch, SingleInstance(name))
