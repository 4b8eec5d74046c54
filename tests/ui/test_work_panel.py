from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coursebook.ui.context import AppContext
from coursebook.ui.main_window import MainWindow
from coursebook.ui.work.actions_form import ActionsForm
from coursebook.ui.work.calls_form import CallsForm
from coursebook.ui.work.checklist_form import ChecklistForm
from coursebook.ui.work.reflection_form import ReflectionForm
from coursebook.workbook import reflections as reflections_module
from coursebook.workbook.actions import list_actions, open_actions
from coursebook.workbook.calls import list_calls
from coursebook.workbook.checklist import ticked_items
from coursebook.workbook.customers import list_customers
from coursebook.workbook.reflections import get_reflection
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey
from tests.shared import anna_and_bram
from tests.ui.conftest import START, TODAY, open_window_at_step_two

CALLS = TaskKey(1, "sample", "second", "calls")
ACTIONS = TaskKey(1, "sample", "second", "actions")
REFLECTION = TaskKey(1, "sample", "second", "reflection")


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    return open_window_at_step_two(qtbot, context)


def form(win: MainWindow, kind: type) -> object:
    win.runner.wait()  # the step's forms are built when its work has been read
    return next(f for f in win.work.forms if isinstance(f, kind))


def test_the_steps_tasks_appear_as_forms(window: MainWindow, context: AppContext) -> None:
    assert [type(f).__name__ for f in window.work.forms] == [
        "CallsForm",
        "ActionsForm",
        "ReflectionForm",
    ]
    calls = form(window, CallsForm)
    assert len(calls.cards) == 2  # the task asks for two calls
    assert len(calls.cards[0].answers) == 2  # one field per question
    actions = form(window, ActionsForm)
    assert [r.due.date().toPython() for r in actions.rows] == [date(2026, 12, 4)] * 3  # Friday


def test_typing_an_answer_is_saved_after_a_pause(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    card = form(window, CallsForm).cards[0]
    qtbot.keyClicks(card.answers[1], "More evening opening hours")
    # The worker writes first; the GUI thread hears of it a moment later.
    qtbot.waitUntil(lambda: not window.saver.has_pending(), timeout=3000)
    assert list_calls(context.workbook.db, CALLS)[0].answer(1) == "More evening opening hours"


def test_customer_score_and_channel_save_at_once(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    card = form(window, CallsForm).cards[1]
    card.customer.setFocus()
    qtbot.keyClicks(card.customer, "Fietsenmaker Peters")
    qtbot.keyClick(card.customer, Qt.Key.Key_Return)
    card.score.setValue(8)
    card.channel.setCurrentIndex(1)
    saved = list_calls(context.workbook.db, CALLS)[1]
    assert (saved.customer_name, saved.score, saved.channel) == ("Fietsenmaker Peters", 8, "visit")
    assert [c.name for c in list_customers(context.workbook.db)] == ["Fietsenmaker Peters"]
    card.score.setValue(-1)  # "–": no score
    assert list_calls(context.workbook.db, CALLS)[1].score is None
    # An absurd score cannot even be typed.
    card.score.lineEdit().selectAll()
    qtbot.keyClicks(card.score, "11")
    assert card.score.value() != 11


def test_removing_a_call_can_be_undone(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    calls = form(window, CallsForm)
    qtbot.keyClicks(calls.cards[0].answers[0], "Precious answer")
    calls.cards[0].remove.click()  # flushes the typing first
    window.runner.wait()
    assert len(list_calls(context.workbook.db, CALLS)) == 1
    assert window.work.undo_bar.isVisible()
    window.work.undo_bar.button.click()
    window.runner.wait()
    restored = list_calls(context.workbook.db, CALLS)
    assert len(restored) == 2 and restored[0].answer(0) == "Precious answer"
    assert [c.title.text() for c in calls.cards] == ["<b>Call 1</b>", "<b>Call 2</b>"]
    assert calls.cards[0].answers[0].toPlainText() == "Precious answer"


def test_actions_tick_off_and_overdue(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    actions = form(window, ActionsForm)
    first = actions.rows[0]
    qtbot.keyClicks(first.text, "Call every passive customer twice a year")
    first.due.setDate(first.due.date().addDays(-10))  # 24 November: before TODAY
    assert first.status.text() == "overdue"
    first.done.setChecked(True)
    (saved, *_rest) = list_actions(context.workbook.db, ACTIONS)
    assert saved.text == "Call every passive customer twice a year"
    assert saved.done_on == TODAY
    assert first.status.text().startswith("done")
    actions.add_button.click()
    window.runner.wait()
    assert len(list_actions(context.workbook.db, ACTIONS)) == 4


def test_reflection_preview_and_save(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    reflection = form(window, ReflectionForm)
    qtbot.keyClicks(reflection.editor, "# Surprise")
    qtbot.keyClick(reflection.editor, Qt.Key.Key_Return)  # keyClicks cannot type newlines
    qtbot.keyClick(reflection.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(reflection.editor, "They **loved** the coffee")
    qtbot.waitUntil(lambda: "Surprise" in reflection.preview.toPlainText(), timeout=2000)
    assert "**" not in reflection.preview.toPlainText()
    qtbot.waitUntil(
        lambda: get_reflection(context.workbook.db, REFLECTION).endswith("the coffee"), timeout=3000
    )


def test_checklist_and_progress_in_the_step_list(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    window.select_step("third")
    checklist = form(window, ChecklistForm)
    checklist.boxes[1].setChecked(True)
    assert ticked_items(context.workbook.db, TaskKey(1, "sample", "third", "checklist")) == {1}
    progress = window.steps_model.step_at(2).progress
    assert progress is not None and progress.tasks[0].done == 1 and not progress.complete
    checklist.boxes[0].setChecked(True)
    reflection = form(window, ReflectionForm)
    reflection.editor.setPlainText("Done and dusted")
    window.saver.flush()
    assert window.steps_model.step_at(2).progress.complete  # type: ignore[union-attr]
    tip = window.steps_model.index(2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Complete: 2/2 ticked · reflection written" in tip


def test_pending_typing_is_saved_when_the_window_closes(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    reflection = form(window, ReflectionForm)
    qtbot.keyClicks(reflection.editor, "Typed just before closing")
    window.close()
    assert get_reflection(context.workbook.db, REFLECTION) == "Typed just before closing"


def test_changing_step_saves_pending_typing(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    card = form(window, CallsForm).cards[0]
    qtbot.keyClicks(card.notes, "Call back in March")
    window.move_step(1)
    assert list_calls(context.workbook.db, CALLS)[0].notes == "Call back in March"


def test_a_failed_save_keeps_the_text_and_says_so(
    qtbot: QtBot, window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_save = reflections_module.save_reflection

    def locked(*args: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(reflections_module, "save_reflection", locked)
    reflection = form(window, ReflectionForm)
    qtbot.keyClicks(reflection.editor, "Do not lose me")
    window.saver.flush()
    assert window.save_problem.isVisible()
    assert "in use by another program" in window.save_problem.text()
    assert "database is locked" not in window.save_problem.text()  # no technical text
    assert reflection.editor.toPlainText() == "Do not lose me"
    assert window.saver.has_pending()
    recovery = window.saver.recovery_file("sample/second/reflection/text")
    assert recovery is not None and recovery.read_text(encoding="utf-8") == "Do not lose me"
    monkeypatch.setattr(reflections_module, "save_reflection", real_save)
    window.saver.flush()
    assert get_reflection(context.workbook.db, REFLECTION) == "Do not lose me"
    assert not window.save_problem.isVisible()
    assert not recovery.exists()  # saved after all: the recovery copy is gone


def test_keyboard_shortcuts(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    window.activateWindow()
    window.reflection_action.trigger()
    assert QApplication.focusWidget() is form(window, ReflectionForm).editor
    window.add_call_action.trigger()
    window.runner.wait()
    assert len(form(window, CallsForm).cards) == 3
    assert len(list_calls(context.workbook.db, CALLS)) == 3
    window.select_step("first")  # no calls task here
    window.runner.wait()
    window.add_call_action.trigger()
    assert "no calls" in window.statusBar().currentMessage()


def test_search_opens_the_step_at_the_place(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    card = form(window, CallsForm).cards[1]
    qtbot.keyClicks(card.answers[1], "The espresso machine is great")
    window.select_step("first")
    window.show_search()
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.field, "espres")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
    text = dialog.model.index(0).data()
    assert "Step 2: Calling satisfied customers" in text and "<b>espres</b>so" in text
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    window.runner.wait()
    assert window.selected_step().id == "second"  # type: ignore[union-attr]
    # The answer holds the window's focus (the search window stays active offscreen).
    answer = form(window, CallsForm).cards[1].answers[1]
    assert window.focusWidget() is answer
    assert not dialog.isVisible()  # it stepped aside
    qtbot.wait(50)  # the view centres the field once its layout is done
    view = window.work
    middle = (
        answer.mapTo(view.widget(), answer.rect().center()).y() - view.verticalScrollBar().value()
    )
    if view.verticalScrollBar().maximum() > view.verticalScrollBar().value() > 0:
        assert abs(middle - view.viewport().height() / 2) < 40  # in the middle, not the edge
    window.show_search()  # Ctrl+F brings it back, with what was typed
    assert dialog.isVisible() and dialog.field.text() == "espres"
    qtbot.keyClicks(dialog.field, ' NEAR( "*')  # hostile input is just words
    dialog.run_search()
    window.runner.wait()
    assert "Nothing found" in dialog.summary.text()


def test_open_actions_view_ticks_the_same_action(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    rows = form(window, ActionsForm).rows
    qtbot.keyClicks(rows[0].text, "Send thank-you cards")
    qtbot.keyClicks(rows[1].text, "Plan a customer evening")
    window.show_open_actions()
    window.runner.wait()
    dialog = window.actions_dialog
    assert dialog is not None
    model = dialog.model
    assert [a.text for a in model.actions] == ["Send thank-you cards", "Plan a customer evening"]
    model.setData(model.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [a.text for a in open_actions(context.workbook.db)] == ["Send thank-you cards"]
    # The step's own form shows it ticked too.
    assert form(window, ActionsForm).rows[1].done.isChecked()


def test_a_huge_paste_is_refused_with_a_message_and_the_saved_text_kept(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    from PySide6.QtCore import QMimeData

    reflection = form(window, ReflectionForm)
    qtbot.keyClicks(reflection.editor, "My real reflection")
    window.saver.flush()
    paste = QMimeData()
    paste.setText("x" * 5_000_000)  # a 5 MB paste gone wrong
    reflection.editor.insertFromMimeData(paste)
    assert reflection.error.isVisible()
    assert "at most 200,000" in reflection.error.text()
    assert reflection.editor.toPlainText() == "My real reflection"
    window.saver.flush()
    assert get_reflection(context.workbook.db, REFLECTION) == "My real reflection"
    # A normal paste still works.
    paste.setText(" and more")
    reflection.editor.insertFromMimeData(paste)
    window.saver.flush()
    assert get_reflection(context.workbook.db, REFLECTION) == "My real reflection and more"


def test_a_too_long_answer_is_not_saved_and_says_why(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    calls = form(window, CallsForm)
    calls.cards[0].notes.setPlainText("n" * 200_001)  # typed or set another way
    window.saver.flush()
    assert "Not saved: 200,001 characters is too long for the notes" in calls.error.text()
    assert list_calls(context.workbook.db, CALLS)[0].notes == ""


def test_clicking_a_checklist_text_ticks_it(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    from coursebook.ui.work.checklist_form import ClickableLabel

    window.select_step("third")
    checklist = form(window, ChecklistForm)
    label = checklist.findChildren(ClickableLabel)[0]
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert checklist.boxes[0].isChecked()
    assert ticked_items(context.workbook.db, TaskKey(1, "sample", "third", "checklist")) == {0}


def test_every_bundled_step_fits_a_narrow_work_panel(qtbot: QtBot, context: AppContext) -> None:
    """Long questions and checklist items wrap instead of pushing the panel wider."""
    from coursebook.course.catalog import Catalog
    from coursebook.paths import bundled_courses_dir

    context.catalog = Catalog.discover(bundled_courses_dir())
    win = MainWindow(
        context, start_run(context.workbook.db, "superenthousiaste-klanten", "nl", START)
    )
    qtbot.addWidget(win)
    widths = {}
    for step in win.course.steps:  # type: ignore[union-attr]
        win.select_step(step.id)
        win.runner.wait()
        widths[step.id] = win.work.widget().minimumSizeHint().width()
    assert max(widths.values()) <= 480, widths


def test_text_kept_from_a_failed_save_is_mentioned_at_the_next_start(
    qtbot: QtBot, context: AppContext
) -> None:
    folder = context.workbook.db.path.parent / "recovery"
    folder.mkdir()
    (folder / "unsaved-sample_second_reflection_text.txt").write_text("lost?", encoding="utf-8")
    win = MainWindow(context, start_run(context.workbook.db, "sample", "en", START))
    qtbot.addWidget(win)
    win.show()
    assert win.save_problem.isVisible()
    assert str(folder) in win.save_problem.text() and "(1 files)" in win.save_problem.text()


def test_picking_a_customer_from_the_list_uses_that_customer(
    qtbot: QtBot, context: AppContext
) -> None:
    from coursebook.workbook.customers import add_customer

    first = add_customer(context.workbook.db, "Özdemir", organisation="Bakkerij")
    second = add_customer(context.workbook.db, "Özdemir", organisation="Slagerij")  # a namesake
    win = MainWindow(context, start_run(context.workbook.db, "sample", "en", START))
    qtbot.addWidget(win)
    card = form(win, CallsForm).cards[0]
    index = form(win, CallsForm).customer_ids.index(second)
    card.customer.setCurrentIndex(index)
    card.customer.activated.emit(index)
    assert list_calls(context.workbook.db, CALLS)[0].customer_id == second
    card.customer.setFocus()
    card.customer.setEditText("ÖZDEMIR")  # typed by hand: the first of that name
    card.customer.lineEdit().editingFinished.emit()
    assert list_calls(context.workbook.db, CALLS)[0].customer_id == first
    assert len(list_customers(context.workbook.db)) == 2


# The holder uses the app's own SQLite (SQLCipher's). With Python's own sqlite3 (an older
# SQLite) as the holder, the app's next read after it exits fails about half the time with
# "disk I/O error": noted in issue 17's closing note, not yet understood.
LOCK_HOLDER = """
import sqlcipher3.dbapi2 as sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")  # the write lock, as another program would hold it
print("LOCKED", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("ROLLBACK")
print("RELEASED", flush=True)
"""


def test_a_locked_database_keeps_the_window_turning_and_saves_afterwards(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    import itertools
    import subprocess
    import sys
    import time

    from PySide6.QtCore import QTimer

    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(context.workbook.db.path), "9"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        ticks: list[float] = []
        ticker = QTimer()
        ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
        ticker.start(50)
        editor = form(window, ReflectionForm).editor
        editor.setFocus()
        qtbot.keyClicks(editor, "Written while another program holds the lock")
        qtbot.wait(3000)  # the save is waiting for the lock meanwhile
        assert window.saver.has_pending()
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        assert len(ticks) > 30 and max(gaps) < 1.0  # the event loop never stood still
        assert editor.toPlainText() == "Written while another program holds the lock"
        qtbot.waitUntil(window.save_problem.isVisible, timeout=10_000)
        shown = window.save_problem.text()
        assert "in use by another program" in shown
        assert "INSERT" not in shown and "holds the lock" not in shown  # no SQL, no own words
        holder.wait(timeout=30)
        qtbot.waitUntil(
            lambda: (
                get_reflection(context.workbook.db, REFLECTION)
                == "Written while another program holds the lock"
            ),
            timeout=15_000,
        )
        ticker.stop()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_messages_read_right_for_an_empty_call_and_a_start_still_ahead(
    qtbot: QtBot, context: AppContext
) -> None:
    future = date(2026, 12, 7)  # the Monday after "today"
    win = MainWindow(context, start_run(context.workbook.db, "sample", "en", future))
    qtbot.addWidget(win)
    assert win.statusBar().currentMessage().startswith("Starts on Monday 7 December")
    win.select_step("second")
    calls = form(win, CallsForm)
    calls.remove_call(calls.cards[0])
    win.runner.wait()
    assert win.work.undo_bar.label.text() == "Moved a call without a customer to the trash."


def test_a_customer_named_in_a_call_is_in_the_register_when_it_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The Customers tab hears that the register changed; the window does not tell it."""
    window.tabs.setCurrentWidget(window.customers)
    window.runner.wait()
    assert window.customers.model.rowCount() == 0
    window.tabs.setCurrentIndex(0)
    card = form(window, CallsForm).cards[0]
    card.customer.setFocus()
    qtbot.keyClicks(card.customer, "Bakkerij Jansen")
    qtbot.keyClick(card.customer, Qt.Key.Key_Return)
    window.runner.wait()
    assert window.customers.follower.stale  # hidden: it reads again when shown, not now
    window.tabs.setCurrentWidget(window.customers)
    window.runner.wait()
    assert [c.name for c in window.customers.model.customers] == ["Bakkerij Jansen"]


def test_a_step_with_many_calls_builds_only_the_newest_until_asked(
    qtbot: QtBot, context: AppContext
) -> None:
    from coursebook.workbook.calls import add_call, set_answer

    run = start_run(context.workbook.db, "sample", "en", START)
    calls = [add_call(context.workbook.db, CALLS, TODAY) for _ in range(60)]
    set_answer(context.workbook.db, calls[3].id, 1, "an early answer")
    win = MainWindow(context, run)
    qtbot.addWidget(win)
    form_ = form(win, CallsForm)
    assert len(form_.cards) == CallsForm.PAGE  # not 60 cards before the step paints
    assert form_.cards[-1].call_id == calls[-1].id  # the newest are shown
    assert form_.cards[0].title.text() == f"<b>Call {60 - CallsForm.PAGE + 1}</b>"
    assert form_.earlier_button.isVisible() or not form_.isVisible()
    assert f"({60 - CallsForm.PAGE} not shown)" in form_.earlier_button.text()
    form_.earlier_button.click()
    assert len(form_.cards) == 2 * CallsForm.PAGE
    # A search hit in an early call builds the cards from it and puts the cursor there.
    win.open_place(run.id, "second", "calls", "q1", calls[3].id)
    assert form_.cards[0].call_id == calls[3].id
    assert form_.cards[0].title.text() == "<b>Call 4</b>"
    assert form_.cards[0].answers[1].toPlainText() == "an early answer"


def test_quitting_with_text_the_full_disk_refused_says_where_it_is_and_can_stay(
    qtbot: QtBot, window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import tempfile
    from pathlib import Path

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(reflections_module, "save_reflection", disk_full)
    monkeypatch.setattr(tempfile, "tempdir", str(context.workbook.folder.parent / "tmp"))
    # The data folder's recovery place cannot be written either (the disk is full).
    recovery = context.workbook.folder / "recovery"
    recovery.write_text("not a folder", encoding="utf-8")
    editor = form(window, ReflectionForm).editor
    qtbot.keyClicks(editor, "Typed after the disk filled up")
    asked: list[list[str]] = []
    answers = iter(["stay", "quit"])

    def ask(places: list[str]) -> str:
        asked.append(places)
        return next(answers)

    monkeypatch.setattr(window, "ask_about_unsaved_text", ask)
    window.close()
    assert window.isVisible()  # "Don't quit": the window and the text stay
    assert editor.toPlainText() == "Typed after the disk filled up"
    (place,) = asked[0]
    assert Path(place).read_text(encoding="utf-8") == "Typed after the disk filled up"
    assert not place.startswith(str(recovery))  # the second place, not the full disk
    window.close()
    assert not window.isVisible() and len(asked) == 2


def test_a_really_full_disk_while_typing_then_ctrl_q_keeps_the_text_where_it_says(
    qtbot: QtBot, small_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from PySide6.QtGui import QAction, QKeySequence

    from coursebook.course.catalog import Catalog
    from coursebook.paths import resolve_data_paths
    from coursebook.ui.settings import open_settings
    from coursebook.workbook.core import Workbook
    from tests.conftest import SAMPLE_COURSE

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "system-temp"))  # another disk
    paths = resolve_data_paths(small_disk / "data")
    workbook = Workbook.open(paths)
    run = workbook.start_run("sample", "en", START).value
    context = AppContext(
        workbook,
        Catalog.discover(SAMPLE_COURSE),
        open_settings(tmp_path / "settings.ini"),
        "en",
        lambda: TODAY,
    )
    win = MainWindow(context, run)
    qtbot.addWidget(win)
    win.show()
    win.select_step("second")
    editor = form(win, ReflectionForm).editor
    filler = small_disk / "filler"
    with filler.open("wb") as handle:  # fill the disk to the last byte
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    with pytest.raises(OSError), (small_disk / "one-more").open("wb") as more:
        more.write(b"\0" * 65536)
        more.flush()
    editor.setFocus()
    qtbot.keyClicks(editor, "Typed after the disk was full " * 200)
    win.saver.flush()
    assert win.save_problem.isVisible()
    asked: list[list[str]] = []
    monkeypatch.setattr(
        win, "ask_about_unsaved_text", lambda places: asked.append(places) or "quit"
    )
    quit_action = next(
        a for a in win.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+Q")
    )  # Ctrl+Q (offscreen, shortcuts reach no window: trigger what the key triggers)
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    quit_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    (place,) = asked[0]
    assert Path(place).read_text(encoding="utf-8") == "Typed after the disk was full " * 200
    assert not win.isVisible()
    workbook.close()


def test_ctrl_n_shows_the_new_call_with_the_cursor_in_its_customer_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QPoint

    window.resize(1366, 700)
    calls = form(window, CallsForm)
    window.activateWindow()
    window.work.verticalScrollBar().setValue(0)
    for _ in range(3):  # enough calls that the newest is far below the fold
        QTest.keySequence(window, QKeySequence("Ctrl+N"))
        window.runner.wait()
        qtbot.waitUntil(
            lambda: (
                QApplication.focusWidget() is calls.cards[-1].customer.lineEdit()
                or QApplication.focusWidget() is calls.cards[-1].customer
            )
        )
    newest = calls.cards[-1]
    assert len(calls.cards) == 5
    qtbot.waitUntil(lambda: window.work.verticalScrollBar().value() > 0)
    viewport = window.work.viewport()
    top = newest.customer.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + newest.customer.height() <= viewport.height(), top


def test_a_long_answer_keeps_its_height_when_the_step_is_opened_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 740)
    card = form(window, CallsForm).cards[0]
    answer = card.answers[0]
    long_text = " ".join(["The espresso machine broke twice and they came the same day."] * 12)
    answer.setPlainText(long_text)
    qtbot.waitUntil(lambda: answer.height() > 120)
    typed_height = answer.height()
    window.saver.flush()
    window.runner.wait()
    window.select_step("first")
    window.runner.wait()
    window.select_step("second")
    again = form(window, CallsForm).cards[0].answers[0]
    assert again.toPlainText() == long_text
    qtbot.waitUntil(lambda: again.height() >= typed_height - 2)


def test_the_status_bar_says_saved_and_undo_works_across_a_save(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    editor = form(window, ReflectionForm).editor
    editor.setFocus()
    qtbot.keyClicks(editor, "First thought")
    assert window.save_state.text() == "Saving…"
    window.saver.flush()
    qtbot.waitUntil(lambda: window.save_state.text() == "✓ Saved")
    assert get_reflection(context.workbook.db, REFLECTION) == "First thought"
    qtbot.keyClicks(editor, ", second")
    window.saver.flush()
    assert get_reflection(context.workbook.db, REFLECTION) == "First thought, second"
    QTest.keySequence(editor, QKeySequence.StandardKey.Undo)  # Ctrl+Z, after the save
    undone = editor.toPlainText()
    assert undone != "First thought, second"  # the typing is taken back (Qt merges it)
    window.saver.flush()
    assert get_reflection(context.workbook.db, REFLECTION) == undone  # and that is saved
    QTest.keySequence(editor, QKeySequence.StandardKey.Redo)
    assert editor.toPlainText() == "First thought, second"


def test_versions_of_a_reflection_can_be_seen_and_one_restored(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    from datetime import datetime, timedelta

    from coursebook.ui.versions_dialog import VersionsDialog

    moments = iter(datetime(2026, 11, 30, 9, 0) + timedelta(hours=h) for h in range(10))
    context.workbook.clock = lambda: next(moments)
    editor = form(window, ReflectionForm).editor
    editor.setFocus()
    qtbot.keyClicks(editor, "The first draft.")
    window.saver.flush()
    editor.selectAll()
    qtbot.keyClicks(editor, "A second thought.")
    window.saver.flush()

    qtbot.keySequence(editor, QKeySequence(editor.VERSIONS_SHORTCUT))
    qtbot.waitUntil(lambda: window.findChild(VersionsDialog) is not None, timeout=3000)
    dialog = window.findChild(VersionsDialog)
    assert dialog.versions.count() == 2
    assert "(now)" in dialog.versions.item(0).text()
    dialog.versions.setCurrentRow(1)
    shown = dialog.difference.toPlainText()
    assert "The first draft." in shown and "A second thought." in shown  # both, marked
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    window.runner.wait()
    assert editor.toPlainText() == "The first draft."
    window.saver.flush()
    assert get_reflection(context.workbook.db, REFLECTION) == "The first draft."
    editor.undo()  # the restore is one step to take back
    assert editor.toPlainText() == "A second thought."


def test_versions_is_in_the_context_menu_of_a_call_answer(qtbot: QtBot, window: MainWindow) -> None:
    card = form(window, CallsForm).cards[0]
    edit = card.answers[0]
    assert edit._versions is not None and edit._versions in edit.actions()
    assert edit._versions.text() == "Versions…"


def test_search_finds_a_lesson_and_opens_it_at_the_heading(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    window.resize(1000, 600)
    window.select_step("first")
    window.show_search()
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.field, "regular")  # inside "regulars"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
    text = dialog.model.index(0).data()
    assert "Step 3: Looking back" in text and "Lesson · Next quarter" in text
    assert "<b>regular</b>s" in text
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.selected_step().id == "third"  # type: ignore[union-attr]
    bar = window.lesson.verticalScrollBar()
    assert bar.value() > 0  # scrolled down to the heading, past forty paragraphs
    document = window.lesson.document()
    block = document.begin()
    while block.isValid() and block.text() != "Next quarter":
        block = block.next()
    assert block.isValid() and block.blockFormat().headingLevel() == 2
    y = document.documentLayout().blockBoundingRect(block).top() - bar.value()
    assert 0 <= y < window.lesson.viewport().height() / 2  # the heading in sight, near the top
    assert not dialog.isVisible()


def test_open_actions_can_show_only_mine_in_a_shared_workbook(
    qtbot: QtBot, context: AppContext
) -> None:
    from coursebook.ui.autosave import SaveManager
    from coursebook.ui.open_actions import OpenActionsDialog
    from coursebook.ui.places import Places
    from coursebook.ui.runner import Runner

    db = context.workbook.db
    start_run(db, "sample", "en", START)
    anna, bram = anna_and_bram(db)
    for who, text in ((anna, "Bel Dirk"), (bram, "Mail Eva"), (anna, "Kaartjes sturen")):
        added = who.add_action(ACTIONS, TODAY).value
        who.update_action(added.id, today=TODAY, text=text)
    runner = Runner(anna)
    try:
        dialog = OpenActionsDialog(SaveManager(runner), Places(context.catalog), lambda: TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        runner.wait()
        assert dialog.only_mine.isVisible()
        assert [a.text for a in dialog.model.actions] == ["Bel Dirk", "Mail Eva", "Kaartjes sturen"]
        dialog.only_mine.setChecked(True)
        assert [a.text for a in dialog.model.actions] == ["Bel Dirk", "Kaartjes sturen"]
        dialog.only_mine.setChecked(False)
        assert len(dialog.model.actions) == 3
    finally:
        runner.shutdown()


def test_in_a_file_there_is_no_one_else_to_filter_out(qtbot: QtBot, window: MainWindow) -> None:
    window.show_open_actions()
    window.runner.wait()
    assert window.actions_dialog is not None
    assert not window.actions_dialog.only_mine.isVisible()
