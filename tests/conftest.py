"""Test set-up: Qt offscreen, and every test gets its own empty data and config folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS_DIR = Path(__file__).resolve().parent
SAMPLE_COURSE = TESTS_DIR / "data" / "sample-course"


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real home folder: data dir and XDG folders point into tmp_path."""
    data = tmp_path / "data"
    monkeypatch.setenv("COURSEBOOK_DATA_DIR", str(data))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.lower()))
    return data


@pytest.fixture
def data_dir(isolated_folders: Path) -> Path:
    return isolated_folders


@pytest.fixture
def sample_course(tmp_path: Path) -> Path:
    """A writable copy of the sample course (both languages), to break in tests."""
    target = tmp_path / "sample-course"
    shutil.copytree(SAMPLE_COURSE, target)
    return target


# The storage and workbook tests that use `db` run on both engines when a PostgreSQL
# server is given (tests/server.py); a test about files only is marked `file_only`.
BOTH_ENGINES = ("storage", "workbook")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    from tests.server import admin_url

    folder = Path(str(metafunc.definition.path)).parent.name
    if (
        "db" in metafunc.fixturenames
        and folder in BOTH_ENGINES
        and admin_url() is not None
        and metafunc.definition.get_closest_marker("file_only") is None
    ):
        metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


def pytest_report_header() -> str:
    from tests.server import ENVIRONMENT, admin_url

    if admin_url() is None:
        return f"PostgreSQL: not used (set {ENVIRONMENT} to run storage and workbook tests on it)"
    return "PostgreSQL: storage and workbook tests run on SQLite and on PostgreSQL"


def pytest_sessionfinish() -> None:
    from tests.server import drop_template

    drop_template()


@pytest.fixture
def db(data_dir: Path, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """A fresh, migrated database, with one run of the sample course (id 1: the run of
    `TaskKey(1, …)` in the tests): a file in the test's data folder, or, for the
    "postgresql" variant, a database of its own on the test server."""
    from datetime import date

    from coursebook.storage.database import open_database
    from coursebook.workbook.runs import start_run

    if getattr(request, "param", "sqlite") == "postgresql":
        from coursebook.storage.server import open_server_database
        from tests.server import fresh_database

        with fresh_database() as url:
            database = open_server_database(url)
            start_run(database, "sample", "en", date(2026, 11, 23))
            yield database
            database.close()
        return
    database = open_database(data_dir / "coursebook.sqlite3")
    start_run(database, "sample", "en", date(2026, 11, 23))
    yield database
    database.close()


def _mount_tmpfs(mount_point: Path, size: str) -> None:
    import shutil
    import subprocess

    mount_point.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a small file system here (not root)")


def _unmount(mount_point: Path) -> None:
    import subprocess

    subprocess.run(["umount", "-l", str(mount_point)], check=False, capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 3 MB file system of its own (tmpfs; needs the right to mount, else the test skips)."""
    mount_point = tmp_path / "small-disk"
    _mount_tmpfs(mount_point, "3m")
    yield mount_point
    _unmount(mount_point)


@pytest.fixture
def read_only_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """`(folder, make_read_only)`: a file system to fill, then mount read-only, as a USB
    stick or a share without write access would be (the test skips where it cannot mount)."""
    import subprocess

    mount_point = tmp_path / "stick"
    _mount_tmpfs(mount_point, "20m")

    def make_read_only() -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)

    yield mount_point, make_read_only
    _unmount(mount_point)
