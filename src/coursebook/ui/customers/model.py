"""The customer table: a model over the register, and a proxy that filters and sorts it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from coursebook.ui.customers.labels import segment_colour, segment_label
from coursebook.ui.i18n import format_date
from coursebook.ui.theme import colour
from coursebook.workbook.customers import Customer
from coursebook.workbook.nps import Segment

_Index = QModelIndex | QPersistentModelIndex
NAME, ORGANISATION, SEGMENT, SCORE, LAST_CONTACT, EMAIL, PHONE, TAGS = range(8)
CustomerRole = Qt.ItemDataRole.UserRole + 1


def _haystack(customer: Customer) -> str:
    """The lower-cased text the filter looks in."""
    c = customer
    return " ".join([c.name, c.organisation, c.email, c.phone, c.notes, *c.tags]).lower()


class CustomersModel(QAbstractTableModel):
    """The customers the view read (the whole register, or the attention list)."""

    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self.today = today
        self.customers: list[Customer] = []
        self.haystacks: list[str] = []  # lower-cased text of each row, for the filter
        self.include_archived = False
        self.attention_weeks: int | None = None  # set: only the attention list
        self.sort_column = NAME
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_customers(self, customers: list[Customer]) -> None:
        self.beginResetModel()
        self.customers = customers
        self._sort_rows()
        self.endResetModel()

    def _sort_rows(self) -> None:
        """Sort in Python on keys computed once per row: a proxy that asks data() for every
        comparison takes seconds on 5,000 customers."""
        column = self.sort_column
        self.customers.sort(
            key=lambda c: self._sort_key(c, column),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        self.haystacks = [_haystack(c) for c in self.customers]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort, keeping selections and other persistent indexes on their customers."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.customers[i.row()].id if i.isValid() else None for i in persistent]
        self.sort_column, self.sort_order = column, order
        self._sort_rows()
        rows = {c.id: row for row, c in enumerate(self.customers)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(rows[cid], i.column()) if cid in rows else QModelIndex()
                for cid, i in zip(ids, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def refresh_customer(self, customer: Customer) -> None:
        """Redraw one row after an edit (the rest of the table stays as it is)."""
        row = self.row_of(customer.id)
        if row is None:
            return
        self.customers[row] = customer
        self.haystacks[row] = _haystack(customer)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.customers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Segment"),
            self.tr("Score"),
            self.tr("Last contact"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Tags"),
        ][section]

    def row_of(self, customer_id: int) -> int | None:
        return next((i for i, c in enumerate(self.customers) if c.id == customer_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        customer = self.customers[index.row()]
        column = index.column()
        if role == CustomerRole:
            return customer
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(customer, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SEGMENT and customer.segment is not None:
                return QBrush(QColor(segment_colour(customer.segment)))
            if customer.archived:
                return QBrush(QColor(colour("faint")))
        if role == Qt.ItemDataRole.ToolTipRole and column == LAST_CONTACT:
            return self._contact_tip(customer)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _contact_tip(self, customer: Customer) -> str | None:
        """Why a customer with a score can have had no contact: the score came without a
        conversation (imported, or entered by hand as not a contact)."""
        if customer.last_contact is not None or customer.latest_score_on is None:
            return None
        return self.tr("The score of {0} came without a conversation (a list or a form)").format(
            format_date(customer.latest_score_on, "d MMM yyyy")
        )

    def _text(self, customer: Customer, column: int) -> str:
        if column == NAME:
            return customer.name + (self.tr(" (archived)") if customer.archived else "")
        if column == ORGANISATION:
            return customer.organisation
        if column == SEGMENT:
            label = segment_label(customer.segment) if customer.segment else ""
            return label + (self.tr(" · set by hand") if customer.segment_is_manual else "")
        if column == SCORE:
            return "" if customer.latest_score is None else str(customer.latest_score)
        if column == LAST_CONTACT:
            if customer.last_contact is None:
                return self.tr("no call yet")
            weeks = customer.weeks_without_contact(self.today()) or 0
            when = format_date(customer.last_contact, "d MMM yyyy")
            if weeks == 0:
                return self.tr("{0} (this week)").format(when)
            return self.tr("{0} (%n wk ago)", "", weeks).format(when)
        if column == EMAIL:
            return customer.email
        if column == PHONE:
            return customer.phone
        return ", ".join(customer.tags)

    def _sort_key(self, customer: Customer, column: int) -> tuple[int, str]:
        if column == SCORE:
            return (-1 if customer.latest_score is None else customer.latest_score, "")
        if column == LAST_CONTACT:
            return ((customer.last_contact or date.min).toordinal(), customer.name.lower())
        if column == SEGMENT:
            order = {Segment.DETRACTOR: 0, Segment.PASSIVE: 1, Segment.PROMOTER: 2}
            return (-1 if customer.segment is None else order[customer.segment], "")
        if column == NAME:
            return (0, customer.name.lower())
        return (0, self._text(customer, column).lower())


class CustomerFilter(QSortFilterProxyModel):
    """Filters on typed words (name, organisation, e-mail, tags, notes) and a segment.
    Sorting is left to the source model, which does it in one pass."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self.segment: Segment | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        assert isinstance(model, CustomersModel)
        model.sort(column, order)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "words", text.lower().split()))

    def set_segment(self, segment: Segment | None) -> None:
        self._refilter(lambda: setattr(self, "segment", segment))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply a filter change the way this Qt wants it (invalidateFilter is deprecated
        from Qt 6.10 on; begin/endFilterChange does not exist before)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CustomersModel)
        if self.segment is not None and model.customers[row].segment is not self.segment:
            return False
        haystack = model.haystacks[row]
        return all(word in haystack for word in self.words)
