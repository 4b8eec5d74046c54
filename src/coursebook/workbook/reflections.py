"""Reflections: what the person writes in their own words, in Markdown."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from coursebook.storage.database import Database
from coursebook.storage.models import ReflectionRow
from coursebook.workbook.task_key import TaskKey, in_task
from coursebook.workbook.validation import Field, check_text


def get_reflection(db: Database, key: TaskKey) -> str:
    with db.session() as session:
        row = session.scalars(select(ReflectionRow).where(*in_task(ReflectionRow, key))).first()
        return "" if row is None else row.text


def save_reflection(db: Database, key: TaskKey, text: str) -> None:
    text = check_text(Field.REFLECTION, text)
    with db.session() as session:
        row = session.scalars(select(ReflectionRow).where(*in_task(ReflectionRow, key))).first()
        if row is None:
            session.add(
                ReflectionRow(
                    run_id=key.run_id,
                    course_id=key.course_id,
                    step_id=key.step_id,
                    task_id=key.task_id,
                    text=text,
                )
            )
        elif row.text != text:
            row.text = text
            row.updated_at = datetime.now()
