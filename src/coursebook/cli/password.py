"""The password of a protected workbook on the command line: from COURSEBOOK_PASSWORD or a
prompt, and `coursebook password set|change|remove` (the new one from
COURSEBOOK_NEW_PASSWORD or a prompt, asked twice)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from coursebook.paths import resolve_data_paths
from coursebook.workbook.core import DatabaseError, Password, Workbook, is_protected

PASSWORD = "COURSEBOOK_PASSWORD"
NEW_PASSWORD = "COURSEBOOK_NEW_PASSWORD"
BACKUP_PASSWORD = "COURSEBOOK_BACKUP_PASSWORD"

FORGOTTEN = (
    "A forgotten password cannot be recovered: without it (or the recovery key file) the "
    "work in this workbook is gone for good."
)


class PasswordUnavailable(Exception):
    """A protected workbook, no password in the environment and no terminal to ask in."""


def _ask(prompt: str, variable: str, *, twice: bool = False) -> Password:
    given = os.environ.get(variable)
    if given:
        return Password(given)
    if not sys.stdin.isatty():
        raise PasswordUnavailable(f"set {variable}, or run this in a terminal to be asked")
    while True:
        typed = getpass.getpass(prompt)
        if not typed:
            print("coursebook: a password cannot be empty", file=sys.stderr)
            continue
        if twice and getpass.getpass("Once more: ") != typed:
            print("coursebook: the two did not match; again", file=sys.stderr)
            continue
        return Password(typed)


def open_server_workbook(url: str, folder: Path) -> Workbook:
    """A workbook on a PostgreSQL server. The password comes from the URL, ~/.pgpass or
    PGPASSWORD (PostgreSQL's own places), the system keyring, or else a prompt."""
    from coursebook.workbook.core import (
        PasswordNeededError,
        WrongPasswordError,
        keyring_password,
        server_address,
    )

    try:
        return Workbook.open_server(url, keyring_password(url), folder)
    except (PasswordNeededError, WrongPasswordError):
        if not sys.stdin.isatty():
            raise PasswordUnavailable(
                "put it in ~/.pgpass or PGPASSWORD, or run this in a terminal to be asked"
            ) from None
    typed = getpass.getpass(f"Password for {server_address(url)}: ")
    return Workbook.open_server(url, Password(typed) if typed else None, folder)


def password_for(database: Path) -> Password | None:
    """The password a workbook needs (None for a plain or a new one)."""
    if not database.exists() or not is_protected(database):
        return None
    return _ask(f"Password for {database.parent}: ", PASSWORD)


def backup_password() -> Password | None:
    """A backup's own password, when it differs from the workbook's (for restore)."""
    given = os.environ.get(BACKUP_PASSWORD)
    return Password(given) if given else None


def run_password_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    paths = resolve_data_paths(getattr(args, "data_dir", None))
    database = paths.database
    if not database.exists():
        print(f"coursebook: {database}: there is no workbook here yet", file=err)
        return 1
    protected = is_protected(database)
    action = args.password_command
    if action == "set" and protected:
        print("coursebook: this workbook has a password already (use: password change)", file=err)
        return 2
    if action in ("change", "remove") and not protected:
        print("coursebook: this workbook has no password (use: password set)", file=err)
        return 2
    try:
        old = _ask("Current password: ", PASSWORD) if protected else None
        new = None if action == "remove" else _ask("New password: ", NEW_PASSWORD, twice=True)
        workbook = Workbook.open(paths, password=old, back_up_today=False)
    except PasswordUnavailable as error:
        print(f"coursebook: {database}: this needs a password: {error}", file=err)
        return 2
    except DatabaseError as error:
        print(f"coursebook: {error}", file=err)
        return 2
    try:
        done = workbook.change_password(old, new, args.second_folder)
        if new is not None and args.recovery_key is not None:
            from coursebook.workbook.recovery_key import write_recovery_key

            write_recovery_key(args.recovery_key, new, paths.root, date.today())
            print(f"recovery key written to {args.recovery_key}: keep it away from here", file=out)
    finally:
        workbook.close()
    said = {"set": "protected with a password", "change": "given a new password"}
    print(f"the workbook is {said.get(action, 'no longer protected')}", file=out)
    print(f"{len(done.backups)} backups changed with it", file=out)
    for path, reason in done.backups_failed:
        print(f"coursebook: {path}: keeps its old protection ({reason})", file=err)
    if new is not None:
        print(FORGOTTEN, file=out)
    return 1 if done.backups_failed else 0
