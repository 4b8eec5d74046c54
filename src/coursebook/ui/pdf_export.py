"""The export as pages: a PDF with Qt's own PDF writer (no extra dependency), or on paper
through the printer dialog and the print preview. Both lay out the same HTML as the Word
export's content, the same way (`print_pages`)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from coursebook.export.atomic import ExportCancelled, ExportTargetError, atomic_target
from coursebook.export.content import ExportContent
from coursebook.export.html_writer import PRINT_CSS, export_html
from coursebook.export.labels import Labels


def write_pdf(
    content: ExportContent,
    labels: Labels,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Lay out the export on A4 pages and write it through a temporary file."""
    html = export_html(content, labels)
    if progress is not None:
        progress(1, 3)
    if cancelled():
        raise ExportCancelled()
    with atomic_target(path, cancelled) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setTitle(content.course_title)
        writer.setCreator("Coursebook")
        writer.setResolution(300)
        writer.setPageLayout(page_layout())
        if progress is not None:
            progress(2, 3)
        print_pages(html, writer)
        del writer  # finishes the file
        _check_pdf(path, temporary)  # Qt reports no write errors: look at what it wrote
    if progress is not None:
        progress(3, 3)


BODY_POINTS = 10.5


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(paper_for(QLocale.system())),
        QPageLayout.Orientation.Portrait,
        QMarginsF(5, 5, 5, 5),  # print_() adds 2 cm of its own: 25 mm in all
        QPageLayout.Unit.Millimeter,
    )


def print_pages(html: str, device: QPagedPaintDevice) -> None:
    """Lay `html` out on `device`'s pages (a PDF writer, a printer, the preview) and paint
    them, numbered at the bottom."""
    document = QTextDocument()
    # Lay the text out at the device's resolution: a document measured at the screen's
    # 96 dpi and painted on 300-dpi pages comes out a third of its size (3 pt text).
    # With no page size of its own, print_() pages it onto the device's page rectangle
    # (A4 or Letter, inside the margins) and numbers the pages at the bottom.
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(body_font())  # Qt's style sheets do not style <body>
    document.setDefaultStyleSheet(PRINT_CSS)
    document.setHtml(html)
    document.print_(device)


def paper_for(locale: QLocale) -> QPageSize.PageSizeId:
    """Letter where the locale measures in inches (the United States), else A4."""
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def body_font() -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Serif", "Georgia", "Times New Roman", "Liberation Serif"])
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(BODY_POINTS)
    return font


def _check_pdf(path: Path, written: Path) -> None:
    """A PDF that is whole starts with its header and ends with its end-of-file mark; on a full
    disk Qt stops writing without a word. A file that is not whole never replaces `path`."""
    try:
        size = written.stat().st_size
        with written.open("rb") as handle:
            start = handle.read(5)
            handle.seek(max(0, size - 64))
            end = handle.read()
    except OSError as error:
        raise ExportTargetError(path, f"the PDF could not be written ({error.strerror})") from error
    if start != b"%PDF-" or b"%%EOF" not in end:
        raise ExportTargetError(path, "the PDF could not be written completely; is the disk full?")


def write_pdf_standalone(content: ExportContent, labels: Labels, path: Path) -> None:
    """For the command line: a Qt application without windows, offscreen if there is no
    display."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])  # noqa: F841 - lives while the PDF is written
        write_pdf(content, labels, path)
        return
    write_pdf(content, labels, path)
