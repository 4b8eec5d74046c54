"""People in a shared workbook: each follows the course in a run of their own, while the
register, calls and actions are shared, and each call and action says who wrote it."""

from __future__ import annotations

from datetime import date

from coursebook.storage.database import Database
from coursebook.workbook.calls import get_call
from coursebook.workbook.core import Workbook
from coursebook.workbook.runs import list_runs, start_run
from coursebook.workbook.task_key import TaskKey
from tests.shared import anna_and_bram

TODAY = date(2026, 12, 2)
MONDAY = date(2026, 11, 30)


def test_each_person_has_runs_of_their_own_and_sees_the_shared_ones(db: Database) -> None:
    # The fixture's run (1) is from before the workbook was shared: nobody's in particular.
    anna, bram = anna_and_bram(db)
    mine = anna.start_run("sample", "en", MONDAY).value
    theirs = bram.start_run("sample", "en", MONDAY).value
    assert mine.person == "Anna" and theirs.person == "Bram"
    assert [r.id for r in anna.runs()] == [1, mine.id]
    assert [r.id for r in bram.runs()] == [1, theirs.id]
    assert anna.current_run() == mine and bram.current_run() == theirs  # each their own
    anna.switch_run(1)
    assert anna.current_run().id == 1 and bram.current_run() == theirs  # type: ignore[union-attr]
    assert {r.id for r in anna.everyones_runs()} == {1, mine.id, theirs.id}
    assert [r.number for r in list_runs(db)] == [1, 1, 1]  # each person's first time
    assert Workbook(db).runs() == list_runs(db)  # a file: one person, every run


def test_calls_and_actions_say_who_wrote_them(db: Database) -> None:
    anna, bram = anna_and_bram(db)
    calls_key = TaskKey(1, "sample", "second", "calls")
    call = anna.add_call(calls_key, TODAY).value
    anna.set_answer(calls_key, call.id, 0, "Tevreden over de levering")
    bram.set_answer(calls_key, call.id, 1, "Graag vaker bellen")
    assert get_call(db, call.id).written_by == "Anna"  # the first to write in it
    action = bram.add_action(TaskKey(1, "sample", "second", "actions"), TODAY).value
    saved = bram.update_action(action.id, today=TODAY, text="Elke maand bellen").value
    assert saved.written_by == "Bram"
    later = anna.update_action(action.id, today=TODAY, text="Elke maand bellen!").value
    assert (later.written_by, later.changed_by) == ("Bram", "Anna")
    start_run(db, "sample", "en", MONDAY)  # and a file's run is nobody's
    assert list_runs(db)[-1].person == ""


def test_the_nps_of_one_persons_calls(db: Database) -> None:
    from coursebook.workbook.customers import add_customer, add_score
    from coursebook.workbook.nps import net_promoter_score

    anna, bram = anna_and_bram(db)
    key = TaskKey(1, "sample", "second", "calls")
    for who, name, score in ((anna, "Dirk", 9), (anna, "Eva", 10), (bram, "Frits", 3)):
        call = who.add_call(key, TODAY).value
        who.update_call(call.id, today=TODAY, customer=name, score=score)
    add_score(db, add_customer(db, "Gerda"), 7, TODAY, TODAY, source="import")  # nobody's
    team = net_promoter_score(anna.score_history())
    assert (team.promoters, team.passives, team.detractors) == (2, 1, 1)
    annas = net_promoter_score(anna.score_history(written_by="Anna"))
    assert (annas.promoters, annas.detractors, annas.score) == (2, 0, 100)
    brams = net_promoter_score(anna.score_history(written_by="Bram"))
    assert (brams.detractors, brams.score) == (1, -100)
