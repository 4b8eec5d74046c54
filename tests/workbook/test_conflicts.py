"""Two people editing the same action: the later save is refused, and neither text is lost.
On PostgreSQL, two connections (two Workbooks) to one database; on a file, the same."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coursebook.storage.database import Database
from coursebook.storage.server import open_server_database
from coursebook.workbook.actions import list_actions
from coursebook.workbook.conflicts import EditConflict
from coursebook.workbook.core import Workbook
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.versions import TextRef

KEY = TaskKey(1, "sample", "second", "actions")
TODAY = date(2026, 12, 2)


def second_connection(db: Database) -> Workbook:
    """Another person's Coursebook on the same database."""
    if db.server is not None:
        return Workbook(open_server_database(db.engine.url.render_as_string(False)))
    from coursebook.storage.database import open_database

    return Workbook(open_database(db.path))


def test_the_later_save_of_the_same_action_is_refused_and_both_texts_kept(db: Database) -> None:
    anna, bram = Workbook(db), second_connection(db)
    anna.author, bram.author = "Anna", "Bram"
    anna.clock = lambda: datetime(2026, 12, 2, 14, 2)
    bram.clock = lambda: datetime(2026, 12, 2, 14, 5)
    try:
        action = anna.add_action(KEY, TODAY).value
        assert action.version == 1
        # Both open the step and see version 1; Anna saves first.
        saved = anna.update_action(action.id, today=TODAY, text="Bel Dirk terug", based_on=1)
        assert saved.value.version == 2 and saved.value.changed_by == "Anna"
        with pytest.raises(EditConflict) as caught:
            bram.update_action(action.id, today=TODAY, text="Mail Dirk de offerte", based_on=1)
        conflict = caught.value
        assert (conflict.mine, conflict.theirs) == ("Mail Dirk de offerte", "Bel Dirk terug")
        assert conflict.by == "Anna" and conflict.at == datetime(2026, 12, 2, 14, 2)
        assert conflict.version == 2
        # Nothing was overwritten, and Bram's text is kept among the versions.
        (now,) = list_actions(db, KEY)
        assert now.text == "Bel Dirk terug" and now.version == 2
        kept = [v.text for v in bram.versions(TextRef.action(action.id))]
        assert kept[0] == "Bel Dirk terug" and "Mail Dirk de offerte" in kept
        # Bram chooses, knowing Anna's text: saving based on version 2 goes through.
        both = "Bel Dirk terug; mail hem daarna de offerte"
        chosen = bram.update_action(action.id, today=TODAY, text=both, based_on=2).value
        assert chosen.text == both and chosen.version == 3 and chosen.changed_by == "Bram"
        # The same text typed by both is no conflict; a save without `based_on` is as before.
        assert anna.update_action(action.id, today=TODAY, text=both, based_on=2).value
        assert anna.update_action(action.id, today=TODAY, done=True).value.done
    finally:
        bram.close()


def test_ticking_an_action_off_or_moving_its_date_is_no_conflict_for_its_text(
    db: Database,
) -> None:
    anna, bram = Workbook(db), second_connection(db)
    try:
        action = anna.add_action(KEY, TODAY).value
        anna.update_action(action.id, today=TODAY, done=True)
        anna.update_action(action.id, today=TODAY, due=date(2026, 12, 4))
        saved = bram.update_action(action.id, today=TODAY, text="Offerte sturen", based_on=1)
        assert saved.value.text == "Offerte sturen" and saved.value.version == 2
        assert saved.value.done and saved.value.due == date(2026, 12, 4)
    finally:
        bram.close()


def test_the_later_save_of_the_same_answer_is_refused_and_both_texts_kept(
    db: Database,
) -> None:
    from coursebook.workbook.calls import get_call

    calls_key = TaskKey(1, "sample", "second", "calls")
    anna, bram = Workbook(db), second_connection(db)
    anna.author, bram.author = "Anna", "Bram"
    try:
        call = anna.add_call(calls_key, TODAY).value
        assert call.answer_version(0) == 0  # nothing written yet
        assert anna.set_answer(calls_key, call.id, 0, "De snelle service", based_on=0).value == 1
        with pytest.raises(EditConflict) as caught:
            bram.set_answer(calls_key, call.id, 0, "Jullie bellen altijd terug", based_on=0)
        conflict = caught.value
        assert (conflict.what, conflict.part, conflict.by) == ("answer", 0, "Anna")
        assert (conflict.theirs, conflict.mine, conflict.version) == (
            "De snelle service",
            "Jullie bellen altijd terug",
            1,
        )
        assert get_call(db, call.id).answer(0) == "De snelle service"
        kept = [v.text for v in bram.versions(TextRef.call_answer(call.id, 0))]
        assert "Jullie bellen altijd terug" in kept
        both = "De snelle service; jullie bellen altijd terug"
        assert bram.set_answer(calls_key, call.id, 0, both, based_on=1).value == 2
        assert get_call(db, call.id).answer(0) == both
        assert get_call(db, call.id).answer_version(0) == 2
        # Another question of the same call is another text: no conflict there.
        assert anna.set_answer(calls_key, call.id, 1, "Niets", based_on=0).value == 1
    finally:
        bram.close()


def test_two_people_changing_the_same_detail_of_a_customer(db: Database) -> None:
    from coursebook.workbook.customers import detail_values

    anna, bram = Workbook(db), second_connection(db)
    anna.author, bram.author = "Anna", "Bram"
    anna.clock = lambda: datetime(2026, 12, 2, 14, 2)
    try:
        cid = anna.add_customer("Dirk Garage").value
        seen = detail_values(anna.customer(cid))  # both have the details on screen
        anna.update_customer(cid, phone="06-1111", expected={"phone": seen["phone"]})
        with pytest.raises(EditConflict) as caught:
            bram.update_customer(cid, phone="06-2222", expected={"phone": seen["phone"]})
        conflict = caught.value
        assert (conflict.what, conflict.field, conflict.by) == ("customer", "phone", "Anna")
        assert (conflict.theirs, conflict.mine) == ("06-1111", "06-2222")
        assert conflict.at == datetime(2026, 12, 2, 14, 2)
        assert anna.customer(cid).phone == "06-1111"  # not overwritten
        # Another detail is no conflict, and neither is typing the same.
        bram.update_customer(cid, email="dirk@garage.nl", expected={"email": seen["email"]})
        bram.update_customer(cid, phone="06-1111", expected={"phone": seen["phone"]})
        chosen = bram.update_customer(cid, phone="06-2222", expected={"phone": "06-1111"})
        assert chosen.value.phone == "06-2222" and chosen.value.email == "dirk@garage.nl"
    finally:
        bram.close()


def test_the_notes_of_a_call_are_not_overwritten_either(db: Database) -> None:
    from coursebook.workbook.calls import get_call

    calls_key = TaskKey(1, "sample", "second", "calls")
    anna, bram = Workbook(db), second_connection(db)
    try:
        call = anna.add_call(calls_key, TODAY).value
        anna.update_call(call.id, today=TODAY, notes="Terugbellen in maart", notes_typed_over="")
        with pytest.raises(EditConflict) as caught:
            bram.update_call(call.id, today=TODAY, notes="Offerte sturen", notes_typed_over="")
        assert (caught.value.what, caught.value.theirs) == ("notes", "Terugbellen in maart")
        assert get_call(db, call.id).notes == "Terugbellen in maart"
        both = "Terugbellen in maart; offerte sturen"
        kept = bram.update_call(
            call.id, today=TODAY, notes=both, notes_typed_over="Terugbellen in maart"
        )
        assert kept.value.notes == both
    finally:
        bram.close()
