"""Kill the real app with SIGKILL while it has unsaved typing, and check what survived."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from coursebook.course.loader import load_course
from coursebook.course.model import TaskType
from coursebook.paths import bundled_courses_dir
from coursebook.storage.database import open_database
from coursebook.workbook.reflections import get_reflection
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey

ROOT = Path(__file__).resolve().parents[2]
COURSE = "superenthousiaste-klanten"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def prepare(data_dir: Path) -> TaskKey:
    """A data folder enrolled this week, and the key of step 1's first reflection."""
    today = date.today()
    db = open_database(data_dir / "coursebook.sqlite3")
    run = start_run(db, COURSE, "en", today - timedelta(days=today.weekday()))
    db.close()
    course = load_course(bundled_courses_dir() / COURSE / "en").course
    assert course is not None
    step = course.steps[0]
    task = next(t for t in step.tasks if t.type is TaskType.REFLECTION)
    return TaskKey(run.id, COURSE, step.id, task.id)


def start(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.ui.app_driver", str(data_dir), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_line(process: subprocess.Popen[str], timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line:
            return line.strip()
        if process.poll() is not None:
            raise AssertionError(f"the app exited: {process.stderr.read()}")  # type: ignore[union-attr]
    raise AssertionError("the app did not answer in time")


def stop(process: subprocess.Popen[str], signal_number: int) -> str:
    """Send a signal, wait for the end, close the pipes; returns what it wrote to stderr."""
    if process.poll() is None:
        process.send_signal(signal_number)
    _out, err = process.communicate(timeout=20)
    return err


def saved_text(data_dir: Path, key: TaskKey) -> str:
    db = open_database(data_dir / "coursebook.sqlite3")
    try:
        return get_reflection(db, key)
    finally:
        db.close()


def test_sigkill_after_autosave_loses_nothing(data_dir: Path) -> None:
    key = prepare(data_dir)
    process = start(data_dir, "once", "Wat ik deze week leerde over mijn klanten")
    try:
        assert read_line(process) == "TYPED"
        time.sleep(1.5)  # autosave had time: a pause saves within a second
    finally:
        stop(process, signal.SIGKILL)
    assert process.returncode == -signal.SIGKILL
    assert saved_text(data_dir, key) == "Wat ik deze week leerde over mijn klanten"
    # A restart of the real app finds the text in its editor.
    again = start(data_dir, "once", "")
    try:
        assert read_line(again) == "TYPED"
    finally:
        stop(again, signal.SIGKILL)
    assert saved_text(data_dir, key) == "Wat ik deze week leerde over mijn klanten"


def test_sigkill_in_a_burst_of_typing_loses_at_most_the_last_second(data_dir: Path) -> None:
    key = prepare(data_dir)
    process = start(data_dir, "burst", "6")
    typed: list[tuple[float, str]] = []
    try:
        while len(typed) < 35:  # 3.5 s of continuous typing, no pause at all
            typed.append((time.monotonic(), read_line(process)))
    finally:
        killed_at = time.monotonic()
        stop(process, signal.SIGKILL)
    text = saved_text(data_dir, key)
    words = text.split()
    # Everything typed more than a second (plus scheduling slack) before the kill is there,
    assert all(word in words for moment, word in typed if moment < killed_at - 1.3), text
    assert len(words) >= 20
    # and what is there is exactly what was typed, in order.
    assert words == [word for _moment, word in typed[: len(words)]]
    connection = sqlite3.connect(data_dir / "coursebook.sqlite3")
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_sigterm_saves_pending_typing_before_quitting(data_dir: Path) -> None:
    key = prepare(data_dir)
    process = start(data_dir, "once", "Net getypt")
    try:
        assert read_line(process) == "TYPED"
    finally:
        errors = stop(process, signal.SIGTERM)  # at once: the pause has not passed yet
    assert process.returncode == 0, errors
    assert saved_text(data_dir, key) == "Net getypt"
