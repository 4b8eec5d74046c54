"""For the start-up benchmark: with COURSEBOOK_QUIT_WHEN_PAINTED=1 in the environment, the app
prints `painted` once the current step's lesson has been painted and its work is on screen,
then quits normally. `bench/bench_start.py` times a cold start up to that line."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from coursebook.ui.main_window import MainWindow

ENV = "COURSEBOOK_QUIT_WHEN_PAINTED"


class _PaintProbe(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.lesson.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.window.lesson.toPlainText():
            self.window.lesson.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self.window.runner.wait()  # the step's forms too
        QApplication.processEvents()
        print("painted", flush=True, file=sys.stdout)
        self.window.close()


def watch_first_paint(window: MainWindow) -> None:
    if os.environ.get(ENV) == "1":
        _PaintProbe(window)
