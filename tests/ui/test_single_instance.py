from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from coursebook.ui.single_instance import (
    ask_running_instance_to_show,
    listen_for_second_starts,
    server_name,
)


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.raised = 0

    def raise_(self) -> None:
        self.raised += 1
        super().raise_()


def test_a_second_start_brings_the_window_to_the_front(qtbot: QtBot, tmp_path: Path) -> None:
    window = Window()
    qtbot.addWidget(window)
    name = server_name(tmp_path / "data")
    assert name == server_name(tmp_path / "data")
    assert name != server_name(tmp_path / "other")
    assert not ask_running_instance_to_show(name, 200)  # nobody listens yet
    server = listen_for_second_starts(window, name)
    assert server is not None
    # The second start is another process, as it really is.
    second = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.QtCore import QCoreApplication; "
            "from coursebook.ui.single_instance import ask_running_instance_to_show; "
            f"app = QCoreApplication([]); sys.exit(0 if ask_running_instance_to_show({name!r}) "
            "else 1)",
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    qtbot.waitUntil(lambda: window.raised == 1, timeout=10_000)
    assert second.wait(timeout=10) == 0
    server.close()
    assert not ask_running_instance_to_show(name, 200)
