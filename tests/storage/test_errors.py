from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from coursebook.storage import driver
from coursebook.storage.database import Database
from coursebook.storage.errors import StorageProblem, classify


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ("database is locked", StorageProblem.LOCKED),
        ("database or disk is full", StorageProblem.FULL),
        ("attempt to write a readonly database", StorageProblem.READ_ONLY),
        ("disk I/O error", StorageProblem.IO),
        ("database disk image is malformed", StorageProblem.DAMAGED),
        ("no such column: x", StorageProblem.UNEXPECTED),
    ],
)
def test_sqlite_errors_are_told_apart(message: str, problem: StorageProblem) -> None:
    wrapped = OperationalError(
        "INSERT INTO reflection ...", {"text": "secret"}, sqlite3.OperationalError(message)
    )
    assert classify(wrapped) is problem
    assert classify(sqlite3.OperationalError(message)) is problem


def test_os_errors_by_number() -> None:
    assert classify(OSError(errno.ENOSPC, "No space left")) is StorageProblem.FULL
    assert classify(PermissionError(errno.EACCES, "denied")) is StorageProblem.READ_ONLY
    assert classify(ValueError("a bug")) is StorageProblem.UNEXPECTED


@pytest.mark.file_only
def test_a_real_lock_is_recognised(db: Database, tmp_path: Path) -> None:
    holder = driver.connect(db.path, isolation_level=None, timeout=0)  # the app's SQLite
    holder.execute("BEGIN IMMEDIATE")
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA busy_timeout = 50")
            with pytest.raises(OperationalError) as caught:
                connection.execute(text("INSERT INTO ui_state (key, value) VALUES ('a', 'b')"))
                connection.commit()
        assert classify(caught.value) is StorageProblem.LOCKED
    finally:
        holder.execute("ROLLBACK")
        holder.close()
