"""File → Backups…: the backups kept for this data folder, a backup now, and restoring one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coursebook.ui.messages import problem_message
from coursebook.ui.runner import Runner
from coursebook.workbook.core import BackupInfo

log = logging.getLogger(__name__)


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.0f} kB"


class BackupsDialog(QDialog):
    """`restore(path)` asks the window to restore (it must close the database)."""

    def __init__(
        self,
        runner: Runner,
        folder: Path,
        restore: Callable[[Path], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.restore = restore
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Coursebook makes a backup at the first start of each day and keeps those of the "
                "last 7 days and the last 8 weeks, plus one before every update and every "
                "restore. Folder: {0}"
            ).format(folder / "backups")
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Kind"), self.tr("Size")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.copy_button = QPushButton(self.tr("Save a copy as…"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.now_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.now_button.clicked.connect(self.back_up_now)
        self.copy_button.clicked.connect(self.save_copy)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.runner.submit(lambda wb: wb.backups(), self._show)

    def _show(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        kinds = {
            "daily": self.tr("daily"),
            "manual": self.tr("by hand"),
            "before-migration": self.tr("before an update"),
            "before-restore": self.tr("before a restore"),
        }
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            values = [
                backup.created.strftime("%Y-%m-%d %H:%M"),
                kinds[backup.kind],
                _size(backup.size),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def back_up_now(self) -> None:
        def made(target: Path) -> None:
            self.message.setText(self.tr("Backed up to {0}").format(target.name))
            self.reload()

        def failed(error: Exception) -> None:
            log.error("backup failed", exc_info=error)
            self.message.setText(self.tr("No backup made: {0}").format(problem_message(error)))

        self.message.setText(self.tr("Backing up…"))
        self.runner.submit(lambda wb: wb.back_up(), made, failed)

    def save_copy(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of your work"),
            str(Path.home() / "coursebook-backup.sqlite3"),
            "*.sqlite3",
        )
        if not name:
            return

        def failed(error: Exception) -> None:
            log.error("copy failed", exc_info=error)
            self.message.setText(self.tr("No copy made: {0}").format(problem_message(error)))

        self.message.setText(self.tr("Saving a copy…"))
        self.runner.submit(
            lambda wb: wb.back_up(Path(name)),
            lambda _target: self.message.setText(self.tr("Copy saved as {0}").format(name)),
            failed,
        )

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        backup = self.backups[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace your work by the backup of {0}? What you have now is backed up "
                "first, so this can be undone by restoring that copy."
            ).format(backup.created.strftime("%Y-%m-%d %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.restore(backup.path):
            self.accept()
        else:
            self.reload()
