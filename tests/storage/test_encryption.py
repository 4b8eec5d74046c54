"""A workbook protected with a password: encrypted at rest (SQLCipher), its backups too; the
command line and the workbook work given the password; a kill during a password change
loses nothing; restores across protections say what to do."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from coursebook.cli import main
from coursebook.paths import resolve_data_paths
from coursebook.storage.database import (
    PasswordNeededError,
    WrongPasswordError,
    inspect_database,
    open_database,
)
from coursebook.storage.driver import Password
from coursebook.workbook.core import Workbook

NAME = "Anouk de Vries"
SECRET = "kaas & 'koffie' \"2026\""  # quotes of both kinds: every place must escape them


def files_of(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*.sqlite3") if p.is_file()]


def holds(path: Path, text: str) -> bool:
    return text.encode("utf-8") in path.read_bytes()


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "data"
    assert main(["demo", "--language", "nl", "--data-dir", str(data)]) == 0
    assert main(["backup", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    return data


def set_password(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    monkeypatch.setenv("COURSEBOOK_NEW_PASSWORD", SECRET)
    assert main(["password", "set", "--data-dir", str(data)]) == 0
    said = capsys.readouterr().out
    monkeypatch.delenv("COURSEBOOK_NEW_PASSWORD")
    return said


def test_with_a_password_nothing_is_readable_without_it(
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert holds(demo / "coursebook.sqlite3", NAME)
    said = set_password(demo, monkeypatch, capsys)
    assert "protected with a password" in said and "cannot be recovered" in said
    for path in files_of(demo):  # the database and every backup
        assert not holds(path, NAME), path
        with closing(sqlite3.connect(path)) as plain, pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()

    out = tmp_path / "work.md"
    assert main(["export", "--out", str(out), "--data-dir", str(demo)]) == 2
    assert "has a password" in capsys.readouterr().err  # not a tty here: says how
    monkeypatch.setenv("COURSEBOOK_PASSWORD", "not it")
    assert main(["export", "--out", str(out), "--data-dir", str(demo)]) == 2
    assert "password does not open" in capsys.readouterr().err
    monkeypatch.setenv("COURSEBOOK_PASSWORD", SECRET)
    assert main(["export", "--customers", "--out", str(out), "--data-dir", str(demo)]) == 0
    assert NAME in out.read_text(encoding="utf-8")

    capsys.readouterr()
    assert main(["backup", "--data-dir", str(demo)]) == 0
    fresh = Path(capsys.readouterr().out.split("backed up to ")[1].strip())
    assert fresh.is_file() and not holds(fresh, NAME)
    workbook = Workbook.open(resolve_data_paths(demo), password=Password(SECRET))
    try:
        assert workbook.protected
        assert NAME in [c.name for c in workbook.customer_register()]
        assert workbook.search("Anouk")  # the search index works encrypted too
    finally:
        workbook.close()
    logs = [p for p in demo.rglob("*.log")] + [p for p in tmp_path.rglob("*.log")]
    assert not any(SECRET.encode() in p.read_bytes() for p in logs)


def test_change_and_remove_the_password(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_password(demo, monkeypatch, capsys)
    database = demo / "coursebook.sqlite3"
    stick = demo.parent / "stick"
    stick.mkdir()
    for backup in files_of(demo / "backups"):
        (stick / backup.name).write_bytes(backup.read_bytes())
    monkeypatch.setenv("COURSEBOOK_PASSWORD", SECRET)
    monkeypatch.setenv("COURSEBOOK_NEW_PASSWORD", "nieuw")
    key = demo.parent / "recovery.txt"
    command = ["password", "change", "--recovery-key", str(key), "--second-folder", str(stick)]
    assert main([*command, "--data-dir", str(demo)]) == 0
    assert "recovery key written" in capsys.readouterr().out
    assert "Key: nieuw" in key.read_text(encoding="utf-8")
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(WrongPasswordError):
        open_database(database, password=Password(SECRET))
    open_database(database, password=Password("nieuw")).close()
    for backup in [*files_of(demo / "backups"), *files_of(stick)]:  # they went with it
        inspect_database(backup, password=Password("nieuw"))
    monkeypatch.setenv("COURSEBOOK_PASSWORD", "nieuw")
    assert main(["password", "remove", "--data-dir", str(demo)]) == 0
    assert "no longer protected" in capsys.readouterr().out
    with closing(sqlite3.connect(database)) as plain:
        names = {row[0] for row in plain.execute("SELECT name FROM customer")}
    assert NAME in names
    assert main(["password", "remove", "--data-dir", str(demo)]) == 2  # no password to remove
    assert "has no password" in capsys.readouterr().err


def test_a_plain_backup_restored_into_a_protected_workbook_gets_its_password(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plain_backup = demo.parent / "plain.sqlite3"
    assert main(["backup", "--out", str(plain_backup), "--data-dir", str(demo)]) == 0
    set_password(demo, monkeypatch, capsys)
    monkeypatch.setenv("COURSEBOOK_PASSWORD", SECRET)
    assert main(["restore", str(plain_backup), "--data-dir", str(demo)]) == 0
    database = demo / "coursebook.sqlite3"
    assert not holds(database, NAME)
    open_database(database, password=Password(SECRET)).close()


def test_a_protected_backup_into_a_plain_workbook_needs_its_password(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = demo / "coursebook.sqlite3"
    set_password(demo, monkeypatch, capsys)
    monkeypatch.setenv("COURSEBOOK_PASSWORD", SECRET)
    protected_backup = demo.parent / "protected.sqlite3"
    assert main(["backup", "--out", str(protected_backup), "--data-dir", str(demo)]) == 0
    assert main(["password", "remove", "--data-dir", str(demo)]) == 0
    monkeypatch.delenv("COURSEBOOK_PASSWORD")
    capsys.readouterr()
    before = database.read_bytes()
    assert main(["restore", str(protected_backup), "--data-dir", str(demo)]) == 2
    said = capsys.readouterr().err
    assert "COURSEBOOK_BACKUP_PASSWORD" in said and said.count("\n") == 1
    assert database.read_bytes() == before  # nothing was touched
    monkeypatch.setenv("COURSEBOOK_BACKUP_PASSWORD", SECRET)
    assert main(["restore", str(protected_backup), "--data-dir", str(demo)]) == 0
    with closing(sqlite3.connect(database)) as plain:  # restored plain, as the workbook was
        assert plain.execute("SELECT count(*) FROM customer").fetchone()[0] > 0


def test_without_the_password_opening_says_so(demo: Path) -> None:
    database = demo / "coursebook.sqlite3"
    workbook = Workbook.open(resolve_data_paths(demo))
    workbook.change_password(None, Password(SECRET))
    workbook.close()
    with pytest.raises(PasswordNeededError):
        Workbook.open(resolve_data_paths(demo))
    with pytest.raises(WrongPasswordError):
        Workbook.open(resolve_data_paths(demo), password=Password("kaas"))
    assert database.stat().st_size > 0  # and nothing was changed
    assert repr(Password(SECRET)) == "Password(***)" and SECRET not in str(Password(SECRET))


CHANGE = """
import sys
from pathlib import Path
from coursebook.storage.driver import Password
from coursebook.storage.encryption import change_protection
old = Password(sys.argv[2]) if sys.argv[2] else None
print("go", flush=True)
change_protection(Path(sys.argv[1]), old, Password(sys.argv[3]))
print("done", flush=True)
"""


def test_a_kill_during_a_password_change_loses_nothing(tmp_path: Path) -> None:
    """SIGKILL at moments spread over the change: afterwards the workbook opens with the old
    password or with the new, with every customer in it."""
    sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
    from make_workbook import make_workbook

    make_workbook(tmp_path / "big", years=0.5, seed=2)
    database = tmp_path / "big" / "coursebook.sqlite3"
    with closing(sqlite3.connect(database)) as plain:
        customers = plain.execute("SELECT count(*) FROM customer").fetchone()[0]
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", CHANGE, str(database), "", "eerste"], check=True)
    duration = time.perf_counter() - started
    passwords = ["eerste"]
    outcomes = set()
    for attempt in range(8):
        new = f"wachtwoord {attempt}"
        child = subprocess.Popen(
            [sys.executable, "-c", CHANGE, str(database), passwords[-1], new],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "go"
        time.sleep(duration * (attempt + 1) / 10)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        opened = None
        for candidate in (passwords[-1], new):
            try:
                workbook = Workbook.open(
                    resolve_data_paths(database.parent),
                    password=Password(candidate),
                    back_up_today=False,
                )
            except WrongPasswordError:
                continue
            count = len(workbook.customer_register(include_archived=True))
            workbook.close()
            opened = candidate
            assert count == customers, (attempt, candidate)
            break
        assert opened is not None, f"attempt {attempt}: neither password opens the file"
        outcomes.add(opened == new)
        if opened == new:
            passwords.append(new)
    assert not os.path.exists(str(database) + ".rekeying")  # the next open cleaned it up
    assert outcomes  # (which of the two depends on the moment; both are fine)


def test_a_damaged_encrypted_workbook_is_recovered_from_its_encrypted_backup(demo: Path) -> None:
    from coursebook.workbook.opening import OpenProblem, Recovery

    paths = resolve_data_paths(demo)
    password = Password(SECRET)
    workbook = Workbook.open(paths)
    times = {b.path.name: b.created for b in workbook.backups()}
    workbook.change_password(None, password)  # and the demo's backup with it
    assert {b.path.name: b.created for b in workbook.backups()} == times  # dates kept
    workbook.close()
    database = paths.database
    database.write_bytes(database.read_bytes()[: database.stat().st_size // 2])
    offered: list[OpenProblem] = []

    def restore(problem: OpenProblem) -> Recovery:
        offered.append(problem)
        return Recovery.RESTORE

    workbook = Workbook.open(paths, restore, password=password, back_up_today=False)
    try:
        assert NAME in [c.name for c in workbook.customer_register()]
    finally:
        workbook.close()
    assert offered and offered[0].newest_backup is not None
    assert not holds(database, NAME)  # restored encrypted, as it was
    (kept,) = demo.glob("coursebook-damaged-*.sqlite3")  # the damaged file is kept
    assert kept.stat().st_size > 0
