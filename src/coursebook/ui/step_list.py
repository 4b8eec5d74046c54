"""The list of steps on the left: number, title, opening date and state."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coursebook.course.model import Course, TaskType
from coursebook.course.schedule import StepState, step_opens, step_state
from coursebook.ui.i18n import short_date
from coursebook.ui.theme import colour
from coursebook.workbook.progress import StepProgress

StepRole = Qt.ItemDataRole.UserRole + 1
_ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class StepRow:
    number: int
    id: str
    title: str
    opens: date
    state: StepState
    progress: StepProgress | None = None
    overdue: int = 0  # actions of this step past their date


class StepListModel(QAbstractListModel):
    """The steps of one course with their dates and states for a given day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StepRow] = []

    def set_course(self, course: Course, start: date, today: date) -> None:
        self.beginResetModel()
        self._rows = [
            StepRow(
                s.number,
                s.id,
                s.title,
                step_opens(start, s.number),
                step_state(start, s.number, today),
            )
            for s in course.steps
        ]
        self.endResetModel()

    def set_progress(self, progress: dict[str, StepProgress]) -> None:
        """Show how far each step is; only rows whose progress changed are redrawn."""
        for row, step in enumerate(self._rows):
            new = progress.get(step.id)
            if new != step.progress:
                self._rows[row] = replace(step, progress=new)
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def set_overdue(self, overdue: dict[str, int]) -> None:
        """Mark the steps that hold actions past their date."""
        for row, step in enumerate(self._rows):
            count = overdue.get(step.id, 0)
            if count != step.overdue:
                self._rows[row] = replace(step, overdue=count)
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def overdue_text(self, count: int) -> str:
        return self.tr("%n overdue", "", count)

    def progress_text(self, progress: StepProgress | None) -> str:
        """e.g. '3/5 calls · 2/3 actions · reflection written'."""
        if progress is None:
            return ""
        parts = []
        for task in progress.tasks:
            if task.type is TaskType.CALLS:
                parts.append(self.tr("{0}/{1} calls").format(task.done, task.total))
            elif task.type is TaskType.ACTIONS:
                parts.append(self.tr("{0}/{1} actions").format(task.done, task.total))
            elif task.type is TaskType.REFLECTION:
                parts.append(
                    self.tr("reflection written") if task.done else self.tr("reflection to write")
                )
            else:
                parts.append(self.tr("{0}/{1} ticked").format(task.done, task.total))
        return " · ".join(parts)

    def done_fraction(self, progress: StepProgress) -> str:
        """All tasks together, e.g. '4/9 done'."""
        done = sum(min(t.done, t.total) for t in progress.tasks)
        return self.tr("{0}/{1} done").format(done, sum(t.total for t in progress.tasks))

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, step_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == step_id), None)

    def step_at(self, row: int) -> StepRow:
        return self._rows[row]

    def state_label(self, state: StepState) -> str:
        return {
            StepState.CURRENT: self.tr("this week"),
            StepState.PAST: self.tr("past"),
            StepState.UPCOMING: self.tr("upcoming"),
        }[state]

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.number}. {row.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("Step {0}: {1}\nOpens {2} ({3})").format(
                row.number, row.title, short_date(row.opens), self.state_label(row.state)
            )
            if row.progress is not None and row.progress.tasks:
                done = self.tr("Complete") if row.progress.complete else self.tr("Progress")
                tip += f"\n{done}: {self.progress_text(row.progress)}"
            if row.overdue:
                tip += "\n" + self.overdue_text(row.overdue)
            return tip
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("opens {0}, {1}").format(
                short_date(row.opens), self.state_label(row.state)
            )
        if role == StepRole:
            return row
        return None


class StepDelegate(QStyledItemDelegate):
    """Draws a step as a numbered badge, its title, and a line with date and state."""

    PADDING = 8
    BADGE = 26

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        height = max(self.BADGE, metrics.height() * 3 + 4) + 2 * self.PADDING
        return QSize(220, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        row = index.data(StepRole)
        if not isinstance(row, StepRow):
            super().paint(painter, option, index)
            return
        model = index.model()
        assert isinstance(model, StepListModel)
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            opt = QStyleOptionViewItem(option)
            opt.text = ""
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        accent = QColor(colour("accent"))
        muted = QColor(text_color)
        muted.setAlpha(150)
        rect: QRect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)

        # The numbered badge: filled for the current step, outlined otherwise.
        badge = QRect(
            rect.left(), rect.top() + (rect.height() - self.BADGE) // 2, self.BADGE, self.BADGE
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if row.state is StepState.CURRENT:
            painter.setBrush(accent)
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(muted if row.state is StepState.UPCOMING else text_color)
        complete = row.progress is not None and row.progress.complete
        if complete:
            painter.setBrush(
                QColor(colour("accent" if row.state is not StepState.CURRENT else "accent_strong"))
            )
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(badge)
        number_font = QFont(option.font)
        number_font.setBold(True)
        painter.setFont(number_font)
        on_fill = row.state is StepState.CURRENT or complete
        painter.setPen(QColor("white") if on_fill else text_color)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "✓" if complete else str(row.number))

        # Title (up to two lines) and the line below it, centred as one block.
        text_rect = rect.adjusted(self.BADGE + self.PADDING, 0, 0, 0)
        title_font = QFont(option.font)
        title_font.setBold(row.state is StepState.CURRENT)
        metrics = QFontMetrics(title_font)
        wrap = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        title_height = min(
            metrics.boundingRect(text_rect, wrap, row.title).height(), metrics.height() * 2
        )
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.88, 7.0))
        small_height = QFontMetrics(small).height()
        top = text_rect.top() + (text_rect.height() - title_height - 2 - small_height) // 2
        painter.setFont(title_font)
        painter.setPen(text_color if row.state is not StepState.UPCOMING or selected else muted)
        painter.drawText(
            QRect(text_rect.left(), top, text_rect.width(), title_height), wrap, row.title
        )
        painter.setFont(small)
        detail = f"{short_date(row.opens)} · {model.state_label(row.state)}"
        if row.progress is not None and row.progress.started and not complete:
            detail += " · " + model.done_fraction(row.progress)
        if row.state is StepState.CURRENT and not selected:
            painter.setPen(accent)
        else:
            painter.setPen(muted if not selected else text_color)
        detail_rect = QRect(
            text_rect.left(), top + title_height + 2, text_rect.width(), small_height
        )
        top_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.drawText(detail_rect, top_left, detail)
        if row.overdue:  # after the detail, in the colour of a problem
            shown = QFontMetrics(small).horizontalAdvance(detail + " ")
            painter.setPen(text_color if selected else QColor(colour("error")))
            overdue = "· " + model.overdue_text(row.overdue)
            painter.drawText(detail_rect.adjusted(shown, 0, 0, 0), top_left, overdue)
        painter.restore()


class StepListView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(StepDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Steps of the course"))
