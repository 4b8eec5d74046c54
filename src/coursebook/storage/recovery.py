"""What to do with a database that cannot be opened: find the newest good backup, or move the
damaged file aside (never delete it) so a fresh one can start."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from coursebook.storage.backup import BackupInfo, check_backup_file, list_backups
from coursebook.storage.database import DatabaseError, backup_database


def newest_good_backup(database: Path) -> BackupInfo | None:
    """The newest backup that is a Coursebook database this app can open and that passes
    PRAGMA integrity_check."""
    for backup in list_backups(database):
        try:
            check_backup_file(backup.path)
        except DatabaseError:
            continue
        return backup
    return None


def move_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename the database (and its -wal/-shm journals) to coursebook-damaged-<time>; returns
    the new name of the database file."""
    stamp = f"{now or datetime.now():%Y-%m-%d-%H%M%S}"
    target = database.with_name(f"{database.stem}-damaged-{stamp}{database.suffix}")
    number = 2
    while target.exists():
        target = database.with_name(f"{database.stem}-damaged-{stamp}-{number}{database.suffix}")
        number += 1
    for suffix in ("-wal", "-shm"):
        journal = database.with_name(database.name + suffix)
        if journal.exists():
            os.replace(journal, target.with_name(target.name + suffix))
    if database.exists():
        os.replace(database, target)
    return target


def restore_newest(database: Path, now: datetime | None = None) -> tuple[BackupInfo, Path]:
    """Move the damaged database aside and put the newest good backup in its place."""
    backup = newest_good_backup(database)
    if backup is None:
        raise FileNotFoundError("there is no good backup to restore")
    moved = move_aside(database, now)
    backup_database(backup.path, database)
    return backup, moved
