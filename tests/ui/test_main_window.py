from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from pytestqt.qtbot import QtBot

from coursebook.course.catalog import Catalog
from coursebook.course.schedule import StepState
from coursebook.ui.context import AppContext
from coursebook.ui.main_window import MainWindow
from coursebook.ui.step_list import StepRole
from coursebook.workbook.runs import Run, current_run, start_run
from tests.ui.conftest import START


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    enrolment = start_run(context.workbook.db, "sample", "en", START)
    win = MainWindow(context, enrolment)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.runner.wait()
    return win


def lesson_text(win: MainWindow) -> str:
    return win.lesson.toPlainText()


def test_steps_listed_with_dates_and_states(window: MainWindow) -> None:
    model = window.steps_model
    rows = [model.index(r).data(StepRole) for r in range(model.rowCount())]
    assert [r.title for r in rows] == [
        "Getting to know your customers",
        "Calling satisfied customers",
        "Looking back",
    ]
    assert [r.opens.isoformat() for r in rows] == ["2026-11-23", "2026-11-30", "2026-12-07"]
    assert [r.state for r in rows] == [StepState.PAST, StepState.CURRENT, StepState.UPCOMING]
    assert "Opens Mon 30 Nov (this week)" in model.index(1).data(Qt.ItemDataRole.ToolTipRole)


def test_current_step_is_selected_on_start_and_its_lesson_shown(window: MainWindow) -> None:
    step = window.selected_step()
    assert step is not None and step.id == "second"
    text = lesson_text(window)
    assert "SECOND-STEP-MARKER" in text
    assert "Step 2 · 30 November – 6 December 2026" in text
    # The assignment is listed below the lesson, with its due dates.
    assert "Your assignment" in text
    assert "Why are you still our customer?" in text
    assert "due Thursday 3 December" in text
    assert "due Friday 4 December" in text


def test_clicking_a_step_shows_its_rendered_lesson(qtbot: QtBot, window: MainWindow) -> None:
    view = window.step_list
    rect = view.visualRect(window.steps_model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_step().id == "first"  # type: ignore[union-attr]
    html = window.lesson.toHtml()
    assert "font-weight" in html and "italic" in html  # bold and emphasis rendered
    text = lesson_text(window)
    assert "A quote to remember." in text
    assert "enthusiastic" in text  # the table
    assert "**" not in text  # no raw Markdown


def test_keyboard_moves_between_steps(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.step_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.selected_step().id == "third"  # type: ignore[union-attr]
    assert "THIRD-STEP-MARKER" in lesson_text(window)
    qtbot.keyClick(window.step_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.selected_step().id == "third"  # type: ignore[union-attr]  # stays at the end
    window.previous_action.trigger()
    window.previous_action.trigger()
    assert window.selected_step().id == "first"  # type: ignore[union-attr]
    window.this_week_action.trigger()
    assert window.selected_step().id == "second"  # type: ignore[union-attr]


def test_geometry_and_last_step_are_restored(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    window.resize(700, 520)  # the offscreen screen is 800×600
    window.move(40, 30)
    window.select_step("third")
    window.close()

    second = MainWindow(context, Run(1, "sample", "en", START))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    second.runner.wait()
    assert (second.width(), second.height()) == (700, 520)
    assert second.selected_step().id == "third"  # type: ignore[union-attr]


def test_a_new_week_selects_the_new_current_step(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    window.select_step("first")
    window.close()
    context.today = lambda: START + timedelta(days=15)  # in step 3's week
    later = MainWindow(context, Run(1, "sample", "en", START))
    qtbot.addWidget(later)
    later.runner.wait()
    assert later.selected_step().id == "third"  # type: ignore[union-attr]


def test_links_open_outside_only_when_safe(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.lesson.anchorClicked.emit(QUrl("https://example.org/"))
    window.lesson.anchorClicked.emit(QUrl("file:///etc/passwd"))
    window.lesson.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened == ["https://example.org/"]
    assert "cannot be opened" in window.statusBar().currentMessage()


def test_clicking_a_link_in_the_lesson_opens_the_browser(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.select_step("first")
    lesson = window.lesson
    cursor = lesson.document().find("link")
    assert not cursor.isNull()
    rect = lesson.cursorRect(cursor)
    qtbot.mouseClick(
        lesson.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() - 4, rect.center().y())
    )
    assert opened == ["https://example.org/"]
    assert window.selected_step().id == "first"  # type: ignore[union-attr]  # did not navigate


def test_images_load_only_from_inside_the_course(
    qtbot: QtBot, context: AppContext, sample_course: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage, QTextDocument

    steps = sample_course / "en" / "steps"
    picture = QImage(4, 3, QImage.Format.Format_RGB32)
    picture.fill(0x336699)
    assert picture.save(str(steps / "map.png"))
    outside = tmp_path / "secret.png"
    assert picture.save(str(outside))
    (steps / "link.png").symlink_to(outside)
    context.catalog = Catalog.discover(sample_course)
    win = MainWindow(context, start_run(context.workbook.db, "sample", "en", START))
    qtbot.addWidget(win)
    win.runner.wait()
    kind = int(QTextDocument.ResourceType.ImageResource.value)
    lesson = win.lesson
    loaded = lesson.loadResource(kind, QUrl("map.png"))
    assert isinstance(loaded, QImage) and loaded.size().width() == 4
    assert lesson.loadResource(kind, QUrl("link.png")) is None  # a link out of the bundle
    assert lesson.loadResource(kind, QUrl("https://example.org/x.png")) is None
    assert lesson.loadResource(kind, QUrl("../../../../etc/hostname")) is None
    assert lesson.loadResource(kind, QUrl("missing.png")) is None


def test_missing_course_shows_a_banner(qtbot: QtBot, context: AppContext) -> None:
    win = MainWindow(context, Run(1, "gone", "en", START))
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible()
    assert "could not be found" in win.banner.text()
    assert win.steps_model.rowCount() == 0


def test_switching_the_course_language_keeps_the_step(
    context: AppContext, window: MainWindow
) -> None:
    window.select_step("third")
    names = [a.text() for a in window.language_menu.actions()]
    assert names == ["English", "Nederlands"]
    assert [a.isChecked() for a in window.language_menu.actions()] == [True, False]
    window.language_menu.actions()[1].trigger()
    window.runner.wait()
    assert window.selected_step().id == "third"  # type: ignore[union-attr]
    assert "Derde les." in lesson_text(window)
    assert window.steps_model.step_at(0).title == "Je klanten leren kennen"
    assert [a.isChecked() for a in window.language_menu.actions()] == [False, True]
    # The choice is kept.
    reopened = MainWindow(context, current_run(context.workbook.db))  # type: ignore[arg-type]
    assert reopened.course.language == "nl"  # type: ignore[union-attr]
    reopened.close()


def test_the_course_again_is_a_new_run_and_the_first_stays_findable(
    qtbot: QtBot, context: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coursebook.ui.welcome import WelcomeChoice, WelcomeDialog
    from coursebook.ui.work.reflection_form import ReflectionForm
    from coursebook.workbook.reflections import get_reflection
    from coursebook.workbook.task_key import TaskKey

    first = window.run
    window.select_step("second")
    window.runner.wait()
    editor = next(f for f in window.work.forms if isinstance(f, ReflectionForm)).editor
    qtbot.keyClicks(editor, "Written the first time round")
    window.saver.flush()
    assert not window.run_picker.isVisible()  # one run: nothing to choose

    later = START + timedelta(weeks=13)  # the Monday after the twelve weeks
    asked: list[object] = []

    def ask(*args: object, **kwargs: object) -> WelcomeChoice:
        asked.append(args[4] if len(args) > 4 else kwargs.get("current"))
        return WelcomeChoice("sample", "en", later)

    monkeypatch.setattr(WelcomeDialog, "ask", ask)
    window.start_again_action.trigger()
    window.runner.wait()
    assert asked and asked[0].course_id == "sample"  # type: ignore[attr-defined]
    assert window.run.id != first.id and window.run.start == later and window.run.number == 2
    assert window.run_picker.isVisible() and window.run_picker.count() == 2
    assert window.runs_menu.actions()[0].text().endswith("(time 2)")  # the newest first
    window.select_step("second")
    window.runner.wait()
    editor = next(f for f in window.work.forms if isinstance(f, ReflectionForm)).editor
    assert editor.toPlainText() == ""  # the new run starts empty
    assert get_reflection(
        context.workbook.db, TaskKey(first.id, "sample", "second", "reflection")
    ) == ("Written the first time round")

    # Search finds the first run's text, says which run, and opens it there.
    window.show_search()
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.field, "round")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
    assert "from 23 November 2026" in dialog.model.index(0).data()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    window.runner.wait()
    assert window.run.id == first.id
    assert window.selected_step().id == "second"  # type: ignore[union-attr]
    editor = next(f for f in window.work.forms if isinstance(f, ReflectionForm)).editor
    assert editor.toPlainText() == "Written the first time round"
    # The picker shows the run that is open, and switches back.
    assert window.run_picker.currentData() == first.id
    index = next(i for i in range(2) if window.run_picker.itemData(i) != first.id)
    window.run_picker.activated.emit(index)
    window.runner.wait()
    assert window.run.start == later


def test_after_the_last_week_the_window_offers_to_start_again(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coursebook.ui.welcome import WelcomeDialog

    run = start_run(context.workbook.db, "sample", "en", START)
    context.today = lambda: START + timedelta(weeks=20)
    win = MainWindow(context, run)
    qtbot.addWidget(win)
    win.show()
    win.runner.wait()
    assert win.banner.isVisible() and "start it again" in win.banner.text()
    asked: list[object] = []
    monkeypatch.setattr(WelcomeDialog, "ask", lambda *a, **k: asked.append(a) or None)
    win.banner.linkActivated.emit("#again")
    assert asked  # the dialog to choose the Monday was offered


def test_the_shortcuts_table_is_made_from_the_menus(window: MainWindow) -> None:
    from coursebook.ui.shortcuts_dialog import ShortcutsDialog, shortcut_rows

    rows = shortcut_rows(window.menuBar())
    keys = {command: key for _menu, command, key in rows}
    assert keys["Quit"] == "Ctrl+Q" and keys["Search your work"] == "Ctrl+F"
    assert keys["Export"] == "Ctrl+E" and "Next step" in keys
    assert all(key for _m, _c, key in rows)  # only actions that have keys
    dialog = ShortcutsDialog(window.menuBar(), window)
    assert dialog.table.rowCount() == len(rows) + 1  # and the text fields' own
    last = dialog.table.rowCount() - 1
    assert dialog.table.item(last, 1).text() == "Versions of the text"
    assert dialog.table.item(last, 2).text() == "Ctrl+Shift+H"
    dialog.close()


def test_about_names_the_version_and_links_the_data_folder(
    window: MainWindow, context: AppContext
) -> None:
    from coursebook import __version__

    box = window.about_box()
    assert __version__ in box.text()
    assert f'href="file://{context.workbook.folder}' in box.text()
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    details = box.detailedText()
    assert "Coursebook" in details and "GPL-3.0-or-later" in details
    assert "PySide6" in details and "python-docx" in details and "?" not in details


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Coursebook user guide"), ("nl", "Handleiding Coursebook")]
)
def test_f1_opens_the_user_guide_with_its_screenshots(
    qtbot: QtBot, window: MainWindow, language: str, heading: str
) -> None:
    from PySide6.QtGui import QKeySequence, QTextDocument

    from coursebook.ui.help_window import HelpWindow

    guide = next(a for a in window.findChildren(QAction) if a.text() == "&User guide")
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    guide.trigger()
    assert isinstance(window.help_window, HelpWindow)
    assert window.help_window.isVisible()
    page = HelpWindow(language)
    qtbot.addWidget(page)
    text = page.page.toPlainText()
    assert heading in text and "Ctrl+F" in text
    images = [
        fragment.charFormat().toImageFormat().name()
        for block in iter_blocks(page.page.document())
        for fragment in fragments(block)
        if fragment.charFormat().isImageFormat()
    ]
    assert len(images) >= 6 and all(f"screenshots/{language}/" in name for name in images)
    for name in images:
        image = page.page.loadResource(
            int(QTextDocument.ResourceType.ImageResource.value), QUrl(name)
        )
        assert image is not None and 0 < image.width() <= 760, name


def iter_blocks(document):  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def fragments(block):  # type: ignore[no-untyped-def]
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


def test_file_export_calendar_writes_an_ics_of_the_run(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "mijn agenda"  # no extension typed: .ics is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.calendar_action.trigger()
    window.runner.wait()
    qtbot.waitUntil(lambda: "Calendar saved" in window.statusBar().currentMessage())
    written = tmp_path / "mijn agenda.ics"
    calendar = Calendar.from_ical(written.read_bytes())
    steps = [e for e in calendar.walk("VEVENT") if "-step" in str(e["uid"])]
    assert len(steps) == len(window.course.steps)  # type: ignore[union-attr]


def test_an_export_of_a_dutch_course_speaks_dutch_in_an_english_window(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coursebook.ui.export_dialog import ExportDialog

    window = MainWindow(context, start_run(context.workbook.db, "sample", "nl", START))
    qtbot.addWidget(window)
    window.show()
    window.runner.wait()
    seen: list[str] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: seen.append(self.language) or 0)
    window.export_action.trigger()
    assert context.language == "en" and seen == ["nl"]
