"""What to do with a database that cannot be opened: find the newest good backup, or move the
damaged file aside (never delete it) so a fresh one can start."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from coursebook.storage.backup import (
    BackupInfo,
    check_backup_file,
    list_backups,
    move_aside,
    restore,
)
from coursebook.storage.database import DatabaseError
from coursebook.storage.driver import Password

__all__ = ["move_aside", "newest_good_backup", "restore_newest"]


def newest_good_backup(database: Path, password: Password | None = None) -> BackupInfo | None:
    """The newest backup that is a Coursebook database this app can open (with `password`,
    when it is encrypted) and that passes PRAGMA integrity_check."""
    for backup in list_backups(database):
        try:
            check_backup_file(backup.path, password)
        except DatabaseError:
            continue
        return backup
    return None


def restore_newest(
    database: Path, now: datetime | None = None, password: Password | None = None
) -> tuple[BackupInfo, Path | None]:
    """Put the newest good backup in place of the database with `restore` (which moves a
    damaged file aside); returns the backup and where the old file is kept."""
    backup = newest_good_backup(database, password)
    if backup is None:
        raise FileNotFoundError("there is no good backup to restore")
    # a damaged file is moved aside in there
    restored = restore(database, backup.path, now, password=password)
    return backup, restored.kept
