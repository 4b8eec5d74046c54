from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from coursebook.storage.backup import back_up
from coursebook.storage.database import NotADatabaseError, open_database
from coursebook.storage.recovery import move_aside, newest_good_backup, restore_newest


def make(database: Path, value: str) -> None:
    db = open_database(database)
    with db.session() as session:
        session.execute(text("INSERT INTO ui_state (key, value) VALUES ('k', :v)"), {"v": value})
    db.close()


def test_restore_the_newest_good_backup_and_keep_the_damaged_file(data_dir: Path) -> None:
    database = data_dir / "coursebook.sqlite3"
    make(database, "good")
    good = back_up(database, now=datetime(2026, 11, 20, 9, 0, 0))
    broken = back_up(database, now=datetime(2026, 11, 22, 9, 0, 0))
    broken.write_bytes(b"garbage")  # the newest backup is damaged too: it is skipped
    assert newest_good_backup(database) is not None
    assert newest_good_backup(database).path == good  # type: ignore[union-attr]
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)  # the live file is damaged
    damaged = hashlib.sha256(database.read_bytes()).hexdigest()
    with pytest.raises(NotADatabaseError):
        open_database(database)
    backup, moved = restore_newest(database, now=datetime(2026, 11, 23, 8, 0, 0))
    assert backup.path == good
    assert moved.name == "coursebook-damaged-2026-11-23-080000.sqlite3"
    assert hashlib.sha256(moved.read_bytes()).hexdigest() == damaged  # kept as it was
    db = open_database(database)
    with db.session() as session:
        assert session.execute(text("SELECT value FROM ui_state")).scalar() == "good"
    db.close()


def test_start_fresh_moves_the_file_and_its_journals_aside(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    database = data_dir / "coursebook.sqlite3"
    database.write_bytes(b"not a database")
    (data_dir / "coursebook.sqlite3-wal").write_bytes(b"journal")
    moved = move_aside(database, now=datetime(2026, 11, 23, 8, 0, 0))
    assert moved.read_bytes() == b"not a database"
    assert (data_dir / "coursebook-damaged-2026-11-23-080000.sqlite3-wal").read_bytes() == (
        b"journal"
    )
    assert not database.exists()
    open_database(database).close()  # a fresh one
    assert sqlite3.connect(database).execute("SELECT count(*) FROM ui_state").fetchone() == (0,)


def test_no_backup_no_restore(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    with pytest.raises(FileNotFoundError):
        restore_newest(data_dir / "coursebook.sqlite3")


def test_recovery_at_start_uses_restore_and_keeps_the_journals(data_dir: Path) -> None:
    database = data_dir / "coursebook.sqlite3"
    make(database, "good")
    good = back_up(database, now=datetime(2026, 11, 20, 9, 0, 0))
    database.write_bytes(b"")  # the live file lost, its -wal still holds work
    (data_dir / "coursebook.sqlite3-wal").write_bytes(b"wal content")
    backup, moved = restore_newest(database, now=datetime(2026, 11, 23, 8, 0, 0))
    assert backup.path == good
    assert moved == data_dir / "coursebook-damaged-2026-11-23-080000.sqlite3"
    assert moved.read_bytes() == b""
    assert (data_dir / (moved.name + "-wal")).read_bytes() == b"wal content"
    assert not (data_dir / "coursebook.sqlite3-wal").exists()
    assert sqlite3.connect(database).execute("SELECT value FROM ui_state").fetchone() == ("good",)
