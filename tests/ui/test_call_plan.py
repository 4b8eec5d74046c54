"""The Customers tab proposes whom to call in this week's step and asks before calling someone
a second time in a run. The sample course's step 2 has two calls for satisfied customers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from coursebook.ui.context import AppContext
from coursebook.ui.customers.call_plan import CallPlanner
from coursebook.ui.customers.model import CustomerRole
from coursebook.ui.main_window import MainWindow
from coursebook.ui.work.calls_form import CallsForm
from coursebook.workbook.calls import add_call, update_call
from coursebook.workbook.customers import add_customer, add_score
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey
from tests.ui.conftest import START, TODAY
from tests.ui.conftest import select_customers as select


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    db = context.workbook.db
    run = start_run(db, "sample", "en", START)
    for name, score, weeks_ago in [
        ("Anna Bakker", 7, 20),
        ("Bram Fietsen", 8, 12),
        ("Carla Kapper", 10, 30),
        ("Dirk Garage", 3, 30),
        ("Eva Atelier", 7, 4),
        ("Frits Vers", 8, 2),
    ]:
        cid = add_customer(db, name)
        add_score(db, cid, score, TODAY - timedelta(weeks=weeks_ago), TODAY, source="import")
    # Anna was called in step 1 of this run already.
    call = add_call(db, TaskKey(run.id, "sample", "first", "calls"), START)
    update_call(db, call.id, today=TODAY, customer="Anna Bakker", call_date=START)
    win = MainWindow(context, run)
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentWidget(win.customers)
    win.runner.wait()
    return win


def selected_names(win: MainWindow) -> list[str]:
    return sorted(c.name for c in win.customers.selected_customers())


def planned_names(win: MainWindow) -> list[str]:
    form = next(f for f in win.work.forms if isinstance(f, CallsForm))
    return sorted(c.customer.currentText() for c in form.cards if c.customer.currentText())


def test_suggest_selects_the_satisfied_not_called_before_longest_ago_first(
    window: MainWindow,
) -> None:
    view = window.customers
    view.attention.setChecked(True)  # a filter that would hide some: the proposal clears it
    view.search.setText("Carla")
    window.runner.wait()
    view.suggest_button.click()
    window.runner.wait()
    # Satisfied (7 or 8), not Anna (called in step 1); Bram and Eva waited longest.
    assert selected_names(window) == ["Bram Fietsen", "Eva Atelier"]
    assert not view.attention.isChecked() and view.search.text() == ""
    assert view.suggestion.isVisible()
    text = view.suggestion.text()
    assert "Step 2 asks for satisfied customers (a 7 or 8); 2 calls still without a customer" in (
        text
    )
    assert "1 left out: called in another step of this run." in text
    view.plan_button.click()
    window.runner.wait()
    assert planned_names(window) == ["Bram Fietsen", "Eva Atelier"]
    assert "2 calls planned in step 2" in window.statusBar().currentMessage()
    assert not view.suggestion.isVisible()
    # Both calls have a customer now: the next proposal says so and selects nobody.
    window.tabs.setCurrentWidget(view)
    view.suggest_button.click()
    window.runner.wait()
    assert selected_names(window) == []
    assert view.suggestion.text() == "Every call of step 2 has a customer already."


def test_planning_someone_called_before_asks_and_can_leave_them_out(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(window, "Anna Bakker", "Frits Vers")
    seen: list[str] = []

    def answer() -> None:  # the question comes once the window has read who was called
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        poll.stop()
        seen.append(box.text() + "\n" + box.informativeText())
        leave = next(b for b in box.findChildren(QPushButton) if b.text() == "Leave them out")
        leave.click()

    poll = QTimer()
    poll.timeout.connect(answer)
    poll.start(20)
    window.customers.plan_button.click()
    window.runner.wait()
    qtbot.waitUntil(lambda: bool(seen))
    window.runner.wait()
    assert "1 of these customers was called in another step of this run already" in seen[0]
    assert "Anna Bakker (step 1)" in seen[0]
    assert planned_names(window) == ["Frits Vers"]
    assert "1 call planned in step 2" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("answer", "planned"),
    [("plan", ["Anna Bakker", "Frits Vers"]), ("cancel", [])],
)
def test_planning_someone_called_before_can_plan_them_too_or_cancel(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: str, planned: list[str]
) -> None:
    asked: list[list[tuple[str, tuple[int, ...]]]] = []

    def ask(_self: CallPlanner, earlier: list[tuple[str, tuple[int, ...]]]) -> str:
        asked.append(earlier)
        return answer

    monkeypatch.setattr(CallPlanner, "ask_about_earlier_calls", ask)
    select(window, "Anna Bakker", "Frits Vers")
    window.customers.plan_button.click()
    window.runner.wait()
    assert asked == [[("Anna Bakker", (1,))]]
    if planned:
        assert planned_names(window) == planned
    else:  # nothing planned: still on the Customers tab, the selection kept
        assert window.tabs.currentWidget() is window.customers
        assert selected_names(window) == ["Anna Bakker", "Frits Vers"]


def test_customers_without_earlier_calls_are_planned_without_a_question(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ask(_self: CallPlanner, _earlier: object) -> str:
        raise AssertionError("nobody here was called before")

    monkeypatch.setattr(CallPlanner, "ask_about_earlier_calls", ask)
    select(window, "Bram Fietsen")
    window.customers.plan_button.click()
    window.runner.wait()
    assert planned_names(window) == ["Bram Fietsen"]


def test_attention_list_leaves_out_whom_this_run_called_or_planned(window: MainWindow) -> None:
    view = window.customers
    view.attention.setChecked(True)
    window.runner.wait()
    waiting = sorted(
        view.proxy.data(view.proxy.index(r, 0), CustomerRole).name
        for r in range(view.proxy.rowCount())
    )
    assert "Anna Bakker" not in waiting  # called in step 1 of this run
    assert "Bram Fietsen" in waiting
    assert "(1 left out: called in this run of the course)" in view.count.text()
    select(window, "Bram Fietsen")
    view.plan_button.click()
    window.runner.wait()
    window.tabs.setCurrentWidget(view)
    window.runner.wait()
    # Planned, not yet called: no longer waiting for attention either.
    assert "(2 left out: called in this run of the course)" in view.count.text()
