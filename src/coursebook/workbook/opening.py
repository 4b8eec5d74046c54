"""Opening a data folder: the one function the window and every command-line sub-command use.

It checks the database read-only first, migrates with a backup when the schema is older,
makes the day's backup, and, when the file cannot be opened, asks `decide` what to do:
restore the newest good backup, start fresh (the damaged file is moved aside, never
deleted), or give up (the error is raised, the file untouched). The window asks the person
in a dialog; the command line gives up with a one-line message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from coursebook.paths import DataPaths
from coursebook.storage import driver
from coursebook.storage.backup import (
    KEEP_DAILY,
    BackupInfo,
    SecondCopy,
    copy_to_second_folder,
    daily_backup,
    move_aside,
)
from coursebook.storage.database import (
    Database,
    DatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    PasswordNeededError,
    WrongPasswordError,
    folder_is_writable,
    open_database,
    open_read_only,
)
from coursebook.storage.driver import Password
from coursebook.storage.encryption import remove_unfinished
from coursebook.storage.recovery import newest_good_backup, restore_newest

__all__ = ["Database", "DatabaseError", "OpenProblem", "Recovery", "give_up", "open_workbook"]

log = logging.getLogger(__name__)


class Recovery(Enum):
    RESTORE = "restore"  # put the newest good backup in place
    START_FRESH = "fresh"  # move the file aside and start an empty workbook
    GIVE_UP = "give_up"  # leave everything as it is


@dataclass(frozen=True)
class OpenProblem:
    """Why the data file cannot be opened, and what could be done about it."""

    error: DatabaseError
    newest_backup: BackupInfo | None

    @property
    def recoverable(self) -> bool:
        """Damaged, foreign or newer files can be set aside or replaced by a backup; a file
        that is only locked or unreadable for now is left for the person to fix."""
        return isinstance(self.error, NotADatabaseError | ForeignDatabaseError | NewerSchemaError)


def give_up(_problem: OpenProblem) -> Recovery:
    return Recovery.GIVE_UP


def open_workbook(
    paths: DataPaths,
    decide: Callable[[OpenProblem], Recovery] = give_up,
    *,
    today: date | None = None,
    back_up_today: bool = True,
    password: Password | None = None,
) -> Database:
    """Open (create, migrate) the data folder's database; raises DatabaseError when it
    cannot be opened and `decide` gives up, or when a recovery fails (OSError too). The
    window passes `back_up_today=False` and makes the day's backup on its worker once it
    shows (`make_daily_backup`), so a big workbook does not slow the start. `password`
    opens an encrypted workbook (PasswordNeededError, WrongPasswordError otherwise)."""
    database = paths.database
    if database.exists() and not folder_is_writable(database.parent):
        # no recovery, no backup: nothing can be written
        return open_read_only(database, password)
    remove_unfinished(database)
    while True:
        try:
            db = open_database(database, password=password)
            break
        except (PasswordNeededError, WrongPasswordError):
            raise  # the person gives (another) password; nothing is wrong with the file
        except DatabaseError as error:
            log.error("%s", error)
            problem = OpenProblem(error, newest_good_backup(database, password))
            choice = decide(problem) if problem.recoverable else Recovery.GIVE_UP
            if choice is Recovery.RESTORE and problem.newest_backup is not None:
                backup, kept = restore_newest(database, password=password)
                log.warning("restored %s; the damaged file is kept as %s", backup.path, kept)
            elif choice is Recovery.START_FRESH:
                moved = move_aside(database)
                log.warning("started fresh; the damaged file is kept as %s", moved)
            else:
                raise
    if back_up_today:
        make_daily_backup(db, today or date.today())
    return db


@dataclass(frozen=True)
class DailyBackup:
    """What the day's backup did: made (or found) in the data folder, and the second copy."""

    made: Path | None  # None: today's was there already, or it failed
    second: SecondCopy | None = None  # None: no second folder set
    problem: str = ""  # why the backup or the second copy failed, for a quiet note
    second_failed: bool = False  # the problem is the second copy's (the backup is made)


def make_daily_backup(
    db: Database, today: date, keep_daily: int = KEEP_DAILY, second_folder: Path | None = None
) -> DailyBackup:
    """The first backup of the day (if none was made today), and its copy in the second
    folder when that is there; a failure is logged and reported, never a reason not to go
    on."""
    try:
        made = daily_backup(db.path, today, keep_daily, db.password)
    except (OSError, *driver.Error) as error:
        log.warning("the daily backup could not be made: %s", error)
        return DailyBackup(None, problem=str(error))
    if second_folder is None:
        return DailyBackup(made)
    copied = copy_daily_backup(db.path, second_folder, today, keep_daily)
    return DailyBackup(made, copied.second, copied.problem, copied.second_failed)


def copy_daily_backup(
    database: Path, second_folder: Path, today: date, keep_daily: int = KEEP_DAILY
) -> DailyBackup:
    """Today's backup copied to the second folder when that is there. It reads files only
    (never the database), so the window runs it on a thread of its own: a stick that is
    slow or a share that does not answer never holds up the work."""
    try:
        second = copy_to_second_folder(database, second_folder, today, keep_daily)
    except OSError as error:
        log.warning("the backup could not be copied to %s: %s", second_folder, error)
        return DailyBackup(None, problem=error.strerror or str(error), second_failed=True)
    if second is SecondCopy.NOT_CONNECTED:
        log.info("the second backup folder %s is not there; copied next time", second_folder)
    return DailyBackup(None, second)
