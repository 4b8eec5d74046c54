from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coursebook import __version__
from coursebook.cli import main
from coursebook.paths import bundled_courses_dir, resolve_data_paths
from tests.conftest import SAMPLE_COURSE
from tests.pdf_text import read_pdf


def test_version_through_python_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "coursebook", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"coursebook {__version__}"


def test_check_course_ok(capsys: pytest.CaptureFixture[str]) -> None:
    # The sample course loads; its tasks lack titles and due days, which are warnings.
    assert main(["check-course", str(SAMPLE_COURSE / "en")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "OK: 1 bundle [sample (en)], 3 steps, 6 tasks; 10 warnings"
    step = SAMPLE_COURSE / "en" / "steps" / "02-second.md"
    assert f"{step}:6: warning: task 'calls' has no title (the app shows a general one)" in out
    assert len(out) == 11 and all(": warning: " in line for line in out[:-1])
    assert main(["check-course", "--strict", str(SAMPLE_COURSE / "en")]) == 1


def test_check_course_broken_copy(sample_course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    step = sample_course / "nl" / "steps" / "01-eerste.md"
    step.write_text(
        step.read_text(encoding="utf-8").replace('type = "reflection"', 'type = "essay"'),
        encoding="utf-8",
    )
    (sample_course / "en" / "steps" / "03-third.md").unlink()
    assert main(["check-course", str(sample_course)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert (
        f"{sample_course / 'en' / 'course.toml'}:5: step 3: file not found: steps/03-third.md"
        in out
    )
    assert (
        f"{step}:7: unknown task type 'essay' (known: calls, actions, reflection, checklist)" in out
    )
    assert not any(line.startswith("OK") for line in out)


def test_check_course_on_a_folder_without_bundles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check-course", str(tmp_path)]) == 1
    assert "no course.toml found" in capsys.readouterr().out


def test_unknown_option_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--no-such-option"])
    assert caught.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_data_dir_override_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COURSEBOOK_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_paths().root == tmp_path / "from-env"
    assert resolve_data_paths(tmp_path / "from-arg").root == tmp_path / "from-arg"
    assert resolve_data_paths(tmp_path / "x").settings_file == tmp_path / "x" / "settings.ini"
    monkeypatch.delenv("COURSEBOOK_DATA_DIR")
    default = resolve_data_paths()
    assert not default.overridden
    assert default.root.name == "coursebook"
    assert str(tmp_path) in str(default.root)  # XDG_DATA_HOME points into tmp in tests


def test_bundled_courses_are_found() -> None:
    assert (bundled_courses_dir() / "superenthousiaste-klanten").is_dir()


CUSTOMERS = Path(__file__).resolve().parent / "data" / "customers"


def test_customers_import_twice_and_nps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert (
        main(["customers", "import", str(CUSTOMERS / "dutch-excel.csv"), "--data-dir", data]) == 0
    )
    first = capsys.readouterr().out.splitlines()
    assert first[0] == "imported 7, updated 0, unchanged 0, skipped 5"
    assert "  row 8: score '11' is not a whole number from 0 to 10" in first
    assert (
        main(["--data-dir", data, "customers", "import", str(CUSTOMERS / "dutch-excel.csv")]) == 0
    )
    assert capsys.readouterr().out.splitlines()[0] == (
        "imported 0, updated 0, unchanged 7, skipped 5"
    )
    assert main(["nps", "--by", "month", "--data-dir", data]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "period",
        "NPS",
        "95%",
        "interval",
        "promoters",
        "passives",
        "detractors",
        "respondents",
    ]
    all_line = next(line for line in lines if line.startswith("all "))
    assert all_line.split()[:2] == ["all", "+40"] and all_line.split()[3:] == ["3", "1", "1", "5"]
    low, high = all_line.split()[2].split("…")
    assert -100 <= int(low) < 40 < int(high) <= 100
    assert f"NPS +40 (between {low} and {high}, 95%), 5 answers." in lines
    assert lines[-1].startswith("Fewer than 30 customers answered (5)")


def test_customers_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    main(["customers", "import", str(CUSTOMERS / "english-utf8-bom.csv"), "--data-dir", data])
    capsys.readouterr()
    target = tmp_path / "out.csv"
    assert main(["customers", "export", str(target), "--data-dir", data]) == 0
    assert capsys.readouterr().out.startswith("exported ")
    assert target.read_text(encoding="utf-8-sig").startswith("name;organisation;email")


def test_customers_import_of_an_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "klanten.xlsx"
    fake.write_text("this is not a spreadsheet", encoding="utf-8")
    assert main(["customers", "import", str(fake), "--data-dir", str(tmp_path / "d")]) == 1
    assert str(fake) in capsys.readouterr().err


def test_nps_without_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nps", "--data-dir", str(tmp_path / "d")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "No scores yet."


def test_demo_then_export_every_format(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # qapp: the PDF writer needs a Qt application; in a test it must be pytest-qt's one.
    data = str(tmp_path / "data")
    assert main(["demo", "--language", "nl", "--data-dir", data]) == 0
    assert capsys.readouterr().out.startswith(f"demo workbook in {tmp_path / 'data'}: 36 customers")
    assert main(["demo", "--language", "nl", "--data-dir", data]) == 1  # never on top of work
    assert "already holds work" in capsys.readouterr().err
    for fmt in ("docx", "md", "pdf"):
        out = tmp_path / f"werk.{fmt}"
        code = main(
            [
                "export",
                "--format",
                fmt,
                "--steps",
                "6-8",
                "--lessons",
                "--customers",
                "--nps",
                "--out",
                str(out),
                "--data-dir",
                data,
            ]
        )
        assert code == 0, capsys.readouterr().err
        assert capsys.readouterr().out == f"exported 3 steps to {out}\n"
        assert out.stat().st_size > 5_000
    pdf = read_pdf(tmp_path / "werk.pdf")  # from the command line as from the window
    assert pdf.median_size >= 9 and pdf.pages >= 4, (pdf.median_size, pdf.pages)
    assert "## Stap 7: Tevreden klanten doen er niet toe" in (tmp_path / "werk.md").read_text(
        encoding="utf-8"
    )


def test_export_refuses_bad_steps_and_missing_course(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    out = str(tmp_path / "x.docx")
    assert main(["export", "--out", out, "--data-dir", data]) == 1
    assert "no course chosen" in capsys.readouterr().err
    main(["demo", "--language", "nl", "--data-dir", data])
    capsys.readouterr()
    assert main(["export", "--steps", "3-20", "--out", out, "--data-dir", data]) == 2
    assert "steps go from 1 to 12" in capsys.readouterr().err
    assert main(["export", "--out", str(tmp_path / "no" / "x.docx"), "--data-dir", data]) == 1
    assert "the folder does not exist" in capsys.readouterr().err


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["backup", "--data-dir", str(data)]) == 1
    assert "no database to back up yet" in capsys.readouterr().err
    main(["demo", "--language", "nl", "--data-dir", str(data)])
    capsys.readouterr()
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "--out", str(copy), "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out == f"backed up to {copy}\n"
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database")
    assert main(["restore", str(garbage), "--data-dir", str(data)]) == 2
    assert "not restored" in capsys.readouterr().err
    assert main(["restore", str(copy), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "the database as it was is kept in" in out and f"restored {copy}" in out
    # A running app (it holds the data folder's lock) blocks a restore, not a backup.
    from coursebook.data_lock import lock_data_folder

    held = lock_data_folder(data)
    try:
        assert main(["restore", str(copy), "--data-dir", str(data)]) == 1
        assert "Coursebook is open with this data folder" in capsys.readouterr().err
        assert main(["demo", "--language", "nl", "--data-dir", str(data)]) == 1
        assert (
            main(["backup", "--out", str(tmp_path / "beside.sqlite3"), "--data-dir", str(data)])
            == 0
        )
        assert main(["nps", "--data-dir", str(data)]) == 0
    finally:
        held.release()
    # A lock file left by a crashed run holds no lock: it is no reason to refuse.
    assert main(["restore", str(copy), "--data-dir", str(data)]) == 0


@pytest.mark.parametrize("damage", ["empty", "random", "truncated", "empty-with-wal"])
def test_restore_command_over_a_damaged_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    from coursebook.storage.database import open_database
    from coursebook.workbook.customers import add_customer, list_customers

    data = tmp_path / "data"
    database = data / "coursebook.sqlite3"
    db = open_database(database)
    add_customer(db, "Ada Backup")
    db.close()
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "--out", str(copy), "--data-dir", str(data)]) == 0
    wal = data / "coursebook.sqlite3-wal"
    if damage == "random":
        database.write_bytes(os.urandom(8192))
    elif damage == "truncated":
        database.write_bytes(database.read_bytes()[:3000])
    else:
        database.write_bytes(b"")
    if damage == "empty-with-wal":
        wal.write_bytes(b"unsaved work" * 500)
    damaged = database.read_bytes()
    capsys.readouterr()
    assert main(["restore", str(copy), "--data-dir", str(data)]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "Traceback" not in captured.out
    kept = list(data.glob("coursebook-damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert f"is kept as {kept[0]}" in captured.out and f"restored {copy}" in captured.out
    if damage == "empty-with-wal":
        assert (data / (kept[0].name + "-wal")).read_bytes() == b"unsaved work" * 500
    assert not wal.exists()
    db = open_database(database)
    try:
        assert [c.name for c in list_customers(db)] == ["Ada Backup"]
    finally:
        db.close()


def test_restore_command_never_prints_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    import coursebook.cli.backup

    data = tmp_path / "data"
    main(["demo", "--language", "nl", "--data-dir", str(data)])
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "--out", str(copy), "--data-dir", str(data)]) == 0
    capsys.readouterr()

    def fail(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(coursebook.cli.backup, "restore_data", fail)
    assert main(["restore", str(copy), "--data-dir", str(data)]) == 2
    assert capsys.readouterr().err.startswith("coursebook: not restored: ")
    assert main(["restore", str(tmp_path / "missing.sqlite3"), "--data-dir", str(data)]) != 0
    assert "coursebook: not restored" in capsys.readouterr().err


def test_one_exported_step_is_one_step(data_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo", "--language", "nl", "--data-dir", str(data_dir)]) == 0
    out = tmp_path / "one.md"
    assert main(["export", "--format", "md", "--steps", "2", "--out", str(out)]) == 0
    assert capsys.readouterr().out.endswith(f"exported 1 step to {out}\n")


def test_runs_are_listed_and_an_earlier_run_exports(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from coursebook.storage.database import open_database
    from coursebook.workbook.reflections import save_reflection
    from coursebook.workbook.runs import start_run
    from coursebook.workbook.task_key import TaskKey

    course = "superenthousiaste-klanten"
    db = open_database(resolve_data_paths(data_dir).database)
    first = start_run(db, course, "en", date(2026, 9, 7))
    step = "what-are-super-enthusiastic-customers"
    save_reflection(db, TaskKey(first.id, course, step, "reflection"), "Written in September")
    start_run(db, course, "en", date(2026, 12, 7))
    db.close()
    assert main(["runs", "--data-dir", str(data_dir)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2 and "run 2" in listed[1] and "(shown in the app)" in listed[1]
    out = tmp_path / "first.md"
    args = ["export", "--format", "md", "--steps", "1", "--out", str(out)]
    assert main([*args, "--run", str(first.id), "--data-dir", str(data_dir)]) == 0
    assert "Written in September" in out.read_text(encoding="utf-8")
    assert "time 2 through the course" not in out.read_text(encoding="utf-8")
    assert main([*args, "--data-dir", str(data_dir)]) == 0  # the run shown: the new one
    assert "Written in September" not in out.read_text(encoding="utf-8")
    assert "time 2 through the course" in out.read_text(encoding="utf-8")  # says which run
    capsys.readouterr()
    assert main([*args, "--run", "99", "--data-dir", str(data_dir)]) == 2
    assert "there is no such run" in capsys.readouterr().err


def _every_sub_command(tmp_path: Path) -> dict[str, list[str]]:
    """An invocation of each sub-command; the test fails when a new one is not listed."""
    from coursebook.cli import build_parser

    csv_file = tmp_path / "in.csv"
    csv_file.write_text("Naam\nAnna\n", encoding="utf-8")
    backup = tmp_path / "backup.sqlite3"
    backup.write_bytes(b"")
    out = str(tmp_path / "out")
    known = {
        "check-course": ["check-course", str(SAMPLE_COURSE)],
        "customers import": ["customers", "import", str(csv_file)],
        "customers export": ["customers", "export", out + ".csv"],
        "customers export-person": ["customers", "export-person", "Anna", "--out", out + ".md"],
        "customers forget": ["customers", "forget", "Anna"],
        "nps": ["nps"],
        "export": ["export", "--format", "md", "--out", out + ".md"],
        "runs": ["runs"],
        "demo": ["demo"],
        "backup": ["backup", "--out", out + ".sqlite3"],
        "restore": ["restore", str(backup)],
        "password": ["password", "set"],
        "search": ["search", "klant"],
        "migrate-to": ["migrate-to", str(tmp_path / "moved" / "coursebook.sqlite3")],
    }
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert commands is not None
    found = set()
    for name, sub in commands.items():
        inner = [a for a in sub._actions if a.dest == "customers_command"]
        found |= {f"{name} {c}" for c in inner[0].choices} if inner else {name}
    assert found == set(known), "give the new sub-command an invocation here"
    return known


@pytest.mark.parametrize("fault", ["full disk", "full disk for files", "no folder to write in"])
def test_every_sub_command_says_a_fault_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fault: str,
) -> None:
    import errno
    import io
    import sqlite3

    invocations = _every_sub_command(tmp_path)
    if fault.startswith("full disk"):
        data = tmp_path / "data"
        if fault == "full disk for files":  # a workbook with work, then the disk fills
            assert main(["demo", "--language", "nl", "--data-dir", str(data)]) == 0
            capsys.readouterr()
        real_open, real_connect = io.open, sqlite3.connect

        def full_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
            if any(flag in mode for flag in "wax+"):
                raise OSError(errno.ENOSPC, "No space left on device", str(file))
            return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

        def full_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr("builtins.open", full_open)
        monkeypatch.setattr(io, "open", full_open)
        if fault == "full disk":
            from coursebook.storage import driver

            monkeypatch.setattr(driver.dbapi, "connect", full_connect)  # every connection
        del real_connect
    else:
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder", encoding="utf-8")
        data = blocker / "data"  # nothing can be made below a file
    for name, argv in invocations.items():
        if name == "check-course" or (
            fault == "full disk for files"
            and name in ("nps", "runs", "search", "customers import", "backup", "migrate-to")
        ):
            continue  # these write no file (they read, or write the database only)
        try:
            status = main([*argv, "--data-dir", str(data)])
        except SystemExit as stop:  # argparse
            status = int(stop.code or 0)
        captured = capsys.readouterr()
        lines = [line for line in captured.err.splitlines() if line.strip()]
        assert status != 0, (name, captured.out)
        assert len(lines) == 1 and lines[0].startswith("coursebook: "), (name, captured.err)
        assert "Traceback" not in captured.err + captured.out, name


def test_a_bug_in_a_command_is_one_line_naming_the_log(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import coursebook.cli.data as data_module

    def broken(*_args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(data_module, "print_nps", broken)
    assert main(["nps", "--data-dir", str(data_dir)]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and "Traceback" not in err
    log = Path(err.rsplit("the details are in ", 1)[1].strip())
    assert "Traceback" in log.read_text(encoding="utf-8") and "a bug" in log.read_text(
        encoding="utf-8"
    )


def test_a_workbook_on_read_only_media_can_be_read_searched_and_exported(
    read_only_disk: tuple[Path, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coursebook.workbook.core import Workbook

    folder, make_read_only = read_only_disk
    data = folder / "data"
    assert main(["demo", "--language", "nl", "--data-dir", str(data)]) == 0
    make_read_only()  # type: ignore[operator]
    capsys.readouterr()
    assert main(["nps", "--data-dir", str(data)]) == 0
    out = tmp_path / "werk.md"
    assert main(["export", "--format", "md", "--out", str(out), "--data-dir", str(data)]) == 0
    assert out.stat().st_size > 1000
    workbook = Workbook.open(resolve_data_paths(data))
    try:
        assert workbook.read_only and workbook.search("klant")
        run = workbook.current_run()
        assert run is not None
        with pytest.raises(Exception) as caught:
            workbook.start_run(run.course_id, run.language, run.start)
        from coursebook.workbook.core import StorageProblem, classify

        assert classify(caught.value) is StorageProblem.READ_ONLY
    finally:
        workbook.close()
    assert main(["customers", "import", str(out), "--data-dir", str(data)]) == 1  # says why
    assert "coursebook: " in capsys.readouterr().err


def test_every_sub_command_on_a_read_only_folder_works_or_says_why_in_one_line(
    read_only_disk: tuple[Path, object], capsys: pytest.CaptureFixture[str]
) -> None:
    """Everything in a read-only folder, the files a command would write too: the commands
    that only read work, every other one exits non-zero with one line and no traceback."""
    folder, make_read_only = read_only_disk
    data = folder / "data"
    assert main(["demo", "--language", "nl", "--data-dir", str(data)]) == 0
    invocations = _every_sub_command(folder)  # its input files and outputs on the stick
    make_read_only()  # type: ignore[operator]
    capsys.readouterr()
    reading = {"nps", "runs", "search"}
    for name, argv in invocations.items():
        if name == "check-course":
            continue  # reads a course bundle only
        status = main([*argv, "--data-dir", str(data)])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err + captured.out, name
        if name in reading:
            assert status == 0, (name, captured.err)
            continue
        lines = [line for line in captured.err.splitlines() if line.strip()]
        assert status != 0, (name, captured.out)
        assert len(lines) == 1 and lines[0].startswith("coursebook: "), (name, captured.err)


@pytest.mark.parametrize(
    ("lang", "settings", "expected"),
    [
        ("nl_NL.UTF-8", "", "nl"),
        ("en_GB.UTF-8", "", "en"),
        ("C.UTF-8", "", "en"),
        ("nl_NL.UTF-8", "[interface]\nlanguage=en\n", "en"),  # Settings win over the system
        ("en_GB.UTF-8", "[course]\nlanguage=nl\n[interface]\nlanguage=en\n", "nl"),
    ],
)
def test_the_demo_follows_the_interface_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    settings: str,
    expected: str,
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    monkeypatch.setattr("locale.getlocale", lambda *args: (None, None))
    data = tmp_path / "data"
    data.mkdir()
    if settings:
        (data / "settings.ini").write_text(settings, encoding="utf-8")
    assert main(["demo", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["runs", "--data-dir", str(data)]) == 0
    listing = capsys.readouterr().out
    workbook_runs = resolve_data_paths(data)
    from coursebook.workbook.core import Workbook

    opened = Workbook.open(workbook_runs)
    try:
        run = opened.current_run()
    finally:
        opened.close()
    assert run is not None and run.language == expected, listing


def test_an_export_whose_name_disagrees_with_its_format_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    main(["demo", "--language", "nl", "--data-dir", data])
    capsys.readouterr()
    wrong = tmp_path / "werk.docx"
    assert main(["export", "--format", "md", "--out", str(wrong), "--data-dir", data]) == 2
    err = capsys.readouterr().err
    assert "ends in .docx but --format is md" in err and "werk.md" in err
    assert not wrong.exists()
    # no --format: the extension says which; no extension: the format's is added
    assert main(["export", "--out", str(tmp_path / "werk.md"), "--data-dir", data]) == 0
    assert (tmp_path / "werk.md").read_text(encoding="utf-8").startswith("# ")
    assert (
        main(["export", "--format", "md", "--out", str(tmp_path / "plain"), "--data-dir", data])
        == 0
    )
    assert (tmp_path / "plain.md").is_file()


@pytest.mark.skipif(not hasattr(os, "umask"), reason="POSIX permissions")
def test_an_exported_file_gets_the_permissions_of_any_saved_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    main(["demo", "--language", "nl", "--data-dir", data])
    from coursebook.export import atomic

    previous = os.umask(0o022)
    try:
        out = tmp_path / "werk.md"
        assert main(["export", "--out", str(out), "--data-dir", data]) == 0
        expected = 0o666 & ~atomic._UMASK  # as the umask says (0644 for the usual 022)
        assert out.stat().st_mode & 0o777 == expected and expected & 0o044
        out.chmod(0o600)  # a file the person made private stays private when replaced
        assert main(["export", "--out", str(out), "--data-dir", data]) == 0
        assert out.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(previous)


def test_export_person_writes_everything_held_about_one_customer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    data = str(tmp_path / "data")
    assert main(["demo", "--language", "nl", "--data-dir", data]) == 0
    capsys.readouterr()
    out = tmp_path / "anouk.json"
    command = ["customers", "export-person", "anouk de VRIES", "--out", str(out)]
    assert main([*command, "--data-dir", data]) == 0  # however the name is written
    assert "Anouk de Vries (1 call, 2 scores)" in capsys.readouterr().out
    person = json.loads(out.read_text(encoding="utf-8"))
    assert (
        person["format"] == "coursebook-person" and person["customer"]["name"] == "Anouk de Vries"
    )
    assert person["customer"]["email"] == "anouk@bakkerijdekorenaar.nl"
    (call,) = person["calls"]
    assert call["answers"][0]["question"].startswith("Wat is er het afgelopen jaar")
    assert call["answers"][0]["answer"].startswith("Eerlijk gezegd")
    assert [s["score"] for s in person["scores"]] and all("date" in s for s in person["scores"])
    readable = tmp_path / "anouk.md"
    assert main([*command[:3], "--out", str(readable), "--data-dir", data]) == 0
    text = readable.read_text(encoding="utf-8")
    assert text.startswith("# Anouk de Vries") and "Eerlijk gezegd" in text


def test_export_person_refuses_a_name_that_is_not_one_customer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coursebook.workbook.core import Workbook

    data = str(tmp_path / "data")
    workbook = Workbook.open(resolve_data_paths(data))
    try:
        for organisation in ("Smit Bouw", "Bakkerij Smit"):  # two people, one name
            customer = workbook.add_customer("Jan Smit").value
            workbook.update_customer(customer, organisation=organisation)
    finally:
        workbook.close()
    out = tmp_path / "jan.json"
    assert (
        main(["customers", "export-person", "Jan Smit", "--out", str(out), "--data-dir", data]) == 2
    )
    err = capsys.readouterr().err
    assert "2 customers are called 'Jan Smit'; give the number:" in err
    number = err.split("number: ")[1].split(":")[0]
    assert main(["customers", "export-person", number, "--out", str(out), "--data-dir", data]) == 0
    assert (
        main(["customers", "export-person", "Nobody", "--out", str(out), "--data-dir", data]) == 2
    )
    assert not (tmp_path / "Nobody").exists()


def test_search_prints_one_hit_a_line_and_finds_parts_of_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["demo", "--language", "nl", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["search", "verras", "--data-dir", str(data)]) == 0  # in "verrast", "verraste"
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(len(line.split("\t")) == 5 for line in lines)
    run, step, _what, _where, found = lines[0].split("\t")
    assert run.startswith("run ") and step.startswith("step ") and "[verras]" in found
    assert "<b>" not in found and "**" not in found
    assert main(["search", "zzqqxx", "--data-dir", str(data)]) == 1  # nothing, as grep says
    assert capsys.readouterr().out == ""
    assert main(["search", "net promoter", "--data-dir", str(data)]) == 0  # in the lessons
    lessons = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    lessons = [fields for fields in lessons if fields[2].startswith("lesson ")]
    assert lessons and all(fields[1].startswith("step ") for fields in lessons)
    assert all("[net]" in fields[4].lower() for fields in lessons)
