from __future__ import annotations

from datetime import date, timedelta

import pytest

from coursebook.storage.database import Database
from coursebook.workbook.calls import add_call, set_answer, update_call
from coursebook.workbook.customers import (
    add_customer,
    add_score,
    attention_list,
    customer_calls,
    customer_register,
    get_customer,
    list_customers,
    merge_customers,
    parse_tags,
    score_history,
    set_archived,
    update_customer,
)
from coursebook.workbook.nps import Segment
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.validation import InvalidInput

TODAY = date(2026, 11, 25)
KEY = TaskKey(1, "c", "satisfied-customers-leave-first", "calls")


def log_call(
    db: Database, name: str, on: date, score: int | None = None, answer: str = "fine"
) -> int:
    call = add_call(db, KEY, TODAY)
    update_call(db, call.id, today=TODAY, customer=name, call_date=on, score=score)
    if answer:
        set_answer(db, call.id, 0, answer)
    return call.id


def test_last_contact_comes_from_logged_calls(db: Database) -> None:
    ann = add_customer(db, "Ann", organisation="Bakkerij Ann")
    assert get_customer(db, ann).last_contact is None
    log_call(db, "Ann", date(2026, 10, 1))
    log_call(db, "Ann", date(2026, 11, 3))
    # A planned call (customer chosen, nothing written yet) is not a contact.
    log_call(db, "Ann", date(2026, 11, 24), answer="")
    customer = get_customer(db, ann)
    assert customer.last_contact == date(2026, 11, 3)
    assert customer.call_count == 2
    assert customer.weeks_without_contact(TODAY) == 3
    assert [c.call_date for c in customer_calls(db, ann)] == [date(2026, 11, 3), date(2026, 10, 1)]


def test_segment_follows_the_latest_score_else_the_manual_one(db: Database) -> None:
    bob = add_customer(db, "Bob")
    assert get_customer(db, bob).segment is None
    update_customer(db, bob, manual_segment=Segment.PROMOTER)
    assert get_customer(db, bob).segment is Segment.PROMOTER
    assert get_customer(db, bob).segment_is_manual
    log_call(db, "Bob", date(2026, 10, 1), score=6)
    add_score(db, bob, 8, date(2026, 11, 1), TODAY, source="import")
    customer = get_customer(db, bob)
    assert (customer.latest_score, customer.latest_score_on) == (8, date(2026, 11, 1))
    assert customer.segment is Segment.PASSIVE and not customer.segment_is_manual
    log_call(db, "Bob", date(2026, 11, 1), score=10)  # same day: the call wins
    assert get_customer(db, bob).latest_score == 10
    assert [e.score for e in score_history(db, bob)] == [6, 8, 10]
    with pytest.raises(InvalidInput):
        add_score(db, bob, 11, TODAY, TODAY)


def test_attention_list_is_satisfied_customers_not_called_for_weeks(db: Database) -> None:
    for name, last, score in [
        ("Long ago", TODAY - timedelta(weeks=20), 7),
        ("Recent", TODAY - timedelta(weeks=2), 8),
        ("Six weeks", TODAY - timedelta(weeks=6), 8),
        ("Fan", TODAY - timedelta(weeks=30), 10),
        ("Unhappy", TODAY - timedelta(weeks=30), 4),
    ]:
        log_call(db, name, last, score=score)
    never = add_customer(db, "Never called")
    update_customer(db, never, manual_segment=Segment.PASSIVE)
    assert [c.name for c in attention_list(db, TODAY)] == ["Never called", "Long ago", "Six weeks"]
    assert [c.name for c in attention_list(db, TODAY, weeks=10)] == ["Never called", "Long ago"]
    assert len(attention_list(db, TODAY, weeks=0)) == 4


def test_merge_moves_history_and_archives_the_duplicate(db: Database) -> None:
    keep = add_customer(db, "Jan de Vries", email="jan@devries.nl", tags=("bakker",))
    dup = add_customer(
        db, "J. de Vries", phone="0612345678", notes="Prefers mornings", tags=("Bakker", "vip")
    )
    log_call(db, "J. de Vries", date(2026, 11, 2), score=9)
    add_score(db, dup, 7, date(2026, 9, 1), TODAY)
    merged = merge_customers(db, keep, dup)
    assert (merged.email, merged.phone, merged.notes) == (
        "jan@devries.nl",
        "0612345678",
        "Prefers mornings",
    )
    assert merged.tags == ("bakker", "vip")
    assert merged.call_count == 1 and merged.latest_score == 9
    assert [e.score for e in score_history(db, keep)] == [7, 9]
    archived = get_customer(db, dup)
    assert archived.archived and archived.call_count == 0
    assert [c.name for c in list_customers(db)] == ["Jan de Vries"]
    with pytest.raises(InvalidInput):
        merge_customers(db, keep, keep)


def test_archive_keeps_history_and_hides_from_lists(db: Database) -> None:
    cid = add_customer(db, "Old customer")
    log_call(db, "Old customer", date(2026, 5, 1), score=8)
    set_archived(db, cid, True)
    assert customer_register(db) == []
    assert [c.name for c in customer_register(db, include_archived=True)] == ["Old customer"]
    assert score_history(db) == []  # archived customers do not count in NPS
    assert len(score_history(db, cid)) == 1
    set_archived(db, cid, False)
    assert len(customer_register(db)) == 1


def test_customer_fields_are_checked(db: Database) -> None:
    with pytest.raises(InvalidInput, match="a name is needed"):
        add_customer(db, "   ")
    with pytest.raises(InvalidInput, match="not an e-mail"):
        add_customer(db, "Eve", email="eve at home")
    cid = add_customer(db, "  Eve   Smit ", email=" Eve@Example.NL ")
    customer = get_customer(db, cid)
    assert (customer.name, customer.email) == ("Eve Smit", "eve@example.nl")
    with pytest.raises(InvalidInput):
        update_customer(db, cid, name="")
    assert get_customer(db, cid).name == "Eve Smit"
    assert parse_tags("a; b, A |c;;") == ("a", "b", "c")


def test_register_of_thousands_is_four_queries(db: Database) -> None:
    from sqlalchemy import event

    for i in range(300):
        add_customer(db, f"Customer {i:04d}")
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    register = customer_register(db)
    assert len(register) == 300
    # customers, calls, scores given in a conversation, latest scores: whatever their number
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 4


def test_planning_calls_fills_empty_forms_first(db: Database) -> None:
    from coursebook.workbook.calls import ensure_calls, list_calls, plan_calls

    first, second = ensure_calls(db, KEY, 2, TODAY)
    set_answer(db, first.id, 0, "already done")
    a, b = add_customer(db, "A"), add_customer(db, "B")
    planned = plan_calls(db, KEY, [a, b], TODAY)
    assert planned[0].id == second.id  # the empty form is used
    assert [(c.customer_name, c.is_filled) for c in list_calls(db, KEY)] == [
        ("", True),
        ("A", False),
        ("B", False),
    ]
    assert get_customer(db, a).last_contact is None  # planned is not yet a contact


def test_weeks_without_contact_is_never_negative() -> None:
    from dataclasses import replace as _replace
    from datetime import date as _date

    from coursebook.workbook.customers import Customer

    fields = {name: None for name in Customer.__dataclass_fields__}
    customer = Customer(**fields)  # type: ignore[arg-type]
    later = _replace(customer, last_contact=_date(2030, 12, 1))
    assert later.weeks_without_contact(_date(2026, 12, 2)) == 0
    earlier = _replace(customer, last_contact=_date(2026, 11, 1))
    assert earlier.weeks_without_contact(_date(2026, 12, 2)) == 4


def test_a_score_given_in_a_conversation_counts_as_the_last_contact(db: Database) -> None:
    from datetime import date as day

    from coursebook.workbook.core import Workbook

    workbook = Workbook(db)
    spoken = workbook.add_customer("Gesproken").value
    survey = workbook.add_customer("Enquête").value
    workbook.add_score(spoken, 9, day(2026, 11, 2), day(2026, 11, 25), contact=True)
    workbook.add_score(survey, 9, day(2026, 11, 2), day(2026, 11, 25))  # a form: no contact
    assert workbook.customer(spoken).last_contact == day(2026, 11, 2)
    assert workbook.customer(survey).last_contact is None
    assert workbook.customer(spoken).latest_score == 9
