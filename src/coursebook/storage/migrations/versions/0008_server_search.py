"""Search on a PostgreSQL server: a view over what a person writes, with trigram indexes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

An SQLite file keeps an FTS5 index in step by triggers (0002, 0007); nothing changes there.
On PostgreSQL, `search_index` is a view with the same columns over the tables themselves,
and each searched column has a GIN index of its folded text (`pg_trgm`), so a word is found
inside others ("broodje" in "proefbroodje") and without its accents ("cafe" in "café"),
as in the file. `coursebook_fold` is lower() of unaccent(), marked immutable so it can be
indexed (unaccent's own dictionary is named, as PostgreSQL's documentation advises). Both
extensions are "trusted": the owner of the database may create them, no superuser needed.
"""

from collections.abc import Sequence

from alembic import op

from coursebook.storage.migrations import on_sqlite

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOLD = """CREATE OR REPLACE FUNCTION coursebook_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$"""

VIEW = """CREATE VIEW search_index AS
    SELECT 'call'::text AS kind, c.id AS ref, 'notes'::text AS part, c.run_id, c.course_id,
           c.step_id, c.task_id, c.notes AS body, c.updated_at AS written
      FROM call_note c WHERE c.notes <> ''
    UNION ALL
    SELECT 'call', c.id, 'customer', c.run_id, c.course_id, c.step_id, c.task_id, k.name,
           c.updated_at
      FROM call_note c JOIN customer k ON k.id = c.customer_id
    UNION ALL
    SELECT 'call', c.id, 'q' || a.question_index, c.run_id, c.course_id, c.step_id,
           c.task_id, a.answer, c.updated_at
      FROM call_answer a JOIN call_note c ON c.id = a.call_id WHERE a.answer <> ''
    UNION ALL
    SELECT 'action', a.id, '', a.run_id, a.course_id, a.step_id, a.task_id, a.text,
           a.updated_at
      FROM action a WHERE a.text <> ''
    UNION ALL
    SELECT 'reflection', r.id, '', r.run_id, r.course_id, r.step_id, r.task_id, r.text,
           r.updated_at
      FROM reflection r WHERE r.text <> ''"""

SEARCHED = (
    ("call_note", "notes"),
    ("customer", "name"),
    ("call_answer", "answer"),
    ("action", "text"),
    ("reflection", "text"),
)


def upgrade() -> None:
    if on_sqlite():
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute(FOLD)
    op.execute(VIEW)
    for table, column in SEARCHED:
        op.execute(
            f"CREATE INDEX ix_{table}_{column}_search ON {table} "
            f"USING gin (coursebook_fold({column}) gin_trgm_ops)"
        )


def downgrade() -> None:
    if on_sqlite():
        return
    for table, column in SEARCHED:
        op.execute(f"DROP INDEX ix_{table}_{column}_search")
    op.execute("DROP VIEW search_index")
    op.execute("DROP FUNCTION coursebook_fold(text)")
