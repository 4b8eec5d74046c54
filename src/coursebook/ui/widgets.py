"""Small widgets used in several places."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QMimeData, QSizeF, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QMessageBox, QPlainTextEdit, QWidget

from coursebook.workbook.validation import EARLIEST_DATE, LATEST_AHEAD, MAX_TEXT_CHARS


class TextEdit(QPlainTextEdit):
    """A plain-text field that refuses a paste that would make the text absurdly long.

    Laying out megabytes of text freezes the window, and the services would refuse to save
    it anyway: better to say so at once and keep what is there.
    """

    paste_refused = Signal(str)
    versions_requested = Signal()

    VERSIONS_SHORTCUT = "Ctrl+Shift+H"

    _versions: QAction | None = None

    def offer_versions(self) -> None:
        """Add "Versions…" to the field's context menu, and its shortcut while it has focus;
        `versions_requested` says it was asked for."""
        if self._versions is not None:
            return
        self._versions = QAction(self.tr("Versions…"), self)
        self._versions.setShortcut(QKeySequence(self.VERSIONS_SHORTCUT))
        self._versions.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._versions.triggered.connect(self.versions_requested)
        self.addAction(self._versions)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._versions is not None:
            menu.addSeparator()
            menu.addAction(self._versions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def replace_text(self, text: str) -> None:
        """Put `text` in place of everything, as one step Ctrl+Z takes back."""
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:
        incoming = len(source.text()) if source.hasText() else 0
        if len(self.toPlainText()) + incoming > MAX_TEXT_CHARS:
            self.paste_refused.emit(
                self.tr(
                    "That paste is {0:,} characters long; a field can hold at most {1:,}, "
                    "so nothing was pasted."
                ).format(incoming, MAX_TEXT_CHARS)
            )
            return
        super().insertFromMimeData(source)


class GrowingTextEdit(TextEdit):
    """A plain-text field that grows with its text, from `min_lines` to `max_lines`."""

    def __init__(self, min_lines: int = 2, max_lines: int = 12, parent: QWidget | None = None):
        super().__init__(parent)
        self._min_lines, self._max_lines = min_lines, max_lines
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit(QSizeF())

    def _fit(self, _size: QSizeF) -> None:
        line = QFontMetrics(self.font()).lineSpacing()
        lines = max(self.document().documentLayout().documentSize().height(), 1)
        shown = min(max(int(lines), self._min_lines), self._max_lines)
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(shown * line + frame + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the text anew: a long answer shown in a field that is only now
        laid out (a step opened again) gets its height back."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit(QSizeF())


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def make_date_edit(
    value: date, today: date, parent: QWidget | None = None, *, past: bool = False
) -> QDateEdit:
    """A date field with a calendar, limited to dates the services accept; with `past`, the
    day something happened: not after today (a date saved before that rule still shows)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setMinimumDate(qdate(EARLIEST_DATE))
    edit.setMaximumDate(qdate(max(today, value) if past else today + LATEST_AHEAD))
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    edit.setDate(qdate(value))
    return edit


class InlineError(QLabel):
    """A red line under a form that says what could not be saved and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("inlineError")  # red, by the work panel's style sheet
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def ask(parent: QWidget, title: str, question: str, *, yes_by_default: bool = False) -> bool:
    """A Yes/Cancel question; True for Yes."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    default = (
        QMessageBox.StandardButton.Yes if yes_by_default else QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(parent, title, question, buttons, default)
    return answer == QMessageBox.StandardButton.Yes
