"""The command line: the GUI by default, and small scriptable sub-commands.

coursebook [--data-dir DIR]          start the app
coursebook --version
coursebook check-course PATH         check a course bundle (exit 1 on problems)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from coursebook import APP_NAME, __version__
from coursebook.course.check import check_path
from coursebook.paths import DATA_DIR_ENV


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coursebook",
        description=f"{APP_NAME}: follow a weekly course and keep your course work safe.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where your work is kept (default: the platform's data folder, or ${DATA_DIR_ENV})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check-course",
        help="check a course bundle and list its problems as file:line: message",
        description="Check a course bundle (a folder with course.toml), or every bundle "
        "below a folder. Exit status 0 when all is well, 1 when there are problems.",
    )
    check.add_argument("path", type=Path, metavar="PATH")
    return parser


def run_check_course(path: Path, out: TextIO) -> int:
    report = check_path(path)
    for problem in report.problems:
        print(problem, file=out)
    if report.ok:
        print(report.summary(), file=out)
        return 0
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "check-course":
        return run_check_course(args.path, sys.stdout)
    from coursebook.ui.app import run_gui  # Qt is loaded only when the GUI starts

    return run_gui(args.data_dir)
