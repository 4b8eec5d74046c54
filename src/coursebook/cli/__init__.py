"""The command line: the GUI by default, and small scriptable sub-commands (one module per
group: `data.py` for customers, nps, export and demo; `backup.py` for backup and restore).

coursebook [--data-dir DIR]          start the app
coursebook --version
coursebook --self-test               check this installation end to end
coursebook check-course PATH         check a course bundle (exit 1 on problems)
coursebook --database-url URL …      a shared workbook on a PostgreSQL server
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from coursebook import APP_NAME, __version__
from coursebook.course.check import check_path
from coursebook.data_lock import DataFolderInUse, lock_data_folder
from coursebook.paths import DATA_DIR_ENV, DATABASE_URL_ENV, database_url, resolve_data_paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coursebook",
        description=f"{APP_NAME}: follow a weekly course and keep your course work safe.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works, in a temporary folder (your work is not "
        "touched), and print one line; exit status 0 when all is well",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where your work is kept (default: the platform's data folder, or ${DATA_DIR_ENV})",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="a shared workbook on a PostgreSQL server (postgresql://user@host/database) "
        f"instead of the file in the data folder (or ${DATABASE_URL_ENV})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check-course",
        help="check a course bundle and list its problems as file:line: message",
        description="Check a course bundle (a folder with course.toml), or every bundle "
        "below a folder: problems (it does not load) and warnings (a task that disagrees "
        "with its words). Exit status 0 when all is well, 1 when there are problems "
        "(or, with --strict, warnings).",
    )
    check.add_argument("path", type=Path, metavar="PATH")
    check.add_argument(
        "--strict", action="store_true", help="exit 1 on warnings too (for a course's own CI)"
    )

    data = argparse.ArgumentParser(add_help=False)
    data.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="where your work is kept"
    )
    data.add_argument(
        "--database-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="a shared workbook on a PostgreSQL server instead",
    )
    customers = commands.add_parser("customers", help="the customer register")
    customer_commands = customers.add_subparsers(
        dest="customers_command", metavar="ACTION", required=True
    )
    importing = customer_commands.add_parser(
        "import",
        parents=[data],
        help="add customers from a CSV or Excel (.xlsx) file",
        description="Add customers from a CSV or Excel file. Columns are recognised by "
        "their headers (Dutch or English). Customers already in the register (same e-mail, "
        "else same name and organisation) are updated, never doubled.",
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    exporting = customer_commands.add_parser(
        "export", parents=[data], help="write the customer list to a CSV file"
    )
    exporting.add_argument("file", type=Path, metavar="FILE")
    exporting.add_argument("--archived", action="store_true", help="include archived ones")
    person = customer_commands.add_parser(
        "export-person",
        parents=[data],
        help="everything held about one customer, for a request for access (GDPR/AVG)",
        description="Write everything Coursebook holds about one customer: their details, "
        "every call with them (questions and answers) and their scores, as JSON (FILE ends "
        "in .json) or as a readable Markdown document.",
    )
    person.add_argument("customer", metavar="NAME_OR_ID", help="the customer's name or number")
    person.add_argument("--out", type=Path, required=True, metavar="FILE")
    person.add_argument("--language", choices=("nl", "en"), help="the document's own words")
    forgetting = customer_commands.add_parser(
        "forget",
        parents=[data],
        help="erase a customer for good, on request (GDPR/AVG)",
        description="Erase a customer from the workbook: their details, the answers and "
        "notes of their calls, their scores and their search entries; the file is compacted "
        "so that nothing of them is left in it. Their calls are deleted too, unless "
        "--keep-calls keeps them without anything that points at the person. Older backups "
        "still hold the customer until they rotate out, unless --with-backups.",
    )
    forgetting.add_argument("customer", metavar="NAME_OR_ID", help="the customer's name or number")
    forgetting.add_argument(
        "--with-backups", action="store_true", help="erase them from every backup too"
    )
    forgetting.add_argument(
        "--second-folder",
        metavar="DIR",
        type=Path,
        help="with --with-backups: the second backup folder of the Settings (a USB stick) too",
    )
    forgetting.add_argument(
        "--keep-calls",
        action="store_true",
        help="keep their calls, without name, answers or notes (counts stay right)",
    )
    nps = commands.add_parser(
        "nps",
        parents=[data],
        help="the Net Promoter Score of your customers",
        description="NPS = % promoters (9–10) − % detractors (0–6), over the latest score of "
        "each customer in a period.",
    )
    nps.add_argument("--by", choices=("month", "step"), help="one line per month or per step")
    nps.add_argument(
        "--person",
        metavar="NAME",
        help="a shared workbook: only the scores from the calls NAME wrote down "
        "(default: the whole team, and scores given without a call)",
    )

    export = commands.add_parser(
        "export",
        parents=[data],
        help="export course work to Word, PDF or Markdown, or the dates to a calendar (.ics)",
        description="Export steps of the course with everything you wrote in them.",
    )
    export.add_argument(
        "--format",
        choices=("docx", "pdf", "md", "ics"),
        help="docx, pdf, md, or ics (a calendar: each step's opening and each action's due "
        "date; default: from the --out file's extension, else docx)",
    )
    export.add_argument(
        "--steps", metavar="RANGE", help="which steps, e.g. 7, 1-12 or 1,3,5-6 (default: all)"
    )
    export.add_argument("--lessons", action="store_true", help="include the lesson texts")
    export.add_argument("--customers", action="store_true", help="include the customer list")
    export.add_argument("--nps", action="store_true", help="include the NPS summary")
    export.add_argument("--name", default="", help="your name on the title page")
    export.add_argument(
        "--template",
        type=Path,
        metavar="FILE",
        help="a Word document or template (.docx, .dotx) whose styles, page set-up, header "
        "and footer the Word export takes",
    )
    export.add_argument(
        "--language",
        choices=("nl", "en"),
        help="language of the document's own words (default: the course's)",
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--run",
        type=int,
        metavar="N",
        help="which run of the course (see `coursebook runs`; default: the one shown in the app)",
    )
    commands.add_parser(
        "runs",
        parents=[data],
        help="list the runs of courses in this data folder",
        description="Every time a course was started, with its number for `export --run`.",
    )
    searching = commands.add_parser(
        "search",
        parents=[data],
        help="find what you wrote (also inside words), one hit a line",
        description="Search every call, action and reflection of every run, as Work → Search "
        "does: part of a word finds it inside longer ones, case and accents do not matter. "
        "Each line: run, step, what, where in it, and the text around the hit with the hit "
        "in [brackets], separated by tabs.",
    )
    searching.add_argument("text", nargs="+", metavar="TEXT")
    searching.add_argument("--limit", type=int, default=100, help="at most this many hits")
    demo = commands.add_parser(
        "demo",
        parents=[data],
        help="fill an empty data folder with an example workbook, to see a finished course",
    )
    demo.add_argument(
        "--language",
        choices=("nl", "en"),
        help="language of the example course (default: the one chosen in Settings, "
        "else the system's)",
    )
    backup = commands.add_parser(
        "backup",
        parents=[data],
        help="make a backup of your work now",
        description="Copy the database safely (SQLite's backup API) into the backups folder "
        "in the data folder, or to FILE.",
    )
    backup.add_argument("--out", type=Path, metavar="FILE", help="where to write the copy")
    moving = commands.add_parser(
        "migrate-to",
        parents=[data],
        help="copy the workbook into an empty PostgreSQL database, or into a new file",
        description="Copy everything in the workbook (the data folder's file, or the one at "
        "--database-url) into TARGET: an empty PostgreSQL database "
        "(postgresql://user@host/database), or a new SQLite file. The rows of every table are "
        "counted on both sides afterwards; exit status 0 when they agree. The workbook itself "
        "is not changed. Then use the new one with --database-url (or Settings).",
    )
    moving.add_argument("target", metavar="TARGET")
    restore = commands.add_parser(
        "restore",
        parents=[data],
        help="replace your work by a backup",
        description="Replace the database by a backup. The backup is checked first (a "
        "Coursebook database that passes PRAGMA integrity_check), and the current database "
        "is itself backed up before it is replaced. Close the app first.",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    password = commands.add_parser(
        "password",
        parents=[data],
        help="protect the workbook with a password (encrypted), change it or remove it",
        description="Encrypt the workbook and its backups with a password (SQLCipher), give "
        "it a new one, or remove it. The current password comes from COURSEBOOK_PASSWORD or a "
        "prompt, the new one from COURSEBOOK_NEW_PASSWORD or a prompt. A forgotten password "
        "cannot be recovered: keep a recovery key (--recovery-key) somewhere safe.",
    )
    password.add_argument("password_command", choices=("set", "change", "remove"))
    password.add_argument(
        "--second-folder",
        metavar="DIR",
        type=Path,
        help="the second backup folder of the Settings (a USB stick): its backups too",
    )
    password.add_argument(
        "--recovery-key",
        type=Path,
        metavar="FILE",
        help="also write a recovery key file (it opens the workbook: keep it away from here)",
    )
    return parser


def run_check_course(path: Path, out: TextIO, *, strict: bool = False) -> int:
    report = check_path(path)
    for problem in (*report.problems, *report.warnings):
        print(problem, file=out)
    if report.ok:
        print(report.summary(), file=out)
        return 1 if strict and report.warnings else 0
    return 1


def writes(args: argparse.Namespace) -> bool:
    """Whether the sub-command changes the data folder (and so needs it to itself); a
    workbook on a server is shared by design."""
    if database_url(getattr(args, "database_url", None)):
        return args.command in ("restore", "password")
    return args.command in ("restore", "demo", "password") or (
        args.command == "customers" and args.customers_command in ("import", "forget")
    )


# What a person can do something about; anything else is a bug, logged with its traceback.
_PROBLEM_WORDS = {
    "locked": "the data file is in use by another program; close it or wait a moment",
    "full": "the disk is full; make room on it and try again",
    "read_only": "the file or its folder cannot be written (read-only, or no permission)",
    "io": "the disk could not be read or written; is it still connected?",
    "damaged": "the data file is damaged; restore a backup (coursebook restore)",
    "server": "the database server cannot be reached (the network, or the server is down)",
}


def run_data_command(args: argparse.Namespace) -> int:
    """Run a sub-command; a fault it did not report itself (a full disk, a read-only folder)
    becomes one clear line on stderr and exit status 1, a bug a line that names the log."""
    try:
        return _run_data_command(args)
    except Exception as error:  # the last line of defence: never a traceback to a person
        return _say_fault(args, error)


def _say_fault(args: argparse.Namespace, error: Exception) -> int:
    from coursebook.workbook.core import StorageProblem, classify

    problem = classify(error)
    where = getattr(error, "filename", None) or getattr(args, "data_dir", None) or ""
    prefix = f"coursebook: {where}: " if where else "coursebook: "
    if problem is not StorageProblem.UNEXPECTED:
        print(prefix + _PROBLEM_WORDS[problem.value], file=sys.stderr)
        return 1
    log_file = _log_traceback(error, getattr(args, "data_dir", None))
    print(
        f"coursebook: an unexpected problem ({type(error).__name__}); "
        f"the details are in {log_file}",
        file=sys.stderr,
    )
    return 70


def _log_traceback(error: Exception, data_dir: str | None) -> str:
    """Write the traceback to the log folder (or the temporary folder); returns where."""
    import tempfile
    import traceback

    text = "".join(traceback.format_exception(error))
    for folder in (resolve_data_paths(data_dir).log_dir, Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / "coursebook-cli-error.log"
            with target.open("a", encoding="utf-8") as log:
                log.write(text + "\n")
            return str(target)
        except OSError:
            continue
    return "(no log could be written)"


def _run_data_command(args: argparse.Namespace) -> int:
    if args.command == "password":
        from coursebook.cli.password import run_password_command

        return run_password_command(args, sys.stdout, sys.stderr)
    if args.command in ("backup", "restore"):
        from coursebook.cli.backup import run_backup_command

        return run_backup_command(args, sys.stdout, sys.stderr)
    from coursebook.cli.data import run_data_command as run

    return run(args, sys.stdout, sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from coursebook.ui.self_test import run_self_test

        return run_self_test()
    if args.command == "check-course":
        return run_check_course(args.path, sys.stdout, strict=args.strict)
    commands = (
        "backup",
        "restore",
        "customers",
        "nps",
        "export",
        "demo",
        "runs",
        "password",
        "search",
        "migrate-to",
    )
    if args.command in commands:
        if not writes(args):
            return run_data_command(args)
        root = resolve_data_paths(getattr(args, "data_dir", None)).root
        try:
            lock = lock_data_folder(root)
        except DataFolderInUse:
            print(
                f"coursebook: Coursebook is open with this data folder ({root}); close it "
                f"first, or do this in the app (export, nps and backup work beside it)",
                file=sys.stderr,
            )
            return 1
        except OSError as error:
            print(f"coursebook: {root}: {error.strerror or error}", file=sys.stderr)
            return 1
        try:
            return run_data_command(args)
        finally:
            lock.release()
    from coursebook.ui.app import run_gui  # Qt is loaded only when the GUI starts

    return run_gui(args.data_dir, args.database_url)
