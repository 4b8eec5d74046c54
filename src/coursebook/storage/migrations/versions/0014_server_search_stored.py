"""Search on a server keeps each searched text folded and as words beside it, so a search
reads them instead of folding every matching text again.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03

For each searched column, two generated columns (PostgreSQL keeps them up to date itself):
`<column>_folded` (lower case, accents taken off: what part-of-word search compares, with
a trigram index) and `<column>_words` (a tsvector of the folded words, with a GIN index:
what ranks whole words first). The search view shows them as `folded` and `words`. On five
years of work a common word matched 40,000 texts, and folding each again took half a
second (bench/bench_search.py --database-url). Nothing on SQLite.
"""

from collections.abc import Sequence

from alembic import op

from coursebook.storage.migrations import on_sqlite

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCHED = (
    ("call_note", "notes"),
    ("customer", "name"),
    ("call_answer", "answer"),
    ("action", "text"),
    ("reflection", "text"),
)

VIEW = """CREATE VIEW search_index AS
    SELECT 'call'::text AS kind, c.id AS ref, 'notes'::text AS part, c.run_id, c.course_id,
           c.step_id, c.task_id, c.notes AS body, c.updated_at AS written,
           c.notes_folded AS folded, c.notes_words AS words
      FROM call_note c WHERE c.notes <> ''
    UNION ALL
    SELECT 'call'::text, c.id, 'customer'::text, c.run_id, c.course_id, c.step_id,
           c.task_id, k.name::text, c.updated_at, k.name_folded, k.name_words
      FROM call_note c JOIN customer k ON k.id = c.customer_id
    UNION ALL
    SELECT 'call'::text, c.id, 'q' || a.question_index, c.run_id, c.course_id, c.step_id,
           c.task_id, a.answer, c.updated_at, a.answer_folded, a.answer_words
      FROM call_answer a JOIN call_note c ON c.id = a.call_id WHERE a.answer <> ''
    UNION ALL
    SELECT 'action'::text, a.id, ''::text, a.run_id, a.course_id, a.step_id, a.task_id,
           a.text, a.updated_at, a.text_folded, a.text_words
      FROM action a WHERE a.text <> ''
    UNION ALL
    SELECT 'reflection'::text, r.id, ''::text, r.run_id, r.course_id, r.step_id, r.task_id,
           r.text, r.updated_at, r.text_folded, r.text_words
      FROM reflection r WHERE r.text <> ''"""


def upgrade() -> None:
    if on_sqlite():
        return
    op.execute("DROP VIEW search_index")
    for table, column in SEARCHED:
        op.execute(f"DROP INDEX ix_{table}_{column}_search")
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column}_folded text "
            f"GENERATED ALWAYS AS (coursebook_fold({column})) STORED"
        )
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column}_words tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('simple', coursebook_fold({column}))) STORED"
        )
        op.execute(
            f"CREATE INDEX ix_{table}_{column}_folded ON {table} "
            f"USING gin ({column}_folded gin_trgm_ops)"
        )
        op.execute(f"CREATE INDEX ix_{table}_{column}_words ON {table} USING gin ({column}_words)")
    op.execute(VIEW)


def downgrade() -> None:
    if on_sqlite():
        return
    from importlib import util
    from pathlib import Path

    op.execute("DROP VIEW search_index")
    for table, column in SEARCHED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}_words")
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}_folded")
        op.execute(
            f"CREATE INDEX ix_{table}_{column}_search ON {table} "
            f"USING gin (coursebook_fold({column}) gin_trgm_ops)"
        )
    spec = util.spec_from_file_location(
        "search_0013", Path(__file__).with_name("0013_server_search_by_index.py")
    )
    assert spec is not None and spec.loader is not None
    earlier = util.module_from_spec(spec)
    spec.loader.exec_module(earlier)
    op.execute(earlier.VIEW)
