"""The day's backup as the window asks for it: how many are kept, and the copy in a second
backup folder (a USB stick) when it is there, a quiet note when it is not."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from coursebook.paths import resolve_data_paths
from coursebook.workbook.core import SecondCopy, Workbook

DAY = date(2026, 11, 23)


@pytest.fixture
def workbook(data_dir: Path) -> Workbook:
    opened = Workbook.open(resolve_data_paths(data_dir), back_up_today=False)
    yield opened  # type: ignore[misc]
    opened.close()


def dailies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("coursebook-daily-*.sqlite3"))


def test_the_number_of_daily_backups_kept_follows_the_setting(workbook: Workbook) -> None:
    for offset in range(10):
        workbook.make_daily_backup(DAY + timedelta(days=offset), keep_daily=3)
    kept = dailies(workbook.folder / "backups")
    newest_three = [f"coursebook-daily-{DAY + timedelta(days=d)}.sqlite3" for d in (7, 8, 9)]
    assert set(newest_three) <= set(kept)
    # beyond the last three days, only the newest of each earlier week
    assert len(kept) < 10


def test_a_second_folder_that_is_there_gets_a_whole_copy(
    workbook: Workbook, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    report = workbook.make_daily_backup(DAY, second_folder=stick)
    assert report.made is not None and report.second is SecondCopy.COPIED
    copy = stick / report.made.name
    connection = sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    assert workbook.make_daily_backup(DAY, second_folder=stick).second is SecondCopy.UP_TO_DATE
    assert [p.name for p in stick.iterdir()] == [copy.name]  # no temporary files left


def test_a_missing_second_folder_is_a_quiet_note_and_catches_up_later(
    workbook: Workbook, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"  # not plugged in
    report = workbook.make_daily_backup(DAY, second_folder=stick)
    assert report.made is not None  # the backup in the data folder is made all the same
    assert report.second is SecondCopy.NOT_CONNECTED and report.problem == ""
    assert not stick.exists()  # never created: a folder on a missing drive is not ours to make
    stick.mkdir()  # plugged in later the same day: the next start copies today's backup
    later = workbook.make_daily_backup(DAY, second_folder=stick)
    assert later.made is None and later.second is SecondCopy.COPIED
    assert dailies(stick) == [f"coursebook-daily-{DAY}.sqlite3"]


def test_the_second_folder_is_rotated_like_the_first(workbook: Workbook, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "my-own-file.txt").write_text("not ours")
    for offset in range(30):
        workbook.make_daily_backup(DAY + timedelta(days=offset), keep_daily=2, second_folder=stick)
    assert dailies(stick) == dailies(workbook.folder / "backups")
    assert (stick / "my-own-file.txt").read_text() == "not ours"


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root writes")
def test_a_read_only_second_folder_is_reported_not_raised(
    workbook: Workbook, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    stick.chmod(0o555)
    try:
        report = workbook.make_daily_backup(DAY, second_folder=stick)
    finally:
        stick.chmod(0o755)
    assert report.made is not None and report.problem


def test_fewer_daily_backups_kept_applies_the_same_day(workbook: Workbook, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    for offset in range(6):
        workbook.make_daily_backup(DAY + timedelta(days=offset), keep_daily=10, second_folder=stick)
    assert len(dailies(workbook.folder / "backups")) == 6
    last = DAY + timedelta(days=5)  # today's backup exists: the lower number still applies
    workbook.make_daily_backup(last, keep_daily=2, second_folder=stick)
    kept = dailies(workbook.folder / "backups")
    assert f"coursebook-daily-{last}.sqlite3" in kept and len(kept) < 6
    assert dailies(stick) == kept
