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
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coursebook.ui.autosave import SaveManager
from coursebook.ui.i18n import format_date
from coursebook.ui.places import Places
from coursebook.ui.theme import colour
from coursebook.workbook.actions import Action
from coursebook.workbook.changes import Changes

_Index = QModelIndex | QPersistentModelIndex
DONE, TEXT, STEP, DUE = range(4)


class OpenActionsModel(QAbstractTableModel):
    """Ticking an action here is the same as ticking it in its step. Reads again when an
    action changed elsewhere."""

    def __init__(
        self,
        saver: SaveManager,
        places: Places,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.saver, self.places, self.today = saver, places, today
        self.actions: list[Action] = []
        self.everyones: list[Action] = []  # on a shared workbook: the whole team's
        self.person = ""  # on a shared workbook: who this is
        self.only_mine = False
        saver.runner.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.saver.runner.submit(lambda wb: (wb.open_actions(), wb.person), self._show)

    def _show(self, found: tuple[list[Action], str]) -> None:
        self.everyones, self.person = found
        self.show_only_mine(self.only_mine)

    def show_only_mine(self, on: bool) -> None:
        """On a shared workbook: only the actions this person wrote, or everyone's."""
        self.only_mine = on
        self.beginResetModel()
        self.actions = [
            a for a in self.everyones if not on or not self.person or a.written_by == self.person
        ]
        self.endResetModel()

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if origin is not self and (changes.actions or changes.everything):
            self.reload()

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
                return self.places.step_label(action.key.run_id, action.key.step_id)
            if column == DUE:
                due = format_date(action.due, "ddd d MMM")
                return self.tr("{0} · overdue").format(due) if overdue else due
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and overdue:
            return QBrush(QColor(colour("error")))
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
        row, action = index.row(), self.actions[index.row()]

        def saved(updated: Action) -> None:
            if row < len(self.actions) and self.actions[row].id == updated.id:
                self.actions[row] = updated
                self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

        today = self.today()
        self.saver.save_now(
            f"open-actions/{action.id}/done",
            lambda wb: wb.update_action(action.id, today=today, done=done),
            on_saved=saved,
            origin=self,
        )
        return True


class OpenActionsDialog(QDialog):
    open_action = Signal(object)  # Action

    def __init__(
        self,
        saver: SaveManager,
        places: Places,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open actions"))
        self.resize(720, 420)
        self.model = OpenActionsModel(saver, places, today, self)
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
        self.empty.setStyleSheet(f"color: {colour('muted')}; padding: 12px;")
        hint = QLabel(self.tr("Tick an action when it is done; double-click to open its step."))
        hint.setStyleSheet(f"color: {colour('muted')};")
        self.only_mine = QCheckBox(self.tr("Only the actions I wrote"))
        self.only_mine.setToolTip(self.tr("In a shared workbook: yours, or the whole team's"))
        self.only_mine.toggled.connect(self.model.show_only_mine)
        self.only_mine.hide()  # a file has one person: everything is theirs
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.only_mine)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.model.modelReset.connect(self._update_empty)
        self._update_empty()

    def reload(self, places: Places | None = None) -> None:
        if places is not None:
            self.model.places = places
        self.model.reload()

    def _update_empty(self) -> None:
        self.only_mine.setVisible(bool(self.model.person))
        self.empty.setVisible(self.model.rowCount() == 0)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != DONE:
            self.open_action.emit(self.model.actions[index.row()])
