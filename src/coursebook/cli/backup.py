"""`coursebook backup` and `coursebook restore` (no GUI)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from coursebook.cli.password import PasswordUnavailable, backup_password, password_for
from coursebook.paths import database_url, resolve_data_paths
from coursebook.workbook.core import (
    DRIVER_ERRORS,
    DatabaseError,
    PasswordNeededError,
    WrongPasswordError,
    back_up_data,
    restore_data,
)


def run_backup_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    paths = resolve_data_paths(getattr(args, "data_dir", None))
    url = database_url(getattr(args, "database_url", None))
    if url is not None:
        return _server_backup(url, args, paths.root / "backups", out, err)
    database = paths.database
    try:
        password = password_for(database)
    except PasswordUnavailable as error:
        if args.command == "backup":
            print(f"coursebook: {database}: this workbook has a password: {error}", file=err)
            return 2
        password = None  # a restore over a file it cannot open keeps that file aside
    if args.command == "backup":
        if not database.exists():
            print(f"coursebook: {database}: there is no database to back up yet", file=err)
            return 1
        try:
            target = back_up_data(paths, args.out, password)
        except DatabaseError as error:
            print(f"coursebook: {error}", file=err)
            return 2
        except OSError as error:
            print(f"coursebook: {args.out or database}: {error.strerror or error}", file=err)
            return 1
        print(f"backed up to {target}", file=out)
        return 0
    try:
        restored = restore_data(paths, args.file, password, backup_password())
    except (PasswordNeededError, WrongPasswordError) as error:
        if error.path != args.file:
            print(f"coursebook: not restored: {error}", file=err)
            return 2
        print(
            f"coursebook: not restored: {args.file} is protected with a password that "
            f"{'is not the workbook' + chr(39) + 's' if password else 'was not given'}: "
            "give it in COURSEBOOK_BACKUP_PASSWORD (the restored workbook gets "
            f"{'its own password' if password else 'no password'})",
            file=err,
        )
        return 2
    except DatabaseError as error:
        print(f"coursebook: not restored: {error}", file=err)
        return 2
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"coursebook: not restored: {where}{error.strerror or error}", file=err)
        return 1
    except DRIVER_ERRORS as error:
        print(f"coursebook: not restored: {args.file}: {str(error).splitlines()[0]}", file=err)
        return 2
    if restored.damaged is not None:
        print(
            f"the damaged database ({restored.damaged.reason}) is kept as {restored.kept}",
            file=out,
        )
    elif restored.kept is not None:
        print(f"the database as it was is kept in {restored.kept}", file=out)
    print(f"restored {args.file} into {database}", file=out)
    return 0


def _server_backup(
    url: str, args: argparse.Namespace, folder: Path, out: TextIO, err: TextIO
) -> int:
    """A workbook on a server: backed up with pg_dump; restoring is the server's business."""
    from datetime import datetime

    from coursebook.workbook.core import PgDumpMissingError, back_up_server, server_address

    try:
        where = server_address(url)
    except ValueError as error:
        print(f"coursebook: --database-url: {error}", file=err)
        return 2
    if args.command == "restore":
        print(
            f"coursebook: {where}: a shared workbook is restored on the server itself "
            "(pg_restore, or the server's own backups); see docs/team.md",
            file=err,
        )
        return 2
    target = args.out or folder / f"coursebook-server-{datetime.now():%Y-%m-%d-%H%M%S}.dump"
    try:
        made = back_up_server(url, target)
    except PgDumpMissingError:
        print(
            f"coursebook: {where}: no backup made: pg_dump is not installed. Install "
            "PostgreSQL's client tools (Debian/Ubuntu: postgresql-client; macOS: "
            "brew install libpq; Windows: the PostgreSQL installer's command line tools), "
            "or rely on the server's own backups (docs/team.md)",
            file=err,
        )
        return 1
    except DatabaseError as error:
        print(f"coursebook: {error}", file=err)
        return 1
    except OSError as error:
        print(f"coursebook: {target}: {error.strerror or error}", file=err)
        return 1
    print(f"backed up {where} to {made} (pg_dump; restore it with pg_restore)", file=out)
    return 0
