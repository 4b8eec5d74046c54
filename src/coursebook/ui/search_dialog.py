"""Search (Ctrl+F): everything written, in every run of every course, and the lessons of the
course shown; a hit opens its step at its place (in its run), a lesson hit at its heading."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from coursebook.ui.places import Places
from coursebook.ui.rich_text_delegate import RichTextDelegate
from coursebook.ui.runner import Runner
from coursebook.ui.theme import colour
from coursebook.workbook.search import SearchHit

HitRole = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 200
_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, places: Places, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = places
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def _place(self, hit: SearchHit) -> str:
        if hit.kind == "lesson":
            return self.tr("Lesson · {0}").format(hit.heading) if hit.heading else self.tr("Lesson")
        if hit.kind == "action":
            return self.tr("Action")
        if hit.kind == "reflection":
            return self.tr("Reflection")
        if hit.part == "customer":
            return self.tr("Call · customer")
        if hit.part == "notes":
            return self.tr("Call · notes")
        return self.tr("Call · answer to question {0}").format(int(hit.part[1:]) + 1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = self.places.step_label(hit.run_id, hit.step_id)
            return (
                f"<b>{html.escape(where)}</b> · <span style='color:{colour('muted')}'>"
                f"{html.escape(self._place(hit))}</span><br/>{hit.snippet}"
            )
        if role == HitRole:
            return hit
        return None


class SearchDialog(QDialog):
    """A non-modal search window. `open_hit` asks the main window to show a hit."""

    open_hit = Signal(object)

    def __init__(self, runner: Runner, places: Places, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._searches = 0  # only the newest search's hits are shown
        self.setWindowTitle(self.tr("Search your work"))
        self.resize(560, 480)
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr("Search answers, notes, customers, actions, reflections, lessons…")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search"))
        self.model = SearchResultsModel(places, self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self._on_activated)
        self.summary = QLabel()
        self.summary.setStyleSheet(f"color: {colour('muted')};")
        self.keep_open = QCheckBox(self.tr("Stay open beside my work after going to a result"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.keep_open)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._timer.start(SEARCH_DELAY_MS))
        self.field.returnPressed.connect(self._open_first)
        self.before_search: Callable[[], object] = lambda: None

    def set_places(self, places: Places) -> None:
        self.model.places = places
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        self.before_search()  # pending edits are saved first, so they can be found
        typed = self.field.text()
        run = self.model.places.shown
        course = self.model.places.course_of(run) if run is not None else None
        self._searches += 1
        number = self._searches
        self.runner.submit(
            lambda wb: wb.search(typed, course, run),
            lambda hits: self._show_hits(number, typed, hits) if number == self._searches else None,
        )

    def _show_hits(self, number: int, typed: str, hits: list[SearchHit]) -> None:
        self.model.set_hits(hits)
        if not typed.strip():
            self.summary.setText("")
        elif hits:
            self.summary.setText(self.tr("%n result(s)", "", len(hits)))
        else:
            self.summary.setText(self.tr("Nothing found for “{0}”.").format(typed.strip()))

    def _open_first(self) -> None:
        self.run_search()
        self.runner.wait()  # the hits of what was typed, not of a moment ago
        if self.model.rowCount():
            self._on_activated(self.model.index(0))

    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if isinstance(hit, SearchHit):
            self.open_hit.emit(hit)
            self.step_aside()

    def step_aside(self) -> None:
        """Out of the way of the field just opened: hidden (Ctrl+F brings it back with the
        same results), or, when the person prefers, moved beside the main window."""
        window = self.parentWidget()
        if not self.keep_open.isChecked() or window is None:
            self.hide()
            return
        screen = (self.screen() or window.screen()).availableGeometry()
        frame = window.frameGeometry()
        x = frame.right() + 8
        if x + self.width() > screen.right():  # no room beside it: at the screen's edge
            x = screen.right() - self.width()
        self.move(max(screen.left(), x), max(screen.top(), frame.top()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.field.hasFocus() and self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0))
            return
        super().keyPressEvent(event)
