"""The window on a shared workbook (PostgreSQL): asked once who you are, says where the
work lives, keeps the local things local, and says plainly when the server is away."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coursebook.ui import app as app_module
from coursebook.ui.customers.model import CustomerRole
from coursebook.workbook.core import Workbook
from coursebook.workbook.runs import start_run
from tests.server import admin_url, fresh_database


def test_a_server_that_cannot_be_reached_is_said_plainly(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0
    )
    url = "postgresql://anna:geheim@127.0.0.1:1/coursebook"
    assert app_module.run_gui(str(data_dir), url) == 2  # closed: nothing was opened
    ((text, details),) = shown
    assert (
        text
        == "The shared workbook at postgresql://anna@127.0.0.1:1/coursebook cannot be opened now."
    )
    assert "the database server cannot be reached" in details and "geheim" not in details
    assert not (data_dir / "coursebook.sqlite3").exists()  # no file made instead


@pytest.mark.skipif(admin_url() is None, reason="no PostgreSQL server given")
def test_the_window_on_a_shared_workbook(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def name(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        asked.append(label)
        return "Anna de Vries", True

    monkeypatch.setattr(QInputDialog, "getText", name)
    with fresh_database() as url:
        team = Workbook.open_server(url)
        start_run(team.db, "superenthousiaste-klanten", "en", date(2026, 11, 23))
        team.close()
        started = app_module.start_gui(str(data_dir), url=url)
        assert isinstance(started, app_module.RunningApp)
        try:
            window = started.window
            assert asked == ["Your name, as your colleagues see it beside what you write:"]
            assert started.workbook.author == "Anna de Vries"
            assert window.shared_label.text().startswith("Shared workbook: postgresql://")
            assert "@" in window.shared_label.text()
            assert not window.backups_action.isEnabled()  # the server keeps the backups
            assert window.saver.recovery_dir == data_dir / "recovery"  # local things local
            # A colleague adds a customer: it shows up here without a restart.
            window.tabs.setCurrentWidget(window.customers)
            window.runner.wait()
            colleague = Workbook.open_server(url)
            colleague.add_customer("Bram Fietsen")
            colleague.close()
            view = window.customers

            def shown() -> list[str]:
                return [
                    view.proxy.data(view.proxy.index(r, 0), CustomerRole).name
                    for r in range(view.proxy.rowCount())
                ]

            qtbot.waitUntil(lambda: "Bram Fietsen" in shown(), timeout=10000)
        finally:
            started.close()
