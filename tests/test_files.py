from __future__ import annotations

from pathlib import Path

import pytest

from coursebook.files import first_free_name, replaced_atomically


def test_first_free_name_counts_on_from_two(tmp_path: Path) -> None:
    assert first_free_name(tmp_path, "copy", ".sqlite3") == tmp_path / "copy.sqlite3"
    (tmp_path / "copy.sqlite3").touch()
    (tmp_path / "copy-2.sqlite3").touch()
    assert first_free_name(tmp_path, "copy", ".sqlite3") == tmp_path / "copy-3.sqlite3"
    assert first_free_name(tmp_path, "copy", ".sqlite3", numbered="{stem} ({number})") == (
        tmp_path / "copy (2).sqlite3"
    )
    taken = {tmp_path / "x.md", tmp_path / "x-2.md"}
    assert first_free_name(tmp_path, "x", ".md", taken=taken.__contains__) == tmp_path / "x-3.md"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_text("good", encoding="utf-8")
    with pytest.raises(RuntimeError), replaced_atomically(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise RuntimeError("the disk filled up")
    assert target.read_text(encoding="utf-8") == "good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]
    with replaced_atomically(target, create=False) as temporary:
        assert not temporary.exists()
        temporary.write_text("new", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]


def test_a_backup_that_would_not_fit_is_refused_before_it_starts(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import shutil
    from collections import namedtuple

    from coursebook.storage.database import backup_database, open_database

    database = data_dir / "coursebook.sqlite3"
    open_database(database).close()
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 1000, 1000))
    target = data_dir / "backups" / "copy.sqlite3"
    with pytest.raises(OSError) as caught:
        backup_database(database, target)
    assert caught.value.errno == errno.ENOSPC and "MB free" in str(caught.value)
    assert not target.exists()  # nothing half-written
