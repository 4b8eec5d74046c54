from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coursebook.course.schedule import NotAMondayError
from coursebook.storage.database import open_database
from coursebook.workbook.runs import (
    change_run,
    current_run,
    get_state,
    list_runs,
    set_state,
    start_run,
    switch_run,
)


def test_runs_are_kept_across_restarts_and_a_second_run_leaves_the_first(
    data_dir: Path,
) -> None:
    path = data_dir / "coursebook.sqlite3"
    db = open_database(path)
    assert current_run(db) is None
    first = start_run(db, "sample", "en", date(2026, 11, 23))
    db.close()
    db = open_database(path)
    assert current_run(db) == first
    assert (first.course_id, first.language, first.start, first.number) == (
        "sample",
        "en",
        date(2026, 11, 23),
        1,
    )
    again = start_run(db, "sample", "en", date(2027, 3, 1))
    other = start_run(db, "other", "nl", date(2027, 3, 8))
    assert current_run(db) == other
    assert [(r.id, r.number) for r in list_runs(db)] == [
        (first.id, 1),
        (again.id, 2),
        (other.id, 1),
    ]
    assert switch_run(db, first.id) == first and current_run(db) == first
    moved = change_run(db, first.id, language="nl", start=date(2026, 11, 30))
    assert (moved.language, moved.start) == ("nl", date(2026, 11, 30))
    with pytest.raises(NotAMondayError):
        change_run(db, first.id, start=date(2026, 12, 2))
    db.close()


def test_enrolment_refuses_a_start_that_is_not_a_monday(data_dir: Path) -> None:
    db = open_database(data_dir / "coursebook.sqlite3")
    with pytest.raises(NotAMondayError):
        start_run(db, "sample", "en", date(2026, 11, 25))
    assert current_run(db) is None
    db.close()


def test_ui_state_values(data_dir: Path) -> None:
    db = open_database(data_dir / "coursebook.sqlite3")
    assert get_state(db, "last_step:sample") is None
    set_state(db, "last_step:sample", "second")
    set_state(db, "last_step:sample", "third")
    assert get_state(db, "last_step:sample") == "third"
    db.close()


def test_the_step_to_open_at_start() -> None:
    from coursebook.course.catalog import Catalog
    from coursebook.workbook.runs import current_step, step_to_open
    from tests.conftest import SAMPLE_COURSE

    loaded = Catalog.discover(SAMPLE_COURSE).course("sample", "en")
    assert loaded is not None and loaded.course is not None
    course = loaded.course
    start = date(2026, 11, 23)
    wednesday = date(2026, 12, 2)  # in the week of step 2
    this_week = current_step(course, start, wednesday)
    assert this_week.number == 2
    assert current_step(course, start, date(2026, 11, 1)).number == 1  # before the start
    first = course.steps[0].id
    # The step opened last time comes back, within the same week…
    assert step_to_open(course, start, wednesday, first, this_week.id).id == first
    # …but a new week opens the new week's step.
    assert step_to_open(course, start, wednesday, first, first).id == this_week.id
    assert step_to_open(course, start, wednesday, None, None).id == this_week.id
    assert step_to_open(course, start, wednesday, "gone", this_week.id).id == this_week.id


def test_a_start_far_in_the_future_or_past_is_refused_where_it_is_entered(
    data_dir: Path,
) -> None:
    from coursebook.workbook.validation import Field, InvalidInput, Problem

    db = open_database(data_dir / "coursebook.sqlite3")
    try:
        for start in (date(9999, 12, 27), date(1900, 1, 1)):  # Mondays, both
            with pytest.raises(InvalidInput) as caught:
                start_run(db, "sample", "en", start)
            assert (caught.value.field, caught.value.problem) == (
                Field.START_DATE,
                Problem.DATE_RANGE,
            )
        assert current_run(db) is None  # nothing was stored
    finally:
        db.close()
