"""Alembic migrations of the workbook schema: the same scripts for an SQLite file and a
PostgreSQL server; where the two engines differ (SQLite's FTS5 search index and its
triggers, PostgreSQL's search view and indexes), a script asks `on_sqlite()`."""

from alembic import op


def on_sqlite() -> bool:
    return bool(op.get_bind().dialect.name == "sqlite")
