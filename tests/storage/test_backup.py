from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from coursebook.storage.backup import (
    back_up,
    check_backup_file,
    daily_backup,
    list_backups,
    restore,
    rotate,
)
from coursebook.storage.database import NotADatabaseError, open_database


def write_value(path: Path, value: str) -> None:
    db = open_database(path)
    with db.session() as session:
        session.execute(text("DELETE FROM ui_state"))
        session.execute(text("INSERT INTO ui_state (key, value) VALUES ('k', :v)"), {"v": value})
    db.close()


def read_value(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT value FROM ui_state").fetchone()[0])
    finally:
        connection.close()


def test_daily_backup_once_a_day_and_rotation(data_dir: Path) -> None:
    database = data_dir / "coursebook.sqlite3"
    write_value(database, "v1")
    first = daily_backup(database, date(2026, 11, 23))
    assert first is not None and read_value(first) == "v1"
    assert daily_backup(database, date(2026, 11, 23)) is None  # once a day
    for offset in range(1, 80):  # eighty days of starts
        daily_backup(database, date(2026, 11, 23) + timedelta(days=offset))
    names = sorted(b.path.name for b in list_backups(database) if b.kind == "daily")
    days = [date.fromisoformat(n[len("coursebook-daily-") : -len(".sqlite3")]) for n in names]
    last = date(2026, 11, 23) + timedelta(days=79)
    assert [last - timedelta(days=d) for d in range(7)] == sorted(days, reverse=True)[:7]
    weeks = {d.isocalendar()[:2] for d in days}
    assert len(weeks) == 8 and len(days) <= 7 + 8
    assert rotate(database) == []  # nothing more to remove


def test_back_up_now_and_restore_round_trip(data_dir: Path) -> None:
    database = data_dir / "coursebook.sqlite3"
    write_value(database, "before")
    copy = back_up(database, now=datetime(2026, 11, 23, 12, 0, 0))
    assert copy.name == "coursebook-manual-2026-11-23-120000.sqlite3"
    write_value(database, "after")
    safety = restore(database, copy, now=datetime(2026, 11, 23, 12, 5, 0))
    assert read_value(database) == "before"
    assert safety is not None and read_value(safety) == "after"
    assert check_backup_file(database) is not None
    db = open_database(database)  # the restored file opens normally
    db.close()


@pytest.mark.parametrize("content", [b"", os.urandom(2048), b"SQLite format 3\x00" + b"\x00" * 50])
def test_restore_refuses_files_that_are_not_good_backups(
    data_dir: Path, tmp_path: Path, content: bytes
) -> None:
    database = data_dir / "coursebook.sqlite3"
    write_value(database, "keep me")
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(NotADatabaseError):
        restore(database, bad)
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert not (data_dir / "backups").exists()  # not even a safety copy was needed


def test_restore_refuses_another_programs_database(data_dir: Path, tmp_path: Path) -> None:
    from coursebook.storage.database import ForeignDatabaseError

    database = data_dir / "coursebook.sqlite3"
    write_value(database, "keep me")
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE recipes (x)")
    connection.commit()
    connection.close()
    with pytest.raises(ForeignDatabaseError):
        restore(database, other)
    assert read_value(database) == "keep me"
