"""GUI speed offscreen: opening a step with its forms, and one keystroke in an answer."""

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
from coursebook.paths import bundled_courses_dir
from coursebook.storage.database import open_database
from coursebook.ui.context import AppContext
from coursebook.ui.main_window import MainWindow
from coursebook.ui.settings import open_settings
from coursebook.ui.work.calls_form import CallsForm
from coursebook.workbook.enrolment import enrol


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "coursebook.sqlite3")
        today = date.today()
        enrolment = enrol(
            db, "superenthousiaste-klanten", "nl", today - timedelta(days=today.weekday() + 42)
        )  # step 7 this week
        context = AppContext(
            db, Catalog.discover(bundled_courses_dir()), open_settings(Path(folder) / "s.ini"), "nl"
        )
        start = time.perf_counter()
        window = MainWindow(context, enrolment)
        window.show()
        app.processEvents()
        print(f"{'main window shown (step 7)':<40} {(time.perf_counter() - start) * 1000:8.1f} ms")
        samples = []
        for _ in range(3):
            for step_id in [s.id for s in window.course.steps]:  # type: ignore[union-attr]
                start = time.perf_counter()
                window.select_step(step_id)
                app.processEvents()
                samples.append((time.perf_counter() - start) * 1000)
        print(
            f"{'open a step (lesson + forms), median':<40} {statistics.median(samples):8.1f} ms"
            f"  max {max(samples):.1f} ms"
        )
        window.select_step("satisfied-customers-leave-first")
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
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
