"""Versions of the texts a person writes: call answers and notes, reflections, action texts,
customer notes. Nothing typed over is lost: each editing session leaves a version.

Saving a text records it here in the same transaction (`record`). Saves that follow each
other within `COALESCE` are one editing session and update one version; a session longer
than `SESSION` starts a new one, so a long afternoon of writing still leaves stops on the
way. Putting an earlier version back is itself a new version, never a step back in history.

History is kept bounded (`prune`): every version of the last day, the last of each hour for
a week, the last of each day after that; the newest version of a text is always kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coursebook.storage.database import Database
from coursebook.storage.models import (
    ActionRow,
    CallAnswerRow,
    CallRow,
    CustomerRow,
    ReflectionRow,
    TextVersionRow,
)
from coursebook.workbook.task_key import TaskKey, in_task

COALESCE = timedelta(minutes=5)
SESSION = timedelta(hours=1)
ALL_KEPT = timedelta(days=1)
HOURLY = timedelta(days=7)


class TextKind(StrEnum):
    REFLECTION = "reflection"
    CALL_NOTES = "call-notes"
    CALL_ANSWER = "call-answer"
    ACTION = "action"
    CUSTOMER_NOTES = "customer-notes"


@dataclass(frozen=True)
class TextRef:
    """Which text: a reflection of a task, a call's notes or one of its answers, an action's
    text, a customer's notes. Make one with the class methods."""

    kind: TextKind
    id: int = 0  # the call's, action's or customer's id
    index: int = 0  # the question, for an answer
    task: TaskKey | None = None  # the task, for a reflection

    @classmethod
    def reflection(cls, key: TaskKey) -> TextRef:
        return cls(TextKind.REFLECTION, task=key)

    @classmethod
    def call_notes(cls, call_id: int) -> TextRef:
        return cls(TextKind.CALL_NOTES, call_id)

    @classmethod
    def call_answer(cls, call_id: int, index: int) -> TextRef:
        return cls(TextKind.CALL_ANSWER, call_id, index)

    @classmethod
    def action(cls, action_id: int) -> TextRef:
        return cls(TextKind.ACTION, action_id)

    @classmethod
    def customer_notes(cls, customer_id: int) -> TextRef:
        return cls(TextKind.CUSTOMER_NOTES, customer_id)

    @property
    def subject(self) -> str:
        """The key its versions are stored under."""
        match self.kind:
            case TextKind.REFLECTION:
                assert self.task is not None, "a reflection's text ref names its task"
                return f"reflection:{self.task.run_id}:{self.task.step_id}:{self.task.task_id}"
            case TextKind.CALL_NOTES:
                return f"{call_subjects(self.id)}notes"
            case TextKind.CALL_ANSWER:
                return f"{call_subjects(self.id)}answer:{self.index}"
            case TextKind.ACTION:
                return f"action:{self.id}"
            case TextKind.CUSTOMER_NOTES:
                return f"customer:{self.id}:notes"


def call_subjects(call_id: int) -> str:
    """The start every subject of one call's texts shares (for LIKE '…%')."""
    return f"call:{call_id}:"


@dataclass(frozen=True)
class Edit:
    """When a text is saved, and, when it puts an earlier version back, that version's time."""

    at: datetime
    restores: datetime | None = None
    by: str = ""  # who saves it (a shared workbook on a server: the person's name)

    @classmethod
    def now(cls) -> Edit:
        return cls(datetime.now())


@dataclass(frozen=True)
class TextVersion:
    id: int
    text: str
    started_at: datetime
    saved_at: datetime
    restored_from: datetime | None  # this version put back the one saved then


def _latest(session: Session, subject: str) -> TextVersionRow | None:
    return session.scalars(
        select(TextVersionRow)
        .where(TextVersionRow.subject == subject)
        .order_by(TextVersionRow.saved_at.desc(), TextVersionRow.id.desc())
        .limit(1)
    ).first()


def record(
    session: Session,
    subject: str,
    before: str,
    after: str,
    edit: Edit | None = None,
    *,
    other_author: bool = False,
) -> None:
    """Note that the text `subject` changes from `before` to `after`, before the row that
    holds it is changed (in the same transaction).

    The newest version keeps no text of its own (NULL: the text as it is now), so a text
    written in one sitting costs a row of times, not a second copy. When a new editing
    session starts, the session that ended gets its text (`before`). A text written before
    versions were kept gets `before` as a version of its own first. `other_author`: the
    text before was saved by another person (a shared workbook), so it is kept as it is."""
    if before == after:
        return
    edit = edit or Edit.now()
    latest = _latest(session, subject)
    if latest is None:
        if before.strip():
            session.add(_version(subject, before, edit.at))
    elif (
        edit.restores is None
        and not other_author  # someone else's text ends their session: it is kept
        and latest.restored_from is None
        and edit.at - latest.saved_at < COALESCE
        and edit.at - latest.started_at < SESSION
    ):
        latest.saved_at = edit.at  # the same session goes on
        return
    elif latest.text is None:
        latest.text = before  # the session that ended keeps what it left
    session.add(_version(subject, None, edit.at, edit.restores))
    session.flush()
    prune(session, edit.at, subject)


def keep_aside(session: Session, subject: str, text: str, edit: Edit) -> None:
    """Keep a text that was not saved (another person's save came first) as a version just
    older than the text as it is now, so that it can be found and put back."""
    if not text.strip():
        return
    latest = _latest(session, subject)
    if latest is None:  # no versions yet: the text as it is now becomes the newest
        session.add(_version(subject, None, edit.at))
        at = edit.at - timedelta(microseconds=1)
    else:
        at = min(edit.at, latest.saved_at - timedelta(microseconds=1))
    session.add(_version(subject, text, at))
    session.flush()


def _version(
    subject: str, text: str | None, at: datetime, restores: datetime | None = None
) -> TextVersionRow:
    return TextVersionRow(
        subject=subject, text=text, started_at=at, saved_at=at, restored_from=restores
    )


def live_text(session: Session, ref: TextRef) -> str:
    """The text as it is now ("" when what it belongs to is gone, or not written)."""
    found: str | None
    match ref.kind:
        case TextKind.REFLECTION:
            assert ref.task is not None
            found = session.scalars(
                select(ReflectionRow.text).where(*in_task(ReflectionRow, ref.task))
            ).first()
        case TextKind.CALL_NOTES:
            found = session.scalar(select(CallRow.notes).where(CallRow.id == ref.id))
        case TextKind.CALL_ANSWER:
            answer = session.get(CallAnswerRow, (ref.id, ref.index))
            found = None if answer is None else answer.answer
        case TextKind.ACTION:
            found = session.scalar(select(ActionRow.text).where(ActionRow.id == ref.id))
        case TextKind.CUSTOMER_NOTES:
            found = session.scalar(select(CustomerRow.notes).where(CustomerRow.id == ref.id))
    return found or ""


def versions(db: Database, ref: TextRef) -> list[TextVersion]:
    """Every version of a text kept, the newest (the text as it is now) first."""
    with db.session() as session:
        rows = session.scalars(
            select(TextVersionRow)
            .where(TextVersionRow.subject == ref.subject)
            .order_by(TextVersionRow.saved_at.desc(), TextVersionRow.id.desc())
        ).all()
        now = live_text(session, ref) if any(row.text is None for row in rows) else ""
        return [
            TextVersion(
                row.id,
                now if row.text is None else row.text,
                row.started_at,
                row.saved_at,
                row.restored_from,
            )
            for row in rows
        ]


def get_version(db: Database, ref: TextRef, version_id: int) -> TextVersion:
    """One version of `ref`'s text; LookupError when it is not one of them (pruned meanwhile)."""
    for version in versions(db, ref):
        if version.id == version_id:
            return version
    raise LookupError(f"version {version_id} of {ref.subject} is not kept")


def _bucket(saved_at: datetime, now: datetime) -> object:
    """Versions in the same bucket are thinned to the newest of them."""
    age = now - saved_at
    if age <= ALL_KEPT:
        return None  # every one is kept
    if age <= HOURLY:
        return saved_at.replace(minute=0, second=0, microsecond=0)
    return saved_at.date()


def prune(
    session: Session, now: datetime, subject: str | None = None, since: datetime | None = None
) -> int:
    """Thin the history of one text, or of every text (only those whose versions may have
    grown into a sparser bucket after `since`, the last time this ran); returns how many
    versions went. One pass over the versions, in order."""
    query = select(TextVersionRow.id, TextVersionRow.subject, TextVersionRow.saved_at)
    if subject is not None:
        query = query.where(TextVersionRow.subject == subject)
    elif since is not None:
        moved = select(TextVersionRow.subject).where(TextVersionRow.saved_at >= since - HOURLY)
        query = query.where(TextVersionRow.subject.in_(moved.distinct()))
    query = query.order_by(
        TextVersionRow.subject, TextVersionRow.saved_at.desc(), TextVersionRow.id.desc()
    )
    doomed: list[int] = []
    current: str | None = None
    seen: set[object] = set()
    for version_id, name, saved_at in session.execute(query):
        if name != current:  # the newest version of a text: always kept
            current, seen = name, {_bucket(saved_at, now)}
            continue
        bucket = _bucket(saved_at, now)
        if bucket is None:
            continue
        if bucket in seen:
            doomed.append(version_id)
        seen.add(bucket)
    for start in range(0, len(doomed), 500):
        session.execute(
            delete(TextVersionRow).where(TextVersionRow.id.in_(doomed[start : start + 500]))
        )
    return len(doomed)


def forget_subjects(session: Session, subjects: list[str], call_ids: list[int]) -> None:
    """Erase the history of these texts and of every text of these calls."""
    for start in range(0, len(subjects), 500):
        session.execute(
            delete(TextVersionRow).where(TextVersionRow.subject.in_(subjects[start : start + 500]))
        )
    for call_id in call_ids:
        session.execute(
            delete(TextVersionRow).where(TextVersionRow.subject.like(f"{call_subjects(call_id)}%"))
        )
