"""The work panel beside the lesson: the step's tasks as forms, and an undo bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from string import Template

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coursebook.course.model import Course, Step, TaskType
from coursebook.ui.autosave import SaveManager
from coursebook.ui.theme import colour, colours
from coursebook.ui.work.actions_form import ActionsForm
from coursebook.ui.work.calls_form import CallsForm
from coursebook.ui.work.checklist_form import ChecklistForm
from coursebook.ui.work.reflection_form import ReflectionForm
from coursebook.ui.work.task_form import TaskForm, TaskSetup
from coursebook.workbook.changes import Changes
from coursebook.workbook.core import StepWork
from coursebook.workbook.runs import Run
from coursebook.workbook.task_key import TaskKey

log = logging.getLogger(__name__)

FORMS: dict[TaskType, Callable[[TaskSetup], TaskForm]] = {
    TaskType.CALLS: CallsForm,
    TaskType.ACTIONS: ActionsForm,
    TaskType.REFLECTION: ReflectionForm,
    TaskType.CHECKLIST: ChecklistForm,
}


# One style sheet for the whole panel: a style sheet per widget makes opening a step slow.
_PANEL_CSS = Template(
    """
#workContent { background: $surface; }
QFrame#taskSection { background: $card; border: 1px solid $section_border; border-radius: 8px; }
QFrame#callCard { background: $card; border: 1px solid $card_border; border-radius: 6px; }
QLabel#heading { font-size: 15pt; font-weight: 600; }
QLabel#taskTitle { font-size: 12pt; font-weight: 600; color: $heading; }
QLabel#question { font-weight: 600; margin-top: 4px; }
QLabel#muted { color: $muted; }
QLabel#inlineError { color: $error; }
QLabel#overdue { color: white; background: $error; border-radius: 3px; padding: 1px 5px; }
QLabel#doneDate { color: $accent; }
"""
)


def panel_css() -> str:
    return _PANEL_CSS.substitute(colours())


class UndoBar(QFrame):
    """“Removed … [Undo]”: the last removal can be taken back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(
            f"UndoBar {{ background: {colour('undo_bg')}; border-radius: 4px; }}"
            f"QLabel {{ color: {colour('undo_fg')}; }}"
        )
        self.label = QLabel()
        self.button = QPushButton(self.tr("Undo"))
        self.close_button = QPushButton("✕")
        self.close_button.setFlat(True)
        self.close_button.setStyleSheet(f"color: {colour('undo_fg')};")
        self.close_button.setToolTip(self.tr("Dismiss"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.close_button)
        self._undo: Callable[[], None] | None = None
        self.button.clicked.connect(self._on_undo)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def offer(self, message: str, undo: Callable[[], None]) -> None:
        self.label.setText(message)
        self._undo = undo
        self.show()

    def dismiss(self) -> None:
        self._undo = None
        self.hide()

    def _on_undo(self) -> None:
        undo, self._undo = self._undo, None
        self.hide()
        if undo is not None:
            undo()


class WorkPanel(QScrollArea):
    """Holds the forms of one step; the step's work is read on the worker, and the forms are
    built when it arrives. Redraws itself when something elsewhere (the
    customer register, Open actions, a restored backup) changed the step's calls or actions."""

    def __init__(self, saver: SaveManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saver = saver
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(panel_css())  # once: each step's forms inherit it
        self.forms: list[TaskForm] = []
        self.undo_bar = UndoBar()  # placed by the window, outside the scrolling area
        self._showing: tuple[Course, Run, Step, Callable[[], date]] | None = None
        self._loads = 0  # counts requests, so only the newest one is shown
        self._built = 0  # the request whose forms are shown
        self._focus_when_built: tuple[str, str, int] | None = None
        saver.runner.changed.connect(self._on_changed)

    @property
    def step(self) -> Step | None:
        return None if self._showing is None else self._showing[2]

    def clear(self) -> None:
        self.saver.flush()
        self._loads += 1
        self._showing = None
        self.undo_bar.dismiss()
        self._take_forms()

    def _take_forms(self) -> None:
        self.forms = []
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()

    def show_step(self, course: Course, run: Run, step: Step, today: Callable[[], date]) -> None:
        """Save what is pending, then read the step's work and show its forms."""
        self.saver.flush()
        if self._showing is None or self._showing[2].id != step.id:
            self.undo_bar.dismiss()  # an undo belongs to the step it was offered in
        self._showing = (course, run, step, today)
        self._loads += 1
        load = self._loads
        self.saver.runner.submit(
            lambda wb: wb.open_step(course, run, step, today()),
            lambda work: self._build(load, work),
            lambda error: self._failed(load, error),
        )

    def _failed(self, load: int, error: Exception) -> None:
        from coursebook.ui.messages import problem_message

        if load != self._loads:
            return
        log.error("opening the step's work failed", exc_info=error)
        self._take_forms()
        message = QLabel(
            self.tr("Your work for this step could not be read: {0}").format(problem_message(error))
        )
        message.setWordWrap(True)
        message.setObjectName("inlineError")
        self.setWidget(message)
        self._built, self._focus_when_built = load, None

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if self._showing is None or origin is self or origin in self.forms:
            return
        if changes.step_redraw(self._showing[2].id):
            self.show_step(*self._showing)

    def _build(self, load: int, work: StepWork) -> None:
        if load != self._loads or self._showing is None:
            return  # another step was asked for meanwhile
        course, run, step, today = self._showing
        scroll = self.verticalScrollBar().value() if self.forms else 0
        self._take_forms()
        content = QWidget()
        content.setObjectName("workContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(14)
        heading = QLabel(self.tr("Your work for step {0}").format(step.number))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        if not step.tasks:
            layout.addWidget(QLabel(self.tr("This step has no assignment.")))
        for task in step.tasks:
            setup = TaskSetup(
                work,
                TaskKey(run.id, course.id, step.id, task.id),
                task,
                step.number,
                run.start,
                today,
                self.saver,
            )
            form = FORMS[task.type](setup)
            form.removed.connect(self.undo_bar.offer)
            if isinstance(form, CallsForm):
                form.call_added.connect(self.reveal)
            section = QFrame()
            # Calls are cards of their own; other tasks sit on a white card.
            section.setObjectName("callsSection" if task.type is TaskType.CALLS else "taskSection")
            box = QVBoxLayout(section)
            box.setContentsMargins(12, 10, 12, 12)
            box.addWidget(form)
            layout.addWidget(section)
            self.forms.append(form)
        layout.addStretch(1)
        self.setWidget(content)
        self.verticalScrollBar().setValue(scroll)  # a redraw keeps the place
        self._built = load
        if self._focus_when_built is not None:
            self.focus_place(*self._focus_when_built)

    def form_for(self, task_id: str) -> TaskForm | None:
        return next((f for f in self.forms if f.setup.task.id == task_id), None)

    def focus_place(self, task_id: str, part: str, ref: int) -> bool:
        """Put the cursor where a search hit or an action lives; while the step's work is
        still being read, as soon as its forms are there."""
        if self._built != self._loads:
            self._focus_when_built = (task_id, part, ref)
            return True
        self._focus_when_built = None
        form = self.form_for(task_id)
        if form is None or not form.focus_place(part, ref):
            return False
        focused = self.focusWidget() or form
        self.centre_on(focused)
        return True

    def centre_on(self, widget: QWidget) -> None:
        """Scroll so that `widget` (a field just focused) sits in the middle of the view,
        not at its edge; once the layout has given it its place."""

        def now() -> None:
            content = self.widget()
            if not isValid(widget) or content is None or not content.isAncestorOf(widget):
                return
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            top = widget.mapTo(content, QPoint(0, 0)).y()
            middle = top + widget.height() // 2 - self.viewport().height() // 2
            self.verticalScrollBar().setValue(max(0, middle))

        now()
        QTimer.singleShot(0, now)

    def reveal(self, widget: QWidget) -> None:
        """Scroll so that a widget just added is in view. A widget added to a layout is
        shown, and given its place, only when the event loop next runs: so after that."""

        def now() -> None:
            if not isValid(widget) or not widget.isVisible():
                return  # removed again in the meantime
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.ensureWidgetVisible(widget, 20, 20)

        QTimer.singleShot(0, now)

    def focus_reflection(self) -> bool:
        form = next((f for f in self.forms if isinstance(f, ReflectionForm)), None)
        if form is None:
            return False
        form.editor.setFocus()
        self.ensureWidgetVisible(form.editor, 20, 60)
        return True

    def add_call(self) -> bool:
        form = next((f for f in self.forms if isinstance(f, CallsForm)), None)
        if form is None:
            return False
        form.add_call()  # scrolled to when it is there (call_added)
        return True
