"""Forget a customer, as the GDPR (AVG) asks on a request for erasure: the customer, the
answers and notes of their calls (with every version of them), their scores, their entries
in the trash and their rows in the search index go from the database, and the file is
compacted (VACUUM), so the bytes are really gone, not only unlinked. Their calls are
deleted, or kept without anything that points at the person when the person using
Coursebook chooses that (so that counts of calls made stay right).

Older backups still hold the customer until they rotate out; `forget_in_backups` erases
them there too, backup by backup (one that cannot be changed is reported, never lost).
The same SQL runs on the live database and on each backup, on a plain sqlite3 connection:
a backup is a file of its own, perhaps of an older schema, never migrated for this.
"""

from __future__ import annotations

import logging
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coursebook.storage import driver
from coursebook.storage.database import DatabaseError
from coursebook.storage.driver import Password
from coursebook.storage.encryption import key_for
from coursebook.workbook.trash import texts_of
from coursebook.workbook.versions import TextRef, call_subjects

log = logging.getLogger(__name__)

CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class Forgotten:
    calls: int  # calls with the customer: deleted, or kept without them
    scores: int
    backups_cleaned: tuple[Path, ...] = ()
    backups_failed: tuple[tuple[Path, str], ...] = ()  # and why


def erase_customer(connection: Any, customer_id: int, keep_calls: bool) -> tuple[int, int]:
    """Remove one customer from an open database (committed; not yet compacted). Returns
    how many calls and scores were theirs; raises LookupError when they are not there."""
    found = connection.execute("SELECT 1 FROM customer WHERE id = ?", (customer_id,))
    live = found.fetchone() is not None
    trashed = (
        connection.execute(
            "SELECT kind, content FROM trash WHERE customer_id = ?", (customer_id,)
        ).fetchall()
        if _has_table(connection, "trash")  # a backup may be older
        else []
    )
    if not live and not trashed:
        raise LookupError(f"customer {customer_id} is not in this database")
    (scores,) = connection.execute(
        "SELECT count(*) FROM customer_score WHERE customer_id = ?", (customer_id,)
    ).fetchone()
    calls = [
        row[0]
        for row in connection.execute(
            "SELECT id FROM call_note WHERE customer_id = ?", (customer_id,)
        )
    ]
    versioned = _has_table(connection, "text_version")
    with connection:  # one transaction: all of it or none
        versioned_calls = list(calls)
        for kind, content in trashed:  # their calls removed earlier, or they themselves
            subjects, trashed_calls = texts_of(kind, content)
            for subject in subjects:
                connection.execute("DELETE FROM text_version WHERE subject = ?", (subject,))
            versioned_calls.extend(trashed_calls)
        if trashed:
            connection.execute("DELETE FROM trash WHERE customer_id = ?", (customer_id,))
        if versioned:
            connection.execute(
                "DELETE FROM text_version WHERE subject = ?",
                (TextRef.customer_notes(customer_id).subject,),
            )
            for call_id in versioned_calls:
                connection.execute(
                    "DELETE FROM text_version WHERE subject LIKE ?",
                    (call_subjects(call_id) + "%",),
                )
        for start in range(0, len(calls), CHUNK):
            chunk = calls[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            connection.execute(f"DELETE FROM call_answer WHERE call_id IN ({marks})", chunk)
            if keep_calls:
                connection.execute(
                    f"UPDATE call_note SET notes = '', customer_id = NULL WHERE id IN ({marks})",
                    chunk,
                )
            else:
                connection.execute(f"DELETE FROM call_note WHERE id IN ({marks})", chunk)
        connection.execute("DELETE FROM customer_score WHERE customer_id = ?", (customer_id,))
        connection.execute(
            "UPDATE customer SET merged_into = NULL WHERE merged_into = ?", (customer_id,)
        )
        connection.execute("DELETE FROM customer WHERE id = ?", (customer_id,))
        if not isinstance(connection, _ServerConnection):
            # The full-text index keeps deleted words in its segments until they are merged.
            connection.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    return len(calls), int(scores)


def _has_table(connection: Any, name: str) -> bool:
    catalog = (
        "SELECT 1 FROM information_schema.tables WHERE table_name = ?"
        if isinstance(connection, _ServerConnection)
        else "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    )
    return connection.execute(catalog, (name,)).fetchone() is not None


class _ServerConnection:
    """A PostgreSQL connection (psycopg) that runs `erase_customer`'s SQL: its `?` marks
    become psycopg's `%s`, and `with` is one transaction, as with sqlite3."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        cursor = self.raw.cursor()
        cursor.execute(sql.replace("?", "%s"), tuple(parameters))
        return cursor

    def __enter__(self) -> _ServerConnection:
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:
        if kind is None:
            self.raw.commit()
        else:
            self.raw.rollback()


# What holds a forgotten customer's words on a server: vacuumed, so the dead rows go too.
_SERVER_TABLES = ("customer", "customer_score", "call_note", "call_answer", "text_version", "trash")


def forget_on_server(engine: Any, customer_id: int, keep_calls: bool) -> tuple[int, int]:
    """Erase on a shared workbook's server, then VACUUM the tables that held them (the
    server's own backups hold them until those rotate out: docs/team.md)."""
    pooled = engine.raw_connection()
    try:
        raw = pooled.driver_connection
        raw.autocommit = False
        counts = erase_customer(_ServerConnection(raw), customer_id, keep_calls)
        raw.autocommit = True  # VACUUM runs outside a transaction
        for table in _SERVER_TABLES:
            raw.execute(f"VACUUM {table}")
        raw.autocommit = False
    finally:
        pooled.close()
    return counts


def compact(connection: Any) -> None:
    """Rewrite the file without its free pages, and empty the write-ahead log."""
    connection.execute("VACUUM")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def forget_in_file(
    path: Path, customer_id: int, keep_calls: bool, password: Password | None = None
) -> tuple[int, int]:
    """Erase and compact in one database file (the live one, closed by the caller, or a
    backup), opened with `password` when it is encrypted."""
    key = key_for(path, password)
    with closing(driver.connect(path, key, isolation_level=None)) as connection:
        if key is not None and not driver.opens(connection):
            raise DatabaseError(path, "the workbook's password does not open this file")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed too
        connection.isolation_level = "DEFERRED"  # the erase's own transaction
        counts = erase_customer(connection, customer_id, keep_calls)
        connection.isolation_level = None  # VACUUM runs outside a transaction
        compact(connection)
    return counts


def forget_in_backups(
    backups: list[Path], customer_id: int, keep_calls: bool, password: Password | None = None
) -> Forgotten:
    cleaned: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for backup in backups:
        try:
            forget_in_file(backup, customer_id, keep_calls, password)
        except LookupError:
            continue  # made before the customer was added: nothing of them in it
        except (*driver.Error, OSError, DatabaseError) as error:
            log.warning("could not erase customer %s from %s: %s", customer_id, backup, error)
            failed.append((backup, str(error)))
            continue
        cleaned.append(backup)
    return Forgotten(0, 0, tuple(cleaned), tuple(failed))
