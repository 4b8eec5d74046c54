from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coursebook.ui.context import AppContext
from coursebook.ui.customers.import_dialog import ImportDialog
from coursebook.ui.runner import Runner
from coursebook.workbook.customer_import import read_table
from coursebook.workbook.customers import customer_register
from tests.ui.conftest import TODAY

CUSTOMERS = Path(__file__).resolve().parents[1] / "data" / "customers"


def test_preview_follows_the_column_mapping(
    qtbot: QtBot, context: AppContext, runner: Runner
) -> None:
    path = CUSTOMERS / "dutch-excel.csv"
    dialog = ImportDialog(path, read_table(path), runner, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.columns["name"].currentText() == "Naam"
    assert dialog.columns["email"].currentText() == "E-mailadres"
    assert dialog.summary.text() == "7 customers to import, 5 rows cannot be used."
    assert dialog.preview.rowCount() == 7
    assert dialog.problems.item(0).text().startswith("row 7: the e-mail address")
    dialog.columns["score"].setCurrentIndex(0)  # ignore the score column
    assert dialog.summary.text() == "9 customers to import, 3 rows cannot be used."
    dialog.columns["name"].setCurrentIndex(0)
    dialog.columns["organisation"].setCurrentIndex(0)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_run_imports_and_reports(
    qtbot: QtBot, context: AppContext, runner: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(CUSTOMERS / "dutch-excel.csv"), "")
    )

    def run_import(dialog: ImportDialog) -> int:
        dialog.import_now()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(ImportDialog, "exec", run_import)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    assert ImportDialog.run(runner, TODAY)
    assert shown[0].startswith("Added 7, updated 0, already up to date 0.\n5 rows were skipped:")
    assert len(customer_register(context.workbook.db)) == 7


def test_an_unreadable_file_is_reported(
    tmp_path: Path, runner: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "export.xlsx"
    fake.write_bytes(b"PK\x03\x04 broken zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert not ImportDialog.run(runner, TODAY)
    assert warned and str(fake) in warned[0]


def write_big_file(path: Path, rows: int) -> None:
    lines = ["Naam;Bedrijf;E-mail"]
    lines += [f"Klant {i};Bedrijf {i % 50};klant{i}@example.nl" for i in range(rows)]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_a_big_import_shows_progress_and_keeps_the_window_turning(
    qtbot: QtBot, context: AppContext, runner: Runner, tmp_path: Path
) -> None:
    path = tmp_path / "klanten.csv"
    write_big_file(path, 5000)
    dialog = ImportDialog(path, read_table(path), runner, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    values: list[int] = []
    dialog.bar.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.import_now()
        assert dialog.bar.isVisible() and dialog.stop is not None
    assert dialog.report is not None and dialog.report.added == 5000
    assert len(set(values)) >= 5  # the bar moved on the way
    assert len(customer_register(context.workbook.db)) == 5000


def test_cancel_stops_the_import_and_changes_nothing(
    qtbot: QtBot,
    context: AppContext,
    runner: Runner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coursebook.workbook import customers as customers_module

    path = tmp_path / "klanten.csv"
    write_big_file(path, 3000)
    dialog = ImportDialog(path, read_table(path), runner, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    started = threading.Event()
    real = customers_module._Register.find

    def slow_find(register: object, candidate: object) -> object:  # an import that takes a while
        started.set()
        time.sleep(0.001)
        return real(register, candidate)  # type: ignore[arg-type]

    monkeypatch.setattr(customers_module._Register, "find", slow_find)
    dialog.import_now()
    qtbot.waitUntil(started.is_set, timeout=5000)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.stop is None, timeout=10_000)
    assert dialog.report is None and dialog.result() == 0
    assert "cancelled" in dialog.message.text()
    monkeypatch.undo()
    assert customer_register(context.workbook.db) == []
