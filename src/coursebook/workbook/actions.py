"""Actions: what the person will do from now on, each with a due date and a done date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coursebook.storage.database import Database
from coursebook.storage.models import ActionRow, require
from coursebook.workbook import trash
from coursebook.workbook.conflicts import EditConflict, conflicts
from coursebook.workbook.task_key import TaskKey, in_task
from coursebook.workbook.unchanged import UNCHANGED, Unchanged
from coursebook.workbook.validation import Field, check_date, check_text
from coursebook.workbook.versions import Edit, TextRef, keep_aside, record


@dataclass(frozen=True)
class Action:
    id: int
    key: TaskKey
    position: int
    text: str
    due: date
    done_on: date | None
    version: int = 1  # raised by every save: a save says which one it changes
    changed_by: str = ""  # who saved last ("" when not known)
    written_by: str = ""  # who first wrote it, in a shared workbook

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def is_overdue(self, today: date) -> bool:
        return not self.done and bool(self.text.strip()) and self.due < today


@dataclass(frozen=True)
class DeletedAction:
    """An action moved to the trash: what it was, and its entry there (for undo)."""

    action: Action
    trash_id: int


def _to_action(row: ActionRow) -> Action:
    return Action(
        row.id,
        TaskKey(row.run_id, row.course_id, row.step_id, row.task_id),
        row.position,
        row.text,
        row.due,
        row.done_on,
        row.version or 1,
        row.changed_by or "",
        row.written_by or "",
    )


def _rows(session: Session, key: TaskKey) -> list[ActionRow]:
    return list(
        session.scalars(
            select(ActionRow)
            .where(*in_task(ActionRow, key))
            .order_by(ActionRow.position, ActionRow.id)
        )
    )


def _new_row(session: Session, key: TaskKey, due: date) -> ActionRow:
    last = session.scalar(select(func.max(ActionRow.position)).where(*in_task(ActionRow, key)))
    row = ActionRow(
        run_id=key.run_id,
        course_id=key.course_id,
        step_id=key.step_id,
        task_id=key.task_id,
        position=(last or 0) + 1,
        text="",
        due=due,
    )
    session.add(row)
    session.flush()
    return row


def list_actions(db: Database, key: TaskKey) -> list[Action]:
    with db.session() as session:
        return [_to_action(row) for row in _rows(session, key)]


def ensure_actions(db: Database, key: TaskKey, count: int, due: date) -> list[Action]:
    """The task's actions; on the first visit, `count` empty ones due on the task's day."""
    with db.session() as session:
        rows = _rows(session, key)
        if not rows:
            rows = [_new_row(session, key, due) for _ in range(count)]
        return [_to_action(row) for row in rows]


def add_action(db: Database, key: TaskKey, due: date) -> Action:
    with db.session() as session:
        return _to_action(_new_row(session, key, due))


def update_action(
    db: Database,
    action_id: int,
    *,
    today: date,
    text: str | Unchanged = UNCHANGED,
    due: date | Unchanged = UNCHANGED,
    done: bool | Unchanged = UNCHANGED,
    edit: Edit | None = None,
    based_on: int | None = None,
) -> Action:
    """Change an action; ticking it off keeps the day it was done. With `based_on` (the
    version the text was typed over), a text someone else saved meanwhile is not
    overwritten: EditConflict, and the refused text is kept among the versions."""
    edit = edit or Edit.now()
    refused: EditConflict | None = None
    with db.session() as session:
        row = require(session, ActionRow, action_id, "action", for_update=True)
        if text is not UNCHANGED:
            text = check_text(Field.ACTION, text)
        if text is not UNCHANGED and conflicts(based_on, row.version, text, row.text):
            keep_aside(session, TextRef.action(action_id).subject, text, edit)
            refused = EditConflict(
                "action", action_id, 0, text, row.text, row.changed_by, row.updated_at, row.version
            )
            text = UNCHANGED
        if text is not UNCHANGED and text != row.text:
            subject = TextRef.action(action_id).subject
            record(session, subject, row.text, text, edit, other_author=row.changed_by != edit.by)
            row.text = text
            row.version += 1
            row.changed_by = edit.by
            row.written_by = row.written_by or edit.by
        if due is not UNCHANGED:
            row.due = check_date(Field.DUE_DATE, due, today)
        if done is not UNCHANGED:
            if done and row.done_on is None:
                row.done_on = today
            elif not done:
                row.done_on = None
        if refused is None:
            row.updated_at = edit.at
        session.flush()
        action = _to_action(row)
    if refused is not None:
        raise refused
    return action


def delete_action(db: Database, action_id: int, now: datetime | None = None) -> DeletedAction:
    """Move an action to the trash."""
    with db.session() as session:
        row = require(session, ActionRow, action_id, "action")
        action = _to_action(row)
        return DeletedAction(action, trash.trash_action(session, row, now or datetime.now()))


def restore_action(db: Database, deleted: DeletedAction) -> Action:
    """Put a removed action back from the trash; LookupError when the trash lost it."""
    put_back = trash.restore(db, deleted.trash_id)
    with db.session() as session:
        return _to_action(require(session, ActionRow, put_back.ref, "action"))


def open_actions(db: Database, run_id: int | None = None) -> list[Action]:
    """Every written action not yet done, in every run of every course (or in one run),
    the earliest due first (each action's key says which run it belongs to)."""
    query = select(ActionRow).where(ActionRow.done_on.is_(None), func.trim(ActionRow.text) != "")
    if run_id is not None:
        query = query.where(ActionRow.run_id == run_id)
    with db.session() as session:
        rows = session.scalars(query.order_by(ActionRow.due, ActionRow.step_id, ActionRow.position))
        return [_to_action(row) for row in rows]
