from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coursebook.ui.context import AppContext
from coursebook.ui.customers.labels import segment_colour
from coursebook.ui.customers.model import CustomerRole
from coursebook.ui.customers.score_chart import CHART_HEIGHT
from coursebook.ui.customers.view import CustomersView
from coursebook.ui.main_window import MainWindow
from coursebook.ui.runner import Runner
from coursebook.ui.work.calls_form import CallsForm
from coursebook.workbook.calls import add_call, set_answer, update_call
from coursebook.workbook.customers import add_customer, get_customer, update_customer
from coursebook.workbook.nps import Segment
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey
from tests.shared import anna_and_bram
from tests.ui.conftest import START, TODAY
from tests.ui.conftest import select_customers as select

KEY = TaskKey(1, "sample", "second", "calls")


def log_call(context: AppContext, name: str, on: date, score: int | None) -> None:
    call = add_call(context.workbook.db, KEY, TODAY)
    update_call(context.workbook.db, call.id, today=TODAY, customer=name, call_date=on, score=score)
    set_answer(context.workbook.db, call.id, 0, "an answer")


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    enrolment = start_run(context.workbook.db, "sample", "en", START)
    log_call(context, "Anna Bakker", TODAY - timedelta(weeks=10), 7)
    log_call(context, "Bram Fietsen", TODAY - timedelta(weeks=1), 8)
    log_call(context, "Carla Kapper", TODAY - timedelta(weeks=12), 10)
    log_call(context, "Dirk Garage", TODAY - timedelta(weeks=9), 3)
    quiet = add_customer(context.workbook.db, "Eva Nooitgebeld", organisation="Atelier Eva")
    update_customer(context.workbook.db, quiet, manual_segment=Segment.PASSIVE)
    win = MainWindow(context, enrolment)
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentWidget(win.customers)
    win.runner.wait()
    return win


def names(win: MainWindow) -> list[str]:
    proxy = win.customers.proxy
    return [proxy.data(proxy.index(r, 0), CustomerRole).name for r in range(proxy.rowCount())]


def test_register_lists_segment_score_and_last_contact(window: MainWindow) -> None:
    view = window.customers
    assert names(window) == [
        "Anna Bakker",
        "Bram Fietsen",
        "Carla Kapper",
        "Dirk Garage",
        "Eva Nooitgebeld",
    ]
    model = view.model
    anna = model.index(0, 0)
    assert model.index(0, 2).data() == "satisfied (7–8)"
    assert model.index(0, 3).data() == "7"
    assert model.index(0, 4).data() == "23 Sep 2026 (10 wk ago)"
    assert model.index(4, 2).data() == "satisfied (7–8) · set by hand"
    assert model.index(4, 4).data() == "no call yet"
    assert model.index(4, 4).data(Qt.ItemDataRole.ToolTipRole) is None  # no score either
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) is None  # called
    assert anna.isValid()
    assert view.count.text() == "5 customers"


def test_filter_by_words_and_segment(qtbot: QtBot, window: MainWindow) -> None:
    view = window.customers
    qtbot.keyClicks(view.search, "atelier")
    assert names(window) == ["Eva Nooitgebeld"]
    view.search.clear()
    view.segment.setCurrentIndex(view.segment.findData("promoter"))
    assert names(window) == ["Carla Kapper"]
    assert view.count.text() == "1 of 5 customers"


def test_sorting_by_last_contact(window: MainWindow) -> None:
    window.customers.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert names(window) == [
        "Eva Nooitgebeld",
        "Carla Kapper",
        "Anna Bakker",
        "Dirk Garage",
        "Bram Fietsen",
    ]


def test_attention_list_and_planning_calls(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    view = window.customers
    view.attention.setChecked(True)
    window.runner.wait()
    # Anna (a 7, last called ten weeks ago) waits too, but in this run's step 2: left out.
    assert names(window) == ["Eva Nooitgebeld"]
    assert view.count.text() == (
        "1 satisfied customer not contacted for a while "
        "(1 left out: called in this run of the course)"
    )
    view.weeks.setValue(11)
    window.runner.wait()
    assert names(window) == ["Eva Nooitgebeld"]
    assert "left out" not in view.count.text()  # Anna's call was ten weeks ago: not waiting
    select(window, "Eva Nooitgebeld")
    view.plan_button.click()
    window.runner.wait()
    assert window.tabs.currentIndex() == 0  # back to the course, at this week's step
    assert window.selected_step().id == "second"  # type: ignore[union-attr]
    cards = next(f for f in window.work.forms if isinstance(f, CallsForm)).cards
    assert cards[-1].customer.currentText() == "Eva Nooitgebeld"
    assert "1 call planned in step 2" in window.statusBar().currentMessage()
    # Planned: Eva no longer waits for attention.
    window.tabs.setCurrentWidget(view)
    window.runner.wait()
    assert names(window) == []


def test_editing_details_saves_and_updates_the_row(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    select(window, "Bram Fietsen")
    detail = window.customers.detail
    assert detail.title.text() == "Bram Fietsen"
    assert "from the latest score: 8" in detail.segment_info.text()
    assert not detail.manual_segment.isEnabled()  # the score decides
    qtbot.keyClicks(detail.email, "bram@fietsen.nl")
    qtbot.keyClicks(detail.tags, "fietsen; vast")
    window.saver.flush()
    customer = get_customer(context.workbook.db, detail.customer.id)  # type: ignore[union-attr]
    assert (customer.email, customer.tags) == ("bram@fietsen.nl", ("fietsen", "vast"))
    assert window.customers.model.index(1, 5).data() == "bram@fietsen.nl"
    detail.email.setText("")
    qtbot.keyClicks(detail.email, "not an address")
    window.saver.flush()
    assert "not an e-mail address" in detail.error.text()
    assert get_customer(context.workbook.db, customer.id).email == "bram@fietsen.nl"
    assert detail.calls.count() == 1 and "score 8" in detail.calls.item(0).text()


def test_add_a_score_by_hand(window: MainWindow, context: AppContext) -> None:
    select(window, "Eva Nooitgebeld")
    detail = window.customers.detail
    assert detail.manual_segment.isEnabled()
    detail.score.setValue(9)
    detail.add_score_button.click()
    assert get_customer(context.workbook.db, detail.customer.id).segment is Segment.PROMOTER  # type: ignore[union-attr]
    assert not detail.manual_segment.isEnabled()
    assert detail.contact_info.text().endswith(", this week")  # "we spoke" is ticked at first
    chart = detail.scores
    assert [entry.score for entry in chart.entries] == [9]
    assert "9 (" in chart.accessibleDescription()
    detail.score.setValue(3)
    detail.score_date.setDate(detail.score_date.date().addDays(-30))
    detail.add_score_button.click()
    window.runner.wait()
    assert [entry.score for entry in chart.entries] == [3, 9]  # oldest first
    chart.resize(300, CHART_HEIGHT)
    image = chart.grab().toImage()
    old, new = chart.point_of(0), chart.point_of(1)
    assert old.x() < new.x() and old.y() > new.y()  # later and higher up
    for point, segment in ((old, Segment.DETRACTOR), (new, Segment.PROMOTER)):
        drawn = image.pixelColor(int(point.x()), int(point.y()))
        expected = QColor(segment_colour(segment))
        assert abs(drawn.red() - expected.red()) + abs(drawn.green() - expected.green()) < 40


def test_new_merge_and_archive(
    window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.customers
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Anna B.", True))
    view.new_customer()
    window.runner.wait()
    assert "Anna B." in names(window)
    (new_id,) = [c.id for c in view.selected_customers()]  # the new one is selected
    select(window, "Anna Bakker", "Anna B.")
    assert view.merge_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Anna Bakker", True))
    view.merge_selected()
    window.runner.wait()
    assert "Anna B." not in names(window)
    assert get_customer(context.workbook.db, new_id).archived
    select(window, "Dirk Garage")
    view.archive_button.click()
    window.runner.wait()
    assert "Dirk Garage" not in names(window)
    view.archived.setChecked(True)
    window.runner.wait()
    assert "Dirk Garage" in names(window)
    select(window, "Dirk Garage")
    assert view.archive_button.text() == "Restore"
    view.archive_button.click()
    view.archived.setChecked(False)
    window.runner.wait()
    assert "Dirk Garage" in names(window)


def test_export_to_csv(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "klanten.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    window.customers.export_button.click()
    assert shown == [f"5 customers written to {target}."]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:5] == ["name", "organisation", "email", "phone", "segment"]
    assert rows[1][0] == "Anna Bakker" and rows[1][4] == "passive" and rows[1][5] == "7"


def test_export_to_a_folder_that_is_gone_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "missing" / "klanten.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    window.customers.export_button.click()
    assert warned and str(target) in warned[0]
    assert not target.exists()


def test_dashboard(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(2)  # the NPS tab (the dashboard sits in a scroll area)
    window.runner.wait()
    board = window.dashboard
    # Scores: 7, 8, 10, 3 → 1 promoter, 2 passives, 1 detractor → 0.
    assert board.score_label.text() == "0"
    assert board.counts.text().startswith("1 promoters (9–10) · 2 passives (7–8) · 1 detractors")
    assert "Fewer than 30 customers answered (4)" in board.warning.text()
    assert "up to 20 points" in board.warning.text()
    assert board.spread_counts == [0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1]
    assert board.segment_sizes == {Segment.PASSIVE: 3, Segment.PROMOTER: 1, Segment.DETRACTOR: 1}
    # September and November, and October between them without answers: a gap, not hidden.
    assert [board.table.item(r, 0).text() for r in range(board.table.rowCount())] == [
        "Sep 2026",
        "Oct 2026",
        "Nov 2026",
    ]
    assert board.table.item(1, 1).text() == "–" and board.table.item(1, 6).text() == "0"
    assert board.table.horizontalHeaderItem(0).text() == "Month"
    assert board.table.item(0, 2).text().count("…") == 1  # the period's 95% interval
    assert [x for x, _result in board.trend_points] == [0, 2]  # the line skips October
    assert board.interval_label.text().startswith("between ")
    assert board.interval_label.text().endswith("(95% sure), 4 answers")
    assert "no real change yet" in board.change_label.text()  # 2 answers, then 2
    board.period.setCurrentIndex(1)  # per course step
    assert board.table.rowCount() == 1
    assert board.table.item(0, 0).text() == "2. Calling satisfied customers"
    assert board.table.horizontalHeaderItem(0).text() == "Step"


def test_possible_duplicates_are_offered_for_merging(
    qtbot: QtBot, context: AppContext, runner: Runner
) -> None:
    from coursebook.ui.autosave import SaveManager
    from coursebook.ui.customers.view import CustomersView
    from coursebook.workbook.customers import add_customer, customer_register

    first = add_customer(context.workbook.db, "Özdemir")
    second = add_customer(context.workbook.db, "özdemir")
    add_customer(context.workbook.db, "Jansen")
    view = CustomersView(SaveManager(runner), lambda: TODAY)
    qtbot.addWidget(view)
    view.reload()
    runner.wait()
    assert not view.duplicates.isHidden()
    assert "Özdemir" in view.duplicates.text()
    view.duplicates.linkActivated.emit("#duplicates")
    assert sorted(c.id for c in view.selected_customers()) == sorted([first, second])
    assert view.merge_button.isEnabled()
    assert len(customer_register(context.workbook.db)) == 3  # offered, not merged


def test_their_data_writes_everything_about_the_selected_customer(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    view = window.customers
    select(window, "Anna Bakker", "Bram Fietsen")
    assert not view.person_button.isEnabled()  # one customer at a time
    select(window, "Anna Bakker")
    assert view.person_button.isEnabled()
    target = tmp_path / "anna.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.person_button.click()
    window.runner.wait()
    qtbot.waitUntil(
        lambda: "Everything kept about Anna Bakker" in window.statusBar().currentMessage()
    )
    person = json.loads(target.read_text(encoding="utf-8"))
    assert person["customer"]["name"] == "Anna Bakker"
    (call,) = person["calls"]
    assert call["score"] == 7
    assert call["answers"] == [
        {"question": "Why are you still our customer?", "answer": "an answer"}
    ]
    readable = (tmp_path / "anna.md").read_text(encoding="utf-8")  # and for people, beside it
    assert "Anna Bakker" in readable and "an answer" in readable


def test_forget_asks_first_then_erases_the_customer(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.customers
    select(window, "Anna Bakker")
    assert view.forget_button.isEnabled()
    answers: list[tuple[bool, bool] | None] = [None, (True, False)]  # cancel, then forget
    monkeypatch.setattr(MainWindow, "ask_forget", lambda self, name: answers.pop(0))
    view.forget_button.click()
    window.runner.wait()
    assert "Anna Bakker" in names(window)  # cancelled: nothing changed
    select(window, "Anna Bakker")
    view.forget_button.click()
    window.runner.wait()
    qtbot.waitUntil(lambda: "Anna Bakker is forgotten" in window.statusBar().currentMessage())
    qtbot.waitUntil(lambda: "Anna Bakker" not in names(window))
    assert window.runner.call(lambda wb: wb.search("Anna")) == []


def test_a_customer_moved_to_the_trash_comes_back_from_work_trash(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coursebook.ui.customers.view import CustomersView
    from coursebook.ui.trash_dialog import TrashDialog

    questions: list[str] = []
    monkeypatch.setattr(
        CustomersView, "confirm_remove", lambda self, q: questions.append(q) or True
    )
    select(window, "Anna Bakker")
    window.activateWindow()
    window.customers.table.setFocus()
    qtbot.waitUntil(window.customers.table.hasFocus)
    qtbot.keyClick(window.customers.table, Qt.Key.Key_Delete)
    window.runner.wait()
    assert "Anna Bakker" in questions[0] and "1 call" in questions[0]
    assert "Anna Bakker" not in names(window)
    assert "Moved Anna Bakker and 1 call to the trash" in window.statusBar().currentMessage()

    window.trash_action.trigger()
    window.runner.wait()
    dialog = window.findChild(TrashDialog)
    assert dialog.list.topLevelItemCount() == 1
    item = dialog.list.topLevelItem(0)
    assert item.text(0) == "Customer Anna Bakker, with 1 call"
    item.setSelected(True)
    dialog.restore_button.click()
    window.runner.wait()
    qtbot.waitUntil(lambda: "Anna Bakker" in names(window))
    assert dialog.list.topLevelItemCount() == 0 and dialog.empty_note.isVisibleTo(dialog)
    assert window.runner.call(lambda wb: wb.search("an answer"))  # her call is back


def test_emptying_the_trash_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coursebook.ui.trash_dialog import TrashDialog

    customer = next(c for c in window.runner.call(lambda wb: wb.customer_register()))
    window.runner.call(lambda wb: wb.remove_customer(customer.id))
    window.trash_action.trigger()
    window.runner.wait()
    dialog = window.findChild(TrashDialog)
    answers = [False, True]
    monkeypatch.setattr(TrashDialog, "confirm", lambda self, q: answers.pop(0))
    dialog.empty_button.click()
    window.runner.wait()
    assert dialog.list.topLevelItemCount() == 1  # cancelled
    dialog.empty_button.click()
    window.runner.wait()
    assert dialog.list.topLevelItemCount() == 0
    assert window.runner.call(lambda wb: wb.trash()) == []


def test_double_clicking_a_call_in_the_history_opens_it_in_its_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    from coursebook.ui.work.calls_form import CallsForm

    select(window, "Anna Bakker")
    calls = window.customers.detail.calls
    assert calls.count() == 1
    calls.itemActivated.emit(calls.item(0))
    window.runner.wait()
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 0)
    assert window.selected_step().id == "second"  # type: ignore[union-attr]
    form = next(f for f in window.work.forms if isinstance(f, CallsForm))
    card = next(c for c in form.cards if c.customer.currentText() == "Anna Bakker")
    qtbot.waitUntil(lambda: window.focusWidget() is card.customer or card.customer.hasFocus())


def test_columns_can_be_hidden_and_are_remembered(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    view = window.customers
    assert view.table.isColumnHidden(5)  # E-mail: in the pane beside the list
    assert not view.table.isColumnHidden(6)  # Phone
    view.show_column(6, False)
    view.show_column(5, True)
    assert context.preferences.text("customers/hidden_columns") == "6"
    again = CustomersView(window.saver, context.today)
    qtbot.addWidget(again)
    again.use_preferences(context.preferences)
    assert again.table.isColumnHidden(6) and not again.table.isColumnHidden(5)
    assert not again.table.wordWrap()  # one line a customer: long values are elided


def test_an_empty_register_says_what_to_do(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, start_run(context.workbook.db, "sample", "en", START))
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.customers)
    window.runner.wait()
    hint = window.customers.empty_hint
    assert hint.isVisibleTo(window.customers)
    assert "Import a file" in hint.text() and "add a customer" in hint.text()
    window.runner.call(lambda wb: wb.add_customer("Eerste Klant"))
    window.customers.reload()
    window.runner.wait()
    assert not hint.isVisibleTo(window.customers)


def test_a_score_without_a_conversation_says_so_where_contact_is_shown(
    window: MainWindow, context: AppContext
) -> None:
    select(window, "Eva Nooitgebeld")
    detail = window.customers.detail
    detail.score.setValue(6)
    detail.score_was_contact.setChecked(False)  # it came from a form
    detail.add_score_button.click()
    window.runner.wait()
    assert detail.contact_info.text().startswith("no call yet; the score of ")
    model = window.customers.model
    row = model.row_of(detail.customer.id)  # type: ignore[union-attr]
    assert row is not None
    assert model.index(row, 4).data() == "no call yet"
    tip = model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "came without a conversation" in tip


def test_the_nps_of_my_calls_in_a_shared_workbook(qtbot: QtBot, context: AppContext) -> None:
    from coursebook.ui.customers.dashboard import NpsDashboard

    db = context.workbook.db
    start_run(db, "sample", "en", START)
    anna, bram = anna_and_bram(db)
    for who, name, score in ((anna, "Dirk", 10), (anna, "Eva", 9), (bram, "Frits", 2)):
        call = who.add_call(KEY, TODAY).value
        who.update_call(call.id, today=TODAY, customer=name, score=score)
    runner = Runner(anna)
    try:
        board = NpsDashboard(runner)
        qtbot.addWidget(board)
        board.show()
        board.reload()
        runner.wait()
        assert board.whose.isVisible() and board.whose.count() == 2
        assert board.score_label.text() == "+33"  # the team: 2 promoters, 1 detractor of 3
        board.whose.setCurrentIndex(1)  # my calls (Anna)
        assert board.whose.currentText() == "my calls (Anna)"
        assert board.score_label.text() == "+100"
    finally:
        runner.shutdown()
