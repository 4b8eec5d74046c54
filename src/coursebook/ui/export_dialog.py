"""File → Export…: choose what, the format and where; the export runs off the GUI thread with
a progress bar and can be cancelled. A failed or cancelled export leaves no file behind."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QThread, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coursebook.course.model import Course
from coursebook.export.atomic import ExportCancelled, ExportTargetError, another_name
from coursebook.export.content import ExportContent, ExportOptions
from coursebook.export.docx_writer import TemplateError, write_docx
from coursebook.export.labels import Labels, labels_for
from coursebook.export.markdown_writer import write_markdown
from coursebook.ui.messages import problem_message
from coursebook.ui.pdf_export import write_pdf
from coursebook.ui.runner import Runner
from coursebook.workbook.runs import Run

log = logging.getLogger(__name__)
FORMATS = {"docx": ".docx", "pdf": ".pdf", "md": ".md"}
MEMORY = "export/"  # keys in the window's QSettings


def last_export_folder(memory: QSettings) -> Path:
    """Where the last export went, else the home folder (also when that folder is gone:
    a stick that is not plugged in, a folder since removed)."""
    folder = Path(str(memory.value(MEMORY + "folder", "")) or Path.home())
    return folder if folder.is_dir() else Path.home()


class ExportWorker(QObject):
    """Writes one export in a thread; reports progress, success, cancel or failure."""

    progress = Signal(int, int)
    finished = Signal(str)  # path written
    failed = Signal(str, bool)  # message, whether the target was locked
    cancelled = Signal()

    def __init__(
        self,
        content: ExportContent,
        labels: Labels,
        fmt: str,
        path: Path,
        template: Path | None = None,
    ) -> None:
        super().__init__()
        self.content, self.labels, self.fmt, self.path = content, labels, fmt, path
        self.template = template  # Settings: the person's own Word template
        self.stop = threading.Event()

    def run(self) -> None:
        def report(done: int, total: int) -> None:
            self.progress.emit(done, total)

        try:
            if self.fmt == "docx":
                write_docx(
                    self.content, self.labels, self.path, report, self.stop.is_set, self.template
                )
            elif self.fmt == "pdf":
                write_pdf(self.content, self.labels, self.path, report, self.stop.is_set)
            else:
                write_markdown(self.content, self.labels, self.path, self.stop.is_set)
        except ExportCancelled:
            self.cancelled.emit()
        except TemplateError as error:
            log.warning("the Word template cannot be used: %s", error)
            self.failed.emit(
                QCoreApplication.translate(
                    "ExportDialog",
                    "the Word template {0} cannot be used (Settings → Word template): it is "
                    "not a Word document or template that can be read.",
                ).format(error.path),
                False,
            )
        except ExportTargetError as error:
            self.failed.emit(error.reason, error.locked)
        except OSError as error:
            self.failed.emit(str(error.strerror or error), False)
        except Exception as error:  # a bug: report it, and never lose the window
            log.exception("export failed")
            self.failed.emit(f"{type(error).__name__}: {error}", False)
        else:
            self.finished.emit(str(self.path))


class ExportDialog(QDialog):
    def __init__(
        self,
        runner: Runner,
        course: Course,
        run: Run,
        today: Callable[[], date],
        current_step: int,
        language: str,
        parent: QWidget | None = None,
        author: str = "",
        memory: QSettings | None = None,
        printing: bool = False,
        template: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.memory = memory  # the folder, format and scope of the last export
        self.printing = printing  # File → Print: the same choices, on paper
        self.template = template
        self.runner, self.course, self.run, self.today = runner, course, run, today
        self.language = language
        self.export_thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(600)
        last = course.steps[-1].number if course.steps else 1

        self.this_step = QRadioButton(self.tr("This step ({0})").format(current_step))
        self.range = QRadioButton(self.tr("Steps"))
        self.whole = QRadioButton(self.tr("The whole course"))
        self.which = QButtonGroup(self)
        for button in (self.this_step, self.range, self.whole):
            self.which.addButton(button)
        self.this_step.setChecked(True)
        self.current_step = current_step
        self.first = QSpinBox()
        self.first.setRange(1, last)
        self.first.setValue(1)
        self.last = QSpinBox()
        self.last.setRange(1, last)
        self.last.setValue(current_step)
        range_row = QHBoxLayout()
        range_row.addWidget(self.range)
        range_row.addWidget(self.first)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.last)
        range_row.addStretch(1)
        self.lessons = QCheckBox(self.tr("Include the lesson texts"))
        self.customers = QCheckBox(self.tr("Include the customer list"))
        self.nps = QCheckBox(self.tr("Include the NPS summary"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name on the title page (optional)"))
        self.name.setText(author)  # Settings: name and company

        self.docx = QRadioButton(self.tr("Word (.docx)"))
        self.pdf = QRadioButton(self.tr("PDF"))
        self.md = QRadioButton(self.tr("Markdown (.md)"))
        self.docx.setChecked(True)
        self.formats = QButtonGroup(self)
        for button in (self.docx, self.pdf, self.md):
            self.formats.addButton(button)
            button.toggled.connect(self._fix_suffix)
        formats = QHBoxLayout()
        for button in (self.docx, self.pdf, self.md):
            formats.addWidget(button)
        formats.addStretch(1)
        self.path = QLineEdit(str(Path.home() / f"{course.id}.docx"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)

        self.bar = QProgressBar()
        self.bar.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.open_button = self.buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button = self.buttons.addButton(
            self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        for extra in (self.open_button, self.show_button):
            extra.hide()
        self.open_button.clicked.connect(lambda: self._open(self.written))
        self.show_button.clicked.connect(
            lambda: self._open(self.written.parent if self.written else None)
        )
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self._cancel_or_close)

        form = QFormLayout()
        what = QVBoxLayout()
        what.addWidget(self.this_step)
        what.addLayout(range_row)
        what.addWidget(self.whole)
        what.addWidget(self.lessons)
        what.addWidget(self.customers)
        what.addWidget(self.nps)
        form.addRow(self.tr("What"), what)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Format"), formats)
        form.addRow(self.tr("Save as"), where)
        if printing:
            self.setWindowTitle(self.tr("Print"))
            form.setRowVisible(formats, False)
            form.setRowVisible(where, False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print…"))
            self.preview_button = self.buttons.addButton(
                self.tr("Preview…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.preview_button.clicked.connect(lambda: self.start_export(preview=True))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._recall_choices()

    # -- what was chosen last time -----------------------------------------------------------

    def _recall_choices(self) -> None:
        if self.memory is None:
            return
        memory = self.memory
        fmt = str(memory.value(MEMORY + "format", "docx"))
        {"pdf": self.pdf, "md": self.md}.get(fmt, self.docx).setChecked(True)
        scope = str(memory.value(MEMORY + "scope", "this"))
        {"range": self.range, "whole": self.whole}.get(scope, self.this_step).setChecked(True)
        for box, key in (
            (self.lessons, "lessons"),
            (self.customers, "customers"),
            (self.nps, "nps"),
        ):
            box.setChecked(str(memory.value(MEMORY + key, "false")).lower() == "true")
        folder = last_export_folder(memory)
        self.path.setText(str(folder / (self.course.id + FORMATS[self.chosen_format()])))

    def _remember_choices(self, written: Path) -> None:
        if self.memory is None:
            return
        scope = "whole" if self.whole.isChecked() else "range" if self.range.isChecked() else "this"
        for key, value in (
            ("format", self.chosen_format()),
            ("scope", scope),
            ("folder", str(written.parent)),
            ("lessons", self.lessons.isChecked()),
            ("customers", self.customers.isChecked()),
            ("nps", self.nps.isChecked()),
        ):
            self.memory.setValue(MEMORY + key, value)

    def _open(self, target: Path | None) -> None:
        if target is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self.message.setText(self.tr("{0} could not be opened here.").format(target))

    # -- choices ---------------------------------------------------------------------------

    def chosen_format(self) -> str:
        return "pdf" if self.pdf.isChecked() else "md" if self.md.isChecked() else "docx"

    def chosen_steps(self) -> tuple[int, ...]:
        if self.this_step.isChecked():
            return (self.current_step,)
        if self.whole.isChecked():
            return tuple(s.number for s in self.course.steps)
        low, high = sorted((self.first.value(), self.last.value()))
        return tuple(range(low, high + 1))

    def _fix_suffix(self) -> None:
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix(FORMATS[self.chosen_format()])))

    def _browse(self) -> None:
        fmt = self.chosen_format()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"*{FORMATS[fmt]}"
        )
        if name:
            self.path.setText(name)
            self._fix_suffix()

    # -- running ---------------------------------------------------------------------------

    def start_export(self, preview: bool = False) -> None:
        if self.printing:
            self._read(lambda content: self._print(content, preview))
            return
        path = Path(self.path.text()).expanduser()
        if not path.name:
            self.message.setText(self.tr("Choose a file name."))
            return
        suffix = FORMATS[self.chosen_format()]
        if path.suffix.lower() != suffix:  # "werk.docx" as a PDF: Word could not open it
            path = (
                path.with_name(path.name + suffix) if not path.suffix else path.with_suffix(suffix)
            )
            self.path.setText(str(path))
        self._read(lambda content: self._write(content, path))

    def _read(self, then: Callable[[ExportContent], None]) -> None:
        """What the chosen steps hold, read on the worker; `then` gets it on this thread."""
        options = ExportOptions(
            self.chosen_steps(),
            self.lessons.isChecked(),
            self.customers.isChecked(),
            self.nps.isChecked(),
            self.name.text().strip(),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.message.setText(self.tr("Reading your work…"))
        course, run, today = self.course, self.run, self.today()
        self.runner.submit(
            lambda wb: wb.export_content(course, run, options, today), then, self._not_read
        )

    def _print(self, content: ExportContent, preview: bool) -> None:
        """The printer dialog, or the preview (which can print too), of the same pages."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

        from coursebook.export.html_writer import export_html
        from coursebook.ui.pdf_export import page_layout, print_pages

        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.message.clear()
        html = export_html(content, labels_for(self.language))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(content.course_title)
        if preview:
            self.preview = QPrintPreviewDialog(printer, self)
            self.preview.setWindowTitle(self.tr("Print preview"))
            self.preview.paintRequested.connect(lambda device: print_pages(html, device))
            self.preview.resize(900, 760)
            self.preview.exec()
            return
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            print_pages(html, printer)
            self.message.setText(self.tr("Sent to the printer."))

    def _not_read(self, error: Exception) -> None:
        log.error("reading the work to export failed", exc_info=error)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.message.setText(self.tr("Not exported: {0}").format(problem_message(error)))

    def _write(self, content: ExportContent, path: Path) -> None:
        """Write the file in a thread of its own (it may take a while, and can be cancelled)."""
        self.worker = ExportWorker(
            content, labels_for(self.language), self.chosen_format(), path, self.template
        )
        self.export_thread = QThread(self)
        self.worker.moveToThread(self.export_thread)
        self.export_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        for signal in (self.worker.finished, self.worker.failed, self.worker.cancelled):
            signal.connect(self.export_thread.quit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.message.setText(self.tr("Exporting…"))
        self.export_thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _finish(self) -> None:
        if self.export_thread is not None:
            self.export_thread.quit()  # the worker is done; let its thread end before it is dropped
            self.export_thread.wait(10_000)
        self.export_thread = None
        self.worker = None
        self.bar.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _on_finished(self, path: str) -> None:
        """Say where it went and offer to open it; Close ends the dialog as accepted."""
        self._finish()
        self.written = Path(path)
        self._remember_choices(self.written)
        self.message.setText(self.tr("Exported to {0}").format(self.written))
        for button in (self.open_button, self.show_button):
            button.show()
        self.open_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export again"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _on_cancelled(self) -> None:
        self._finish()
        self.message.setText(self.tr("Cancelled; no file was written."))

    def _on_failed(self, reason: str, locked: bool) -> None:
        self._finish()
        path = Path(self.path.text())
        if locked:
            suggestion = another_name(path)
            answer = QMessageBox.question(
                self,
                self.tr("Export"),
                self.tr("{0} cannot be written: {1}\n\nSave as {2} instead?").format(
                    path.name, reason, suggestion.name
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.path.setText(str(suggestion))
                self.start_export()
                return
        self.message.setText(self.tr("Not exported: {0} ({1})").format(reason, path))

    def _cancel_or_close(self) -> None:
        if self.worker is not None:
            self.worker.stop.set()
            self.message.setText(self.tr("Cancelling…"))
        elif self.written is not None:
            self.accept()  # closed after an export
        else:
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            self.worker.stop.set()
            self._finish()
        super().closeEvent(event)
