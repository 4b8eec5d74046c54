"""Checklists: which items of a step's checklist are ticked, and since when."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from coursebook.storage.database import Database
from coursebook.storage.models import ChecklistTickRow
from coursebook.workbook.task_key import TaskKey, in_task


def ticked_items(db: Database, key: TaskKey) -> set[int]:
    with db.session() as session:
        return set(
            session.scalars(
                select(ChecklistTickRow.item_index).where(*in_task(ChecklistTickRow, key))
            )
        )


def set_ticked(db: Database, key: TaskKey, index: int, ticked: bool, today: date) -> None:
    with db.session() as session:
        row = session.get(ChecklistTickRow, (key.run_id, key.step_id, key.task_id, index))
        if ticked and row is None:
            session.add(
                ChecklistTickRow(
                    run_id=key.run_id,
                    course_id=key.course_id,
                    step_id=key.step_id,
                    task_id=key.task_id,
                    item_index=index,
                    done_on=today,
                )
            )
        elif not ticked and row is not None:
            session.delete(row)
