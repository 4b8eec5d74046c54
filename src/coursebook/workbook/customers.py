"""The customer register, as far as the workbook needs it: names to pick in a call."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coursebook.storage.database import Database
from coursebook.storage.models import CustomerRow
from coursebook.workbook.validation import InvalidInput, check_text


@dataclass(frozen=True)
class CustomerRef:
    id: int
    name: str
    organisation: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


def list_customers(db: Database) -> list[CustomerRef]:
    """Active customers, by name."""
    with db.session() as session:
        rows = session.scalars(
            select(CustomerRow)
            .where(CustomerRow.archived.is_(False))
            .order_by(func.lower(CustomerRow.name))
        )
        return [CustomerRef(r.id, r.name, r.organisation) for r in rows]


def customer_for_name(session: Session, name: str) -> CustomerRow:
    """The active customer with this name (case-insensitive), created if there is none."""
    name = " ".join(check_text("customer", name).split())
    if not name:
        raise InvalidInput("customer", "a name is needed")
    if len(name) > 200:
        raise InvalidInput("customer", "a name can be at most 200 characters")
    existing = session.scalars(
        select(CustomerRow)
        .where(func.lower(CustomerRow.name) == name.lower(), CustomerRow.archived.is_(False))
        .order_by(CustomerRow.id)
    ).first()
    if existing is not None:
        return existing
    row = CustomerRow(name=name, organisation="", email="", phone="", notes="", archived=False)
    session.add(row)
    session.flush()
    return row
