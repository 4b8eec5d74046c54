from __future__ import annotations

from datetime import date
from pathlib import Path

from coursebook.paths import resolve_data_paths
from coursebook.workbook.changes import EVERYTHING, NOTHING, Changes
from coursebook.workbook.core import Workbook
from coursebook.workbook.task_key import TaskKey

TODAY = date(2026, 12, 2)
CALLS = TaskKey(1, "sample", "second", "calls")


def test_changes_combine_and_say_what_to_redraw() -> None:
    typed = Changes.of(work=["second"])
    planned = Changes.of(calls=["third"], customers=True)
    both = typed | planned
    assert both.work == {"second", "third"} and both.calls == {"third"}
    assert both.progress and both.register
    assert not typed.register and not typed.step_redraw("second")  # typing redraws no forms
    assert planned.step_redraw("third") and not planned.step_redraw("second")
    assert EVERYTHING.step_redraw("any") and EVERYTHING.register and EVERYTHING.progress
    assert not NOTHING and both


def test_every_write_says_what_it_changed(data_dir: Path) -> None:
    workbook = Workbook.open(resolve_data_paths(data_dir), today=TODAY)
    try:
        started = workbook.start_run("sample", "en", date(2026, 11, 23))
        assert started.changes.runs and started.value.id == CALLS.run_id
        added = workbook.add_call(CALLS, TODAY)
        assert added.changes.calls == {"second"} and not added.changes.register
        named = workbook.update_call(added.value.id, today=TODAY, customer="Özdemir")
        assert named.changes.register and named.changes.work == {"second"}
        noted = workbook.update_call(added.value.id, today=TODAY, notes="call back")
        assert not noted.changes.register  # notes do not show in the register
        answered = workbook.set_answer(CALLS, added.value.id, 0, "fine")
        assert answered.changes == Changes.of(work=["second"])
        removed = workbook.delete_call(added.value.id)
        assert removed.changes.calls == {"second"} and removed.changes.register
        again = workbook.start_run("sample", "en", date(2027, 3, 1))
        assert again.changes.runs and again.value.number == 2
        assert workbook.current_run() == again.value
    finally:
        workbook.close()
