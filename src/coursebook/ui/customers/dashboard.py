"""The NPS tab: the score with its 95% interval and the counts behind it, whether the latest
change is larger than chance, its trend (each period's interval as a whisker, months
without answers as gaps, periods with few answers marked), the spread of scores 0–10 with
the zone of indifference marked, and the size of each segment."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coursebook.course.model import Course
from coursebook.ui.customers.labels import segment_colour, segment_label
from coursebook.ui.follow import Follower
from coursebook.ui.i18n import format_date
from coursebook.ui.runner import Runner
from coursebook.ui.theme import colour, is_dark, note_style
from coursebook.workbook.core import Workbook
from coursebook.workbook.customers import Customer
from coursebook.workbook.nps import (
    FEW_ANSWERS,
    NpsResult,
    ScoreEntry,
    Segment,
    month_of,
    months_with_gaps,
    net_promoter_score,
    nps_by,
    nps_interval,
    real_change,
    score_distribution,
    step_of,
)

BY_MONTH, BY_STEP = "month", "step"


def signed(value: int | None) -> str:
    if value is None:
        return "–"
    return f"+{value}" if value > 0 else str(value)


class NpsDashboard(QWidget):
    """The NPS tab; reads the scores again when they changed (when it is next shown)."""

    def __init__(self, runner: Runner) -> None:
        super().__init__()
        self.runner = runner
        self._entries: list[ScoreEntry] = []
        self._register: list[Customer] = []
        self._axis_labels: list[str] = []  # short names of the periods, under the trend
        self.course: Course | None = None
        self.period = QComboBox()
        self.period.addItem(self.tr("per month"), BY_MONTH)
        self.period.addItem(self.tr("per course step"), BY_STEP)
        # A shared workbook: the whole team's scores, or those from this person's calls.
        self.whose = QComboBox()
        self.whose.addItem(self.tr("the whole team"), "")
        self.whose_label = QLabel(self.tr("Scores of:"))
        self.person = ""
        self.score_label = QLabel()
        font = QFont(self.score_label.font())
        font.setPointSizeF(font.pointSizeF() * 3)
        font.setBold(True)
        self.score_label.setFont(font)
        self.interval_label = QLabel()
        self.interval_label.setWordWrap(True)
        self.change_label = QLabel()
        self.change_label.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(note_style("note") + "padding: 6px; border-radius: 4px;")
        self.table = QTableWidget(0, 7)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.trend = self._chart_view()
        self.spread = self._chart_view()
        self.segments = self._chart_view()

        head = QVBoxLayout()
        title = QLabel(self.tr("Net Promoter Score: your customers' latest scores"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        head.addWidget(title)
        head.addWidget(self.score_label)
        head.addWidget(self.interval_label)
        head.addWidget(self.counts)
        head.addWidget(self.change_label)
        head.addWidget(self.warning)
        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(self.tr("Trend and table:")))
        period_row.addWidget(self.period)
        period_row.addSpacing(12)
        period_row.addWidget(self.whose_label)
        period_row.addWidget(self.whose)
        period_row.addStretch(1)
        for widget in (self.whose_label, self.whose):
            widget.hide()  # a file has one person
        head.addLayout(period_row)
        self.table.setMinimumHeight(80)
        head.addWidget(self.table, 1)
        grid = QGridLayout(self)
        grid.addLayout(head, 0, 0)
        grid.addWidget(self.trend, 0, 1)
        grid.addWidget(self.spread, 1, 0)
        grid.addWidget(self.segments, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.period.currentIndexChanged.connect(lambda _i: self._draw())
        self.whose.currentIndexChanged.connect(lambda _i: self._draw())
        self.follower = Follower(
            self, runner, lambda changes, _origin: changes.register, self.reload
        )

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(180)
        return view

    def set_course(self, course: Course | None) -> None:
        self.course = course

    # -- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        def read(workbook: Workbook) -> tuple[list[ScoreEntry], list[Customer], str]:
            return workbook.score_history(), workbook.customer_register(), workbook.person

        self.runner.submit(read, self._show)

    def _show(self, found: tuple[list[ScoreEntry], list[Customer], str]) -> None:
        self.follower.stale = False
        self._entries, self._register, person = found
        if person and person != self.person:
            self.person = person
            self.whose.addItem(self.tr("my calls ({0})").format(person), person)
            for widget in (self.whose_label, self.whose):
                widget.show()
        self._draw()

    def _draw(self) -> None:
        whose = self.whose.currentData()
        entries = [e for e in self._entries if not whose or e.written_by == whose]
        overall = net_promoter_score(entries)
        self.score_label.setText(signed(overall.score))
        interval = nps_interval(overall)
        self.interval_label.setText(
            ""
            if interval is None
            else self.tr(
                "between {0} and {1} (95% sure), %n answer(s)", "", overall.respondents
            ).format(signed(round(interval.low)), signed(round(interval.high)))
        )
        self.counts.setText(
            self.tr(
                "{0} promoters (9–10) · {1} passives (7–8) · {2} detractors (0–6) · "
                "{3} customers answered"
            ).format(overall.promoters, overall.passives, overall.detractors, overall.respondents)
        )
        if overall.respondents == 0:
            self.warning.setText(
                self.tr(
                    "No scores yet. Ask customers “How likely is it that you would recommend us to "
                    "a friend or colleague?” in your calls (step 6), or import a list with scores."
                )
            )
            self.warning.show()
        elif overall.small_sample:
            self.warning.setText(
                self.tr(
                    "Fewer than 30 customers answered ({0}), so read this score as a first "
                    "impression: one more answer can move it by up to {1:.0f} points."
                ).format(overall.respondents, overall.one_answer_moves or 0)
            )
            self.warning.show()
        else:
            self.warning.hide()
        periods = self._periods(entries)
        self.change_label.setText(self._change_words(periods))
        self.change_label.setVisible(bool(self.change_label.text()))
        self._fill_table(periods)
        self._draw_trend(periods)
        self._draw_spread(entries)
        self._draw_segments()

    def _periods(self, entries: list[ScoreEntry]) -> list[tuple[str, NpsResult]]:
        """(label, result) per period, in order; every month from the first to the last
        (those without answers too: gaps), or the course's steps that have answers."""
        if self.period.currentData() == BY_STEP:
            results = nps_by(entries, step_of)
            steps = [s for s in (self.course.steps if self.course else ()) if s.id in results]
            self._axis_labels = [str(s.number) for s in steps]
            return [(f"{s.number}. {s.title}", results[s.id]) for s in steps]
        months = months_with_gaps(nps_by(entries, month_of))
        self._axis_labels = [format_date(month, "MMM") for month, _result in months]  # the table
        # beside it has the years
        return [(format_date(month, "MMM yyyy"), result) for month, result in months]

    def _change_words(self, periods: list[tuple[str, NpsResult]]) -> str:
        """Whether the latest change between two periods with answers is larger than chance."""
        answered = [(label, result) for label, result in periods if result.respondents]
        if len(answered) < 2:
            return ""
        (before_label, before), (after_label, after) = answered[-2], answered[-1]
        moved = signed(round((after.exact or 0) - (before.exact or 0)))
        if real_change(before, after):
            return self.tr(
                "From {0} to {1} the score moved {2} points: larger than chance, a real change."
            ).format(before_label, after_label, moved)
        return self.tr(
            "From {0} to {1} the score moved {2} points, but with so few answers that is "
            "within chance: no real change yet."
        ).format(before_label, after_label, moved)

    def _fill_table(self, periods: list[tuple[str, NpsResult]]) -> None:
        by_step = self.period.currentData() == BY_STEP
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Step") if by_step else self.tr("Month"),
                self.tr("NPS"),
                self.tr("95% interval"),
                self.tr("Promoters"),
                self.tr("Passives"),
                self.tr("Detractors"),
                self.tr("Answered"),
            ]
        )
        self.table.setRowCount(len(periods))
        for row, (label, result) in enumerate(periods):
            interval = nps_interval(result)
            values = [
                label,
                signed(result.score),
                "–"
                if interval is None
                else f"{signed(round(interval.low))} … {signed(round(interval.high))}",
                result.promoters,
                result.passives,
                result.detractors,
                result.respondents,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)

    # -- charts ----------------------------------------------------------------------------

    def _new_chart(self, title: str) -> QChart:
        chart = QChart()
        if is_dark():  # before any series: the theme sets the axes, grid and text colours
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
            chart.setBackgroundBrush(QColor(colour("card")))
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setVisible(False)
        return chart

    def _draw_trend(self, periods: list[tuple[str, NpsResult]]) -> None:
        """The score per period joined by a line (broken where a period has no answers),
        its 95% interval as a whisker, and an open dot where there were few answers."""
        chart = self._new_chart(
            self.tr("NPS over time · bars: 95% interval · open dot: fewer than {0} answers").format(
                FEW_ANSWERS
            )
        )
        lines: list[QLineSeries] = []
        few, many = QScatterSeries(), QScatterSeries()
        accent = QColor(colour("accent"))
        for dots, filled in ((many, True), (few, False)):
            dots.setMarkerSize(9)
            dots.setColor(accent if filled else QColor(colour("card")))
            dots.setBorderColor(accent)
        whiskers: list[QLineSeries] = []
        line: QLineSeries | None = None
        for x, (_label, result) in enumerate(periods):
            interval = nps_interval(result)
            if result.exact is None or interval is None:
                line = None  # a gap: the line does not pretend to know this period
                continue
            if line is None:
                line = QLineSeries()
                line.setPen(QPen(accent, 2))
                lines.append(line)
            line.append(QPointF(x, result.exact))
            whisker = QLineSeries()
            whisker.setPen(QPen(QColor(colour("faint")), 3))
            whisker.append(QPointF(x, interval.low))
            whisker.append(QPointF(x, interval.high))
            whiskers.append(whisker)
            (few if result.respondents < FEW_ANSWERS else many).append(QPointF(x, result.exact))
        categories = QBarCategoryAxis()
        categories.append(self._axis_labels or [""])
        axis_y = QValueAxis()
        axis_y.setRange(-100, 100)
        axis_y.setTickCount(5)
        axis_y.setLabelFormat("%+d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (*whiskers, *lines, many, few):
            chart.addSeries(series)
            series.attachAxis(categories)
            series.attachAxis(axis_y)
        self.trend.setChart(chart)
        self.trend_points = [
            (x, result) for x, (_l, result) in enumerate(periods) if result.exact is not None
        ]

    def _draw_spread(self, entries: list[ScoreEntry]) -> None:
        counts = score_distribution(entries)
        chart = self._new_chart(self.tr("Scores 0–10 (7–8 marked: the zone of indifference)"))
        series = QStackedBarSeries()
        for segment, scores in (
            (Segment.DETRACTOR, range(0, 7)),
            (Segment.PASSIVE, (7, 8)),
            (Segment.PROMOTER, (9, 10)),
        ):
            bars = QBarSet(segment_label(segment))
            bars.setColor(QColor(segment_colour(segment)))
            if segment is Segment.PASSIVE:
                bars.setBorderColor(QColor(colour("bar_border")))
            for score in range(11):
                bars.append(counts[score] if score in scores else 0)
            series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([str(score) for score in range(11)])
        axis_y = QValueAxis()
        top = max(max(counts), 1)
        axis_y.setRange(0, top + max(1, top // 5))  # room above the tallest bar
        axis_y.setLabelFormat("%d")
        axis_y.setTickCount(min(top, 3) + 1)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.spread.setChart(chart)
        self.spread_counts = counts

    def _draw_segments(self) -> None:
        sizes = Counter(c.segment for c in self._register)
        chart = self._new_chart(self.tr("Customers per segment"))
        series = QPieSeries()
        for segment in (Segment.PROMOTER, Segment.PASSIVE, Segment.DETRACTOR, None):
            if sizes[segment] == 0:
                continue
            label = segment_label(segment)
            slice_ = series.append(f"{label}: {sizes[segment]}", sizes[segment])
            slice_.setColor(QColor(segment_colour(segment) if segment else colour("no_score")))
            slice_.setLabelVisible(True)
        series.setPieSize(0.6)
        chart.addSeries(series)
        self.segments.setChart(chart)
        self.segment_sizes = dict(sizes)
