from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from coursebook.storage import database as database_module
from coursebook.storage.database import (
    DatabaseUnavailableError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    head_revision,
    open_database,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_migrated_with_wal_and_foreign_keys(data_dir: Path) -> None:
    path = data_dir / "coursebook.sqlite3"
    db = open_database(path)
    try:
        assert path.is_file()
        assert db.revision() == head_revision()
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            tables = set(
                connection.execute(
                    text("SELECT name FROM sqlite_master WHERE type='table'")
                ).scalars()
            )
        assert {"alembic_version", "course_run", "ui_state"} <= tables
    finally:
        db.close()
    # A brand-new database needs no backup copy.
    assert list(data_dir.rglob("*before-migration*")) == []


def test_reopening_a_current_database_makes_no_backup(data_dir: Path) -> None:
    path = data_dir / "coursebook.sqlite3"
    open_database(path).close()
    open_database(path).close()
    assert list(data_dir.rglob("*before-migration*")) == []


def test_a_database_behind_the_newest_schema_is_copied_before_migrating(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / "coursebook.sqlite3"
    db = open_database(path)
    with db.session() as session:
        session.execute(text("INSERT INTO ui_state (key, value) VALUES ('k', 'precious')"))
    db.close()
    # Pretend this app knows a newer head than the file has, as after an update.
    monkeypatch.setattr(database_module, "head_revision", lambda: "9999")
    open_database(path, now=lambda: datetime(2026, 11, 23, 18, 30, 5)).close()
    backup = data_dir / "backups" / "coursebook-before-migration-2026-11-23-183005.sqlite3"
    assert backup.is_file()
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT value FROM ui_state").fetchall() == [("precious",)]


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"", NotADatabaseError, r"empty \(0 bytes\)"),
        # Random bytes are what an encrypted file looks like without its password.
        (os.urandom(4096), NotADatabaseError, "protected with a password, or it is not"),
        (b"SQLite format 3\x00" + b"\x00" * 20, NotADatabaseError, "truncated"),
        (b"My shopping list\nbread\n", NotADatabaseError, "not an SQLite database"),
    ],
)
def test_unreadable_files_are_refused_and_left_untouched(
    data_dir: Path, content: bytes, error: type[Exception], words: str
) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "coursebook.sqlite3"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(error, match=words) as caught:
        open_database(path)
    assert str(path) in str(caught.value)
    assert digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["coursebook.sqlite3"]


def test_a_truncated_real_database_is_refused_untouched(data_dir: Path) -> None:
    path = data_dir / "coursebook.sqlite3"
    db = open_database(path)
    with db.session() as session:
        for i in range(300):
            session.execute(
                text("INSERT INTO ui_state (key, value) VALUES (:k, :v)"),
                {"k": f"key{i}", "v": "x" * 500},
            )
    db.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for leftover in data_dir.glob("coursebook.sqlite3-*"):
        leftover.unlink()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        open_database(path)
    assert digest(path) == before


def test_another_programs_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "coursebook.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute("INSERT INTO recipes VALUES ('soup')")
    connection.close()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError, match=r"another program.*recipes"):
        open_database(path)
    assert digest(path) == before


def test_a_newer_schema_is_refused_with_a_clear_message(data_dir: Path) -> None:
    path = data_dir / "coursebook.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '7777_future'")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = digest(path)
    with pytest.raises(NewerSchemaError, match="newer version of Coursebook"):
        open_database(path)
    assert digest(path) == before


def test_a_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    with pytest.raises(DatabaseUnavailableError, match="cannot create the data folder"):
        open_database(blocker / "coursebook.sqlite3")
    assert blocker.read_text(encoding="utf-8") == "a file where the data folder should be"


def test_a_failed_session_rolls_back(data_dir: Path) -> None:
    db = open_database(data_dir / "coursebook.sqlite3")
    try:
        with pytest.raises(RuntimeError), db.session() as session:
            session.execute(text("INSERT INTO ui_state (key, value) VALUES ('a', 'b')"))
            raise RuntimeError("boom")
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM ui_state")).scalar() == 0
    finally:
        db.close()


def test_a_path_with_url_characters_opens_the_right_file(tmp_path: Path) -> None:
    decoy = tmp_path / "data"
    decoy.write_bytes(b"")  # what "data?x/..." would wrongly point at as a URL
    folder = tmp_path / "data?x%41"
    db = open_database(folder / "coursebook.sqlite3")
    db.close()
    assert (folder / "coursebook.sqlite3").is_file()
    assert decoy.read_bytes() == b""
    assert not (tmp_path / "dataA").exists()


@pytest.mark.parametrize(
    "schema",
    [
        ["CREATE VIEW report AS SELECT 1 AS one"],
        ["CREATE TABLE sqlitestudio_notes (x)"],
        ["CREATE TABLE alembic_version (version_num VARCHAR(32))", "CREATE TABLE invoices (x)"],
        ["PRAGMA application_id = 1234"],
    ],
)
def test_other_programs_databases_in_disguise_are_refused(
    data_dir: Path, schema: list[str]
) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "coursebook.sqlite3"
    connection = sqlite3.connect(path)
    for statement in schema:
        connection.execute(statement)
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError, match="another program"):
        open_database(path)
    assert digest(path) == before


def test_our_databases_carry_the_application_id(data_dir: Path) -> None:
    path = data_dir / "coursebook.sqlite3"
    open_database(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == (
        database_module.APPLICATION_ID
    )
    connection.close()


def test_an_orphaned_journal_is_not_thrown_away(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    wal = data_dir / "coursebook.sqlite3-wal"
    wal.write_bytes(b"someone's last changes")
    with pytest.raises(NotADatabaseError, match="holds changes"):
        open_database(data_dir / "coursebook.sqlite3")
    assert wal.read_bytes() == b"someone's last changes"
    assert not (data_dir / "coursebook.sqlite3").exists()


def test_migration_backups_never_overwrite_each_other(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "coursebook.sqlite3"
    moment = datetime(2026, 11, 23, 18, 0, 0)
    first = database_module.migration_backup_path(path, moment)
    first.parent.mkdir()
    first.write_bytes(b"older backup")
    second = database_module.migration_backup_path(path, moment)
    assert second != first and second.name.endswith("-2.sqlite3")
    open_database(path).close()
    with pytest.raises(FileExistsError):
        database_module.backup_database(path, first)
    assert first.read_bytes() == b"older backup"


def test_a_file_left_whole_is_not_read_page_by_page_again_but_a_changed_one_is(
    data_dir: Path,
) -> None:
    path = data_dir / "coursebook.sqlite3"
    open_database(path).close()  # a clean close notes the file as whole
    real = database_module._unchanged_since_closed
    assert real(path)
    db = open_database(path)  # while open, the note is gone: a crash means a full check
    assert not database_module._checked_marker(path).exists()
    db.close()
    with path.open("r+b") as handle:  # someone changes the file after the clean close
        handle.seek(0, 2)
        handle.write(b"\0" * 10)
    assert not real(path)


def test_a_crash_journal_that_cannot_be_read_is_kept_not_dropped(data_dir: Path) -> None:
    """SQLite ignores a -wal whose first frame is damaged, and its transactions are gone;
    the database is not opened over it, and both files stay byte for byte."""
    path = data_dir / "coursebook.sqlite3"
    open_database(path).close()
    wal = path.with_name(path.name + "-wal")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE kept (x)")
    connection.execute("INSERT INTO kept VALUES ('committed, only in the journal')")
    connection.commit()
    journal, database = bytearray(wal.read_bytes()), path.read_bytes()  # as a crash leaves them
    connection.close()
    journal[32 + 24 + 100] ^= 0xFF  # a damaged byte in the first frame
    wal.write_bytes(journal)
    path.write_bytes(database)
    assert not database_module.wal_is_readable(wal)
    with pytest.raises(NotADatabaseError) as caught:
        open_database(path)
    assert "cannot be read" in str(caught.value)
    assert wal.read_bytes() == bytes(journal) and path.read_bytes() == database


def test_another_programs_alembic_database_is_foreign_not_newer(data_dir: Path) -> None:
    """Other programs use Alembic too: an unknown revision without our stamp in the header
    is someone else's database, left untouched."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "coursebook.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError, match="another program"):
        open_database(path)
    assert digest(path) == before
