"""Where a piece of work lives, said for lists that span every run (search, open actions):
"Step 3: Title", and, for work of another run than the one shown, which run it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coursebook.course.catalog import Catalog
from coursebook.course.model import Course
from coursebook.ui.i18n import format_date
from coursebook.workbook.runs import Run


def run_label(run: Run, course: Course | None) -> str:
    """ "Superenthousiaste klanten · from 5 October 2026 (2nd time)"."""
    translate = QCoreApplication.translate
    title = course.title if course is not None else run.course_id
    label = translate("places", "{0} · from {1}").format(
        title, format_date(run.start, "d MMMM yyyy")
    )
    if run.number > 1:
        label += " " + translate("places", "(time {0})").format(run.number)
    if run.person:  # a colleague's run, in a shared workbook
        label += " · " + run.person
    return label


class Places:
    def __init__(self, catalog: Catalog, shown: Run | None = None, runs: list[Run] | None = None):
        self.catalog = catalog
        self.shown = shown
        self.runs = {run.id: run for run in runs or []}

    def course_of(self, run: Run) -> Course | None:
        loaded = self.catalog.course(run.course_id, run.language)
        return None if loaded is None else loaded.course

    def run_label(self, run_id: int) -> str:
        run = self.runs.get(run_id)
        return "" if run is None else run_label(run, self.course_of(run))

    def step_label(self, run_id: int, step_id: str) -> str:
        """ "Step 3: Title", with the run added when it is not the one shown."""
        translate = QCoreApplication.translate
        run = self.runs.get(run_id)
        course = self.course_of(run) if run is not None else None
        step = course.step(step_id) if course is not None else None
        label = (
            translate("places", "Step {0}: {1}").format(step.number, step.title)
            if step is not None
            else step_id
        )
        if run is not None and (self.shown is None or run.id != self.shown.id):
            label += " · " + run_label(run, course)
        return label
