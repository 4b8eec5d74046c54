"""This week at a glance: what the note says, the overdue marks in the step list, and the
reminders given once a day at the times set in Settings."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pytestqt.qtbot import QtBot

from coursebook.course.loader import load_course
from coursebook.ui.context import AppContext
from coursebook.ui.main_window import MainWindow
from coursebook.ui.reminders import Reminders
from coursebook.ui.settings import Preferences
from coursebook.workbook.actions import add_action, update_action
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.week import week_glance
from tests.conftest import SAMPLE_COURSE
from tests.ui.conftest import START, TODAY

SECOND_ACTIONS = TaskKey(1, "sample", "second", "actions")
FIRST_ACTIONS = TaskKey(1, "sample", "first", "actions")


@pytest.fixture
def work(context: AppContext) -> AppContext:
    """Step 2 is this week (Wednesday 2 December); one action due Friday, one past its
    date in step 1, one done."""
    db = context.workbook.db
    start_run(db, "sample", "en", START)
    friday = add_action(db, SECOND_ACTIONS, date(2026, 12, 4))
    update_action(db, friday.id, today=TODAY, text="Send the price list to Anna")
    late = add_action(db, FIRST_ACTIONS, date(2026, 11, 27))
    update_action(db, late.id, today=TODAY, text="Ring the bakery back\nabout the order")
    done = add_action(db, SECOND_ACTIONS, date(2026, 11, 30))
    update_action(db, done.id, today=TODAY, text="Done already", done=True)
    return context


def test_the_glance_counts_what_is_due_overdue_and_still_to_call(work: AppContext) -> None:
    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    run = work.workbook.current_run()
    assert run is not None
    glance = week_glance(work.workbook.db, course, run, TODAY)
    assert glance.step.id == "second" and glance.opened == date(2026, 11, 30)
    assert [a.text for a in glance.due_this_week] == ["Send the price list to Anna"]
    assert [a.text for a in glance.overdue] == ["Ring the bakery back\nabout the order"]
    assert glance.overdue_by_step == {"first": 1}
    assert glance.calls_to_make == 2  # the step asks for two calls, none made yet
    assert not glance.finished


def test_the_window_shows_this_week_and_marks_the_overdue_step(
    qtbot: QtBot, work: AppContext
) -> None:
    run = work.workbook.current_run()
    assert run is not None
    window = MainWindow(work, run)
    qtbot.addWidget(window)
    window.show()
    window.runner.wait()
    qtbot.waitUntil(lambda: window.this_week.isVisible())
    text = window.this_week.label.text()
    assert "This week: step 2, Calling satisfied customers" in text
    assert "2 calls still to make" in text and "1 more action due this week" in text
    assert "1 action past its date" in text and "Ring the bakery back" in text
    first = window.steps_model.step_at(0)
    assert first.id == "first" and first.overdue == 1
    assert window.steps_model.step_at(1).overdue == 0
    opened: list[object] = []
    window.open_action = lambda action: opened.append(action)  # type: ignore[method-assign]
    window.this_week.open_action.disconnect()
    window.this_week.open_action.connect(window.open_action)
    window.this_week.label.linkActivated.emit("#action0")
    assert [a.text for a in opened] == ["Ring the bakery back\nabout the order"]  # type: ignore[attr-defined]
    window.this_week.dismiss()
    window.refresh_week()
    window.runner.wait()
    assert not window.this_week.isVisible()  # closed until the next start


def test_reminders_come_once_a_day_at_their_time(work: AppContext) -> None:
    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    run = work.workbook.current_run()
    assert run is not None
    monday = date(2026, 11, 30)
    glance = week_glance(work.workbook.db, course, run, monday)
    given: list[tuple[str, str]] = []
    moment = [datetime(2026, 11, 30, 8, 59)]
    preferences = Preferences(work.settings)
    reminders = Reminders(preferences, lambda t, m: given.append((t, m)), lambda: moment[0])
    reminders.update(glance, "step 2, Calling satisfied customers")
    assert reminders.check() == []  # before 09:00
    moment[0] = datetime(2026, 11, 30, 9, 1)
    assert reminders.check() == ["A new step opened"]  # nothing open is due on Monday
    assert given == [("A new step opened", "This week: step 2, Calling satisfied customers")]
    assert reminders.check() == []  # once a day
    preferences.put("reminders/enabled", False)
    moment[0] = datetime(2026, 12, 7, 9, 30)
    assert reminders.check() == []  # switched off


def test_reminder_times_follow_the_settings(work: AppContext) -> None:
    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    run = work.workbook.current_run()
    assert run is not None
    friday = date(2026, 12, 4)
    glance = week_glance(work.workbook.db, course, run, friday)
    preferences = Preferences(work.settings)
    preferences.put("reminders/actions_due", "14:30")
    moment = [datetime(2026, 12, 4, 14, 0)]
    given: list[str] = []
    reminders = Reminders(preferences, lambda t, m: given.append(m), lambda: moment[0])
    reminders.update(glance, "step 2")
    assert reminders.check() == []
    moment[0] = datetime(2026, 12, 4, 14, 31)
    assert reminders.check() == ["1 action due today"]
    assert given == ["Send the price list to Anna"]


def test_a_course_that_starts_next_monday_says_when(qtbot: QtBot, context: AppContext) -> None:
    from coursebook.ui.this_week import ThisWeekNote

    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    run = start_run(context.workbook.db, "sample", "en", date(2026, 12, 7))
    glance = week_glance(context.workbook.db, course, run, TODAY)
    note = ThisWeekNote()
    qtbot.addWidget(note)
    text = note.text(glance, "step 1, Getting to know your customers", TODAY)
    assert "Your course starts on Monday 7 December: step 1" in text
    assert "This week:" not in text
