"""`coursebook backup` and `coursebook restore` (no GUI)."""

from __future__ import annotations

import argparse
import sqlite3
from typing import TextIO

from coursebook.paths import resolve_data_paths
from coursebook.workbook.core import DatabaseError, back_up_data, restore_data


def run_backup_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    paths = resolve_data_paths(getattr(args, "data_dir", None))
    database = paths.database
    if args.command == "backup":
        if not database.exists():
            print(f"coursebook: {database}: there is no database to back up yet", file=err)
            return 1
        try:
            target = back_up_data(paths, args.out)
        except DatabaseError as error:
            print(f"coursebook: {error}", file=err)
            return 2
        except OSError as error:
            print(f"coursebook: {args.out or database}: {error.strerror or error}", file=err)
            return 1
        print(f"backed up to {target}", file=out)
        return 0
    try:
        restored = restore_data(paths, args.file)
    except DatabaseError as error:
        print(f"coursebook: not restored: {error}", file=err)
        return 2
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"coursebook: not restored: {where}{error.strerror or error}", file=err)
        return 1
    except sqlite3.Error as error:
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
