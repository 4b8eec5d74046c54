"""Dates of a course: when each step opens and when its tasks are due. Pure functions."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from coursebook.course.model import Weekday

DAYS_PER_STEP = 7


class StepState(StrEnum):
    UPCOMING = "upcoming"
    CURRENT = "current"
    PAST = "past"


class NotAMondayError(ValueError):
    """A course start that is not a Monday; `suggestion` is the Monday of that week."""

    def __init__(self, given: date) -> None:
        self.given = given
        self.suggestion = monday_of_week(given)
        super().__init__(
            f"{given.isoformat()} is a {given.strftime('%A')}; a course starts on a Monday "
            f"(the Monday of that week is {self.suggestion.isoformat()})"
        )


def monday_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def require_monday(day: date) -> date:
    """Return `day` if it is a Monday, else raise NotAMondayError."""
    if day.weekday() != 0:
        raise NotAMondayError(day)
    return day


def default_start(today: date) -> date:
    """The start offered to a new user: this week's Monday, so the first step is open today
    (someone starting on a Tuesday begins the week they are in, not next week)."""
    return today - timedelta(days=today.weekday())


def step_opens(start: date, number: int) -> date:
    """Step `number` (1-based) opens on start + 7·(number − 1) days."""
    if number < 1:
        raise ValueError(f"step numbers start at 1, not {number}")
    return require_monday(start) + timedelta(days=DAYS_PER_STEP * (number - 1))


def step_ends(start: date, number: int) -> date:
    """The last day (Sunday) of the step's week."""
    return step_opens(start, number) + timedelta(days=DAYS_PER_STEP - 1)


def task_deadline(start: date, number: int, weekday: Weekday) -> date:
    """A task's deadline: its weekday in its step's week."""
    return step_opens(start, number) + timedelta(days=weekday.offset)


def step_state(start: date, number: int, today: date) -> StepState:
    if today < step_opens(start, number):
        return StepState.UPCOMING
    if today > step_ends(start, number):
        return StepState.PAST
    return StepState.CURRENT


def current_step_number(start: date, step_count: int, today: date) -> int:
    """The step whose week contains `today`, clamped to the course (1 before, last after)."""
    if step_count < 1:
        raise ValueError("a course has at least one step")
    weeks = (today - require_monday(start)).days // DAYS_PER_STEP
    return min(max(weeks + 1, 1), step_count)
