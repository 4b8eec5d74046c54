"""One customer: contact details (saved as you type), segment, scores and calls."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coursebook.course.model import Course
from coursebook.ui.autosave import SaveManager
from coursebook.ui.customers.labels import channel_label, segment_label
from coursebook.ui.customers.score_chart import ScoreHistoryChart
from coursebook.ui.i18n import format_date
from coursebook.ui.messages import problem_message, refusal_message
from coursebook.ui.theme import colour
from coursebook.ui.versions_dialog import show_versions
from coursebook.ui.widgets import GrowingTextEdit, InlineError, make_date_edit, pydate
from coursebook.workbook.changes import Outcome
from coursebook.workbook.conflicts import EditConflict
from coursebook.workbook.core import Workbook
from coursebook.workbook.customers import CallSummary, Customer, detail_values, parse_tags
from coursebook.workbook.nps import ScoreEntry, Segment
from coursebook.workbook.versions import TextRef

log = logging.getLogger(__name__)


class CustomerDetail(QWidget):
    changed = Signal(object)  # the Customer, as saved
    open_call = Signal(object)  # a CallSummary: show it in its step

    def __init__(self, saver: SaveManager, today: Callable[[], date]) -> None:
        super().__init__()
        self.saver, self.today = saver, today
        self._shows = 0  # only the newest customer asked for is shown
        self._calls: list[CallSummary] = []
        self._scores: list[ScoreEntry] = []
        self.course: Course | None = None
        self.customer: Customer | None = None
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. bakery; since 2019"))
        self.notes = GrowingTextEdit(3, 10)
        self.segment_info = QLabel()
        self.segment_info.setWordWrap(True)
        self.manual_segment = QComboBox()
        self.manual_segment.addItem(self.tr("not set"), None)
        for segment in Segment:
            self.manual_segment.addItem(segment_label(segment), segment.value)
        self.contact_info = QLabel()
        self.contact_info.setWordWrap(True)
        self.score = QSpinBox()
        self.score.setRange(0, 10)
        self.score.setValue(8)
        self.score_date = make_date_edit(today(), today(), past=True)
        self.add_score_button = QPushButton(self.tr("Add score"))
        self.score_was_contact = QCheckBox(self.tr("we spoke: counts as contact"))
        self.score_was_contact.setChecked(True)
        self.score_was_contact.setToolTip(
            self.tr("Untick for a score that came without a conversation (a form, a survey)")
        )
        self.calls = QListWidget()
        self.calls.setMinimumHeight(60)
        self.calls.setToolTip(self.tr("Double-click a call to open it in its step"))
        self.calls.itemActivated.connect(
            lambda item: self.open_call.emit(self._calls[self.calls.row(item)])
        )
        self.scores = ScoreHistoryChart()
        self.error = InlineError()
        self.error.setStyleSheet(f"color: {colour('error')};")

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Segment"), self.segment_info)
        form.addRow(self.tr("Set by hand"), self.manual_segment)
        form.addRow(self.tr("Last contact"), self.contact_info)
        score_row = QHBoxLayout()  # on two lines, so the pane fits beside the register
        score_row.addWidget(self.score)
        score_row.addWidget(self.score_date)
        score_row.addStretch(1)
        form.addRow(self.tr("New score"), score_row)
        form.addRow(self.score_was_contact)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_score_button)
        form.addRow(add_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Scores over time")))
        layout.addWidget(self.scores)
        layout.addWidget(QLabel(self.tr("Calls, newest first")))
        layout.addWidget(self.calls, 1)

        for field, edit in (
            ("name", self.name),
            ("organisation", self.organisation),
            ("email", self.email),
            ("phone", self.phone),
        ):
            edit.textEdited.connect(lambda text, f=field: self._save(f, text))
        self.tags.textEdited.connect(lambda text: self._save("tags", parse_tags(text)))
        self.notes.textChanged.connect(
            lambda: self._save("notes", self.notes.toPlainText()) if self.customer else None
        )
        self.notes.offer_versions()
        self.notes.versions_requested.connect(self._show_note_versions)
        self.manual_segment.activated.connect(self._on_manual_segment)
        self.add_score_button.clicked.connect(self._on_add_score)
        self.show_customer(None)

    def show_customer(self, customer_id: int | None) -> None:
        """Show a customer (read on the worker), or nobody."""
        self._shows += 1
        if customer_id is None:
            self._show(None, [], [])
            return
        number = self._shows
        self.saver.runner.submit(
            lambda wb: wb.customer_details(customer_id),
            lambda found: self._show(*found) if number == self._shows else None,
            lambda error: self._failed(number, error),
        )

    def _failed(self, number: int, error: Exception) -> None:
        if number != self._shows:
            return
        log.error("reading a customer failed", exc_info=error)
        self._show(None, [], [])
        self.error.show_message(problem_message(error))

    def _show(
        self, customer: Customer | None, calls: list[CallSummary], scores: list[ScoreEntry]
    ) -> None:
        self.customer, self._calls, self._scores = customer, calls, scores
        # What the details were when shown: a save names them, so as not to overwrite what
        # another person saved since (a shared workbook). Read and set on the worker.
        self._typed_over = {} if customer is None else detail_values(customer)
        self.setEnabled(customer is not None)
        self.error.clear_message()
        widgets = (self.name, self.organisation, self.email, self.phone, self.tags, self.notes)
        for widget in widgets:
            widget.blockSignals(True)
        if customer is None:
            self.title.setText(self.tr("No customer selected"))
            for widget in widgets:
                widget.clear()
        else:
            self.title.setText(customer.name)
            self.name.setText(customer.name)
            self.organisation.setText(customer.organisation)
            self.email.setText(customer.email)
            self.phone.setText(customer.phone)
            self.tags.setText("; ".join(customer.tags))
            self.notes.setPlainText(customer.notes)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_history()

    def _show_history(self) -> None:
        customer = self.customer
        self.calls.clear()
        self.scores.set_scores(self._scores)
        if customer is None:
            self.segment_info.clear()
            self.contact_info.clear()
            return
        if customer.latest_score is not None and customer.latest_score_on is not None:
            self.segment_info.setText(
                self.tr("{0}, from the latest score: {1} on {2}").format(
                    segment_label(customer.segment),
                    customer.latest_score,
                    format_date(customer.latest_score_on, "d MMM yyyy"),
                )
            )
        elif customer.segment is not None:
            self.segment_info.setText(
                self.tr("{0}, set by hand (no score yet)").format(segment_label(customer.segment))
            )
        else:
            self.segment_info.setText(self.tr("unknown: no score yet, and none set by hand"))
        self.manual_segment.setEnabled(customer.latest_score is None)
        self.manual_segment.setToolTip(
            ""
            if customer.latest_score is None
            else self.tr("The segment follows the latest score.")
        )
        index = self.manual_segment.findData(
            customer.manual_segment.value if customer.manual_segment else None
        )
        self.manual_segment.setCurrentIndex(max(index, 0))
        if customer.last_contact is None and customer.latest_score_on is not None:
            self.contact_info.setText(
                self.tr("no call yet; the score of {0} came from a list or a form").format(
                    format_date(customer.latest_score_on, "d MMM yyyy")
                )
            )
        elif customer.last_contact is None:
            self.contact_info.setText(self.tr("no call yet"))
        else:
            weeks = customer.weeks_without_contact(self.today()) or 0
            when = format_date(customer.last_contact, "d MMMM yyyy")
            self.contact_info.setText(
                self.tr("{0}, this week").format(when)
                if weeks == 0
                else self.tr("{0}, %n week(s) ago", "", weeks).format(when)
            )
        for call in self._calls:
            step = self.course.step(call.step_id) if self.course else None
            where = self.tr("step {0}").format(step.number) if step else call.step_id
            score = "" if call.score is None else self.tr(" · score {0}").format(call.score)
            who = self.tr(" · by {0}").format(call.written_by) if call.written_by else ""
            self.calls.addItem(
                f"{format_date(call.call_date, 'd MMM yyyy')} · "
                f"{channel_label(call.channel)} · {where}{score}{who}"
            )

    def _save(self, field: str, value: object) -> None:
        customer = self.customer
        if customer is None:
            return
        cid, typed_over = customer.id, self._typed_over

        def write(workbook: Workbook) -> Outcome[Customer]:
            expected = {field: typed_over[field]} if field in typed_over else None
            saved = workbook.update_customer(cid, expected=expected, **{field: value})  # type: ignore[arg-type]
            typed_over[field] = detail_values(saved.value)[field]
            return saved

        def saved(updated: Customer) -> None:
            self.error.clear_message()
            self.changed.emit(updated)

        def refused(error: Exception) -> None:
            self.error.show_message(refusal_message(error))
            if isinstance(error, EditConflict) and self.customer is not None:
                self._resolve(error, typed_over)

        self.saver.schedule(
            f"customer/{cid}/{field}", write, on_saved=saved, on_refused=refused, origin=self
        )

    def _resolve(self, conflict: EditConflict, typed_over: dict[str, str]) -> None:
        """Another person changed this detail meanwhile: show both, keep the choice."""
        from coursebook.ui.conflict_dialog import ConflictDialog

        field = conflict.field
        typed_over[field] = conflict.theirs
        chosen = ConflictDialog.choose(conflict, self._detail_label(field), self)
        widget = {
            "name": self.name,
            "organisation": self.organisation,
            "email": self.email,
            "phone": self.phone,
            "tags": self.tags,
        }.get(field)
        if field == "notes":
            self.notes.blockSignals(True)
            self.notes.setPlainText(chosen)
            self.notes.blockSignals(False)
        elif widget is not None:
            widget.setText(chosen)  # setText is not an edit: no save of its own
        if chosen != conflict.theirs:
            self._save(field, parse_tags(chosen) if field == "tags" else chosen)

    def _detail_label(self, field: str) -> str:
        return {
            "name": self.tr("the name"),
            "organisation": self.tr("the organisation"),
            "email": self.tr("the e-mail address"),
            "phone": self.tr("the phone number"),
            "tags": self.tr("the tags"),
            "notes": self.tr("the notes"),
        }.get(field, field)

    def _show_note_versions(self) -> None:
        if self.customer is None:
            return
        show_versions(
            self.notes,
            self.saver,
            TextRef.customer_notes(self.customer.id),
            self.tr("the notes on {0}").format(self.customer.name),
            self.today(),
            origin=self,
            failed=self.error.show_message,
        )

    def _on_manual_segment(self, _index: int) -> None:
        if self.customer is None:
            return
        value = self.manual_segment.currentData()
        segment = None if value is None else Segment(value)
        self._change(
            self.customer.id, lambda wb, cid: wb.update_customer(cid, manual_segment=segment)
        )

    def _on_add_score(self) -> None:
        if self.customer is None:
            return
        score, on, today = self.score.value(), pydate(self.score_date.date()), self.today()
        contact = self.score_was_contact.isChecked()
        self._change(
            self.customer.id, lambda wb, cid: wb.add_score(cid, score, on, today, contact=contact)
        )

    def _change(self, cid: int, work: Callable[[Workbook, int], object]) -> None:
        """Save a change of the customer at once, then show it again with its history."""

        def refused(error: Exception) -> None:
            self.error.show_message(refusal_message(error))

        self.saver.save_now(
            f"customer/{cid}/change",
            lambda wb: work(wb, cid),
            on_saved=lambda _result: self.refresh(),
            on_refused=refused,
            origin=self,
        )

    def refresh(self) -> None:
        """Read the shown customer again; the table's row follows (`changed`)."""
        if self.customer is None:
            return
        cid = self.customer.id
        self._shows += 1
        number = self._shows

        def found(details: tuple[Customer, list[CallSummary], list[ScoreEntry]]) -> None:
            if number != self._shows:
                return
            self.customer, self._calls, self._scores = details
            self._show_history()
            self.changed.emit(details[0])

        self.saver.runner.submit(lambda wb: wb.customer_details(cid), found)
