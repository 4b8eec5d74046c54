"""Setting, changing and removing a workbook's password: the file is written anew with the
new protection beside the old one, checked, and put in its place with one atomic rename.
A crash or a kill at any moment leaves either the old file (opening with the old password)
or the new one (with the new): never a file that neither opens.

The same copy, with other protection, serves a restore of a backup made with another
password (or none) than the workbook has now.
"""

from __future__ import annotations

import logging
import os
from contextlib import closing
from pathlib import Path

from coursebook.storage import driver
from coursebook.storage.database import (
    NotADatabaseError,
    PasswordNeededError,
    WrongPasswordError,
    forget_checked,
)
from coursebook.storage.driver import Password

log = logging.getLogger(__name__)

REKEYING = ".rekeying"  # the suffix of the new file while it is written


def key_for(path: Path, password: Password | None) -> Password | None:
    """The key to open `path` with: `password` for an encrypted file, none for a plain one;
    PasswordNeededError for an encrypted file without one."""
    if not driver.looks_encrypted(path):
        return None
    if password is None:
        raise PasswordNeededError(
            path, "this file is protected with a password, or it is not a database"
        )
    return password


def copy_with_protection(
    source: Path, target: Path, source_password: Password | None, password: Password | None
) -> None:
    """Write `target` (a new file) with everything in `source`, protected by `password`
    (plain for None). Raises WrongPasswordError when `source_password` does not open it."""
    key = key_for(source, source_password)
    with closing(driver.connect(source, key, isolation_level=None)) as connection:
        if not driver.opens(connection):
            raise WrongPasswordError(source, "the password does not open this file")
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        connection.execute(
            f"ATTACH DATABASE ? AS protected KEY {driver.quoted(password)}", (str(target),)
        )
        connection.execute("SELECT sqlcipher_export('protected')")
        connection.execute(f"PRAGMA protected.user_version = {int(user_version)}")
        connection.execute(f"PRAGMA protected.application_id = {int(application_id)}")
        connection.execute("DETACH DATABASE protected")
    with closing(driver.connect(target, password)) as check:
        result = [row[0] for row in check.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise NotADatabaseError(target, f"the new copy fails the integrity check ({result[0]})")
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fold_journal(path: Path, key: Password | None) -> None:
    """Write the -wal back into the file and empty it: a journal written with one key must
    never be replayed into a file with another."""
    with closing(driver.connect(path, key, isolation_level=None)) as connection:
        if not driver.opens(connection):
            raise WrongPasswordError(path, "the password does not open this workbook")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise OSError(f"{wal.name} could not be emptied: is the workbook open elsewhere?")
    wal.unlink(missing_ok=True)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)


def change_protection(
    path: Path, old: Password | None, new: Password | None, *, keep_time: bool = False
) -> None:
    """Give the database at `path` (closed by every connection) the password `new` (None:
    none), opening it with `old`. `keep_time` keeps the file's modification time (a
    backup's: it says when the backup was made)."""
    temporary = path.with_name(path.name + REKEYING)
    temporary.unlink(missing_ok=True)  # a copy a crash left unfinished
    key = key_for(path, old)
    _fold_journal(path, key)
    try:
        copy_with_protection(path, temporary, key, new)
        if keep_time:
            stat = path.stat()
            os.utime(temporary, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        forget_checked(path)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    _sync_folder(path.parent)


def remove_unfinished(path: Path) -> None:
    """At start: a new copy left by a crash while the password was changed (the database
    itself is whole, with the old password)."""
    temporary = path.with_name(path.name + REKEYING)
    if temporary.exists():
        log.warning("removing %s, left unfinished by a password change", temporary)
        temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; its rename is durable as it is
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
