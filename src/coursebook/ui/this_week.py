"""“This week” at the top of the course: the step that opened, the actions due this week,
those past their date (with their step), and the calls still to make. It reads again when
work changes and when a new week begins; it can be closed until the next start."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from coursebook.ui.i18n import format_date
from coursebook.ui.theme import colour, note_style
from coursebook.workbook.actions import Action
from coursebook.workbook.week import WeekGlance, first_line

MAX_LISTED = 3  # overdue actions named one by one; the rest are counted


class ThisWeekNote(QWidget):
    open_actions = Signal()
    show_step = Signal()
    open_action = Signal(object)  # an overdue Action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thisWeek")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#thisWeek {{ {note_style('note')} }}")
        self.glance: WeekGlance | None = None
        self.dismissed = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self._on_link)
        self.label.setAccessibleName(self.tr("This week"))
        close = QPushButton("✕")
        close.setFlat(True)
        close.setToolTip(self.tr("Hide until the next start"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def show_glance(self, glance: WeekGlance, step_label: str, today: date) -> None:
        self.glance = glance
        self.label.setText(self.text(glance, step_label, today))
        self.setVisible(not self.dismissed and not glance.finished)

    def text(self, glance: WeekGlance, step_label: str, today: date) -> str:
        opened = format_date(glance.opened, "dddd d MMMM")
        heading = (
            self.tr("Your course starts on {1}: {0}.").format(step_label, opened)
            if glance.opened > today  # a start chosen for a later Monday
            else self.tr("This week: {0}, open since {1}.").format(step_label, opened)
        )
        parts = [
            "<b>"
            + html.escape(heading)
            + "</b> <a href='#step'>"
            + html.escape(self.tr("Go to it"))
            + "</a>"
        ]
        facts = []
        if glance.calls_to_make:
            facts.append(self.tr("%n call(s) still to make", "", glance.calls_to_make))
        due_today = len(glance.due_today(today))
        if due_today:
            facts.append(self.tr("%n action(s) due today", "", due_today))
        later = len(glance.due_this_week) - due_today
        if later:
            facts.append(self.tr("%n more action(s) due this week", "", later))
        if not facts and not glance.overdue:
            facts.append(self.tr("Nothing else due this week."))
        line = " · ".join(facts)
        parts.append(html.escape(line[:1].upper() + line[1:]))
        if glance.overdue:
            listed = [self._action_link(a, n) for n, a in enumerate(glance.overdue[:MAX_LISTED])]
            more = len(glance.overdue) - len(listed)
            line = (
                f"<span style='color:{colour('error')}'><b>"
                + html.escape(self.tr("%n action(s) past their date:", "", len(glance.overdue)))
                + "</b></span> "
                + "; ".join(listed)
            )
            if more:
                line += " " + html.escape(self.tr("and {0} more").format(more))
            line += " · <a href='#actions'>" + html.escape(self.tr("Open actions")) + "</a>"
            parts.append(line)
        return "<br/>".join(parts)

    def _action_link(self, action: Action, number: int) -> str:
        shown = first_line(action.text)
        if len(shown) > 60:
            shown = shown[:57] + "…"
        due = format_date(action.due, "d MMM")
        return f"<a href='#action{number}'>{html.escape(shown)}</a> ({html.escape(due)})"

    def _on_link(self, link: str) -> None:
        if link == "#step":
            self.show_step.emit()
        elif link == "#actions":
            self.open_actions.emit()
        elif link.startswith("#action") and self.glance is not None:
            index = int(link.removeprefix("#action"))
            if 0 <= index < len(self.glance.overdue):
                self.open_action.emit(self.glance.overdue[index])
