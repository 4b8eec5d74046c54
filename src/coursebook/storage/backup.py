"""Backups of the database: made with SQLite's online backup API (never a plain file copy of a
live database), kept in `backups/` in the data folder, rotated, and restorable.

Rotation keeps the newest daily backup of each of the last 7 days that have one (a
setting), and the newest of each of the last 8 weeks; copies made before a migration or by
hand ("manual") are kept until removed by hand. A second backup folder (a USB stick, a
network drive) gets a copy of each daily backup whenever it is there, rotated the same way.
"""

from __future__ import annotations

import os
import re
import shutil
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from coursebook.files import first_free_name, replaced_atomically, require_free_space
from coursebook.storage import driver
from coursebook.storage.database import (
    DatabaseError,
    NotADatabaseError,
    WrongPasswordError,
    backup_database,
    inspect_database,
)
from coursebook.storage.driver import Password
from coursebook.storage.encryption import copy_with_protection, key_for

BACKUP_FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 8
_DAILY = re.compile(r"^coursebook-daily-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    kind: str  # "daily", "manual", "before-migration", "before-restore"


def backups_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def list_backups(database: Path) -> list[BackupInfo]:
    """Backups next to `database`, newest first."""
    return backups_in(backups_folder(database))


def backups_in(folder: Path) -> list[BackupInfo]:
    """Coursebook's backups in `folder` (ours, or a second backup folder), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("coursebook-*.sqlite3"):
        stat = path.stat()
        kind = next(
            (
                k
                for k in ("daily", "manual", "before-migration", "before-restore")
                if path.name.startswith(f"coursebook-{k}")
            ),
            "manual",
        )
        found.append(BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size, kind))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def back_up(
    database: Path,
    kind: str = "manual",
    now: datetime | None = None,
    target: Path | None = None,
    password: Password | None = None,
) -> Path:
    """A consistent copy of `database` in the backups folder (or at `target`), protected
    by the same password as the database."""
    moment = now or datetime.now()
    if target is None:
        folder = backups_folder(database)
        folder.mkdir(parents=True, exist_ok=True)
        target = first_free_name(folder, f"coursebook-{kind}-{moment:%Y-%m-%d-%H%M%S}", ".sqlite3")
    try:
        return backup_database(database, target, key_for(database, password))
    except driver.Error:
        target.unlink(missing_ok=True)  # no half-written copy (backup_database made it)
        raise


def _daily_name(today: date) -> str:
    return f"coursebook-daily-{today.isoformat()}.sqlite3"


def daily_backup(
    database: Path, today: date, keep_daily: int = KEEP_DAILY, password: Password | None = None
) -> Path | None:
    """At the first start of a day: back up, then rotate. None when today's exists already."""
    if not database.exists():
        return None
    folder = backups_folder(database)
    target = folder / _daily_name(today)
    if target.exists():
        rotate(database, keep_daily)  # a setting lowered since the morning applies now
        return None
    folder.mkdir(parents=True, exist_ok=True)
    backup_database(database, target, key_for(database, password))
    rotate(database, keep_daily)
    return target


class SecondCopy(Enum):
    COPIED = "copied"
    UP_TO_DATE = "up_to_date"  # today's copy is there already
    NOT_CONNECTED = "not_connected"  # the folder is not there (the stick is not plugged in)
    NOTHING_YET = "nothing_yet"  # no daily backup to copy


def copy_to_second_folder(
    database: Path, folder: Path, today: date, keep_daily: int = KEEP_DAILY
) -> SecondCopy:
    """Copy today's daily backup into `folder` when it is there, then rotate the daily
    backups in it. The copy goes through a temporary name, so pulling the stick out midway
    never leaves a half-written backup; raises OSError when the folder is there but cannot
    be written (full, read-only)."""
    if not folder.is_dir():
        return SecondCopy.NOT_CONNECTED
    source = backups_folder(database) / _daily_name(today)
    if not source.is_file():
        return SecondCopy.NOTHING_YET
    target = folder / source.name
    if target.is_file() and target.stat().st_size == source.stat().st_size:
        _rotate_folder(folder, keep_daily)
        return SecondCopy.UP_TO_DATE
    require_free_space(folder, source.stat().st_size)
    with replaced_atomically(target, create=False) as temporary:
        shutil.copyfile(source, temporary)
    _rotate_folder(folder, keep_daily)
    return SecondCopy.COPIED


def rotate(database: Path, keep_daily: int = KEEP_DAILY) -> list[Path]:
    """Remove daily backups beyond the last `keep_daily` days and the last 8 weeks; returns
    the removed."""
    return _rotate_folder(backups_folder(database), keep_daily)


def _rotate_folder(folder: Path, keep_daily: int) -> list[Path]:
    dated = []
    for path in folder.glob("coursebook-daily-*.sqlite3"):
        match = _DAILY.match(path.name)
        if match:
            dated.append((date.fromisoformat(match.group(1)), path))
    dated.sort(reverse=True)
    keep = {path for _day, path in dated[: max(1, keep_daily)]}
    weeks: dict[tuple[int, int], Path] = {}
    for day, path in dated:  # newest first: the first seen per week is that week's newest
        weeks.setdefault(day.isocalendar()[:2], path)
    keep |= set(list(weeks.values())[:KEEP_WEEKLY])
    removed = [path for _day, path in dated if path not in keep]
    for path in removed:
        path.unlink()
    return removed


def check_backup_file(path: Path, password: Password | None = None) -> str | None:
    """Whether `path` can be restored: a Coursebook database that passes integrity_check
    (opened with `password` when it is encrypted). Returns its schema revision; raises
    DatabaseError saying what is wrong (PasswordNeededError, WrongPasswordError too)."""
    key = key_for(path, password) if path.is_file() else None
    revision = inspect_database(path, password=key)
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        with closing(driver.connect(uri, key, uri=True)) as connection:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except driver.DatabaseError as error:
        raise NotADatabaseError(path, f"the file cannot be read: {error}") from error
    if result != ["ok"]:
        raise NotADatabaseError(path, f"the file fails the integrity check ({result[0]})")
    if revision is None:
        raise NotADatabaseError(path, "this database holds no Coursebook work")
    return revision


@dataclass(frozen=True)
class Restored:
    """What `restore` kept of the database it replaced: `kept` is the before-restore copy
    (backups folder) of a healthy database, or the damaged file moved aside (next to it,
    as coursebook-damaged-<time>.sqlite3, with its journals); None when there was none.
    `damaged` says why the old file was moved aside instead of copied."""

    kept: Path | None
    damaged: DatabaseError | None = None


def move_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename the database (and its -wal/-shm journals) to coursebook-damaged-<time>; returns
    the new name of the database file. The file is never opened."""
    stamp = f"{now or datetime.now():%Y-%m-%d-%H%M%S}"
    target = first_free_name(
        database.parent,
        f"{database.stem}-damaged-{stamp}",
        database.suffix,
        taken=lambda p: any(p.with_name(p.name + s).exists() for s in ("", "-wal", "-shm")),
    )
    for suffix in ("-wal", "-shm"):
        journal = database.with_name(database.name + suffix)
        if journal.exists():
            os.replace(journal, target.with_name(target.name + suffix))
    if database.exists():
        os.replace(database, target)
    return target


def _journals(database: Path) -> list[Path]:
    return [
        journal
        for journal in (database.with_name(database.name + s) for s in ("-wal", "-shm"))
        if journal.exists()
    ]


def _keep_current(database: Path, now: datetime | None, password: Password | None) -> Restored:
    """Keep the database about to be replaced: a safety copy (backup API) when it is healthy,
    else move it aside with its journals, unopened. Afterwards nothing is left at `database`
    or its journals' names."""
    if not database.exists():
        if _journals(database):  # journals without their database: keep them, never replay
            move_aside(database, now)
        return Restored(None)
    try:
        key = key_for(database, password)
        inspect_database(database, password=key)
    except DatabaseError as error:
        return Restored(move_aside(database, now), error)
    try:
        safety = back_up(database, "before-restore", now, password=key)
    except driver.Error as error:  # healthy enough to inspect, but not to copy
        return Restored(
            move_aside(database, now), NotADatabaseError(database, f"cannot be copied: {error}")
        )
    # The safety copy holds the WAL's content too: the journals of the old file can go (they
    # must not replay into the restored one).
    for journal in _journals(database):
        journal.unlink()
    return Restored(safety)


def restore(
    database: Path,
    source: Path,
    now: datetime | None = None,
    *,
    password: Password | None = None,
    backup_password: Password | None = None,
) -> Restored:
    """The one way to replace `database` by the backup `source` (checked first), used by
    `coursebook restore`, File → Backups and the recovery at start.

    The backup is copied into a temporary file next to `database`, with the workbook's
    protection (`password`, or none): a backup made with another password (opened with
    `backup_password`) or none is given the workbook's. Then the current database is kept
    — a before-restore copy if it is healthy, else it is moved aside unopened with its
    journals — and the copy is put in place with an atomic rename. Returns what was kept.
    The app must not have the database open while this runs."""
    if database.exists() and password is not None and driver.looks_encrypted(database):
        try:  # the password given must open the workbook, or nothing is touched
            inspect_database(database, password=password)
        except WrongPasswordError:
            raise
        except DatabaseError:
            pass  # damaged: it is moved aside below (without a password, so is a file
            # that may be encrypted: kept aside, unopened, never lost)
    opener = backup_password or password
    check_backup_file(source, opener)
    source_key = key_for(source, opener)
    database.parent.mkdir(parents=True, exist_ok=True)
    with replaced_atomically(database, create=False) as temporary:
        if source_key == password:
            backup_database(source, temporary, password)
        else:
            temporary.unlink(missing_ok=True)
            copy_with_protection(source, temporary, source_key, password)
        kept = _keep_current(database, now, password)
    return kept
