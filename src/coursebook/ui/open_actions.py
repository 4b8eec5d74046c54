"""Open actions: every action not yet done, across all steps, the earliest due first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from coursebook.course.model import Course
from coursebook.storage.database import Database
from coursebook.ui.i18n import format_date
from coursebook.workbook.actions import Action, open_actions, update_action

_Index = QModelIndex | QPersistentModelIndex
DONE, TEXT, STEP, DUE = range(4)


class OpenActionsModel(QAbstractTableModel):
    """Ticking an action here is the same as ticking it in its step."""

    changed = Signal()

    def __init__(
        self, db: Database, course: Course, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.course, self.today = db, course, today
        self.actions: list[Action] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.actions = open_actions(self.db, self.course.id)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Done"), self.tr("Action"), self.tr("Step"), self.tr("Due")][section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        action = self.actions[index.row()]
        column = index.column()
        overdue = action.is_overdue(self.today())
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT:
                return action.text
            if column == STEP:
                step = self.course.step(action.key.step_id)
                return f"{step.number}. {step.title}" if step else action.key.step_id
            if column == DUE:
                due = format_date(action.due, "ddd d MMM")
                return self.tr("{0} · overdue").format(due) if overdue else due
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and overdue:
            return QBrush(QColor("#b42318"))
        if role == Qt.ItemDataRole.FontRole and column == TEXT and action.done:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return action.text
        return None

    def setData(
        self,
        index: _Index,
        value: object,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != DONE:
            return False
        done = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        action = self.actions[index.row()]
        self.actions[index.row()] = update_action(self.db, action.id, today=self.today(), done=done)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        self.changed.emit()
        return True


class OpenActionsDialog(QDialog):
    open_action = Signal(object)  # Action

    def __init__(
        self, db: Database, course: Course, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open actions"))
        self.resize(720, 420)
        self.model = OpenActionsModel(db, course, today, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(STEP, 200)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.empty = QLabel(self.tr("No open actions. Well done!"))
        self.empty.setStyleSheet("color: #5b6470; padding: 12px;")
        hint = QLabel(self.tr("Tick an action when it is done; double-click to open its step."))
        hint.setStyleSheet("color: #5b6470;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.model.modelReset.connect(self._update_empty)
        self._update_empty()

    def reload(self, course: Course | None = None) -> None:
        if course is not None:
            self.model.course = course
        self.model.reload()

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != DONE:
            self.open_action.emit(self.model.actions[index.row()])
