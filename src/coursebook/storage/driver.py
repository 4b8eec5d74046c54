"""The SQLite driver, with optional encryption at rest: SQLCipher (`sqlcipher3`), which reads
and writes plain SQLite files like the standard `sqlite3` and, given a password, encrypted
ones. Every connection Coursebook makes goes through `connect`, so a password reaches each
place that opens a file (the app, backups, restore, forget, checks) the same way.

The password travels as a `Password`, whose repr is `Password(***)`: it never shows in a
log, a traceback's message or a crash report. It is given to SQLCipher on the DB-API
connection only (`PRAGMA key`), never through SQLAlchemy, whose errors quote their SQL.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as dbapi

__all__ = [
    "SQLITE_MAGIC",
    "DatabaseError",
    "Error",
    "OperationalError",
    "Password",
    "connect",
    "dbapi",
    "looks_encrypted",
    "opens",
    "quoted",
]

SQLITE_MAGIC = b"SQLite format 3\x00"

# What a failing connection raises: the standard module's errors (where tests and older
# code raise them) and SQLCipher's, which are classes of their own.
Error = (sqlite3.Error, dbapi.Error)
OperationalError = (sqlite3.OperationalError, dbapi.OperationalError)
DatabaseError = (sqlite3.DatabaseError, dbapi.DatabaseError)


class Password:
    """A workbook's password (or a recovery key), kept out of every printed form."""

    __slots__ = ("_secret",)

    def __init__(self, secret: str) -> None:
        if not secret:
            raise ValueError("a password cannot be empty")
        self._secret = secret

    def reveal(self) -> str:
        """The secret itself: for SQLCipher and for a recovery key file, nothing else."""
        return self._secret

    def __repr__(self) -> str:
        return "Password(***)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Password) and other._secret == self._secret

    def __hash__(self) -> int:
        return hash(self._secret)


def quoted(password: Password | None) -> str:
    """The password as an SQL string literal ('' for none: a plain file)."""
    secret = "" if password is None else password.reveal()
    return "'" + secret.replace("'", "''") + "'"


def connect(target: Path | str, password: Password | None = None, **options: Any) -> Any:
    """A DB-API connection to `target` (a path, or a URI with `uri=True`), keyed with
    `password` when there is one. Nothing is read yet: a wrong key shows at the first query
    (`check_key`)."""
    connection = dbapi.connect(str(target), **options)
    connection.execute("PRAGMA cipher_log_level = NONE")  # our messages, not its stderr
    if password is not None:
        connection.execute(f"PRAGMA key = {quoted(password)}")
    return connection


def opens(connection: Any) -> bool:
    """Whether the connection's key (or no key) reads the file: False when its first page
    does not decrypt ("file is not a database"); any other error (a damaged file that the
    key does open) is raised."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        if "not a database" in str(error):
            return False
        raise
    return True


def looks_encrypted(path: Path) -> bool:
    """Whether a file is probably an encrypted database: not a plain SQLite file, a whole
    number of SQLCipher pages, starting with a random salt (not zeros, not text). Without
    the key nobody can tell for sure: random bytes look the same."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    salt_looks_random = len(set(head)) >= 8
    return size >= 1024 and size % 1024 == 0 and head != SQLITE_MAGIC and salt_looks_random
