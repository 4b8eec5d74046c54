from __future__ import annotations

from datetime import date

import pytest

from coursebook.course.model import Weekday
from coursebook.course.schedule import (
    NotAMondayError,
    StepState,
    current_step_number,
    default_start,
    monday_of_week,
    require_monday,
    step_ends,
    step_opens,
    step_state,
    task_deadline,
)

START = date(2026, 11, 23)  # a Monday


def test_step_n_opens_seven_days_per_step() -> None:
    assert step_opens(START, 1) == START
    assert step_opens(START, 2) == date(2026, 11, 30)
    assert step_opens(START, 12) == date(2027, 2, 8)
    assert step_ends(START, 1) == date(2026, 11, 29)
    with pytest.raises(ValueError, match="start at 1"):
        step_opens(START, 0)


def test_task_deadline_is_its_weekday_in_the_steps_week() -> None:
    assert task_deadline(START, 7, Weekday.FRIDAY) == date(2027, 1, 8)
    assert task_deadline(START, 1, Weekday.MONDAY) == START
    assert task_deadline(START, 2, Weekday.SUNDAY) == date(2026, 12, 6)


def test_a_start_that_is_not_a_monday_is_refused_with_the_monday_of_that_week() -> None:
    wednesday = date(2026, 11, 25)
    with pytest.raises(NotAMondayError) as caught:
        require_monday(wednesday)
    assert caught.value.suggestion == START
    assert "2026-11-25 is a Wednesday" in str(caught.value)
    assert "2026-11-23" in str(caught.value)
    with pytest.raises(NotAMondayError):
        step_opens(wednesday, 1)
    assert require_monday(START) == START


def test_monday_of_week_and_default_start() -> None:
    assert monday_of_week(date(2026, 11, 29)) == START  # Sunday
    assert default_start(START) == START  # today is Monday
    assert default_start(date(2026, 11, 24)) == START  # Tuesday: this week's Monday
    assert default_start(date(2026, 11, 29)) == START  # Sunday: still this week's step 1


@pytest.mark.parametrize(
    ("today", "state_of_2", "current"),
    [
        (date(2026, 11, 20), StepState.UPCOMING, 1),  # before the start
        (date(2026, 11, 29), StepState.UPCOMING, 1),
        (date(2026, 11, 30), StepState.CURRENT, 2),
        (date(2026, 12, 6), StepState.CURRENT, 2),
        (date(2026, 12, 7), StepState.PAST, 3),
        (date(2028, 1, 1), StepState.PAST, 12),  # long after: the last step
    ],
)
def test_states_and_current_step(today: date, state_of_2: StepState, current: int) -> None:
    assert step_state(START, 2, today) is state_of_2
    assert current_step_number(START, 12, today) == current
