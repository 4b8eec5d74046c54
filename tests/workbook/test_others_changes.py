"""A shared workbook tells each Coursebook what the others changed (LISTEN/NOTIFY), as the
same `Changes` a view hears of its own edits; its own changes are not told back."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from coursebook.workbook.changes import Changes, heard_from_others
from coursebook.workbook.core import Workbook
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey
from tests.server import admin_url, fresh_database

TODAY = date(2026, 12, 2)


def test_notifications_become_the_changes_views_know() -> None:
    heard = heard_from_others(["action second", "call_note second", "customer", "course_run"])
    assert heard.customers and heard.runs
    assert heard.step_redraw("second") and not heard.step_redraw("first")
    assert heard_from_others([]) == Changes()


@pytest.mark.skipif(admin_url() is None, reason="no PostgreSQL server given")
def test_what_another_person_changes_is_heard_and_ones_own_is_not() -> None:
    with fresh_database() as url:
        mine, theirs = Workbook.open_server(url), Workbook.open_server(url)
        run = start_run(mine.db, "sample", "en", date(2026, 11, 23))
        heard: list[Changes] = []
        arrived = threading.Event()

        def hear(changes: Changes) -> None:
            heard.append(changes)
            arrived.set()

        stop = mine.listen_for_others(hear)
        assert stop is not None
        try:
            mine.add_action(TaskKey(run.id, "sample", "second", "actions"), TODAY)  # my own
            theirs.add_customer("Bram Fietsen")
            assert arrived.wait(10), "nothing heard"
            arrived.clear()
            theirs.add_action(TaskKey(run.id, "sample", "third", "actions"), TODAY)
            assert arrived.wait(10)
        finally:
            stop()
            mine.close()
            theirs.close()
        together = heard[0]
        for more in heard[1:]:
            together = together | more
        assert together.customers and together.step_redraw("third")
        assert not together.step_redraw("second")  # my own action was not told back
