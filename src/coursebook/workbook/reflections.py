"""Reflections: what the person writes in their own words, in Markdown."""

from __future__ import annotations

from sqlalchemy import select

from coursebook.storage.database import Database
from coursebook.storage.models import ReflectionRow
from coursebook.workbook.task_key import TaskKey, in_task
from coursebook.workbook.validation import Field, check_text
from coursebook.workbook.versions import Edit, TextRef, record


def get_reflection(db: Database, key: TaskKey) -> str:
    with db.session() as session:
        row = session.scalars(select(ReflectionRow).where(*in_task(ReflectionRow, key))).first()
        return "" if row is None else row.text


def save_reflection(db: Database, key: TaskKey, text: str, edit: Edit | None = None) -> None:
    text = check_text(Field.REFLECTION, text)
    edit = edit or Edit.now()
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
            record(session, TextRef.reflection(key).subject, "", text, edit)
        elif row.text != text:
            record(session, TextRef.reflection(key).subject, row.text, text, edit)
            row.text = text
            row.updated_at = edit.at
