"""The trash: a removed call, action or customer is kept here, with everything attached
(a call's answers; a customer's scores and calls), and comes back as it was, with the same
ids, so the versions of its texts are found again. What is older than `KEEP` goes for good
(`empty_old`), or when the person empties the trash or deletes an entry.

An entry is a JSON snapshot of the rows, taken out of the live tables, so no query of the
course work has to know about the trash, and the search index forgets the words at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Date, DateTime, delete, select, update
from sqlalchemy.orm import Session

from coursebook.storage.database import Database
from coursebook.storage.models import (
    ActionRow,
    Base,
    CallAnswerRow,
    CallRow,
    CustomerRow,
    ScoreRow,
    TextVersionRow,
    TrashRow,
)
from coursebook.workbook.versions import TextRef, forget_subjects

KEEP = timedelta(days=30)


class TrashKind(StrEnum):
    CALL = "call"
    ACTION = "action"
    CUSTOMER = "customer"


@dataclass(frozen=True)
class TrashEntry:
    """One thing in the trash, described for a list."""

    id: int
    kind: TrashKind
    removed_at: datetime
    name: str  # the customer's (of a customer, or of a call with them), or ""
    text: str  # an action's text; the first thing written down in a call
    run_id: int | None  # where a call or action was
    step_id: str
    calls: int  # how many calls went with a customer
    customer_id: int | None = None  # the customer the entry is about (a customer, a call)

    @property
    def kept_until(self) -> date:
        return (self.removed_at + KEEP).date()


@dataclass(frozen=True)
class PutBack:
    """What restoring an entry brought back."""

    kind: TrashKind
    ref: int  # the call's, action's or customer's id (a customer may get a new one)
    steps: frozenset[str] = field(default_factory=frozenset)  # steps whose calls came back


# -- snapshots of rows --------------------------------------------------------------------


def _snapshot(row: Base) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        values[column.key] = value.isoformat() if isinstance(value, date | datetime) else value
    return values


def _revive(model: type[Any], values: dict[str, Any]) -> Any:
    kwargs: dict[str, Any] = {}
    for column in model.__table__.columns:
        if column.key not in values:
            continue  # a column added since the entry was made: its default
        value = values[column.key]
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        kwargs[column.key] = value
    return model(**kwargs)


def _call_snapshot(session: Session, row: CallRow) -> dict[str, Any]:
    answers = session.scalars(select(CallAnswerRow).where(CallAnswerRow.call_id == row.id))
    return {"call": _snapshot(row), "answers": {a.question_index: a.answer for a in answers}}


def _remove_call(session: Session, row: CallRow) -> None:
    session.execute(delete(CallAnswerRow).where(CallAnswerRow.call_id == row.id))
    session.delete(row)


def _put(
    session: Session, kind: TrashKind, now: datetime, content: dict[str, Any], customer: int | None
) -> int:
    entry = TrashRow(
        kind=kind.value, removed_at=now, customer_id=customer, content=json.dumps(content)
    )
    session.add(entry)
    session.flush()
    return entry.id


def _name(session: Session, customer_id: int | None) -> str:
    if customer_id is None:
        return ""
    row = session.get(CustomerRow, customer_id)
    return "" if row is None else row.name


# -- into the trash -----------------------------------------------------------------------


def trash_call(session: Session, row: CallRow, now: datetime) -> int:
    content = _call_snapshot(session, row)
    content["name"] = _name(session, row.customer_id)
    entry = _put(session, TrashKind.CALL, now, content, row.customer_id)
    _remove_call(session, row)
    return entry


def trash_action(session: Session, row: ActionRow, now: datetime) -> int:
    entry = _put(session, TrashKind.ACTION, now, {"action": _snapshot(row)}, None)
    session.delete(row)
    return entry


def trash_customer(session: Session, row: CustomerRow, now: datetime) -> tuple[int, set[str]]:
    """The customer with their scores and calls; returns the entry and the steps whose
    calls went with them."""
    calls = list(session.scalars(select(CallRow).where(CallRow.customer_id == row.id)))
    scores = list(session.scalars(select(ScoreRow).where(ScoreRow.customer_id == row.id)))
    merged = list(session.scalars(select(CustomerRow.id).where(CustomerRow.merged_into == row.id)))
    content = {
        "customer": _snapshot(row),
        "scores": [_snapshot(score) for score in scores],
        "calls": [_call_snapshot(session, call) for call in calls],
        "merged": merged,
    }
    entry = _put(session, TrashKind.CUSTOMER, now, content, row.id)
    steps = {call.step_id for call in calls}
    for call in calls:
        _remove_call(session, call)
    for score in scores:
        session.delete(score)
    session.execute(
        update(CustomerRow).where(CustomerRow.merged_into == row.id).values(merged_into=None)
    )
    session.delete(row)
    return entry, steps


# -- out of the trash ---------------------------------------------------------------------


def _require_entry(session: Session, entry_id: int) -> TrashRow:
    entry = session.get(TrashRow, entry_id)
    if entry is None:
        raise LookupError(f"trash entry {entry_id} is gone (emptied, or put back already)")
    return entry


def _bring_back_call(session: Session, content: dict[str, Any], customer_id: int | None) -> int:
    row: CallRow = _revive(CallRow, content["call"])
    if session.get(CallRow, row.id) is not None:  # cannot happen with AUTOINCREMENT ids
        row.id = None  # type: ignore[assignment]
    if customer_id is None or session.get(CustomerRow, customer_id) is None:
        customer_id = None  # the customer went meanwhile: the call stays, without them
    row.customer_id = customer_id
    session.add(row)
    session.flush()
    for index, answer in content["answers"].items():
        session.add(CallAnswerRow(call_id=row.id, question_index=int(index), answer=answer))
    return row.id


def restore(db: Database, entry_id: int) -> PutBack:
    """Put an entry back as it was; LookupError when the entry is gone."""
    with db.session() as session:
        entry = _require_entry(session, entry_id)
        content = json.loads(entry.content)
        kind = TrashKind(entry.kind)
        if kind is TrashKind.CALL:
            call_id = _bring_back_call(session, content, content["call"]["customer_id"])
            back = PutBack(kind, call_id, frozenset({content["call"]["step_id"]}))
        elif kind is TrashKind.ACTION:
            action: ActionRow = _revive(ActionRow, content["action"])
            if session.get(ActionRow, action.id) is not None:
                action.id = None  # type: ignore[assignment]
            session.add(action)
            session.flush()
            back = PutBack(kind, action.id, frozenset({action.step_id}))
        else:
            back = _bring_back_customer(session, content)
        session.delete(entry)
        return back


def _bring_back_customer(session: Session, content: dict[str, Any]) -> PutBack:
    customer: CustomerRow = _revive(CustomerRow, content["customer"])
    old_id = customer.id
    if session.get(CustomerRow, old_id) is not None:  # the id went to a customer added since
        customer.id = None  # type: ignore[assignment]
    if customer.merged_into is not None and session.get(CustomerRow, customer.merged_into) is None:
        customer.merged_into = None
    session.add(customer)
    session.flush()
    for values in content["scores"]:
        score: ScoreRow = _revive(ScoreRow, {**values, "id": None})
        score.customer_id = customer.id
        session.add(score)
    steps = set()
    for call in content["calls"]:
        _bring_back_call(session, call, customer.id)
        steps.add(call["call"]["step_id"])
    for merged_id in content["merged"]:
        session.execute(
            update(CustomerRow)
            .where(CustomerRow.id == merged_id, CustomerRow.merged_into.is_(None))
            .values(merged_into=customer.id)
        )
    if customer.id != old_id:  # the versions of the notes follow the customer's new id
        session.execute(
            update(TextVersionRow)
            .where(TextVersionRow.subject == TextRef.customer_notes(old_id).subject)
            .values(subject=TextRef.customer_notes(customer.id).subject)
        )
    return PutBack(TrashKind.CUSTOMER, customer.id, frozenset(steps))


# -- what is in it, and emptying it ------------------------------------------------------


def _first_words(content: dict[str, Any]) -> str:
    written = [str(a) for _i, a in sorted(content["answers"].items()) if str(a).strip()]
    written.append(content["call"].get("notes") or "")
    return next((" ".join(text.split()) for text in written if text.strip()), "")


def _describe(entry: TrashRow) -> TrashEntry:
    content = json.loads(entry.content)
    kind = TrashKind(entry.kind)
    removed_at = entry.removed_at
    if kind is TrashKind.CALL:
        call = content["call"]
        return TrashEntry(
            entry.id,
            kind,
            removed_at,
            content.get("name", ""),
            _first_words(content),
            call["run_id"],
            call["step_id"],
            0,
            entry.customer_id,
        )
    if kind is TrashKind.ACTION:
        action = content["action"]
        return TrashEntry(
            entry.id, kind, removed_at, "", action["text"], action["run_id"], action["step_id"], 0
        )
    customer = content["customer"]
    return TrashEntry(
        entry.id,
        kind,
        removed_at,
        customer["name"],
        customer.get("organisation") or "",
        None,
        "",
        len(content["calls"]),
        entry.customer_id,
    )


def list_trash(db: Database) -> list[TrashEntry]:
    """What is in the trash, the most recently removed first."""
    with db.session() as session:
        rows = session.scalars(select(TrashRow).order_by(TrashRow.removed_at.desc(), TrashRow.id))
        return [_describe(row) for row in rows]


def texts_of(kind_name: str, content_json: str) -> tuple[list[str], list[int]]:
    """The subjects of the versions of an entry's texts, and its calls (whose texts'
    subjects all start with `versions.call_subjects`)."""
    content = json.loads(content_json)
    kind = TrashKind(kind_name)
    if kind is TrashKind.ACTION:
        return [TextRef.action(content["action"]["id"]).subject], []
    if kind is TrashKind.CALL:
        return [], [content["call"]["id"]]
    calls = [call["call"]["id"] for call in content["calls"]]
    return [TextRef.customer_notes(content["customer"]["id"]).subject], calls


def delete_entries(session: Session, entries: list[TrashRow]) -> None:
    """Delete entries for good, with the versions of their texts."""
    for entry in entries:
        subjects, calls = texts_of(entry.kind, entry.content)
        forget_subjects(session, subjects, calls)
        session.delete(entry)


def delete_for_good(db: Database, entry_ids: list[int] | None = None) -> int:
    """Delete these entries (or everything in the trash) for good; returns how many."""
    with db.session() as session:
        query = select(TrashRow)
        if entry_ids is not None:
            query = query.where(TrashRow.id.in_(entry_ids))
        entries = list(session.scalars(query))
        delete_entries(session, entries)
        return len(entries)


def empty_old(db: Database, now: datetime) -> int:
    """Delete what was removed more than `KEEP` ago; returns how many entries went."""
    with db.session() as session:
        entries = list(session.scalars(select(TrashRow).where(TrashRow.removed_at < now - KEEP)))
        delete_entries(session, entries)
        return len(entries)
