"""The trash: removed calls, actions and customers come back with everything attached."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coursebook.storage.database import Database
from coursebook.workbook.calls import get_call
from coursebook.workbook.core import Workbook
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.trash import TrashKind
from coursebook.workbook.versions import TextRef

TODAY = date(2026, 11, 25)
CALLS = TaskKey(1, "sample", "second", "calls")
ACTIONS = TaskKey(1, "sample", "second", "actions")


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 11, 25, 10, 0)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def wb(db: Database, clock: Clock) -> Workbook:
    workbook = Workbook(db)
    workbook.clock = clock
    return workbook


def call_with(wb: Workbook, name: str, answer: str, score: int | None = None) -> int:
    call = wb.add_call(CALLS, TODAY).value
    wb.update_call(call.id, today=TODAY, customer=name, score=score)
    wb.set_answer(CALLS, call.id, 0, answer)
    return call.id


def test_a_removed_customer_comes_back_from_the_trash_with_its_calls(wb: Workbook) -> None:
    first = call_with(wb, "Bakkerij De Zon", "The bread is always fresh", 9)
    second = call_with(wb, "Bakkerij De Zon", "Opening at seven would help")
    customer = get_call(wb.db, first).customer_id
    assert customer is not None
    wb.update_customer(customer, notes="Prefers calls after two", email="zon@example.nl")
    wb.add_score(customer, 7, date(2026, 10, 1), TODAY)

    removed = wb.remove_customer(customer)
    assert removed.value.calls == 2 and removed.value.name == "Bakkerij De Zon"
    assert removed.changes.customers and removed.changes.calls == {"second"}
    assert wb.customer_register() == []
    with pytest.raises(LookupError):
        get_call(wb.db, first)
    assert wb.search("fresh") == []  # the words left the search index with them
    [entry] = wb.trash()
    assert entry.kind is TrashKind.CUSTOMER and entry.calls == 2
    assert entry.kept_until == date(2026, 12, 25)

    back = wb.restore_from_trash(entry.id)
    assert back.value.ref == customer and back.changes.calls == {"second"}
    restored = wb.customer(customer)
    assert (restored.name, restored.email, restored.notes) == (
        "Bakkerij De Zon",
        "zon@example.nl",
        "Prefers calls after two",
    )
    assert get_call(wb.db, first).answer(0) == "The bread is always fresh"
    assert get_call(wb.db, first).score == 9
    assert get_call(wb.db, second).customer_id == customer
    assert sorted(s.score for s in wb.score_history(customer)) == [7, 9]
    assert [hit.ref for hit in wb.search("fresh")] == [first]
    assert wb.trash() == []
    with pytest.raises(LookupError):
        wb.restore_from_trash(entry.id)  # once only


def test_a_removed_call_is_undone_from_the_trash_with_its_id_and_versions(
    wb: Workbook, clock: Clock
) -> None:
    call_id = call_with(wb, "Fietsenmaker Peters", "First answer")
    clock.at += timedelta(hours=2)
    wb.set_answer(CALLS, call_id, 0, "Second answer")
    deleted = wb.delete_call(call_id).value
    assert [e.kind for e in wb.trash()] == [TrashKind.CALL]
    assert wb.trash()[0].name == "Fietsenmaker Peters"
    assert wb.trash()[0].text == "Second answer"
    call = wb.restore_call(deleted).value
    assert call.id == call_id and call.answer(0) == "Second answer"
    assert call.customer_name == "Fietsenmaker Peters"
    versions = wb.versions(TextRef.call_answer(call_id, 0))
    assert [v.text for v in versions] == ["Second answer", "First answer"]


def test_an_action_comes_back(wb: Workbook) -> None:
    action = wb.add_action(ACTIONS, TODAY).value
    wb.update_action(action.id, today=TODAY, text="Call the three passives")
    deleted = wb.delete_action(action.id).value
    assert wb.trash()[0].text == "Call the three passives"
    back = wb.restore_action(deleted).value
    assert (back.id, back.text, back.due) == (action.id, "Call the three passives", TODAY)


def test_a_call_whose_customer_went_meanwhile_comes_back_without_them(wb: Workbook) -> None:
    call_id = call_with(wb, "Anouk", "Nice")
    other = call_with(wb, "Anouk", "Also nice")
    deleted = wb.delete_call(call_id).value
    customer = get_call(wb.db, other).customer_id
    assert customer is not None
    wb.remove_customer(customer)
    call = wb.restore_call(deleted).value
    assert call.customer_id is None and call.answer(0) == "Nice"


def test_a_customer_whose_id_was_taken_comes_back_under_another(wb: Workbook) -> None:
    first = wb.add_customer("Zeta").value
    call_id = call_with(wb, "Zeta", "kept")
    wb.update_customer(first, notes="old notes")
    [entry_id] = [wb.remove_customer(first).value.trash_id]
    taken = wb.add_customer("Newcomer").value
    if taken != first:
        pytest.skip("SQLite gave the new customer another id")
    back = wb.restore_from_trash(entry_id).value
    assert back.ref != first
    assert get_call(wb.db, call_id).customer_id == back.ref
    assert wb.customer(first).name == "Newcomer"
    assert wb.customer(back.ref).notes == "old notes"
    assert [v.text for v in wb.versions(TextRef.customer_notes(back.ref))] == ["old notes"]


def test_the_trash_empties_itself_after_thirty_days(wb: Workbook, clock: Clock) -> None:
    old = call_with(wb, "Old", "old words")
    wb.delete_call(old)
    clock.at += timedelta(days=20)
    young = call_with(wb, "Young", "young words")
    wb.delete_call(young)
    clock.at += timedelta(days=10, hours=1)
    assert wb.tidy() == 1
    assert [e.name for e in wb.trash()] == ["Young"]
    assert wb.versions(TextRef.call_answer(old, 0)) == []  # its history went with it
    assert wb.versions(TextRef.call_answer(young, 0)) != []


def test_deleting_for_good_and_emptying_by_hand(wb: Workbook) -> None:
    for name in ("A", "B", "C"):
        wb.delete_call(call_with(wb, name, f"words of {name}"))
    entries = wb.trash()
    assert wb.delete_from_trash([entries[0].id]).value == 1
    assert len(wb.trash()) == 2
    assert wb.delete_from_trash().value == 2
    assert wb.trash() == []
