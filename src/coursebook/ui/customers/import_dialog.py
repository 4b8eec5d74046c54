"""Import customers from CSV or Excel: pick columns, see what will happen, then import."""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coursebook.ui.messages import file_problem_message, skip_message
from coursebook.ui.runner import Runner
from coursebook.workbook.customer_import import (
    FIELDS,
    NAME_PART_KEYS,
    CustomerCandidate,
    CustomerFileError,
    SkippedRow,
    Table,
    candidates,
    guess_mapping,
    read_table,
)
from coursebook.workbook.customers import ImportCancelled, ImportReport

log = logging.getLogger(__name__)
PREVIEW_ROWS = 100


class ImportDialog(QDialog):
    """The import runs on the workbook's worker, so the window keeps painting; it reports
    progress, and Cancel stops it without changing anything (it is one transaction)."""

    _progress = Signal(int, int)  # emitted on the worker, shown on the GUI thread

    def __init__(
        self, path: Path, table: Table, runner: Runner, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path, self.table, self.runner, self.today = path, table, runner, today
        self.stop: threading.Event | None = None  # set while importing
        self._progress.connect(self._on_progress)
        self.found: list[CustomerCandidate] = []
        self.skipped: list[SkippedRow] = []
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(820, 620)

        intro = QLabel(
            self.tr(
                "<b>{0}</b>: {1} rows. Check which column holds what; the preview shows the "
                "customers as they will be imported."
            ).format(path.name, len(table.rows))
        )
        intro.setWordWrap(True)
        labels = {
            "name": self.tr("Name"),
            "organisation": self.tr("Organisation"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "score": self.tr("Score (0–10)"),
            "notes": self.tr("Notes"),
            "tags": self.tr("Tags"),
            "name_middle": self.tr("Name, middle part"),
            "name_last": self.tr("Name, last part"),
        }
        guessed = guess_mapping(table.headers)
        self.columns: dict[str, QComboBox] = {}
        form = QFormLayout()
        for key in (*FIELDS, *NAME_PART_KEYS):
            box = QComboBox()
            box.addItem(self.tr("— not in this file —"), None)
            for index, header in enumerate(table.headers):
                box.addItem(header or self.tr("column {0}").format(index + 1), index)
            chosen = guessed.get(key)
            box.setCurrentIndex(0 if chosen is None else chosen + 1)
            box.currentIndexChanged.connect(lambda _i: self.refresh())
            self.columns[key] = box
            form.addRow(labels[key], box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 6)
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Score"),
            ]
        )
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(120)
        self.bar = QProgressBar()
        self.bar.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.import_now)
        self.buttons.rejected.connect(self._cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel(self.tr("Rows that cannot be used:")))
        layout.addWidget(self.problems)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.refresh()

    def mapping(self) -> dict[str, int | None]:
        return {key: box.currentData() for key, box in self.columns.items()}

    def refresh(self) -> None:
        mapping = self.mapping()
        if mapping["name"] is None and mapping["organisation"] is None:
            self.found, self.skipped = [], []
            self.summary.setText(self.tr("Choose the column with the customers' names."))
        else:
            self.found, self.skipped = candidates(self.table, mapping)
            self.summary.setText(
                self.tr("{0} customers to import, {1} rows cannot be used.").format(
                    len(self.found), len(self.skipped)
                )
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.found))
        shown = self.found[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for row, candidate in enumerate(shown):
            values = [
                candidate.row,
                candidate.name,
                candidate.organisation,
                candidate.email,
                candidate.phone,
                "" if candidate.score is None else candidate.score,
            ]
            for column, value in enumerate(values):
                self.preview.setItem(row, column, QTableWidgetItem(str(value)))
        self.problems.clear()
        for skipped in self.skipped:
            self.problems.addItem(skip_message(skipped))

    def import_now(self) -> None:
        """Start the import in a thread; the dialog closes when it is done."""
        if self.stop is not None:
            return
        stop = self.stop = threading.Event()
        found, skipped, today = self.found, self.skipped, self.today
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        for box in self.columns.values():
            box.setEnabled(False)
        self.bar.setRange(0, max(1, len(self.found)))
        self.bar.setValue(0)
        self.bar.show()
        self.message.setText(self.tr("Importing…"))
        self.runner.submit(
            lambda wb: wb.import_customers(
                found, skipped, today, progress=self._progress.emit, cancelled=stop.is_set
            ),
            self._on_finished,
            self._on_failed,
            origin=self,
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def _finish(self) -> None:
        self.stop = None
        self.bar.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.found))
        for box in self.columns.values():
            box.setEnabled(True)

    def _on_finished(self, report: ImportReport) -> None:
        self._finish()
        self.report = report
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._finish()
        if isinstance(error, ImportCancelled):
            self.message.setText(self.tr("Import cancelled; the register is as it was."))
            return
        log.error("importing customers failed", exc_info=error)  # nothing was changed
        self.message.setText(
            self.tr(
                "The customers could not be imported; the register is as it was. The "
                "database may be in use or the disk full: try again in a moment."
            )
        )

    def _cancel_or_close(self) -> None:
        if self.stop is not None:
            self.stop.set()
            self.message.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.stop is not None:
            self.stop.set()
            self.runner.wait()  # the import has stopped and reported back before we go
        super().closeEvent(event)

    @classmethod
    def run(cls, runner: Runner, today: date, parent: QWidget | None = None) -> bool:
        """Ask for a file, show the dialog, import, and say what happened."""
        translate = QCoreApplication.translate
        title = translate("ImportDialog", "Import customers")
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            title,
            str(Path.home()),
            translate("ImportDialog", "Customer lists (*.csv *.txt *.xlsx *.xlsm);;All files (*)"),
        )
        if not name:
            return False
        path = Path(name)
        try:
            table = read_table(path)
        except CustomerFileError as error:
            log.info("cannot import %s: %s", path, error.reason)
            QMessageBox.warning(parent, title, f"{path}\n\n{file_problem_message(error)}")
            return False
        dialog = cls(path, table, runner, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.report is None:
            return False
        report = dialog.report
        lines = [
            translate("ImportDialog", "Added {0}, updated {1}, already up to date {2}.").format(
                report.added, report.updated, report.unchanged
            )
        ]
        if report.skipped:
            lines.append(
                translate("ImportDialog", "{0} rows were skipped:").format(len(report.skipped))
            )
            lines += [f"  {skip_message(skipped)}" for skipped in report.skipped[:20]]
        QMessageBox.information(parent, title, "\n".join(lines))
        return True
