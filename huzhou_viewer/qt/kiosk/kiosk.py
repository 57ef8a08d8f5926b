"""Kiosk mode on the Qt side: the window visitors cannot leave, and the show that plays by itself.

Its input (qt/kiosk/kiosk_input.py) refuses what would leave the show, opens the admin panel, and tells the
kiosk's rules (show/kiosk.py) about input. The rules say when to go home and what the attract loop shows; the
player (qt/stage/player.py) is set for the next moment they have something new to say. Outside opening hours
the window is black and draws nothing. A restart that is due (memory ceiling, nightly time) waits for an idle
moment, then leaves the event loop so that app.py can start the same command line afresh.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication

from huzhou_viewer.qt.kiosk.admin_panel import AdminPanel
from huzhou_viewer.qt.kiosk.kiosk_input import CURSOR_SECONDS, HOLD_SECONDS, KioskInput
from huzhou_viewer.qt.kiosk.kiosk_window import KioskWindow
from huzhou_viewer.qt.kiosk.visits_feed import VisitsFeed
from huzhou_viewer.qt.platform.screens import find_screen, place_window
from huzhou_viewer.qt.stage.player import Player
from huzhou_viewer.show.kiosk import HOME, Attract, parse_clock, restart_reason
from huzhou_viewer.show.opening_hours import OpeningHours, parse_hours
from huzhou_viewer.show.visits import Visits

log = logging.getLogger(__name__)

HEALTH_MS = 60_000
WAKE_LATE = 0.001
MAX_TIMER_MS = 3_600_000  # a far-off wake-up is re-checked hourly (clock changes, suspend)


def rss_mib() -> float | None:
    """Resident memory of this process in MiB (Linux), or None where it cannot be read cheaply."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return None


class Kiosk(QObject):
    def __init__(self, stage, settings, *, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], datetime] = datetime.now, rss: Callable[[], float | None] = rss_mib,
                 reload: Callable[[], None] = lambda: None, log_file: Callable[[], Path | None] = lambda: None,
                 inhibitor=None, hold_seconds: float = HOLD_SECONDS, cursor_seconds: float = CURSOR_SECONDS,
                 visits_dir: Path | None = None, speech_command: tuple[str, ...] | None = None) -> None:
        super().__init__(None)  # lives as long as whoever runs the kiosk holds it, and lets go in release()
        self.stage, self.view, self.controller = stage, stage.view, stage.controller
        self.settings = settings
        self._clock, self._wall, self._rss = clock, wall, rss
        self._inhibitor = inhibitor
        self._started_wall = wall()
        self.restart_reason: str | None = None
        self.leaving = False
        self._released = False
        self._hours: OpeningHours | None = parse_hours(settings.opening_hours) if settings.opening_hours else None
        self._restart_at = parse_clock(settings.restart_at) if settings.restart_at else None
        self._closed = False
        self._signal_timer: QTimer | None = None
        self._attract = self._fresh_attract(clock())
        self._home_language = self.controller.language  # the next visitor finds the show as the first one did
        self._visits_dir = visits_dir  # where the visitor counts are kept (None: counted, not kept)
        self.visits: VisitsFeed | None = None  # made in start(), once the screen is known
        self.speech = None  # the audio button's reader (qt/kiosk/speech.py), with the setting `speech`
        self._speech_command = speech_command

        # The kiosk's rules already wake a millisecond late (WAKE_LATE); far-off wake-ups are re-checked hourly.
        self.player = Player(self.controller, clock, longest_ms=MAX_TIMER_MS, late_ms=0, parent=self)
        self.player.due.connect(self.tick)
        self._hours_timer = QTimer(self, singleShot=True)
        self._hours_timer.timeout.connect(self.apply_hours)
        self._health_timer = QTimer(self, interval=HEALTH_MS)
        self._health_timer.timeout.connect(self.check_health)

        self.admin = AdminPanel(self.view, settings.admin_pin, quit=self.quit, reload=reload,
                                choose_screen=self.choose_screen, log_file=log_file, clock=clock,
                                today=self._today)
        self.admin.changed.connect(self._on_admin_changed)
        self.input = KioskInput(self, settings.admin_chord, hold_seconds, cursor_seconds)
        stage.enable_touch()  # first, so that the kiosk's filter, installed after it, sees every event before it
        self.view.installEventFilter(self.input)
        stage.keys.set_guard(self.input.key)
        # Full screen is the only state: requests to leave it (Esc with nothing open, F11) change nothing.
        self.view.hold_full_screen(True)
        self.window = KioskWindow(self.view, lambda: self.leaving, self)  # against the window manager
        self.controller.packChanged.connect(self._replan)

    # Starting and stopping ---------------------------------------------------------------------------------

    def start(self, screen: int | str | None = None) -> None:
        """Show the window frameless and full screen on the chosen screen, and start the rules."""
        self.view.setFlag(Qt.WindowType.FramelessWindowHint, True)
        self.view.setFlag(Qt.WindowType.WindowStaysOnTopHint, True)  # above an updater's or a desktop's pop-ups
        log.info("kiosk: screens %s; showing on %r", ", ".join(
            f"{i}: {s.name()} {s.geometry().width()}x{s.geometry().height()}"
            for i, s in enumerate(QGuiApplication.screens())), "primary" if screen is None else screen)
        place_window(self.view, find_screen(screen), True)
        self.window.start()
        self.input.hide_cursor()
        from huzhou_viewer.show.reach import reach_band

        self.stage.access.configure(self.settings.reach,
                                    reach_band(self.settings.screen_bottom_cm, self.settings.screen_height_cm),
                                    self.settings.high_contrast, self.settings.text_scale)
        if self.settings.speech:
            from huzhou_viewer.qt.kiosk.speech import Speech

            self.speech = Speech(self.stage, self._speech_command)
        if self.settings.visitor_counts:
            screen = self.view.screen().name() if self.view.screen() is not None else ""
            self.visits = VisitsFeed(self, Visits(self._visits_dir, screen, clock=self._wall))
        if self._inhibitor is not None:
            self._inhibitor.inhibit()
        self._health_timer.start()
        self._quit_on_sigterm()
        self.apply_hours()
        self._schedule(self._clock())

    def _quit_on_sigterm(self) -> None:
        # systemd stops the unit with SIGTERM: leave through the event loop, so blanking is given back and the
        # log flushed. Python runs signal handlers only between bytecodes, so a slow timer lets it in.
        import signal

        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            signal.signal(signal.SIGTERM, lambda *_: self.quit())
            self._signal_timer = QTimer(self, interval=500)
            self._signal_timer.timeout.connect(lambda: None)
            self._signal_timer.start()

    def release(self) -> None:
        """Let the window close and give back what the kiosk took (cursor, screen blanking)."""
        if self._released:
            return
        self.leaving, self._released = True, True
        self.player.stop()
        if self.visits is not None:
            self.visits.close()
        if self.speech is not None:
            self.speech.release()
        self.window.stop()
        for timer in (self._hours_timer, self._health_timer):
            timer.stop()
        self.input.stop()
        self.view.removeEventFilter(self.input)
        self.stage.keys.set_guard(None)
        self.view.hold_full_screen(False)
        self.controller.packChanged.disconnect(self._replan)
        self.admin.changed.disconnect(self._on_admin_changed)
        self.admin.release()
        self.input.show_cursor()
        if self._signal_timer is not None:
            import signal

            self._signal_timer.stop()
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            self._signal_timer = None
        if self._inhibitor is not None:
            self._inhibitor.release()
        log.info("kiosk: stopped%s", f" to restart ({self.restart_reason})" if self.restart_reason else "")

    def quit(self) -> None:
        self.leaving = True
        self.view.hold_full_screen(False)
        QCoreApplication.quit()

    def choose_screen(self, index: int) -> None:
        log.info("kiosk: moved to screen %s", index)
        place_window(self.view, find_screen(index), True)

    # The attract loop -------------------------------------------------------------------------------------

    def _fresh_attract(self, now: float, idle_since: float | None = None) -> Attract:
        deck = self.controller.deck
        return Attract.new(deck.step_counts, deck.durations, self.settings.idle_seconds,
                           self.settings.scene_seconds, now if idle_since is None else idle_since)

    def _replan(self) -> None:
        deck, now = self.controller.deck, self._clock()
        self._attract = self._attract.replanned(deck.step_counts, deck.durations, self.settings.scene_seconds, now)
        self._schedule(now)

    @property
    def attracting(self) -> bool:
        return self._attract.attracting

    def tick(self) -> None:
        """Bring the screen up to date with the rules at this moment, and set the timer for the next one."""
        if self._closed:
            return
        now = self._clock()
        was = self._attract.attracting
        self._attract = self._attract.update(now)
        if self._attract.attracting and not was:
            log.info("kiosk: idle for %.0f s; home and the attract loop", self.settings.idle_seconds)
            self._clear_overlays()
            self.check_health()
        where = self._attract.position(now)
        if where is not None:
            self.player.move(*where)
        self._counted()
        self._schedule(now)

    def _schedule(self, now: float) -> None:
        self.player.schedule(self.next_wakeup, now)

    @property
    def wakeup_ms(self) -> int:
        return self.player.remaining_ms

    @property
    def next_wakeup(self) -> float:
        """The kiosk clock's time at which tick() next has something to do: a millisecond after the change,
        so that float rounding cannot leave the old slot on screen."""
        return self._attract.next_wakeup(self._clock()) + WAKE_LATE

    def _clear_overlays(self) -> None:
        self.admin.close()
        self.stage.access.reset()  # the next visitor starts from the installation's own settings
        if self.speech is not None:
            self.speech.stop()  # the next visitor starts in silence
        self.controller.setLanguage(self._home_language)
        if self.controller.helpVisible:
            self.controller.toggleHelp()
        if self.controller.blackout or self.controller.whiteout:
            self.controller.goTo(*HOME)  # any move brings the picture back
            from huzhou_viewer.show.commands import Command, Op

            self.controller.run(Command(Op.BLACKOUT if self.controller.blackout else Op.WHITEOUT))

    def on_input(self) -> bool:
        """Input at this moment; True when it only stopped the attract loop (the visitor starts from home)."""
        now = self._clock()
        self._attract, woke = self._attract.on_input(now)
        if woke:
            log.info("kiosk: a visitor; the attract loop stops")
            self.controller.goTo(*HOME)
        self._counted()
        self._schedule(now)
        return woke

    def _counted(self) -> None:
        if self.visits is not None:
            self.visits.refresh()

    def _today(self) -> list[str]:
        """Today's most looked-for, for the admin panel, in the language shown."""
        if self.visits is None:
            return []
        from huzhou_viewer.show.visits_report import today_lines

        return today_lines(self.visits.visits, self.controller.deck, self.controller.language)

    # Opening hours and restarts ---------------------------------------------------------------------------

    def apply_hours(self) -> None:
        if self._hours is None:
            return
        now = self._wall()
        is_open = self._hours.is_open(now)
        if is_open == self._closed:
            self._open_screen() if is_open else self._close_screen()
        change = self._hours.next_change(now)
        if change is not None:
            self._hours_timer.start(int(min(MAX_TIMER_MS, max(0.0, (change - now).total_seconds() * 1000))) + 1)

    @property
    def closed(self) -> bool:
        return self._closed

    def _close_screen(self) -> None:
        log.info("kiosk: outside opening hours; the screen goes black")
        self._closed = True
        self.player.stop()
        self.admin.close()
        if self.speech is not None:
            self.speech.stop()
        self._on_admin_changed()  # nothing is drawn, nothing animates
        self.view.setColor(QColor("black"))
        self._counted()

    def _open_screen(self) -> None:
        log.info("kiosk: opening hours; the show wakes")
        self._closed = False
        self.view.setColor(QColor(self.controller.palette.get("background", "#000000")))
        self._on_admin_changed()
        now = self._clock()
        self._attract = self._fresh_attract(now, idle_since=now - self.settings.idle_seconds)
        self.tick()  # and counted

    def _on_admin_changed(self) -> None:
        # While the panel is open, gestures are the technician's: a swipe on it must not move the show beneath.
        self.stage.touch.enabled = not self.admin.open
        # Outside opening hours only the panel is drawn (on the black window), when a technician opens it.
        self.view.set_drawn(not self._closed or self.admin.open)
        self.view.set_scenes_visible(not self._closed)

    def check_health(self) -> None:
        """Restart at an idle moment once memory passes its ceiling or the nightly time has come."""
        if self.leaving:
            return
        reason = restart_reason(self._started_wall, self._wall(), self._restart_at, self._rss(),
                                self.settings.max_rss_mib)
        if reason and (self._closed or self._attract.may_restart(self._clock())):
            log.warning("kiosk: restarting: %s", reason)
            self.restart_reason = reason
            self.quit()

    # Window rules -----------------------------------------------------------------------------------------

    def open_admin(self, with_pin: bool = False) -> None:
        if with_pin and not self.settings.admin_pin:
            return
        log.info("kiosk: admin panel opened (%s)", "touch and PIN" if with_pin else "key chord")
        self.admin.show_panel(with_pin)
