"""Calls: conversations logged for a step's calls task, one answer per question."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coursebook.storage.database import Database
from coursebook.storage.models import CallAnswerRow, CallRow, CustomerRow, require
from coursebook.workbook import trash
from coursebook.workbook.conflicts import EditConflict, conflicts
from coursebook.workbook.customers import customer_for_name
from coursebook.workbook.task_key import TaskKey, in_task
from coursebook.workbook.unchanged import UNCHANGED, Unchanged
from coursebook.workbook.validation import (
    Field,
    InvalidInput,
    Problem,
    check_past_date,
    check_score,
    check_text,
)
from coursebook.workbook.versions import Edit, TextRef, keep_aside, record

CHANNELS = ("phone", "visit", "video", "email")


@dataclass(frozen=True)
class Call:
    id: int
    key: TaskKey
    position: int
    customer_id: int | None
    customer_name: str
    call_date: date
    channel: str
    score: int | None
    notes: str
    answers: dict[int, str]
    written_by: str = ""  # who first wrote in it, in a shared workbook
    # Each answer's version (raised by every save of a different text; 0: not written yet),
    # which a save names so as not to overwrite another person's (workbook/conflicts.py).
    answer_versions: dict[int, int] = field(default_factory=dict)

    def answer(self, index: int) -> str:
        return self.answers.get(index, "")

    def answer_version(self, index: int) -> int:
        return self.answer_versions.get(index, 0)

    @property
    def is_filled(self) -> bool:
        """Counts as a call made: something was written down or a customer was named."""
        return bool(
            any(a.strip() for a in self.answers.values())
            or self.notes.strip()
            or self.score is not None
        )


@dataclass(frozen=True)
class DeletedCall:
    """A call moved to the trash: what it was, and its entry there (for undo)."""

    call: Call
    trash_id: int


def _to_call(session: Session, row: CallRow) -> Call:
    return _to_calls(session, [row])[0]


def get_call(db: Database, call_id: int) -> Call:
    with db.session() as session:
        return _to_call(session, require(session, CallRow, call_id, "call"))


def calls_of_customer(db: Database, customer_id: int) -> list[Call]:
    """Every call with one customer, in every run, oldest first (for a request for access)."""
    with db.session() as session:
        rows = list(
            session.scalars(
                select(CallRow)
                .where(CallRow.customer_id == customer_id)
                .order_by(CallRow.call_date, CallRow.id)
            )
        )
        return _to_calls(session, rows)


def _to_calls(session: Session, rows: list[CallRow]) -> list[Call]:
    """Many calls in three queries, whatever their number (not three per call)."""
    answers: dict[int, dict[int, str]] = {row.id: {} for row in rows}
    versions: dict[int, dict[int, int]] = {row.id: {} for row in rows}
    names: dict[int, str] = {}
    ids = list(answers)
    customer_ids = sorted({row.customer_id for row in rows if row.customer_id is not None})
    for chunk in range(0, len(ids), 500):
        for answer in session.scalars(
            select(CallAnswerRow).where(CallAnswerRow.call_id.in_(ids[chunk : chunk + 500]))
        ):
            answers[answer.call_id][answer.question_index] = answer.answer
            versions[answer.call_id][answer.question_index] = answer.version or 1
    for chunk in range(0, len(customer_ids), 500):
        found = session.execute(
            select(CustomerRow.id, CustomerRow.name).where(
                CustomerRow.id.in_(customer_ids[chunk : chunk + 500])
            )
        )
        names.update((int(cid), str(name)) for cid, name in found)
    return [
        Call(
            row.id,
            TaskKey(row.run_id, row.course_id, row.step_id, row.task_id),
            row.position,
            row.customer_id,
            names.get(row.customer_id, "") if row.customer_id is not None else "",
            row.call_date,
            row.channel,
            row.score,
            row.notes,
            answers[row.id],
            row.written_by or "",
            versions[row.id],
        )
        for row in rows
    ]


def _rows(session: Session, key: TaskKey) -> list[CallRow]:
    return list(
        session.scalars(
            select(CallRow).where(*in_task(CallRow, key)).order_by(CallRow.position, CallRow.id)
        )
    )


def list_calls(db: Database, key: TaskKey) -> list[Call]:
    with db.session() as session:
        return _to_calls(session, _rows(session, key))


def _new_row(session: Session, key: TaskKey, today: date) -> CallRow:
    last = session.scalar(select(func.max(CallRow.position)).where(*in_task(CallRow, key)))
    row = CallRow(
        run_id=key.run_id,
        course_id=key.course_id,
        step_id=key.step_id,
        task_id=key.task_id,
        position=(last or 0) + 1,
        call_date=today,
        channel=CHANNELS[0],
        notes="",
    )
    session.add(row)
    session.flush()
    return row


def ensure_calls(db: Database, key: TaskKey, count: int, today: date) -> list[Call]:
    """The task's calls; on the first visit, `count` empty ones to fill in."""
    with db.session() as session:
        rows = _rows(session, key)
        if not rows:
            rows = [_new_row(session, key, today) for _ in range(count)]
        return _to_calls(session, rows)


def add_call(db: Database, key: TaskKey, today: date) -> Call:
    with db.session() as session:
        return _to_call(session, _new_row(session, key, today))


def update_call(
    db: Database,
    call_id: int,
    *,
    today: date,
    customer: int | str | Unchanged | None = UNCHANGED,
    call_date: date | Unchanged = UNCHANGED,
    channel: str | Unchanged = UNCHANGED,
    score: int | Unchanged | None = UNCHANGED,
    notes: str | Unchanged = UNCHANGED,
    edit: Edit | None = None,
    notes_typed_over: str | None = None,
) -> Call:
    """Change the given fields of a call. `customer` is a customer's id (picked from the
    register), or a typed name: the customer with that name (same `identity.text_key`), added
    when there is none. `notes_typed_over`: the notes as they were when the person began to
    change them; another person's notes saved since are EditConflict, nothing changed."""
    with db.session() as session:
        row = require(session, CallRow, call_id, "call", for_update=True)
        if notes is not UNCHANGED and notes_typed_over is not None:
            mine = check_text(Field.NOTES, notes)
            if notes_typed_over != row.notes != mine:
                # Who saved the notes last is not kept: "someone else".
                raise EditConflict("notes", call_id, 0, mine, row.notes, "", row.updated_at, 0)
        if isinstance(customer, int):
            row.customer_id = require(session, CustomerRow, customer, "customer").id
        elif customer is not UNCHANGED:
            row.customer_id = (
                customer_for_name(session, customer).id
                if customer is not None and customer.strip()
                else None
            )
        if call_date is not UNCHANGED:
            row.call_date = check_past_date(Field.DATE, call_date, today)
        if channel is not UNCHANGED:
            if channel not in CHANNELS:
                raise InvalidInput(Field.CHANNEL, Problem.CHANNEL_UNKNOWN, value=channel)
            row.channel = channel
        if score is not UNCHANGED:
            row.score = check_score(score)
        edit = edit or Edit.now()
        if notes is not UNCHANGED:
            notes = check_text(Field.NOTES, notes)
            record(session, TextRef.call_notes(call_id).subject, row.notes, notes, edit)
            row.notes = notes
        row.updated_at = edit.at
        row.written_by = row.written_by or edit.by  # who first wrote in it
        session.flush()
        return _to_call(session, row)


def set_answer(
    db: Database,
    call_id: int,
    question_index: int,
    text: str,
    edit: Edit | None = None,
    based_on: int | None = None,
) -> int:
    """Save the answer to one question; returns its version. With `based_on` (the version
    it was typed over; 0 for none yet), an answer someone else saved meanwhile is not
    overwritten: EditConflict, and the refused text is kept among the versions."""
    text = check_text(Field.ANSWER, text)
    if question_index < 0:
        raise InvalidInput(Field.ANSWER, Problem.QUESTION_UNKNOWN, value=question_index)
    edit = edit or Edit.now()
    subject = TextRef.call_answer(call_id, question_index).subject
    with db.session() as session:
        row = require(session, CallRow, call_id, "call", for_update=True)
        answer = session.get(CallAnswerRow, (call_id, question_index), with_for_update=True)
        before, version = ("", 0) if answer is None else (answer.answer, answer.version)
        if conflicts(based_on, version, text, before):
            assert answer is not None
            keep_aside(session, subject, text, edit)
            refused = EditConflict(
                "answer",
                call_id,
                question_index,
                text,
                before,
                answer.changed_by,
                answer.updated_at,
                version,
            )
        else:
            refused = None
            if text != before or answer is None:
                other = answer is not None and answer.changed_by != edit.by
                record(session, subject, before, text, edit, other_author=other)
                if answer is None:
                    answer = CallAnswerRow(
                        call_id=call_id, question_index=question_index, answer=text, version=1
                    )
                    session.add(answer)
                else:
                    answer.answer = text
                    answer.version = version + 1
                answer.changed_by, answer.updated_at = edit.by, edit.at
                row.updated_at = edit.at
                row.written_by = row.written_by or edit.by
            session.flush()
            version = answer.version
    if refused is not None:
        raise refused
    return version


def delete_call(db: Database, call_id: int, now: datetime | None = None) -> DeletedCall:
    """Move a call, with its answers, to the trash."""
    with db.session() as session:
        row = require(session, CallRow, call_id, "call")
        call = _to_call(session, row)
        return DeletedCall(call, trash.trash_call(session, row, now or datetime.now()))


def restore_call(db: Database, deleted: DeletedCall) -> Call:
    """Put a removed call back from the trash, with the same id, place and answers (its
    customer too, unless they went meanwhile); LookupError when the trash lost it."""
    put_back = trash.restore(db, deleted.trash_id)
    return get_call(db, put_back.ref)


def plan_calls(db: Database, key: TaskKey, customer_ids: list[int], today: date) -> list[Call]:
    """Put customers into a step's calls task: empty call forms are used first, then new
    ones are added. A planned call is not a contact until something is written in it."""
    planned: list[Call] = []
    with db.session() as session:
        free = [
            row
            for row in _rows(session, key)
            if row.customer_id is None and not _to_call(session, row).is_filled
        ]
        for customer_id in customer_ids:
            require(session, CustomerRow, customer_id, "customer")
            row = free.pop(0) if free else _new_row(session, key, today)
            row.customer_id = customer_id
            row.updated_at = datetime.now()
            session.flush()
            planned.append(_to_call(session, row))
    return planned
