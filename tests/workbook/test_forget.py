"""Forgetting a customer (GDPR/AVG): afterwards neither their name nor a phrase from their
answers is anywhere in the database file or, with --with-backups, in any backup; read as
bytes, the way `grep -a` would find them."""

from __future__ import annotations

from pathlib import Path

import pytest

from coursebook.cli import main
from coursebook.paths import resolve_data_paths
from coursebook.workbook.calls import calls_of_customer, set_answer
from coursebook.workbook.core import Workbook

PHRASE = "onze hond Bobbie blaft altijd naar de bezorger"


def files_of(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and ".sqlite3" in p.name]


def anywhere(folder: Path, text: str) -> list[Path]:
    needle = text.encode("utf-8")
    return [path for path in files_of(folder) if needle in path.read_bytes()]


def count_calls(data: Path) -> int:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(data / "coursebook.sqlite3")) as connection:
        return int(connection.execute("SELECT count(*) FROM call_note").fetchone()[0])


def prepare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, int]:
    data = tmp_path / "data"
    assert main(["demo", "--language", "nl", "--data-dir", str(data)]) == 0
    workbook = Workbook.open(resolve_data_paths(data))
    try:
        anouk = next(c for c in workbook.customer_register() if c.name == "Anouk de Vries")
        (call,) = calls_of_customer(workbook.db, anouk.id)
        set_answer(workbook.db, call.id, 0, f"Eerlijk gezegd: {PHRASE}.")
        calls_before = count_calls(data)
    finally:
        workbook.close()
    assert main(["backup", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert anywhere(data, "Anouk de Vries") and anywhere(data, PHRASE)
    return data, calls_before


def test_forget_with_backups_leaves_no_trace_in_any_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = prepare(tmp_path, capsys)
    command = ["customers", "forget", "Anouk de Vries", "--with-backups", "--data-dir", str(data)]
    assert main(command) == 0
    said = capsys.readouterr().out
    assert "forgot Anouk de Vries" in said and "erased from" in said
    assert anywhere(data, "Anouk de Vries") == []
    assert anywhere(data, PHRASE) == []
    assert anywhere(data, "anouk@bakkerijdekorenaar.nl") == []
    workbook = Workbook.open(resolve_data_paths(data))
    try:
        names = [c.name for c in workbook.customer_register(include_archived=True)]
        assert "Anouk de Vries" not in names and len(names) == 35
        assert workbook.search("Bobbie") == [] and workbook.search("Anouk") == []
    finally:
        workbook.close()


def test_forget_without_backups_says_they_still_hold_the_customer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, calls_before = prepare(tmp_path, capsys)
    command = ["customers", "forget", "Anouk de Vries", "--keep-calls", "--data-dir", str(data)]
    assert main(command) == 0
    assert "older backups still hold them" in capsys.readouterr().out
    assert anywhere(data / "backups", PHRASE)  # as it said
    assert [p.name for p in anywhere(data, PHRASE)] == [
        p.name for p in anywhere(data / "backups", PHRASE)
    ]  # but not in the database itself
    assert count_calls(data) == calls_before  # the calls stay, without the person


def test_forget_also_erases_the_trash_and_every_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import datetime, timedelta

    from coursebook.workbook.task_key import TaskKey

    data, _ = prepare(tmp_path, capsys)
    workbook = Workbook.open(resolve_data_paths(data))
    moments = iter(datetime(2026, 11, 2, 9) + timedelta(hours=h) for h in range(100))
    workbook.clock = lambda: next(moments)
    try:
        anouk = next(c for c in workbook.customer_register() if c.name == "Anouk de Vries")
        (call,) = calls_of_customer(workbook.db, anouk.id)
        key = call.key
        workbook.set_answer(key, call.id, 1, "an earlier draft: de kat heet Minoes")
        workbook.set_answer(key, call.id, 1, "later rewritten")  # the draft lives on as a version
        workbook.update_customer(anouk.id, notes="belt graag op dinsdag, zegt Minoes")
        workbook.update_customer(anouk.id, notes="")
        other = workbook.add_call(
            TaskKey(key.run_id, key.course_id, key.step_id, key.task_id), call.call_date
        ).value
        workbook.update_call(other.id, today=call.call_date, customer=anouk.id)
        workbook.set_answer(key, other.id, 0, "in the trash: de papegaai Rikkie")
        workbook.delete_call(other.id)
    finally:
        workbook.close()
    assert anywhere(data, "Minoes") and anywhere(data, "Rikkie")
    assert main(["customers", "forget", "Anouk de Vries", "--data-dir", str(data)]) == 0
    assert anywhere(data / "backups", "Rikkie") == []  # made before these were written
    assert anywhere(data, "Minoes") == [] and anywhere(data, "Rikkie") == []
    workbook = Workbook.open(resolve_data_paths(data))
    try:
        assert workbook.trash() == []
    finally:
        workbook.close()


def test_forget_with_backups_reaches_the_second_backup_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    data, _ = prepare(tmp_path, capsys)
    stick = tmp_path / "stick"
    stick.mkdir()
    for backup in (data / "backups").iterdir():
        shutil.copy(backup, stick / backup.name)
    assert anywhere(stick, PHRASE)
    command = ["customers", "forget", "Anouk de Vries", "--with-backups"]
    assert main([*command, "--second-folder", str(stick), "--data-dir", str(data)]) == 0
    assert anywhere(stick, PHRASE) == [] and anywhere(stick, "Anouk de Vries") == []


def test_a_customer_in_the_trash_can_be_forgotten_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = prepare(tmp_path, capsys)
    workbook = Workbook.open(resolve_data_paths(data))
    try:
        anouk = next(c for c in workbook.customer_register() if c.name == "Anouk de Vries")
        workbook.remove_customer(anouk.id)
    finally:
        workbook.close()
    live = [path for path in anywhere(data, PHRASE) if "backups" not in path.parts]
    assert live  # the trash in the database still holds her words
    command = ["customers", "forget", "Anouk de Vries", "--with-backups", "--data-dir", str(data)]
    assert main(command) == 0
    assert "forgot Anouk de Vries" in capsys.readouterr().out
    assert anywhere(data, PHRASE) == [] and anywhere(data, "Anouk de Vries") == []


@pytest.mark.skipif(
    __import__("tests.server", fromlist=["admin_url"]).admin_url() is None,
    reason="no PostgreSQL server given",
)
def test_forget_on_a_shared_workbook_leaves_no_row_that_holds_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import psycopg
    from psycopg import sql

    from tests.server import fresh_database

    def rows_holding(url: str, text: str) -> list[str]:
        with psycopg.connect(url) as connection:
            columns = connection.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying') "
                "AND table_name IN (SELECT table_name FROM information_schema.tables "
                "WHERE table_type = 'BASE TABLE')"
            ).fetchall()
            return [
                f"{table}.{column}"
                for table, column in columns
                if connection.execute(
                    sql.SQL("SELECT count(*) FROM {} WHERE {} LIKE %s").format(
                        sql.Identifier(table), sql.Identifier(column)
                    ),
                    (f"%{text}%",),
                ).fetchone()[0]  # type: ignore[index]
            ]

    with fresh_database() as url:
        assert main(["--database-url", url, "demo", "--language", "nl"]) == 0
        workbook = Workbook.open_server(url)
        try:
            anouk = next(c for c in workbook.customer_register() if c.name == "Anouk de Vries")
            (call,) = calls_of_customer(workbook.db, anouk.id)
            workbook.set_answer(call.key, call.id, 0, f"Eerlijk gezegd: {PHRASE}.")
        finally:
            workbook.close()
        assert rows_holding(url, "Anouk de Vries") and rows_holding(url, "Bobbie")
        capsys.readouterr()
        assert main(["--database-url", url, "customers", "forget", "Anouk de Vries"]) == 0
        assert rows_holding(url, "Anouk de Vries") == [] and rows_holding(url, "Bobbie") == []
