"""Runs of a course: the course again next quarter, or another course, each with its own work.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

The single enrolment becomes the first run (`enrolment` is renamed `course_run`), and all
work is given to it. Work of a course that is no longer the one followed (someone changed
course once) gets a run of its own, so nothing is left without one. Calls and actions get
their column by plain ALTER TABLE, so their search triggers stay; `reflection` and
`checklist_tick` are rebuilt because their unique keys now include the run, and the
reflection's search triggers are created again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coursebook.storage.migrations import on_sqlite

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WORK_TABLES = ("call_note", "action", "reflection", "checklist_tick")
_REFLECTION_BASE = 3_000_000_000_000
_REFLECTION_INDEX = f"""
    INSERT INTO search_index (rowid, kind, ref, part, course_id, step_id, task_id, body)
    SELECT {_REFLECTION_BASE} + new.id, 'reflection', new.id, '', new.course_id, new.step_id,
           new.task_id, new.text
     WHERE new.text <> '';"""
_REFLECTION_UNINDEX = f"DELETE FROM search_index WHERE rowid = {_REFLECTION_BASE} + old.id;"
REFLECTION_TRIGGERS = (
    f"CREATE TRIGGER reflection_ai AFTER INSERT ON reflection BEGIN {_REFLECTION_INDEX} END",
    "CREATE TRIGGER reflection_au AFTER UPDATE ON reflection BEGIN "
    f"{_REFLECTION_UNINDEX} {_REFLECTION_INDEX} END",
    f"CREATE TRIGGER reflection_ad AFTER DELETE ON reflection BEGIN {_REFLECTION_UNINDEX} END",
)


def _give_every_course_a_run(connection: sa.Connection) -> None:
    """The enrolment's course keeps its run; any other course with work gets one, with the
    enrolment's start and language as the best guess (there is nothing better to go on)."""
    runs = connection.execute(
        sa.text("SELECT id, course_id, language, start_date FROM course_run ORDER BY id")
    ).all()
    by_course = {course_id: run_id for run_id, course_id, _language, _start in runs}
    worked = set()
    for table in WORK_TABLES:
        worked |= {
            row[0] for row in connection.execute(sa.text(f"SELECT DISTINCT course_id FROM {table}"))
        }
    template = runs[-1] if runs else None
    for course_id in sorted(worked - set(by_course)):
        language = template[2] if template else "nl"
        start = template[3] if template else "2026-01-05"
        connection.execute(
            sa.text(
                "INSERT INTO course_run (course_id, language, start_date) "
                "VALUES (:course, :language, :start)"
            ),
            {"course": course_id, "language": language, "start": start},
        )
    for table in ("call_note", "action"):
        connection.execute(
            sa.text(
                f"UPDATE {table} SET run_id = (SELECT MIN(r.id) FROM course_run r "
                f"WHERE r.course_id = {table}.course_id)"
            )
        )


def upgrade() -> None:
    op.rename_table("enrolment", "course_run")
    connection = op.get_bind()
    # The run followed until now stays the one shown (runs added below are older work).
    connection.execute(sa.text("DELETE FROM ui_state WHERE key = 'current_run'"))
    connection.execute(
        sa.text(
            "INSERT INTO ui_state (key, value) "
            "SELECT 'current_run', CAST(MAX(id) AS TEXT) FROM course_run HAVING COUNT(*) > 0"
        )
    )
    # Plain ALTER TABLE: SQLite may add a REFERENCES column whose default is NULL.
    for table in ("call_note", "action"):
        op.execute(f"ALTER TABLE {table} ADD COLUMN run_id INTEGER REFERENCES course_run (id)")
    _give_every_course_a_run(connection)
    first_run_of = "(SELECT MIN(r.id) FROM course_run r WHERE r.course_id = {0}.course_id)"

    for table in ("call_note", "action"):
        op.drop_index(f"ix_{table}_task", table_name=table)
        op.create_index(f"ix_{table}_task", table, ["run_id", "step_id", "task_id", "position"])

    if not on_sqlite():  # PostgreSQL: a key's name is its index's, unique in the schema
        op.execute("ALTER TABLE reflection RENAME CONSTRAINT pk_reflection TO pk_reflection_old")
        op.execute(
            "ALTER TABLE checklist_tick RENAME CONSTRAINT pk_checklist_tick "
            "TO pk_checklist_tick_old"
        )
    op.create_table(
        "reflection_new",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.String(length=100), nullable=False),
        sa.Column("step_id", sa.String(length=100), nullable=False),
        sa.Column("task_id", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["course_run.id"], name="fk_reflection_run_id_course_run"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_reflection"),
        sa.UniqueConstraint("run_id", "step_id", "task_id", name="uq_reflection_run_task"),
    )
    op.execute(
        "INSERT INTO reflection_new (id, run_id, course_id, step_id, task_id, text, updated_at) "
        f"SELECT id, {first_run_of.format('reflection')}, course_id, step_id, task_id, text, "
        "updated_at FROM reflection"
    )
    op.drop_table("reflection")  # its search triggers go with it; the index rows stay valid
    op.rename_table("reflection_new", "reflection")
    for trigger in REFLECTION_TRIGGERS if on_sqlite() else ():
        op.execute(trigger)

    op.create_table(
        "checklist_tick_new",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.String(length=100), nullable=False),
        sa.Column("step_id", sa.String(length=100), nullable=False),
        sa.Column("task_id", sa.String(length=100), nullable=False),
        sa.Column("item_index", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"], ["course_run.id"], name="fk_checklist_tick_run_id_course_run"
        ),
        sa.PrimaryKeyConstraint(
            "run_id", "step_id", "task_id", "item_index", name="pk_checklist_tick"
        ),
    )
    op.execute(
        "INSERT INTO checklist_tick_new "
        "(run_id, course_id, step_id, task_id, item_index, done_on) "
        f"SELECT {first_run_of.format('checklist_tick')}, course_id, step_id, task_id, "
        "item_index, done_on FROM checklist_tick"
    )
    op.drop_table("checklist_tick")
    op.rename_table("checklist_tick_new", "checklist_tick")

    # What the window remembers is per run now: the step open last, and which run is shown.
    connection.execute(
        sa.text(
            "UPDATE ui_state SET key = 'last_step:' || (SELECT MIN(r.id) FROM course_run r "
            "WHERE 'last_step:' || r.course_id = ui_state.key) "
            "WHERE key LIKE 'last_step:%' AND EXISTS (SELECT 1 FROM course_run r "
            "WHERE 'last_step:' || r.course_id = ui_state.key)"
        )
    )
    connection.execute(
        sa.text(
            "UPDATE ui_state SET key = 'last_current_step:' || (SELECT MIN(r.id) FROM "
            "course_run r WHERE 'last_current_step:' || r.course_id = ui_state.key) "
            "WHERE key LIKE 'last_current_step:%' AND EXISTS (SELECT 1 FROM course_run r "
            "WHERE 'last_current_step:' || r.course_id = ui_state.key)"
        )
    )


def downgrade() -> None:
    """Back to one enrolment per course. Where several runs wrote the same reflection or
    ticked the same item, the newest run's is kept. `run_id` stays on calls and actions
    (SQLite cannot drop a referencing column; the older schema ignores it)."""
    op.create_table(
        "reflection_old",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.String(length=100), nullable=False),
        sa.Column("step_id", sa.String(length=100), nullable=False),
        sa.Column("task_id", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name="pk_reflection"),
        sa.UniqueConstraint("course_id", "step_id", "task_id", name="task"),
    )
    op.execute(
        "INSERT OR REPLACE INTO reflection_old (id, course_id, step_id, task_id, text, updated_at) "
        "SELECT id, course_id, step_id, task_id, text, updated_at FROM reflection ORDER BY run_id"
    )
    op.drop_table("reflection")
    op.rename_table("reflection_old", "reflection")
    for trigger in REFLECTION_TRIGGERS if on_sqlite() else ():
        op.execute(trigger)
    op.create_table(
        "checklist_tick_old",
        sa.Column("course_id", sa.String(length=100), nullable=False),
        sa.Column("step_id", sa.String(length=100), nullable=False),
        sa.Column("task_id", sa.String(length=100), nullable=False),
        sa.Column("item_index", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint(
            "course_id", "step_id", "task_id", "item_index", name="pk_checklist_tick"
        ),
    )
    op.execute(
        "INSERT OR REPLACE INTO checklist_tick_old "
        "SELECT course_id, step_id, task_id, item_index, done_on FROM checklist_tick "
        "ORDER BY run_id"
    )
    op.drop_table("checklist_tick")
    op.rename_table("checklist_tick_old", "checklist_tick")
    for table in ("call_note", "action"):
        op.drop_index(f"ix_{table}_task", table_name=table)
        op.create_index(f"ix_{table}_task", table, ["course_id", "step_id", "task_id", "position"])
    op.execute("DELETE FROM ui_state WHERE key = 'current_run'")
    op.rename_table("course_run", "enrolment")
