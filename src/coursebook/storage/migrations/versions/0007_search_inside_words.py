"""Search inside words: the search index is tokenised in trigrams, so "broodje" finds
"proefbroodje" (Dutch glues words together), diacritics folded ("cafe" finds "café").

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

The index is built anew beside the old one from the old one's rows (it stores its content),
then takes its name. The triggers that keep it in step with the work are set aside while
the old one goes (SQLite refuses a schema whose triggers name a missing table) and made
again, as they were, from their own SQL. It needs SQLite 3.45 or later (trigram with
remove_diacritics): Coursebook brings its own (SQLCipher's), whatever the system has.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coursebook.storage.migrations import on_sqlite

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "kind, ref, part, course_id, step_id, task_id, body"
_SCHEMA = """CREATE VIRTUAL TABLE {name} USING fts5(
    kind UNINDEXED, ref UNINDEXED, part UNINDEXED,
    course_id UNINDEXED, step_id UNINDEXED, task_id UNINDEXED, body,
    tokenize = '{tokenizer}')"""
TRIGRAM = "trigram remove_diacritics 1"
WORDS = "unicode61 remove_diacritics 2"


def _rebuild(tokenizer: str) -> None:
    triggers = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND sql LIKE '%search_index%' ORDER BY name"
            )
        )
        .all()
    )
    for name, _sql in triggers:
        op.execute(f'DROP TRIGGER "{name}"')
    op.execute(_SCHEMA.format(name="search_index_new", tokenizer=tokenizer))
    op.execute(
        f"INSERT INTO search_index_new (rowid, {COLUMNS}) SELECT rowid, {COLUMNS} FROM search_index"
    )
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_index_new RENAME TO search_index")
    for _name, sql in triggers:
        op.execute(sql)


def upgrade() -> None:
    if on_sqlite():  # PostgreSQL searches inside words from the start (migration 0008)
        _rebuild(TRIGRAM)


def downgrade() -> None:
    if on_sqlite():
        _rebuild(WORDS)
