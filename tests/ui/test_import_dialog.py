from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coursebook.ui.context import AppContext
from coursebook.ui.customers.import_dialog import ImportDialog
from coursebook.workbook.customer_import import read_table
from coursebook.workbook.customers import customer_register
from tests.ui.conftest import TODAY

CUSTOMERS = Path(__file__).resolve().parents[1] / "data" / "customers"


def test_preview_follows_the_column_mapping(qtbot: QtBot, context: AppContext) -> None:
    path = CUSTOMERS / "dutch-excel.csv"
    dialog = ImportDialog(path, read_table(path), context.db, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.columns["name"].currentText() == "Naam"
    assert dialog.columns["email"].currentText() == "E-mailadres"
    assert dialog.summary.text() == "7 customers to import, 5 rows cannot be used."
    assert dialog.preview.rowCount() == 7
    assert dialog.problems.item(0).text().startswith("row 7: e-mail address")
    dialog.columns["score"].setCurrentIndex(0)  # ignore the score column
    assert dialog.summary.text() == "9 customers to import, 3 rows cannot be used."
    dialog.columns["name"].setCurrentIndex(0)
    dialog.columns["organisation"].setCurrentIndex(0)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_run_imports_and_reports(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(CUSTOMERS / "dutch-excel.csv"), "")
    )
    monkeypatch.setattr(ImportDialog, "exec", lambda self: (self.import_now(), 1)[1])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    assert ImportDialog.run(context.db, TODAY)
    assert shown[0].startswith("Added 7, updated 0, already up to date 0.\n5 rows were skipped:")
    assert len(customer_register(context.db)) == 7


def test_an_unreadable_file_is_reported(
    tmp_path: Path, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "export.xlsx"
    fake.write_bytes(b"PK\x03\x04 broken zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert not ImportDialog.run(context.db, TODAY)
    assert warned and str(fake) in warned[0]
