"""A shared workbook: another person saves an action's text while this person types it.
The window shows both texts and keeps what the person chooses; nothing is lost."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coursebook.storage.database import open_database
from coursebook.ui.conflict_dialog import ConflictDialog
from coursebook.ui.context import AppContext
from coursebook.ui.main_window import MainWindow
from coursebook.ui.work.actions_form import ActionsForm
from coursebook.workbook.actions import list_actions
from coursebook.workbook.core import Workbook
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.versions import TextRef
from tests.ui.conftest import TODAY, open_window_at_step_two

ACTIONS = TaskKey(1, "sample", "second", "actions")
BOTH = "Keep both, one after the other"


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    return open_window_at_step_two(qtbot, context)


def click_in_dialog(label: str, seen: list[str]) -> QTimer:
    """Click `label` in the conflict dialog once it shows; what it said goes to `seen`."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            return
        poll.stop()
        seen.append(" | ".join(w.text() for w in dialog.findChildren(QPushButton)))
        seen.append(dialog.theirs.toPlainText() + " | " + dialog.mine.toPlainText())
        seen.append(" | ".join(label.text() for label in dialog.findChildren(QLabel)))
        next(b for b in dialog.findChildren(QPushButton) if b.text() == label).click()

    poll = QTimer()
    poll.timeout.connect(answer)
    poll.start(20)
    return poll


def type_until_asked(
    qtbot: QtBot, window: MainWindow, editor: QWidget, text: str, choice: str, seen: list[str]
) -> None:
    """Type into a field whose text another person saved meanwhile; answer the question."""
    poll = click_in_dialog(choice, seen)
    qtbot.keyClicks(editor, text)
    window.saver.flush()
    qtbot.waitUntil(lambda: bool(seen))
    window.saver.flush()
    window.runner.wait()
    poll.stop()


def anna_saves_first(context: AppContext, text: str) -> Callable[[], None]:
    anna = Workbook(open_database(context.workbook.db.path))
    anna.author = "Anna"
    first = list_actions(anna.db, ACTIONS)[0]
    anna.update_action(first.id, today=TODAY, text=text, based_on=first.version)
    return anna.close


@pytest.mark.parametrize(
    ("choice", "kept"),
    [
        (BOTH, "Bel Dirk terug\nMail Dirk de offerte"),
        ("Keep mine", "Mail Dirk de offerte"),
        ("Keep the text of Anna", "Bel Dirk terug"),
    ],
)
def test_typing_over_anothers_save_asks_which_text_to_keep(
    qtbot: QtBot, window: MainWindow, context: AppContext, choice: str, kept: str
) -> None:
    actions = next(f for f in window.work.forms if isinstance(f, ActionsForm))
    row = actions.rows[0]
    close_anna = anna_saves_first(context, "Bel Dirk terug")  # the window still shows ""
    seen: list[str] = []
    type_until_asked(qtbot, window, row.text, "Mail Dirk de offerte", choice, seen)
    close_anna()
    assert "Keep the text of Anna" in seen[0] and "Keep mine" in seen[0]
    assert seen[1] == "Bel Dirk terug | Mail Dirk de offerte"
    assert "Changed by Anna at " in seen[2] and "Saved by Anna" in seen[2]
    assert row.text.toPlainText() == kept
    assert list_actions(context.workbook.db, ACTIONS)[0].text == kept
    versions = [v.text for v in context.workbook.versions(TextRef.action(row.action_id))]
    assert "Mail Dirk de offerte" in versions and "Bel Dirk terug" in versions  # none lost


def test_typing_an_answer_over_anothers_asks_too(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    from coursebook.ui.work.calls_form import CallsForm
    from coursebook.workbook.calls import list_calls

    calls_key = TaskKey(1, "sample", "second", "calls")
    card = next(f for f in window.work.forms if isinstance(f, CallsForm)).cards[0]
    anna = Workbook(open_database(context.workbook.db.path))
    anna.author = "Anna"
    anna.set_answer(calls_key, card.call_id, 1, "Langer open op zaterdag", based_on=0)
    anna.close()
    seen: list[str] = []
    type_until_asked(qtbot, window, card.answers[1], "Een parkeerplaats", BOTH, seen)
    assert seen[1] == "Langer open op zaterdag | Een parkeerplaats"
    kept = "Langer open op zaterdag\nEen parkeerplaats"
    assert card.answers[1].toPlainText() == kept
    assert list_calls(context.workbook.db, calls_key)[0].answer(1) == kept
    # Typing on goes over the new version: no second question.
    qtbot.keyClicks(card.answers[1], "!")
    window.saver.flush()
    window.runner.wait()
    assert list_calls(context.workbook.db, calls_key)[0].answer(1) == kept + "!"
    assert len(seen) == 3


def test_changing_a_customer_detail_another_person_changed_asks(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    from coursebook.workbook.customers import add_customer
    from tests.ui.conftest import select_customers

    cid = add_customer(context.workbook.db, "Dirk Garage")
    window.tabs.setCurrentWidget(window.customers)
    window.customers.reload()
    window.runner.wait()
    select_customers(window, "Dirk Garage")
    detail = window.customers.detail
    anna = Workbook(open_database(context.workbook.db.path))
    anna.author = "Anna"
    anna.update_customer(cid, phone="06-1111", expected={"phone": ""})
    anna.close()
    seen: list[str] = []
    type_until_asked(qtbot, window, detail.phone, "06-2222", "Keep mine", seen)
    assert seen[1] == "06-1111 | 06-2222"
    assert "Changed by Anna at " in seen[2]
    assert detail.phone.text() == "06-2222"
    assert context.workbook.customer(cid).phone == "06-2222"


def test_typing_call_notes_over_anothers_asks_too(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    from coursebook.ui.work.calls_form import CallsForm
    from coursebook.workbook.calls import list_calls

    calls_key = TaskKey(1, "sample", "second", "calls")
    card = next(f for f in window.work.forms if isinstance(f, CallsForm)).cards[0]
    anna = Workbook(open_database(context.workbook.db.path))
    anna.update_call(card.call_id, today=TODAY, notes="Terugbellen in maart", notes_typed_over="")
    anna.close()
    seen: list[str] = []
    type_until_asked(qtbot, window, card.notes, "Offerte sturen", BOTH, seen)
    assert "Changed by someone else at " in seen[2]
    kept = "Terugbellen in maart\nOfferte sturen"
    assert card.notes.toPlainText() == kept
    assert list_calls(context.workbook.db, calls_key)[0].notes == kept
