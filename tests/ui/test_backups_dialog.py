from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coursebook.storage.backup import back_up, list_backups
from coursebook.ui.backups_dialog import BackupsDialog
from coursebook.ui.context import AppContext
from coursebook.ui.main_window import MainWindow
from coursebook.ui.runner import Runner
from coursebook.ui.work.reflection_form import ReflectionForm
from coursebook.workbook.reflections import get_reflection, save_reflection
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey
from tests.ui.conftest import START

KEY = TaskKey(1, "sample", "second", "reflection")


def test_back_up_now_lists_the_backup(qtbot: QtBot, context: AppContext, runner: Runner) -> None:
    dialog = BackupsDialog(runner, context.workbook.folder, lambda path: True)
    qtbot.addWidget(dialog)
    runner.wait()
    assert [dialog.table.item(0, 1).text()] == ["daily"]  # made when the folder was opened
    dialog.now_button.click()
    runner.wait()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "by hand"  # newest first
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()


def test_restore_from_the_window_shows_the_restored_work(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(context, start_run(context.workbook.db, "sample", "en", START))
    qtbot.addWidget(window)
    window.runner.wait()
    save_reflection(context.workbook.db, KEY, "the version from last week")
    copy = back_up(context.workbook.db.path, now=datetime(2026, 11, 20, 9, 0, 0))
    reflection = next(f for f in window.work.forms if isinstance(f, ReflectionForm))
    reflection.editor.setPlainText("a version I regret")
    window.saver.flush()
    assert get_reflection(context.workbook.db, KEY) == "a version I regret"

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog = BackupsDialog(window.runner, context.workbook.folder, window.restore_backup, window)
    qtbot.addWidget(dialog)
    window.runner.wait()
    row = next(i for i, b in enumerate(dialog.backups) if b.path == copy)
    dialog.table.selectRow(row)
    dialog.restore_selected()
    window.runner.wait()
    assert get_reflection(context.workbook.db, KEY) == "the version from last week"
    reflection = next(f for f in window.work.forms if isinstance(f, ReflectionForm))
    assert reflection.editor.toPlainText() == "the version from last week"
    # What was replaced is kept as a backup too.
    assert any(b.kind == "before-restore" for b in list_backups(context.workbook.db.path))


def test_a_full_disk_during_a_backup_is_said_plainly(
    qtbot: QtBot, context: AppContext, runner: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    import coursebook.storage.backup as backup_module

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "back_up", full)
    dialog = BackupsDialog(runner, context.workbook.folder, lambda path: True)
    qtbot.addWidget(dialog)
    dialog.now_button.click()
    runner.wait()
    assert dialog.message.text().startswith("No backup made: the disk is full")
    assert "database or disk" not in dialog.message.text()


def test_a_backup_with_its_own_password_asks_for_it_and_restores_plain(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from coursebook.storage.driver import Password
    from coursebook.storage.encryption import change_protection

    window = MainWindow(context, start_run(context.workbook.db, "sample", "en", START))
    qtbot.addWidget(window)
    window.runner.wait()
    save_reflection(context.workbook.db, KEY, "kept in the protected backup")
    copy = back_up(context.workbook.db.path, now=datetime(2026, 11, 20, 9, 0, 0))
    change_protection(copy, None, Password("van de kopie"))  # made when it had a password
    save_reflection(context.workbook.db, KEY, "written since")

    answers = iter([Password("niet deze"), Password("van de kopie")])
    asked: list[bool] = []

    def answer(_self: MainWindow, backup: Path, wrong: bool) -> Password | None:
        asked.append(wrong)
        return next(answers)

    monkeypatch.setattr(MainWindow, "ask_backup_password", answer)
    assert window.restore_backup(copy)
    assert asked == [False, True]
    assert get_reflection(context.workbook.db, KEY) == "kept in the protected backup"
    assert not window.runner.call(lambda wb: wb.protected)  # the workbook stays without one
