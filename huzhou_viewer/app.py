"""Wires it up: command line and settings -> pack -> show -> QML engine and window.

Only the standard library, the settings and the command line are imported before we know what to do,
so --help, --version and `validate` never touch Qt.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from huzhou_viewer import cli, resources
from huzhou_viewer.settings import Settings, SettingsError, load_settings, log_dir

log = logging.getLogger("huzhou_viewer")


def main(argv: list[str] | None = None) -> int:
    ns = cli.parse_args(argv)
    if ns.command in cli.TOOLKIT_COMMANDS:
        from huzhou_viewer.commands import run_toolkit

        return run_toolkit(ns)
    try:
        settings = load_settings(ns.config, cli.settings_overrides(ns))
    except SettingsError as error:
        print(f"huzhou-viewer: {error}", file=sys.stderr)
        return 2
    if ns.command == "validate":
        return _validate(Path(getattr(ns, "pack", None) or resources.bundled_pack()), settings.traditional_chinese,
                         getattr(ns, "report_language", None))
    if ns.command == "preflight":
        return _preflight(ns, settings)
    if ns.command == "report":
        return _report(ns)
    if ns.command in ("announce", "remote"):
        from huzhou_viewer.mqtt import run_command

        return run_command(ns, settings)
    if settings.lead or settings.follow:
        problem = _venue_problem(settings)
        if problem:
            print(f"huzhou-viewer: {problem}", file=sys.stderr)
            return 2
    from huzhou_viewer.logs import setup_logging

    setup_logging(settings.log_level)
    if settings.pack and not Path(settings.pack).is_dir():
        print(f"huzhou-viewer: no content pack at {settings.pack} (expected a folder with a pack.yaml)",
              file=sys.stderr)
        return 2
    if ns.command == "export":
        try:
            return _export(ns, settings)
        except Exception as error:
            log.exception("export failed")
            print(f"huzhou-viewer: export failed: {error}", file=sys.stderr)
            return 1
    if _no_display():
        print("huzhou-viewer: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset). "
              "For headless use, try `huzhou-viewer export --size 1920x1080 --out DIR`.", file=sys.stderr)
        return 2
    try:
        return _run(settings, quit_after_first_frame=ns.quit_after_first_frame)
    except Exception as error:  # the last line of defence: one line on stderr, the details in the log
        log.exception("the show stopped")
        print(f"huzhou-viewer: the show stopped: {error} (details in {log_dir()})", file=sys.stderr)
        return 1


def _venue_problem(settings: Settings) -> str:
    if settings.lead and settings.follow:
        return "a screen either leads a show (--lead) or follows one (--follow), not both"
    from huzhou_viewer.mqtt import VenueError, connection

    try:
        connection(settings)
    except VenueError as error:
        return str(error)
    return ""


def _log_uncaught(kind, error, trace) -> None:
    """Errors in event handlers go to the log, and the show goes on."""
    log.error("unexpected error; the show goes on", exc_info=(kind, error, trace))


def _no_pack(pack: Path, language: str | None) -> int:
    from huzhou_viewer.content.messages import in_language, said

    message = said("huzhou-viewer: no content pack at {folder} (expected a folder with a pack.yaml)", folder=pack)
    print(in_language(message, language), file=sys.stderr)
    return 2


def _validate(pack: Path, phrasing: str = "tw", language: str | None = None) -> int:
    from huzhou_viewer.content.coverage import load_coverage
    from huzhou_viewer.content.validate import run

    if not pack.is_dir():
        return _no_pack(pack, language)
    coverage_file = resources.font_coverage_file()
    coverage = load_coverage(coverage_file) if coverage_file.is_file() else None

    def fallback(character: str) -> str | None:
        # The font the charts' fallback chain takes the character from (matplotlib, loaded only here).
        from huzhou_viewer.charts.fonts import drawing_family

        return drawing_family(character)

    from huzhou_viewer.charts.colour_safety import palette_problems

    return run(pack, coverage=coverage, fallback=fallback, extra=(palette_problems,), phrasing=phrasing,
               language=language)


def _report(ns) -> int:
    """The kiosk's visitor counts and proof of show, from the files beside the log (show/visits.py)."""
    from datetime import date, timedelta

    from huzhou_viewer.show.visits import read_hours
    from huzhou_viewer.show.visits_report import print_report, write_csv

    since = ns.since or date.today() - timedelta(days=7)
    folder = log_dir() / "visits"
    hours = list(read_hours(folder, since)) if folder.is_dir() else []
    print_report(hours, since, sys.stdout)
    if ns.csv is not None:
        try:
            count = write_csv(hours, ns.csv)
        except OSError as error:
            print(f"huzhou-viewer: cannot write {ns.csv}: {error.strerror or error}", file=sys.stderr)
            return 1
        print(f"{count} rows written to {ns.csv}")
    return 0


def _no_display() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return False
    return not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")


def load_content(settings: Settings):
    """The deck of the chosen pack, or of the bundled one with a notice when the chosen one is broken;
    returns (deck, notice key)."""
    from huzhou_viewer.settings import cache_dir
    from huzhou_viewer.show.deck_cache import load_deck

    cache = cache_dir()
    if settings.pack:
        try:
            return _with_warnings_logged(load_deck(settings.pack, cache, settings.traditional_chinese)), ""
        except Exception as error:  # noqa: BLE001 - only PackError is expected; see below
            from huzhou_viewer.content.problems import PackError  # the happy path never needs it

            if not isinstance(error, PackError):
                raise
            log.error("content pack %s has errors; showing the bundled pack instead:\n%s", settings.pack, error)
            notice = "pack-fallback"
    else:
        notice = ""
    return _with_warnings_logged(load_deck(resources.bundled_pack(), cache, settings.traditional_chinese)), notice


def _with_warnings_logged(deck):
    for warning in deck.warnings:
        log.info("content pack %s: %s", deck.pack_id, warning)
    return deck


def _make_app(settings: Settings):
    from PySide6.QtGui import QGuiApplication

    from huzhou_viewer.qt.platform.feature_scan import skip_feature_scan

    skip_feature_scan()  # before the imports below: PySide would read each one's source
    from huzhou_viewer.qt.platform.fonts import register_bundled_fonts
    from huzhou_viewer.qt.platform.renderer import apply_renderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName("huzhou-viewer")
    app.setApplicationDisplayName("Huzhou Viewer")
    # The desktop file's id (packaging/huzhou-viewer.desktop): on Wayland the window's app id, which the dock
    # matches to a name and an icon (else it is "python3").
    app.setDesktopFileName("huzhou-viewer")
    renderer = apply_renderer(settings.renderer)
    family = register_bundled_fonts(resources.font_files())
    log.info("renderer %s, font %s", renderer, family or "(none)")
    return app, family


def _stage(settings: Settings, family: str, transitions: bool, chrome: str | None = None):
    from huzhou_viewer.qt.stage.stage import Stage

    deck, notice = load_content(settings)
    # The touch controls unless asked otherwise; presenter mode turns them off (its own choice, qt/presenter).
    stage = Stage(deck, settings.language, family, transitions, chrome or settings.chrome or "touch",
                  settings.place_mark)
    stage.controller.set_notice(notice)
    stage.start_at(settings.start_scene)
    return stage


# A venue's link, by the setting that turns it on: it rides on whichever mode runs (a leader beside the presenter's
# console, a follower in a kiosk or a plain window). Each has attach(settings, stage) -> object with close(),
# called after the first frame (paho is imported only then).
_VENUE = (
    ("lead", "huzhou_viewer.qt.venue.lead"),
    ("follow", "huzhou_viewer.qt.venue.follow"),
)


# The modes, by the setting that turns each on: the first one on runs, else the plain window. Each is a
# package with one entry, start(launch) (qt/stage/mode.py), imported only when its mode runs.
_MODES = (
    ("kiosk", "huzhou_viewer.qt.kiosk.entry"),
    ("presenter", "huzhou_viewer.qt.presenter.entry"),
)


def _start_mode(settings: Settings, family: str):
    import importlib

    from huzhou_viewer.qt.stage.mode import Launch

    launch = Launch(settings, lambda: _stage(settings, family, settings.transitions), lambda: load_content(settings))
    module = next((name for setting, name in _MODES if getattr(settings, setting)), None)
    return importlib.import_module(module).start(launch) if module else _PlainWindow(launch)


class _PlainWindow:
    """No mode: the audience window on its screen, full screen or windowed as the settings say."""

    drives_gallery = False
    restart = False

    def __init__(self, launch) -> None:
        from huzhou_viewer.qt.platform.screens import find_screen, place_window

        self.stage = launch.build_stage()
        self.stage.keys.set_mode_keys({"Ctrl+Q": self.quit})  # as in any program's window
        place_window(self.stage.view, find_screen(launch.settings.screen), launch.settings.fullscreen)

    def after_first_frame(self) -> None:
        pass

    def quit(self) -> None:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.quit()

    def close(self) -> None:
        pass


class _FirstFrame:
    """What waits for the audience's first frame, so none of it is on the way there; then the mode's own."""

    def __init__(self, settings: Settings, mode, quit_after_first_frame: bool) -> None:
        self._settings, self._mode, self._quit = settings, mode, quit_after_first_frame
        self._done = False
        self.venue = None  # the venue link, when the screen leads or follows a show

    def __call__(self) -> None:
        # frameSwapped comes from the render thread, queued: a second frame may be queued before this runs.
        if self._done:
            return
        self._done = True
        # What the start made lives as long as the show (modules, the deck, the stage): out of the collector's way,
        # a full collection mid-show (and the one at exit) walks only what came after, not tens of thousands more.
        gc.freeze()
        from PySide6.QtCore import QTimer

        settings, mode, stage = self._settings, self._mode, self._mode.stage
        from huzhou_viewer.logs import open_log_file

        # A smoke test's start too, when it has something to say: a fallback to the bundled pack is always logged.
        open_log_file(log_dir(), only_if_warned=self._quit)
        log.info("the first frame is on screen")
        if self._quit:
            QTimer.singleShot(0, mode.quit)
            return
        from huzhou_viewer.qt.platform.heap import cap_arenas
        from huzhou_viewer.settings import cache_dir

        cap_arenas()  # before the image-loading threads start (ctypes costs ~20 ms: not before the first frame)
        stage.controller.set_preload_neighbours(True)
        stage.start_serving(cache_dir() / "charts")  # charts drawn once by a worker process, then read from there
        stage.icons.load_later()
        from huzhou_viewer.qt.stage.pack_watcher import PackWatcher

        # Watch the chosen pack even when it failed: once it is mended, it replaces the bundled one.
        PackWatcher(stage.controller, Path(settings.pack or resources.bundled_pack()), cache_dir(), stage.controller,
                    settings.traditional_chinese)
        if settings.spotlight and not mode.drives_gallery:
            from huzhou_viewer.qt.stage.spotlight import SpotlightDriver

            SpotlightDriver(stage.controller, settings.spotlight_seconds, settings.spotlight_idle_seconds,
                            parent=stage.controller).watch(stage.view)
        mode.after_first_frame()
        venue = next((name for setting, name in _VENUE if getattr(settings, setting)), None)
        if venue:
            import importlib

            self.venue = importlib.import_module(venue).attach(settings, stage)


def _run(settings: Settings, quit_after_first_frame: bool) -> int:
    check = None
    if settings.lead and not settings.take_over:  # a second leader quits before its window opens
        from huzhou_viewer.mqtt import LeaderCheck

        check = LeaderCheck.start(settings)  # while Qt starts
    app, family = _make_app(settings)
    if check is not None and (refused := check.refused(log_dir())) is not None:
        return refused
    mode = _start_mode(settings, family)  # before the first frame: a kiosk is frameless and full screen from it
    if mode is None:
        return 0
    stage = mode.stage
    first_frame = _FirstFrame(settings, mode, quit_after_first_frame)  # held here while the loop runs
    stage.view.frameSwapped.connect(first_frame)
    sys.excepthook = _log_uncaught
    from huzhou_viewer.qt.platform.messages import route_qt_messages_to_log

    route_qt_messages_to_log()
    try:
        code = app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        from huzhou_viewer.logs import open_log_file

        open_log_file(log_dir(), only_if_warned=True)  # a show that ended before its first frame says why there
    if first_frame.venue is not None:
        first_frame.venue.close()
    mode.close()
    stage.close()
    if mode.restart:
        logging.shutdown()
        os.execv(sys.executable, sys.orig_argv)  # the same command line, afresh
    return code


def _export(ns, settings: Settings) -> int:
    if _no_display() or not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # export never needs a screen
    from huzhou_viewer.logs import open_log_file

    open_log_file(log_dir())  # a fallback to the bundled pack is said in the log, not only on stderr
    app, family = _make_app(settings)
    stage = _stage(settings, family, transitions=False, chrome=ns.export_chrome)  # the clean feed unless asked
    stage.access.setHighContrast(ns.high_contrast)  # what a visitor switches at the kiosk, for a look at it
    stage.access.setTextScale(ns.text_scale)
    stage.icons.load_now()
    stage.start_pictures()
    say = (lambda line: print(line, file=sys.stderr)) if ns.progress else (lambda line: None)
    if ns.format == "pdf":
        from huzhou_viewer.qt.stage.handout import export_pdf

        pages = export_pdf(stage, ns.size, ns.out, steps=ns.steps, notes=ns.notes, progress=say)
        say(f"export: wrote {ns.out} ({pages} pages)")
    else:
        from huzhou_viewer.qt.stage.export import export_png

        files = export_png(stage, ns.size, ns.out, steps=ns.steps, progress=say)
        say(f"export: wrote {len(files)} files to {ns.out}")
    stage.close()
    del app
    return 0


def _preflight(ns, settings: Settings) -> int:
    """Render every step offscreen and report what would look wrong (qt/stage/preflight.py)."""
    pack = Path(settings.pack or resources.bundled_pack())
    if not pack.is_dir():
        return _no_pack(pack, ns.report_language)
    if _no_display() or not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never needs a screen
    from huzhou_viewer.logs import setup_logging

    setup_logging(settings.log_level)
    from huzhou_viewer.qt.stage.preflight_command import preflight

    app, family = _make_app(settings)
    code = preflight(pack, ns.sizes, ns.languages, family, ns.json, ns.sheet, ns.sheet_size,
                     report_language=ns.report_language)
    del app
    return code
