from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coursebook.ui import app as app_module
from coursebook.ui.welcome import WelcomeDialog


def test_a_damaged_database_is_reported_and_left_alone(
    qapp: object,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir.mkdir(parents=True)
    database = data_dir / "coursebook.sqlite3"
    database.write_bytes(b"this is not a database at all" * 10)
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0
    )
    assert app_module.run_gui(str(data_dir)) == 2
    assert len(shown) == 1
    text, details = shown[0]
    assert "has not changed it" in text
    assert "not a Coursebook database" in details and str(database) in details
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert "not an SQLite database" in capsys.readouterr().err


def test_cancelling_the_first_start_exits_cleanly(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coursebook.ui.main_window as main_window_module

    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 0)
    explained: list[bool] = []
    monkeypatch.setattr(
        main_window_module, "ask_again_for_a_course", lambda: explained.append(True) or False
    )
    assert app_module.run_gui(str(data_dir)) == 0
    assert explained == [True]  # why a course is needed was said before quitting
    assert (data_dir / "coursebook.sqlite3").is_file()


def test_a_second_instance_on_the_same_data_folder_is_refused(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coursebook.data_lock import lock_data_folder

    held = lock_data_folder(data_dir)  # as another Coursebook, or a command that writes, holds it
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        assert app_module.run_gui(str(data_dir)) == 3
    finally:
        held.release()
    assert "already open" in shown[0]
    assert not (data_dir / "coursebook.sqlite3").exists()  # it never touched the database


def test_a_stale_lock_from_a_crashed_run_is_taken_over(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    data_dir.mkdir(parents=True)
    # What QLockFile leaves behind when its process dies: pid, app name, host name.
    (data_dir / "coursebook.lock").write_text(f"999999\ncoursebook\n{socket.gethostname()}\n")
    import coursebook.ui.main_window as main_window_module

    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 0)
    explained: list[bool] = []
    monkeypatch.setattr(
        main_window_module, "ask_again_for_a_course", lambda: explained.append(True) or False
    )
    assert app_module.run_gui(str(data_dir)) == 0
    assert explained == [True]  # why a course is needed was said before quitting


@pytest.mark.parametrize("choice", ["restore", "fresh"])
def test_a_damaged_database_can_be_restored_or_set_aside(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    from datetime import datetime

    from sqlalchemy import text

    from coursebook.storage.backup import back_up
    from coursebook.storage.database import open_database

    database = data_dir / "coursebook.sqlite3"
    db = open_database(database)
    with db.session() as session:
        session.execute(text("INSERT INTO ui_state (key, value) VALUES ('k', 'saved work')"))
    db.close()
    back_up(database, now=datetime(2026, 11, 20, 9, 0, 0))
    database.write_bytes(b"\x00" * 4096)  # damaged since
    offered: list[object] = []

    from coursebook.paths import resolve_data_paths
    from coursebook.workbook.opening import OpenProblem, Recovery

    def answer(problem: OpenProblem) -> Recovery:
        offered.append(problem.newest_backup)
        return Recovery(choice)

    monkeypatch.setattr(app_module, "ask_recovery", answer)
    opened = app_module.open_or_recover(resolve_data_paths(data_dir))
    assert opened is not None
    with opened.db.session() as session:
        value = session.execute(text("SELECT value FROM ui_state")).scalar()
    opened.close()
    assert offered[0] is not None  # the backup was offered
    assert value == ("saved work" if choice == "restore" else None)
    kept = list(data_dir.glob("coursebook-damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00" * 4096


def test_unexpected_errors_are_logged_saved_and_shown(
    qtbot: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging
    import sys

    from coursebook.paths import resolve_data_paths
    from coursebook.ui.context import AppContext
    from coursebook.ui.main_window import MainWindow
    from coursebook.ui.settings import open_settings
    from coursebook.workbook.reflections import get_reflection, save_reflection
    from coursebook.workbook.runs import start_run
    from coursebook.workbook.task_key import TaskKey
    from tests.ui.conftest import START

    paths = resolve_data_paths(data_dir)
    log_file = app_module.configure_logging(paths.log_dir)
    assert log_file == data_dir / "logs" / "coursebook.log"
    from coursebook.course.catalog import Catalog
    from coursebook.workbook.core import Workbook
    from tests.conftest import SAMPLE_COURSE

    workbook = Workbook.open(paths)
    db = workbook.db
    context = AppContext(
        workbook,
        Catalog.discover(SAMPLE_COURSE),
        open_settings(paths.settings_file),
        "en",
        lambda: START,
    )
    window = MainWindow(context, start_run(db, "sample", "en", START))
    window.select_step("second")
    key = TaskKey(1, "sample", "second", "reflection")
    window.saver.schedule("pending", lambda wb: save_reflection(wb.db, key, "typed"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app_module.install_exception_hook(window, log_file)
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert get_reflection(db, key) == "typed"  # pending work saved first
    assert "ZeroDivisionError: a bug" in shown[0] and str(log_file) in shown[0]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ZeroDivisionError: a bug" in log_file.read_text(encoding="utf-8")
    assert "Traceback" in log_file.read_text(encoding="utf-8")
    window.close()
    db.close()
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "") == str(log_file):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_a_data_folder_that_cannot_be_written_is_said_so(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def read_only(_root: Path) -> object:
        raise PermissionError(errno.EACCES, "Permission denied", str(data_dir / "coursebook.lock"))

    monkeypatch.setattr(app_module, "lock_data_folder", read_only)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert app_module.run_gui(str(data_dir)) == 3
    assert "cannot be created or written to" in shown[0]
    assert "already open" not in shown[0]


def test_a_protected_workbook_asks_for_its_password_as_often_as_needed(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coursebook.paths import resolve_data_paths
    from coursebook.ui import password_dialog
    from coursebook.workbook.core import Password, Workbook

    paths = resolve_data_paths(data_dir)
    workbook = Workbook.open(paths)
    workbook.add_customer("Geheime Klant")
    workbook.change_password(None, Password("juist"))
    workbook.close()
    password_dialog.remember(data_dir, None)

    asked: list[bool] = []
    answers = iter([Password("fout"), Password("nog fout"), Password("juist")])
    monkeypatch.setattr(
        password_dialog, "ask_password", lambda folder, wrong: asked.append(wrong) or next(answers)
    )
    opened = app_module.open_or_recover(paths)
    assert opened is not None and asked == [False, True, True]  # no lock-out, told why
    assert [c.name for c in opened.customer_register()] == ["Geheime Klant"]
    opened.close()
    # A restart of the window (Settings) in the same process is not asked again.
    asked.clear()
    again = app_module.open_or_recover(paths)
    assert again is not None and asked == []
    again.close()
    password_dialog.remember(data_dir, None)
    monkeypatch.setattr(password_dialog, "ask_password", lambda folder, wrong: None)
    assert app_module.open_or_recover(paths) is None  # Quit: nothing opened, nothing changed
