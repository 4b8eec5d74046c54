"""The first-start dialog: which course, and on which Monday it starts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coursebook.course.catalog import Catalog
from coursebook.course.schedule import default_start, monday_of_week
from coursebook.ui.i18n import format_date
from coursebook.ui.theme import colour
from coursebook.ui.widgets import qdate
from coursebook.workbook.validation import EARLIEST_DATE, LATEST_AHEAD

CourseRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class WelcomeChoice:
    course_id: str
    language: str
    start: date
    example: bool = False  # first look around in an example workbook of this course


class WeekDateEdit(QDateEdit):
    """A start-date field whose arrow keys (and wheel) move a week at a time: a start is a
    Monday, so a day at a time only drifts off it."""

    def stepBy(self, steps: int) -> None:
        self.setDate(self.date().addDays(7 * steps))


class WelcomeDialog(QDialog):
    """Asks for a course and a start Monday. `ask()` is the entry point tests can patch."""

    def __init__(
        self,
        catalog: Catalog,
        language: str,
        today: date,
        parent: QWidget | None = None,
        current: WelcomeChoice | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.setWindowTitle(
            title
            or (
                self.tr("Welcome to Coursebook")
                if current is None
                else self.tr("Change course or start date")
            )
        )
        self.setMinimumWidth(520)

        heading = QLabel(
            self.tr("Welcome to Coursebook")
            if current is None
            else self.tr("Course and start date")
        )
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Choose the course you want to follow and the Monday you start. Every Monday a "
                "new step opens: a short lesson and an assignment for that week. Your work is "
                "kept on this computer only."
            )
        )
        intro.setWordWrap(True)

        self.courses = QListWidget()
        self.courses.setAccessibleName(self.tr("Courses"))
        self.courses.setWordWrap(True)
        self.courses.setSpacing(2)
        for entry in catalog:
            # The course being changed keeps its language; others show in the UI's language.
            keep = [current.language] if current and current.course_id == entry.id else []
            shown = entry.pick_language([*keep, language])
            course = entry.version(shown).course
            assert course is not None
            item = QListWidgetItem(
                f"{course.title}\n{course.description}\n"
                + self.tr("{0} steps · languages: {1}").format(
                    len(course.steps), ", ".join(entry.languages)
                )
            )
            item.setData(CourseRole, (entry.id, shown))
            self.courses.addItem(item)
        wanted = current.course_id if current else None
        for row in range(self.courses.count()):
            if wanted is None or self.courses.item(row).data(CourseRole)[0] == wanted:
                self.courses.setCurrentRow(row)
                break

        self.start = WeekDateEdit()
        self.start.setMinimumDate(qdate(EARLIEST_DATE))  # what the workbook accepts
        self.start.setMaximumDate(qdate(today + LATEST_AHEAD))
        self.start.setCalendarPopup(True)
        self.start.setKeyboardTracking(False)  # move to Monday when typing is done
        self.start.setDisplayFormat("dddd d MMMM yyyy")
        self.start.setAccessibleName(self.tr("Start Monday"))
        calendar = self.start.calendarWidget()
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        first = current.start if current else default_start(today)
        self.start.setDate(QDate(first.year, first.month, first.day))
        self.start.dateChanged.connect(self._on_date_changed)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {colour('warning_text')};")
        self.note.hide()

        form = QFormLayout()
        form.addRow(self.tr("Start on:"), self.start)
        form.addRow("", self.note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start the course") if current is None else self.tr("Save"))
        ok.setEnabled(self.courses.count() > 0)
        self.wants_example = False
        if current is None and title is None:  # the first start: an example to look around in
            example = self.buttons.addButton(
                self.tr("Look at an example first"), QDialogButtonBox.ButtonRole.ActionRole
            )
            example.setToolTip(
                self.tr(
                    "Opens an example workbook of this course, halfway through, with "
                    "customers, calls and reflections. Your own work starts empty."
                )
            )
            example.setEnabled(self.courses.count() > 0)
            example.clicked.connect(self._show_example)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Course:")))
        layout.addWidget(self.courses, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if self.courses.count() == 0:
            self.note.setText(self.tr("No course was found in this installation."))
            self.note.show()

    def _on_date_changed(self, qdate: QDate) -> None:
        chosen = date(qdate.year(), qdate.month(), qdate.day())
        monday = monday_of_week(chosen)
        if monday != chosen:
            self.start.blockSignals(True)
            self.start.setDate(QDate(monday.year, monday.month, monday.day))
            self.start.blockSignals(False)
            self.note.setText(
                self.tr(
                    "A course starts on a Monday: {0} is a {1}, so the start is moved to {2}."
                ).format(
                    format_date(chosen, "d MMMM"), format_date(chosen, "dddd"), format_date(monday)
                )
            )
            self.note.show()
        else:
            self.note.hide()

    def _show_example(self) -> None:
        self.wants_example = True
        self.accept()

    def choice(self) -> WelcomeChoice | None:
        item = self.courses.currentItem()
        if item is None:
            return None
        course_id, language = item.data(CourseRole)
        qdate = self.start.date()
        start = date(qdate.year(), qdate.month(), qdate.day())
        return WelcomeChoice(course_id, language, start, example=self.wants_example)

    @classmethod
    def ask(
        cls,
        catalog: Catalog,
        language: str,
        today: date,
        parent: QWidget | None = None,
        current: WelcomeChoice | None = None,
        title: str | None = None,
    ) -> WelcomeChoice | None:
        dialog = cls(catalog, language, today, parent, current, title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
