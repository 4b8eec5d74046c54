"""Work → Trash: removed calls, actions and customers, kept 30 days; put one back, delete
one for good, or empty the trash."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coursebook.ui.autosave import SaveManager
from coursebook.ui.i18n import format_date
from coursebook.ui.messages import problem_message
from coursebook.ui.places import Places
from coursebook.ui.theme import colour
from coursebook.ui.widgets import InlineError, ask
from coursebook.workbook.changes import Changes, Outcome
from coursebook.workbook.core import Workbook
from coursebook.workbook.trash import KEEP, PutBack, TrashEntry, TrashKind

log = logging.getLogger(__name__)

WHAT, WHERE, REMOVED, KEPT = range(4)


class TrashDialog(QDialog):
    def __init__(
        self,
        saver: SaveManager,
        places: Places,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.saver, self.runner, self.places, self.today = saver, saver.runner, places, today
        self.entries: list[TrashEntry] = []
        self.setWindowTitle(self.tr("Trash"))
        self.resize(780, 420)
        hint = QLabel(
            self.tr(
                "Removed calls, actions and customers stay here for {0} days, then they are "
                "deleted for good. Put one back to find it where it was, with everything "
                "that belonged to it."
            ).format(KEEP.days)
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels(
            [self.tr("What"), self.tr("Where"), self.tr("Removed"), self.tr("Kept until")]
        )
        self.list.setColumnWidth(WHAT, 330)
        self.list.setColumnWidth(WHERE, 170)
        self.list.setColumnWidth(REMOVED, 120)
        self.list.setAccessibleName(self.tr("Trash"))
        self.empty_note = QLabel(self.tr("The trash is empty."))
        self.empty_note.setStyleSheet(f"color: {colour('muted')}; padding: 12px;")
        self.error = InlineError()
        self.restore_button = QPushButton(self.tr("Put back"))
        self.delete_button = QPushButton(self.tr("Delete for good…"))
        self.empty_button = QPushButton(self.tr("Empty the trash…"))
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.empty_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(close)

        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button.clicked.connect(self.empty_all)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        self.runner.changed.connect(self._on_changed)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self, places: Places | None = None) -> None:
        if places is not None:
            self.places = places
        self.runner.submit(lambda wb: wb.trash(), self._show, self._failed)

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if origin is not self and (changes.calls or changes.actions or changes.register):
            self.reload()

    def _show(self, entries: list[TrashEntry]) -> None:
        self.entries = entries
        self.list.clear()
        for entry in entries:
            item = QTreeWidgetItem(
                [
                    self.describe(entry),
                    self._where(entry),
                    format_date(entry.removed_at.date(), "d MMM yyyy"),
                    format_date(entry.kept_until, "d MMM yyyy"),
                ]
            )
            item.setData(WHAT, Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(WHAT, self.describe(entry))
            self.list.addTopLevelItem(item)
        self.empty_note.setVisible(not entries)
        self.list.setVisible(bool(entries))
        self._update_buttons()

    def describe(self, entry: TrashEntry) -> str:
        if entry.kind is TrashKind.CUSTOMER:
            return self.tr("Customer {0}, with %n call(s)", "", entry.calls).format(entry.name)
        if entry.kind is TrashKind.ACTION:
            return self.tr("Action: {0}").format(_short(entry.text) or self.tr("(empty)"))
        who = entry.name or self.tr("no customer")
        said = f" · “{_short(entry.text)}”" if entry.text else ""
        return self.tr("Call with {0}").format(who) + said

    def _where(self, entry: TrashEntry) -> str:
        if entry.run_id is None:
            return self.tr("Customers")
        return self.places.step_label(entry.run_id, entry.step_id)

    def _failed(self, error: Exception) -> None:
        log.error("the trash", exc_info=error)
        self.error.show_message(problem_message(error))

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.empty_button.setEnabled(bool(self.entries))

    def _selected_ids(self) -> list[int]:
        return [
            int(item.data(WHAT, Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()
        ]

    # -- changing --------------------------------------------------------------------------

    def restore_selected(self) -> None:
        ids = self._selected_ids()

        def put_back(workbook: Workbook) -> Outcome[list[PutBack]]:
            return Outcome.all_of(workbook.restore_from_trash(entry_id) for entry_id in ids)

        if ids:
            self.runner.submit(put_back, None, self._failed, origin=self)
            self.reload()

    def confirm(self, question: str) -> bool:
        """Ask before deleting for good (tests answer for the person)."""
        return ask(self, self.tr("Delete for good"), question)

    def delete_selected(self) -> None:
        ids = self._selected_ids()
        if not ids or not self.confirm(
            self.tr("Delete %n item(s) for good? They cannot be put back.", "", len(ids))
        ):
            return
        self.runner.submit(lambda wb: wb.delete_from_trash(ids), None, self._failed)
        self.reload()

    def empty_all(self) -> None:
        count = len(self.entries)
        if not count or not self.confirm(
            self.tr("Empty the trash? %n item(s) will be deleted for good.", "", count)
        ):
            return
        self.runner.submit(lambda wb: wb.delete_from_trash(None), None, self._failed)
        self.reload()


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
