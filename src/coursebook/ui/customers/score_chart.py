"""One customer's scores over time, as a small chart: a dot for each score on a 0–10 scale
over the dates, the three segments' bands behind them, a line from score to score."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coursebook.ui.customers.labels import segment_colour, segment_label
from coursebook.ui.i18n import format_date
from coursebook.ui.theme import colour
from coursebook.workbook.nps import ScoreEntry, Segment, segment_for_score

CHART_HEIGHT = 120
DOT_RADIUS = 4.5
MARKED_AT_MOST = 12  # more scores than this: no number beside each dot
BANDS = ((Segment.DETRACTOR, 0, 6.5), (Segment.PASSIVE, 6.5, 8.5), (Segment.PROMOTER, 8.5, 10))


class ScoreHistoryChart(QWidget):
    """Oldest on the left, newest on the right; hovering a dot tells its date and score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[ScoreEntry] = []
        self.setMinimumHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Scores over time"))

    def sizeHint(self) -> QSize:
        return QSize(320, CHART_HEIGHT)

    def set_scores(self, entries: list[ScoreEntry]) -> None:
        self.entries = sorted(entries, key=lambda entry: (entry.on, entry.order))
        self.setAccessibleDescription(
            "; ".join(self._describe(entry) for entry in self.entries) or self.tr("No scores yet")
        )
        self.update()

    def _describe(self, entry: ScoreEntry) -> str:
        return self.tr("{0}: {1} ({2})").format(
            format_date(entry.on, "d MMM yyyy"),
            entry.score,
            segment_label(segment_for_score(entry.score)),
        )

    # -- geometry --------------------------------------------------------------------------

    def _plot(self) -> QRectF:
        """The area the scale 0–10 spans: room on the left for its numbers, below for dates."""
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("10") + 8
        return QRectF(
            left,
            metrics.height() + DOT_RADIUS + 2,  # room for the number above a 10
            max(10, self.width() - left - DOT_RADIUS - 6),
            max(10, self.height() - 2 * metrics.height() - 2 * DOT_RADIUS - 6),
        )

    def _y(self, plot: QRectF, score: float) -> float:
        return plot.bottom() - plot.height() * score / 10

    def point_of(self, index: int) -> QPointF:
        """Where the chart draws the score `entries[index]`."""
        plot = self._plot()
        first, last = self.entries[0].on, self.entries[-1].on
        span = (last - first).days
        entry = self.entries[index]
        if span == 0:  # all on one day: side by side around the middle
            count = len(self.entries)
            share = (index + 1) / (count + 1)
        else:
            share = (entry.on - first).days / span
        return QPointF(plot.left() + plot.width() * share, self._y(plot, entry.score))

    # -- drawing ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        muted = QColor(colour("muted"))
        for segment, low, high in BANDS:
            band = QColor(segment_colour(segment))
            band.setAlpha(28)
            top, bottom = self._y(plot, high), self._y(plot, low)
            painter.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), band)
        painter.setPen(muted)
        metrics = self.fontMetrics()
        for score in (0, 5, 10):
            y = self._y(plot, score)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(score),
            )
        if not self.entries:
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.tr("No scores yet"))
            return
        points = [self.point_of(index) for index in range(len(self.entries))]
        painter.setPen(QPen(muted, 1.5))
        for start, end in pairwise(points):
            painter.drawLine(start, end)
        text_colour = QColor(colour("text"))
        for entry, point in zip(self.entries, points, strict=True):
            dot = QColor(segment_colour(segment_for_score(entry.score)))
            painter.setPen(QPen(dot.darker(130), 1))
            painter.setBrush(dot)
            painter.drawEllipse(point, DOT_RADIUS, DOT_RADIUS)
            if len(self.entries) <= MARKED_AT_MOST:
                painter.setPen(text_colour)
                above = point.y() - DOT_RADIUS - metrics.height() - 1
                painter.drawText(
                    QRectF(point.x() - 20, above, 40, metrics.height()),
                    int(Qt.AlignmentFlag.AlignCenter),
                    str(entry.score),
                )
        painter.setPen(muted)
        self._draw_dates(painter, plot)

    def _draw_dates(self, painter: QPainter, plot: QRectF) -> None:
        metrics = self.fontMetrics()
        row = QRectF(0, plot.bottom() + DOT_RADIUS + 2, self.width(), metrics.height())
        first, last = self.entries[0].on, self.entries[-1].on
        painter.drawText(
            row.adjusted(plot.left(), 0, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft),
            _date_label(first),
        )
        if last != first:
            painter.drawText(
                row.adjusted(0, 0, -4, 0), int(Qt.AlignmentFlag.AlignRight), _date_label(last)
            )

    # -- hovering --------------------------------------------------------------------------

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent) and self.entries:
            position = QPointF(event.pos())
            nearest = min(
                range(len(self.entries)),
                key=lambda index: (self.point_of(index) - position).manhattanLength(),
            )
            if (self.point_of(nearest) - position).manhattanLength() < 24:
                QToolTip.showText(event.globalPos(), self._describe(self.entries[nearest]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]


def _date_label(day: date) -> str:
    return format_date(day, "d MMM yyyy")
