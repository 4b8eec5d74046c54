"""The one way to open a data folder, used by the window and the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coursebook.paths import resolve_data_paths
from coursebook.storage.database import NotADatabaseError
from coursebook.workbook.customers import add_customer, customer_register
from coursebook.workbook.opening import OpenProblem, Recovery, open_workbook


def test_a_new_folder_is_created_and_backed_up_daily(data_dir: Path) -> None:
    paths = resolve_data_paths(data_dir)
    db = open_workbook(paths, today=date(2026, 12, 2))
    db.close()
    db = open_workbook(paths, today=date(2026, 12, 2))
    db.close()
    assert [p.name for p in (data_dir / "backups").glob("coursebook-daily-*")] == [
        "coursebook-daily-2026-12-02.sqlite3"
    ]


def test_a_damaged_file_is_left_alone_unless_asked(data_dir: Path) -> None:
    paths = resolve_data_paths(data_dir)
    db = open_workbook(paths, today=date(2026, 12, 1))
    add_customer(db, "Özdemir")
    db.close()
    open_workbook(paths, today=date(2026, 12, 2)).close()  # the next day's backup holds it
    paths.database.write_bytes(b"\x00" * 4096)
    with pytest.raises(NotADatabaseError):  # the command line's way: give up, touch nothing
        open_workbook(paths)
    assert paths.database.read_bytes() == b"\x00" * 4096
    asked: list[OpenProblem] = []

    def restore(problem: OpenProblem) -> Recovery:
        asked.append(problem)
        return Recovery.RESTORE

    db = open_workbook(paths, restore, today=date(2026, 12, 3))
    try:
        assert [c.name for c in customer_register(db)] == ["Özdemir"]
    finally:
        db.close()
    assert asked[0].recoverable and asked[0].newest_backup is not None
    kept = list(data_dir.glob("coursebook-damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00" * 4096
