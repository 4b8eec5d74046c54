from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from sqlalchemy import text

from coursebook.storage import database as database_module
from coursebook.storage.database import head_revision, open_database


def make_database_at(path: Path, revision: str) -> None:
    engine = database_module._make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = database_module._alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_upgrade_from_the_first_schema_keeps_data_and_makes_a_copy(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "coursebook.sqlite3"
    make_database_at(path, "0001")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO enrolment (course_id, language, start_date) "
            "VALUES ('superenthousiaste-klanten', 'nl', '2026-10-12')"
        )
    connection.close()
    db = open_database(path, now=lambda: datetime(2026, 11, 23, 9, 0, 0))
    try:
        assert db.revision() == head_revision() == "0004"
        with db.session() as session:
            assert session.execute(text("SELECT course_id FROM enrolment")).scalar() == (
                "superenthousiaste-klanten"
            )
            session.execute(
                text(
                    "INSERT INTO action (course_id, step_id, task_id, position, text, due) "
                    "VALUES ('c', 's', 't', 1, 'findable words', '2026-11-27')"
                )
            )
        with db.engine.connect() as connection:
            hits = connection.execute(
                text("SELECT count(*) FROM search_index WHERE search_index MATCH 'findable'")
            ).scalar()
        assert hits == 1
    finally:
        db.close()
    copy = data_dir / "backups" / "coursebook-before-migration-2026-11-23-090000.sqlite3"
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()


def test_downgrade_and_upgrade_again(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "coursebook.sqlite3"
    make_database_at(path, "head")
    make_database_at(path, "head")  # idempotent
    engine = database_module._make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = database_module._alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "call_note" not in tables and "search_index" not in tables
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        triggers = {
            r[0]
            for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    connection.close()
    assert {"call_answer_ai", "customer_au", "reflection_au"} <= triggers
