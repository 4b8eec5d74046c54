"""Garbage (with Qt objects in it) is collected on the GUI thread, never on the database
worker, where freeing a Qt object deadlocked the window (ui/garbage.py)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from pytestqt.qtbot import QtBot

from coursebook.ui.runner import Runner


class Cycle:
    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_made_on_the_worker_are_freed_on_the_gui_thread(
    qtbot: QtBot, runner: Runner
) -> None:
    assert not gc.isenabled()
    Cycle.freed_on.clear()

    def make_garbage(_workbook: object) -> None:
        for _ in range(20_000):  # far past every threshold, on the worker
            Cycle()

    runner.submit(make_garbage)
    runner.wait()
    qtbot.waitUntil(lambda: len(Cycle.freed_on) >= 20_000, timeout=10_000)
    assert set(Cycle.freed_on) == {threading.main_thread().name}
