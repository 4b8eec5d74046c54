"""ORM models. Each class is a thing the person has or did; tables are an implementation detail."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    exists,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, validates
from sqlalchemy.sql.elements import ColumnElement

from coursebook.identity import text_key

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RunRow(Base):
    """One run of a course: the course, its language, and the Monday it started. A person can
    follow a course again (a new run) or another course; each run has its own work."""

    __tablename__ = "course_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(8))
    start_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # Whose run it is in a shared workbook ("": nobody in particular, as in a file).
    person: Mapped[str] = mapped_column(String(200), default="", server_default="")


class UiStateRow(Base):
    """Small bits of state that belong to the person's work (e.g. the last step they opened)."""

    __tablename__ = "ui_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CustomerRow(Base):
    """A customer in the register. Calls point at customers; archiving never deletes history."""

    __tablename__ = "customer"
    __table_args__ = (
        Index("ix_customer_name_key", "name_key"),
        Index("ix_customer_email", "email"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # coursebook.identity.text_key(name), kept in step by `_keep_name_key`: the one way names
    # are matched (SQLite's lower() folds only ASCII).
    name_key: Mapped[str] = mapped_column(String(200), default="", server_default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    tags: Mapped[str] = mapped_column(Text, default="", server_default="")  # "a; b; c"
    # Set by hand only for customers without a score: "detractor", "passive" or "promoter".
    manual_segment: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # When two entries were the same customer, the duplicate points at the one kept.
    merged_into: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), nullable=True
    )
    # Who changed the details last, and when (a shared workbook's conflicts say so).
    changed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    @validates("name")
    def _keep_name_key(self, _key: str, name: str) -> str:
        self.name_key = text_key(name)
        return name


class ScoreRow(Base):
    """A 0–10 "would you recommend us" score given outside a logged call (import, by hand).
    Scores given in a call live on the call itself."""

    __tablename__ = "customer_score"
    __table_args__ = (
        CheckConstraint("score BETWEEN 0 AND 10", name="score_range"),
        Index("ix_customer_score_customer", "customer_id", "scored_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    score: Mapped[int] = mapped_column(Integer)
    scored_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20), default="manual")


class CallRow(Base):
    """One conversation logged for a step's calls task."""

    __tablename__ = "call_note"
    __table_args__ = (
        CheckConstraint("score IS NULL OR (score BETWEEN 0 AND 10)", name="score_range"),
        Index("ix_call_note_task", "run_id", "step_id", "task_id", "position"),
        Index("ix_call_note_customer", "customer_id", "call_date"),
        {"sqlite_autoincrement": True},  # ids are never reused, so undo can restore one
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("course_run.id"))
    course_id: Mapped[str] = mapped_column(String(100))
    step_id: Mapped[str] = mapped_column(String(100))
    task_id: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), nullable=True
    )
    call_date: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20), default="phone")
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    written_by: Mapped[str] = mapped_column(String(200), default="", server_default="")


class CallAnswerRow(Base):
    """The answer to one question of a call (questions are numbered as in the step file)."""

    __tablename__ = "call_answer"

    call_id: Mapped[int] = mapped_column(
        ForeignKey("call_note.id", ondelete="CASCADE"), primary_key=True
    )
    question_index: Mapped[int] = mapped_column(Integer, primary_key=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    # Optimistic concurrency (migration 0009): raised by each save of a different text;
    # a save says which version it was typed over (workbook/conflicts.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ActionRow(Base):
    """Something the person will do, with a due date; `done_on` is set when ticked off."""

    __tablename__ = "action"
    __table_args__ = (
        Index("ix_action_task", "run_id", "step_id", "task_id", "position"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("course_run.id"))
    course_id: Mapped[str] = mapped_column(String(100))
    step_id: Mapped[str] = mapped_column(String(100))
    task_id: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # its text's
    changed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    written_by: Mapped[str] = mapped_column(String(200), default="", server_default="")


class ReflectionRow(Base):
    """What the person wrote for a reflection task, in Markdown."""

    __tablename__ = "reflection"
    __table_args__ = (
        UniqueConstraint("run_id", "step_id", "task_id", name="uq_reflection_run_task"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("course_run.id"))
    course_id: Mapped[str] = mapped_column(String(100))
    step_id: Mapped[str] = mapped_column(String(100))
    task_id: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class ChecklistTickRow(Base):
    """A ticked checklist item (items are numbered as in the step file)."""

    __tablename__ = "checklist_tick"

    run_id: Mapped[int] = mapped_column(ForeignKey("course_run.id"), primary_key=True)
    course_id: Mapped[str] = mapped_column(String(100))
    step_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    task_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    item_index: Mapped[int] = mapped_column(Integer, primary_key=True)
    done_on: Mapped[date] = mapped_column(Date)


class TextVersionRow(Base):
    """An earlier (or the current) version of a text the person wrote: one per editing
    session. `subject` names the text (see `workbook.versions.TextRef.subject`), so a
    version outlives its text in the trash and goes with it when it is erased."""

    __tablename__ = "text_version"
    __table_args__ = (
        Index("ix_text_version_subject", "subject", "saved_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(200))
    # NULL in the newest version: the text as it is now, kept once, in its own row.
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    # When this version put an earlier one back: that version's time.
    restored_from: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class TrashRow(Base):
    """A removed call, action or customer, with everything attached (answers, scores, the
    customer's calls) as JSON, until it is put back or the trash is emptied."""

    __tablename__ = "trash"
    __table_args__ = (
        Index("ix_trash_removed_at", "removed_at"),
        Index("ix_trash_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "call", "action" or "customer"
    removed_at: Mapped[datetime] = mapped_column(DateTime)
    # The customer the entry is about (a customer, or a call with them), so that forgetting
    # the customer (GDPR/AVG) erases it too. Not a foreign key: the customer is gone.
    customer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    content: Mapped[str] = mapped_column(Text)


def call_was_made() -> ColumnElement[bool]:
    """SQL for "this call counts as made": a score, notes or any answer written down.
    Empty call forms waiting to be filled in do not count (for progress, last contact)."""
    answered = exists().where(
        CallAnswerRow.call_id == CallRow.id, func.trim(CallAnswerRow.answer) != ""
    )
    return CallRow.score.is_not(None) | (func.trim(CallRow.notes) != "") | answered


RowT = TypeVar("RowT", bound=Base)


def require(
    session: Session, model: type[RowT], key: object, what: str, *, for_update: bool = False
) -> RowT:
    """The row of `model` with primary key `key`; LookupError naming `what` when it is gone
    (removed in another window, or by an undo that came too late). `for_update` locks it
    until the transaction ends (on a server: another person's save of it waits)."""
    row = session.get(model, key, with_for_update=for_update or None)
    if row is None:
        raise LookupError(f"{what} {key} does not exist (was it removed?)")
    return row
