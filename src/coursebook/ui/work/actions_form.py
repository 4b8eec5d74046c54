"""Actions: what the person will do, each with a due date, ticked off when done."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from coursebook.ui.i18n import format_date
from coursebook.ui.widgets import GrowingTextEdit, make_date_edit, pydate
from coursebook.ui.work.task_form import ItemListForm, TaskSetup, TypedOver, resolve_conflict
from coursebook.workbook.actions import Action, DeletedAction
from coursebook.workbook.changes import Outcome
from coursebook.workbook.conflicts import EditConflict
from coursebook.workbook.core import Workbook
from coursebook.workbook.versions import TextRef


class ActionRowWidget(QWidget):
    def __init__(self, form: ActionsForm, action: Action) -> None:
        super().__init__()
        self.form = form
        self.action_id = action.id
        self.position = action.position
        self.base = TypedOver(action.version)
        setup = form.setup
        self.done = QCheckBox()
        self.done.setChecked(action.done)
        self.done.setToolTip(self.tr("Done"))
        self.done.setAccessibleName(self.tr("Done"))
        self.text = GrowingTextEdit(min_lines=1, max_lines=6)  # the width of the form; wraps
        self.text.setPlainText(action.text)
        self.text.setPlaceholderText(self.tr("What will you do?"))
        self.text.setAccessibleName(self.tr("Action"))
        form.offer_versions(self.text, TextRef.action(action.id), self.tr("this action"))
        self.due = make_date_edit(action.due, setup.today())
        self.due.setAccessibleName(self.tr("Due date"))
        self.status = QLabel()
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this action"))
        self.remove.setAccessibleName(self.tr("Remove this action"))
        self.remove.setAutoRaise(True)

        # The text across the form, the date and its state under it.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.done, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, 0, 1)
        grid.addWidget(self.remove, 0, 2, Qt.AlignmentFlag.AlignTop)
        when = QHBoxLayout()
        when.addWidget(self.due)
        when.addWidget(self.status)
        when.addStretch(1)
        grid.addLayout(when, 1, 1)
        grid.setColumnStretch(1, 1)
        self.show_state(action)

        self.done.toggled.connect(self._on_done)
        self.text.textChanged.connect(lambda: self._on_text(self.text.toPlainText()))
        self.due.dateChanged.connect(self._on_due)
        self.remove.clicked.connect(lambda: form.remove_action(self))

    def show_state(self, action: Action) -> None:
        today = self.form.setup.today()
        font = self.text.font()
        font.setStrikeOut(action.done)
        self.text.setFont(font)
        if action.is_overdue(today):
            self.status.setText(self.tr("overdue"))
            self._set_status_style("overdue")
        elif action.done and action.done_on is not None:
            self.status.setText(self.tr("done {0}").format(format_date(action.done_on, "d MMM")))
            self._set_status_style("doneDate")
        else:
            self.status.clear()
            self._set_status_style("")

    def _set_status_style(self, name: str) -> None:
        """Switch the label's look: the rules are in the panel's style sheet, by object name."""
        if self.status.objectName() != name:
            self.status.setObjectName(name)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)

    def _save(self, name: str, **change: object) -> None:
        setup, action_id, base = self.form.setup, self.action_id, self.base

        def write(workbook: Workbook) -> Outcome[Action]:
            based_on = base.version if "text" in change else None
            saved = workbook.update_action(
                action_id,
                today=setup.today(),
                based_on=based_on,
                **change,  # type: ignore[arg-type]
            )
            base.version = saved.value.version
            return saved

        self.form.write(
            f"{action_id}/{name}",
            write,
            at_once=name != "text",
            after=self.show_state,
            on_conflict=self._on_conflict,
        )

    def _on_conflict(self, conflict: EditConflict) -> None:
        self.base.version = conflict.version
        resolve_conflict(
            self.text, conflict, self.tr("this action"), lambda text: self._save("text", text=text)
        )

    def _on_done(self, on: bool) -> None:
        self._save("done", done=on)

    def _on_text(self, text: str) -> None:
        self._save("text", text=text)

    def _on_due(self, value: QDate) -> None:
        self._save("due", due=pydate(value))


class ActionsForm(ItemListForm):
    PAGE = 10

    def __init__(self, setup: TaskSetup, parent: QWidget | None = None) -> None:
        super().__init__(setup, self.tr("Actions"), setup.work.actions.get(setup.task.id, []), 4)
        self.add_button = QPushButton(self.tr("Add an action"))
        self.add_button.clicked.connect(self.add_action)
        self.layout_.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.finish_layout()

    @property
    def rows(self) -> list[ActionRowWidget]:
        return self.items

    def make_item(self, value: Action) -> ActionRowWidget:
        return ActionRowWidget(self, value)

    def add_action(self) -> None:
        key, due = self.setup.key, self.setup.deadline or self.setup.today()

        def added(action: Action) -> None:
            self.append_item(action).text.setFocus()

        self.run(lambda wb: wb.add_action(key, due), added)

    def remove_action(self, row: ActionRowWidget) -> None:
        self.forget_pending(row.action_id)
        action_id = row.action_id

        def removed(deleted: DeletedAction) -> None:
            self.remove_item(row)
            label = deleted.action.text.strip() or self.tr("an empty action")
            self.removed.emit(
                self.tr("Moved “{0}” to the trash.").format(label[:60]),
                lambda: self._undo(deleted),
            )

        self.run(lambda wb: wb.delete_action(action_id), removed)

    def _undo(self, deleted: DeletedAction) -> None:
        self.run(lambda wb: wb.restore_action(deleted), self.restore_item)

    def focus_place(self, part: str, ref: int) -> bool:
        self.reveal(ref)
        for row in self.rows:
            if row.action_id == ref:
                row.text.setFocus()
                return True
        return False
