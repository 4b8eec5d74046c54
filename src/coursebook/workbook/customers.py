"""The customer register: who, how to reach them, their scores, and when you last spoke.

Last contact is derived from logged calls (no second place to keep it); the segment from the
latest score, or set by hand for customers without one. Customers are archived, never
deleted, so their history stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Subquery, func, literal, select, union_all, update
from sqlalchemy.orm import Session

from coursebook.identity import customer_key, text_key
from coursebook.storage.database import Database
from coursebook.storage.models import (
    CallRow,
    CustomerRow,
    ScoreRow,
    call_was_made,
    require,
)
from coursebook.workbook import trash
from coursebook.workbook.conflicts import EditConflict
from coursebook.workbook.customer_import import CustomerCandidate, SkippedRow
from coursebook.workbook.nps import ScoreEntry, Segment, segment_for_score
from coursebook.workbook.unchanged import UNCHANGED, Unchanged
from coursebook.workbook.validation import (
    MAX_NAME,
    Field,
    InvalidInput,
    Problem,
    check_name,
    check_past_date,
    check_score,
    check_text,
)
from coursebook.workbook.versions import Edit, TextRef, record

DEFAULT_ATTENTION_WEEKS = 6
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class CustomerRef:
    id: int
    name: str
    organisation: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


@dataclass(frozen=True)
class Customer:
    id: int
    name: str
    organisation: str
    email: str
    phone: str
    notes: str
    tags: tuple[str, ...]
    archived: bool
    manual_segment: Segment | None
    last_contact: date | None
    latest_score: int | None
    latest_score_on: date | None
    call_count: int

    @property
    def segment(self) -> Segment | None:
        """From the latest score; without a score, the one set by hand (or None)."""
        if self.latest_score is not None:
            return segment_for_score(self.latest_score)
        return self.manual_segment

    @property
    def segment_is_manual(self) -> bool:
        return self.latest_score is None and self.manual_segment is not None

    def weeks_without_contact(self, today: date) -> int | None:
        """Whole weeks since the last contact; 0 for one dated after today (saved before
        such dates were refused), never a negative number."""
        if self.last_contact is None:
            return None
        return max((today - self.last_contact).days // 7, 0)


@dataclass(frozen=True)
class CallSummary:
    """A logged call as the customer's history shows it."""

    call_id: int
    step_id: str
    call_date: date
    channel: str
    score: int | None
    notes: str
    run_id: int = 0  # where it was logged: the run and task of the step
    task_id: str = ""
    written_by: str = ""  # who wrote it down, in a shared workbook


def parse_tags(text: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in re.split(r"[;,|]", text):
        tag = " ".join(tag.split())
        if tag and tag.lower() not in seen:
            seen[tag.lower()] = tag
    return tuple(seen.values())


def _clean_name(name: str) -> str:
    return check_name(Field.NAME, name)


def _clean_email(email: str) -> str:
    email = email.strip().lower()
    if email and not _EMAIL.match(email):
        raise InvalidInput(Field.EMAIL, Problem.EMAIL_INVALID, value=email)
    return email


# -- queries -------------------------------------------------------------------------------


def _score_union() -> Subquery:
    """Every score with its customer, date and a tie-breaker: calls and separate scores."""
    from_calls = select(
        CallRow.customer_id.label("customer_id"),
        CallRow.score.label("score"),
        CallRow.call_date.label("on"),
        CallRow.id.label("order"),
        CallRow.step_id.label("step_id"),
        CallRow.written_by.label("written_by"),
    ).where(CallRow.customer_id.is_not(None), CallRow.score.is_not(None))
    from_scores = select(
        ScoreRow.customer_id,
        ScoreRow.score,
        ScoreRow.scored_on,
        (ScoreRow.id - 1_000_000_000).label("order"),  # a call on the same day wins
        literal(None).label("step_id"),
        literal("").label("written_by"),
    )
    return union_all(from_calls, from_scores).subquery("scores")


def list_customers(db: Database) -> list[CustomerRef]:
    """Active customers, by name (for picking one in a call)."""
    with db.session() as session:
        rows = session.execute(
            select(CustomerRow.id, CustomerRow.name, CustomerRow.organisation)
            .where(CustomerRow.archived.is_(False))
            .order_by(CustomerRow.name_key, CustomerRow.id)
        )  # plain rows, not ORM objects: this list is read each time a calls step opens
        return [CustomerRef(int(cid), str(name), str(org)) for cid, name, org in rows]


def customer_register(
    db: Database, *, include_archived: bool = False, customer_id: int | None = None
) -> list[Customer]:
    """Customers with last contact, latest score and number of calls, in four queries
    (plain rows, not ORM objects: 5,000 customers load in about a tenth of a second)."""
    columns = (
        CustomerRow.id,
        CustomerRow.name,
        CustomerRow.organisation,
        CustomerRow.email,
        CustomerRow.phone,
        CustomerRow.notes,
        CustomerRow.tags,
        CustomerRow.archived,
        CustomerRow.manual_segment,
    )
    query = select(*columns).order_by(CustomerRow.name_key, CustomerRow.id)
    if not include_archived:
        query = query.where(CustomerRow.archived.is_(False))
    if customer_id is not None:
        query = query.where(CustomerRow.id == customer_id)
    scores = _score_union()
    ranked = select(
        scores.c.customer_id,
        scores.c.score,
        scores.c.on,
        func.row_number()
        .over(
            partition_by=scores.c.customer_id, order_by=(scores.c.on.desc(), scores.c.order.desc())
        )
        .label("rank"),
    ).subquery("ranked")
    with db.session() as session:
        rows = session.execute(query).all()
        contacts = {
            cid: (last, count)
            for cid, last, count in session.execute(
                select(CallRow.customer_id, func.max(CallRow.call_date), func.count())
                .where(CallRow.customer_id.is_not(None), call_was_made())
                .group_by(CallRow.customer_id)
            )
        }
        # A score given when the person spoke to the customer outside a logged call counts
        # as a contact too (they said so when entering it: source "contact").
        for cid, spoken in session.execute(
            select(ScoreRow.customer_id, func.max(ScoreRow.scored_on))
            .where(ScoreRow.source == CONTACT_SCORE)
            .group_by(ScoreRow.customer_id)
        ):
            last, count = contacts.get(cid, (None, 0))
            contacts[cid] = (spoken if last is None else max(last, spoken), count)
        latest = {
            cid: (score, on)
            for cid, score, on in session.execute(
                select(ranked.c.customer_id, ranked.c.score, ranked.c.on).where(ranked.c.rank == 1)
            )
        }
    result = []
    for cid, name, organisation, email, phone, notes, tags, archived, manual in rows:
        last, count = contacts.get(cid, (None, 0))
        score, scored_on = latest.get(cid, (None, None))
        result.append(
            Customer(
                cid,
                name,
                organisation,
                email,
                phone,
                notes,
                parse_tags(tags),
                archived,
                Segment(manual) if manual else None,
                last,
                score,
                scored_on,
                count,
            )
        )
    return result


def get_customer(db: Database, customer_id: int) -> Customer:
    found = customer_register(db, include_archived=True, customer_id=customer_id)
    if not found:
        raise LookupError(f"customer {customer_id} does not exist")
    return found[0]


def customer_calls(db: Database, customer_id: int) -> list[CallSummary]:
    """The customer's logged calls, newest first."""
    with db.session() as session:
        rows = session.scalars(
            select(CallRow)
            .where(CallRow.customer_id == customer_id, call_was_made())
            .order_by(CallRow.call_date.desc(), CallRow.id.desc())
        )
        return [
            CallSummary(
                r.id,
                r.step_id,
                r.call_date,
                r.channel,
                r.score,
                r.notes,
                r.run_id,
                r.task_id,
                r.written_by or "",
            )
            for r in rows
        ]


def score_history(
    db: Database, customer_id: int | None = None, written_by: str | None = None
) -> list[ScoreEntry]:
    """Every score (from calls and given separately), oldest first; of one customer or all
    active customers. `written_by`: only those from calls that person wrote down (the NPS
    of one person's calls in a shared workbook)."""
    scores = _score_union()
    query = select(
        scores.c.customer_id,
        scores.c.score,
        scores.c.on,
        scores.c.order,
        scores.c.step_id,
        scores.c.written_by,
    ).join(CustomerRow, CustomerRow.id == scores.c.customer_id)
    if customer_id is not None:
        query = query.where(scores.c.customer_id == customer_id)
    else:
        query = query.where(CustomerRow.archived.is_(False))
    if written_by is not None:
        query = query.where(scores.c.written_by == written_by)
    with db.session() as session:
        return [
            ScoreEntry(cid, score, on, order, step, by or "")
            for cid, score, on, order, step, by in session.execute(
                query.order_by(scores.c.on, scores.c.order)
            )
        ]


def attention_list(
    db: Database, today: date, weeks: int = DEFAULT_ATTENTION_WEEKS
) -> list[Customer]:
    """Satisfied (passive) customers not contacted for `weeks` weeks or more, longest first;
    never contacted comes first of all."""
    if weeks < 0:
        raise InvalidInput(Field.WEEKS, Problem.NEGATIVE, value=weeks)
    cutoff = today - timedelta(weeks=weeks)
    waiting = [
        c
        for c in customer_register(db)
        if c.segment is Segment.PASSIVE and (c.last_contact is None or c.last_contact <= cutoff)
    ]
    return sorted(waiting, key=lambda c: (c.last_contact or date.min, c.name.lower()))


# -- changes -------------------------------------------------------------------------------


def customer_for_name(session: Session, name: str) -> CustomerRow:
    """The active customer with this name (same `identity.text_key`), created if none."""
    name = check_name(Field.CUSTOMER, name)
    existing = session.scalars(
        select(CustomerRow)
        .where(CustomerRow.name_key == text_key(name), CustomerRow.archived.is_(False))
        .order_by(CustomerRow.id)
    ).first()
    if existing is not None:
        return existing
    row = CustomerRow(
        name=name, organisation="", email="", phone="", notes="", tags="", archived=False
    )
    session.add(row)
    session.flush()
    return row


def add_customer(
    db: Database,
    name: str,
    *,
    organisation: str = "",
    email: str = "",
    phone: str = "",
    notes: str = "",
    tags: tuple[str, ...] = (),
) -> int:
    row = CustomerRow(
        name=_clean_name(name),
        organisation=" ".join(check_text(Field.ORGANISATION, organisation).split())[:MAX_NAME],
        email=_clean_email(email),
        phone=check_text(Field.PHONE, phone).strip()[:50],
        notes=check_text(Field.NOTES, notes),
        tags="; ".join(parse_tags("; ".join(tags))),
        archived=False,
    )
    with db.session() as session:
        session.add(row)
        session.flush()
        return row.id


def update_customer(
    db: Database,
    customer_id: int,
    *,
    name: str | Unchanged = UNCHANGED,
    organisation: str | Unchanged = UNCHANGED,
    email: str | Unchanged = UNCHANGED,
    phone: str | Unchanged = UNCHANGED,
    notes: str | Unchanged = UNCHANGED,
    tags: tuple[str, ...] | Unchanged = UNCHANGED,
    manual_segment: Segment | Unchanged | None = UNCHANGED,
    edit: Edit | None = None,
    expected: dict[str, str] | None = None,
) -> Customer:
    """Change the given details. `expected`: for a detail, the value it had when the person
    began to change it (as `detail_values` gives it); when someone else saved another one
    since, EditConflict, and nothing is changed."""
    edit = edit or Edit.now()
    with db.session() as session:
        row = require(session, CustomerRow, customer_id, "customer", for_update=True)
        new: dict[str, str] = {}
        if name is not UNCHANGED:
            new["name"] = _clean_name(name)
        if organisation is not UNCHANGED:
            new["organisation"] = " ".join(check_text(Field.ORGANISATION, organisation).split())
        if email is not UNCHANGED:
            new["email"] = _clean_email(email)
        if phone is not UNCHANGED:
            new["phone"] = check_text(Field.PHONE, phone).strip()[:50]
        if notes is not UNCHANGED:
            new["notes"] = check_text(Field.NOTES, notes)
        if tags is not UNCHANGED:
            new["tags"] = "; ".join(parse_tags("; ".join(tags)))
        for field, value in new.items():
            now = getattr(row, field)
            if expected is not None and field in expected and expected[field] != now != value:
                raise EditConflict(
                    "customer", customer_id, 0, value, now, row.changed_by, row.updated_at, 0, field
                )
        if "notes" in new:
            subject = TextRef.customer_notes(customer_id).subject
            other = row.changed_by != edit.by
            record(session, subject, row.notes, new["notes"], edit, other_author=other)
        for field, value in new.items():
            setattr(row, field, value)
        if manual_segment is not UNCHANGED:
            row.manual_segment = None if manual_segment is None else Segment(manual_segment)
        row.changed_by, row.updated_at = edit.by, edit.at
    return get_customer(db, customer_id)


def detail_values(customer: Customer) -> dict[str, str]:
    """A customer's details as they are stored: what `update_customer(expected=…)` compares."""
    return {
        "name": customer.name,
        "organisation": customer.organisation,
        "email": customer.email,
        "phone": customer.phone,
        "notes": customer.notes,
        "tags": "; ".join(customer.tags),
    }


@dataclass(frozen=True)
class RemovedCustomer:
    """A customer moved to the trash, with their scores and calls."""

    name: str
    calls: int
    trash_id: int
    steps: frozenset[str]  # where their calls were


def remove_customer(db: Database, customer_id: int, now: datetime) -> RemovedCustomer:
    with db.session() as session:
        row = require(session, CustomerRow, customer_id, "customer")
        name = row.name
        calls = session.scalar(
            select(func.count()).select_from(CallRow).where(CallRow.customer_id == customer_id)
        )
        entry, steps = trash.trash_customer(session, row, now)
        return RemovedCustomer(name, int(calls or 0), entry, frozenset(steps))


def set_archived(db: Database, customer_id: int, archived: bool) -> None:
    with db.session() as session:
        row = require(session, CustomerRow, customer_id, "customer")
        row.archived = archived


CONTACT_SCORE = "contact"  # the source of a score given in a contact outside a logged call


def add_score(
    db: Database, customer_id: int, score: int, on: date, today: date, source: str = "manual"
) -> None:
    check_score(score)
    check_past_date(Field.DATE, on, today)
    with db.session() as session:
        require(session, CustomerRow, customer_id, "customer")
        session.add(ScoreRow(customer_id=customer_id, score=score, scored_on=on, source=source))


def merge_customers(db: Database, keep_id: int, duplicate_id: int) -> Customer:
    """Two entries for one customer: calls and scores move to `keep_id`, empty fields are
    filled from the duplicate, notes and tags are combined; the duplicate is archived and
    points at the one kept. Nothing is deleted."""
    if keep_id == duplicate_id:
        raise InvalidInput(Field.MERGE, Problem.MERGE_SAME)
    with db.session() as session:
        keep = require(session, CustomerRow, keep_id, "customer")
        duplicate = require(session, CustomerRow, duplicate_id, "customer")
        for field in ("organisation", "email", "phone"):
            if not getattr(keep, field) and getattr(duplicate, field):
                setattr(keep, field, getattr(duplicate, field))
        if duplicate.notes.strip() and duplicate.notes.strip() not in keep.notes:
            combined = "\n\n".join(n for n in (keep.notes.strip(), duplicate.notes.strip()) if n)
            record(session, TextRef.customer_notes(keep_id).subject, keep.notes, combined)
            keep.notes = combined
        keep.tags = "; ".join(parse_tags(f"{keep.tags}; {duplicate.tags}"))
        if keep.manual_segment is None:
            keep.manual_segment = duplicate.manual_segment
        session.execute(
            update(CallRow).where(CallRow.customer_id == duplicate_id).values(customer_id=keep_id)
        )
        session.execute(
            update(ScoreRow).where(ScoreRow.customer_id == duplicate_id).values(customer_id=keep_id)
        )
        duplicate.archived = True
        duplicate.merged_into = keep_id
    return get_customer(db, keep_id)


class ImportCancelled(Exception):
    """The person cancelled an import; nothing was changed."""


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    skipped: tuple[SkippedRow, ...]  # rows that could not be used, with the reason


class _Register:
    """Who is already in the register, read once, for matching an import in linear time:
    by e-mail address, else by name and organisation (`identity.customer_key`); archived
    entries only when no active one matches."""

    def __init__(self, session: Session) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        rows = session.execute(
            select(
                CustomerRow.id, CustomerRow.email, CustomerRow.name, CustomerRow.organisation
            ).order_by(CustomerRow.archived.desc(), CustomerRow.id.desc())
        )
        for cid, email, name, organisation in rows:  # the preferred entry is read last
            if email:
                self.by_email[email.lower()] = cid
            self.by_name[customer_key(name, organisation)] = cid

    def find(self, candidate: CustomerCandidate) -> int | None:
        if candidate.email and candidate.email in self.by_email:
            return self.by_email[candidate.email]
        return self.by_name.get(customer_key(candidate.name, candidate.organisation))

    def add(self, candidate: CustomerCandidate, customer_id: int) -> None:
        if candidate.email:
            self.by_email.setdefault(candidate.email, customer_id)
        self.by_name.setdefault(customer_key(candidate.name, candidate.organisation), customer_id)


def _last_imported_scores(session: Session) -> dict[int, int]:
    """Per customer, the latest score that came from an import."""
    latest: dict[int, int] = {}
    for cid, score in session.execute(
        select(ScoreRow.customer_id, ScoreRow.score)
        .where(ScoreRow.source == "import")
        .order_by(ScoreRow.scored_on, ScoreRow.id)
    ):
        latest[cid] = score
    return latest


PROGRESS_EVERY = 250  # rows between two progress reports


def import_customers(
    db: Database,
    found: Iterable[CustomerCandidate],
    skipped: Iterable[SkippedRow],
    today: date,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Add or update customers from an imported file, in one transaction.

    A row is the same customer as an existing one with the same e-mail address, else the same
    name and organisation (one rule: `coursebook.identity`): then only empty fields are filled
    and tags added, so importing a file twice changes nothing. A score becomes a score dated
    today, unless the customer's latest imported score is that same number already.

    The register is read once and every row is matched in memory, so the time grows linearly
    with the file. `progress(done, total)` is called now and then; when `cancelled()` turns
    true the import stops with ImportCancelled and nothing is changed.
    """
    rows = list(found)
    total = len(rows)
    added = updated = unchanged = 0
    with db.session() as session:
        register = _Register(session)
        last_scores = _last_imported_scores(session)
        new_rows: list[tuple[CustomerCandidate, CustomerRow]] = []
        for done, candidate in enumerate(rows, start=1):
            if done % PROGRESS_EVERY == 0:
                if cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(done, total)
            existing_id = register.find(candidate)
            if existing_id is None:
                row = CustomerRow(
                    name=candidate.name,
                    organisation=candidate.organisation,
                    email=candidate.email,
                    phone=candidate.phone,
                    notes=candidate.notes,
                    tags="; ".join(candidate.tags),
                    archived=False,
                )
                session.add(row)
                new_rows.append((candidate, row))
                register.add(candidate, -len(new_rows))  # a placeholder until the flush
                added += 1
                continue
            if existing_id < 0:  # the same customer as a new row earlier in this import
                unchanged += 1
                continue
            existing = require(session, CustomerRow, existing_id, "customer")
            changed = False
            for field in ("organisation", "email", "phone", "notes"):
                value = getattr(candidate, field)
                if value and not getattr(existing, field):
                    setattr(existing, field, value)
                    changed = True
            tags = "; ".join(parse_tags("; ".join([existing.tags, *candidate.tags])))
            if tags != existing.tags:
                existing.tags, changed = tags, True
            if candidate.score is not None and last_scores.get(existing_id) != candidate.score:
                session.add(
                    ScoreRow(
                        customer_id=existing_id,
                        score=candidate.score,
                        scored_on=today,
                        source="import",
                    )
                )
                last_scores[existing_id] = candidate.score
                changed = True
            if changed:
                updated += 1
            else:
                unchanged += 1
        if cancelled():
            raise ImportCancelled()
        session.flush()  # one flush gives every new customer its id
        for candidate, row in new_rows:
            if candidate.score is not None:
                session.add(
                    ScoreRow(
                        customer_id=row.id, score=candidate.score, scored_on=today, source="import"
                    )
                )
        if progress is not None:
            progress(total, total)
    return ImportReport(added, updated, unchanged, tuple(skipped))


def possible_duplicates(db: Database) -> list[list[Customer]]:
    """Active customers that share a name (by `identity.text_key`): perhaps one customer
    entered twice. Offered for merging, never merged by themselves."""
    groups: dict[str, list[Customer]] = {}
    with db.session() as session:
        keys = dict(
            session.execute(
                select(CustomerRow.id, CustomerRow.name_key).where(CustomerRow.archived.is_(False))
            ).all()
        )
    for customer in customer_register(db):
        groups.setdefault(keys.get(customer.id, ""), []).append(customer)
    return [group for key, group in groups.items() if key and len(group) > 1]
