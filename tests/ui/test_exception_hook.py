"""An unexpected exception is logged to a file and shown as a readable dialog; the app goes on."""

from __future__ import annotations

import sys

from giftdesk import paths
from giftdesk.services.payments import CardDetails
from giftdesk.ui import launch


def test_unexpected_error_is_logged_and_shown(monkeypatch, tmp_path, qapp):
    log = tmp_path / "log" / "errors.log"
    monkeypatch.setattr(paths, "log_path", lambda: log)
    shown = []
    monkeypatch.setattr(
        launch.QtWidgets.QMessageBox, "critical", lambda parent, title, text: shown.append(text)
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    launch.install_exception_hook(lambda: None)
    card = CardDetails("4242424242424242", "12/30", "987")
    try:
        raise RuntimeError(f"boom while handling {card!r}")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert shown and "Something went wrong: boom" in shown[0] and str(log) in shown[0]
    text = log.read_text()
    assert "RuntimeError: boom" in text and "Traceback" in text
    # card data never logged; the CVC is looked for as a repr would print it, because the bare
    # digits can turn up by chance in the log's timestamp or the temporary folder's name
    assert "4242424242424242" not in text and "'987'" not in text
    assert "RuntimeError: boom while handling CardDetails(<hidden>)" in text


def test_headless_an_unexpected_error_is_a_line_and_exit_1_not_a_dialog(
    monkeypatch, tmp_path, qapp, capsys
):
    monkeypatch.setattr(paths, "log_path", lambda: tmp_path / "errors.log")
    shown, exits = [], []
    monkeypatch.setattr(
        launch.QtWidgets.QMessageBox, "critical", lambda *args: shown.append(args)
    )  # would wait for ever headless
    monkeypatch.setattr(launch.QApplication, "exit", staticmethod(exits.append))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen = launch.install_exception_hook(lambda: None, headless=True)
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert shown == [] and exits == [1] and seen.count == 1
    err = capsys.readouterr().err
    assert err.startswith("giftdesk: error: unexpected error (RuntimeError: boom)")
    assert err.count("\n") == 1


def test_the_error_log_is_readable_by_its_owner_only(monkeypatch, tmp_path):
    log = tmp_path / "log" / "errors.log"
    monkeypatch.setattr(paths, "log_path", lambda: log)
    paths.log_unexpected(RuntimeError("boom"))
    assert log.stat().st_mode & 0o777 == 0o600
