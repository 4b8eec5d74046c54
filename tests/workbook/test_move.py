"""Moving a workbook: the demo copied into an empty PostgreSQL database (and back into a
file) exports the same Markdown, and every row is counted on both sides."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from coursebook.cli import main
from coursebook.paths import resolve_data_paths
from coursebook.workbook.core import Workbook
from coursebook.workbook.move import TargetNotEmptyError
from tests.server import admin_url, fresh_database

needs_server = pytest.mark.skipif(admin_url() is None, reason="no PostgreSQL server given")


def demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    assert main(["--data-dir", str(folder), "demo", "--language", "nl"]) == 0
    return folder


def markdown(tmp_path: Path, name: str, *where: str) -> str:
    out = tmp_path / f"{name}.md"
    assert main([*where, "export", "--lessons", "--customers", "--nps", "--out", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_a_file_moved_into_a_new_file_holds_the_same_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = demo_folder(tmp_path)
    target = tmp_path / "moved" / "coursebook.sqlite3"
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "migrate-to", str(target)]) == 0
    said = capsys.readouterr().out
    assert "customer               36          36" in said
    assert said.strip().splitlines()[-1].startswith("moved: every row is there (")
    before = markdown(tmp_path, "before", "--data-dir", str(folder))
    after = markdown(tmp_path, "after", "--data-dir", str(target.parent))
    assert after == before and "Bakkerij" in after
    moved = Workbook.open(resolve_data_paths(str(target.parent)), back_up_today=False)
    try:  # the search index was built by the new file itself
        assert moved.search("verraste")
    finally:
        moved.close()


def test_moving_into_a_workbook_that_holds_work_is_refused(tmp_path: Path) -> None:
    folder = demo_folder(tmp_path)
    workbook = Workbook.open(resolve_data_paths(str(folder)), back_up_today=False)
    try:
        with pytest.raises(TargetNotEmptyError):
            workbook.move_to(str(folder / "coursebook.sqlite3"))
        other = demo_folder(tmp_path / "other")
        with pytest.raises(TargetNotEmptyError):
            workbook.move_to(str(other / "coursebook.sqlite3"))
    finally:
        workbook.close()


@needs_server
def test_the_demo_moved_to_postgresql_and_back_exports_the_same_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = demo_folder(tmp_path)
    before = markdown(tmp_path, "before", "--data-dir", str(folder))
    with fresh_database() as url:
        assert main(["--data-dir", str(folder), "migrate-to", url]) == 0
        said = capsys.readouterr().out
        assert "moved: every row is there" in said
        secret = make_url(url).password
        assert secret and f":{secret}@" not in said  # the address is shown without it
        on_server = markdown(tmp_path, "server", "--database-url", url)
        assert on_server == before
        # A second move into the same database is refused: it holds work now.
        assert main(["--data-dir", str(folder), "migrate-to", url]) == 1
        assert "already holds a workbook" in capsys.readouterr().err
        back = tmp_path / "back" / "coursebook.sqlite3"
        assert main(["--database-url", url, "migrate-to", str(back)]) == 0
    assert markdown(tmp_path, "back", "--data-dir", str(back.parent)) == before


def test_a_refused_move_never_shows_the_targets_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = demo_folder(tmp_path)
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "migrate-to", "postgresql://anna:geheim@"]) == 1
    assert (
        main(["--data-dir", str(folder), "migrate-to", "postgresql://anna:geheim@127.0.0.1:1/w"])
        == 1
    )
    said = capsys.readouterr().err
    assert "geheim" not in said and "postgresql://anna@127.0.0.1:1/w" in said
