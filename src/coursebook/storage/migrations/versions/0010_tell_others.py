"""A shared workbook tells everyone connected what changed (PostgreSQL's LISTEN/NOTIFY).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

Each write to the work sends a notification on the channel `coursebook` when its
transaction commits: the table, and the step it belongs to ("action welcome", "customer").
PostgreSQL folds identical notifications of one transaction into one. Nothing on SQLite:
a file has one writer.
"""

from collections.abc import Sequence

from alembic import op

from coursebook.storage.migrations import on_sqlite

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "coursebook"
STEP_TABLES = ("call_note", "action", "reflection", "checklist_tick")
PLAIN_TABLES = ("customer", "customer_score", "course_run")

FUNCTIONS = (
    f"""CREATE FUNCTION coursebook_tell_step() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE changed record;
    BEGIN
        IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ' ' || changed.step_id);
        RETURN NULL;
    END $$""",
    f"""CREATE FUNCTION coursebook_tell_answer() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE changed record;
    BEGIN
        IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
        PERFORM pg_notify('{CHANNEL}', 'call_note ' || COALESCE(
            (SELECT step_id FROM call_note WHERE id = changed.call_id), ''));
        RETURN NULL;
    END $$""",
    f"""CREATE FUNCTION coursebook_tell() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
        RETURN NULL;
    END $$""",
)


def _trigger(table: str, function: str, level: str) -> str:
    return (
        f"CREATE TRIGGER {table}_tell AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH {level} EXECUTE FUNCTION {function}()"
    )


def upgrade() -> None:
    if on_sqlite():
        return
    for function in FUNCTIONS:
        op.execute(function)
    for table in STEP_TABLES:
        op.execute(_trigger(table, "coursebook_tell_step", "ROW"))
    op.execute(_trigger("call_answer", "coursebook_tell_answer", "ROW"))
    for table in PLAIN_TABLES:
        op.execute(_trigger(table, "coursebook_tell", "STATEMENT"))


def downgrade() -> None:
    if on_sqlite():
        return
    for table in (*STEP_TABLES, "call_answer", *PLAIN_TABLES):
        op.execute(f"DROP TRIGGER {table}_tell ON {table}")
    for name in ("coursebook_tell_step", "coursebook_tell_answer", "coursebook_tell"):
        op.execute(f"DROP FUNCTION {name}()")
