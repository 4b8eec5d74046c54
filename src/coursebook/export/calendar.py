"""The course in a person's own calendar: an .ics file (RFC 5545, written with the
`icalendar` library) with an all-day event on the day each step opens and on the day each
action is due, the open actions with an alarm that morning.

Every event's UID is made from the run and the step or action, never from the time of the
export, so importing the file again updates the events instead of doubling them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from coursebook import __version__
from coursebook.export.atomic import atomic_target
from coursebook.export.content import ExportContent
from coursebook.export.labels import Labels, long_date
from coursebook.workbook.week import first_line

UID_DOMAIN = "coursebook.nl"
ALARM_AFTER_MIDNIGHT = timedelta(hours=9)  # an all-day event's alarm: 09:00 that morning


def build_calendar(content: ExportContent, labels: Labels, run_id: int) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", f"-//Coursebook//Coursebook {__version__}//{labels.language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", content.course_title)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for step in content.steps:
        event = _all_day(
            f"run{run_id}-step{step.number}",
            labels.step.format(step.number, step.title),
            step.opens,
            stamp,
        )
        dates = (long_date(step.opens, labels.language), long_date(step.ends, labels.language))
        event.add("description", labels.step_dates.format(*dates))
        calendar.add_component(event)
        for task in step.tasks:
            for action in task.actions:
                done = action.done_on is not None
                event = _all_day(
                    f"run{run_id}-action{action.id}",
                    ("✓ " if done else "") + f"{labels.action}: {first_line(action.text)}",
                    action.due,
                    stamp,
                )
                where = labels.step.format(step.number, step.title)
                event.add("description", f"{where}\n\n{action.text.strip()}")
                if not done:  # an alarm only for what is still to do
                    alarm = Alarm()
                    alarm.add("action", "DISPLAY")
                    alarm.add("description", f"{labels.action}: {action.text.strip()}")
                    alarm.add("trigger", ALARM_AFTER_MIDNIGHT)
                    event.add_component(alarm)
                calendar.add_component(event)
    return calendar


def _all_day(key: str, summary: str, day: date, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{key}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
    return event


def write_calendar(content: ExportContent, labels: Labels, run_id: int, path: Path) -> None:
    data = build_calendar(content, labels, run_id).to_ical()
    with atomic_target(path) as temporary:
        temporary.write_bytes(data)
