"""GUI speed offscreen: opening a step with its forms, one keystroke in an answer, and the
save of that answer; each beside a floor measured in the same run (the lesson alone, the
workbook's own save without the window)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coursebook.course.catalog import Catalog
from coursebook.paths import bundled_courses_dir, resolve_data_paths
from coursebook.ui.context import AppContext
from coursebook.ui.main_window import MainWindow
from coursebook.ui.settings import open_settings
from coursebook.ui.work.calls_form import CallsForm
from coursebook.workbook.core import Workbook
from coursebook.workbook.task_key import TaskKey


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        workbook = Workbook.open(resolve_data_paths(folder))
        today = date.today()
        enrolment = workbook.start_run(
            "superenthousiaste-klanten", "nl", today - timedelta(days=today.weekday() + 42)
        ).value  # step 7 this week
        context = AppContext(
            workbook,
            Catalog.discover(bundled_courses_dir()),
            open_settings(Path(folder) / "s.ini"),
            "nl",
        )
        start = time.perf_counter()
        window = MainWindow(context, enrolment)
        window.show()
        window.runner.wait()
        app.processEvents()
        print(f"{'main window shown (step 7)':<40} {(time.perf_counter() - start) * 1000:8.1f} ms")
        course = window.course
        assert course is not None
        samples, floor = [], []
        for _ in range(3):
            for step in course.steps:
                start = time.perf_counter()
                window.lesson.show_step(step, course.folder, enrolment.start, today)
                app.processEvents()
                floor.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                window.select_step(step.id)
                window.runner.wait()  # the forms are built when the step's work has been read
                app.processEvents()
                samples.append((time.perf_counter() - start) * 1000)
        print(
            f"{'open a step (lesson + forms), median':<40} {statistics.median(samples):8.1f} ms"
            f"  max {max(samples):.1f} ms"
        )
        print(
            f"{'  floor: the lesson alone, median':<40} {statistics.median(floor):8.1f} ms"
            f"  max {max(floor):.1f} ms"
        )
        window.select_step("satisfied-customers-leave-first")
        window.runner.wait()
        editor = next(f for f in window.work.forms if isinstance(f, CallsForm)).cards[0].answers[0]
        editor.setFocus()
        keys = []
        for _ in range(200):
            start = time.perf_counter()
            QTest.keyClick(editor, Qt.Key.Key_A)
            keys.append((time.perf_counter() - start) * 1000)
        QTest.qWait(100)  # paint what was typed first (the flush turns the event loop)
        start = time.perf_counter()
        window.saver.flush()
        flush = (time.perf_counter() - start) * 1000
        print(
            f"{'keystroke in an answer, median':<40} {statistics.median(keys):8.2f} ms"
            f"  max {max(keys):.2f} ms"
        )
        print(f"{'autosave flush of that answer':<40} {flush:8.2f} ms")
        card = next(f for f in window.work.forms if isinstance(f, CallsForm)).cards[0]
        key = TaskKey(1, course.id, "satisfied-customers-leave-first", "calls")
        start = time.perf_counter()
        workbook.set_answer(key, card.call_id, 0, editor.toPlainText() + "b")
        direct = (time.perf_counter() - start) * 1000
        print(f"{'  floor: the same save, no window':<40} {direct:8.2f} ms")
        window.close()
        workbook.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
