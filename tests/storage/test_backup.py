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
    restored = restore(database, copy, now=datetime(2026, 11, 23, 12, 5, 0))
    assert read_value(database) == "before"
    safety = restored.kept
    assert restored.damaged is None
    assert safety is not None and safety.name.startswith("coursebook-before-restore-")
    assert read_value(safety) == "after"
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


def test_restore_over_a_healthy_database_copies_its_wal_content_first(
    data_dir: Path, tmp_path: Path
) -> None:
    database = data_dir / "coursebook.sqlite3"
    write_value(database, "backed up")
    copy = back_up(database, target=tmp_path / "copy.sqlite3")
    # A live database whose latest work is still in its -wal (no checkpoint yet).
    writer = sqlite3.connect(database)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE ui_state SET value = 'only in the wal'")
    writer.commit()
    wal = data_dir / "coursebook.sqlite3-wal"
    assert wal.stat().st_size > 0
    restored = restore(database, copy)
    writer.close()
    assert restored.kept is not None and read_value(restored.kept) == "only in the wal"
    assert read_value(database) == "backed up"
    assert not list(data_dir.glob("coursebook-damaged-*"))


@pytest.mark.parametrize(
    "damage",
    [b"", os.urandom(4096), b"SQLite format 3\x00" + b"\x00" * 50, "truncated"],
    ids=["empty", "random", "header-only", "truncated"],
)
def test_restore_over_a_damaged_database_moves_it_aside_unopened(
    data_dir: Path, tmp_path: Path, damage: bytes | str
) -> None:
    database = data_dir / "coursebook.sqlite3"
    write_value(database, "from the backup")
    copy = back_up(database, target=tmp_path / "copy.sqlite3")
    if damage == "truncated":
        database.write_bytes(database.read_bytes()[:1500])
    else:
        assert isinstance(damage, bytes)
        database.write_bytes(damage)
    damaged = database.read_bytes()
    restored = restore(database, copy, now=datetime(2026, 11, 23, 8, 0, 0))
    assert restored.damaged is not None
    assert restored.kept == data_dir / "coursebook-damaged-2026-11-23-080000.sqlite3"
    assert restored.kept.read_bytes() == damaged
    assert read_value(database) == "from the backup"
    assert not (data_dir / "backups").exists()  # nothing fed to the backup API


def test_restore_keeps_the_wal_of_a_zero_byte_database(data_dir: Path, tmp_path: Path) -> None:
    database = data_dir / "coursebook.sqlite3"
    write_value(database, "from the backup")
    copy = back_up(database, target=tmp_path / "copy.sqlite3")
    database.write_bytes(b"")
    wal = data_dir / "coursebook.sqlite3-wal"
    wal.write_bytes(b"work that may still be saved" * 100)
    (data_dir / "coursebook.sqlite3-shm").write_bytes(b"\x00" * 32768)
    restored = restore(database, copy, now=datetime(2026, 11, 23, 8, 0, 0))
    assert restored.kept is not None and restored.kept.read_bytes() == b""
    kept_wal = restored.kept.with_name(restored.kept.name + "-wal")
    assert kept_wal.read_bytes() == b"work that may still be saved" * 100
    assert not wal.exists() and not (data_dir / "coursebook.sqlite3-shm").exists()
    assert read_value(database) == "from the backup"


def test_restore_into_an_empty_folder(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "elsewhere" / "coursebook.sqlite3"
    write_value(source, "v")
    copy = back_up(source, target=tmp_path / "copy.sqlite3")
    database = data_dir / "coursebook.sqlite3"
    restored = restore(database, copy)
    assert restored.kept is None and read_value(database) == "v"
