"""Reminders while the app runs, at the times set in Settings (on by default): on Monday
when a new step opened, and on the morning actions are due. Each is given once a day, as a
notification of the system tray where there is one, else in the window's status bar.
Nothing leaves the computer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QObject, QTime

from coursebook.ui.settings import Preferences
from coursebook.workbook.week import WeekGlance, first_line

log = logging.getLogger(__name__)

LAST_STEP_NOTICE = "reminders/last_step_notice"  # the day each was given last (not a setting)
LAST_DUE_NOTICE = "reminders/last_due_notice"
CHECK_EVERY_MS = 60_000


def _time(text: str, fallback: time) -> time:
    parsed = QTime.fromString(text, "HH:mm")
    return time(parsed.hour(), parsed.minute()) if parsed.isValid() else fallback


class Reminders(QObject):
    """`check()` (every minute) gives what is due; `notify(title, message)` shows it."""

    def __init__(
        self,
        preferences: Preferences,
        notify: Callable[[str, str], None],
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.notify = notify
        self.now = now
        self.glance: WeekGlance | None = None
        self.step_label = ""

    def update(self, glance: WeekGlance, step_label: str) -> None:
        self.glance, self.step_label = glance, step_label

    def check(self) -> list[str]:
        """Give the reminders that are due now and were not given today; returns their
        titles (for the tests and the log)."""
        glance = self.glance
        if glance is None or not self.preferences.get("reminders/enabled") or glance.finished:
            return []
        moment = self.now()
        today = moment.date()
        given = []
        week_starts = _time(self.preferences.text("reminders/week_starts"), time(9, 0))
        if (
            glance.opened == today
            and moment.time() >= week_starts
            and self._first(LAST_STEP_NOTICE, today)
        ):
            title = self.tr("A new step opened")
            self.notify(title, self.tr("This week: {0}").format(self.step_label))
            given.append(title)
        due = glance.due_today(today)
        actions_due = _time(self.preferences.text("reminders/actions_due"), time(9, 0))
        if due and moment.time() >= actions_due and self._first(LAST_DUE_NOTICE, today):
            title = self.tr("%n action(s) due today", "", len(due))
            lines = [first_line(action.text) for action in due]
            self.notify(title, "\n".join(lines))
            given.append(title)
        if given:
            log.info("reminders given: %s", "; ".join(given))
        return given

    def _first(self, key: str, today: date) -> bool:
        """Whether today's reminder of this kind is still to give; marks it given."""
        settings = self.preferences.settings
        if str(settings.value(key, "")) == today.isoformat():
            return False
        settings.setValue(key, today.isoformat())
        return True
