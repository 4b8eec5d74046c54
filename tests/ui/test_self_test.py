from __future__ import annotations

import io
from pathlib import Path

import pytest

from coursebook.ui import self_test
from coursebook.ui.app import app_icon


def test_the_self_test_passes_and_leaves_the_persons_data_alone(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "own-data"
    monkeypatch.setenv("COURSEBOOK_DATA_DIR", str(own))
    out = io.StringIO()
    assert self_test.run_self_test(out) == 0
    line = out.getvalue().strip()
    assert line.startswith("self-test passed: 8 steps")
    for step in ("migrate", "lesson", "search", "export", "backup"):
        assert step in line
    assert not own.exists()


def test_a_failing_step_is_named_and_the_exit_status_says_so(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-courses"
    empty.mkdir()
    monkeypatch.setattr(self_test, "bundled_courses_dir", lambda: empty)
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    assert out.getvalue().startswith("self-test FAILED at course: no course found in")


def test_the_app_icon_has_every_size(qapp: object) -> None:
    icon = app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes
