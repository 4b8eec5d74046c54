"""The command line on a workbook on a PostgreSQL server: backups with pg_dump, and what
is not for a server (restoring a file over it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from coursebook.cli import main
from tests.server import admin_url, fresh_database

needs_server = pytest.mark.skipif(admin_url() is None, reason="no PostgreSQL server given")


def test_without_pg_dump_the_backup_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump anywhere
    url = "postgresql://anna:geheim@db.kantoor.nl/coursebook"
    assert main(["--database-url", url, "backup"]) == 1
    said = capsys.readouterr().err
    assert "pg_dump is not installed" in said and "postgresql-client" in said
    assert "geheim" not in said and "postgresql://anna@db.kantoor.nl/coursebook" in said


def test_a_backup_file_is_not_restored_over_a_server_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "old.sqlite3"
    backup.write_bytes(b"")
    assert main(["--database-url", "postgresql://anna@db/werk", "restore", str(backup)]) == 2
    assert "restored on the server itself" in capsys.readouterr().err


@needs_server
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="no pg_dump here")
def test_a_server_workbook_is_backed_up_with_pg_dump(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with fresh_database() as url:
        assert main(["--database-url", url, "demo", "--language", "en"]) == 0
        capsys.readouterr()
        target = tmp_path / "team.dump"
        assert main(["--database-url", url, "backup", "--out", str(target)]) == 0
        said = capsys.readouterr().out
        secret = make_url(url).password
        assert secret and f":{secret}@" not in said and str(target) in said
    listed = subprocess.run(
        ["pg_restore", "--list", str(target)], capture_output=True, text=True, check=True
    ).stdout
    for table in ("customer", "call_note", "action", "reflection"):
        assert f"TABLE public {table} " in listed or f"TABLE DATA public {table} " in listed


def test_a_database_url_that_is_not_one_is_said_for_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["nps"], ["backup"], ["search", "klant"], ["migrate-to", str(tmp_path / "x")]):
        assert main(["--data-dir", str(tmp_path), "--database-url", "zomaar iets", *command]) == 2
        said = capsys.readouterr().err
        assert said.startswith("coursebook: --database-url: not a database URL"), command
