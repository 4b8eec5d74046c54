from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coursebook.ui.context import AppContext
from coursebook.ui.main_window import open_or_start
from coursebook.ui.welcome import WelcomeChoice, WelcomeDialog
from coursebook.workbook.runs import current_run
from tests.ui.conftest import TODAY


def test_defaults_to_this_weeks_monday_and_lists_courses(qtbot: QtBot, context: AppContext) -> None:
    dialog = WelcomeDialog(context.catalog, "en", TODAY)
    qtbot.addWidget(dialog)
    assert dialog.courses.count() == 1
    assert dialog.courses.item(0).text().startswith("Sample course\n")
    assert "languages: en, nl" in dialog.courses.item(0).text()
    assert dialog.start.date() == QDate(2026, 11, 30)  # TODAY is a Wednesday: step 1 is open
    assert dialog.choice() == WelcomeChoice("sample", "en", date(2026, 11, 30))


def test_course_shown_in_the_ui_language(qtbot: QtBot, context: AppContext) -> None:
    dialog = WelcomeDialog(context.catalog, "nl", TODAY)
    qtbot.addWidget(dialog)
    assert dialog.courses.item(0).text().startswith("Voorbeeldcursus\n")
    assert dialog.choice() == WelcomeChoice("sample", "nl", date(2026, 11, 30))


def test_a_day_that_is_not_a_monday_moves_to_that_weeks_monday(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = WelcomeDialog(context.catalog, "en", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.setDate(QDate(2026, 12, 10))  # a Thursday
    assert dialog.start.date() == QDate(2026, 12, 7)
    assert dialog.note.isVisible()
    assert "Thursday" in dialog.note.text() and "Monday 7 December 2026" in dialog.note.text()
    dialog.start.setDate(QDate(2026, 12, 14))
    assert not dialog.note.isVisible()


def test_first_start_asks_and_keeps_the_choice(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[WelcomeDialog] = []

    def fake_exec(self: WelcomeDialog) -> int:
        shown.append(self)
        self.start.setDate(QDate(2026, 11, 30))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return int(self.result())

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    enrolment = open_or_start(context)
    assert len(shown) == 1
    assert enrolment is not None
    assert (enrolment.course_id, enrolment.start) == ("sample", date(2026, 11, 30))
    assert current_run(context.workbook.db) == enrolment
    # The second start does not ask again.
    assert open_or_start(context) == enrolment
    assert len(shown) == 1


def test_cancelling_the_welcome_enrols_nothing(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coursebook.ui.main_window as main_window_module

    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a, **k: None))
    explained: list[bool] = []
    monkeypatch.setattr(
        main_window_module, "ask_again_for_a_course", lambda: explained.append(True) or False
    )
    assert open_or_start(context) is None
    assert explained == [True]  # said why, before quitting
    assert current_run(context.workbook.db) is None


def test_cancel_then_choose_after_all_starts_the_course(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coursebook.ui.main_window as main_window_module
    from coursebook.ui.welcome import WelcomeChoice

    answers = iter([None, WelcomeChoice("sample", "en", date(2026, 11, 30))])
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    monkeypatch.setattr(main_window_module, "ask_again_for_a_course", lambda: True)
    run = open_or_start(context)
    assert run is not None and run.start == date(2026, 11, 30)


def test_changing_the_start_date_keeps_the_course_language(
    qtbot: QtBot, context: AppContext
) -> None:
    current = WelcomeChoice("sample", "nl", date(2026, 11, 23))
    dialog = WelcomeDialog(context.catalog, "en", TODAY, current=current)
    qtbot.addWidget(dialog)
    assert dialog.courses.item(0).text().startswith("Voorbeeldcursus")
    assert dialog.choice() == current


def test_arrow_keys_in_the_start_date_move_a_week_and_tuesday_offers_this_monday(
    qtbot: QtBot, context: AppContext
) -> None:
    from PySide6.QtCore import Qt

    dialog = WelcomeDialog(context.catalog, "en", date(2026, 12, 1))  # a Tuesday
    qtbot.addWidget(dialog)
    assert dialog.start.date().toPython() == date(2026, 11, 30)  # this week's Monday
    dialog.start.setFocus()
    qtbot.keyClick(dialog.start, Qt.Key.Key_Up)
    assert dialog.start.date().toPython() == date(2026, 12, 7)  # a week on, still a Monday
    qtbot.keyClick(dialog.start, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.start, Qt.Key.Key_Down)
    assert dialog.start.date().toPython() == date(2026, 11, 23)
    assert dialog.windowTitle() == "Welcome to Coursebook"
    again = WelcomeDialog(context.catalog, "en", date(2026, 12, 1), title="Start again")
    qtbot.addWidget(again)
    assert again.windowTitle() == "Start again"
