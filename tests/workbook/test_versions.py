"""Versions of texts: one per editing session, bounded history, restore as a new version."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from coursebook.storage.database import Database
from coursebook.storage.models import TextVersionRow
from coursebook.workbook.calls import get_call
from coursebook.workbook.core import Workbook
from coursebook.workbook.reflections import get_reflection
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.versions import TextRef

KEY = TaskKey(1, "sample", "step-1", "reflect")
START = datetime(2026, 11, 23, 9, 0)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def wait(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def wb(db: Database, clock: Clock) -> Workbook:
    workbook = Workbook(db)
    workbook.clock = clock
    return workbook


def texts(wb: Workbook, ref: TextRef) -> list[str]:
    return [version.text for version in wb.versions(ref)]


def test_three_versions_of_a_reflection_and_the_first_restored(wb: Workbook, clock: Clock) -> None:
    ref = TextRef.reflection(KEY)
    for draft in ("First thoughts.", "Second, after the calls.", "Third: the plan."):
        wb.save_reflection(KEY, draft)
        clock.wait(hours=2)
    versions = wb.versions(ref)
    assert [v.text for v in versions] == [
        "Third: the plan.",
        "Second, after the calls.",
        "First thoughts.",
    ]
    first = versions[-1]
    assert first.saved_at == START

    outcome = wb.restore_version(ref, first.id)
    assert outcome.value == "First thoughts."
    assert outcome.changes.work == {"step-1"}
    assert get_reflection(wb.db, KEY) == "First thoughts."


def test_typing_within_a_few_minutes_is_one_version(wb: Workbook, clock: Clock) -> None:
    ref = TextRef.reflection(KEY)
    for typed in ("W", "We", "We c", "We called", "We called six customers."):
        wb.save_reflection(KEY, typed)
        clock.wait(seconds=40)
    assert texts(wb, ref) == ["We called six customers."]
    clock.wait(minutes=30)  # back after a break: a new session
    wb.save_reflection(KEY, "We called six customers. Two were surprised.")
    assert texts(wb, ref) == [
        "We called six customers. Two were surprised.",
        "We called six customers.",
    ]


def test_a_long_session_still_leaves_stops_on_the_way(wb: Workbook, clock: Clock) -> None:
    ref = TextRef.reflection(KEY)
    for minute in range(0, 150, 2):  # two and a half hours of steady writing
        wb.save_reflection(KEY, f"draft at minute {minute}")
        clock.wait(minutes=2)
    assert len(wb.versions(ref)) == 3  # a new version each hour


def test_a_restore_is_a_version_of_its_own_and_the_text_before_it_is_kept(
    wb: Workbook, clock: Clock
) -> None:
    ref = TextRef.reflection(KEY)
    wb.save_reflection(KEY, "old")
    clock.wait(hours=1)
    wb.save_reflection(KEY, "new")
    old = wb.versions(ref)[-1]
    clock.wait(minutes=1)  # well within the coalescing window
    wb.restore_version(ref, old.id)
    versions = wb.versions(ref)
    assert [v.text for v in versions] == ["old", "new", "old"]
    assert versions[0].restored_from == old.saved_at
    clock.wait(minutes=1)
    wb.save_reflection(KEY, "old, edited")  # typing after a restore does not overwrite it
    assert texts(wb, ref) == ["old, edited", "old", "new", "old"]


def test_text_written_before_versions_were_kept_is_kept_at_the_first_edit(
    wb: Workbook, db: Database
) -> None:
    wb.save_reflection(KEY, "written long ago")
    with db.session() as session:  # as a workbook made before versions has it
        session.execute(text("DELETE FROM text_version"))
    wb.save_reflection(KEY, "written today")
    assert texts(wb, TextRef.reflection(KEY)) == ["written today", "written long ago"]


def test_history_is_bounded(wb: Workbook, db: Database, clock: Clock) -> None:
    """Every version of the last day, one an hour for a week, one a day after that."""
    ref = TextRef.reflection(KEY)
    for n in range(12 * 32):  # twelve days, every 45 minutes
        wb.save_reflection(KEY, f"version {n}")
        clock.wait(minutes=45)
    kept = [v.saved_at for v in wb.versions(ref)]
    now = kept[0]  # the history was last thinned when the newest version was saved
    last_day = [at for at in kept if now - at <= timedelta(days=1)]
    week = [at for at in kept if timedelta(days=1) < now - at <= timedelta(days=7)]
    older = [at for at in kept if now - at > timedelta(days=7)]
    assert len(last_day) == 33  # all of them
    assert len({at.replace(minute=0) for at in week}) == len(week)  # at most one an hour
    assert 6 * 24 - 2 <= len(week) <= 6 * 24 + 1  # as there was a version in every hour
    assert len({at.date() for at in older}) == len(older)  # at most one a day
    assert 4 <= len(older) <= 6
    with db.session() as session:
        count = session.scalar(select(func.count()).select_from(TextVersionRow))
    assert count == len(kept) < 190  # of 384 saves


def test_every_kind_of_text_keeps_versions_and_restores(wb: Workbook, clock: Clock) -> None:
    today = clock().date()
    calls = TaskKey(1, "sample", "step-1", "calls")
    call = wb.add_call(calls, today).value
    action = wb.add_action(TaskKey(1, "sample", "step-1", "actions"), today).value
    customer = wb.add_customer("Bakkerij De Zon").value
    writes = {
        TextRef.call_answer(call.id, 0): lambda t: wb.set_answer(calls, call.id, 0, t),
        TextRef.call_notes(call.id): lambda t: wb.update_call(call.id, today=today, notes=t),
        TextRef.action(action.id): lambda t: wb.update_action(action.id, today=today, text=t),
        TextRef.customer_notes(customer): lambda t: wb.update_customer(customer, notes=t),
    }
    for ref, write in writes.items():
        write("first")
        clock.wait(hours=1)
        write("second")
        clock.wait(hours=1)
        assert texts(wb, ref) == ["second", "first"], ref
        wb.restore_version(ref, wb.versions(ref)[-1].id)
        assert texts(wb, ref) == ["first", "second", "first"], ref
    assert get_call(wb.db, call.id).answer(0) == "first"
    assert get_call(wb.db, call.id).notes == "first"
    assert wb.customer(customer).notes == "first"


def test_a_version_of_a_removed_call_cannot_be_restored(wb: Workbook, clock: Clock) -> None:
    calls = TaskKey(1, "sample", "step-1", "calls")
    call = wb.add_call(calls, date(2026, 11, 23)).value
    wb.set_answer(calls, call.id, 0, "kind words")
    ref = TextRef.call_answer(call.id, 0)
    version = wb.versions(ref)[0]
    wb.delete_call(call.id)
    with pytest.raises(LookupError):
        wb.restore_version(ref, version.id)


def test_a_text_written_in_one_sitting_is_stored_once(wb: Workbook, db: Database) -> None:
    wb.save_reflection(KEY, "Written in one go, and long enough to notice twice.")
    with db.session() as session:
        stored = session.scalars(select(TextVersionRow.text)).all()
    assert stored == [None]  # the version points at the text as it is now
    assert texts(wb, TextRef.reflection(KEY)) == [
        "Written in one go, and long enough to notice twice."
    ]


def test_the_daily_tidy_thins_texts_no_longer_edited(
    wb: Workbook, db: Database, clock: Clock
) -> None:
    ref = TextRef.reflection(KEY)
    for n in range(24):  # a day and a night of drafts, from 9:00 to 8:30 the next day
        wb.save_reflection(KEY, f"draft {n}")
        clock.wait(minutes=30 if n % 2 else 90)
    made = len(wb.versions(ref))
    assert made == 24  # half an hour apart is more than the minutes that coalesce
    assert wb.tidy() == 0
    assert len(wb.versions(ref)) == made  # all from today: all kept
    clock.wait(days=10)  # never edited again; the tidy of each day comes by
    for _day in range(10):
        wb.tidy()
        clock.wait(days=1)
    kept = wb.versions(ref)
    assert [v.saved_at.date() for v in kept] == [date(2026, 11, 24), date(2026, 11, 23)]
    assert kept[0].text == "draft 23"  # the text as it is now, always
    assert kept[1].text == "draft 14"  # the last of the first day (23:00)
