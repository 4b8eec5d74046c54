"""Runs of a course: the course a person follows, from which Monday, and again next quarter.

Each run has its own calls, actions, reflections and ticks; earlier runs stay as they were,
readable and searchable. One run is shown in the window (the current run); small bits of
window state that belong to the work (the step open last) are kept per run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coursebook.course.model import Course, Step
from coursebook.course.schedule import current_step_number, require_monday
from coursebook.storage.database import Database
from coursebook.storage.models import RunRow, UiStateRow, require
from coursebook.workbook.validation import Field, check_date

CURRENT_RUN = "current_run"


@dataclass(frozen=True)
class Run:
    id: int
    course_id: str
    language: str
    start: date
    number: int = 1  # the first, second, … run of this course
    person: str = ""  # whose run, in a shared workbook ("": nobody in particular)


def list_runs(db: Database, person: str = "") -> list[Run]:
    """Every run, oldest first, numbered per course. With `person` (a shared workbook):
    theirs, and those of nobody in particular (work from before it was shared)."""
    with db.session() as session:
        query = select(RunRow).order_by(RunRow.start_date, RunRow.id)
        if person:
            query = query.where(RunRow.person.in_((person, "")))
        rows = session.scalars(query).all()
        counted: dict[tuple[str, str], int] = {}  # per course, and per person if shared
        runs = []
        for row in rows:
            whose = (row.course_id, row.person or "")
            counted[whose] = counted.get(whose, 0) + 1
            runs.append(
                Run(
                    row.id,
                    row.course_id,
                    row.language,
                    row.start_date,
                    counted[whose],
                    row.person or "",
                )
            )
        return sorted(runs, key=lambda run: run.id)


def _current_key(person: str) -> str:
    """Which run is shown is each person's own choice in a shared workbook."""
    return f"{CURRENT_RUN}:{person}" if person else CURRENT_RUN


def current_run(db: Database, person: str = "") -> Run | None:
    """The run shown in the window: the one chosen last, else the newest (of `person`'s,
    in a shared workbook: their own newest before one of nobody in particular)."""
    runs = list_runs(db, person)
    if not runs:
        return None
    chosen = get_state(db, _current_key(person))
    newest = next((r for r in reversed(runs) if r.person == person), runs[-1])
    return next((r for r in runs if str(r.id) == chosen), newest)


def run_of(db: Database, run_id: int) -> Run:
    run = next((r for r in list_runs(db) if r.id == run_id), None)
    if run is None:
        raise LookupError(f"run {run_id} does not exist")
    return run


def start_run(db: Database, course_id: str, language: str, start: date, person: str = "") -> Run:
    """Follow `course_id` (again) from the Monday `start`: a new run (`person`'s, in a
    shared workbook), shown from now on. Earlier runs and their work stay as they are."""
    require_monday(check_date(Field.START_DATE, start, date.today()))
    if not course_id:
        raise ValueError("a course must be chosen")
    with db.session() as session:
        row = RunRow(course_id=course_id, language=language, start_date=start, person=person)
        session.add(row)
        session.flush()
        run_id = row.id
    return switch_run(db, run_id, person)


def switch_run(db: Database, run_id: int, person: str = "") -> Run:
    """Show the run `run_id` in the window from now on (`person`'s window, if shared)."""
    run = run_of(db, run_id)
    set_state(db, _current_key(person), str(run.id))
    return run


def change_run(
    db: Database, run_id: int, *, language: str | None = None, start: date | None = None
) -> Run:
    """Read a run in another language of its course, or move its start Monday."""
    if start is not None:
        require_monday(check_date(Field.START_DATE, start, date.today()))
    with db.session() as session:
        row = require(session, RunRow, run_id, "run")
        if language is not None:
            row.language = language
        if start is not None:
            row.start_date = start
    return run_of(db, run_id)


def get_state(db: Database, key: str) -> str | None:
    with db.session() as session:
        row = session.get(UiStateRow, key)
        return None if row is None else row.value


def set_state(db: Database, key: str, value: str) -> None:
    with db.session() as session:
        row = session.get(UiStateRow, key)
        if row is None:
            session.add(UiStateRow(key=key, value=value))
        else:
            row.value = value


def current_step(course: Course, start: date, today: date) -> Step:
    """This week's step, or the nearest step before it (a step file may be missing)."""
    assert course.steps, "a course without steps has no current step"
    number = current_step_number(start, course.steps[-1].number, today)
    earlier = [s for s in course.steps if s.number <= number]
    return earlier[-1] if earlier else course.steps[0]


def step_to_open(
    course: Course, start: date, today: date, last: str | None, last_current: str | None
) -> Step:
    """The step to show at start: the one opened last time (`last`), unless a new week has
    begun since (`last_current`, this week's step then, is no longer this week's step)."""
    current = current_step(course, start, today)
    if last is not None and last_current == current.id:
        return course.step(last) or current
    return current
