from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import text

from coursebook.storage import database as database_module
from coursebook.storage.database import head_revision, open_database


def make_database_at(path: Path, revision: str) -> None:
    engine = database_module._make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = database_module.alembic_config()
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
        assert db.revision() == head_revision() == "0014"
        with db.session() as session:
            assert session.execute(text("SELECT course_id FROM course_run")).scalar() == (
                "superenthousiaste-klanten"
            )
            session.execute(
                text(
                    "INSERT INTO action (run_id, course_id, step_id, task_id, position, text, due) "
                    "VALUES (1, 'c', 's', 't', 1, 'findable words', '2026-11-27')"
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
        config = database_module.alembic_config()
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


def test_the_single_enrolment_becomes_the_first_run_with_all_its_work(data_dir: Path) -> None:
    """A filled database of one enrolment (and some work of a course followed before) is
    migrated to runs: every row arrives, in a run, and stays findable."""
    data_dir.mkdir(parents=True)
    path = data_dir / "coursebook.sqlite3"
    make_database_at(path, "0004")
    course = "superenthousiaste-klanten"
    with sqlite3.connect(path) as connection:
        connection.executescript(
            f"""
            INSERT INTO enrolment (course_id, language, start_date)
                VALUES ('{course}', 'nl', '2026-10-05');
            INSERT INTO customer (name, name_key, organisation, email, phone, notes, archived, tags)
                VALUES ('Anna', 'anna', '', '', '', '', 0, '');
            INSERT INTO ui_state (key, value) VALUES ('last_step:{course}', 'stap-3');
            INSERT INTO ui_state (key, value) VALUES ('last_current_step:{course}', 'stap-9');
            """
        )
        for n in range(40):
            connection.execute(
                "INSERT INTO call_note (course_id, step_id, task_id, position, customer_id, "
                "call_date, channel, notes) VALUES (?, ?, 'calls', ?, 1, '2026-10-20', 'phone', ?)",
                (course, f"stap-{n % 6 + 1}", n, f"notitie {n}"),
            )
            connection.execute(
                "INSERT INTO call_answer (call_id, question_index, answer) VALUES (?, 0, ?)",
                (n + 1, f"antwoord {n} verrast"),
            )
        for n in range(12):
            connection.execute(
                "INSERT INTO action (course_id, step_id, task_id, position, text, due) "
                "VALUES (?, ?, 'acties', 1, ?, '2026-10-23')",
                (course, f"stap-{n + 1}", f"actie {n}"),
            )
            connection.execute(
                "INSERT INTO reflection (course_id, step_id, task_id, text) "
                "VALUES (?, ?, 'reflectie', ?)",
                (course, f"stap-{n + 1}", f"reflectie {n} bijzonder"),
            )
            connection.execute(
                "INSERT INTO checklist_tick (course_id, step_id, task_id, item_index, done_on) "
                "VALUES (?, 'stap-12', 'lijst', ?, '2026-12-21')",
                (course, n),
            )
        # Work left from a course followed once before (the enrolment was changed since).
        connection.execute(
            "INSERT INTO reflection (course_id, step_id, task_id, text) "
            "VALUES ('oude-cursus', 'stap-1', 'reflectie', 'van vroeger')"
        )
    connection.close()
    before = {
        table: _count(path, table)
        for table in ("call_note", "call_answer", "action", "reflection", "checklist_tick")
    }

    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            for table, count in before.items():
                assert _count_in(connection, table) == count, table
            runs = connection.execute(
                text("SELECT id, course_id, start_date FROM course_run ORDER BY id")
            ).all()
            assert [(r[1], str(r[2])) for r in runs] == [
                (course, "2026-10-05"),
                ("oude-cursus", "2026-10-05"),
            ]
            first, old = runs[0][0], runs[1][0]
            for table in ("call_note", "action", "reflection", "checklist_tick"):
                rows = connection.execute(text(f"SELECT course_id, run_id FROM {table}")).all()
                assert all(run == (first if c == course else old) for c, run in rows), table
            state = dict(connection.execute(text("SELECT key, value FROM ui_state")).all())
            assert state["current_run"] == str(first)
            assert state[f"last_step:{first}"] == "stap-3"

            def hits(word: str) -> int:
                return int(
                    connection.execute(
                        text("SELECT count(*) FROM search_index WHERE search_index MATCH :w"),
                        {"w": word},
                    ).scalar()
                    or 0
                )

            assert hits("verrast") == 40 and hits("bijzonder") == 12
        # The triggers of the rebuilt reflection table work, and a second run may write the
        # same step's reflection without touching the first.
        from coursebook.workbook.reflections import get_reflection, save_reflection
        from coursebook.workbook.runs import current_run, start_run
        from coursebook.workbook.task_key import TaskKey

        assert current_run(db) is not None and current_run(db).id == first  # type: ignore[union-attr]
        again = start_run(db, course, "nl", date(2027, 1, 4))
        save_reflection(db, TaskKey(again.id, course, "stap-1", "reflectie"), "tweede keer")
        assert get_reflection(db, TaskKey(first, course, "stap-1", "reflectie")) == (
            "reflectie 0 bijzonder"
        )
        with db.engine.connect() as connection:
            assert _count_in(connection, "reflection") == before["reflection"] + 1
    finally:
        db.close()


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    connection.close()
    return int(count)


def _count_in(connection: object, table: str) -> int:
    return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar())  # type: ignore[attr-defined]


def test_the_revisions_read_from_the_scripts_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(database_module.alembic_config())
    assert head_revision() == script.get_current_head()
    assert database_module.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_an_encrypted_workbook_of_an_older_schema_is_migrated_encrypted(data_dir: Path) -> None:
    from coursebook.storage.driver import Password
    from coursebook.storage.encryption import change_protection
    from coursebook.workbook.customers import add_customer, list_customers

    data_dir.mkdir(parents=True)
    path = data_dir / "coursebook.sqlite3"
    db = open_database(path)
    add_customer(db, "Oud Schema")
    db.close()
    password = Password("oud")
    change_protection(path, None, password)
    engine = database_module._make_engine(path, password, foreign_keys=False)
    with engine.begin() as connection:
        config = database_module.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")  # before versions and the trash
    engine.dispose()
    db = open_database(path, password=password)  # migrates, with a backup first
    try:
        assert db.revision() == head_revision()
        assert [c.name for c in list_customers(db)] == ["Oud Schema"]
    finally:
        db.close()
    (backup,) = (data_dir / "backups").glob("coursebook-before-migration-*.sqlite3")
    assert b"Oud Schema" not in backup.read_bytes() and b"Oud Schema" not in path.read_bytes()
    from coursebook.storage.database import inspect_database

    assert inspect_database(backup, password=password) == "0005"  # opens with the password
