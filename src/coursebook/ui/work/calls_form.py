"""Calls: one card per conversation, with an answer field for every question of the step."""

from __future__ import annotations

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coursebook.ui.widgets import GrowingTextEdit, make_date_edit, pydate
from coursebook.ui.work.task_form import ItemListForm, TaskSetup, TypedOver, resolve_conflict
from coursebook.workbook.calls import CHANNELS, Call, DeletedCall
from coursebook.workbook.changes import Outcome
from coursebook.workbook.conflicts import EditConflict
from coursebook.workbook.core import Workbook
from coursebook.workbook.customers import CustomerRef
from coursebook.workbook.versions import TextRef

NO_SCORE = -1


class CallCard(QFrame):
    def __init__(self, form: CallsForm, call: Call, number: int) -> None:
        super().__init__()
        self.form = form
        self.call_id = call.id
        self.position = call.position
        setup = form.setup
        self.setObjectName("callCard")  # styled by the panel's style sheet
        self.title = QLabel()
        self.set_number(number)
        self.remove = QToolButton()
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove this call"))
        self.remove.setAutoRaise(True)
        self.remove.clicked.connect(lambda: form.remove_call(self))
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.remove)

        self.customer = QComboBox()
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer.setModel(form.customer_model)  # one list for every card of the form
        # Its width must not be measured over every customer's name (thousands of them).
        self.customer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.customer.setMinimumContentsLength(16)
        self.customer.setCurrentIndex(-1)
        self.customer.setCurrentText(call.customer_name)
        customer_line = self.customer.lineEdit()
        assert customer_line is not None  # an editable combo box has a line edit
        customer_line.setPlaceholderText(self.tr("Pick a customer or type a new name"))
        self.customer.setAccessibleName(self.tr("Customer"))
        completer = QCompleter(form.customer_model, self.customer)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.setCompleter(completer)
        self.date = make_date_edit(call.call_date, setup.today(), past=True)
        self.date.setAccessibleName(self.tr("Date of the call"))
        self.channel = QComboBox()
        labels = {
            "phone": self.tr("Phone"),
            "visit": self.tr("Visit"),
            "video": self.tr("Video call"),
            "email": self.tr("E-mail"),
        }
        for channel in CHANNELS:
            self.channel.addItem(labels[channel], channel)
        self.channel.setCurrentIndex(
            max(0, CHANNELS.index(call.channel) if call.channel in CHANNELS else 0)
        )
        self.channel.setAccessibleName(self.tr("How you spoke"))
        self.score = QSpinBox()
        self.score.setRange(NO_SCORE, 10)
        self.score.setSpecialValueText("–")
        self.score.setValue(NO_SCORE if call.score is None else call.score)
        self.score.setToolTip(
            self.tr("How likely is it that they would recommend you to a friend or colleague? 0–10")
        )
        self.score.setAccessibleName(self.tr("Score 0 to 10"))
        self.score.setMaximumWidth(80)

        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.channel)
        when.addStretch(1)
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.addRow(self.tr("Customer"), self.customer)
        fields.addRow(self.tr("When"), when)
        score_row = QHBoxLayout()
        score_row.addWidget(self.score)
        score_row.addStretch(1)
        fields.addRow(self.tr("Would recommend (0–10)"), score_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addLayout(header)
        layout.addLayout(fields)
        self.answers: list[GrowingTextEdit] = []
        questions = setup.task.questions
        self.typed_over = [TypedOver(call.answer_version(i)) for i in range(len(questions))]
        for index, question in enumerate(setup.task.questions):
            label = QLabel(f"{index + 1}. {question}")
            label.setWordWrap(True)
            label.setObjectName("question")
            edit = GrowingTextEdit(2, 10)
            edit.setPlainText(call.answer(index))
            edit.setPlaceholderText(self.tr("Their answer, in their words"))
            edit.setAccessibleName(question)
            edit.textChanged.connect(lambda i=index, e=edit: self._on_answer(i, e))
            edit.paste_refused.connect(form.error.show_message)
            form.offer_versions(edit, TextRef.call_answer(call.id, index), f"“{question}”")
            layout.addWidget(label)
            layout.addWidget(edit)
            self.answers.append(edit)
        notes_label = QLabel(self.tr("Notes"))
        notes_label.setObjectName("question")
        self.notes = GrowingTextEdit(2, 10)
        self.notes.setPlainText(call.notes)
        self.notes.setPlaceholderText(self.tr("Anything else worth remembering"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.paste_refused.connect(form.error.show_message)
        form.offer_versions(self.notes, TextRef.call_notes(call.id), self.tr("the call's notes"))
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)

        customer_line.editingFinished.connect(self._on_customer)
        self.customer.activated.connect(self._on_customer_picked)
        self.date.dateChanged.connect(self._on_date)
        self.channel.currentIndexChanged.connect(self._on_channel)
        self.score.valueChanged.connect(self._on_score)
        self.notes.textChanged.connect(self._on_notes)
        self._notes_typed_over = [call.notes]  # read and set on the worker, as for answers
        self._saved_customer = call.customer_name

    def set_number(self, number: int) -> None:
        label = self.tr("Call {0}").format(number)
        self.title.setText(f"<b>{label}</b>")

    def _update(self, name: str, at_once: bool, **change: object) -> None:
        setup, call_id = self.form.setup, self.call_id
        self.form.write(
            f"{call_id}/{name}",
            lambda wb: wb.update_call(call_id, today=setup.today(), **change),  # type: ignore[arg-type]
            at_once=at_once,
        )

    def _on_customer(self) -> None:
        """A typed name: the service finds the customer with that name, or adds one."""
        name = self.customer.currentText()
        if name.strip() == self._saved_customer.strip():
            return
        self._saved_customer = name
        self._update("customer", True, customer=name)

    def _on_customer_picked(self, index: int) -> None:
        """A customer picked from the list: passed by id, so a namesake is never doubled."""
        ids = self.form.customer_ids
        if not 0 <= index < len(ids):
            self._on_customer()
            return
        customer_id = ids[index]
        self._saved_customer = self.customer.itemText(index)
        self._update("customer", True, customer=customer_id)

    def _on_date(self, value: QDate) -> None:
        self._update("date", True, call_date=pydate(value))

    def _on_channel(self, index: int) -> None:
        self._update("channel", True, channel=self.channel.itemData(index))

    def _on_score(self, value: int) -> None:
        self._update("score", True, score=None if value == NO_SCORE else value)

    def _on_notes(self) -> None:
        self._save_notes(self.notes.toPlainText())

    def _save_notes(self, text: str) -> None:
        setup, call_id, over = self.form.setup, self.call_id, self._notes_typed_over

        def write(workbook: Workbook) -> Outcome[Call]:
            saved = workbook.update_call(
                call_id, today=setup.today(), notes=text, notes_typed_over=over[0]
            )
            over[0] = saved.value.notes
            return saved

        def conflict(found: EditConflict) -> None:
            over[0] = found.theirs
            resolve_conflict(self.notes, found, self.tr("the notes of this call"), self._save_notes)

        self.form.write(f"{call_id}/notes", write, text=text, on_conflict=conflict)

    def _on_answer(self, index: int, edit: GrowingTextEdit) -> None:
        self._save_answer(index, edit.toPlainText())

    def _save_answer(self, index: int, text: str) -> None:
        key, call_id, over = self.form.setup.key, self.call_id, self.typed_over[index]

        def write(workbook: Workbook) -> Outcome[int]:
            saved = workbook.set_answer(key, call_id, index, text, based_on=over.version)
            over.version = saved.value
            return saved

        def conflict(found: EditConflict) -> None:
            over.version = found.version
            question = self.form.setup.task.questions[index]
            resolve_conflict(
                self.answers[index],
                found,
                f"“{question}”",
                lambda chosen: self._save_answer(index, chosen),
            )

        self.form.write(f"{call_id}/q{index}", write, text=text, on_conflict=conflict)


def customer_list(customers: list[CustomerRef]) -> QStringListModel:
    """The customers to pick from, as one model all call cards share: building the list once
    instead of once per card keeps a step with many calls quick to open. The model is made in
    one call (no call per customer: with thousands of them, PySide6 6.12 on Python 3.11
    miscounts references to None in per-item setters and the app aborts)."""
    return QStringListModel([ref.name for ref in customers])


class CallsForm(ItemListForm):
    call_added = Signal(QWidget)  # the new call's card
    PAGE = 5  # a card is big: five fill a laptop screen and more

    def __init__(self, setup: TaskSetup, parent: QWidget | None = None) -> None:
        self.customer_model = customer_list(setup.work.customers)
        self.customer_ids = [ref.id for ref in setup.work.customers]  # by row of the model
        super().__init__(setup, self.tr("Calls"), setup.work.calls.get(setup.task.id, []), 10)
        self.customer_model.setParent(self)
        self.add_button = QPushButton(self.tr("Add a call"))
        self.add_button.setToolTip(self.tr("Add a call (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_call)
        self.layout_.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.finish_layout()

    @property
    def cards(self) -> list[CallCard]:
        return self.items

    def make_item(self, value: Call) -> CallCard:
        return CallCard(self, value, self.hidden_count + len(self.items) + 1)

    def renumber(self) -> None:
        for number, card in enumerate(self.items, start=self.hidden_count + 1):
            card.set_number(number)

    def add_call(self) -> None:
        """A new empty call at the end; `call_added` tells who shows it (to scroll to it)."""
        key, today = self.setup.key, self.setup.today()

        def added(call: Call) -> None:
            card = self.append_item(call)
            card.customer.setFocus()
            self.call_added.emit(card)

        self.run(lambda wb: wb.add_call(key, today), added)

    def remove_call(self, card: CallCard) -> None:
        self.forget_pending(card.call_id)
        call_id = card.call_id

        def removed(deleted: DeletedCall) -> None:
            self.remove_item(card)
            who = deleted.call.customer_name
            message = (
                self.tr("Moved the call with {0} to the trash.").format(who)
                if who
                else self.tr("Moved a call without a customer to the trash.")
            )
            self.removed.emit(message, lambda: self._undo(deleted))

        self.run(lambda wb: wb.delete_call(call_id), removed)

    def _undo(self, deleted: DeletedCall) -> None:
        self.run(lambda wb: wb.restore_call(deleted), self.restore_item)

    def focus_place(self, part: str, ref: int) -> bool:
        self.reveal(ref)
        for card in self.cards:
            if card.call_id != ref:
                continue
            if part.startswith("q") and part[1:].isdigit() and int(part[1:]) < len(card.answers):
                card.answers[int(part[1:])].setFocus()
            elif part == "notes":
                card.notes.setFocus()
            else:
                card.customer.setFocus()
            return True
        return False
