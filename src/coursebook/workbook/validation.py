"""Checks on what a person types, with messages that say what is wrong."""

from __future__ import annotations

from datetime import date, timedelta

MAX_TEXT_CHARS = 200_000  # about 100 pages: more is a paste gone wrong, not a note
EARLIEST_DATE = date(2000, 1, 1)
LATEST_AHEAD = timedelta(days=5 * 365)
SCORE_RANGE = range(0, 11)


class InvalidInput(ValueError):
    """A value that cannot be saved; `field` names the input, `message` says why."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def check_text(field: str, value: str) -> str:
    if len(value) > MAX_TEXT_CHARS:
        raise InvalidInput(
            field, f"is {len(value):,} characters long; at most {MAX_TEXT_CHARS:,} can be kept"
        )
    return value.replace("\x00", "")


def check_score(score: int | None) -> int | None:
    if score is not None and score not in SCORE_RANGE:
        raise InvalidInput("score", f"must be a whole number from 0 to 10, not {score}")
    return score


def check_date(field: str, value: date, today: date) -> date:
    if value < EARLIEST_DATE or value > today + LATEST_AHEAD:
        raise InvalidInput(
            field,
            f"{value.isoformat()} is out of range "
            f"({EARLIEST_DATE.isoformat()} to {(today + LATEST_AHEAD).isoformat()})",
        )
    return value
