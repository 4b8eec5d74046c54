"""The course a person follows, when they started it, and small bits of state kept with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coursebook.course.model import Course, Step
from coursebook.course.schedule import current_step_number, require_monday
from coursebook.storage.database import Database
from coursebook.storage.models import EnrolmentRow, UiStateRow


@dataclass(frozen=True)
class Enrolment:
    course_id: str
    language: str
    start: date


def current_enrolment(db: Database) -> Enrolment | None:
    with db.session() as session:
        row = session.scalars(select(EnrolmentRow).order_by(EnrolmentRow.id.desc())).first()
        if row is None:
            return None
        return Enrolment(row.course_id, row.language, row.start_date)


def enrol(db: Database, course_id: str, language: str, start: date) -> Enrolment:
    """Follow `course_id` from the Monday `start` (replaces an earlier choice)."""
    require_monday(start)
    if not course_id:
        raise ValueError("a course must be chosen")
    with db.session() as session:
        row = session.scalars(select(EnrolmentRow)).first()
        if row is None:
            row = EnrolmentRow(course_id=course_id, language=language, start_date=start)
            session.add(row)
        else:
            row.course_id, row.language, row.start_date = course_id, language, start
    return Enrolment(course_id, language, start)


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
