"""The Customers tab: a filterable register, the attention list, and one customer's details."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coursebook.course.model import Course
from coursebook.ui.autosave import SaveManager
from coursebook.ui.customers.detail import CustomerDetail
from coursebook.ui.customers.labels import segment_label
from coursebook.ui.customers.model import CustomerFilter, CustomerRole, CustomersModel
from coursebook.ui.follow import Follower
from coursebook.ui.messages import invalid_input_message, problem_message
from coursebook.ui.settings import Preferences
from coursebook.ui.theme import colour, note_style
from coursebook.ui.widgets import ask
from coursebook.workbook.changes import Changes, Outcome
from coursebook.workbook.core import Workbook
from coursebook.workbook.customer_export import write_customers_csv
from coursebook.workbook.customers import DEFAULT_ATTENTION_WEEKS, Customer, RemovedCustomer
from coursebook.workbook.nps import Segment
from coursebook.workbook.runs import Run
from coursebook.workbook.validation import InvalidInput

log = logging.getLogger(__name__)


class CustomersView(QWidget):
    """`plan_calls_requested` asks the window to put customers into this week's calls;
    `suggest_calls_requested` asks it whom the step's calls are for (`show_suggestion`)."""

    plan_calls_requested = Signal(list)  # customer ids
    suggest_calls_requested = Signal()  # whom this week's step asks to call
    import_requested = Signal()
    export_person_requested = Signal(int)  # a customer id: their data, for a request
    forget_requested = Signal(int)  # a customer id: erase them, on request
    removed = Signal(str)  # what went to the trash, said for the status bar
    open_call = Signal(object)  # a CallSummary from a customer's history

    def __init__(self, saver: SaveManager, today: Callable[[], date]) -> None:
        super().__init__()
        self.saver, self.runner, self.today = saver, saver.runner, today
        self.model = CustomersModel(today)
        self.proxy = CustomerFilter()
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, organisation, e-mail, tag…"))
        self.search.setClearButtonEnabled(True)
        self.segment = QComboBox()
        self.segment.addItem(self.tr("All segments"), None)
        for segment in Segment:
            self.segment.addItem(segment_label(segment), segment.value)
        self.attention = QCheckBox(self.tr("Needs attention: satisfied, no contact for"))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setValue(DEFAULT_ATTENTION_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.archived = QCheckBox(self.tr("Show archived"))
        # Beside the filters: it is a way of choosing whom the list shows and selects.
        self.suggest_button = QPushButton(self.tr("Suggest whom to call"))
        self.suggest_button.setToolTip(
            self.tr(
                "Select the customers this week's calls are for, leaving out those called in "
                "earlier steps of the course"
            )
        )
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.segment)
        filters.addWidget(self.suggest_button)
        attention_row = QHBoxLayout()
        attention_row.addWidget(self.attention)
        attention_row.addWidget(self.weeks)
        attention_row.addStretch(1)
        attention_row.addWidget(self.archived)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a customer; long values are elided
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Fits the list beside the customer pane in a 1366-pixel window.
        for column, width in enumerate((150, 140, 135, 45, 205, 180, 110)):
            self.table.setColumnWidth(column, width)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        header.setToolTip(self.tr("Right-click to choose the columns"))
        self.preferences: Preferences | None = None
        self.run: Run | None = None
        self._called_in_run = 0  # left out of the attention list
        self.empty_hint = QLabel(
            self.tr(
                "No customers yet. <a href='import'>Import a file</a> (CSV or Excel) or "
                "<a href='new'>add a customer</a>; or name one in a call of this week's step, "
                "and they are added here."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(note_style("note") + "padding: 10px;")
        self.empty_hint.linkActivated.connect(
            lambda link: self.import_requested.emit() if link == "import" else self.new_customer()
        )
        self.empty_hint.hide()
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet(note_style("note") + "padding: 6px;")
        self.suggestion.hide()

        self.add_button = QPushButton(self.tr("New customer…"))
        self.merge_button = QPushButton(self.tr("Merge two…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.plan_button = QPushButton(self.tr("Plan calls in this week's step"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export to CSV…"))
        self.trash_button = QPushButton(self.tr("Move to trash…"))
        self.trash_button.setToolTip(
            self.tr("Remove with their calls and scores; Work → Trash puts them back")
        )
        self.forget_button = QPushButton(self.tr("Forget…"))
        self.forget_button.setToolTip(
            self.tr("Erase this customer for good, on their request (GDPR)")
        )
        self.person_button = QPushButton(self.tr("Their data…"))
        self.person_button.setToolTip(
            self.tr("Everything kept about this customer, for a request for access (GDPR)")
        )
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.merge_button, 0, 1)
        buttons.addWidget(self.archive_button, 0, 2)
        buttons.addWidget(self.plan_button, 1, 0, 1, 2)
        buttons.addWidget(self.import_button, 1, 2)
        buttons.addWidget(self.export_button, 1, 3)
        buttons.addWidget(self.trash_button, 1, 4)
        buttons.addWidget(self.person_button, 0, 3)
        buttons.addWidget(self.forget_button, 0, 4)
        buttons.setColumnStretch(5, 1)
        self.count = QLabel()
        self.count.setStyleSheet(f"color: {colour('muted')};")
        self.duplicates = QLabel()
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet(note_style("note") + "padding: 6px;")
        self.duplicates.setTextFormat(Qt.TextFormat.RichText)
        self.duplicates.linkActivated.connect(lambda _link: self.select_next_duplicates())
        self.duplicates.hide()
        self._duplicate_groups: list[list[int]] = []
        self._next_group = 0

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addLayout(filters)
        left_layout.addLayout(attention_row)
        left_layout.addWidget(self.empty_hint)
        left_layout.addWidget(self.suggestion)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.duplicates)
        left_layout.addLayout(buttons)
        self.detail = CustomerDetail(saver, today)
        self.detail.setMinimumWidth(280)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._on_filter_changed)
        self.segment.currentIndexChanged.connect(self._on_filter_changed)
        self.archived.toggled.connect(self._on_archived_toggled)
        self.attention.toggled.connect(self._on_attention_changed)
        self.weeks.valueChanged.connect(self._on_attention_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.detail.changed.connect(self.model.refresh_customer)
        self.detail.open_call.connect(self.open_call)
        self.add_button.clicked.connect(self.new_customer)
        self.merge_button.clicked.connect(self.merge_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.trash_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self.plan_button.clicked.connect(self._on_plan)
        self.suggest_button.clicked.connect(self.suggest_calls_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.forget_button.clicked.connect(
            lambda: (
                self.forget_requested.emit(self.selected_customers()[0].id)
                if len(self.selected_customers()) == 1
                else None
            )
        )
        self.person_button.clicked.connect(
            lambda: (
                self.export_person_requested.emit(self.selected_customers()[0].id)
                if len(self.selected_customers()) == 1
                else None
            )
        )
        self.export_button.clicked.connect(self.export_csv)
        self._update_buttons()
        self.follower = Follower(self, self.runner, self._concerns_me, self.reload)

    # -- data ------------------------------------------------------------------------------

    def _concerns_me(self, changes: Changes, origin: object) -> bool:
        """Changes made elsewhere (calls logged, an import, a restore); this view's own
        edits redraw what they changed themselves."""
        return changes.register and origin not in (self, self.detail)

    def set_course(self, course: Course | None, run: Run | None = None) -> None:
        """The course and run on screen: the attention list leaves out whom the run called."""
        self.detail.course = course
        if run != self.run:
            self.run = run
            if self.model.attention_weeks is not None:
                self.reload()

    def reload(self, select: list[int] | None = None) -> None:
        """Read the register again, keeping the selection (or selecting `select`)."""
        if select is None:
            select = [c.id for c in self.selected_customers()]
        weeks, archived, today = (
            self.model.attention_weeks,
            self.model.include_archived,
            self.today(),
        )

        run = self.run

        def read(workbook: Workbook) -> tuple[list[Customer], int, list[list[Customer]]]:
            called = 0
            if weeks is not None and run is not None:
                attention = workbook.attention_in_run(run, today, weeks)
                shown, called = attention.customers, attention.called_in_run
            elif weeks is not None:
                shown = workbook.attention_list(today, weeks)
            else:
                shown = workbook.customer_register(include_archived=archived)
            return shown, called, workbook.possible_duplicates()

        def show(found: tuple[list[Customer], int, list[list[Customer]]]) -> None:
            self.follower.stale = False
            self.model.set_customers(found[0])
            self._called_in_run = found[1]
            self._select_ids(select)
            self._update_count()
            self._update_duplicates(found[2])

        self.runner.submit(read, show, self._say_not_read)

    def _say_not_read(self, error: Exception) -> None:
        log.error("reading the customer register failed", exc_info=error)
        self.count.setText(
            self.tr("The customers could not be read: {0}").format(problem_message(error))
        )

    def _change(
        self, title: str, work: Callable[[Workbook], object], select: Callable[[object], list[int]]
    ) -> None:
        """Change the register on the worker, then read it again and select what `select`
        says; a refused value or a failure is said in a message box."""

        def failed(error: Exception) -> None:
            if isinstance(error, InvalidInput):
                message = invalid_input_message(error)
            else:
                log.error("%s failed", title, exc_info=error)
                message = self.tr("Not done: {0}").format(problem_message(error))
            QMessageBox.warning(self, title, message)

        self.runner.submit(work, lambda result: self.reload(select(result)), failed, origin=self)

    def _update_duplicates(self, groups: list[list[Customer]]) -> None:
        """Entries that share a name (one rule: coursebook.identity) are offered for merging,
        never merged by themselves."""
        self._duplicate_groups = [[c.id for c in group] for group in groups]
        self._next_group = 0
        if not groups:
            self.duplicates.hide()
            return
        names = ", ".join(html.escape(group[0].name) for group in groups[:3])
        if len(groups) > 3:
            names += ", …"
        self.duplicates.setText(
            self.tr(
                "Possibly the same customer entered more than once: {0}. "
                "<a href='#duplicates'>Show them</a>, then use “Merge two…”."
            ).format(names)
        )
        self.duplicates.show()

    def select_next_duplicates(self) -> None:
        """Select the entries of the next group of possible duplicates."""
        if not self._duplicate_groups:
            return
        group = self._duplicate_groups[self._next_group % len(self._duplicate_groups)]
        self._next_group += 1
        self.search.clear()
        self._select_ids(group)
        self._update_buttons()

    def selected_customers(self) -> list[Customer]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(index, CustomerRole) for index in rows]

    def _select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for customer_id in ids:
            row = self.model.row_of(customer_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        if not ids:
            self.detail.show_customer(None)

    def use_preferences(self, preferences: Preferences) -> None:
        """The columns the person chose, and remember what they choose next."""
        self.preferences = preferences
        hidden = {int(c) for c in preferences.text("customers/hidden_columns").split(",") if c}
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column in hidden and column != 0)

    def _choose_columns(self, at: QPoint) -> None:
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):  # the name always shows
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(at))

    def show_column(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        if self.preferences is not None:
            hidden = [
                str(c) for c in range(self.model.columnCount()) if self.table.isColumnHidden(c)
            ]
            self.preferences.put("customers/hidden_columns", ",".join(hidden))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        empty = total == 0 and self.model.attention_weeks is None and not self.search.text()
        self.empty_hint.setVisible(empty)
        if self.model.attention_weeks is not None:
            text = self.tr("%n satisfied customer(s) not contacted for a while", "", shown)
            if self._called_in_run:
                text += " " + self.tr(
                    "(%n left out: called in this run of the course)", "", self._called_in_run
                )
        elif shown == total:
            text = self.tr("%n customer(s)", "", total)
        else:
            text = self.tr("{0} of {1} customers").format(shown, total)
        self.count.setText(text)

    def _update_buttons(self) -> None:
        selected = self.selected_customers()
        self.merge_button.setEnabled(len(selected) == 2)
        self.archive_button.setEnabled(bool(selected))
        self.plan_button.setEnabled(bool(selected))
        self.person_button.setEnabled(len(selected) == 1)
        self.forget_button.setEnabled(len(selected) == 1)
        self.trash_button.setEnabled(bool(selected))
        all_archived = bool(selected) and all(c.archived for c in selected)
        self.archive_button.setText(self.tr("Restore") if all_archived else self.tr("Archive"))

    # -- reactions -------------------------------------------------------------------------

    def _on_filter_changed(self) -> None:
        self.proxy.set_text(self.search.text())
        value = self.segment.currentData()
        self.proxy.set_segment(None if value is None else Segment(value))
        self._update_count()

    def _on_archived_toggled(self, on: bool) -> None:
        self.model.include_archived = on
        self.reload()

    def set_attention_weeks(self, weeks: int) -> None:
        """Settings' weeks without contact before a customer needs attention."""
        self.weeks.setValue(weeks)

    def _on_attention_changed(self) -> None:
        self.model.attention_weeks = self.weeks.value() if self.attention.isChecked() else None
        self.reload()
        if self.model.attention_weeks is not None:
            self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # longest ago first

    def _on_selection_changed(self) -> None:
        selected = self.selected_customers()
        self.detail.show_customer(selected[0].id if len(selected) == 1 else None)
        self._update_buttons()

    def _on_plan(self) -> None:
        ids = [c.id for c in self.selected_customers()]
        if ids:
            self.plan_calls_requested.emit(ids)

    # -- actions ---------------------------------------------------------------------------

    def new_customer(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New customer"), self.tr("Name:"))
        if not ok:
            return

        def added(customer_id: object) -> list[int]:
            self.search.clear()
            self.detail.organisation.setFocus()
            return [customer_id] if isinstance(customer_id, int) else []

        self._change(self.tr("New customer"), lambda wb: wb.add_customer(name), added)

    def merge_selected(self) -> None:
        selected = self.selected_customers()
        if len(selected) != 2:
            return
        labels = [f"{c.name} ({c.organisation})" if c.organisation else c.name for c in selected]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Merge two customers"),
            self.tr(
                "These are one customer. Keep which entry? The other one's calls and "
                "scores move to it, and it is archived."
            ),
            labels,
            0,
            False,
        )
        if not ok:
            return
        keep = selected[labels.index(choice)]
        duplicate = selected[1 - labels.index(choice)]
        self._change(
            self.tr("Merge two customers"),
            lambda wb: wb.merge_customers(keep.id, duplicate.id),
            lambda _kept: [keep.id],
        )

    def archive_selected(self) -> None:
        selected = self.selected_customers()
        restore = bool(selected) and all(c.archived for c in selected)
        ids = [c.id for c in selected]

        title = self.tr("Restore") if restore else self.tr("Archive")
        self._change(title, lambda wb: wb.set_archived(ids, not restore), lambda _result: ids)

    def confirm_remove(self, question: str) -> bool:
        """Ask before moving customers to the trash (tests answer for the person)."""
        return ask(self, self.tr("Move to trash"), question, yes_by_default=True)

    def remove_selected(self) -> None:
        selected = self.selected_customers()
        if not selected:
            return
        calls = sum(c.call_count for c in selected)
        if len(selected) == 1:
            question = self.tr(
                "Move {0} to the trash, with their scores and %n call(s)?", "", calls
            ).format(selected[0].name)
        else:
            question = self.tr(
                "Move %n customers to the trash, with their scores and calls?", "", len(selected)
            )
        question += "\n\n" + self.tr(
            "Work → Trash puts them back, as they were, for 30 days. To erase a customer at "
            "once, on their request, use Forget… instead."
        )
        if not self.confirm_remove(question):
            return
        ids = [c.id for c in selected]

        def work(wb: Workbook) -> Outcome[list[RemovedCustomer]]:
            return Outcome.all_of(wb.remove_customer(customer_id) for customer_id in ids)

        def done(removed: list[RemovedCustomer]) -> None:
            self.reload([])
            if len(removed) == 1:
                message = self.tr(
                    "Moved {0} and %n call(s) to the trash (Work → Trash).", "", removed[0].calls
                ).format(removed[0].name)
            else:
                message = self.tr(
                    "Moved %n customers to the trash (Work → Trash).", "", len(removed)
                )
            self.removed.emit(message)

        def failed(error: Exception) -> None:
            log.error("moving customers to the trash failed", exc_info=error)
            QMessageBox.warning(
                self,
                self.tr("Move to trash"),
                self.tr("Not done: {0}").format(problem_message(error)),
            )
            self.reload()

        self.runner.submit(work, done, failed, origin=self)

    def export_csv(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export customers"),
            str(Path.home() / "customers.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        customers = [
            self.proxy.data(self.proxy.index(row, 0), CustomerRole)
            for row in range(self.proxy.rowCount())
        ]
        try:
            count = write_customers_csv(customers, Path(path))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export customers"),
                self.tr("The file could not be written: {0}\n\n{1}").format(path, error.strerror),
            )
            return
        QMessageBox.information(
            self,
            self.tr("Export customers"),
            self.tr("%n customer(s) written to {0}.", "", count).format(path),
        )

    def show_suggestion(self, customer_ids: list[int], text: str) -> None:
        """Select the proposed customers in the whole register, and say why these."""
        self.attention.setChecked(False)
        self.search.clear()
        self.segment.setCurrentIndex(0)
        self.reload(select=customer_ids)
        self.suggestion.setText(text)
        self.suggestion.show()
        self.table.setFocus()

    def clear_suggestion(self) -> None:
        self.suggestion.clear()
        self.suggestion.hide()

    def focus_customer(self, customer_id: int) -> None:
        self._select_ids([customer_id])

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
