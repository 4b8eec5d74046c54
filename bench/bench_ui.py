"""The window at work, offscreen, on a data folder (default: a new one with the course at
step 7): opening steps, search, Open actions, the customer list and its filter, one autosave.
Each figure stands beside a floor measured in the same run: the lesson view alone for a step
switch, the workbook's own call without the window for the rest.

    python bench/bench_ui.py                         # a fresh folder, step 7 this week
    python bench/bench_ui.py --data-dir /tmp/w5      # e.g. from bench/make_workbook.py

The folder is copied first; the copy is used and thrown away.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
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
from coursebook.ui.work.reflection_form import ReflectionForm
from coursebook.workbook.core import Workbook

COMMON, RARE = "klant", "aanbeveling"


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def row(label: str, samples: list[float], floor: list[float] | None = None) -> None:
    line = f"{label:<38} {statistics.median(samples):8.1f} {p95(samples):8.1f}"
    if floor:
        line += f"   {statistics.median(floor):8.1f} {p95(floor):8.1f}"
    print(line)


def timed(runs: int, action: Callable[[], object]) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(ms(start))
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, help="a data folder to copy and use")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        if args.data_dir:
            shutil.copytree(args.data_dir, data)
        workbook = Workbook.open(resolve_data_paths(data))
        today = date.today()
        run = workbook.current_run()
        if run is None:
            monday = today - timedelta(days=today.weekday() + 42)  # step 7 this week
            run = workbook.start_run("superenthousiaste-klanten", "nl", monday).value
        context = AppContext(
            workbook,
            Catalog.discover(bundled_courses_dir()),
            open_settings(Path(folder) / "s.ini"),
            "nl",
        )
        start = time.perf_counter()
        window = MainWindow(context, run)
        window.show()
        window.runner.wait()
        app.processEvents()
        shown = ms(start)
        course = window.course
        assert course is not None
        print(f"{'':<38} {'p50 ms':>8} {'p95 ms':>8}   {'floor p50':>8} {'p95':>8}")
        print(f"{'window built and shown (in-process)':<38} {shown:8.1f}")

        switch, lesson = [], []
        for _ in range(3):
            for step in course.steps:
                start = time.perf_counter()
                window.lesson.show_step(step, course.folder, run.start, today)
                app.processEvents()
                lesson.append(ms(start))
                start = time.perf_counter()
                window.select_step(step.id)
                window.runner.wait()  # the forms are built when the step's work has been read
                app.processEvents()
                switch.append(ms(start))
        row("step switch (lesson + forms)", switch, lesson)

        window.show_search()
        dialog = window.search_dialog
        assert dialog is not None
        for word in (COMMON, RARE):
            dialog.field.setText(word)

            def search() -> None:
                dialog.run_search()
                window.runner.wait()
                app.processEvents()

            row(
                f"search '{word}' ({dialog.model.rowCount()} hits)",
                timed(20, search),
                timed(20, lambda w=word: workbook.search(w)),
            )
        dialog.close()

        def open_actions() -> None:
            window.show_open_actions()
            window.runner.wait()
            app.processEvents()

        open_actions()
        assert window.actions_dialog is not None
        count = window.actions_dialog.model.rowCount()
        row(f"open actions ({count})", timed(10, open_actions), timed(10, workbook.open_actions))
        window.actions_dialog.close()

        window.tabs.setCurrentWidget(window.customers)
        view = window.customers

        def customers() -> None:
            view.reload()
            window.runner.wait()
            app.processEvents()

        row(
            f"customer list ({view.model.rowCount()})",
            timed(5, customers),
            timed(5, lambda: workbook.customer_register(include_archived=False)),
        )

        def keystrokes() -> None:
            for text in ("b", "ba", "bak", "bakk", "bakker"):
                view.search.setText(text)
                app.processEvents()

        row("filter: five keystrokes", timed(5, keystrokes))
        view.search.clear()
        window.tabs.setCurrentIndex(0)

        window.select_step(course.steps[0].id)
        window.runner.wait()
        editor = next(f for f in window.work.forms if isinstance(f, ReflectionForm)).editor
        editor.setFocus()
        keys = timed(100, lambda: QTest.keyClick(editor, Qt.Key.Key_A))
        QTest.qWait(100)
        saver = window.saver

        def autosave_on_gui_thread() -> None:
            QTest.keyClick(editor, Qt.Key.Key_B)
            start = time.perf_counter()
            for key in list(saver._pending):
                saver._run(key)  # what the GUI thread does when the save timer fires
            samples.append(ms(start))
            window.runner.wait()

        samples: list[float] = []
        for _ in range(50):
            autosave_on_gui_thread()
        reflection = next(f for f in window.work.forms if isinstance(f, ReflectionForm))
        row("keystroke in a reflection", keys)
        row(
            "autosave, GUI thread's part",
            samples,
            timed(
                20,
                lambda: workbook.save_reflection(reflection.setup.key, editor.toPlainText()),
            ),
        )
        flush = timed(20, lambda: (QTest.keyClick(editor, Qt.Key.Key_C), saver.flush()))
        row("autosave flush (until written)", flush)
        window.close()
        workbook.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
