"""Move a workbook to another database: a file into an empty PostgreSQL database (a team
starts sharing it), or a server's workbook back into a file.

Every table is copied row by row in the order its references need, in one transaction on
the target: a failure leaves the target as empty as it was. Afterwards the rows of each
table are counted on both sides; the search index is not copied but built by the target
itself (the file's triggers, the server's view). The source is never changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, Table, func, select, text, update

from coursebook.storage.database import Database
from coursebook.storage.models import Base

BATCH = 1000


class TargetNotEmptyError(Exception):
    """The target holds work already: moving never mixes two workbooks."""


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int

    @property
    def same(self) -> bool:
        return self.source == self.target


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _count(db: Database, table: Table) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)


def _self_references(table: Table) -> list[str]:
    """Columns that point into their own table (a merged customer at the one kept): copied
    as NULL first, then set, so that the order of the rows does not matter."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def move_workbook(source: Database, target: Database) -> list[TableCount]:
    """Copy everything in `source` into the empty, migrated `target`; the counts after."""
    tables = _tables()
    filled = [t.name for t in tables if t.name != "course_run" and _count(target, t)]
    if filled or _count(target, Base.metadata.tables["course_run"]):
        raise TargetNotEmptyError(
            "the target already holds a workbook"
            + (f" ({', '.join(filled[:3])})" if filled else "")
        )
    with source.engine.connect() as reading, target.engine.begin() as writing:
        for table in tables:
            later = _self_references(table)
            rows = reading.execute(select(table).order_by(*table.primary_key.columns))
            while batch := rows.fetchmany(BATCH):
                values = [dict(row._mapping) for row in batch]
                writing.execute(table.insert(), [{**v, **dict.fromkeys(later)} for v in values])
                key = next(iter(table.primary_key.columns))
                for v in values:
                    for column in later:
                        if v[column] is not None:
                            writing.execute(
                                update(table).where(key == v[key.name]).values({column: v[column]})
                            )
        if target.dialect == "postgresql":  # new rows must not take the ids just copied
            for table in tables:
                key = next(iter(table.primary_key.columns))
                if len(table.primary_key.columns) == 1 and isinstance(key.type, Integer):
                    writing.execute(
                        text(
                            "SELECT setval(pg_get_serial_sequence(:table, :column), "
                            f"COALESCE((SELECT MAX({key.name}) FROM {table.name}), 0) + 1, false)"
                        ),
                        {"table": table.name, "column": key.name},
                    )
    return [TableCount(t.name, _count(source, t), _count(target, t)) for t in tables]
