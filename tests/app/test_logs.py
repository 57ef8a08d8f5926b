"""What reaches the terminal and what reaches the log file."""

import logging

from huzhou_viewer.logs import open_log_file, setup_logging


def test_errors_are_one_line_on_the_terminal_and_whole_in_the_file(tmp_path, capsys):
    setup_logging("info")
    log = logging.getLogger("huzhou_viewer.test")
    log.info("before the file opened")
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("something failed")
    path = open_log_file(tmp_path / "logs")
    log.warning("after")
    err = capsys.readouterr().err
    assert "something failed" in err and "Traceback" not in err
    text = path.read_text(encoding="utf-8")
    assert "before the file opened" in text and "Traceback" in text and "ValueError: boom" in text
    assert text.index("before the file opened") < text.index("after")
    for handler in list(logging.getLogger().handlers):
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_an_unwritable_log_folder_does_not_stop_anything(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    setup_logging("info")
    assert open_log_file(blocker / "logs") is None
    for handler in list(logging.getLogger().handlers):
        logging.getLogger().removeHandler(handler)


def test_qt_warnings_reach_the_log(qapp, caplog):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from huzhou_viewer.qt.platform.messages import route_qt_messages_to_log

    previous = route_qt_messages_to_log()
    try:
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("a binding went wrong")
    finally:
        qInstallMessageHandler(previous)
    assert any(r.name == "qt" and "a binding went wrong" in r.getMessage() for r in caplog.records)
