"""The course a person follows, when they started it, and small bits of state kept with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coursebook.course.schedule import require_monday
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
