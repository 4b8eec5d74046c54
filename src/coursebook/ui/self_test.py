"""`coursebook --self-test`: prove that an installed or frozen app works, end to end.

In a temporary data folder (never the person's own): open and migrate the database, render
a lesson offscreen, save a call and a reflection and read them back, search, export .docx,
.pdf and .md, back up and restore. One line on stdout says how it went; the exit status is
0 when every step passed, 1 with the failing step named otherwise. The packaging build runs
it on the frozen app, where a missing data file or Qt plugin shows up first.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from coursebook.course.catalog import Catalog
from coursebook.course.model import Course, Step, TaskType
from coursebook.course.schedule import monday_of_week
from coursebook.export.content import ExportOptions
from coursebook.export.docx_writer import write_docx
from coursebook.export.labels import labels_for
from coursebook.export.markdown_writer import write_markdown
from coursebook.paths import bundled_courses_dir, resolve_data_paths
from coursebook.workbook.core import Password, Workbook
from coursebook.workbook.runs import Run
from coursebook.workbook.task_key import TaskKey

log = logging.getLogger(__name__)

MARKER = "zelftestkiwi"  # a word no lesson holds, typed into the work and searched for


class SelfTestFailed(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailed(what)


class SelfTest:
    """The steps, in order; each one uses what the ones before it made."""

    workbook: Workbook
    course: Course
    run: Run
    reflection_step: Step
    reflection_task: str

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.paths = resolve_data_paths(folder / "data")
        self.today = date.today()
        self.steps: list[tuple[str, Callable[[], None]]] = [
            ("migrate", self.migrate),
            ("course", self.start_course),
            ("lesson", self.render_lesson),
            ("save", self.save_work),
            ("search", self.search),
            ("export", self.export),
            ("backup", self.back_up_and_restore),
            ("password", self.encrypt),
        ]

    def migrate(self) -> None:
        self.workbook = Workbook.open(self.paths, back_up_today=False)
        check(self.paths.database.is_file(), "no database file was made")

    def start_course(self) -> None:
        catalog = Catalog.discover(bundled_courses_dir())
        check(len(catalog) > 0, f"no course found in {bundled_courses_dir()}")
        entry = next(iter(catalog))
        course = entry.version(entry.pick_language(["nl"])).course
        check(course is not None, f"the course {entry.id} cannot be read")
        assert course is not None
        self.course = course
        start = monday_of_week(self.today)
        self.run = self.workbook.start_run(course.id, course.language, start).value

    def render_lesson(self) -> None:
        from PySide6.QtGui import QImage, QPainter

        from coursebook.ui.lesson_view import LessonView

        view = LessonView()
        view.resize(800, 600)
        view.show_step(self.course.steps[0], self.course.folder, self.run.start, self.today)
        check(len(view.toPlainText()) > 200, "the lesson text is missing")
        image = QImage(800, 600, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        view.document().setTextWidth(760)  # laid out as on a screen, without showing it
        view.document().drawContents(painter)
        painter.end()
        inked = sum(
            image.pixel(x, y) != 0xFFFFFFFF for y in range(0, 600, 4) for x in range(0, 800, 4)
        )
        check(inked > 100, "the lesson rendered as an empty page (are the fonts missing?)")

    def _key(self, step: Step, task_id: str) -> TaskKey:
        return TaskKey(self.run.id, self.course.id, step.id, task_id)

    def save_work(self) -> None:
        step, task = next(
            (s, t) for s in self.course.steps for t in s.tasks if t.type is TaskType.CALLS
        )
        call = self.workbook.open_step(self.course, self.run, step, self.today).calls[task.id][0]
        self.workbook.set_answer(self._key(step, task.id), call.id, 0, f"Blij, {MARKER}.")
        self.reflection_step, reflection = next(
            (s, t) for s in self.course.steps for t in s.tasks if t.type is TaskType.REFLECTION
        )
        self.reflection_task = reflection.id
        key = self._key(self.reflection_step, reflection.id)
        self.workbook.save_reflection(key, f"Wat ik leerde: {MARKER}.")
        again = self.workbook.open_step(self.course, self.run, step, self.today)
        check(MARKER in again.calls[task.id][0].answers[0], "the call's answer was not kept")

    def search(self) -> None:
        kinds = {hit.kind for hit in self.workbook.search(MARKER)}
        check(kinds >= {"call", "reflection"}, f"the search found only {sorted(kinds)}")

    def export(self) -> None:
        from docx import Document

        from coursebook.ui.pdf_export import write_pdf

        numbers = tuple(step.number for step in self.course.steps)
        options = ExportOptions(numbers, True, True, True, "Self-test")
        content = self.workbook.export_content(self.course, self.run, options, self.today)
        labels = labels_for(self.course.language)
        out = self.folder / "export"
        out.mkdir()
        write_docx(content, labels, out / "work.docx")
        write_pdf(content, labels, out / "work.pdf")
        write_markdown(content, labels, out / "work.md")
        words = "\n".join(p.text for p in Document(str(out / "work.docx")).paragraphs)
        check(MARKER in words, "the Word export lacks the reflection")
        check(MARKER in (out / "work.md").read_text(encoding="utf-8"), "the Markdown lacks it")
        check((out / "work.pdf").stat().st_size > 5_000, "the PDF is (nearly) empty")

    def back_up_and_restore(self) -> None:
        backup = self.workbook.back_up()
        key = self._key(self.reflection_step, self.reflection_task)
        self.workbook.save_reflection(key, "written after the backup")
        self.workbook.restore_backup(backup)
        work = self.workbook.open_step(self.course, self.run, self.reflection_step, self.today)
        check(MARKER in work.reflections[self.reflection_task], "the restore lost the reflection")

    def encrypt(self) -> None:
        """SQLCipher is there and works: protect, open again with the password, remove it."""
        password = Password("self-test")
        self.workbook.change_password(None, password)
        self.workbook.close()
        check(MARKER.encode() not in self.paths.database.read_bytes(), "not encrypted")
        self.workbook = Workbook.open(self.paths, back_up_today=False, password=password)
        work = self.workbook.open_step(self.course, self.run, self.reflection_step, self.today)
        check(MARKER in work.reflections[self.reflection_task], "encrypted, the work is gone")
        self.workbook.change_password(password, None)


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step; 0 when all passed. Leaves nothing behind."""
    started = time.perf_counter()
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window, also where there is a screen
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    passed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="coursebook-self-test-") as folder:
        test = SelfTest(Path(folder))
        try:
            for name, step in test.steps:
                try:
                    step()
                except SelfTestFailed as failure:
                    _say(out, f"self-test FAILED at {name}: {failure}")
                    return 1
                except Exception as error:  # a bug or a missing file: name it, log the rest
                    log.exception("self-test step %s failed", name)
                    _say(out, f"self-test FAILED at {name}: {type(error).__name__}: {error}")
                    return 1
                passed.append(name)
        finally:
            if hasattr(test, "workbook"):
                test.workbook.close()
    seconds = time.perf_counter() - started
    _say(out, f"self-test passed: {len(passed)} steps ({', '.join(passed)}) in {seconds:.1f} s")
    return 0


def _say(out: TextIO | None, line: str) -> None:
    """The summary goes to stdout and to the log (a windowed app on Windows has no stdout)."""
    log.info(line)
    stream = out if out is not None else sys.stdout
    if stream is not None:
        print(line, file=stream, flush=True)
