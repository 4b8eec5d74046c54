from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from coursebook.storage.database import Database
from coursebook.workbook.actions import (
    add_action,
    delete_action,
    ensure_actions,
    list_actions,
    open_actions,
    restore_action,
    update_action,
)
from coursebook.workbook.calls import (
    add_call,
    delete_call,
    ensure_calls,
    list_calls,
    restore_call,
    set_answer,
    update_call,
)
from coursebook.workbook.checklist import set_ticked, ticked_items
from coursebook.workbook.customers import list_customers
from coursebook.workbook.reflections import get_reflection, save_reflection
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.validation import MAX_TEXT_CHARS, InvalidInput

TODAY = date(2026, 11, 25)
CALLS = TaskKey(1, "course", "step-7", "calls")
ACTIONS = TaskKey(1, "course", "step-7", "actions")


def test_first_visit_creates_the_empty_calls_once(db: Database) -> None:
    calls = ensure_calls(db, CALLS, 5, TODAY)
    assert [c.position for c in calls] == [1, 2, 3, 4, 5]
    assert all(c.call_date == TODAY and c.channel == "phone" for c in calls)
    assert not any(c.is_filled for c in calls)
    delete_call(db, calls[4].id)
    assert len(ensure_calls(db, CALLS, 5, TODAY)) == 4  # a removed call does not come back
    added = add_call(db, CALLS, TODAY)
    assert added.position == 5
    assert added.id == 6  # ids are never reused, so an undo cannot collide


def test_a_call_keeps_customer_answers_score_and_notes(db: Database) -> None:
    call = ensure_calls(db, CALLS, 1, TODAY)[0]
    update_call(
        db,
        call.id,
        today=TODAY,
        customer="  Bakkerij  De Zon ",
        channel="visit",
        score=8,
        notes="Wants a call back in spring",
    )
    set_answer(db, call.id, 0, "Because you always pick up the phone")
    set_answer(db, call.id, 3, "Invoices by e-mail")
    set_answer(db, call.id, 0, "Because you always answer")
    (saved,) = list_calls(db, CALLS)
    assert saved.customer_name == "Bakkerij De Zon"
    assert (saved.channel, saved.score, saved.notes) == ("visit", 8, "Wants a call back in spring")
    assert saved.answers == {0: "Because you always answer", 3: "Invoices by e-mail"}
    assert saved.answer(1) == ""
    assert saved.is_filled
    # Typing the same name again (any case) picks the same customer.
    other = add_call(db, CALLS, TODAY)
    assert update_call(db, other.id, today=TODAY, customer="bakkerij de zon").customer_id == (
        saved.customer_id
    )
    assert [c.name for c in list_customers(db)] == ["Bakkerij De Zon"]
    assert update_call(db, other.id, today=TODAY, customer="").customer_id is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"score": 11}, "score"),
        ({"score": -1}, "score"),
        ({"call_date": date(1900, 1, 1)}, "date"),
        ({"call_date": date(2099, 1, 1)}, "date"),
        ({"channel": "pigeon"}, "channel"),
        ({"notes": "x" * (MAX_TEXT_CHARS + 1)}, "notes"),
        ({"customer": "y" * 201}, "customer"),
    ],
)
def test_absurd_values_are_refused_and_nothing_saved_is_lost(
    db: Database, change: dict[str, object], field: str
) -> None:
    call = ensure_calls(db, CALLS, 1, TODAY)[0]
    update_call(db, call.id, today=TODAY, score=9, notes="keep me", customer="Ann")
    with pytest.raises(InvalidInput) as caught:
        update_call(db, call.id, today=TODAY, **change)  # type: ignore[arg-type]
    assert caught.value.field.value == field
    (saved,) = list_calls(db, CALLS)
    assert (saved.score, saved.notes, saved.customer_name, saved.call_date) == (
        9,
        "keep me",
        "Ann",
        TODAY,
    )


def test_removing_a_call_can_be_undone_with_its_answers(db: Database) -> None:
    first, second = ensure_calls(db, CALLS, 2, TODAY)
    update_call(db, second.id, today=TODAY, customer="Ann", score=7)
    set_answer(db, second.id, 1, "Nothing really")
    deleted = delete_call(db, second.id)
    assert [c.id for c in list_calls(db, CALLS)] == [first.id]
    restored = restore_call(db, deleted)
    assert restored == deleted.call
    assert list_calls(db, CALLS)[1].answers == {1: "Nothing really"}
    with pytest.raises(LookupError):
        update_call(db, 9999, today=TODAY, notes="x")


def test_actions_due_done_and_open_list(db: Database) -> None:
    friday = date(2026, 11, 27)
    a, b, c = ensure_actions(db, ACTIONS, 3, friday)
    assert [x.due for x in (a, b, c)] == [friday] * 3
    update_action(db, a.id, today=TODAY, text="Call every passive customer twice a year")
    update_action(db, b.id, today=TODAY, text="Send a handwritten card", due=date(2026, 11, 20))
    done = update_action(db, c.id, today=TODAY, text="Monthly customer afternoon", done=True)
    assert done.done_on == TODAY
    # Ticking it again keeps the first done date; unticking clears it.
    assert update_action(db, c.id, today=date(2026, 11, 26), done=True).done_on == TODAY
    later = TaskKey(1, "course", "step-8", "actions")
    d = add_action(db, later, date(2026, 12, 4))
    update_action(db, d.id, today=TODAY, text="Profile the ideal customer")
    add_action(db, later, date(2026, 12, 4))  # empty: not an open action
    opened = open_actions(db)
    assert [x.text for x in opened] == [
        "Send a handwritten card",
        "Call every passive customer twice a year",
        "Profile the ideal customer",
    ]
    assert opened[0].is_overdue(TODAY) and not opened[1].is_overdue(TODAY)
    assert update_action(db, c.id, today=TODAY, done=False).done_on is None
    assert len(open_actions(db)) == 4
    deleted = delete_action(db, a.id)
    assert a.id not in [x.id for x in list_actions(db, ACTIONS)]
    assert restore_action(db, deleted).text == "Call every passive customer twice a year"
    with pytest.raises(InvalidInput):
        update_action(db, a.id, today=TODAY, due=date(1900, 1, 1))


def test_reflection_and_checklist(db: Database) -> None:
    key = TaskKey(1, "course", "step-1", "reflection")
    assert get_reflection(db, key) == ""
    save_reflection(db, key, "# What I learned\n\nMost customers are *satisfied*.")
    save_reflection(db, key, "# What I learned\n\nMost customers are *passive*.")
    assert get_reflection(db, key) == "# What I learned\n\nMost customers are *passive*."
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM reflection")).scalar() == 1
    with pytest.raises(InvalidInput):
        save_reflection(db, key, "z" * (MAX_TEXT_CHARS + 1))
    assert get_reflection(db, key).endswith("*passive*.")

    checklist = TaskKey(1, "course", "step-1", "checklist")
    set_ticked(db, checklist, 0, True, TODAY)
    set_ticked(db, checklist, 2, True, TODAY)
    set_ticked(db, checklist, 2, True, TODAY)
    set_ticked(db, checklist, 0, False, TODAY)
    assert ticked_items(db, checklist) == {2}


def test_a_call_or_a_score_dated_after_today_is_refused(db: Database) -> None:
    from coursebook.workbook.customers import add_customer, add_score
    from coursebook.workbook.validation import InvalidInput, Problem

    today = date(2026, 12, 2)
    call = add_call(db, CALLS, today)
    with pytest.raises(InvalidInput) as caught:
        update_call(db, call.id, today=today, call_date=today + timedelta(days=1))
    assert caught.value.problem is Problem.IN_FUTURE
    assert update_call(db, call.id, today=today, call_date=today).call_date == today
    customer = add_customer(db, "Anna")
    with pytest.raises(InvalidInput) as caught:
        add_score(db, customer, 9, date(2030, 12, 1), today)
    assert caught.value.problem is Problem.IN_FUTURE
