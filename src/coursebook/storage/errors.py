"""Database errors split into the known ones, which a person can do something about, and bugs
(as qutebrowser does). A known problem travels as a code; the UI says it in the person's
language, naming the file. The error's own text (SQL, the person's words) is only logged."""

from __future__ import annotations

from enum import Enum

from sqlalchemy.exc import DBAPIError

from coursebook.storage import driver


class StorageProblem(Enum):
    LOCKED = "locked"  # another program holds the database
    FULL = "full"  # the disk is full
    READ_ONLY = "read_only"  # the file or its folder cannot be written
    IO = "io"  # the disk could not be read or written
    DAMAGED = "damaged"  # the file is corrupt
    SERVER = "server"  # the database server cannot be reached, or the connection broke
    UNEXPECTED = "unexpected"  # a bug: see the log


_KNOWN = (
    (("database is locked", "database table is locked", "busy"), StorageProblem.LOCKED),
    (("database or disk is full", "disk is full", "no space left"), StorageProblem.FULL),
    (("readonly", "read-only", "permission denied"), StorageProblem.READ_ONLY),
    (("disk i/o error", "unable to open database"), StorageProblem.IO),
    (("malformed", "not a database", "corrupt"), StorageProblem.DAMAGED),
)


def classify(error: BaseException) -> StorageProblem:
    """The kind of problem behind a failed database operation."""
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, OSError):
        import errno

        if original.errno == errno.ENOSPC:
            return StorageProblem.FULL
        if original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StorageProblem.READ_ONLY
        return StorageProblem.IO
    if _from_server(original):
        return StorageProblem.SERVER
    if isinstance(original, driver.Error):
        text = str(original).lower()
        for needles, problem in _KNOWN:
            if any(needle in text for needle in needles):
                return problem
    return StorageProblem.UNEXPECTED


def _from_server(error: BaseException | None) -> bool:
    """A PostgreSQL connection that failed or broke (psycopg's OperationalError, without
    importing psycopg where no server is used)."""
    if not type(error).__module__.startswith("psycopg"):
        return False
    import psycopg

    return isinstance(error, psycopg.OperationalError)
