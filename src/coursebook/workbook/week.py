"""This week at a glance: the step that opened, the actions due this week and those past
their date, and the calls the step still asks for. Read in one go for the window's
"This week" note and its reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from coursebook.course.model import Course, Step, TaskType
from coursebook.course.schedule import step_opens
from coursebook.storage.database import Database
from coursebook.workbook import actions, progress
from coursebook.workbook.actions import Action
from coursebook.workbook.runs import Run, current_step


def first_line(text: str) -> str:
    """An action's first line of words, to name it in a note or a reminder."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


@dataclass(frozen=True)
class WeekGlance:
    step: Step  # this week's step (after the course: its last)
    opened: date  # the Monday it opened
    finished: bool  # the course's weeks are over
    due_this_week: tuple[Action, ...]  # open actions of this run due from today to Sunday
    overdue: tuple[Action, ...]  # open actions of this run past their date, oldest first
    calls_to_make: int  # calls this week's step asks for that have not been made yet

    @property
    def overdue_by_step(self) -> dict[str, int]:
        """Step id → how many of its actions are overdue (for the marks in the step list)."""
        counts: dict[str, int] = {}
        for action in self.overdue:
            counts[action.key.step_id] = counts.get(action.key.step_id, 0) + 1
        return counts

    def due_today(self, today: date) -> tuple[Action, ...]:
        return tuple(a for a in self.due_this_week if a.due == today)


def week_glance(db: Database, course: Course, run: Run, today: date) -> WeekGlance:
    step = current_step(course, run.start, today)
    opened = step_opens(run.start, step.number)
    sunday = today + timedelta(days=6 - today.weekday())
    # One run's (not more as the years go by), and only those with words in them: SQL's
    # trim() leaves a text of only a newline or a tab.
    mine = [a for a in actions.open_actions(db, run.id) if a.text.strip()]
    overdue = tuple(a for a in mine if a.is_overdue(today))
    due = tuple(a for a in mine if today <= a.due <= sunday)
    step_progress = progress.course_progress(db, course, run.id).get(step.id)
    calls = 0
    if step_progress is not None:
        calls = sum(
            max(task.total - task.done, 0)
            for task in step_progress.tasks
            if task.type is TaskType.CALLS
        )
    finished = today >= opened + timedelta(days=7) and step is course.steps[-1]
    return WeekGlance(step, opened, finished, due, overdue, calls)
