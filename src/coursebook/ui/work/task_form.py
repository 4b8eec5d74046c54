"""What every task form shares: its place in the course, saving, and an error line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coursebook.course.model import Task
from coursebook.course.schedule import task_deadline
from coursebook.render.markdown import render_markdown
from coursebook.ui.autosave import SaveManager
from coursebook.ui.i18n import format_date
from coursebook.ui.messages import invalid_input_message, problem_message, refusal_message
from coursebook.ui.versions_dialog import show_versions
from coursebook.ui.widgets import InlineError, TextEdit
from coursebook.workbook.conflicts import EditConflict
from coursebook.workbook.core import StepWork, Workbook
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.validation import InvalidInput
from coursebook.workbook.versions import TextRef

log = logging.getLogger(__name__)


class PositionedWidget(Protocol):
    """An item widget (call card, action row) that knows its place in the task."""

    position: int


ItemT = TypeVar("ItemT", bound=PositionedWidget)


@dataclass
class TaskSetup:
    work: StepWork  # what is written in the step, read when it was opened
    key: TaskKey
    task: Task
    step_number: int
    start: date
    today: Callable[[], date]
    saver: SaveManager

    @property
    def deadline(self) -> date | None:
        if self.task.due is None:
            return None
        return task_deadline(self.start, self.step_number, self.task.due)

    def save_key(self, *parts: object) -> str:
        return "/".join([self.key.course_id, self.key.step_id, self.key.task_id, *map(str, parts)])


class TaskForm(QWidget):
    """Base of the four task forms; each writes through the save manager or `run`."""

    removed = Signal(str, object)  # message, undo callable

    def __init__(self, setup: TaskSetup, default_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setup = setup
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        title = QLabel(setup.task.title or default_title)
        title.setObjectName("taskTitle")
        title.setWordWrap(True)
        self.layout_.addWidget(title)
        deadline = setup.deadline
        if deadline is not None:
            due = QLabel(self.tr("Due {0}").format(format_date(deadline, "dddd d MMMM")))
            due.setObjectName("muted")
            self.layout_.addWidget(due)
        if setup.task.prompt:
            prompt = QLabel(render_markdown(setup.task.prompt))
            prompt.setWordWrap(True)
            prompt.setOpenExternalLinks(False)
            self.layout_.addWidget(prompt)
        self.error = InlineError()

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)

    def write(
        self,
        key: str,
        action: Callable[[Workbook], Any],
        *,
        at_once: bool = False,
        text: str | None = None,
        after: Callable[[Any], None] | None = None,
        on_conflict: Callable[[EditConflict], None] | None = None,
    ) -> None:
        """Save through the save manager: `action` runs on the database worker, `after`
        (with its result) back on the GUI thread; an invalid value shows under the form,
        another person's save in between goes to `on_conflict`."""

        def saved(result: Any) -> None:
            self.error.clear_message()
            if after is not None:
                after(result)

        def refused(error: Exception) -> None:
            self.error.show_message(refusal_message(error))
            if isinstance(error, EditConflict) and on_conflict is not None:
                on_conflict(error)

        saver, save_key = self.setup.saver, self.setup.save_key(key)
        if at_once:
            saver.save_now(save_key, action, on_saved=saved, on_refused=refused, origin=self)
        else:
            saver.schedule(save_key, action, text, on_saved=saved, on_refused=refused, origin=self)

    def run(self, work: Callable[[Workbook], Any], after: Callable[[Any], None]) -> None:
        """Add or remove an item on the worker; `after(result)` updates the form. A failure
        is said under the form (and logged); the form stays as it was."""

        def done(result: Any) -> None:
            self.error.clear_message()
            after(result)

        def failed(error: Exception) -> None:
            if isinstance(error, InvalidInput):
                self.error.show_message(invalid_input_message(error))
                return
            log.error("%s: changing the task failed", self.setup.key, exc_info=error)
            self.error.show_message(self.tr("Not changed: {0}").format(problem_message(error)))

        self.setup.saver.runner.submit(work, done, failed, origin=self)

    def offer_versions(self, edit: TextEdit, ref: TextRef, what: str) -> None:
        """ "Versions…" in the field's context menu (and its shortcut) lists the versions of
        its text and puts one back."""
        edit.offer_versions()
        edit.versions_requested.connect(
            lambda: show_versions(
                edit,
                self.setup.saver,
                ref,
                what,
                self.setup.today(),
                origin=self,
                failed=self.error.show_message,
            )
        )

    def forget_pending(self, item_id: int) -> None:
        """Before an item (call, action) is removed: save its last keystrokes, which undo
        restores, and drop anything still scheduled for it."""
        saver = self.setup.saver
        saver.flush()
        saver.discard(self.setup.save_key(item_id) + "/")

    @staticmethod
    def reinsert(items: list[ItemT], box: QVBoxLayout, restored: ItemT) -> list[ItemT]:
        """Put a restored item widget back at its place (by position); returns the new list."""
        assert isinstance(restored, QWidget)
        ordered = sorted([*items, restored], key=lambda item: item.position)
        box.insertWidget(ordered.index(restored), restored)
        return ordered

    def focus_place(self, part: str, ref: int) -> bool:
        """Put the cursor where a search hit lives; False if it is not in this form."""
        return False


@dataclass
class TypedOver:
    """The version of a shared text the person is typing over: read and raised by each save
    on the database worker, so that a save never conflicts with this person's own."""

    version: int


def resolve_conflict(
    editor: TextEdit, conflict: EditConflict, what: str, save: Callable[[str], None]
) -> None:
    """Someone else saved this text meanwhile: show both, keep what the person chooses
    (saving it again, over the version now there, unless it is theirs)."""
    from coursebook.ui.conflict_dialog import ConflictDialog

    chosen = ConflictDialog.choose(conflict, what, editor)
    if chosen != editor.toPlainText():
        editor.blockSignals(True)  # shown, not typed: no save of its own
        editor.setPlainText(chosen)
        editor.blockSignals(False)
        editor.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on at its end
    if chosen != conflict.theirs:
        save(chosen)


class ItemListForm(TaskForm):
    """A task form holding a list of items (call cards, action rows). A long list shows its
    newest `PAGE` items and builds earlier ones a page at a time when asked, or when a search
    hit lives in one, so a step opens as fast with 500 items as with 5."""

    PAGE = 20

    def __init__(
        self, setup: TaskSetup, default_title: str, values: list[Any], spacing: int
    ) -> None:
        super().__init__(setup, default_title)
        self._earlier = values[: max(0, len(values) - self.PAGE)]  # not built yet
        self.earlier_button = QPushButton()
        self.earlier_button.clicked.connect(lambda: self.show_earlier())
        self.layout_.addWidget(self.earlier_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(spacing)
        self.layout_.addLayout(self.items_box)
        self.items: list[Any] = []
        for value in values[len(self._earlier) :]:
            self.append_item(value)
        self._update_earlier_button()

    def make_item(self, value: Any) -> QWidget:
        raise NotImplementedError

    def renumber(self) -> None:
        """Items that show their number (Call 1, Call 2…) renumber here."""

    @property
    def hidden_count(self) -> int:
        return len(self._earlier)

    def append_item(self, value: Any) -> Any:
        item = self.make_item(value)
        self.items.append(item)
        self.items_box.addWidget(item)
        return item

    def remove_item(self, item: Any) -> None:
        self.items.remove(item)
        item.deleteLater()
        self.renumber()

    def restore_item(self, value: Any) -> None:
        self.items = self.reinsert(self.items, self.items_box, self.make_item(value))
        self.renumber()

    def show_earlier(self, count: int | None = None) -> None:
        """Build the `count` items before the first one shown (a page by default)."""
        count = self.PAGE if count is None else count
        if not self._earlier or count <= 0:
            return
        take = self._earlier[-count:]
        self._earlier = self._earlier[: len(self._earlier) - len(take)]
        built = [self.make_item(value) for value in take]
        for index, item in enumerate(built):
            self.items_box.insertWidget(index, item)
        self.items = built + self.items
        self.renumber()
        self._update_earlier_button()

    def reveal(self, value_id: int) -> None:
        """Build the items from the one with `value_id` onwards, if it is not built yet."""
        found = [i for i, value in enumerate(self._earlier) if value.id == value_id]
        if found:
            self.show_earlier(len(self._earlier) - found[0])

    def _update_earlier_button(self) -> None:
        hidden = len(self._earlier)
        self.earlier_button.setVisible(hidden > 0)
        self.earlier_button.setText(
            self.tr("Show %n earlier", "", min(hidden, self.PAGE))
            + " "
            + self.tr("({0} not shown)").format(hidden)
        )
