"""Checks on what a person types. A refused value raises `InvalidInput` with a code and its
parameters (which field, which limit), never a sentence: the window says it in the person's
language (ui/messages.py), the command line in English (`InvalidInput.message`)."""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

MAX_TEXT_CHARS = 200_000  # about 100 pages: more is a paste gone wrong, not a note
MAX_NAME = 200
EARLIEST_DATE = date(2000, 1, 1)
LATEST_AHEAD = timedelta(days=5 * 365)
SCORE_RANGE = range(0, 11)


class Problem(Enum):
    """What is wrong with a value; the parameters each one carries are listed beside it."""

    TOO_LONG = "too_long"  # length, limit
    SCORE_RANGE = "score_range"  # value
    DATE_RANGE = "date_range"  # value, earliest, latest (dates)
    IN_FUTURE = "in_future"  # value, today (dates)
    NAME_NEEDED = "name_needed"
    NAME_TOO_LONG = "name_too_long"  # limit
    EMAIL_INVALID = "email_invalid"  # value
    CHANNEL_UNKNOWN = "channel_unknown"  # value
    QUESTION_UNKNOWN = "question_unknown"  # value
    NEGATIVE = "negative"  # value
    MERGE_SAME = "merge_same"


class Field(Enum):
    """The input a problem is about."""

    SCORE = "score"
    DATE = "date"
    DUE_DATE = "due date"
    START_DATE = "start date"
    CUSTOMER = "customer"
    NAME = "name"
    ORGANISATION = "organisation"
    EMAIL = "email"
    PHONE = "phone"
    NOTES = "notes"
    ANSWER = "answer"
    ACTION = "action"
    REFLECTION = "reflection"
    CHANNEL = "channel"
    WEEKS = "weeks"
    MERGE = "merge"


_ENGLISH = {
    Problem.TOO_LONG: "is {length:,} characters long; at most {limit:,} can be kept",
    Problem.SCORE_RANGE: "must be a whole number from 0 to 10, not {value}",
    Problem.DATE_RANGE: "{value} is out of range ({earliest} to {latest})",
    Problem.IN_FUTURE: "{value} is after today ({today}): it is the day it happened",
    Problem.NAME_NEEDED: "a name is needed",
    Problem.NAME_TOO_LONG: "a name can be at most {limit} characters",
    Problem.EMAIL_INVALID: "'{value}' is not an e-mail address",
    Problem.CHANNEL_UNKNOWN: "'{value}' is not a way of speaking (phone, visit, video, email)",
    Problem.QUESTION_UNKNOWN: "there is no question number {value}",
    Problem.NEGATIVE: "cannot be negative ({value})",
    Problem.MERGE_SAME: "choose two different customers",
}


class InvalidInput(ValueError):
    """A value that cannot be saved: `field` names the input, `problem` says what is wrong,
    `params` carry the numbers and values the message needs."""

    def __init__(self, field: Field, problem: Problem, **params: object) -> None:
        self.field = field
        self.problem = problem
        self.params = params
        super().__init__(f"{field.value}: {self.message}")

    @property
    def message(self) -> str:
        """In English, for the command line and the log."""
        return _ENGLISH[self.problem].format(**self.params)


def check_past_date(field: Field, value: date, today: date) -> date:
    """The date something happened (a call, a score): not after today."""
    if value > today:
        raise InvalidInput(field, Problem.IN_FUTURE, value=value, today=today)
    return check_date(field, value, today)


def check_text(field: Field, value: str) -> str:
    if len(value) > MAX_TEXT_CHARS:
        raise InvalidInput(field, Problem.TOO_LONG, length=len(value), limit=MAX_TEXT_CHARS)
    return value.replace("\x00", "")


def check_name(field: Field, name: str) -> str:
    """A customer's name: on one line, not empty, not too long."""
    name = " ".join(check_text(field, name).split())
    if not name:
        raise InvalidInput(field, Problem.NAME_NEEDED)
    if len(name) > MAX_NAME:
        raise InvalidInput(field, Problem.NAME_TOO_LONG, limit=MAX_NAME)
    return name


def check_score(score: int | None) -> int | None:
    if score is not None and score not in SCORE_RANGE:
        raise InvalidInput(Field.SCORE, Problem.SCORE_RANGE, value=score)
    return score


def check_date(field: Field, value: date, today: date) -> date:
    if value < EARLIEST_DATE or value > today + LATEST_AHEAD:
        raise InvalidInput(
            field,
            Problem.DATE_RANGE,
            value=value,
            earliest=EARLIEST_DATE,
            latest=today + LATEST_AHEAD,
        )
    return value
