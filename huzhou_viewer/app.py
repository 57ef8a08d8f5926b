"""Wires it up: command line and settings -> pack -> show -> QML engine and window.

Only the standard library, the settings and the command line are imported before we know what to do,
so --help, --version and `validate` never touch Qt.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from huzhou_viewer import cli, resources
from huzhou_viewer.settings import Settings, SettingsError, load_settings, log_dir

log = logging.getLogger("huzhou_viewer")


def main(argv: list[str] | None = None) -> int:
    ns = cli.parse_args(argv)
    try:
        settings = load_settings(ns.config, cli.settings_overrides(ns))
    except SettingsError as error:
        print(f"huzhou-viewer: {error}", file=sys.stderr)
        return 2
    if ns.command == "validate":
        return _validate(Path(getattr(ns, "pack", None) or resources.bundled_pack()))
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


def _log_uncaught(kind, error, trace) -> None:
    """Errors in event handlers go to the log, and the show goes on."""
    log.error("unexpected error; the show goes on", exc_info=(kind, error, trace))


def _validate(pack: Path) -> int:
    from huzhou_viewer.content.coverage import load_coverage
    from huzhou_viewer.content.validate import run

    if not pack.is_dir():
        print(f"huzhou-viewer: no content pack at {pack} (expected a folder with a pack.yaml)", file=sys.stderr)
        return 2
    coverage_file = resources.font_coverage_file()
    coverage = load_coverage(coverage_file) if coverage_file.is_file() else None
    return run(pack, coverage=coverage)


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
            return _with_warnings_logged(load_deck(settings.pack, cache)), ""
        except Exception as error:  # noqa: BLE001 - only PackError is expected; see below
            from huzhou_viewer.content.problems import PackError  # the happy path never needs it

            if not isinstance(error, PackError):
                raise
            log.error("content pack %s has errors; showing the bundled pack instead:\n%s", settings.pack, error)
            notice = "pack-fallback"
    else:
        notice = ""
    return _with_warnings_logged(load_deck(resources.bundled_pack(), cache)), notice


def _with_warnings_logged(deck):
    for warning in deck.warnings:
        log.info("content pack %s: %s", deck.pack_id, warning)
    return deck


def _make_app(settings: Settings):
    from PySide6.QtGui import QGuiApplication

    from huzhou_viewer.qt.platform.fonts import register_bundled_fonts
    from huzhou_viewer.qt.platform.renderer import apply_renderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName("huzhou-viewer")
    app.setApplicationDisplayName("Huzhou Viewer")
    renderer = apply_renderer(settings.renderer)
    family = register_bundled_fonts(resources.font_files())
    log.info("renderer %s, font %s", renderer, family or "(none)")
    return app, family


def _stage(settings: Settings, family: str, transitions: bool):
    from huzhou_viewer.qt.stage.stage import Stage

    deck, notice = load_content(settings)
    stage = Stage(deck, settings.language, family, transitions)
    stage.controller.set_notice(notice)
    stage.start_at(settings.start_scene)
    return stage


def _run(settings: Settings, quit_after_first_frame: bool) -> int:
    from PySide6.QtCore import QTimer

    from huzhou_viewer.qt.platform.screens import place_on_screen

    app, family = _make_app(settings)
    instance = None
    if settings.kiosk:
        from huzhou_viewer.qt.platform.single_instance import SingleInstance, ask_running_to_raise, server_name
        from huzhou_viewer.settings import config_dir

        name = server_name(str(config_dir()))
        if ask_running_to_raise(name):
            print("huzhou-viewer: the kiosk is already running; it was brought to the front", file=sys.stderr)
            return 0
        instance = SingleInstance(name)
    stage = _stage(settings, family, settings.transitions)
    view = stage.view

    started: list[bool] = []

    def first_frame() -> None:
        # frameSwapped comes from the render thread, queued: a second frame may be queued before this runs.
        if started:
            return
        started.append(True)
        if quit_after_first_frame:
            QTimer.singleShot(0, app.quit if kiosk is None else kiosk.quit)  # a kiosk refuses a plain quit
            return
        stage.controller.set_warm(True)
        stage.enable_charts()
        stage.enable_touch()
        stage.icons.load_later()
        from huzhou_viewer.qt.stage.pack_watcher import PackWatcher
        from huzhou_viewer.settings import cache_dir

        # Watch the chosen pack even when it failed: once it is mended, it replaces the bundled one.
        PackWatcher(stage.controller, Path(settings.pack or resources.bundled_pack()), cache_dir(), stage.controller)
        from huzhou_viewer.logs import open_log_file

        open_log_file(log_dir())
        if settings.spotlight and kiosk is None:  # a kiosk's attract loop walks the gallery's pages itself
            from huzhou_viewer.qt.stage.spotlight import SpotlightDriver

            SpotlightDriver(stage.controller, settings.spotlight_seconds, settings.spotlight_idle_seconds,
                            parent=stage.controller).watch(view)
        if settings.presenter and kiosk is None:  # a kiosk has no speaker
            presenter.append(_presenter_mode(stage, settings, said))

    presenter: list = []
    said: tuple = ()  # screens asked for that are not there, said once on the console
    view.frameSwapped.connect(first_frame)
    kiosk = _start_kiosk(settings, stage, instance) if instance is not None else None
    if settings.presenter and kiosk is None:
        from huzhou_viewer.qt.presenter.screens import place_audience

        said = place_audience(view, settings.audience_screen, settings.console_screen)
    elif kiosk is None:
        place_on_screen(view, settings.screen, settings.fullscreen)
    sys.excepthook = _log_uncaught
    from huzhou_viewer.qt.platform.messages import route_qt_messages_to_log

    route_qt_messages_to_log()
    try:
        code = app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
    for mode in presenter:
        mode.close()
    if kiosk is not None:
        kiosk.release()
        instance.close()
    stage.close()
    if kiosk is not None and kiosk.restart_reason:
        logging.shutdown()
        os.execv(sys.executable, sys.orig_argv)  # the same command line, afresh
    return code


def _start_kiosk(settings: Settings, stage, instance):
    """Kiosk mode: needed before the first frame (the window is frameless and full screen from the start)."""
    from huzhou_viewer.qt.kiosk.kiosk import Kiosk
    from huzhou_viewer.qt.platform.screen_saver import ScreenSaverInhibitor

    def reload() -> None:
        deck, notice = load_content(settings)
        stage.controller.set_deck(deck)
        stage.controller.set_notice(notice)
        log.info("kiosk: the pack was reloaded from the admin panel")

    kiosk = Kiosk(stage, settings, reload=reload, log_file=lambda: log_dir() / "huzhou-viewer.log",
                  inhibitor=ScreenSaverInhibitor())

    def come_forward() -> None:
        stage.view.showFullScreen()
        stage.view.raise_()
        stage.view.requestActivate()

    instance.raiseRequested.connect(come_forward)
    kiosk.start(settings.screen)
    return kiosk


def _presenter_mode(stage, settings: Settings, said: tuple):
    """The presenter's console and its machinery, after the audience's first frame."""
    from huzhou_viewer.qt.presenter.mode import PresenterMode
    from huzhou_viewer.settings import cache_dir, config_dir
    from huzhou_viewer.show.rehearsal import REHEARSAL_FILE

    return PresenterMode(stage, settings.audience_screen, settings.console_screen, settings.scene_seconds,
                         settings.auto_advance_loop, config_dir() / REHEARSAL_FILE, said,
                         pictures_root=cache_dir() / "console-pictures")


def _export(ns, settings: Settings) -> int:
    if _no_display() or not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # export never needs a screen
    from huzhou_viewer.qt.stage.export import export_png

    app, family = _make_app(settings)
    stage = _stage(settings, family, transitions=False)
    stage.icons.load_now()
    stage.enable_charts()
    say = (lambda line: print(line, file=sys.stderr)) if ns.progress else (lambda line: None)
    files = export_png(stage, ns.size, ns.out, steps=ns.steps, progress=say)
    say(f"export: wrote {len(files)} files to {ns.out}")
    stage.close()
    del app
    return 0
