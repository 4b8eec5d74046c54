"""Two Coursebook processes on one PostgreSQL database at the same time: what both write
is there afterwards."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from coursebook.workbook.calls import list_calls
from coursebook.workbook.core import Workbook
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey
from tests.server import admin_url, fresh_database

pytestmark = pytest.mark.skipif(admin_url() is None, reason="no PostgreSQL server given")

CALLS_EACH = 25
WRITER = """
import sys
from datetime import date
from coursebook.workbook.core import Workbook
from coursebook.workbook.task_key import TaskKey

url, run_id, customer, who, count = sys.argv[1:6]
workbook = Workbook.open_server(url)
key = TaskKey(int(run_id), "sample", "second", "calls")
today = date(2026, 12, 2)
print("ready", flush=True)
sys.stdin.readline()  # both start together
for number in range(int(count)):
    call = workbook.add_call(key, today).value
    workbook.update_call(call.id, today=today, customer=int(customer), score=8)
    workbook.set_answer(key, call.id, 0, f"{who} {number}")
workbook.close()
"""


def test_two_processes_adding_calls_for_one_customer_keep_every_call() -> None:
    with fresh_database() as url:
        workbook = Workbook.open_server(url)
        run = start_run(workbook.db, "sample", "en", date(2026, 11, 23))
        anna = workbook.add_customer("Anna Bakker").value
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, url, str(run.id), str(anna), who, str(CALLS_EACH)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for who in ("Anna's colleague", "the owner")
        ]
        for writer in writers:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        for writer in writers:  # go
            assert writer.stdin is not None
            writer.stdin.write("\n")
            writer.stdin.flush()
        for writer in writers:
            _out, err = writer.communicate(timeout=120)
            assert writer.returncode == 0, err
        key = TaskKey(run.id, "sample", "second", "calls")
        calls = list_calls(workbook.db, key)
        assert len(calls) == 2 * CALLS_EACH
        assert {c.customer_id for c in calls} == {anna}
        expected = {f"{who} {n}" for who in ("Anna's colleague", "the owner") for n in range(25)}
        assert {c.answer(0) for c in calls} == expected
        workbook.close()
