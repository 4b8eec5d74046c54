"""Reflections: what the person writes in their own words, in Markdown."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, select

from coursebook.storage.database import Database
from coursebook.storage.models import ReflectionRow
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.validation import check_text


def _matches(key: TaskKey) -> tuple[ColumnElement[bool], ...]:
    return (
        ReflectionRow.course_id == key.course_id,
        ReflectionRow.step_id == key.step_id,
        ReflectionRow.task_id == key.task_id,
    )


def get_reflection(db: Database, key: TaskKey) -> str:
    with db.session() as session:
        row = session.scalars(select(ReflectionRow).where(*_matches(key))).first()
        return "" if row is None else row.text


def save_reflection(db: Database, key: TaskKey, text: str) -> None:
    text = check_text("reflection", text)
    with db.session() as session:
        row = session.scalars(select(ReflectionRow).where(*_matches(key))).first()
        if row is None:
            session.add(
                ReflectionRow(
                    course_id=key.course_id, step_id=key.step_id, task_id=key.task_id, text=text
                )
            )
        elif row.text != text:
            row.text = text
            row.updated_at = datetime.now()
