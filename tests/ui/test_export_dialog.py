from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coursebook.course.loader import load_course
from coursebook.export.atomic import office_lock_file
from coursebook.export.content import ExportOptions, gather
from coursebook.export.labels import ENGLISH
from coursebook.ui.context import AppContext
from coursebook.ui.export_dialog import ExportDialog
from coursebook.ui.pdf_export import write_pdf
from coursebook.ui.runner import Runner
from coursebook.workbook.reflections import save_reflection
from coursebook.workbook.runs import Run, start_run
from coursebook.workbook.task_key import TaskKey
from tests.conftest import SAMPLE_COURSE
from tests.pdf_text import read_pdf
from tests.ui.conftest import START, TODAY


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext, runner: Runner) -> ExportDialog:
    start_run(context.workbook.db, "sample", "en", START)
    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    save_reflection(
        context.workbook.db,
        TaskKey(1, "sample", "second", "reflection"),
        "# What I learned\n\n1. one\n2. two\n\nThen:\n\n1. again",
    )
    export = ExportDialog(runner, course, Run(1, "sample", "en", START), lambda: TODAY, 2, "en")
    qtbot.addWidget(export)
    return export


def test_exports_the_chosen_steps_to_word(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    target = tmp_path / "werk.docx"
    dialog.whole.setChecked(True)
    dialog.lessons.setChecked(True)
    dialog.path.setText(str(target))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Step 1: Getting to know your customers",
        "Step 2: Calling satisfied customers",
        "Step 3: Looking back",
    ]
    assert "What I learned" in [p.text for p in document.paragraphs]


def test_format_choice_changes_the_suffix_and_markdown_export(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.path.setText(str(tmp_path / "werk.docx"))
    dialog.md.setChecked(True)
    assert dialog.path.text().endswith("werk.md")
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    text = (tmp_path / "werk.md").read_text(encoding="utf-8")
    assert text.startswith("# Sample course") and "## Step 2: Calling satisfied customers" in text
    assert "## Step 1" not in text  # only this step


def test_a_locked_target_offers_another_name(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "werk.docx"
    target.write_bytes(b"the version open in Word")
    office_lock_file(target).write_text("locked", encoding="utf-8")
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.path.setText(str(target))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert "werk (2).docx" in asked[0]
    assert dialog.written == tmp_path / "werk (2).docx"
    assert target.read_bytes() == b"the version open in Word"


def test_the_pdf_is_a_readable_a4_document_with_page_numbers(
    qapp: object, context: AppContext, tmp_path: Path
) -> None:
    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    content = gather(
        context.workbook.db,
        course,
        Run(1, "sample", "en", START),
        ExportOptions((1, 2, 3), True),
        date(2026, 12, 2),
    )
    target = tmp_path / "werk.pdf"
    write_pdf(content, ENGLISH, target)
    pdf = read_pdf(target)
    assert pdf.pages >= 4  # the title page and a page per step
    assert abs(pdf.page_size[0] - 595) < 2 and abs(pdf.page_size[1] - 842) < 2  # A4
    assert 10 <= pdf.median_size <= 12, pdf.median_size  # body text as printed, in points
    assert max(pdf.line_sizes) >= 16  # headings stand out
    assert pdf.last_lines == [str(n) for n in range(1, pdf.pages + 1)]  # numbered pages


def test_a_pdf_the_writer_could_not_finish_never_replaces_the_earlier_one(
    qapp: object, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's PDF writer says nothing when the disk fills; the export looks at the file."""
    from PySide6.QtGui import QTextDocument

    from coursebook.export.atomic import ExportTargetError

    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    run = Run(1, "sample", "en", START)
    content = gather(context.workbook.db, course, run, ExportOptions((1,)), TODAY)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "werk.pdf"
    write_pdf(content, ENGLISH, target)
    earlier = target.read_bytes()
    monkeypatch.setattr(QTextDocument, "print_", lambda self, printer: None)  # writes nothing
    with pytest.raises(ExportTargetError) as caught:
        write_pdf(content, ENGLISH, target)
    assert "could not be written completely" in caught.value.reason
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in target.parent.iterdir()) == ["werk.pdf"]  # no half file


def test_the_dialog_remembers_its_choices_fixes_the_extension_and_offers_open(
    qtbot: QtBot,
    context: AppContext,
    runner: Runner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    start_run(context.workbook.db, "sample", "en", START)
    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    run = Run(1, "sample", "en", START)

    def new_dialog() -> ExportDialog:
        made = ExportDialog(runner, course, run, lambda: TODAY, 2, "en", memory=context.settings)
        qtbot.addWidget(made)
        return made

    first = new_dialog()
    first.md.setChecked(True)
    first.whole.setChecked(True)
    first.nps.setChecked(True)
    first.path.setText(str(tmp_path / "verslag.docx"))  # typed by hand, the wrong extension
    first.start_export()
    qtbot.waitUntil(lambda: first.written is not None, timeout=20_000)
    assert first.written == tmp_path / "verslag.md" and first.written.is_file()
    assert not (tmp_path / "verslag.docx").exists()
    assert "Exported to" in first.message.text()
    assert not first.open_button.isHidden() and not first.show_button.isHidden()
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    first.open_button.click()
    first.show_button.click()
    assert opened == [str(tmp_path / "verslag.md"), str(tmp_path)]
    assert QUrl.fromLocalFile(opened[0]).isValid()

    again = new_dialog()  # the next export starts where this one ended
    assert again.md.isChecked() and again.whole.isChecked() and again.nps.isChecked()
    assert not again.lessons.isChecked()
    assert Path(again.path.text()).parent == tmp_path and again.path.text().endswith(".md")


def test_print_preview_shows_the_chosen_steps_as_numbered_pages(
    qtbot: QtBot, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch, runner: Runner
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    printing = ExportDialog(
        runner, dialog.course, dialog.run, lambda: TODAY, 2, "en", printing=True
    )
    qtbot.addWidget(printing)
    assert printing.windowTitle() == "Print" and not printing.path.isVisibleTo(printing)
    pages: list[int] = []

    def look(preview: QPrintPreviewDialog) -> int:
        widget = preview.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        pages.append(widget.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    printing.whole.setChecked(True)
    printing.lessons.setChecked(True)
    printing.preview_button.click()
    runner.wait()
    qtbot.waitUntil(lambda: bool(pages), timeout=10_000)
    assert pages[0] >= 4  # the title page and the three steps, each on pages of its own


def test_pdf_pages_are_letter_where_the_locale_measures_in_inches() -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from coursebook.ui.pdf_export import paper_for

    assert paper_for(QLocale("en_US")) == QPageSize.PageSizeId.Letter
    assert paper_for(QLocale("nl_NL")) == QPageSize.PageSizeId.A4
    assert paper_for(QLocale("en_GB")) == QPageSize.PageSizeId.A4
